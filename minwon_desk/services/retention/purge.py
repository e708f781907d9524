"""Destroying the personal data of records past their retention period (파기, 개인정보
보호법 제21조, 시행령 제16조), and the destruction ledger (파기 대장).

    due = backend.retention.due(actor)               # what is due, per kind
    result = backend.retention.purge(actor, progress=..., cancelled=...)

A purge goes kind by kind, a batch of records at a time. Each batch is one transaction:
the records' personal fields blanked (and those of the rows hanging off them), the audit
rows about them that carry typed text redacted (domain.log_chain: the chain holds), the
records marked purged, and the ledger row of this purge and kind counting them — so a
purge killed half-way leaves every record whole or destroyed, and a ledger that says
exactly which. The next purge carries the unfinished one on (same ledger rows) and ends
it. At the end the freed space is scrubbed so that nothing can be read back from the
files: SQLite with ``secure_delete`` during the batches, then VACUUM and a truncating WAL
checkpoint; PostgreSQL with VACUUM FULL of the tables touched.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import ColumnElement, Connection, Engine, and_, func, insert, or_, select, update

from minwon_desk.domain.charter import Charter
from minwon_desk.domain.log_chain import REDACTED_DETAIL
from minwon_desk.domain.retention import LedgerRow, RecordKind, RetentionRule, cutoff
from minwon_desk.domain.roles import Operation
from minwon_desk.domain.timeutil import Clock, to_seoul
from minwon_desk.services import audit
from minwon_desk.services._tx import Database
from minwon_desk.services.dto import Actor
from minwon_desk.services.retention.kinds import METHOD_PG, METHOD_SQLITE, PURGED, SPECS, KindSpec
from minwon_desk.store.models import AuditEntry

# Records per transaction. Measured over a year of records (2 cores): a batch of 2,000
# holds the write lock 0.1–0.3 s, far under the desks' 5 s busy timeout; smaller batches
# cost the window more (each one's progress and statements: worst event-loop gap 74 ms
# at 200, 48 ms at 2,000) and the purge longer.
BATCH = int(os.environ.get("MINWON_PURGE_BATCH", "2000"))

Progress = Callable[[int, int], None]
IsCancelled = Callable[[], bool]

_TABLES = AuditEntry.metadata.tables
_AUDIT, _LEDGER, _RUN = _TABLES["audit_entry"], _TABLES["destruction_ledger"], _TABLES["purge_run"]
_STAFF, _ACCESS = _TABLES["staff"], _TABLES["access_log"]
# Audit details that carry text a person typed (why a record was entered late): destroyed
# with the record. Everything else in the trail is ids, codes and times.
TYPED_DETAIL_KEYS = ("back_date_reason",)


@dataclass(frozen=True, slots=True)
class Due:
    """One kind's records past their period and not yet destroyed."""

    rule: RetentionRule
    count: int
    oldest: datetime | None  # Seoul time of the earliest closing
    cutoff: datetime  # closed before this (Seoul)
    purged: bool  # whether a purge destroys them (the access log is kept)

    @property
    def kind(self) -> RecordKind:
        return self.rule.kind


@dataclass(frozen=True, slots=True)
class PurgeResult:
    run_id: int | None  # None: nothing was due
    counts: dict[RecordKind, int]
    resumed: bool  # it finished a purge that had stopped half-way
    cancelled: bool

    @property
    def total(self) -> int:
        return sum(self.counts.values())


