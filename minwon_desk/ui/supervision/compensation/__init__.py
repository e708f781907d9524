"""The 보상·시정조치 page: the compensation candidates to review, the vouchers and their ledger,
corrective actions, their dialogs, and the documents drawn for the print preview.

May import services, domain and the rest of ui/; never store or cli.
"""
