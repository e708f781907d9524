"""The staff directory for the agency's homepage: a CSV file and one static HTML page.

Only what agencies publish: department, name, position, telephone and duties — no
e-mail, no photo, no seat, nobody who has left. Departments come in organisation-chart
order; within one, the head first, then by seniority of position.
"""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass
from datetime import date
from html import escape
from pathlib import Path

from sqlalchemy import select

from minwon_desk.domain.charter import Charter
from minwon_desk.domain.deputy import position_rank
from minwon_desk.domain.errors import StateError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.spreadsheet import inert_cell
from minwon_desk.domain.timeutil import Clock, to_seoul
from minwon_desk.files import write_atomically, write_failure
from minwon_desk.services._tx import Database
from minwon_desk.services.directory.service import department_paths, split_duties
from minwon_desk.services.directory.staff import department_order
from minwon_desk.store.models import Agency, Department, Staff

FORMATS = ("csv", "html")


@dataclass(frozen=True, slots=True)
class PublicOfficer:
    name: str
    position: str
    phone: str  # a whole number when the agency's prefix is known, else the extension
    duties: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class PublicUnit:
    name: str
    path: str  # "본부 > 기획조정실 > 혁신행정담당관"
    depth: int  # 0 for a unit at the top of the chart
    officers: tuple[PublicOfficer, ...]  # empty for a unit that only holds other units


@dataclass(frozen=True, slots=True)
class ExportSummary:
    path: Path
    format: str
    officers: int
    departments: int  # units with at least one officer


def public_phone(extension: str, prefix: str) -> str:
    """'1201' with prefix '044-204-' → '044-204-1201'. An extension already written as a
    whole number (with a dash, or eight digits or more) is kept as it is."""
    ext = extension.strip()
    if not ext or not prefix or "-" in ext or sum(c.isdigit() for c in ext) >= 8:
        return ext
    return f"{prefix.rstrip('-')}-{ext}"


class DirectoryExporter:
    def __init__(
        self, db: Database, clock: Clock, *, charter: Charter | None = None, phone_prefix: str = ""
    ) -> None:
        self._db = db
        self._clock = clock
        self._agency = charter.agency if charter else ""
        # Neither the charter nor the agency table holds a switchboard prefix yet; the
        # caller may give one ("044-204-") to publish whole numbers.
        self._prefix = phone_prefix

    def units(self) -> list[PublicUnit]:
        """Every unit with active staff in it or below it, in organisation-chart order."""
        with self._db.read() as session:
            departments = list(session.scalars(select(Department)))
            staff = session.execute(
                select(Staff.id, Staff.name, Staff.position, Staff.department_id,
                       Staff.extension, Staff.duties)
                .where(Staff.active.is_(True))
            ).all()
        order = department_order(departments)
        paths = department_paths(departments)
        heads = {d.id: d.head_id for d in departments}
        members: dict[int, list[PublicOfficer]] = {}
        for s in sorted(staff, key=lambda s: (s.id != heads.get(s.department_id),
                                              position_rank(s.position), s.name, s.id)):
            members.setdefault(s.department_id, []).append(PublicOfficer(
                s.name, s.position, public_phone(s.extension, self._prefix), split_duties(s.duties),
            ))
        parent = {d.id: d.parent_id for d in departments}
        shown: set[int] = set()
        for dept_id in members:
            current: int | None = dept_id
            while current is not None and current not in shown:
                shown.add(current)
                current = parent.get(current)
        by_id = {d.id: d for d in departments}
        return [
            PublicUnit(by_id[i].name, paths[i], paths[i].count(" > "), tuple(members.get(i, ())))
            for i in sorted(shown & set(by_id), key=lambda i: order.get(i, len(order)))
        ]

    @property
    def phone_label(self) -> str:
        return "전화번호" if self._prefix else "내선번호"

    def agency_name(self) -> str:
        with self._db.read() as session:
            name = session.scalars(select(Agency.name).order_by(Agency.id).limit(1)).first()
        return name or self._agency

    def write(self, path: Path, fmt: str) -> ExportSummary:
        """Write the directory to ``path`` (replaced whole, never left half-written)."""
        if fmt not in FORMATS:
            raise ValidationError("format", translate("Directory", "형식은 {join} 중 하나입니다.").format(join=', '.join(FORMATS)))
        units = self.units()
        officers = sum(len(u.officers) for u in units)
        if not officers:
            raise StateError(translate(
                "Directory",
                "내보낼 직원이 없습니다. 먼저 직원 명부를 가져와 주세요.",
            ))
        if fmt == "csv":
            # With a BOM: Korean Excel reads UTF-8 without one as CP949 and garbles it.
            data = render_csv(units, phone_label=self.phone_label).encode("utf-8-sig")
        else:
            as_of = to_seoul(self._clock()).date()
            data = render_html(
                units, agency=self.agency_name(), as_of=as_of, phone_label=self.phone_label
            ).encode("utf-8")
        _write_whole(path, data)
        return ExportSummary(path, fmt, officers, sum(1 for u in units if u.officers))


