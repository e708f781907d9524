"""The 민원 처리부 as an HWPX document (A4 landscape), for agencies that keep their
registers in Hangul: the same columns and rows as the printed register."""

from __future__ import annotations

from collections.abc import Sequence

from minwon_desk.documents.case_register import HEADERS

_WIDTHS = (10, 36, 30, 56, 34, 30, 22, 30, 15)  # mm, as the printed register


def case_register_hwpx(
    period: str, rows: Sequence[Sequence[str]], *, agency: str = ""
) -> bytes:
    """``rows`` as :func:`documents.case_register.case_register_pdf` takes them."""
    # Imported here: the library takes about half a second to load.
    from hwpx import HwpxDocument

    doc = HwpxDocument.new()
    doc.page.setup(paper_size="A4", orientation="LANDSCAPE", margin_left_mm=14,
                   margin_right_mm=14, margin_top_mm=14, margin_bottom_mm=14)
    doc.page.set_page_number(format="page/total", prefix=f"{agency} 민원 처리부    ".lstrip())
    big = doc.styles.ensure_run(bold=True, size=16)
    small = doc.styles.ensure_run(size=9)
    head = doc.paragraphs[0]  # it carries the section's page settings: it must stay
    head.add_run("민원 처리부", char_pr_id_ref=big)
    meta = doc.add_paragraph(f"{agency} · {period} · {len(rows)}건".lstrip(" ·"), style="본문",
                             char_pr_id_ref=small)
    doc.styles.apply_paragraph_format(paragraphs=[head, meta], alignment="CENTER")
    body = list(rows) or [("", "이 기간에 접수된 민원이 없습니다.", *[""] * (len(HEADERS) - 2))]
    table = doc.add_table(len(body) + 1, len(HEADERS))
    table.set_column_widths(list(_WIDTHS))
    for column, title in enumerate(HEADERS):
        table.set_cell_text(0, column, title)
    for row, cells in enumerate(body, start=1):
        for column, text in enumerate(cells):
            table.set_cell_text(row, column, text.replace("\n", " "))
    return doc.to_bytes()
