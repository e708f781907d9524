"""The visitor desk page: the check-in form beside the live waiting board.

May import services, domain and the rest of ui/; never store or cli.
"""
