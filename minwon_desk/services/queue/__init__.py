"""The desk's local queue: check-ins and phone memos that could not be saved because the
database server was away, kept in a small SQLite file on this PC and sent, in order and
with the times they were typed, once the server answers again.

Over the shared core of services/ (and the visit and memo services it sends through);
never Qt, ui or cli.
"""
