"""The command line in English: ``--lang en`` or the ``language`` setting, for its help and
its messages; Korean stays the default, and the machine-readable lines stay as they are."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

from minwon_desk.domain import i18n

from .helpers import run

HANGUL = re.compile("[\uac00-\ud7a3]")


def test_help_is_english_with_lang_en(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--lang", "en", "--help", who=None)
    assert code == 0
    assert "Take, list and show phone memos" in out
    assert "Data folder (default: this computer's user data folder)" in out
    assert not HANGUL.search(out), out

    code, out, _ = run(capsys, "memo", "take", "--help", "--lang", "en", who=None)
    assert code == 0
    assert "The caller's name" in out and "Employee number of the officer asked for" in out
    assert not HANGUL.search(out), out


def test_help_stays_korean_by_default(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    code, out, _ = run(capsys, "--data-dir", str(tmp_path), "memo", "--help", who=None)
    assert code == 0 and "전화메모 받기·목록" not in out and "전화메모 목록" in out


def test_memo_list_in_english(capsys: pytest.CaptureFixture[str], data_dir: Path) -> None:
    code, out, err = run(capsys, "--lang", "en", "memo", "take", "--caller", "Kim Jisoo",
                         "--phone", "010-1234-5678", "--gist", "수출 바우처 정산", "--for", "T0004",
                         "--at", "2026-07-02T10:00+09:00", "--data-dir", str(data_dir))
    assert (code, err) == (0, "")
    # What a script reads is the same in every language.
    code, out, err = run(capsys, "--lang", "en", "memo", "list", "--data-dir", str(data_dir))
    assert (code, err) == (0, "")
    assert out.splitlines() == ["M2026-000001\tT0004\tK** J****\t2026-07-02T14:00:00+09:00\topen"]

    code, out, err = run(capsys, "--lang", "en", "memo", "list", "--for", "X1",
                         "--data-dir", str(data_dir))
    assert (code, out) == (2, "")
    assert err == (
        "minwon-desk: --for: there is no staff member with employee number X1. "
        "Look the number up with 'minwon-desk staff find NAME'.\n"
    )
    code, out, err = run(capsys, "--lang", "en", "memo", "list", "--overdue-at", "soon",
                         "--data-dir", str(data_dir))
    assert (code, out) == (2, "")
    assert err.startswith("minwon-desk: Cannot read the --overdue-at time 'soon'. ")


def test_the_language_setting_chooses_english_and_lang_overrides_it(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    (data_dir / "settings.toml").write_text('language = "en"\n', encoding="utf-8")
    code, _, err = run(capsys, "memo", "list", "--for", "X1", "--data-dir", str(data_dir))
    assert code == 2 and "there is no staff member with employee number X1" in err
    code, _, err = run(capsys, "--lang", "ko", "memo", "list", "--for", "X1",
                       "--data-dir", str(data_dir))
    assert code == 2 and "사번 X1인 직원이 없습니다" in err


def test_a_refused_operation_is_said_in_english(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, err = run(capsys, "--lang", "en", "account", "list", "--data-dir", str(data_dir),
                         who="T0004")
    assert (code, out) == (3, "")
    assert err == (
        "minwon-desk: To manage accounts and roles, an account needs one of these roles: "
        "admin.\n"
    )


def test_a_command_in_english_leaves_korean_for_what_runs_next(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    run(capsys, "--lang", "en", "memo", "list", "--data-dir", str(data_dir))
    assert i18n.installed() is None
    code, _, err = run(capsys, "memo", "list", "--for", "X1", "--data-dir", str(data_dir))
    assert code == 2 and "사번 X1인 직원이 없습니다" in err


def test_english_due_starts_without_the_database_library(tmp_path: Path) -> None:
    probe = (
        "import sys; from minwon_desk.cli import main\n"
        "code = main(['--lang', 'en', 'due', '--from', '2026-07-02T15:00', '--period', 'soon'])\n"
        "print(code, sorted(m for m in ('sqlalchemy', 'PySide6', 'reportlab') if m in sys.modules))\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=tmp_path, capture_output=True, text=True, timeout=60,
        env={"PATH": "", "HOME": str(tmp_path / "nowhere")},
    )
    assert result.stdout == "2 []\n", result.stderr
    assert not HANGUL.search(result.stderr), result.stderr
    assert list(tmp_path.iterdir()) == []


def test_case_show_names_the_history_and_documents_in_english(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, err = run(capsys, "case", "open", "--subject", "창업 지원사업 신청 자격 문의",
                         "--type", "기타", "--channel", "방문", "--officer", "T0004",
                         "--petitioner", "홍길동", "--at", "2026-07-02T10:00+09:00",
                         "--data-dir", str(data_dir))
    assert code == 0, err
    number = out.split("\t")[0]
    code, _, err = run(capsys, "case", "answer", number, "--text", "안내해 드렸습니다.",
                       "--data-dir", str(data_dir))
    assert code == 0, err
    code, out, err = run(capsys, "--lang", "en", "case", "show", number, "--data-dir", str(data_dir))
    assert (code, err) == (0, "")
    lines = out.splitlines()
    history = lines.index("History:")
    documents = lines.index("Documents issued:")
    events = [line.split(" · ", 1)[1] for line in lines[history + 1:documents]]
    assert events == ["Received — 창업 지원사업 신청 자격 문의", "Officer assigned → 박지호 서기관",
                      "Replied"]
    # The document numbers are records, printed on the Korean documents: as issued.
    assert [line.split(" · ")[1:] for line in lines[documents + 1:]] == [
        ["Receipt", f"{number}-접수"], ["Reply letter", f"{number}-회신"]]
    assert "Subject: 창업 지원사업 신청 자격 문의" in lines  # what people typed stays as typed

    code, out, _ = run(capsys, "case", "show", number, "--data-dir", str(data_dir))
    assert code == 0 and "처리 경과:" in out and "발급한 문서:" in out and "회신문" in out
