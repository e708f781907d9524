"""The transfer notice (민원 이송 통지): the petitioner is told that their case belongs to
another agency, which one, why, and when it was sent — so they know where to ask next."""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph

from minwon_desk.documents.case_data import TransferNoticeData
from minwon_desk.documents.letter_frame import (
    Cell,
    basis_line,
    case_rows,
    closing_block,
    document_meta,
    heading_lines,
    label_table,
    letterhead_flow,
    styles,
)
from minwon_desk.documents.letter_page import build_pdf
from minwon_desk.domain.particles import particle
from minwon_desk.domain.timeutil import format_date_ko, format_ko, to_seoul

TRANSFER_BASIS = "「민원 처리에 관한 법률」 제16조, 같은 법 시행령 제13조"


def transfer_title(receipt_no: str) -> str:
    return f"민원 이송 안내 (접수번호 {receipt_no})"


def transfer_notice_pdf(data: TransferNoticeData) -> bytes:
    header = data.header
    st = styles()
    agency = data.agency.strip()
    received = format_date_ko(to_seoul(header.received_at).date())
    to = particle(agency, "으로")
    rows: list[tuple[str, Cell]] = [
        *case_rows(header),
        ("이송한 기관", Paragraph(escape(agency), st.cell_strong)),
        ("이송 일시", format_ko(data.transferred_at)),
        ("이송 사유", data.reason.strip() or "—"),
    ]
    opening = (
        f"귀하께서 {received} 신청하신 민원은 {escape(agency)} 소관 사항이어서, 아래와 같이 "
        f"{escape(agency)}{to} 이송하였음을 알려 드립니다. 앞으로 이 민원의 처리 상황은 "
        f"{escape(agency)}에 문의해 주시기 바랍니다."
    )
    story = [
        *letterhead_flow(header.letterhead),
        document_meta(header),
        *heading_lines(header, transfer_title(header.receipt_no)),
        Paragraph(opening, st.body),
        label_table(rows),
        basis_line(TRANSFER_BASIS),
        closing_block(header.letterhead, data.officer, document_no=header.document_no,
                      issued_at=header.issued_at),
    ]
    return build_pdf(story, title=transfer_title(header.receipt_no),
                     author=header.letterhead.agency_name, subject=header.subject,
                     document_no=header.document_no)
