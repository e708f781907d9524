"""What every import of a spreadsheet shares once the file is read (``spreadsheets``): the
actions and previews, the results and the refusal, finding the template's columns in the
header, the cells refused wherever they stand (a 주민등록번호, a control character), and the
import's one transaction."""

from __future__ import annotations

import difflib
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Generic, Protocol, TypeVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from minwon_desk.domain.errors import StateError, ValidationError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.particles import settle
from minwon_desk.domain.plaintext import has_control
from minwon_desk.domain.privacy import find_resident_number
from minwon_desk.domain.roles import Operation
from minwon_desk.services._tx import Database
from minwon_desk.services.dto import Actor
from minwon_desk.services.spreadsheets import RowError, Table, TableRow, column_letter, header_key
from minwon_desk.store.models import Staff

ADD = "추가"
UPDATE = "수정"
SAME = "변경 없음"


class RowProblems:
    """Collects one row's errors; a cell already refused (a 주민등록번호) gets no second one."""

    def __init__(self, line: int, refused: Mapping[int, set[str]]) -> None:
        self.line = line
        self.found: list[RowError] = []
        self._refused = refused.get(line, set())

    def __call__(self, column: str, message: str) -> None:
        if column not in self._refused:
            self.found.append(RowError(self.line, column, message))

    @property
    def ok(self) -> bool:
        """Nothing wrong in the row, and no cell of it refused before."""
        return not self.found and not self._refused


class ImportRejected(ValidationError):
    """Nothing was imported because of ``errors`` (every bad row, not just the first)."""

    def __init__(self, file: str, errors: Sequence[RowError]) -> None:
        super().__init__(
            "file",
            translate(
                "Tabular",
                "{file}에 고칠 곳이 {count}군데 있어 아무것도 가져오지 않았습니다. 고친 뒤 "
                "다시 가져와 주세요.",
            ).format(file=file, count=len(errors)),
        )
        self.errors = tuple(errors)


class _PreviewRow(Protocol):
    @property
    def action(self) -> str: ...


R = TypeVar("R", bound=_PreviewRow)