def _write_whole(path: Path, data: bytes) -> None:
    folder = path.parent
    if not folder.is_dir():
        raise ValidationError("output", translate(
            "Directory",
            "폴더 {folder}이(가) 없습니다. 저장할 폴더를 확인해 주세요.",
        ).format(folder=folder))
    try:
        write_atomically(path, data)
    except OSError as exc:
        raise ValidationError("output", write_failure(path, exc)) from None


def render_csv(units: list[PublicUnit], *, phone_label: str = "전화번호") -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(("부서", "성명", "직위", phone_label, "담당업무"))
    for unit in units:
        for o in unit.officers:
            writer.writerow([inert_cell(v) for v in (unit.path, o.name, o.position, o.phone, ", ".join(o.duties))])
    return out.getvalue()


_STYLE = """
body { font-family: "Malgun Gothic", "Apple SD Gothic Neo", "Nanum Gothic", sans-serif;
       margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #222; line-height: 1.5; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
.as-of { color: #555; margin-top: 0; }
h2, h3, h4, h5, h6 { margin: 1.6rem 0 .4rem; }
table { border-collapse: collapse; width: 100%; margin-bottom: .8rem; }
th, td { border: 1px solid #ccc; padding: .35rem .6rem; text-align: left; vertical-align: top; }
th { background: #f2f4f7; }
td.phone { white-space: nowrap; }
"""


def render_html(
    units: list[PublicUnit], *, agency: str, as_of: date, phone_label: str = "전화번호"
) -> str:
    title = f"{agency} 직원 안내".strip()
    parts = [
        "<!DOCTYPE html>",
        '<html lang="ko">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(title)}</title>",
        f"<style>{_STYLE}</style>",
        "</head>",
        "<body>",
        "<main>",
        f"<h1>{escape(title)}</h1>",
        f'<p class="as-of">{as_of.year}년 {as_of.month}월 {as_of.day}일 기준</p>',
    ]
    for unit in units:
        level = min(2 + unit.depth, 6)
        parts.append(f"<h{level}>{escape(unit.name)}</h{level}>")
        if not unit.officers:
            continue
        parts.append(f'<table aria-label="{escape(unit.path)}">')
        parts.append(
            '<thead><tr><th scope="col">성명</th><th scope="col">직위</th>'
            f'<th scope="col">{escape(phone_label)}</th><th scope="col">담당업무</th></tr></thead>'
        )
        parts.append("<tbody>")
        for o in unit.officers:
            parts.append(
                f"<tr><td>{escape(o.name)}</td><td>{escape(o.position)}</td>"
                f'<td class="phone">{_phone_html(o.phone)}</td><td>{escape(", ".join(o.duties))}</td></tr>'
            )
        parts.append("</tbody>")
        parts.append("</table>")
    parts += ["</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


def _phone_html(phone: str) -> str:
    digits = re.sub(r"\D", "", phone)
    if "-" in phone and len(digits) >= 8:  # a whole number: callable from a phone's browser
        return f'<a href="tel:{digits}">{escape(phone)}</a>'
    return escape(phone)