class RetentionService:
    def __init__(self, db: Database, clock: Clock, charter: Charter) -> None:
        self._db = db
        self._clock = clock
        self._charter = charter

    def __repr__(self) -> str:
        return "RetentionService()"

    # --- what is due -----------------------------------------------------------------

    def due(self, actor: Actor) -> list[Due]:
        now = self._clock()
        out: list[Due] = []
        with self._db.read_as(actor, Operation.PURGE) as session:
            for kind in RecordKind:
                rule = self._charter.retention.rule(kind)
                before = cutoff(rule, now)
                if kind is RecordKind.ACCESS_LOG:
                    c = _ACCESS.c
                    count, oldest = session.execute(
                        select(func.count(), func.min(c.at)).where(c.at < before)).one()
                else:
                    spec = SPECS[kind]
                    col = spec.table.c[spec.closed]
                    count, oldest = session.execute(
                        select(func.count(), func.min(col)).where(spec.due_clause(before))).one()
                out.append(Due(rule, int(count), to_seoul(oldest) if oldest else None,
                               to_seoul(before), kind in PURGED))
        return out

    def ledger(self, actor: Actor) -> list[LedgerRow]:
        """Every ledger row, newest purge first."""
        g, r, s = _LEDGER.c, _RUN.c, _STAFF.c
        query = (select(g.run_id, g.kind, g.count, g.oldest_at, g.newest_at, g.destroyed_at,
                        r.finished_at, s.name, s.employee_no, g.retention, g.method)
                 .join(_RUN, r.id == g.run_id).join(_STAFF, s.id == r.actor_id)
                 .order_by(g.run_id.desc(), g.id))
        with self._db.read_as(actor, Operation.PURGE) as session:
            return [
                LedgerRow(row[0], RecordKind(row[1]), row[2],
                          to_seoul(row[3]) if row[3] else None,
                          to_seoul(row[4]) if row[4] else None, to_seoul(row[5]),
                          row[6] is not None, f"{row[7]} ({row[8]})", row[9], row[10])
                for row in session.execute(query)
            ]

    def ledger_pdf(self, actor: Actor) -> tuple[bytes, int]:
        """The destruction ledger as a PDF, and how many lines it has."""
        from minwon_desk.documents.destruction_ledger import ledger_pdf  # reportlab when asked

        rows = self.ledger(actor)
        pdf = ledger_pdf(rows, agency=self._charter.agency, printed_at=to_seoul(self._clock()))
        return pdf, len(rows)

    # --- the purge -------------------------------------------------------------------

    def purge(
        self, actor: Actor, *, progress: Progress | None = None,
        cancelled: IsCancelled | None = None,
    ) -> PurgeResult:
        """Destroy what is due now; returns how many records of each kind."""
        now = self._clock()
        due = {d.kind: d.count for d in self.due(actor) if d.purged}
        total, done = sum(due.values()), 0
        opened = self._open_run(actor, now, start=total > 0)
        if opened is None:  # nothing due, nothing left half-done
            return PurgeResult(None, {}, False, False)
        run_id, resumed = opened
        counts: dict[RecordKind, int] = dict.fromkeys(PURGED, 0)
        stopped = False
        for kind in PURGED:
            spec = SPECS[kind]
            rule = self._charter.retention.rule(kind)
            before = cutoff(rule, now)
            after = 0  # the last id done: each batch starts past it, not at the first row
            while not stopped:
                if cancelled is not None and cancelled():
                    stopped = True
                    break
                n, after = self._batch(actor, run_id, spec, rule, before, after)
                if n == 0:
                    break
                counts[kind] += n
                done += n
                if progress is not None:
                    progress(min(done, total), max(total, done))
        # A carried-on purge does not know what the stopped one touched: scrub them all.
        touched = tuple(SPECS[k] for k in PURGED if counts[k] or resumed)
        scrub(self._db.engine, touched)
        self._close_run(actor, run_id, counts)
        return PurgeResult(run_id, {k: n for k, n in counts.items() if n}, resumed, stopped)

    def _open_run(self, actor: Actor, now: datetime, *, start: bool) -> tuple[int, bool] | None:
        """The unfinished purge to carry on, or (``start``) a new one."""
        with self._db.write(actor, Operation.PURGE) as (session, _staff):
            conn = session.connection()
            unfinished = conn.execute(select(_RUN.c.id).where(_RUN.c.finished_at.is_(None))
                                      .order_by(_RUN.c.id).limit(1)).scalar()
            if unfinished is not None:
                return int(unfinished), True
            if not start:
                return None
            run_id = conn.execute(insert(_RUN).returning(_RUN.c.id), {
                "started_at": now, "finished_at": None, "actor_id": actor.staff_id,
                "desk": actor.desk}).scalar_one()
            return int(run_id), False

    def _batch(self, actor: Actor, run_id: int, spec: KindSpec, rule: RetentionRule,
               before: datetime, after: int) -> tuple[int, int]:
        """Destroy the next batch of due records with ids above ``after``: how many, and
        the last id."""
        table = spec.table
        closed = table.c[spec.closed]
        with self._db.write(actor, Operation.PURGE) as (session, _staff):
            conn = session.connection()
            if conn.dialect.name == "sqlite":
                # Freed cells are overwritten with zeros, not just unlinked.
                conn.exec_driver_sql("PRAGMA secure_delete = ON")
            pick = (select(table.c.id, closed).where(spec.due_clause(before), table.c.id > after)
                    .order_by(table.c.id).limit(BATCH).with_for_update(skip_locked=True))
            rows = conn.execute(pick).all()
            if not rows:
                return 0, after
            ids = [row[0] for row in rows]
            now = self._clock()
            conn.execute(update(table).where(table.c.id.in_(ids))
                         .values(**spec.blank, purged_at=now))
            for child in spec.children:
                where: list[ColumnElement[bool]] = [child.table.c[child.key].in_(ids)]
                where += [child.table.c[k] == v for k, v in child.only.items()]
                conn.execute(update(child.table).where(and_(*where)).values(**child.blank))
            _redact_audit(conn, spec.audit_entity, ids)
            closings = [row[1] for row in rows]
            _count(conn, run_id, spec.kind, len(ids), min(closings), max(closings), now,
                   f"{rule.period_ko} — {rule.basis}", method(conn))
        return len(ids), ids[-1]

    def _close_run(self, actor: Actor, run_id: int, counts: dict[RecordKind, int]) -> None:
        now = self._clock()
        with self._db.write(actor, Operation.PURGE) as (session, _staff):
            session.execute(update(_RUN).where(_RUN.c.id == run_id).values(finished_at=now))
            audit.record(session, at=now, actor=actor, desk=actor.desk,
                         action="retention.purge", entity="purge_run", entity_id=run_id,
                         detail={k.value: n for k, n in counts.items() if n})


