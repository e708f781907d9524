"""The administrator's staff and departments page: the organisation tree, the chosen unit's
people, and the form for one person (details, photo, default deputy).

May import services, domain and the rest of ui/; never store or cli.
"""
