"""The spooler's rules and messages, with CUPS's answers played back (no CUPS needed)."""

from __future__ import annotations

import subprocess
from collections.abc import Callable

import pytest

from minwon_desk.domain.errors import ValidationError
from minwon_desk.services import spooler
from minwon_desk.services.spooler import PrintError

from .conftest import korean_test_pdf

PDF = korean_test_pdf(pages=3)

LPSTAT = """scheduler is running
system default destination: office
printer minwon-test is idle.  enabled since Sun Nov 22 01:07:22 2026
\tForm mounted:
\tContent types: any
\tDescription: minwon-test
\tAlerts: none
printer office disabled since Sun Nov 22 01:07:27 2026 -
\tPaper jam
\tForm mounted:
\tDescription: 3층 복합기
\tAlerts: paused
printer lobby now printing lobby-7.  enabled since Sun Nov 22 01:07:30 2026
\tForm mounted:
\tDescription: 민원실 프린터
minwon-test accepting requests since Sun Nov 22 01:07:22 2026
office accepting requests since Sun Nov 22 01:07:27 2026
lobby not accepting requests since Sun Nov 22 01:07:27 2026 -
\tRejecting Jobs
"""

Answer = tuple[int, str, str]  # exit status, stdout, stderr


class FakeCups:
    """Plays CUPS: answers lpstat with ``lpstat`` and lp with ``lp``, records each call."""

    def __init__(self, lpstat: str = LPSTAT, lp: Answer = (0, "request id is minwon-test-12 (0 file(s))\n", "")) -> None:
        self.lpstat = lpstat
        self.lp = lp
        self.calls: list[tuple[list[str], bytes | None]] = []

    def __call__(self, args: list[str], data: bytes | None = None) -> subprocess.CompletedProcess[str]:
        self.calls.append((args, data))
        code, out, err = (0, self.lpstat, "") if args[0] == "lpstat" else self.lp
        return subprocess.CompletedProcess(args, code, out, err)

    def lp_calls(self) -> list[tuple[list[str], bytes | None]]:
        return [call for call in self.calls if call[0][0] == "lp"]


@pytest.fixture
def cups(monkeypatch: pytest.MonkeyPatch) -> FakeCups:
    fake = FakeCups()
    monkeypatch.setattr(spooler, "_run", fake)
    monkeypatch.setattr(spooler.sys, "platform", "linux")
    monkeypatch.setattr(spooler.shutil, "which", lambda name: f"/usr/bin/{name}")
    return fake


def refused(call: Callable[[], object]) -> PrintError:
    with pytest.raises(PrintError) as caught:
        call()
    return caught.value


def test_the_printers_are_listed_default_first_with_their_state_in_korean(cups: FakeCups) -> None:
    printers = spooler.list_printers()
    assert [p.name for p in printers] == ["office", "minwon-test", "lobby"]
    office, test, lobby = printers
    assert office.is_default and office.description == "3층 복합기"
    assert (office.enabled, office.state, office.message) == (False, "멈춤", "Paper jam")
    assert (test.state, test.accepting, test.enabled) == ("대기 중", True, True)
    assert (lobby.state, lobby.accepting) == ("인쇄 중", False)


def test_no_printers_are_listed_while_the_print_service_is_down(cups: FakeCups) -> None:
    cups.lpstat = "scheduler is not running\n"  # and lpstat exits 0 all the same
    assert spooler.list_printers() == []


def test_the_pdf_goes_to_lp_as_it_is_with_copies_and_pages(cups: FakeCups) -> None:
    job = spooler.submit(PDF, printer="minwon-test", title="회신문\n홍길동", copies=2, pages=" 1~2, 3")
    assert job == "minwon-test-12"
    [(args, data)] = cups.lp_calls()
    assert data == PDF
    assert args == ["lp", "-d", "minwon-test", "-t", "회신문 홍길동", "-n", "2", "-o", "page-ranges=1-2,3"]


@pytest.mark.parametrize("copies", [0, -1, 100])
def test_copies_are_between_1_and_99(cups: FakeCups, copies: int) -> None:
    with pytest.raises(ValidationError) as caught:
        spooler.submit(PDF, printer="minwon-test", title="접수증", copies=copies)
    assert caught.value.field == "copies" and "1부터 99까지" in caught.value.message
    assert cups.calls == []


