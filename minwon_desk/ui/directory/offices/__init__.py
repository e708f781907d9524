"""The offices page: the list of offices, the chosen floor plan, and the administrator's desk
and room tools (_tools, private to this package).

May import services, domain and the rest of ui/; never store or cli.
"""
