"""The directory for the agency homepage: public details only, in chart order, escaped."""

from __future__ import annotations

import csv
import io
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
from sqlalchemy import select, update

from minwon_desk.domain.errors import StateError, ValidationError
from minwon_desk.domain.timeutil import Clock
from minwon_desk.services.backend import Backend
from minwon_desk.services.directory.export import DirectoryExporter, public_phone
from minwon_desk.services.dto import Actor
from minwon_desk.store.models import Department, Staff
from tests.support.seed import SMALL_DESK


class _Page(HTMLParser):
    """Headings and table cells, as a reader (or a screen reader) meets them."""

    def __init__(self) -> None:
        super().__init__()
        self.outline: list[str] = []  # "h2 본부", "table", "td 김민준" …
        self._open: str | None = None
        self._text = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "table":
            self.outline.append("table")
        if re.fullmatch(r"h[1-6]|td|th", tag):
            self._open, self._text = tag, ""

    def handle_endtag(self, tag: str) -> None:
        if tag == self._open:
            self.outline.append(f"{tag} {self._text}")
            self._open = None

    def handle_data(self, data: str) -> None:
        if self._open:
            self._text += data


def page(path: Path) -> tuple[str, list[str]]:
    text = path.read_bytes().decode("utf-8")
    parser = _Page()
    parser.feed(text)
    return text, parser.outline


def test_html_page_lists_departments_in_chart_order(db_backend: Backend, tmp_path: Path) -> None:
    summary = db_backend.directory_export.write(tmp_path / "staff.html", "html")
    assert (summary.officers, summary.departments) == (5, 3)
    text, outline = page(tmp_path / "staff.html")
    assert text.startswith("<!DOCTYPE html>\n<html lang=\"ko\">")
    assert '<meta charset="utf-8">' in text
    headings = [o for o in outline if o[:2] in ("h1", "h2", "h3")]
    assert headings == ["h1 테스트 중소기업청 직원 안내", "h2 본부", "h3 민원안내팀", "h3 혁신행정담당관", "h3 창업정책과"]
    assert outline.count("table") == 3  # 본부 only holds other units: a heading, no table
    start = outline.index("h3 창업정책과")
    assert outline[start + 1 : start + 14] == [
        "table", "th 성명", "th 직위", "th 내선번호", "th 담당업무",
        "td 박지호", "td 서기관", "td 1301", "td ",  # the senior officer first
        "td 이서연", "td 주무관", "td 1302", "td ",
    ]
    assert "2026년 7월 2일 기준" in text
    # Public details only: nobody who left, no e-mail, no employee number, no external file.
    assert "정하늘" not in text
    assert "@" not in text and "T000" not in text
    assert "src=" not in text and "href=\"http" not in text


def test_the_named_head_comes_first(db_backend: Backend, tmp_path: Path) -> None:
    with db_backend.db.transaction() as session:
        junior = session.scalars(select(Staff.id).where(Staff.employee_no == "T0003")).one()
        session.execute(update(Department).where(Department.name == "창업정책과").values(head_id=junior))
    units = {u.name: u for u in db_backend.directory_export.units()}
    assert [o.name for o in units["창업정책과"].officers] == ["이서연", "박지호"]


def test_names_and_duties_are_escaped(db_backend: Backend, db_actor: Actor, tmp_path: Path) -> None:
    roster = tmp_path / "a.csv"
    roster.write_text(
        "사번,성명,직위,부서,내선번호,이메일,담당업무,기본대행자사번\n"
        'X1,홍<b>길동,주무관,본부 > R&D <혁신팀,1401,,"A&B, ""인용""",\n',
        encoding="utf-8",
    )
    db_backend.roster_import.apply(db_actor, roster)
    db_backend.directory_export.write(tmp_path / "staff.html", "html")
    text, outline = page(tmp_path / "staff.html")
    assert "h3 R&D <혁신팀" in outline
    assert "td 홍<b>길동" in outline and 'td A&B, "인용"' in outline
    assert "<b>" not in text and "&lt;b&gt;" in text


def test_csv_opens_in_korean_excel(db_backend: Backend, db_actor: Actor, tmp_path: Path) -> None:
    roster = tmp_path / "a.csv"
    roster.write_text(
        "사번,성명,직위,부서,내선번호,이메일,담당업무,기본대행자사번\n"
        'T0002,김민준,사무관,본부 > 혁신행정담당관,1201,,"정부혁신, =HYPERLINK(""x"")",\n',
        encoding="utf-8",
    )
    db_backend.roster_import.apply(db_actor, roster)
    summary = db_backend.directory_export.write(tmp_path / "staff.csv", "csv")
    data = (tmp_path / "staff.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # with a BOM, or Excel reads it as CP949
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert rows[0] == ["부서", "성명", "직위", "내선번호", "담당업무"]
    assert rows[1:3] == [
        ["본부 > 민원안내팀", "안내원", "주무관", "1000", ""],
        ["본부 > 혁신행정담당관", "김민준", "사무관", "1201", "정부혁신, =HYPERLINK(\"x\")"],
    ]
    assert len(rows) == 1 + summary.officers


# (A leading tab or carriage return is trimmed from duties before they are exported; the
# rule itself is tested with them in tests/domain/test_spreadsheet.py.)
@pytest.mark.parametrize("duties", ["=1+1", "+1+1", "-2+3+cmd|' /C calc'!A0", "@SUM(A1)"])
def test_a_formula_looking_cell_is_not_run_by_excel(
    db_backend: Backend, tmp_path: Path, duties: str
) -> None:
    with db_backend.db.transaction() as session:
        session.execute(update(Staff).where(Staff.employee_no == "T0002").values(duties=duties))
    db_backend.directory_export.write(tmp_path / "staff.csv", "csv")
    text = (tmp_path / "staff.csv").read_bytes().decode("utf-8-sig")
    rows = list(csv.reader(io.StringIO(text, newline="")))
    assert ["본부 > 혁신행정담당관", "김민준", "사무관", "1201", "'" + duties] in rows


def test_with_the_switchboard_prefix_phones_are_whole_numbers(
    db_backend: Backend, fake_clock: Clock, tmp_path: Path
) -> None:
    exporter = DirectoryExporter(db_backend.db, fake_clock, charter=db_backend.charter, phone_prefix="044-204-")
    exporter.write(tmp_path / "staff.html", "html")
    text, outline = page(tmp_path / "staff.html")
    assert "th 전화번호" in outline and "td 044-204-1201" in outline
    assert '<a href="tel:0442041201">044-204-1201</a>' in text
    assert public_phone("02-2100-1234", "044-204-") == "02-2100-1234"  # already whole
    assert public_phone("", "044-204-") == ""
    assert public_phone("1201", "") == "1201"


def test_nothing_to_export_says_so(db_url: str, fake_clock: Clock, tmp_path: Path) -> None:
    from minwon_desk.domain.charter import load_charter
    from minwon_desk.resources import charter_preset

    backend = Backend.open(db_url, charter=load_charter(charter_preset("mss")), desk=SMALL_DESK, clock=fake_clock)
    try:
        with pytest.raises(StateError, match="먼저 직원 명부를 가져와"):
            backend.directory_export.write(tmp_path / "staff.html", "html")
        assert not (tmp_path / "staff.html").exists()
    finally:
        backend.close()


def test_a_missing_folder_is_named(db_backend: Backend, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="없습니다"):
        db_backend.directory_export.write(tmp_path / "없는폴더" / "staff.html", "html")
