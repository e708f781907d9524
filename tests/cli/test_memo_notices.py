"""``memo take --notify email|sms|none`` as the telephone system or a clerk runs it, the
same way ``case open --notify`` takes it, and the caller's message sent by ``outbox send``
to a real SMTP server on loopback (or the text folder)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.support.mail_server import Inbox

from .helpers import mail_settings, run


def _take(capsys: pytest.CaptureFixture[str], folder: Path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "memo", "take", "--caller", "홍길동", "--phone", "010-1234-5678",
               "--gist", "창업 지원사업 서류 문의", "--for", "T0004",
               "--at", "2026-07-02T10:00+09:00", "--data-dir", str(folder), *extra)


def test_an_email_caller_is_told_the_memo_was_passed_on(
    capsys: pytest.CaptureFixture[str], data_dir: Path, inbox: tuple[Inbox, int]
) -> None:
    box, port = inbox
    mail_settings(data_dir, port)
    code, out, err = _take(capsys, data_dir, "--notify", "email", "--email", "hong@example.com")
    assert code == 0, err
    number = out.split("\t")[0]
    code, out, _err = run(capsys, "outbox", "list", "--state", "waiting", "--data-dir", str(data_dir))
    [line] = out.splitlines()
    assert line.split("\t")[1:7] == [number, "memo_received", "email", "waiting", "0",
                                     "ho***@example.com"]
    code, out, err = run(capsys, "outbox", "send", "--data-dir", str(data_dir))
    assert (code, out) == (0, "") and "보냄 1건" in err
    [mail] = box.messages
    assert mail["To"] == "hong@example.com" and number in mail["Subject"]
    body = str(mail.get_body().get_content())  # type: ignore[union-attr]
    assert "박지호" in body and "창업 지원사업" not in body


def test_a_text_goes_to_the_mobile_given_or_the_callers_number(
    capsys: pytest.CaptureFixture[str], data_dir: Path, inbox: tuple[Inbox, int]
) -> None:
    mail_settings(data_dir, inbox[1])
    assert _take(capsys, data_dir, "--notify", "sms", "--mobile", "010 9876 5432")[0] == 0
    assert _take(capsys, data_dir, "--channel", "sms")[0] == 0  # the old spelling
    code, _out, err = run(capsys, "outbox", "send", "--data-dir", str(data_dir))
    assert code == 0 and "보냄 2건" in err
    texts = sorted(p.read_text(encoding="utf-8") for p in (data_dir / "sms").iterdir())
    assert [t.splitlines()[0] for t in texts] == ["받는 사람: 010-1234-5678",
                                                  "받는 사람: 010-9876-5432"]


def test_none_passes_the_message_on_with_no_callback_and_no_message(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, err = run(capsys, "memo", "take", "--caller", "홍길동", "--gist", "전화했다고 전해 주세요",
                         "--for", "T0004", "--notify", "none", "--data-dir", str(data_dir))
    assert code == 0, err
    assert out.rstrip("\n").split("\t")[1:] == ["T0004", "박지호", ""]  # no callback due
    code, out, _err = run(capsys, "outbox", "list", "--data-dir", str(data_dir))
    assert (code, out) == (0, "")


@pytest.mark.parametrize(("extra", "says"), [
    (("--notify", "email", "--email", "hong@example"), "--email: 'hong@example'는 이메일 주소가 아닙니다"),
    (("--notify", "sms", "--mobile", "02-123-4567"), "--mobile: 02-123-4567은 휴대전화 번호가 아니라"),
    (("--notify", "fax"), "--notify: 회신 방법 'fax'는 없습니다"),
    (("--notify", "email"), "--address: 이메일로 답변받기를 원하시면 이메일 주소를 적어 주세요"),
])
def test_an_address_that_is_not_one_exits_2_and_saves_nothing(
    capsys: pytest.CaptureFixture[str], data_dir: Path, extra: tuple[str, ...], says: str
) -> None:
    code, out, err = _take(capsys, data_dir, *extra)
    assert code == 2 and out == ""
    assert says in err
    code, out, _err = run(capsys, "memo", "list", "--data-dir", str(data_dir))
    assert out == ""
