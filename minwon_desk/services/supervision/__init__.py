"""The supervisor's work: compensation candidates, decisions and vouchers (the ledger and its
printing), corrective action, the monthly self-inspection report, and the yearly
satisfaction survey with its export.

Over the shared core of services/; never Qt, ui or cli.
"""
