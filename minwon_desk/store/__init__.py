"""The database: the SQLAlchemy tables (one module per room, gathered in models), engines for
SQLite and PostgreSQL, driver errors as messages, and the Alembic migrations in migrations/
with the backup before them.

May import domain; never Qt, services, documents, ui or cli.
"""
