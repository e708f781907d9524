"""The kept items, in a SQLite file of their own in the PC's data folder.

One row per item in the order it was typed, with who typed it at which desk, when, and
what was typed (the request's fields). A row leaves the file only when the server has
saved it, or when the operator has seen the reason the server refused it: nothing typed
is dropped in silence. Each change is its own committed transaction (synchronous=FULL):
a desk killed or switched off with items waiting finds them at the next start.

The file holds visitors' and callers' details until they are sent, so rows are deleted
with ``secure_delete`` on (their bytes are overwritten, not just unlinked).
"""

from __future__ import annotations

import dataclasses
import json
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any

from minwon_desk.domain.errors import StorageError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.services.dto import Actor, CheckInRequest, MemoRequest

FILE_NAME = "outbox.sqlite3"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS kept (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    desk TEXT NOT NULL,
    actor_id INTEGER NOT NULL,
    actor_name TEXT NOT NULL,
    actor_more TEXT NOT NULL DEFAULT '{}',
    at TEXT NOT NULL,
    request TEXT NOT NULL,
    officer TEXT NOT NULL DEFAULT '',
    state TEXT NOT NULL DEFAULT 'waiting',
    reason TEXT NOT NULL DEFAULT ''
)
"""


class KeptKind(StrEnum):
    CHECK_IN = "check_in"
    MEMO = "memo"

    @property
    def label_ko(self) -> str:
        return _CHECK_IN if self is KeptKind.CHECK_IN else _MEMO

    @property
    def label(self) -> str:
        """The label in the desk's language, for the window."""
        return translate("KeptKind", self.label_ko)


_CHECK_IN = QT_TRANSLATE_NOOP("KeptKind", "방문객 접수")
_MEMO = QT_TRANSLATE_NOOP("KeptKind", "전화메모")


class KeptState(StrEnum):
    WAITING = "waiting"  # to be sent
    SENDING = "sending"  # handed to the server; whether it arrived is not known yet
    REFUSED = "refused"  # the server said no: the operator decides


@dataclass(frozen=True, slots=True)
class Kept:
    """One kept check-in or memo. ``officer`` is the officer asked for, as the form named
    them ("" when none)."""

    id: int
    kind: KeptKind
    actor: Actor
    at: datetime
    request: CheckInRequest | MemoRequest
    officer: str = ""
    state: KeptState = KeptState.WAITING
    reason: str = ""

    @property
    def check_in(self) -> CheckInRequest:
        assert isinstance(self.request, CheckInRequest)
        return self.request

    @property
    def memo(self) -> MemoRequest:
        assert isinstance(self.request, MemoRequest)
        return self.request

    def typed(self) -> str:
        """What was typed, in full, for the operator who typed it: "홍길동 · 010-… · 목적"."""
        if isinstance(self.request, CheckInRequest):
            r = self.request
            parts = [r.visitor_name, r.phone, r.purpose]
        else:
            m = self.request
            parts = [m.caller_name, m.org, m.phone, m.gist, m.address]
        if self.officer:
            parts.append(f"찾는 직원 {self.officer}")
        return " · ".join(p.strip() for p in parts if p and p.strip())


