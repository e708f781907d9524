"""The result notice (처리결과 안내) sent to a petitioner after a complaint about how they
were treated: what was found, that corrective action was taken, and the officer who
follows up with them. The staff member's own name and the internal detail of the action
stay inside the agency; the petitioner is told the kind of action and whom to call.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from xml.sax.saxutils import escape

from reportlab.platypus import Paragraph

from minwon_desk.documents.case_data import CaseHeader, Officer
from minwon_desk.documents.letter_frame import (
    Cell,
    closing_block,
    document_meta,
    heading_lines,
    label_table,
    letterhead_flow,
    styles,
)
from minwon_desk.documents.letter_page import build_pdf
from minwon_desk.domain.timeutil import format_date_ko, to_seoul


@dataclass(frozen=True, slots=True)
class CorrectiveNoticeData:
    header: CaseHeader  # receipt_no: the case number, or "방문 2026-10-02" for a visit
    reference_label: str  # "접수번호" or "방문일시"
    occurred_at: datetime  # when the complaint was received or the visit happened
    matter: str  # what the complaint was about, in a line
    action_label: str  # "주의", "재교육"…
    officer: Officer  # the officer who follows up with the petitioner


def notice_title(number: str) -> str:
    return f"민원 처리결과 및 시정조치 안내 ({number})"


def corrective_notice_pdf(data: CorrectiveNoticeData) -> bytes:
    header = data.header
    st = styles()
    when = format_date_ko(to_seoul(data.occurred_at).date())
    opening = (
        f"귀하께서 {when}에 겪으신 불편에 대하여 깊이 사과드립니다. "
        "사실관계를 확인한 결과 귀하의 지적이 타당하다고 판단하여, 관련 직원에 대하여 "
        "아래와 같이 시정조치를 하였음을 알려 드립니다."
    )
    rows: list[tuple[str, Cell]] = [
        (data.reference_label, Paragraph(escape(header.receipt_no), st.cell_strong)),
        ("내용", data.matter.strip() or header.subject),
        ("시정조치", Paragraph(escape(f"관련 직원 {data.action_label}"), st.cell_strong)),
        ("재발 방지", "고객응대서비스 이행표준에 따라 직원 교육과 점검을 강화하겠습니다."),
        (
            "후속 조치 담당",
            Paragraph(
                escape(f"{data.officer.department} {data.officer.position} {data.officer.name}"),
                st.cell,
            ),
        ),
    ]
    closing = (
        "이 조치에 대하여 더 궁금하신 점이 있으시면 아래 담당자에게 연락해 주시기 바랍니다. "
        "앞으로 더욱 친절하고 성실하게 모시겠습니다."
    )
    title = notice_title(header.document_no)
    story = [
        *letterhead_flow(header.letterhead),
        document_meta(header),
        *heading_lines(header, title),
        Paragraph(escape(opening), st.body),
        label_table(rows),
        closing_block(header.letterhead, data.officer, [Paragraph(escape(closing), st.body)],
                      document_no=header.document_no, issued_at=header.issued_at),
    ]
    return build_pdf(
        story, title=title, author=header.letterhead.agency_name, subject=header.subject,
        document_no=header.document_no,
    )
