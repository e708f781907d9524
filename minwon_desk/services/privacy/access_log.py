"""The access log (접속기록, 안전성 확보조치 기준 §8): one row each time a person sees,
prints or downloads citizens' personal data unmasked.

    backend.access_log.viewed(actor, entity="case", subjects=[case.id], what="민원 상세")

The command line and the services write the row at once, in its own transaction (or in
the caller's, with :func:`write`), before the data is handed out: if it cannot be written
the data is not shown. The window switches the log to batching
(:meth:`AccessLog.start_batching`): a call only queues the row (microseconds), a writer
thread commits the queue every fraction of a second, and :meth:`AccessLog.close` commits
what is left before the app exits. While the writer cannot reach the database, further
views are refused (StorageError) rather than shown unlogged; the queued rows are kept and
retried.
"""

from __future__ import annotations

import logging
import socket
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from sqlalchemy import Connection, insert
from sqlalchemy.orm import Session

from minwon_desk.domain.errors import MinwonError, StorageError, ValidationError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.log_chain import link, time_text
from minwon_desk.domain.timeutil import Clock
from minwon_desk.services._tx import Database
from minwon_desk.services.dto import Actor
from minwon_desk.services.privacy import chain
from minwon_desk.store.privacy import AccessLog as AccessRow

_log = logging.getLogger(__name__)

HOST = socket.gethostname()[:100]  # this PC, as the rows name it

_TABLE = AccessRow.metadata.tables["access_log"]
_INSERT = insert(_TABLE).returning(_TABLE.c.id)

FLUSH_EVERY_S = 0.25  # how long a queued row waits at most before it is committed
RETRY_S = 2.0  # after a failed commit
MAX_QUEUED = 10_000  # beyond this (the database away for long), views are refused

LOG_DOWN = (QT_TRANSLATE_NOOP(
    "AccessLog",
    "접속기록을 남길 수 없어 개인정보를 표시하지 않았습니다. 데이터베이스 연결을 확인한 뒤 "
    "다시 시도해 주세요.",
))
NO_REASON = (QT_TRANSLATE_NOOP(
    "AccessLog",
    "개인정보가 담긴 목록을 내려받으려면 그 사유를 적어야 합니다 (개인정보의 안전성 확보조치 "
    "기준 제8조).",
))


class AccessOp(StrEnum):
    """What was done with the data, in the words of the rules."""

    VIEW = "조회"
    INPUT = "입력"
    CHANGE = "변경"
    DELETE = "삭제"
    PRINT = "출력"
    DOWNLOAD = "다운로드"


@dataclass(frozen=True, slots=True)
class Access:
    """One row to write. ``subjects``: the records' ids; ``count``: how many records
    (defaults to the number of subjects; a bulk export gives only the count)."""

    actor: Actor
    op: AccessOp
    entity: str  # "visit", "memo", "case", "voucher", …
    at: datetime
    subjects: tuple[int, ...] = ()
    count: int | None = None
    what: str = ""  # the screen, document or file: "민원 상세", "접수증 인쇄", "XLSX"
    reason: str = ""  # for downloads: why, as typed

    def cells(self, host: str) -> tuple[str | int | None, ...]:
        """The row's content in the chain's order (domain.log_chain.ACCESS_COLUMNS)."""
        return (time_text(self.at), self.actor.staff_id, self.actor.account_id,
                self.actor.desk, host, self.op.value, self.entity,
                ",".join(str(s) for s in self.subjects), self.rows, self.what, self.reason)

    @property
    def rows(self) -> int:
        return self.count if self.count is not None else len(self.subjects)


def require_reason(reason: str) -> str:
    """The reason a download was typed with, trimmed; ValidationError when there is none."""
    text = " ".join(reason.split())
    if len(text) < 2:
        raise ValidationError("reason", translate("AccessLog", NO_REASON))
    if len(text) > 500:
        raise ValidationError("reason", translate("AccessLog", "사유는 500자 이내로 적어 주세요."))
    return text


def write(target: Session | Connection, accesses: Sequence[Access], *, host: str) -> None:
    """Append ``accesses`` to the chained log in the caller's transaction."""
    if not accesses:
        return
    conn = target.connection() if isinstance(target, Session) else target
    prev = chain.head(target, chain.ACCESS)
    last_id = 0
    for access in accesses:
        row_hash = link(prev, access.cells(host))
        last_id = conn.execute(_INSERT, {
            "at": access.at, "actor_id": access.actor.staff_id,
            "account_id": access.actor.account_id, "desk": access.actor.desk, "host": host,
            "operation": access.op.value, "entity": access.entity,
            "subjects": ",".join(str(s) for s in access.subjects), "count": access.rows,
            "what": access.what, "reason": access.reason,
            "prev_hash": prev, "row_hash": row_hash,
        }).scalar_one()
        prev = row_hash
    chain.moved(target, chain.ACCESS, last_id, prev)


