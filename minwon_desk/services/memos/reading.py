"""The memo service's reads: one memo and its history, the lists (mine, every open one,
the overdue), the history search, the memos handed back after an absence and the page
badge. Each is one read transaction over the statements of ``queries``."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select

from minwon_desk.domain.errors import NotFoundError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.particles import settle
from minwon_desk.domain.timeutil import Clock
from minwon_desk.services._tx import Database
from minwon_desk.services.dto import MemoEventView, MemoView
from minwon_desk.services.memos import queries as q
from minwon_desk.services.memos.search import MemoTextIndex
from minwon_desk.services.tables import MEMO


class MemoReading:
    """Mixed into ``MemoService``."""

    _db: Database
    _clock: Clock
    _text: MemoTextIndex

    def id_of(self, number: str) -> int:
        """The memo numbered ``number`` ("M2026-000123"); NotFoundError when none is."""
        with self._db.read() as session:
            found = session.connection().scalar(
                select(MEMO.c.id).where(MEMO.c.number == number.strip().upper()))
        if found is None:
            raise NotFoundError(settle(translate(
                "Memos", "전화메모 {number}을(를) 찾을 수 없습니다. 메모 번호를 확인해 주세요."
            ).format(number=number.strip())))
        return int(found)

    def get(self, memo_id: int) -> MemoView:
        with self._db.read() as session:
            return q.one(session.connection(), memo_id)

    def history(self, memo_id: int) -> list[MemoEventView]:
        """Everything that happened to the memo, oldest first."""
        with self._db.read() as session:
            conn = session.connection()
            if conn.scalar(select(MEMO.c.id).where(MEMO.c.id == memo_id)) is None:
                raise NotFoundError(q.missing(memo_id))
            return q.history(conn, [memo_id])[memo_id]

    def mine(self, staff_id: int) -> list[MemoView]:
        """Open memos this person holds (their own and as deputy): overdue first, then by
        time left; untimed ones last."""
        with self._db.read() as session:
            return q.held_by(session.connection(), staff_id)

    def open_memos(
        self,
        *,
        department_id: int | None = None,
        holder_id: int | None = None,
        overdue_at: datetime | None = None,
    ) -> list[MemoView]:
        """Every open memo (of a department and the units below it, of one holder), in
        clock order; with ``overdue_at``, only those past their deadline then."""
        with self._db.read() as session:
            return q.open_list(
                session.connection(), department_id=department_id, holder_id=holder_id,
                overdue_at=overdue_at,
            )

    def search(
        self,
        text: str,
        *,
        state: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        department_id: int | None = None,
        holder_id: int | None = None,
        limit: int | None = 200,
    ) -> list[MemoView]:
        """Memos, newest first, where every word of ``text`` is in the caller's name,
        organisation or the gist, or — a run of digits such as "5678" or "010-1234" — in
        the number, dashes ignored. Any case. Empty ``text``: every memo the filters let
        through. ``limit`` None: all."""
        with self._db.read() as session:
            return q.search(
                session.connection(), self._text, text, state=state, since=since, until=until,
                department_id=department_id, holder_id=holder_id, limit=limit,
            )

    def prepare_search(self) -> None:
        """Read the words of the whole history into memory now (about 0.4 s per 100,000
        memos), so that the first search is as quick as the next ones (~20 ms). Safe to
        call from a worker thread."""
        with self._db.read() as session:
            self._text.find(session.connection(), [])

    def handed_back(
        self, staff_id: int, since: datetime | None = None
    ) -> list[tuple[MemoView, list[MemoEventView]]]:
        """Memos meant for this officer that went to someone else while they were away,
        each with its history (the deputy's attempts, notes and handover). Default
        ``since``: the start of their latest absence (back-to-back ones count as one);
        nothing when they have not been away."""
        now = self._clock()
        with self._db.read() as session:
            conn = session.connection()
            if since is None:
                since = q.away_since(conn, staff_id, now)
                if since is None:
                    return []
            ids = q.routed_away(conn, staff_id, since)
            views = q.views_by_id(conn, ids)
            events = q.history(conn, ids)
        return [(views[i], events[i]) for i in ids]

    def counts(self, staff_id: int, at: datetime | None = None) -> tuple[int, int]:
        """(open, overdue at ``at``) memos this person holds: the page badge."""
        with self._db.read() as session:
            return q.counts(session.connection(), staff_id, self._clock() if at is None else at)