def method(conn: Connection) -> str:
    return METHOD_SQLITE if conn.dialect.name == "sqlite" else METHOD_PG


def _redact_audit(conn: Connection, entity: str, ids: Sequence[int]) -> None:
    c = _AUDIT.c
    typed = or_(*(c.detail.contains(f'"{key}"') for key in TYPED_DETAIL_KEYS))
    conn.execute(update(_AUDIT).where(c.entity == entity, c.entity_id.in_(ids),
                                      c.detail != REDACTED_DETAIL, typed)
                 .values(detail=REDACTED_DETAIL))


def _count(conn: Connection, run_id: int, kind: RecordKind, n: int, oldest: datetime,
           newest: datetime, now: datetime, retention: str, how: str) -> None:
    """Add ``n`` records closed between ``oldest`` and ``newest`` to the ledger row of this
    purge and kind (in the batch's own transaction)."""
    g = _LEDGER.c
    row = conn.execute(select(g.id, g.oldest_at, g.newest_at)
                       .where(g.run_id == run_id, g.kind == kind.value)).first()
    if row is None:
        conn.execute(insert(_LEDGER), {
            "run_id": run_id, "kind": kind.value, "count": n, "oldest_at": oldest,
            "newest_at": newest, "destroyed_at": now, "retention": retention, "method": how})
        return
    conn.execute(update(_LEDGER).where(g.id == row[0]).values(
        count=g.count + n, oldest_at=min(row[1], oldest), newest_at=max(row[2], newest),
        destroyed_at=now))


def scrub(engine: Engine, specs: Sequence[KindSpec]) -> None:
    """Make the destroyed values unreadable in the files too: no transaction may be open."""
    if engine.dialect.name == "sqlite":
        raw = engine.raw_connection()
        try:
            driver = raw.driver_connection
            assert driver is not None
            driver.execute("PRAGMA secure_delete = ON")
            driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            driver.execute("VACUUM")
            driver.execute("PRAGMA wal_checkpoint(TRUNCATE)")
            driver.execute("PRAGMA secure_delete = OFF")
        finally:
            raw.close()
        return
    tables = {spec.table.name for spec in specs}
    for spec in specs:
        tables.update(child.table.name for child in spec.children)
    tables.add(_AUDIT.name)
    with engine.connect() as conn:
        conn = conn.execution_options(isolation_level="AUTOCOMMIT")
        for name in sorted(tables):
            conn.exec_driver_sql(f"VACUUM (FULL) {name}")


def due_total(due: Sequence[Due]) -> int:
    return sum(d.count for d in due if d.purged)
