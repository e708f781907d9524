"""The newest schema revision this version ships, read from the migration files themselves.

Plain Python (``ast``) instead of Alembic: ``minwon-desk --version`` tells the schema version
without importing SQLAlchemy or Alembic and without opening a database.
"""

from __future__ import annotations

import ast
from pathlib import Path

VERSIONS_DIR = Path(__file__).resolve().parent / "migrations" / "versions"


def _assigned(tree: ast.Module, name: str) -> object:
    for node in tree.body:
        target = None
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            target, value = node.target.id, node.value
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            first = node.targets[0]
            target, value = (first.id if isinstance(first, ast.Name) else None), node.value
        if target == name and value is not None:
            return ast.literal_eval(value)
    return None


def newest_revision(folder: Path = VERSIONS_DIR) -> str:
    """The head of the revision chain in ``folder``: the revision no other one revises."""
    revisions: set[str] = set()
    revised: set[str] = set()
    for script in folder.glob("*.py"):
        tree = ast.parse(script.read_text(encoding="utf-8"), filename=str(script))
        revision = _assigned(tree, "revision")
        if not isinstance(revision, str):
            continue
        revisions.add(revision)
        down = _assigned(tree, "down_revision")
        if isinstance(down, str):
            revised.add(down)
        elif isinstance(down, tuple | list):  # a merge revision
            revised.update(d for d in down if isinstance(d, str))
    heads = sorted(revisions - revised)
    if len(heads) != 1:
        raise ValueError(f"the migrations in {folder} have {len(heads)} heads: {heads}")
    return heads[0]
