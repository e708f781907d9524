"""The administration page: accounts, roles, their history, service tokens."""
