"""A case answered at the desk, its reply letter sent through the Print button's path and
through ``minwon-desk print reply-letter --printer`` to a real CUPS queue, and the spooled
PDF read back: the handling officer is named with their phone and e-mail."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from minwon_desk.cli import main
from minwon_desk.domain.charter import Charter
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.services.dto import Actor
from minwon_desk.ui.common.printing import send_to_printer
from tests.support.seed import (
    SEED_PASSWORD,
    SmallAgency,
    actor_for,
    seed_small_agency,
    small_agency,
)

from .conftest import PrintQueue, read_spooled
from .test_queue import job_of, queue_printer

ANSWER = "예비창업자도 신청할 수 있습니다. 사업계획서와 재직 확인 서류를 함께 내 주십시오."


def _answered(backend: Backend, actor: Actor, agency: SmallAgency) -> int:
    kim = agency.officers[0]
    case = backend.cases.open(actor, CaseRequest(
        case_type="질의-제도", channel="우편", subject="예비창업패키지 신청 자격",
        petitioner_name="홍길동", petitioner_contact="서울시 중구 세종대로 110", officer_id=kim.id,
    ))
    backend.cases.answer(actor_for(backend, kim), case.id, ANSWER)
    return case.id


def _answered_folder(tmp_path: Path, charter: Charter) -> Path:
    """A ``--data-dir`` folder whose database holds one answered case, TEST-2026-000001."""
    folder = tmp_path / "data"
    folder.mkdir()
    with Backend.open(f"sqlite:///{folder / 'minwon.db'}", charter=charter, desk="1층 민원안내") as backend:
        seed_small_agency(backend)
        agency = small_agency(backend)
        _answered(backend, actor_for(backend, agency.operator), agency)
    return folder


def test_the_reply_letter_prints_naming_its_officer(
    qapp: QApplication, print_queue: PrintQueue, backend: Backend, actor: Actor,
    agency: SmallAgency,
) -> None:
    doc = backend.case_documents.render(_answered(backend, actor, agency), "reply")
    status = send_to_printer(queue_printer(print_queue), doc.pdf, doc.title)
    text = read_spooled(print_queue.out_dir, job_of(status))
    # 김민준 사무관, 혁신행정담당관, extension 1201 with the charter's prefix, his e-mail.
    for expected in ("김민준", "혁신행정담당관", "044-204-1201", "t0002@test.example",
                     "TEST-2026-000001", "홍길동"):
        assert expected in text, expected
    assert "예비창업자도 신청할 수 있습니다" in text


def test_the_command_line_sends_the_letter_to_a_queue(
    capsys: pytest.CaptureFixture[str], print_queue: PrintQueue, tmp_path: Path,
    mss_charter: Charter, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MINWON_PASSWORD", SEED_PASSWORD)
    folder = _answered_folder(tmp_path, mss_charter)
    code = main(["print", "reply-letter", "TEST-2026-000001", "--printer", print_queue.name,
                 "--data-dir", str(folder), "--as", "T0001"])
    out, err = capsys.readouterr()
    assert (code, err) == (0, "")
    job = out.split("(작업 ", 1)[1].split(",")[0]
    assert "김민준" in read_spooled(print_queue.out_dir, job)


def test_a_missing_printer_is_explained_and_the_letter_can_still_be_saved(
    capsys: pytest.CaptureFixture[str], print_queue: PrintQueue, tmp_path: Path,
    mss_charter: Charter, monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("MINWON_PASSWORD", SEED_PASSWORD)
    folder = _answered_folder(tmp_path, mss_charter)
    code = main(["print", "reply-letter", "TEST-2026-000001", "--printer", "없는프린터",
                 "--data-dir", str(folder), "--as", "T0001"])
    _out, err = capsys.readouterr()
    assert code == 2 and "없는프린터" in err and "-o" in err
    code = main(["print", "reply-letter", "TEST-2026-000001", "-o", str(tmp_path / "회신문.pdf"),
                 "--data-dir", str(folder), "--as", "T0001"])
    assert code == 0 and (tmp_path / "회신문.pdf").read_bytes().startswith(b"%PDF")
