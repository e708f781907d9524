"""The 민원 처리부: every case of a period in the order received, masked, with when and how
it was answered — and an export that asks why and leaves one access-log row."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from openpyxl import load_workbook
from pypdf import PdfReader
from sqlalchemy import text

from minwon_desk.domain.errors import PermissionDenied, ValidationError
from minwon_desk.domain.roles import Role
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest, ExtensionRequest
from minwon_desk.services.dto import Actor
from tests.support.seed import SmallAgency, actor_for


def _open(backend: Backend, actor: Actor, officer_id: int | None, **kw: object) -> int:
    fields: dict[str, object] = {
        "case_type": "질의-제도", "channel": "우편", "subject": "예비창업패키지 신청 자격",
        "petitioner_name": "홍길동", "petitioner_contact": "010-1234-5678",
        "officer_id": officer_id,
    }
    fields.update(kw)
    return backend.cases.open(actor, CaseRequest(**fields)).id  # type: ignore[arg-type]


def _three_cases(backend: Backend, agency: SmallAgency, fake_clock: object) -> list[int]:
    desk = actor_for(backend, agency.operator)
    officer = agency.officers[0]
    first = _open(backend, desk, officer.id)
    fake_clock.set(datetime(2026, 7, 3, 9, 30, tzinfo=SEOUL))  # type: ignore[attr-defined]
    second = _open(backend, desk, agency.officers[1].id, channel="이메일",
                   petitioner_name="김영희", petitioner_contact="younghee.kim@example.kr",
                   subject="창업 교육 일정")
    fake_clock.set(datetime(2026, 7, 6, 14, 0, tzinfo=SEOUL))  # type: ignore[attr-defined]
    third = _open(backend, desk, officer.id, petitioner_name="이철수",
                  petitioner_contact="서울특별시 종로구 세종대로 209 정부서울청사")
    handler = actor_for(backend, officer)
    backend.cases.answer(handler, first, "신청할 수 있습니다.")
    backend.cases.extend(handler, third, ExtensionRequest(date(2026, 7, 15), "현장 확인이 필요합니다"))
    return [first, second, third]


def test_the_register_lists_the_period_in_the_order_received_masked(
    db_backend: Backend, fake_clock: object
) -> None:
    from tests.support.seed import small_agency

    agency = small_agency(db_backend)
    ids = _three_cases(db_backend, agency, fake_clock)
    reader = actor_for(db_backend, agency.operator)
    period, lines = db_backend.case_register.lines(reader, date(2026, 7, 1), date(2026, 7, 31))
    assert [line.case_id for line in lines] == ids
    assert [line.ordinal for line in lines] == [1, 2, 3]
    first, second, third = lines
    assert (first.petitioner, first.contact) == ("홍*동", "010-****-5678")
    assert second.contact == "yo**********@example.kr"
    assert third.contact == "서울특별시 종로구 …"
    assert first.state == "처리 완료" and first.answered_how.startswith("회신문 TEST-2026-000001")
    assert first.answered_at == datetime(2026, 7, 6, 14, 0, tzinfo=SEOUL)
    assert third.extensions == 1 and third.due_at > third.original_due_at
    assert third.extension_text.startswith("1회 (")
    assert second.state == "처리 중" and second.answered_at is None
    assert first.department == "혁신행정담당관" and first.officer == "김민준 사무관"
    assert period.label == "2026-07-01 ~ 2026-07-31"
    # A day outside the period, and a department, narrow it.
    _p, only_third = db_backend.case_register.lines(reader, date(2026, 7, 6), date(2026, 7, 6))
    assert [line.case_id for line in only_third] == [ids[2]]
    startup = next(d.id for d in db_backend.roster.departments() if d.name == "창업정책과")
    named, in_startup = db_backend.case_register.lines(
        reader, date(2026, 7, 1), date(2026, 7, 31), department_id=startup)
    assert [line.case_id for line in in_startup] == [ids[1]] and named.department == "창업정책과"


def test_reading_the_register_on_screen_writes_no_access_row(
    backend: Backend, agency: SmallAgency, fake_clock: object
) -> None:
    _three_cases(backend, agency, fake_clock)
    before = _access_rows(backend)
    backend.case_register.lines(actor_for(backend, agency.operator), date(2026, 7, 1),
                                date(2026, 7, 31))
    assert _access_rows(backend) == before


def test_an_export_asks_why_and_logs_one_download_with_the_count(
    db_backend: Backend, fake_clock: object
) -> None:
    from tests.support.seed import small_agency

    agency = small_agency(db_backend)
    ids = _three_cases(db_backend, agency, fake_clock)
    reader = actor_for(db_backend, agency.operator)
    before = _access_rows(db_backend)
    with pytest.raises(ValidationError, match="사유"):
        db_backend.case_register.export(reader, date(2026, 7, 1), date(2026, 7, 31),
                                        kind="xlsx", reason="")
    assert _access_rows(db_backend) == before
    data, count = db_backend.case_register.export(
        reader, date(2026, 7, 1), date(2026, 7, 31), kind="xlsx", reason="7월 처리 현황 점검",
        agency="테스트 중소기업청")
    assert count == 3
    rows = _access_rows(db_backend)
    assert len(rows) == len(before) + 1
    operation, count_logged, reason, subjects, what = rows[-1]
    assert (operation, count_logged, reason) == ("다운로드", 3, "7월 처리 현황 점검")
    assert subjects == ",".join(str(i) for i in ids) and "민원 처리부" in what
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet is not None
    values = [row for row in sheet.iter_rows(values_only=True)]
    assert values[0][0] == "테스트 중소기업청 민원 처리부 (2026-07-01 ~ 2026-07-31)"
    assert values[1][:3] == ("순번", "접수번호", "접수 일시")
    assert values[2][1] == "TEST-2026-000001" and values[2][5] == "홍*동"
    # Nothing unmasked leaves in the file.
    flat = " ".join(str(v) for row in values for v in row if v is not None)
    for secret in ("홍길동", "010-1234-5678", "younghee.kim", "세종대로 209"):
        assert secret not in flat


def test_the_printed_register_carries_the_columns_and_every_case(
    backend: Backend, agency: SmallAgency, fake_clock: object
) -> None:
    _three_cases(backend, agency, fake_clock)
    pdf, count = backend.case_register.export(
        actor_for(backend, agency.operator), date(2026, 7, 1), date(2026, 7, 31), kind="pdf",
        reason="감사 자료", agency="테스트 중소기업청")
    reader = PdfReader(io.BytesIO(pdf))
    page = reader.pages[0]
    assert page.mediabox.width > page.mediabox.height  # landscape
    words = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    for expected in ("민원 처리부", "접수번호", "처리기간", "TEST-2026-000003", "홍*동",
                     "회신문", "TEST-2026-000001-회신", "1회 (07-14 → 07-15)"):
        assert expected in words, expected
    assert count == 3 and "홍길동" not in words
    fonts = {str(f) for p in reader.pages for f in p["/Resources"]["/Font"].values()}
    assert fonts  # every font embedded is checked by the documents' own tests


def test_bad_periods_and_an_account_without_the_right_are_refused(
    backend: Backend, agency: SmallAgency
) -> None:
    reader = actor_for(backend, agency.operator)
    with pytest.raises(ValidationError, match="앞섭니다"):
        backend.case_register.lines(reader, date(2026, 7, 31), date(2026, 7, 1))
    with pytest.raises(ValidationError, match="5년"):
        backend.case_register.lines(reader, date(2020, 1, 1), date(2026, 7, 1))
    # An administrator keeps accounts, not citizens' records.
    keeper = agency.officers[3]
    backend.accounts.grant(reader, keeper.employee_no, Role.ADMIN, reason="명부 관리")
    backend.accounts.revoke(reader, keeper.employee_no, Role.OFFICER, reason="명부 관리만")
    with pytest.raises(PermissionDenied):
        backend.case_register.lines(actor_for(backend, keeper), date(2026, 7, 1),
                                    date(2026, 7, 31))


def _access_rows(backend: Backend) -> list[tuple[object, ...]]:
    with backend.db.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(text(
            "SELECT operation, count, reason, subjects, what FROM access_log ORDER BY id"))]


def test_the_workbook_keeps_typed_text_as_text_and_times_as_dates() -> None:
    from dataclasses import replace

    from minwon_desk.services.cases.register import RegisterLine, RegisterPeriod
    from minwon_desk.services.cases.register_book import register_workbook

    at = datetime(2026, 7, 1, 9, 30, 15, 250000, tzinfo=SEOUL)
    line = RegisterLine(
        ordinal=1, case_id=1, number="T-2026-000001", received_at=at, channel="우편",
        type_label="질의", petitioner="홍*동", contact="010-****-5678",
        subject="=HYPERLINK(\"x\") <b> & \"따옴표\"", department=" 창업정책과 ",
        officer="김담당 주무관", period="14일", original_due_at=at, due_at=at, extensions=0,
        state="처리 중", answered_at=None, answered_how="", handed_over_at=None,
    )
    second = replace(line, ordinal=2, subject="줄\n바꿈\x07", answered_at=at,
                     answered_how="회신문 T-1")
    data = register_workbook(RegisterPeriod(date(2026, 7, 1), date(2026, 7, 31)),
                             [line, second])
    sheet = load_workbook(io.BytesIO(data)).active
    assert sheet is not None and sheet.freeze_panes == "C3"
    first_row, second_row = sheet[3], sheet[4]
    assert first_row[0].value == 1
    assert first_row[7].value == "=HYPERLINK(\"x\") <b> & \"따옴표\"" and first_row[7].data_type == "s"
    assert first_row[8].value == " 창업정책과 "
    assert first_row[2].value == datetime(2026, 7, 1, 9, 30, 15, 250000)
    assert first_row[2].number_format == "yyyy-mm-dd hh:mm"
    assert first_row[14].value is None and first_row[15].value is None
    # A control character cannot be held by the file; the rest of the text stays.
    assert second_row[7].value == "줄\n바꿈"
    assert second_row[14].value == datetime(2026, 7, 1, 9, 30, 15, 250000)
    assert second_row[15].value == "회신문 T-1"
