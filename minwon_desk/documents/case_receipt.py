"""The receipt (접수증) handed or sent to the petitioner when a case is registered.

It says what was received and when, and above all by when the answer is due (처리예정일)
with the period and how it is counted, who handles it (or that no one is assigned yet),
who took it in, and whom to call. One page in normal cases; a long petition flows over.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer

from minwon_desk.documents.case_data import Officer, ReceiptData
from minwon_desk.documents.closing import SenderLine, issue_lines, sender_of
from minwon_desk.documents.letter_frame import (
    Cell,
    cell_flow,
    document_meta,
    label_table,
    letterhead_flow,
    petitioner_label,
    styles,
)
from minwon_desk.documents.letter_page import build_pdf
from minwon_desk.domain.timeutil import format_ko

UNASSIGNED = "담당자 지정 전 (담당자가 정해지면 이름과 연락처를 알려 드립니다)"


def receipt_title(receipt_no: str) -> str:
    return f"민원 접수증 (접수번호 {receipt_no})"


def receipt_pdf(data: ReceiptData) -> bytes:
    """The receipt as PDF bytes (A4, Nanum fonts embedded)."""
    header = data.header
    st = styles()
    attachments = "\n".join(a for a in data.attachments if a.strip()) or "없음"
    case: list[tuple[str, Cell]] = [
        ("접수번호", Paragraph(escape(header.receipt_no), st.cell_strong)),
        ("접수일시", Paragraph(format_ko(header.received_at), st.cell)),
        ("민원 종류", header.type_label),
        ("접수 경로", header.channel_label),
        ("민원인", petitioner_label(header)),
        ("제목", header.subject),
        ("첨부", attachments),
    ]
    # The deadline comes before the petition's text: a long text must not push it back.
    handling: list[tuple[str, Cell]] = [
        ("처리예정일", Paragraph(f"{format_ko(data.expected_at)}까지", st.cell_strong)),
        ("처리기간", _period(data)),
        ("담당자", _officer_cell(data.officer)),
        ("접수자", data.received_by.strip() or "—"),
    ]
    story: list[Flowable] = [
        *letterhead_flow(header.letterhead),
        document_meta(header, with_time=True),
        Paragraph("민원 접수증", st.title),
        label_table(case),
        Paragraph("처리 안내", st.section),
        label_table(handling),
        Paragraph("민원 내용", st.section),
        label_table([("내용", cell_flow(data.content.strip() or "(내용 없음)"))]),
        Spacer(1, 10),
        Paragraph(
            "위와 같이 민원을 접수하였습니다. 처리예정일까지 처리하기 어려울 때에는 그 전에 "
            "사유와 새 처리예정일을 알려 드립니다.",
            st.body,
        ),
        Spacer(1, 6),
        SenderLine(sender_of(header.letterhead)),
    ]
    if header.letterhead.contact_line.strip():
        story.append(Paragraph(escape(header.letterhead.contact_line), st.note))
    story += issue_lines(header.letterhead, data.officer, header.document_no, header.issued_at)
    return build_pdf(
        story,
        title=receipt_title(header.receipt_no),
        author=header.letterhead.agency_name,
        subject=header.subject,
        document_no=header.document_no,
    )


def _period(data: ReceiptData) -> list[Flowable]:
    st = styles()
    flow: list[Flowable] = [Paragraph(escape(data.period_label.strip() or "—"), st.cell)]
    if data.period_rule.strip():
        flow.extend(cell_flow(data.period_rule))
    return flow


def _officer_cell(officer: Officer | None) -> list[Flowable]:
    if officer is None:
        return cell_flow(UNASSIGNED)
    who = " ".join(p for p in (officer.department, officer.position, officer.name) if p.strip())
    contact = [f"전화 {officer.phone.strip()}"] if officer.phone.strip() else []
    if officer.email.strip():
        contact.append(f"전자우편 {officer.email.strip()}")
    return cell_flow("\n".join([who, " · ".join(contact)]))
