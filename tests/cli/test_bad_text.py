"""Text that must not be stored, tried through the command line in a process of its own on
each database: resident registration numbers however they are written, control characters,
text longer than its field; a Korean sentence naming the field, exit 2, no traceback, no
database English, and not one row changed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from minwon_desk.domain.charter import Charter
from minwon_desk.domain.timeutil import SEOUL, system_clock
from tests.conftest import open_seeded

from .probe import cli, has_korean, table_state

ROSTER = "사번,성명,직위,부서,내선번호,이메일,담당업무,기본대행자사번\n"
ABSENCES = "사번,구분,시작,종료,대행자사번\n"


@dataclass(frozen=True)
class Case:
    args: Callable[[Path], list[str]]
    says: str  # the field's name, as the message gives it


def _fixed(*args: str) -> Callable[[Path], list[str]]:
    return lambda _tmp: list(args)


def _memo(**fields: str) -> Callable[[Path], list[str]]:
    given = {"--caller": "김철수", "--phone": "010-1234-5678", "--gist": "회신 바랍니다", **fields}
    return _fixed("memo", "take", "--for", "T0002", *[x for kv in given.items() for x in kv])


def _case(**fields: str) -> Callable[[Path], list[str]]:
    given = {"--type": "질의-제도", "--channel": "방문", "--subject": "문의", **fields}
    return _fixed("case", "open", "--officer", "T0002", *[x for kv in given.items() for x in kv])


def _file(command: str, name: str, content: str) -> Callable[[Path], list[str]]:
    def args(tmp: Path) -> list[str]:
        (tmp / name).write_text(content, encoding="utf-8")
        return [command, "import", str(tmp / name)]

    return args


RRN = {
    "space-dash-space": "900101 - 1234567",
    "dot": "900101.1234567",
    "underscore": "900101_1234567",
    "line-break": "900101\n-1234567",
    "several-spaces": "900101    1234567",
    "full-width": "９００１０１－１２３４５６７",
}

def _big(name: str, size: int) -> Callable[[Path], list[str]]:
    def args(tmp: Path) -> list[str]:
        with (tmp / name).open("wb") as handle:
            handle.truncate(size)  # sparse: the size without the disk
        if name == "charter.toml":
            return ["--charter", str(tmp / name), "memo", "list"]
        if name == "settings.toml":
            (tmp / "data" / name).unlink(missing_ok=True)
            (tmp / name).rename(tmp / "data" / name)
            return ["memo", "list"]
        return ["staff", "import", str(tmp / name)]

    return args


_A_YEAR_AGO = (datetime.now(SEOUL) - timedelta(days=400)).strftime("%Y-%m-%dT%H:%M")

CASES: dict[str, Case] = {
    # Sizes: refused before anything is read, the size and the limit said.
    "charter-2mb": Case(_big("charter.toml", 2 * 1024 * 1024), "최대 1 MB"),
    "charter-a-device": Case(_fixed("--charter", "/dev/zero", "memo", "list"), "일반 파일이 아닙니다"),
    "settings-2mb": Case(_big("settings.toml", 2 * 1024 * 1024), "최대 1 MB"),
    "roster-11mb": Case(_big("r.csv", 11 * 1024 * 1024), "최대 10 MB"),
    "roster-a-device": Case(_fixed("staff", "import", "/dev/zero"), "일반 파일이 아닙니다"),
    # Moments far from now.
    "memo-taken-in-1900": Case(_memo(**{"--at": "1900-01-01T09:00"}), "10년"),
    "memo-taken-a-year-ago": Case(_memo(**{"--at": _A_YEAR_AGO}), "늦은 기록 사유"),
    "memo-taken-tomorrow": Case(_memo(**{"--at": (datetime.now(SEOUL) + timedelta(days=2)).isoformat()}), "지금보다 뒤"),
    "case-received-a-year-ago": Case(_case(**{"--at": _A_YEAR_AGO}), "늦은 기록 사유"),
    "back-date-reason-with-a-number": Case(
        _case(**{"--at": _A_YEAR_AGO, "--back-date-reason": "900101-1234567 본인 요청"}), "늦은 기록 사유"),
    **{f"memo-gist-rrn-{k}": Case(_memo(**{"--gist": f"확인 {v}"}), "요지") for k, v in RRN.items()},
    **{f"case-subject-rrn-{k}": Case(_case(**{"--content": f"본인 {v}"}), "내용") for k, v in RRN.items()},
    "holiday-name-rrn": Case(_fixed("calendar", "add-holiday", "2026-12-24", "--name", "900101.1234567"), "휴일 이름"),
    "holiday-name-escape": Case(_fixed("calendar", "add-holiday", "2026-12-24", "--name", "휴일\x1b[2J"), "휴일 이름"),
    "holiday-name-201": Case(_fixed("calendar", "add-holiday", "2026-12-24", "--name", "가" * 201), "휴일 이름"),
    "memo-caller-escape": Case(_memo(**{"--caller": "김\x1b[2J철수"}), "이름"),
    "memo-gist-bell": Case(_memo(**{"--gist": "문의\x07"}), "요지"),  # NUL cannot be in argv
    "memo-org-bidi": Case(_memo(**{"--org": "한빛\u202e상사"}), "소속"),
    "case-subject-escape": Case(_case(**{"--subject": "문의\x1b]0;x\x07"}), "제목"),
    "case-subject-line-break": Case(_case(**{"--subject": "문의\n둘째 줄"}), "제목"),
    "case-subject-201": Case(_case(**{"--subject": "가" * 201}), "제목"),
    "case-contact-300": Case(_case(**{"--contact": "a" * 290 + "@example.com"}), "회신 받을 곳"),
    "roster-department-rrn": Case(
        _file("staff", "r.csv", ROSTER + "T0100,박하늘,주무관,900101 1234567,1234,,,\n"), "부서"),
    "roster-name-escape": Case(
        _file("staff", "r.csv", ROSTER + "T0100,박\x1b[2J하늘,주무관,민원팀,1234,,,\n"), "성명"),
    "absence-note-rrn": Case(
        _file("absence", "a.csv", ABSENCES + "T0002,출장 900101_1234567,2026-07-06,2026-07-07,T0005\n"), "구분"),
}


def content_state(url: str) -> dict[str, list[str]]:
    """Every row of every table but what signing in itself writes (the account's last
    sign-in, its audit row and so the audit chain's head): equal before and after means the
    refused text left nothing."""
    state = table_state(url)
    state.pop("account", None)
    state["audit_entry"] = [row for row in state["audit_entry"] if "'account.sign_in'" not in row]
    state["log_chain"] = [row for row in state.get("log_chain", []) if "'audit_entry'" not in row]
    return state


@pytest.fixture
def seeded(db_url: str, mss_charter: Charter) -> str:
    open_seeded(db_url, system_clock, mss_charter).close()
    return db_url


@pytest.mark.parametrize("name", list(CASES))
def test_bad_text_is_refused_in_korean_with_nothing_written(name: str, tmp_path: Path, seeded: str) -> None:
    case = CASES[name]
    (tmp_path / "data").mkdir()
    args = case.args(tmp_path)
    before = content_state(seeded)
    ran = cli("--data-dir", str(tmp_path / "data"), "--db-url", seeded, "--as", "T0001", *args)
    assert ran.code == 2, ran
    assert "Traceback" not in ran.err and "value too long" not in ran.err, ran.err
    assert case.says in ran.err and has_korean(ran.err), ran.err
    assert "\x1b" not in ran.err + ran.out
    assert content_state(seeded) == before


def test_a_late_record_with_its_reason_is_kept_and_audited(tmp_path: Path, seeded: str) -> None:
    (tmp_path / "data").mkdir()
    ran = cli("--data-dir", str(tmp_path / "data"), "--db-url", seeded, "--as", "T0001",
              *_memo(**{"--at": _A_YEAR_AGO, "--back-date-reason": "종이 메모를 전산에 옮김"})(tmp_path))
    assert ran.code == 0, ran
    audit = [row for row in table_state(seeded)["audit_entry"] if "'memo.take'" in row]
    assert len(audit) == 1 and "종이 메모를 전산에 옮김" in audit[0], audit