@dataclass(frozen=True)
class ImportPreview(Generic[R]):
    """What an import would do: each parsed row with its action (추가/수정/변경 없음), or
    the errors that stop it; ``warnings`` are worth a look but do not stop it (deputies who
    stand in for each other). Built without writing anything."""

    file: str
    encoding: str  # "UTF-8", "UTF-8 (BOM)", "CP949", "UTF-16", "XLSX"; "" when unreadable
    rows: tuple[R, ...]
    errors: tuple[RowError, ...]
    new_departments: tuple[str, ...] = ()  # paths a staff import would create
    warnings: tuple[RowError, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.errors

    def count(self, action: str) -> int:
        return sum(1 for r in self.rows if r.action == action)


@dataclass(frozen=True, slots=True)
class ImportResult:
    file: str
    encoding: str
    added: int
    updated: int
    unchanged: int
    new_departments: int = 0
    warnings: tuple[RowError, ...] = ()  # said, not refused: see ImportPreview


# --- columns -------------------------------------------------------------------------------


def locate_columns(
    table: Table, required: Sequence[str], hints: Mapping[str, str] | None = None
) -> tuple[dict[str, int], list[RowError]]:
    """Where each required column is. A missing one is reported with what the header
    holds and the closest name in it; ``hints`` maps other usual names to template names
    ('이름' → '성명'). Other columns are ignored."""
    found: dict[str, list[int]] = {}
    for index, title in enumerate(table.header):
        found.setdefault(header_key(title), []).append(index)
    columns: dict[str, int] = {}
    errors: list[RowError] = []
    for name in required:
        places = found.get(header_key(name), [])
        if len(places) > 1:
            letters = ", ".join(translate("Tabular", "{i}열").format(i=column_letter(i)) for i in places)
            errors.append(RowError(table.header_line, name, translate(
                "Tabular",
                "'{name}' 열이 여러 번 있습니다 ({letters}). 하나만 남겨 주세요.",
            ).format(name=name, letters=letters)))
        if places:
            columns[name] = places[0]
    unused = [t for t in table.header if t and header_key(t) not in {header_key(n) for n in required}]
    shown = ", ".join(t for t in table.header if t) or translate("Tabular", "(없음)")
    for name in required:
        if name in columns:
            continue
        guess = _closest(name, unused, hints or {})
        if guess is not None:
            letter = column_letter(table.header.index(guess))
            advice = settle(translate(
                "Tabular",
                "'{guess}'({letter}열)이 그 열이라면 머리행을 '{name}'(으)로 고쳐 주세요.",
            ).format(guess=guess, letter=letter, name=name))
        else:
            advice = translate("Tabular", "머리행에 '{name}' 열을 추가해 주세요.").format(name=name)
        message = translate("Tabular", "'{name}' 열이 없습니다. {advice} 찾은 머리행: {shown}.").format(name=name, advice=advice, shown=shown)
        if table.encoding == "CP949" and not columns:
            message += translate("Tabular", " 글자가 깨져 보이면 파일을 UTF-8로 저장해 주세요.")
        errors.append(RowError(table.header_line, name, message))
    if not errors and not table.rows:
        errors.append(RowError(
            table.header_line + 1, "", translate(
                "Tabular",
                "머리행만 있고 가져올 행이 없습니다. 머리행 아래에 한 행씩 적어 주세요.",
            )
        ))
    return columns, errors


def _closest(name: str, candidates: Sequence[str], hints: Mapping[str, str]) -> str | None:
    for title in candidates:
        if hints.get(header_key(title)) == name:
            return title
    keys = {header_key(t): t for t in candidates}
    match = difflib.get_close_matches(header_key(name), list(keys), n=1, cutoff=0.5)
    return keys[match[0]] if match else None


def by_line(errors: Sequence[RowError]) -> dict[int, set[str]]:
    """The columns refused on each line."""
    lines: dict[int, set[str]] = {}
    for e in errors:
        lines.setdefault(e.line, set()).add(e.column)
    return lines


_CONTROL_MESSAGE = QT_TRANSLATE_NOOP(
    "Tabular", "보이지 않는 제어 문자가 있습니다. 지우고 글자만 남겨 다시 가져와 주세요."
)


def resident_number_errors(table: Table, names: Mapping[int, str]) -> list[RowError]:
    """Every cell (ignored columns too) that holds a 주민등록번호 or a control character;
    never echoes it."""
    errors: list[RowError] = []
    message = translate(
        "Tabular",
        "주민등록번호로 보이는 숫자가 있습니다. 주민등록번호는 저장하지 않습니다. 지우고 "
        "다시 가져와 주세요.",
    )
    header_row = TableRow(table.header_line, table.header)
    for row in (header_row, *table.rows):
        for index, cell in enumerate(row.cells):
            refused = (
                message if len(cell) >= 13 and find_resident_number(cell) is not None
                else translate("Tabular", _CONTROL_MESSAGE) if has_control(cell, multiline=True) else None
            )
            if refused is not None:
                title = table.header[index] if index < len(table.header) else ""
                column = names.get(index) or title or translate("Tabular", "{index}열").format(index=column_letter(index))
                errors.append(RowError(row.line, column, refused))
    return errors


# --- writing -------------------------------------------------------------------------------


@contextmanager
def import_transaction(
    db: Database, actor: Actor | None, op: Operation | None = None
) -> Iterator[Session]:
    """The one transaction of an import. Without an actor only into a database with no
    staff yet: the first roster of a new agency is written by the system itself."""
    if actor is not None:
        with db.write(actor, op) as (session, _staff):
            yield session
        return
    with db.transaction() as session:
        if session.scalars(select(Staff.id).limit(1)).first() is not None:
            raise StateError(
                translate(
                    "Tabular",
                    "이미 직원이 등록되어 있어 누가 가져오는지 기록해야 합니다. 작업하는 "
                    "관리자를 지정해 주세요.",
                )
            )
        yield session
