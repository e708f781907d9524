"""Cases (민원): registering one (opening) and following its clocks (service), what an officer
does with it afterwards (progress, over the lock, guards and history rows in records), the
lists and one case whole (queries, detail), the letters filled from the register (documents)
and the plain values handed out (dto).

Over the shared core of services/; never Qt, ui or cli.
"""
