"""What the two HR spreadsheet imports (the staff roster, the absences) share: the 사번
rule, the columns found before any row is read, the plan's rows and counts, and the way a
file is previewed and imported — all rows or none, planned again inside the one
transaction, every error reported by line and column."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any, ClassVar, Generic, Protocol, TypeVar

from sqlalchemy.orm import Session

from minwon_desk.domain.charter import Charter
from minwon_desk.domain.roles import Operation
from minwon_desk.domain.timeutil import Clock
from minwon_desk.services import audit
from minwon_desk.services._tx import Database
from minwon_desk.services.dto import Actor
from minwon_desk.services.events import Event
from minwon_desk.services.spreadsheets import RowError, Table, TableError, read_table
from minwon_desk.services.tabular import (
    ADD,
    SAME,
    UPDATE,
    ImportPreview,
    ImportRejected,
    ImportResult,
    by_line,
    import_transaction,
    locate_columns,
    resident_number_errors,
)

MAX_EMPLOYEE_NO = 32

_EMPLOYEE_NO = re.compile(r"[0-9A-Za-z][0-9A-Za-z._\-]*")


def normalize_employee_no(text: str) -> str:
    return unicodedata.normalize("NFKC", text).strip()  # full-width digits as typed in Hangul mode


def employee_no_problem(text: str, label: str) -> str | None:
    """Why ``text`` is not an employee number, or None."""
    if not text:
        return f"{label}이 비어 있습니다. 사번을 적어 주세요."
    if len(text) > MAX_EMPLOYEE_NO:
        return f"{label}은 {MAX_EMPLOYEE_NO}자 이내로 적어 주세요 (지금 {len(text)}자)."
    if not _EMPLOYEE_NO.fullmatch(text):
        return f"{label} '{text}'에 쓸 수 없는 글자가 있습니다. 영문, 숫자, -만 적어 주세요."
    return None


def template_columns(
    table: Table, names: Sequence[str], hints: Mapping[str, str]
) -> tuple[dict[str, int], list[RowError], dict[int, set[str]]]:
    """Where each of the template's ``names`` is; the errors found before any row is read
    (a missing or repeated column, a 주민등록번호 in any cell); and the columns refused on
    each line, which get no second error."""
    columns, errors = locate_columns(table, names, hints)
    refused = resident_number_errors(table, {i: n for n, i in columns.items()})
    errors.extend(refused)
    return columns, errors, by_line(refused)


class _Row(Protocol):
    @property
    def action(self) -> str: ...


RowT = TypeVar("RowT", bound=_Row)
ParsedT = TypeVar("ParsedT")


class SheetPlan(Generic[RowT]):
    """A file set against the database: each row with what importing it would do
    (추가/수정/변경 없음), and every error that stops the import, those found reading the
    file included."""

    def __init__(self, errors: Iterable[RowError]) -> None:
        self.errors = list(errors)
        self.warnings: list[RowError] = []  # said in the preview, not stopping the import
        self.rows: list[RowT] = []

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)

    def new_departments(self) -> tuple[str, ...]:
        """Departments the import would create ("본부 > 기획조정실"); none by default."""
        return ()

    def result(self, table: Table) -> ImportResult:
        return ImportResult(
            table.name, table.encoding, self.count(ADD), self.count(UPDATE), self.count(SAME),
            len(self.new_departments()), tuple(sorted(self.warnings, key=lambda w: w.line)),
        )


PlanT = TypeVar("PlanT", bound=SheetPlan[Any])


class SheetImporter(Generic[RowT, ParsedT, PlanT]):
    """An import of one kind of HR spreadsheet: ``_parse`` checks each row on its own (no
    database), ``_plan`` sets the rows against the database; the importer writes the plan
    and announces the change itself."""

    columns: ClassVar[tuple[str, ...]]
    operation: ClassVar[Operation]  # whose role may import this kind of sheet

    def __init__(
        self, db: Database, clock: Clock, *,
        charter: Charter | None = None, desk: str = "",
    ) -> None:
        self._db = db
        self._clock = clock
        # A new agency's name (roster), the working day a date alone means (absences).
        self._charter = charter
        self._desk = desk

    def preview(self, path: Path) -> ImportPreview[RowT]:
        """What importing ``path`` would do, or every error that stops it. Writes nothing."""
        try:
            table = read_table(path, self.columns)
        except TableError as exc:
            return ImportPreview(path.name, "", (), (exc.as_row_error(),))
        parsed = self._parse(table)
        with self._db.read() as session:
            plan = self._plan(session, parsed)
        return ImportPreview(
            table.name, table.encoding, tuple(plan.rows), self._in_order(plan.errors),
            plan.new_departments(), self._in_order(plan.warnings),
        )

    @contextmanager
    def _checked(
        self, actor: Actor | None, path: Path
    ) -> Iterator[tuple[Session, Table, PlanT]]:
        """The import's one transaction with the file planned inside it, so that nothing
        another desk wrote since the preview slips through. Raises ImportRejected with
        every error, writing nothing, when anything is wrong."""
        try:
            table = read_table(path, self.columns)
        except TableError as exc:
            raise ImportRejected(path.name, [exc.as_row_error()]) from None
        parsed = self._parse(table)  # before the transaction: it holds the write lock
        with import_transaction(self._db, actor, self.operation) as session:
            plan = self._plan(session, parsed)
            if plan.errors:
                raise ImportRejected(table.name, self._in_order(plan.errors))
            yield session, table, plan

    def _record(
        self,
        session: Session,
        actor: Actor | None,
        at: datetime,
        action: str,
        entity: str,
        result: ImportResult,
        announce: Event,
        **more: audit.JsonValue,
    ) -> None:
        """The import's audit row: the file and the counts, never a row's contents."""
        audit.record(
            session, at=at, actor=actor, desk=actor.desk if actor else self._desk,
            action=action, entity=entity, entity_id=None,
            detail={"file": result.file, "encoding": result.encoding, "added": result.added,
                    "updated": result.updated, "unchanged": result.unchanged, **more},
            announce=announce,
        )

    def _in_order(self, errors: Iterable[RowError]) -> tuple[RowError, ...]:
        """By line, then in the template's column order (errors of no column first)."""
        columns = self.columns
        return tuple(sorted(
            errors,
            key=lambda e: (e.line, columns.index(e.column) if e.column in columns else -1),
        ))

    def _parse(self, table: Table) -> ParsedT:
        raise NotImplementedError

    def _plan(self, session: Session, parsed: ParsedT) -> PlanT:
        raise NotImplementedError