class AccessLog:
    """The log as the screens and commands use it (see the module's docstring)."""

    def __init__(self, db: Database, clock: Clock, host: str | None = None) -> None:
        self._db = db
        self._clock = clock
        self.host = host[:100] if host is not None else HOST
        self._writer: _Writer | None = None

    def __repr__(self) -> str:
        return f"AccessLog(host={self.host!r}, batching={self._writer is not None})"

    # --- what the callers say ----------------------------------------------------------

    def viewed(self, actor: Actor, *, entity: str, subjects: Iterable[int], what: str) -> None:
        """``actor`` sees these records' personal data unmasked (a detail panel)."""
        self.record(Access(actor, AccessOp.VIEW, entity, self._clock(),
                           tuple(subjects), what=what))

    def printed(self, actor: Actor, *, entity: str, subjects: Iterable[int], what: str) -> None:
        """A document carrying their personal data is printed or previewed."""
        self.record(Access(actor, AccessOp.PRINT, entity, self._clock(),
                           tuple(subjects), what=what))

    def downloaded(
        self, actor: Actor, *, entity: str, count: int, what: str, reason: str,
        subjects: Iterable[int] = (),
    ) -> None:
        """A list is exported (XLSX, CSV, PDF); refused without a reason."""
        self.record(Access(actor, AccessOp.DOWNLOAD, entity, self._clock(), tuple(subjects),
                           count=count, what=what, reason=require_reason(reason)))

    def record(self, *accesses: Access) -> None:
        """Write (or, batching, queue) the rows; StorageError when that is impossible —
        then the caller must not show the data."""
        if self._writer is not None:
            self._writer.put(accesses)
            return
        with self._db.write(accesses[0].actor) as (session, _staff):
            write(session, accesses, host=self.host)

    # --- batching (the window) ---------------------------------------------------------

    def start_batching(self) -> None:
        if self._writer is None:
            self._writer = _Writer(self._db, self.host)

    def flush(self, timeout: float = 10.0) -> bool:
        """Commit what is queued now; False when it could not be done in ``timeout``."""
        return self._writer.flush(timeout) if self._writer is not None else True

    def close(self, timeout: float = 10.0) -> bool:
        """Commit what is queued and stop batching (the app's exit)."""
        writer, self._writer = self._writer, None
        return writer.close(timeout) if writer is not None else True

    @property
    def failing(self) -> str:
        """Why the last commit failed ("" when it did not)."""
        return self._writer.failure if self._writer is not None else ""


@dataclass(eq=False)
class _Writer:
    """A thread that commits queued rows in batches, oldest first."""

    db: Database
    host: str
    queue: list[Access] = field(default_factory=list)
    failure: str = ""
    lock: threading.Condition = field(default_factory=threading.Condition)
    closing: bool = False
    busy: bool = False
    kicked: bool = False  # a flush asks for a commit now
    attempts: int = 0  # commits tried (a flush waits for one after it asked)

    def __post_init__(self) -> None:
        self.thread = threading.Thread(target=self._run, name="access-log", daemon=True)
        self.thread.start()

    def put(self, accesses: Sequence[Access]) -> None:
        with self.lock:
            if self.failure or len(self.queue) >= MAX_QUEUED:
                raise StorageError(translate("AccessLog", LOG_DOWN))
            self.queue.extend(accesses)
            if len(self.queue) >= 500:
                self.lock.notify_all()

    def flush(self, timeout: float) -> bool:
        with self.lock:
            if not self.queue and not self.busy:
                return True
            asked = self.attempts
            self.kicked = True
            self.lock.notify_all()
            self.lock.wait_for(lambda: not self.busy and (not self.queue or self.attempts > asked),
                               timeout)
            return not self.queue and not self.busy

    def close(self, timeout: float) -> bool:
        with self.lock:
            self.closing = True
            self.lock.notify_all()
        self.thread.join(timeout)
        with self.lock:
            if self.queue:
                _log.error("접속기록 %d건을 종료 전에 기록하지 못했습니다: %s",
                           len(self.queue), self.failure)
            return not self.queue

    def _run(self) -> None:
        while True:
            with self.lock:
                self.lock.wait_for(
                    lambda: self.closing or self.kicked or len(self.queue) >= 500,
                    RETRY_S if self.failure else FLUSH_EVERY_S)
                self.kicked = False
                batch, self.queue = self.queue, []
                self.busy = bool(batch)
                if not batch and self.closing:
                    self.lock.notify_all()
                    return
            failure = self._commit(batch)
            with self.lock:
                self.busy = False
                self.attempts += 1
                if failure:
                    self.queue[:0] = batch  # kept, in order, for the next try
                    if self.closing and self.failure:
                        self.failure = failure
                        self.lock.notify_all()
                        return  # the second failure on the way out: give up
                self.failure = failure
                self.lock.notify_all()

    def _commit(self, batch: list[Access]) -> str:
        if not batch:
            return ""
        try:
            with self.db.transaction() as session:
                write(session, batch, host=self.host)
        except MinwonError as exc:
            _log.warning("접속기록을 기록하지 못했습니다: %s", exc)
            return str(exc)
        except Exception as exc:  # a bug must not lose the rows silently either
            _log.exception("접속기록을 기록하지 못했습니다")
            return str(exc) or type(exc).__name__
        return ""
