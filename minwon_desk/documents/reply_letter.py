"""The reply letter (회신문): the answer to a case, set as a Korean public letter.

Letterhead, document number and date, 수신 · (경유) · 제목, then numbered items — what was
asked, the answer (any length: it flows over as many pages as it needs, the officer's
line breaks kept), whom to call — and at the end the agency as sender with the officer
block (부서 · 직위 · 성명 · 전화 · 전자우편), which the charter promises on every reply.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import CondPageBreak, Flowable, Paragraph

from minwon_desk.documents.case_data import ReplyLetterData
from minwon_desk.documents.letter_frame import (
    closing_block,
    document_meta,
    heading_lines,
    letterhead_flow,
    styles,
    text_flow,
)
from minwon_desk.documents.letter_page import build_pdf
from minwon_desk.domain.timeutil import format_date_ko, to_seoul


def reply_title(receipt_no: str) -> str:
    return f"민원 회신 (접수번호 {receipt_no})"


def reply_letter_pdf(data: ReplyLetterData) -> bytes:
    """The reply letter as PDF bytes (A4, Nanum fonts embedded, "N / M" on every page)."""
    header = data.header
    st = styles()
    story: list[Flowable] = [
        *letterhead_flow(header.letterhead),
        document_meta(header),
        *heading_lines(header, reply_title(header.receipt_no)),
    ]
    received = format_date_ko(to_seoul(header.received_at).date())
    items: list[tuple[str, list[Flowable]]] = [
        (
            f"귀하께서 {received} 신청하신 「{escape(header.subject.strip())}」 민원"
            f"(접수번호 {escape(header.receipt_no)})에 대하여 다음과 같이 회신합니다.",
            [],
        )
    ]
    if data.content.strip():
        items.append(("귀하의 민원 요지는 다음과 같습니다.", text_flow(data.content, st.text)))
    items.append(("이에 대한 답변은 다음과 같습니다.", text_flow(data.answer, st.text)))
    items.append(
        (
            "답변 내용에 대하여 더 궁금하신 점이 있으시면 아래 담당자에게 연락해 주시기 "
            "바랍니다.&nbsp;&nbsp;끝.",
            [],
        )
    )
    numbered = [
        [
            # An item that introduces text starts on a new page rather than stand alone
            # at the foot of one (cheaper than keepWithNext, which lays the text out twice).
            *([CondPageBreak(st.item.leading + 2 * st.text.leading)] if flow else []),
            Paragraph(sentence, st.item, bulletText=f"{number}."),
            *flow,
        ]
        for number, (sentence, flow) in enumerate(items, start=1)
    ]
    for part in numbered[:-1]:
        story.extend(part)
    story.append(closing_block(header.letterhead, data.officer, lead=numbered[-1],
                               document_no=header.document_no, issued_at=header.issued_at))
    return build_pdf(
        story,
        title=reply_title(header.receipt_no),
        author=header.letterhead.agency_name,
        subject=header.subject,
        document_no=header.document_no,
    )
