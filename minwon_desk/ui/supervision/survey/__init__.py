"""The satisfaction survey page (고객만족도 조사): the year's items, typing in the paper forms,
and the results.

May import services, domain and the rest of ui/; never store or cli.
"""
