"""The monthly self-inspection page (자체점검): one month's report as a dashboard of tiles,
charts and tables.

May import services, domain and the rest of ui/; never store or cli.
"""
