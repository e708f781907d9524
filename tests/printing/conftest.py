"""A real CUPS print queue for the printing tests, and reading back what it printed.

The queue is a cups-pdf printer that writes each job as ``…-job_<id>.pdf`` into a folder
(``.ci/run`` sets one up). Name it with ``MINWON_TEST_PRINTER`` and its folder with
``MINWON_TEST_PRINT_OUT``. Without them the tests that print are skipped here, and fail
under CI: a build must never pass without having printed.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

import pytest
from pypdf import PdfReader

from minwon_desk.services import spooler

# Waiting for the spooler is bounded: a job normally lands in well under a second.
SPOOL_WAIT_S = 30.0

NAME = "홍길동"
PHONE = "010-1234-5678"


@dataclass(frozen=True)
class PrintQueue:
    name: str  # the CUPS queue, as a print dialog would name it
    out_dir: Path  # where it writes the PDF of each job


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


@pytest.fixture(scope="session")
def print_queue() -> PrintQueue:
    name = os.environ.get("MINWON_TEST_PRINTER", "").strip()
    out = os.environ.get("MINWON_TEST_PRINT_OUT", "").strip()
    if not name or not out:
        reason = (
            "no CUPS print queue here (set MINWON_TEST_PRINTER to a cups-pdf queue and "
            "MINWON_TEST_PRINT_OUT to its output folder, as .ci/run does)"
        )
        if in_ci():
            pytest.fail(f"CI must print through a real spooler: {reason}")
        pytest.skip(reason)
    ready = {p.name: p for p in spooler.list_printers()}
    if name not in ready or not (ready[name].enabled and ready[name].accepting):
        pytest.fail(
            f"MINWON_TEST_PRINTER={name}, but CUPS has no such queue ready to print "
            f"(queues: {sorted(ready) or 'none, or the scheduler is down'}; see `lpstat -p -a`)"
        )
    return PrintQueue(name, Path(out))


def korean_test_pdf(pages: int = 1) -> bytes:
    """A small reportlab PDF in Nanum Gothic: each page reads "<n>쪽 민원인 홍길동 연락처
    010-1234-5678" (a line that starts with a digit, which once lost its Korean in the queue)."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from minwon_desk.documents.fonts import GOTHIC, register_fonts

    register_fonts()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=A4)
    for n in range(1, pages + 1):
        canvas.setFont(GOTHIC, 14)
        canvas.drawString(72, 760, f"{n}쪽 민원인 {NAME} 연락처 {PHONE}")
        canvas.drawString(72, 730, "처리기한 연장 통지 · 회신문 · 접수증")
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def find_spooled(out_dir: Path, job_id: str, timeout: float = SPOOL_WAIT_S) -> Path:
    """The PDF the queue wrote for ``job_id`` ("minwon-test-12"), once the job is done."""
    number = job_id.rsplit("-", 1)[-1]
    pattern = re.compile(rf"(^|[-_])job_{re.escape(number)}(-.*)?\.pdf$")
    deadline = time.monotonic() + timeout
    while True:
        done = job_id not in spooler.pending_jobs()
        found = [p for p in out_dir.glob("*.pdf") if pattern.search(p.name)] if out_dir.is_dir() else []
        if done and found and found[0].read_bytes().rstrip().endswith(b"%%EOF"):
            return found[0]
        if time.monotonic() > deadline:
            listing = sorted(p.name for p in out_dir.iterdir()) if out_dir.is_dir() else "no folder"
            pytest.fail(
                f"job {job_id} wrote no PDF into {out_dir} within {timeout:.0f} s "
                f"(job finished: {done}; folder holds: {listing}). cups-pdf fails silently when "
                "it may not write its Out folder: see /var/log/cups/ and `lpstat -W all -o`."
            )
        time.sleep(0.05)


def read_spooled(out_dir: Path, job_id: str) -> str:
    """The text of what the queue printed for ``job_id``, whitespace collapsed to single spaces."""
    path = find_spooled(out_dir, job_id)
    if shutil.which("pdftotext"):
        text = subprocess.run(
            ["pdftotext", "-enc", "UTF-8", str(path), "-"], capture_output=True, check=True
        ).stdout.decode("utf-8")
    else:
        text = "\n".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(text.split())


def spooled_page_count(out_dir: Path, job_id: str) -> int:
    return len(PdfReader(find_spooled(out_dir, job_id)).pages)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """The print queue is one for the whole run: its tests go to one worker of a parallel
    run (``--dist loadgroup``), one job after another, as at a real desk."""
    here = Path(__file__).parent
    for item in items:
        if here in Path(item.path).parents:
            item.add_marker(pytest.mark.xdist_group("print-queue"))