class Outbox:
    """The kept items of this PC. Open one per window; close it with the window."""

    def __init__(self, path: Path) -> None:
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            self._conn = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
            self._conn.execute("PRAGMA journal_mode=WAL")
            self._conn.execute("PRAGMA synchronous=FULL")
            self._conn.execute("PRAGMA secure_delete=ON")
            self._conn.execute("PRAGMA busy_timeout=5000")
            self._conn.execute(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise StorageError(
                translate(
                    "Outbox",
                    "이 PC의 보관함({path})을 열 수 없습니다: {exc}. 데이터 폴더의 쓰기 "
                    "권한을 확인해 주세요.",
                ).format(path=path, exc=exc)
            ) from exc

    @classmethod
    def in_folder(cls, data_dir: Path) -> Outbox:
        return cls(data_dir / FILE_NAME)

    # --- writes ----------------------------------------------------------------------------

    def keep(
        self, actor: Actor, request: CheckInRequest | MemoRequest, at: datetime, officer: str = ""
    ) -> Kept:
        """Keep one item typed at ``at``; committed before this returns."""
        kind = KeptKind.CHECK_IN if isinstance(request, CheckInRequest) else KeptKind.MEMO
        fields = {
            f.name: getattr(request, f.name)
            for f in dataclasses.fields(request)
            if f.name not in ("at", "taken_at")
        }
        with self._write() as conn:
            cursor = conn.execute(
                "INSERT INTO kept (kind, desk, actor_id, actor_name, actor_more, at, request, "
                "officer) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (kind.value, actor.desk, actor.staff_id, actor.name,
                 json.dumps(_more_of(actor)), at.isoformat(),
                 json.dumps(fields, ensure_ascii=False), officer),
            )
            kept_id = cursor.lastrowid
        assert kept_id is not None
        return Kept(kept_id, kind, _plain(actor), at, request, officer)

    def sent(self, kept_id: int) -> None:
        """The server has it: forget it here."""
        with self._write() as conn:
            conn.execute("DELETE FROM kept WHERE id = ?", (kept_id,))

    def sending(self, kept_id: int) -> None:
        """About to be sent. Should the answer never come (the connection cut after the
        commit, the desk killed), the next round looks for it on the server first."""
        with self._write() as conn:
            conn.execute("UPDATE kept SET state = ? WHERE id = ?",
                         (KeptState.SENDING.value, kept_id))

    def refuse(self, kept_id: int, reason: str) -> None:
        """The server refused it: keep it, with the reason, for the operator to see."""
        with self._write() as conn:
            conn.execute(
                "UPDATE kept SET state = ?, reason = ? WHERE id = ?",
                (KeptState.REFUSED.value, reason, kept_id),
            )

    def dismiss(self, kept_id: int) -> None:
        """The operator has seen a refused item (and entered it again, or not)."""
        self.sent(kept_id)

    # --- reads -----------------------------------------------------------------------------

    def waiting(self, desk: str | None = None) -> list[Kept]:
        """Items to send (and ones whose sending is unsettled), oldest first (``desk``:
        only that desk's)."""
        return self._items((KeptState.WAITING, KeptState.SENDING), desk)

    def refused(self, desk: str | None = None) -> list[Kept]:
        return self._items((KeptState.REFUSED,), desk)

    def count(self, desk: str | None = None) -> int:
        """How many wait to be sent."""
        sql = "SELECT count(*) FROM kept WHERE state IN (?, ?)"
        params: tuple[str, ...] = (KeptState.WAITING.value, KeptState.SENDING.value)
        if desk is not None:
            sql += " AND desk = ?"
            params += (desk,)
        return int(self._read(sql, params)[0][0])

    def close(self) -> None:
        self._conn.close()

    # --- internals -------------------------------------------------------------------------

    def _items(self, states: tuple[KeptState, ...], desk: str | None) -> list[Kept]:
        marks = ", ".join("?" for _ in states)
        sql = ("SELECT id, kind, desk, actor_id, actor_name, actor_more, at, request, officer, "
               f"state, reason FROM kept WHERE state IN ({marks})")
        params: tuple[str, ...] = tuple(s.value for s in states)
        if desk is not None:
            sql += " AND desk = ?"
            params += (desk,)
        return [_item(row) for row in self._read(sql + " ORDER BY id", params)]

    def _read(self, sql: str, params: tuple[str, ...]) -> list[tuple[Any, ...]]:
        try:
            return self._conn.execute(sql, params).fetchall()
        except sqlite3.Error as exc:
            raise StorageError(translate("Outbox", "이 PC의 보관함을 읽지 못했습니다: {exc}").format(exc=exc)) from exc

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        try:
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
            except BaseException:
                self._conn.execute("ROLLBACK")
                raise
            self._conn.execute("COMMIT")
        except sqlite3.Error as exc:
            raise StorageError(
                translate(
                    "Outbox",
                    "이 PC의 보관함에 쓰지 못했습니다: {exc}. 입력한 내용은 그대로 있습니다.",
                ).format(exc=exc)
            ) from exc

    def __repr__(self) -> str:
        return f"Outbox({str(self.path)!r})"


# Who acted, beyond the person and the desk: the plain values an Actor carries (an account,
# say). Not the screen that typed it (gone by the time it is sent), nor anything that is
# not a plain value (what the services read again from the database anyway).
_CORE = ("staff_id", "name", "desk", "initiator")


def _more_of(actor: Actor) -> dict[str, int | str | None]:
    more: dict[str, int | str | None] = {}
    for f in dataclasses.fields(actor):
        value = getattr(actor, f.name)
        if f.name not in _CORE and (value is None or type(value) in (int, str)):
            more[f.name] = value
    return more


def _actor(staff_id: int, name: str, desk: str, more: dict[str, Any]) -> Actor:
    known = {f.name for f in dataclasses.fields(Actor)}
    return Actor(staff_id, name, desk, **{k: v for k, v in more.items() if k in known})


def _plain(actor: Actor) -> Actor:
    return _actor(actor.staff_id, actor.name, actor.desk, _more_of(actor))


def _item(row: tuple[Any, ...]) -> Kept:
    kept_id, kind, desk, actor_id, actor_name, more, at, request, officer, state, reason = row
    kind = KeptKind(str(kind))
    fields = json.loads(str(request))
    req: CheckInRequest | MemoRequest = (
        CheckInRequest(**fields) if kind is KeptKind.CHECK_IN else MemoRequest(**fields)
    )
    return Kept(
        id=int(kept_id),
        kind=kind,
        actor=_actor(int(actor_id), str(actor_name), str(desk), json.loads(str(more))),
        at=datetime.fromisoformat(str(at)),
        request=req,
        officer=str(officer),
        state=KeptState(str(state)),
        reason=str(reason),
    )
