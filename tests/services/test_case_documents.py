"""The documents of a case filled from the register: what the petitioner reads on the
receipt, the reply letter, the extension and interim notices — read back from the PDF."""

from __future__ import annotations

import io
import shutil
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Protocol

import pytest
from pypdf import PdfReader

from minwon_desk.domain.errors import NotFoundError, ValidationError
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest, ExtensionRequest, InterimRequest
from minwon_desk.services.dto import Actor
from minwon_desk.store.models import AuditEntry
from tests.support.seed import SmallAgency, actor_for


class Clock(Protocol):
    def __call__(self) -> datetime: ...
    def set(self, dt: datetime) -> None: ...


def _text(pdf: bytes) -> str:
    return " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())


def _open(backend: Backend, actor: Actor, officer_id: int | None, **kw: object) -> int:
    fields: dict[str, object] = {
        "case_type": "질의-제도", "channel": "우편", "subject": "예비창업패키지 신청 자격",
        "content": "직장인도 신청할 수 있나요?", "petitioner_name": "홍길동",
        "petitioner_contact": "서울시 중구 세종대로 110", "officer_id": officer_id,
    }
    fields.update(kw)
    return backend.cases.open(actor, CaseRequest(**fields)).id  # type: ignore[arg-type]


def test_the_receipt_states_the_expected_completion_date(
    backend: Backend, actor: Actor, agency: SmallAgency
) -> None:
    case_id = _open(backend, actor, agency.officers[0].id, attachments=("사업계획서.hwp",))
    doc = backend.case_documents.render(case_id, "receipt")
    assert doc.filename == "TEST-2026-000001_접수증.pdf" and doc.number == "TEST-2026-000001-접수"
    text = _text(doc.pdf)
    for expected in ("TEST-2026-000001", "2026년 7월 10일(금) 18:00", "7일", "사업계획서.hwp",
                     "김민준", "안내원", "홍길동", "TEST-2026-000001-접수"):
        assert expected in text, expected


def test_an_unassigned_receipt_says_so_and_letters_need_an_officer(
    backend: Backend, actor: Actor
) -> None:
    case_id = _open(backend, actor, None)
    assert "담당자 지정 전" in _text(backend.case_documents.render(case_id, "receipt").pdf)
    with pytest.raises(NotFoundError, match="아직 회신하지 않은"):
        backend.case_documents.render(case_id, "reply")


def test_the_reply_letter_names_the_officer_and_the_answer(
    backend: Backend, actor: Actor, agency: SmallAgency, fake_clock: Clock
) -> None:
    kim = agency.officers[0]
    case_id = _open(backend, actor, kim.id)
    fake_clock.set(datetime(2026, 7, 6, 15, 0, tzinfo=SEOUL))
    backend.cases.answer(actor_for(backend, kim), case_id, "직장인도 신청할 수 있습니다.\n다만 재직 증명이 필요합니다.")
    doc = backend.case_documents.render(case_id, "reply", actor=actor)
    text = _text(doc.pdf)
    for expected in ("혁신행정담당관", "사무관", "김민준", "044-204-1201", "t0002@test.example",
                     "직장인도 신청할 수 있습니다.", "다만 재직 증명이 필요합니다.",
                     "TEST-2026-000001-회신", "중소벤처기업부"):
        assert expected in text, expected
    with backend.db.read() as session:
        printed = session.query(AuditEntry).filter(AuditEntry.action == "case.print").count()
    assert printed == 1  # the letter carries personal data: printing it is logged
    hwpx = backend.case_documents.reply_hwpx(case_id)
    assert hwpx[:2] == b"PK"


@pytest.mark.skipif(shutil.which("pdffonts") is None, reason="pdffonts (poppler-utils) not installed")
def test_every_font_in_the_letters_is_embedded(
    backend: Backend, actor: Actor, agency: SmallAgency, tmp_path: Path
) -> None:
    kim = agency.officers[0]
    case_id = _open(backend, actor, kim.id)
    backend.cases.answer(actor_for(backend, kim), case_id, "답변드립니다.")
    for kind in ("receipt", "reply"):
        path = tmp_path / f"{kind}.pdf"
        path.write_bytes(backend.case_documents.render(case_id, kind).pdf)
        lines = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True,
                               check=True).stdout.splitlines()[2:]
        assert lines and all(line.split()[-5] == "yes" for line in lines), lines


def test_extension_and_interim_notices_carry_their_dates_and_reasons(
    backend: Backend, actor: Actor, agency: SmallAgency, fake_clock: Clock
) -> None:
    kim = actor_for(backend, agency.officers[0])
    case_id = _open(backend, actor, kim.staff_id)
    backend.cases.extend(kim, case_id, ExtensionRequest(date(2026, 7, 15), "관계 기관 의견 조회 중"))
    backend.cases.extend(kim, case_id, ExtensionRequest(date(2026, 7, 20), "추가 자료 검토",
                                                        "2026-07-03 전화로 동의"))
    first = _text(backend.case_documents.render(case_id, "extension", 1).pdf)
    assert "2026년 7월 10일(금)" in first and "2026년 7월 15일(수)" in first
    assert "관계 기관 의견 조회 중" in first
    latest = backend.case_documents.render(case_id, "extension")
    assert latest.filename == "TEST-2026-000001_연장통지2차.pdf"
    assert "전화로 동의" in _text(latest.pdf)
    fake_clock.set(fake_clock() + timedelta(days=1))
    backend.cases.send_interim(kim, case_id, InterimRequest("관계 부처 회신 대기 중", date(2026, 7, 20)))
    interim = _text(backend.case_documents.render(case_id, "interim").pdf)
    assert "관계 부처 회신 대기 중" in interim and "2026년 7월 20일(월)" in interim
    with pytest.raises(NotFoundError, match="2차"):
        backend.case_documents.render(case_id, "interim", 2)
    with pytest.raises(ValidationError):
        backend.case_documents.render(case_id, "voucher")


def test_a_reprint_says_what_the_document_said_when_it_was_issued(
    backend: Backend, actor: Actor, agency: SmallAgency
) -> None:
    kim, park = agency.officers[0], agency.officers[2]
    case_id = _open(backend, actor, kim.id)
    backend.cases.extend(actor_for(backend, kim), case_id,
                         ExtensionRequest(date(2026, 7, 15), "관계 기관 의견 조회 중"))
    backend.cases.assign(actor, case_id, park.id)
    receipt = _text(backend.case_documents.render(case_id, "receipt").pdf)
    # The petitioner was told 10 July and 김민준 on the day; the extension has its own notice.
    assert "2026년 7월 10일(금) 18:00" in receipt and "7월 15일" not in receipt
    assert "김민준" in receipt and "박지호" not in receipt
    notice = _text(backend.case_documents.render(case_id, "extension").pdf)
    assert "김민준" in notice and "박지호" not in notice
