"""Sample case documents' input and ways to read the documents back, as a person would
see them: the text on each page, the fonts, where the words sit on the paper."""

from __future__ import annotations

import html
import io
import re
import shutil
import subprocess
import tempfile
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from minwon_desk.documents.case_data import (
    CaseHeader,
    ExtensionNoticeData,
    InterimNoticeData,
    Letterhead,
    Officer,
    ReceiptData,
    ReplyLetterData,
)
from minwon_desk.domain.timeutil import SEOUL

NOW = datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL)  # the fake clock's instant

LETTERHEAD = Letterhead(
    agency_name="중소벤처기업부",
    letterhead="중소벤처기업부 (30121) 세종특별자치시 가름로 180 전화 044-204-7000",
    contact_line="중소기업종합상담센터 (국번 없이) 1357",
)
OFFICER = Officer(
    department="기업성장정책관 기업금융과",
    position="주무관",
    name="김민원",
    phone="044-204-7123",
    email="minwon.kim@korea.kr",
)
HEADER = CaseHeader(
    document_no="MSS-2026-000123-회신",
    issued_at=NOW,
    letterhead=LETTERHEAD,
    receipt_no="MSS-2026-000123",
    received_at=datetime(2026, 6, 30, 15, 20, tzinfo=SEOUL),
    type_label="질의(법령)",
    channel_label="인터넷",
    petitioner_name="홍길동",
    petitioner_contact="hong@example.com",
    subject="정책자금 신청 자격 문의",
)
ANSWER = (
    "귀하께서 문의하신 중소기업 정책자금은 중소벤처기업진흥공단에서 운용하며, 신청 자격은 "
    "업력과 매출 규모에 따라 달라집니다.\n"
    "\n"
    "  가. 업력 7년 미만 기업: 창업기반지원자금\n"
    "  나. 업력 7년 이상 기업: 신성장기반자금\n"
    "\n"
    "자세한 요건은 공단 누리집의 공고문을 확인하여 주시기 바랍니다."
)


def reply(**changes: Any) -> ReplyLetterData:
    data = ReplyLetterData(
        header=HEADER,
        content="업력 7년이 지난 기업도 창업기반지원자금을 받을 수 있는지 알고 싶습니다.",
        answer=ANSWER,
        officer=OFFICER,
    )
    return replace(data, **changes)


def receipt(**changes: Any) -> ReceiptData:
    data = ReceiptData(
        header=replace(
            HEADER,
            document_no="MSS-2026-000123-접수",
            received_at=datetime(2026, 7, 2, 9, 40, tzinfo=SEOUL),
            channel_label="방문",
            petitioner_contact="010-1234-5678",
        ),
        content="업력 7년이 지난 기업이 창업기반지원자금을 신청할 수 있는지 알려 주십시오.\n"
        "사업자등록은 2019년에 하였습니다.",
        attachments=("사업자등록증 사본.pdf", "재무제표(2025).xlsx"),
        expected_at=datetime(2026, 7, 22, 18, 0, tzinfo=SEOUL),
        period_label="14일",
        period_rule="근무일로 셉니다. 접수한 날을 첫날로 하고 토요일·일요일과 공휴일은 빼며, "
        "마지막 날 18시에 끝납니다.",
        officer=OFFICER,
        received_by="이접수 주무관",
    )
    return replace(data, **changes)


def extension(**changes: Any) -> ExtensionNoticeData:
    data = ExtensionNoticeData(
        header=replace(HEADER, document_no="MSS-2026-000123-연장1"),
        previous_due=datetime(2026, 7, 14, 18, 0, tzinfo=SEOUL),
        new_due=datetime(2026, 7, 28, 18, 0, tzinfo=SEOUL),
        reason="관계 기관의 사실 확인 회신을 기다리고 있어 정해진 기간 안에 답변하기 어렵습니다.",
        ordinal=1,
        consent="",
        officer=OFFICER,
    )
    return replace(data, **changes)


def interim(**changes: Any) -> InterimNoticeData:
    data = InterimNoticeData(
        header=replace(HEADER, document_no="MSS-2026-000123-중간1"),
        ordinal=1,
        progress="관계 부처에 법령 해석을 요청하였고, 회신을 검토하고 있습니다.\n"
        "검토가 끝나는 대로 답변을 드리겠습니다.",
        expected_at=datetime(2026, 8, 14, 18, 0, tzinfo=SEOUL),
        officer=OFFICER,
    )
    return replace(data, **changes)


# --- reading a PDF back --------------------------------------------------------------------

needs_poppler = pytest.mark.skipif(
    shutil.which("pdftotext") is None or shutil.which("pdffonts") is None,
    reason="poppler-utils (pdftotext, pdffonts) is not installed",
)


def page_texts(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def text_of(data: bytes) -> str:
    return "\n".join(page_texts(data))


def squashed(text: str) -> str:
    """Without any white space: a phrase wrapped over two lines still reads as one."""
    return re.sub(r"\s+", "", text)


def info(data: bytes) -> dict[str, str]:
    meta = PdfReader(io.BytesIO(data)).metadata
    return {str(k): str(v) for k, v in meta.items()} if meta else {}


def page_sizes_mm(data: bytes) -> list[tuple[int, int]]:
    return [
        (round(float(p.mediabox.width) / 72 * 25.4), round(float(p.mediabox.height) / 72 * 25.4))
        for p in PdfReader(io.BytesIO(data)).pages
    ]


def _with_file(data: bytes, *command: str, to_stdout: bool = False) -> str:
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "document.pdf"
        path.write_bytes(data)
        args = [*command, str(path), *(["-"] if to_stdout else [])]
        return subprocess.run(args, capture_output=True, text=True, check=True).stdout


def pdffonts(data: bytes) -> list[tuple[str, bool]]:
    """(font name, embedded?) for every font the PDF uses, as poppler reports them."""
    lines = _with_file(data, "pdffonts").splitlines()[2:]
    fonts = []
    for line in lines:
        # name, then type words, encoding, emb, sub, uni, object, generation
        parts = line.split()
        fonts.append((parts[0], parts[-5] == "yes"))
    return fonts


def poppler_text(data: bytes) -> str:
    return _with_file(data, "pdftotext", "-layout", "-enc", "UTF-8", to_stdout=True)


@dataclass(frozen=True)
class Word:
    text: str
    page: int
    x0: float
    y0: float
    x1: float
    y1: float


def words(data: bytes) -> tuple[list[Word], tuple[float, float]]:
    """Every word with its box in points (origin top left), and the page size."""
    out = _with_file(data, "pdftotext", "-bbox", "-enc", "UTF-8", to_stdout=True)
    found: list[Word] = []
    size = (0.0, 0.0)
    page = 0
    for line in out.splitlines():
        line = line.strip()
        if line.startswith("<page "):
            page += 1
            w, h = re.findall(r'(?:width|height)="([\d.]+)"', line)
            size = (float(w), float(h))
        match = re.match(
            r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*)</word>',
            line,
        )
        if match:
            x0, y0, x1, y1 = (float(v) for v in match.groups()[:4])
            found.append(Word(html.unescape(match.group(5)), page, x0, y0, x1, y1))
    return found, size
