"""``case open --notify`` and ``outbox list|send`` as a clerk or a scheduled job runs them,
against a real SMTP server on loopback; two desks sending the same outbox at once (two
processes) never send a message twice."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from minwon_desk.domain.charter import load_charter
from minwon_desk.resources import charter_preset
from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.store.models import NoticeOutbox
from tests.support.mail_server import Inbox
from tests.support.seed import actor_for, seed_small_agency

from .helpers import mail_settings, run


def _open(capsys: pytest.CaptureFixture[str], data_dir: Path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "case", "open", "--type", "고충", "--channel", "방문", "--officer", "T0002",
               "--subject", "지원금 지급 지연", "--petitioner", "홍길동", "--data-dir", str(data_dir),
               *extra)


def test_open_with_email_then_send_from_the_outbox(
    capsys: pytest.CaptureFixture[str], data_dir: Path, inbox: tuple[Inbox, int]
) -> None:
    box, port = inbox
    mail_settings(data_dir, port)
    code, out, err = _open(capsys, data_dir, "--notify", "email", "--email", "hong@example.com")
    assert code == 0, err
    number = out.split("\t")[0]
    code, out, _err = run(capsys, "outbox", "list", "--state", "waiting", "--data-dir", str(data_dir))
    assert code == 0
    [line] = out.splitlines()
    fields = line.split("\t")
    assert fields[1:6] == [number, "received", "email", "waiting", "0"]
    assert fields[6] == "ho***@example.com"  # masked in the list
    code, out, err = run(capsys, "outbox", "send", "--data-dir", str(data_dir))
    assert (code, out) == (0, "") and "보냄 1건" in err
    assert [m["To"] for m in box.messages] == ["hong@example.com"]
    assert number in box.messages[0]["Subject"]
    code, out, _err = run(capsys, "outbox", "list", "--state", "sent", "--data-dir", str(data_dir))
    assert out.count("\tsent\t") == 1


def test_open_with_sms_writes_the_text_and_a_failure_says_what_to_do(
    capsys: pytest.CaptureFixture[str], data_dir: Path, inbox: tuple[Inbox, int]
) -> None:
    box, port = inbox
    mail_settings(data_dir, port)
    box.refuse.add("nobody@example.com")
    assert _open(capsys, data_dir, "--notify", "sms", "--mobile", "010-2222-3333")[0] == 0
    assert _open(capsys, data_dir, "--notify", "email", "--email", "nobody@example.com",
                 "--proceed")[0] == 0
    code, out, err = run(capsys, "outbox", "send", "--data-dir", str(data_dir))
    assert code == 1 and "보냄 1건" in err and "실패 1건" in err
    assert "550" in out and "인쇄해 우편으로 보내" in out
    [text] = (data_dir / "sms").iterdir()
    assert "홍길동 님" in text.read_text(encoding="utf-8")


@pytest.mark.parametrize(("extra", "said"), [
    (("--notify", "sms"), "휴대전화 번호를 적어"),
    (("--notify", "email", "--email", "hong"), "이메일 주소가 아닙니다"),
    (("--notify", "fax"), "알림 방법"),
])
def test_bad_notify_input_is_refused_and_nothing_opened(
    capsys: pytest.CaptureFixture[str], data_dir: Path, extra: tuple[str, ...], said: str
) -> None:
    code, out, err = _open(capsys, data_dir, *extra)
    assert code == 2 and out == "" and said in err


# --- two desks at once ---------------------------------------------------------------------


def _send_in_process(folder: Path, db_url: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    return subprocess.Popen(
        [sys.executable, "-m", "minwon_desk", "--as", "T0001", "outbox", "send",
         "--data-dir", str(folder), "--db-url", db_url],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
    )


@pytest.mark.pg
def test_two_processes_sending_the_same_outbox_send_each_message_once(
    db_url: str, tmp_path: Path, inbox: tuple[Inbox, int], fake_clock: object
) -> None:
    box, port = inbox
    backend = Backend.open(db_url, charter=load_charter(charter_preset("mss")), desk="창구")
    try:
        agency = seed_small_agency(backend)
        actor = actor_for(backend, agency.operator)
        numbers = set()
        for index in range(30):
            case = backend.cases.open(actor, CaseRequest(
                case_type="고충", channel="방문", subject=f"지연 문의 {index}",
                petitioner_name="홍길동", officer_id=agency.officers[0].id, notify="email",
                notify_email=f"person{index}@example.com"))
            numbers.add(case.number)
    finally:
        backend.close()
    folder = tmp_path / "desk"
    folder.mkdir()
    mail_settings(folder, port)
    senders = [_send_in_process(folder, db_url) for _ in range(2)]
    for sender in senders:
        _out, err = sender.communicate(timeout=180)
        assert sender.returncode == 0, err
    subjects = [m["Subject"] for m in box.messages]
    assert len(subjects) == 30
    assert {s.split("(")[-1].rstrip(")") for s in subjects} == numbers
    backend = Backend.open(db_url, charter=load_charter(charter_preset("mss")), desk="창구")
    try:
        with backend.db.read() as session:
            rows = session.query(NoticeOutbox).all()
            assert {(r.state, r.attempts) for r in rows} == {("sent", 1)}
    finally:
        backend.close()
