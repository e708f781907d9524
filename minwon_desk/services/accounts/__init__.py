"""Accounts: signing in (password or service token), the idle lock's unlock, the first
administrator, and the administration of accounts, roles and tokens with their history.

Imports the shared services core (``_tx``, ``access``, ``audit``, ``events``) and the
store; nothing of the other features.
"""
