"""Printing a PDF through the operating system's print spooler (CUPS: ``lp``/``lpstat``).

The PDF made by reportlab goes to the queue as it is, so the printer receives sharp,
searchable text rather than a picture of it. The caller keeps the bytes: whatever goes
wrong here, the document can still be saved.

Windows has no ``lp`` and no spooler that takes a PDF; there :func:`submit` raises
:class:`NoPdfSpooler` and the UI draws the pages on a Qt printer instead.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass

from minwon_desk.domain.errors import MinwonError, ValidationError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate

MAX_COPIES = 99
# A spooler that does not answer within this long is treated as down (it is local and
# normally answers in a few milliseconds).
TIMEOUT_S = 20.0

# Why printing failed (``PrintError.reason``).
NOT_INSTALLED = "not-installed"
NOT_RUNNING = "not-running"
NO_SUCH_PRINTER = "no-such-printer"
STOPPED = "stopped"
NOT_ACCEPTING = "not-accepting"
FAILED = "failed"
NO_PDF_SPOOLER = "no-pdf-spooler"

_NO_PRINTERS = QT_TRANSLATE_NOOP(
    "Spooler",
    "이 컴퓨터에는 설치된 프린터가 없습니다. 시스템 관리자에게 프린터 설치를 요청하세요.",
)
_PAGE_RANGES = re.compile(r"^\d+(-\d+)?(,\d+(-\d+)?)*$")
_REQUEST_ID = re.compile(r"request id is (\S+)")
_ACCEPTING = re.compile(r"^(\S+) (not )?accepting requests")
# Lines of ``lpstat -l -p`` that are fields ("\tDescription: …"), not the state message.
_FIELD = re.compile(r"^\s+[A-Z][A-Za-z ]*:")


class PrintError(MinwonError):
    """The document did not reach the printer. The message says why and what to do."""

    def __init__(self, message: str, *, reason: str, printer: str = "") -> None:
        super().__init__(message)
        self.reason = reason
        self.printer = printer


class NoPdfSpooler(PrintError):
    """This platform has no spooler that takes a PDF: draw the pages on the printer instead."""


@dataclass(frozen=True, slots=True)
class PrinterInfo:
    name: str
    description: str
    is_default: bool
    accepting: bool
    enabled: bool
    state: str  # in Korean: "대기 중", "인쇄 중", "멈춤"
    message: str = ""  # the spooler's own words on the state ("Paused", "Paper jam"), if any


def spooler_available() -> bool:
    """Whether PDFs can be handed to a spooler here (``lp`` exists; not Windows)."""
    return sys.platform != "win32" and shutil.which("lp") is not None


def list_printers() -> list[PrinterInfo]:
    """The print queues CUPS knows, default first; empty without CUPS or with it stopped
    (a scheduler that hangs raises :class:`PrintError`)."""
    if not spooler_available():
        return []
    running, printers = _query_printers()
    return printers if running else []


def check_ready() -> None:
    """Raise the :class:`PrintError` that explains why nothing can be printed here (no
    CUPS, CUPS stopped, no printer), if any."""
    if sys.platform == "win32":
        return
    _check_spooler()
    running, printers = _query_printers()
    if not running:
        raise _not_running()
    if not printers:
        raise PrintError(translate("Spooler", _NO_PRINTERS), reason=NO_SUCH_PRINTER)


def submit(
    pdf: bytes, *, printer: str, title: str, copies: int = 1, pages: str | None = None
) -> str:
    """Queue ``pdf`` on ``printer``; returns the spooler's job id (e.g. ``"PDF-12"``).

    ``pages`` selects pages like ``"1-3,5"``. Raises ``ValidationError`` for bad copies or
    pages, :class:`PrintError` when the document could not be queued.
    """
    if not pdf.startswith(b"%PDF"):
        raise ValueError("submit() takes the bytes of a PDF document")
    check_copies(copies)
    page_ranges = normalise_pages(pages) if pages is not None else None
    printer = printer.strip()
    _check_spooler()
    running, printers = _query_printers()
    if not running:
        raise _not_running()
    _check_printer(printer, printers)

    args = ["lp", "-d", printer, "-t", _job_title(title), "-n", str(copies)]
    if page_ranges:
        args += ["-o", f"page-ranges={page_ranges}"]
    # No file argument: lp reads the document from standard input (no temporary file).
    result = _run(args, pdf)
    if result.returncode != 0:
        detail = _summary(result.stderr)
        if "does not exist" in detail:
            # lp says this too when the scheduler stopped meanwhile: ask again which it is.
            running, printers = _query_printers()
            if not running:
                raise _not_running()
            raise _missing(printer, [p for p in printers if p.name != _queue(printer)])
        raise PrintError(
            translate(
                "Spooler",
                "‘{printer}’ 프린터로 문서를 보내지 못했습니다 (인쇄 시스템의 응답: "
                "{detail}). 잠시 후 다시 시도하거나 다른 프린터를 고르세요.",
            ).format(printer=printer, detail=detail),
            reason=FAILED, printer=printer,
        )
    match = _REQUEST_ID.search(result.stdout)
    if match is None:
        raise PrintError(
            translate(
                "Spooler",
                "‘{printer}’ 프린터로 문서를 보냈지만 인쇄 시스템이 작업 번호를 알려 주지 "
                "않았습니다. 프린터에서 인쇄되었는지 확인하세요.",
            ).format(printer=printer),
            reason=FAILED, printer=printer,
        )
    return match.group(1)


def pending_jobs(printer: str | None = None) -> list[str]:
    """Ids of jobs not finished yet (queued or printing), on one printer or all."""
    if not spooler_available():
        return []
    result = _run(["lpstat", "-o", *([printer] if printer else [])])
    return [line.split()[0] for line in result.stdout.splitlines() if line.strip()]


def check_copies(copies: int) -> None:
    if not 1 <= copies <= MAX_COPIES:
        raise ValidationError(
            "copies", translate(
                "Spooler",
                "인쇄 매수는 1부터 {max_copies}까지 고를 수 있습니다 (고른 매수: {copies}).",
            ).format(max_copies=MAX_COPIES, copies=copies)
        )


def normalise_pages(pages: str) -> str:
    """``" 1~3, 5 "`` → ``"1-3,5"``; raises ``ValidationError`` for anything else."""
    text = re.sub(r"\s+", "", pages).replace("~", "-")
    if text and _PAGE_RANGES.match(text):
        ranges = [part.split("-") for part in text.split(",")]
        if all(1 <= int(r[0]) <= int(r[-1]) for r in ranges):
            return text
    raise ValidationError(
        "pages",
        translate(
            "Spooler",
            "인쇄할 쪽을 알아볼 수 없습니다: ‘{pages}’. ‘1-3,5’처럼 1쪽부터 시작하는 쪽 "
            "번호나 범위(앞 번호가 작게)를 쉼표로 나눠 적으세요.",
        ).format(pages=pages.strip()),
    )


# --- talking to CUPS --------------------------------------------------------------------


def _run(args: list[str], data: bytes | None = None) -> subprocess.CompletedProcess[str]:
    # The C locale keeps lpstat/lp output parseable whatever the desk's language is.
    env = {**os.environ, "LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}
    try:
        result = subprocess.run(
            args, input=data, capture_output=True, env=env, timeout=TIMEOUT_S, check=False
        )
    except FileNotFoundError as exc:
        raise _not_installed() from exc
    except subprocess.TimeoutExpired as exc:
        raise PrintError(
            translate(
                "Spooler",
                "인쇄 서비스(CUPS)가 {timeout_s:.0f}초 안에 응답하지 않아 인쇄하지 "
                "못했습니다. 잠시 후 다시 시도하고, 계속되면 시스템 관리자에게 알리세요.",
            ).format(timeout_s=TIMEOUT_S),
            reason=NOT_RUNNING,
        ) from exc
    return subprocess.CompletedProcess(
        result.args, result.returncode,
        result.stdout.decode("utf-8", "replace"), result.stderr.decode("utf-8", "replace"),
    )


def _query_printers() -> tuple[bool, list[PrinterInfo]]:
    """(is the scheduler running, its printers) from one ``lpstat`` call."""
    result = _run(["lpstat", "-r", "-d", "-l", "-p", "-a"])
    return parse_lpstat(result.stdout)


def parse_lpstat(output: str) -> tuple[bool, list[PrinterInfo]]:
    """Read ``LC_ALL=C lpstat -r -d -l -p -a``. ``lpstat -r`` exits 0 even when the
    scheduler is down, so its words are what counts."""
    lines = output.splitlines()
    if not lines or lines[0].strip() != "scheduler is running":
        return False, []
    default = ""
    order: list[str] = []
    fields: dict[str, dict[str, str | bool]] = {}
    current = ""
    for i, line in enumerate(lines[1:], start=1):
        if line.startswith("system default destination: "):
            default = line.split(": ", 1)[1].strip()
        elif line.startswith("printer "):
            current = line.split()[1]
            rest = line[len("printer ") + len(current) + 1:]
            order.append(current)
            fields[current] = {"enabled": not rest.startswith("disabled"),
                               "printing": rest.startswith("now printing"),
                               "message": _state_message(lines, i)}
        elif current and line.strip().startswith("Description:"):
            fields[current]["description"] = line.split(":", 1)[1].strip()
        elif (match := _ACCEPTING.match(line)) and match.group(1) in fields:
            fields[match.group(1)]["accepting"] = match.group(2) is None
            current = ""
    printers = [_printer(name, fields[name], name == default) for name in order]
    printers.sort(key=lambda p: not p.is_default)
    return True, printers


def _state_message(lines: list[str], header: int) -> str:
    following = lines[header + 1] if header + 1 < len(lines) else ""
    if following.startswith(("\t", " ")) and not _FIELD.match(following):
        return following.strip()
    return ""


def _printer(name: str, f: dict[str, str | bool], is_default: bool) -> PrinterInfo:
    enabled = bool(f["enabled"])
    state = (translate("Spooler", "인쇄 중") if f["printing"] else translate("Spooler", "대기 중")) if enabled else translate("Spooler", "멈춤")
    return PrinterInfo(
        name=name, description=str(f.get("description", "")) or name, is_default=is_default,
        accepting=bool(f.get("accepting", True)), enabled=enabled, state=state,
        message=str(f.get("message", "")),
    )


def _check_spooler() -> None:
    if sys.platform == "win32":
        # Windows printer drivers take drawings (GDI), not PDF files: the caller renders.
        raise NoPdfSpooler(
            translate("Spooler", "이 컴퓨터의 인쇄 시스템은 PDF 문서를 직접 받지 않습니다."), reason=NO_PDF_SPOOLER
        )
    if shutil.which("lp") is None:
        raise _not_installed()


def _check_printer(printer: str, printers: list[PrinterInfo]) -> None:
    found = next((p for p in printers if p.name == _queue(printer)), None)
    if found is None:
        raise _missing(printer, printers)
    if not found.enabled:
        why = translate("Spooler", " (인쇄 시스템의 설명: {message})").format(message=found.message) if found.message else ""
        raise PrintError(
            translate(
                "Spooler",
                "‘{printer}’ 프린터가 멈춰 있어 인쇄할 수 없습니다{why}. 프린터의 "
                "전원·용지·토너를 확인한 뒤 시스템 관리자에게 다시 켜 달라고 하거나, 다른 "
                "프린터를 고르세요.",
            ).format(printer=printer, why=why),
            reason=STOPPED, printer=printer,
        )
    if not found.accepting:
        raise PrintError(
            translate(
                "Spooler",
                "‘{printer}’ 프린터가 지금은 인쇄 작업을 받지 않습니다. 시스템 관리자에게 "
                "확인하거나 다른 프린터를 고르세요.",
            ).format(printer=printer),
            reason=NOT_ACCEPTING, printer=printer,
        )


def _missing(printer: str, printers: list[PrinterInfo]) -> PrintError:
    if printers:
        names = ", ".join(p.name for p in printers)
        advice = translate(
            "Spooler",
            "이 컴퓨터의 프린터는 {names}입니다. 인쇄 창에서 이 중 하나를 고르세요.",
        ).format(names=names)
    else:
        advice = translate("Spooler", _NO_PRINTERS)
    return PrintError(
        translate("Spooler", "‘{printer}’ 프린터를 찾을 수 없습니다. {advice}").format(printer=printer, advice=advice), reason=NO_SUCH_PRINTER, printer=printer
    )


def _queue(printer: str) -> str:
    # "Queue/instance" names a saved set of options on the queue "Queue".
    return printer.split("/", 1)[0]


def _job_title(title: str) -> str:
    return " ".join(title.split())[:200] or "민원 문서"


def _summary(stderr: str) -> str:
    lines = [line.strip().removeprefix("lp:").strip() for line in stderr.splitlines()]
    text = " / ".join(line.removeprefix("Error - ") for line in lines if line)
    return (text[:200] + "…") if len(text) > 200 else (text or translate(
        "Spooler",
        "알 수 없는 오류",
    ))


def _not_installed() -> PrintError:
    return PrintError(
        translate(
            "Spooler",
            "이 컴퓨터에 인쇄 시스템(CUPS)이 설치되어 있지 않아 인쇄할 수 없습니다. 시스템 "
            "관리자에게 설치를 요청하세요.",
        ),
        reason=NOT_INSTALLED,
    )


def _not_running() -> PrintError:
    return PrintError(
        translate(
            "Spooler",
            "인쇄 서비스(CUPS)가 꺼져 있어 인쇄할 수 없습니다. 시스템 관리자에게 인쇄 "
            "서비스를 켜 달라고 요청하세요.",
        ),
        reason=NOT_RUNNING,
    )
