"""Case letters: a one-page reply letter beside the floor measured in the same run — a
bare reportlab page drawing the letter's own text, line by line, with the same embedded
font — and how many letters a second that makes; a long letter for reference. Warm: the
fonts are registered and the styles made before timing.

Where a letter's time goes (cProfile, one page): most of it is what the floor pays too —
subsetting and compressing the embedded font, writing the page's numbers. The rest is
platypus laying out some twenty paragraphs and the officer table (about 3–4 ms). Each
further embedded face costs a few ms whatever few letters it carries, which is why a
letter is set in one face (see documents/letter_frame.py).

Run on purpose:  uv run python tests/bench/bench_letters.py [--quick]
"""

from __future__ import annotations

import argparse
import io
import re
import statistics
import sys
import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import Row, median_of, print_table
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from minwon_desk.documents.case_data import CaseHeader, Letterhead, Officer, ReplyLetterData
from minwon_desk.documents.fonts import MYEONGJO, register_fonts
from minwon_desk.documents.reply_letter import reply_letter_pdf
from minwon_desk.domain.timeutil import SEOUL

TARGET = 1.3  # × the bare page

_SENTENCES = (
    "귀하께서 문의하신 중소기업 정책자금은 중소벤처기업진흥공단에서 운용하며, 신청 자격은 "
    "업력과 매출 규모, 고용 인원에 따라 달라집니다.",
    "업력 7년 미만 기업은 창업기반지원자금을, 7년 이상 기업은 신성장기반자금을 신청할 수 "
    "있으며 한도는 기업당 연간 60억 원 이내입니다.",
    "신청은 공단 누리집에서 온라인으로 하시고, 사업계획서와 최근 3년의 재무제표를 함께 "
    "제출하여 주시기 바랍니다.",
    "심사는 서류 평가와 현장 실사로 이루어지며 결과는 신청일로부터 30일 안에 알려 드립니다.",
)


def answer(paragraphs: int) -> str:
    return "\n".join(
        " ".join(_SENTENCES[(i + k) % len(_SENTENCES)] for k in range(3))
        for i in range(paragraphs)
    )


# Three paragraphs (~450 syllables): with the letterhead, the petition and the officer
# block the letter fills one page.
ANSWER = answer(3)


def sample_letter(text: str = ANSWER) -> ReplyLetterData:
    head = Letterhead(
        "중소벤처기업부",
        "중소벤처기업부 (30121) 세종특별자치시 가름로 180 전화 044-204-7000",
        "중소기업종합상담센터 (국번 없이) 1357",
    )
    header = CaseHeader(
        "MSS-2026-000123-회신", datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL), head,
        "MSS-2026-000123", datetime(2026, 6, 30, 15, 20, tzinfo=SEOUL), "질의(법령)",
        "인터넷", "홍길동", "hong@example.com", "정책자금 신청 자격 문의",
    )
    officer = Officer("기업성장정책관 기업금융과", "주무관", "김민원", "044-204-7123",
                      "minwon.kim@korea.kr")
    return ReplyLetterData(
        header, "업력 7년이 지난 기업도 창업기반지원자금을 받을 수 있는지 알고 싶습니다.",
        text, officer,
    )


def floor_lines(letter: ReplyLetterData) -> list[str]:
    """The letter's own printed text, line by line (read back once, before timing)."""
    pdf = PdfReader(io.BytesIO(reply_letter_pdf(letter)))
    return [line for page in pdf.pages for line in page.extract_text().splitlines()]


def bare_page(lines: list[str]) -> bytes:
    out = io.BytesIO()
    pdf = Canvas(out, pagesize=A4, pageCompression=1, invariant=1, initialFontName=MYEONGJO)
    pdf.setFont(MYEONGJO, 10.5)
    y = 800.0
    for line in lines:
        pdf.drawString(56, y, line)
        y -= 15.5
    pdf.showPage()
    pdf.save()
    return out.getvalue()


def paired_medians(
    a: Callable[[], object], b: Callable[[], object], repeat: int
) -> tuple[float, float, float]:
    """Median wall times (ms) of ``a`` and ``b`` run turn about, so that a busy spell on
    a shared machine weighs on both alike; and the ratio of their CPU times, which such
    a spell disturbs less."""
    wall: tuple[list[float], list[float]] = ([], [])
    cpu: tuple[list[float], list[float]] = ([], [])
    for _ in range(repeat):
        for index, fn in enumerate((a, b)):
            start, start_cpu = time.perf_counter(), time.process_time()
            fn()
            wall[index].append((time.perf_counter() - start) * 1000)
            cpu[index].append(time.process_time() - start_cpu)
    ratio = statistics.median(cpu[1]) / statistics.median(cpu[0])
    return statistics.median(wall[0]), statistics.median(wall[1]), ratio


def _pages(pdf: bytes) -> int:
    return len(re.findall(rb"/Type /Page[^s]", pdf))


def bench_letters(repeat: int) -> list[Row]:
    register_fonts()
    letter = sample_letter()
    lines = floor_lines(letter)
    long_letter = sample_letter(answer(60))
    for _ in range(3):  # warm: styles made, font tables read, code paths loaded
        reply_letter_pdf(letter)
        bare_page(lines)
    floor, figure, cpu_ratio = paired_medians(
        lambda: bare_page(lines), lambda: reply_letter_pdf(letter), repeat
    )
    long_pages = _pages(reply_letter_pdf(long_letter))
    long_ms = median_of(lambda: reply_letter_pdf(long_letter), max(3, repeat // 8))
    print(f"reply letter: {_pages(reply_letter_pdf(letter))} page, "
          f"{len(reply_letter_pdf(letter)) / 1024:.0f} KB; CPU-time ratio {cpu_ratio:.2f}×; "
          f"{long_pages}-page letter {long_ms / long_pages:.1f} ms a page")
    return [
        Row("reply letter, one page", figure,
            "bare reportlab page, same text, same font", floor, "ms",
            f"≤ {TARGET}× floor", figure <= TARGET * floor),
        Row("reply letters per second", 1000 / figure, "bare pages per second",
            1000 / floor, "/s", "—", None),
        Row(f"reply letter, {long_pages} pages (for reference)", long_ms,
            "— (the font is embedded once however many pages)", None, "ms", "—", None),
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--quick", action="store_true", help="fewer repetitions")
    args = parser.parse_args()
    print_table(bench_letters(repeat=10 if args.quick else 60))
    return 0


if __name__ == "__main__":
    sys.exit(main())
