"""The hash chain that makes the audit and access logs tamper-evident.

Each row stores ``prev_hash`` (the chain's hash before it) and ``row_hash`` =
SHA-256(prev_hash + canonical content), hex. Rows are chained in id order. An edited row no
longer hashes to its ``row_hash``; a deleted or inserted row breaks the link
(``prev_hash`` differs from the row before it); rows cut off the end show against the
chain head (the last id and hash, kept in ``log_chain``).

The canonical content is a JSON array of the row's columns in a fixed order, compact
separators, UTF-8 without escaping, times as UTC "YYYY-MM-DD HH:MM:SS.ffffff" (how SQLite
stores them; PostgreSQL gives the same text with ``to_char``), integers as numbers, NULL
as null. Plain rules, so an auditor can recompute a row with any tool.

An audit row's ``detail`` may name what a person typed (why a record was entered late),
and that must be destroyed with the record when its retention period ends. So the chain
covers ``detail_digest`` (SHA-256 hex of the detail text, stored beside it) rather than the
detail itself: a row whose detail still reads must hash to its digest, and the one change
the database allows on the log is to replace the detail by :data:`REDACTED_DETAIL` —
the digest, and so the chain, stay as they were.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import UTC, datetime
from hashlib import sha256

GENESIS = "0" * 64  # the "previous hash" of the first row

# The columns each log hashes, in order (after the time, which comes first).
AUDIT_COLUMNS = ("at", "actor_id", "desk", "action", "entity", "entity_id",
                 "detail_digest", "change_kind", "change_payload", "change_process")

# What a destroyed detail reads: valid JSON, so old readers still parse it.
REDACTED_DETAIL = '{"파기":true}'
ACCESS_COLUMNS = ("at", "actor_id", "account_id", "desk", "host", "operation", "entity",
                  "subjects", "count", "what", "reason")

Cell = str | int | None

_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def time_text(at: datetime) -> str:
    """The canonical text of an instant: UTC, microseconds, no zone suffix."""
    if at.tzinfo is None:
        raise ValueError(f"naive datetime refused: {at!r}")
    return at.astimezone(UTC).strftime("%Y-%m-%d %H:%M:%S.%f")


def digest(detail: str) -> str:
    """The detail's stand-in in the chain: SHA-256 of its UTF-8 text, hex."""
    return sha256(detail.encode()).hexdigest()


def detail_holds(detail: str, stored_digest: str) -> bool:
    """Whether a row's detail is the one its digest was made of (or was destroyed)."""
    return detail == REDACTED_DETAIL or digest(detail) == stored_digest


def link(prev_hash: str, cells: Sequence[Cell]) -> str:
    """The row's hash: its content (time as :func:`time_text`) after the previous hash."""
    return sha256((prev_hash + _encode(list(cells))).encode()).hexdigest()


def chain(prev_hash: str, rows: Sequence[Sequence[Cell]]) -> list[tuple[str, str]]:
    """(prev_hash, row_hash) for rows appended in order after ``prev_hash``."""
    out: list[tuple[str, str]] = []
    for cells in rows:
        row_hash = link(prev_hash, cells)
        out.append((prev_hash, row_hash))
        prev_hash = row_hash
    return out
