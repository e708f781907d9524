"""``minwon-desk case notify``: the petitioner rang back after the case was opened and
asked to hear by e-mail (or text, or not at all); the next stage's notice follows it."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import select

from minwon_desk.store.models import AuditEntry

from .helpers import open_data, run


def _open(capsys: pytest.CaptureFixture[str], data_dir: Path) -> str:
    code, out, err = run(capsys, "case", "open", "--type", "고충", "--channel", "전화",
                         "--officer", "T0002", "--subject", "지원금 지급 지연",
                         "--petitioner", "홍길동", "--data-dir", str(data_dir))
    assert code == 0, err
    return out.split("\t")[0]


def test_notify_changes_how_to_hear_and_the_answer_goes_that_way(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    number = _open(capsys, data_dir)
    code, out, err = run(capsys, "case", "notify", number, "--notify", "email",
                         "--email", "hong@example.com", "--data-dir", str(data_dir))
    assert code == 0, err
    assert out == f"{number}\temail\n"
    code, _out, err = run(capsys, "case", "answer", number, "--text", "다음 달 지급됩니다.",
                          "--data-dir", str(data_dir))
    assert code == 0, err
    code, out, _err = run(capsys, "outbox", "list", "--data-dir", str(data_dir))
    stages = [(f[2], f[3]) for f in (line.split("\t") for line in out.splitlines())]
    assert stages == [("answered", "email")]  # opened by phone: nothing before
    backend = open_data(data_dir)
    try:
        detail = backend.cases.detail(backend.cases.id_of(number))
        [changed] = [e for e in detail.events if e.kind == "notify"]
        assert changed.note == "전화 → 이메일" and changed.actor.startswith("안내원")
        assert "hong" not in changed.note  # the history says how, not where
        with backend.db.read() as session:
            actions = list(session.scalars(select(AuditEntry.action)))
        assert "case.notify" in actions
    finally:
        backend.close()


@pytest.mark.parametrize(("extra", "said"), [
    (("--notify", "sms"), "휴대전화 번호를 적어"),
    (("--notify", "email", "--email", "hong"), "이메일 주소가 아닙니다"),
    (("--notify", "fax"), "알림 방법"),
    (("--notify", "phone"), "지금과 같습니다"),
])
def test_bad_input_is_refused_and_nothing_changes(
    capsys: pytest.CaptureFixture[str], data_dir: Path, extra: tuple[str, ...], said: str
) -> None:
    number = _open(capsys, data_dir)
    code, out, err = run(capsys, "case", "notify", number, *extra, "--data-dir", str(data_dir))
    assert code == 2 and out == "" and said in err
    backend = open_data(data_dir)
    try:
        detail = backend.cases.detail(backend.cases.id_of(number))
        assert detail.notify == "phone"
        assert not [e for e in detail.events if e.kind == "notify"]
    finally:
        backend.close()


def test_an_unknown_case_and_someone_elses_case_are_refused(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, _out, err = run(capsys, "case", "notify", "MSS-2026-999999", "--notify", "none",
                          "--data-dir", str(data_dir))
    assert code == 2 and "MSS-2026-999999" in err
    number = _open(capsys, data_dir)
    code, _out, err = run(capsys, "case", "notify", number, "--notify", "none",
                          "--data-dir", str(data_dir), who="T0003")  # not the handler
    assert code != 0 and err
