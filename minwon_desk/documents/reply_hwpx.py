"""The reply letter as an HWPX document, for officers who finish letters in Hangul.

It holds what the PDF letter holds, in the same order — letterhead, document number and
date, 수신 · (경유) · 제목, the numbered items with the petition and the answer (one
paragraph per line of the officer's text), the agency as sender, and the officer block
as a table (담당 부서 · 직위 · 성명 · 전화 · 전자우편) — with "N/M" page numbers.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from minwon_desk.documents.case_data import Officer, ReplyLetterData
from minwon_desk.documents.closing import closing_lines, sender_of
from minwon_desk.documents.letter_frame import addressee
from minwon_desk.documents.reply_letter import reply_title
from minwon_desk.domain.timeutil import format_date_ko, to_seoul

if TYPE_CHECKING:
    from hwpx import HwpxDocument

BODY = "본문"  # a paragraph after a heading inherits its style unless named


def reply_letter_hwpx(data: ReplyLetterData) -> bytes:
    """The reply letter as HWPX bytes (A4; opens in Hangul)."""
    # Imported here: the library takes about half a second to load, which the app's
    # start should not pay for a document few people ask for.
    from hwpx import HwpxDocument

    header = data.header
    doc = HwpxDocument.new()
    doc.page.setup(
        paper_size="A4", margin_left_mm=20, margin_right_mm=20, margin_top_mm=18,
        margin_bottom_mm=18,
    )
    doc.page.set_page_number(format="page/total", prefix=f"{header.document_no}    ")
    big = doc.styles.ensure_run(bold=True, size=20)
    bold = doc.styles.ensure_run(bold=True)
    small = doc.styles.ensure_run(size=9)

    # The template's first paragraph carries the section's page settings: it must stay,
    # so the letterhead goes into it rather than after it.
    head = doc.paragraphs[0]
    head.add_run(header.letterhead.agency_name, char_pr_id_ref=big)
    centred = [head]
    rest = header.letterhead.letterhead.strip()
    if rest.startswith(header.letterhead.agency_name):
        rest = rest[len(header.letterhead.agency_name) :].strip()
    for line in rest.splitlines():
        centred.append(doc.add_paragraph(line.strip(), style=BODY, char_pr_id_ref=small))
    doc.styles.apply_paragraph_format(paragraphs=centred, alignment="CENTER")

    issued = format_date_ko(to_seoul(header.issued_at).date())
    doc.add_paragraph("", style=BODY)
    doc.add_paragraph(f"문서번호  {header.document_no}    시행일  {issued}", style=BODY)
    receiver = addressee(header)
    if header.petitioner_contact.strip():
        receiver += f" ({header.petitioner_contact.strip()})"
    for label, text in (("수신", receiver), ("(경유)", ""), ("제목", reply_title(header.receipt_no))):
        paragraph = doc.add_paragraph("", style=BODY)
        paragraph.add_run(label, char_pr_id_ref=bold)
        if text:
            paragraph.add_run(f"   {text}")
    doc.add_paragraph("", style=BODY)

    received = format_date_ko(to_seoul(header.received_at).date())
    items: list[tuple[str, str]] = [
        (
            f"귀하께서 {received} 신청하신 「{header.subject.strip()}」 민원"
            f"(접수번호 {header.receipt_no})에 대하여 다음과 같이 회신합니다.",
            "",
        )
    ]
    if data.content.strip():
        items.append(("귀하의 민원 요지는 다음과 같습니다.", data.content))
    items.append(("이에 대한 답변은 다음과 같습니다.", data.answer))
    items.append(
        ("답변 내용에 대하여 더 궁금하신 점이 있으시면 아래 담당자에게 연락해 주시기 바랍니다.  끝.", "")
    )
    indented = []
    for number, (sentence, text) in enumerate(items, start=1):
        doc.add_paragraph(f"{number}. {sentence}", style=BODY)
        for line in text.strip("\n").splitlines():
            indented.append(doc.add_paragraph(line.rstrip(), style=BODY))
    if indented:
        doc.styles.apply_paragraph_format(paragraphs=indented, indent_left_mm=5)

    doc.add_paragraph("", style=BODY)
    sender = doc.add_paragraph("", style=BODY)
    sender.add_run(f"{sender_of(header.letterhead)} (직인)", char_pr_id_ref=big)
    doc.styles.apply_paragraph_format(paragraphs=[sender], alignment="CENTER")
    doc.add_paragraph("", style=BODY)
    _officer_table(doc, data.officer)
    if header.letterhead.contact_line.strip():
        doc.add_paragraph(header.letterhead.contact_line.strip(), style=BODY, char_pr_id_ref=small)
    doc.add_paragraph("", style=BODY)
    for line in closing_lines(header.letterhead, data.officer, header.document_no,
                              header.issued_at):
        doc.add_paragraph(line, style=BODY, char_pr_id_ref=small)
    return doc.to_bytes()


def _officer_table(doc: HwpxDocument, officer: Officer) -> None:
    rows = [
        ("담당 부서", officer.department),
        ("직위", officer.position),
        ("성명", officer.name),
        ("전화", officer.phone),
    ]
    if officer.email.strip():
        rows.append(("전자우편", officer.email))
    table = doc.add_table(len(rows), 2)
    table.set_column_widths([1, 3])
    for index, (label, value) in enumerate(rows):
        table.set_cell_text(index, 0, label)
        table.set_cell_text(index, 1, value.strip() or "—")