@pytest.mark.parametrize("pages", ["", "0", "3-1", "1,,2", "1-", "둘째 쪽", "1-3;5"])
def test_pages_must_read_like_1_3_5(cups: FakeCups, pages: str) -> None:
    with pytest.raises(ValidationError) as caught:
        spooler.submit(PDF, printer="minwon-test", title="접수증", pages=pages)
    assert caught.value.field == "pages" and "‘1-3,5’처럼" in caught.value.message
    assert cups.calls == []


@pytest.mark.parametrize(("typed", "sent"), [("2", "2"), ("1-3,5", "1-3,5"), (" 1 ~ 3 , 7-7 ", "1-3,7-7")])
def test_page_ranges_are_tidied(typed: str, sent: str) -> None:
    assert spooler.normalise_pages(typed) == sent


def test_a_missing_printer_is_named_with_the_printers_there_are(cups: FakeCups) -> None:
    error = refused(lambda: spooler.submit(PDF, printer="3층-컬러", title="접수증"))
    assert error.reason == spooler.NO_SUCH_PRINTER and error.printer == "3층-컬러"
    assert "‘3층-컬러’ 프린터를 찾을 수 없습니다" in error.message
    assert "office, minwon-test, lobby" in error.message
    assert cups.lp_calls() == []


def test_a_stopped_printer_says_why(cups: FakeCups) -> None:
    error = refused(lambda: spooler.submit(PDF, printer="office", title="접수증"))
    assert error.reason == spooler.STOPPED
    assert "‘office’ 프린터가 멈춰 있어" in error.message and "Paper jam" in error.message
    assert "다른 프린터를 고르세요" in error.message


def test_a_printer_that_refuses_jobs_is_explained(cups: FakeCups) -> None:
    error = refused(lambda: spooler.submit(PDF, printer="lobby", title="접수증"))
    assert error.reason == spooler.NOT_ACCEPTING and "인쇄 작업을 받지 않습니다" in error.message


def test_the_print_service_being_down_is_explained(cups: FakeCups) -> None:
    cups.lpstat = "scheduler is not running\n"
    error = refused(lambda: spooler.submit(PDF, printer="minwon-test", title="접수증"))
    assert error.reason == spooler.NOT_RUNNING
    assert "인쇄 서비스(CUPS)가 꺼져 있어" in error.message and "켜 달라고" in error.message
    with pytest.raises(PrintError, match="꺼져 있어"):
        spooler.check_ready()


def test_no_cups_at_all_is_explained(cups: FakeCups, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spooler.shutil, "which", lambda name: None)
    error = refused(lambda: spooler.submit(PDF, printer="minwon-test", title="접수증"))
    assert error.reason == spooler.NOT_INSTALLED and "설치되어 있지 않아" in error.message
    assert spooler.list_printers() == [] and cups.calls == []


def test_windows_has_no_spooler_for_pdf(cups: FakeCups, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(spooler.sys, "platform", "win32")
    with pytest.raises(spooler.NoPdfSpooler):
        spooler.submit(PDF, printer="사무실 복합기", title="접수증")
    assert cups.calls == []


def test_lp_failing_is_summarised(cups: FakeCups) -> None:
    cups.lp = (1, "", "lp: Error - The printer is out of paper.\n\n")
    error = refused(lambda: spooler.submit(PDF, printer="minwon-test", title="접수증"))
    assert error.reason == spooler.FAILED
    assert "(인쇄 시스템의 응답: The printer is out of paper.)" in error.message
    assert "잠시 후 다시 시도" in error.message


def test_a_printer_removed_while_sending_is_reported_missing(cups: FakeCups) -> None:
    cups.lp = (1, "", "lp: Error - The printer or class does not exist.\n")
    error = refused(lambda: spooler.submit(PDF, printer="minwon-test", title="접수증"))
    assert error.reason == spooler.NO_SUCH_PRINTER and "office, lobby" in error.message


def test_a_spooler_that_hangs_is_reported(monkeypatch: pytest.MonkeyPatch) -> None:
    def hang(*args: object, **kwargs: object) -> None:
        raise subprocess.TimeoutExpired(cmd="lp", timeout=spooler.TIMEOUT_S)

    monkeypatch.setattr(spooler.subprocess, "run", hang)
    monkeypatch.setattr(spooler.shutil, "which", lambda name: f"/usr/bin/{name}")
    monkeypatch.setattr(spooler.sys, "platform", "linux")
    error = refused(lambda: spooler.submit(PDF, printer="minwon-test", title="접수증"))
    assert "20초 안에 응답하지 않아" in error.message


def test_only_a_pdf_is_accepted(cups: FakeCups) -> None:
    with pytest.raises(ValueError, match="PDF"):
        spooler.submit(b"hello", printer="minwon-test", title="접수증")
