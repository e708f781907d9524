"""Notices sent while a case is open: the extension notice (처리기간 연장 통지) and the
interim notice (중간 통지, 처리 진행상황 안내).

The charter promises that when the period cannot be kept the petitioner is told the
reason and the new date before it runs out; a second extension needs the petitioner's
consent, which the notice records. Both name the officer and the legal basis.
"""

from __future__ import annotations

from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph

from minwon_desk.documents.case_data import CaseHeader, ExtensionNoticeData, InterimNoticeData
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
from minwon_desk.domain.timeutil import format_date_ko, format_ko, to_seoul

EXTENSION_BASIS = "「민원 처리에 관한 법률」 제19조, 같은 법 시행령 제21조"
INTERIM_BASIS = "「민원 처리에 관한 법률 시행령」 제23조"


def extension_title(receipt_no: str, ordinal: int) -> str:
    return f"민원 처리기간 연장 통지 ({ordinal}차, 접수번호 {receipt_no})"


def interim_title(receipt_no: str, ordinal: int) -> str:
    return f"민원 처리 진행상황 안내 ({ordinal}차 중간 통지, 접수번호 {receipt_no})"


def extension_notice_pdf(data: ExtensionNoticeData) -> bytes:
    """The extension notice as PDF bytes. A second or later extension without the
    petitioner's recorded consent is refused (ValueError): the law allows it only so."""
    if data.ordinal < 1:
        raise ValueError(f"extension ordinal must be 1 or more, not {data.ordinal}")
    if data.ordinal >= 2 and not data.consent.strip():
        raise ValueError("a second or later extension needs the petitioner's recorded consent")
    header = data.header
    st = styles()
    rows: list[tuple[str, Cell]] = [
        *case_rows(header),
        ("당초 처리기한", Paragraph(format_ko(data.previous_due), st.cell)),
        ("연장 후 처리예정일", Paragraph(f"{format_ko(data.new_due)}까지", st.cell_strong)),
        ("연장 차수", f"{data.ordinal}차 연장"),
        ("연장 사유", data.reason.strip() or "—"),
    ]
    if data.ordinal >= 2:
        rows.append(("민원인 동의", data.consent))
    opening = (
        f"귀하께서 {_received(header)} 신청하신 민원을 부득이한 사유로 처리기간 안에 "
        "마치지 못하게 되어, 처리기간을 아래와 같이 연장하였음을 알려 드립니다. "
        "처리가 늦어져 죄송합니다."
    )
    story = _notice_story(header, extension_title(header.receipt_no, data.ordinal), opening)
    story += [label_table(rows), basis_line(EXTENSION_BASIS)]
    story.append(closing_block(header.letterhead, data.officer,
                               document_no=header.document_no, issued_at=header.issued_at))
    return build_pdf(
        story,
        title=extension_title(header.receipt_no, data.ordinal),
        author=header.letterhead.agency_name,
        subject=header.subject,
        document_no=header.document_no,
    )


def interim_notice_pdf(data: InterimNoticeData) -> bytes:
    """The interim notice (how far the case has come, when it will be done) as PDF bytes."""
    if data.ordinal < 1:
        raise ValueError(f"interim notice ordinal must be 1 or more, not {data.ordinal}")
    header = data.header
    st = styles()
    rows: list[tuple[str, Cell]] = [
        *case_rows(header),
        ("통지 차수", f"{data.ordinal}차 중간 통지"),
        ("진행 상황", data.progress.strip() or "—"),
        ("처리예정일", Paragraph(f"{format_ko(data.expected_at)}까지", st.cell_strong)),
    ]
    opening = (
        f"귀하께서 {_received(header)} 신청하신 민원의 처리 진행상황과 처리예정일을 "
        "아래와 같이 알려 드립니다."
    )
    story = _notice_story(header, interim_title(header.receipt_no, data.ordinal), opening)
    story += [label_table(rows), basis_line(INTERIM_BASIS)]
    story.append(closing_block(header.letterhead, data.officer,
                               document_no=header.document_no, issued_at=header.issued_at))
    return build_pdf(
        story,
        title=interim_title(header.receipt_no, data.ordinal),
        author=header.letterhead.agency_name,
        subject=header.subject,
        document_no=header.document_no,
    )


def _received(header: CaseHeader) -> str:
    return format_date_ko(to_seoul(header.received_at).date())


def _notice_story(header: CaseHeader, title: str, opening: str) -> list[Flowable]:
    st = styles()
    return [
        *letterhead_flow(header.letterhead),
        document_meta(header),
        *heading_lines(header, title),
        Paragraph(escape(opening), st.body),
    ]
