"""The visit desk: checking a visitor in (again, after a staff error), greeting, checking out,
and the visitor's one-tap rating.

Over the shared core of services/; never Qt, ui or cli.
"""
