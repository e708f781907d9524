"""Phone memos: taking one (take: the request checked, and the write), the memo service that
follows it until the caller is answered (service; its reads in reading), the queries (the
lists, one memo whole) and the history search held in memory.

Over the shared core of services/; never Qt, ui or cli.
"""
