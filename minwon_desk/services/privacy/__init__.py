"""Personal data as the law asks: the access log (접속기록), the hash chains that make it
and the audit trail tamper-evident, and their verification.

Over the shared core of services/ (``_tx``, ``access``, ``audit``); never Qt, ui or cli.
"""
