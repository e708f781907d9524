"""The demo agency for ``--demo``: a made-up organisation with portraits, offices, absences,
visitors, memos, cases and supervision, built into an empty database (memos and cases
through their services, as a desk would).

May import the rest of services, store and domain; never Qt, ui or cli.
"""
