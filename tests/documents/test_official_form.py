"""Every letter to a petitioner ends as the official form (행정업무의 운영 및 혁신에 관한
규정 시행규칙 별지 제1호서식) ends: the sender (발신명의) with the seal's place, 시행 with the
document's number and date, 우편번호·주소 / 홈페이지, 전화 · 전송 / 전자우편 / 공개구분 —
read back from the PDF as the citizen holds it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime

import pytest
from case_samples import HEADER, OFFICER, extension, interim, receipt, reply, squashed, text_of

from minwon_desk.documents.case_data import CaseHeader, Letterhead
from minwon_desk.documents.case_notices import extension_notice_pdf, interim_notice_pdf
from minwon_desk.documents.case_receipt import receipt_pdf
from minwon_desk.documents.corrective_notice import CorrectiveNoticeData, corrective_notice_pdf
from minwon_desk.documents.reply_letter import reply_letter_pdf
from minwon_desk.domain.charter import load_charter
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.resources import charter_preset

FORM = replace(
    HEADER.letterhead, sender="중소벤처기업부장관", postcode="30121",
    address="세종특별자치시 가름로 180 (어진동)", homepage="www.mss.go.kr", phone="1357",
    fax="044-204-7999", email="minwon@mss.go.kr", disclosure="부분공개(6)",
)


def _with(head: Letterhead, header: CaseHeader) -> CaseHeader:
    return replace(header, letterhead=head)


def _corrective(head: Letterhead) -> bytes:
    return corrective_notice_pdf(CorrectiveNoticeData(
        header=_with(head, replace(HEADER, document_no="MSS-C2026-0004")),
        reference_label="접수번호", occurred_at=datetime(2026, 6, 30, 15, 20, tzinfo=SEOUL),
        matter="민원실 응대 불친절", action_label="재교육", officer=OFFICER))


DOCUMENTS: dict[str, Callable[[Letterhead], bytes]] = {
    "접수증": lambda h: receipt_pdf(receipt(header=_with(h, receipt().header))),
    "회신문": lambda h: reply_letter_pdf(reply(header=_with(h, HEADER))),
    "연장 통지": lambda h: extension_notice_pdf(extension(header=_with(h, extension().header))),
    "중간 통지": lambda h: interim_notice_pdf(interim(header=_with(h, interim().header))),
    "시정조치 안내": _corrective,
}


@pytest.mark.parametrize("kind", list(DOCUMENTS))
def test_the_letter_ends_with_the_forms_closing(kind: str) -> None:
    text = squashed(text_of(DOCUMENTS[kind](FORM)))
    for part in ("중소벤처기업부장관", "직인", "시행", "(2026.7.2.)", "우30121",
                 "세종특별자치시가름로180(어진동)/www.mss.go.kr", "부분공개(6)",
                 # The officer's own number and address, not the agency's switchboard.
                 "전화044-204-7123전송044-204-7999/minwon.kim@korea.kr/부분공개(6)"):
        assert part in text, (kind, part)
    number = {"접수증": "MSS-2026-000123-접수", "연장 통지": "MSS-2026-000123-연장1",
              "중간 통지": "MSS-2026-000123-중간1", "시정조치 안내": "MSS-C2026-0004"}
    assert f"시행{number.get(kind, 'MSS-2026-000123-회신')}(2026.7.2.)" in text


def test_a_letter_naming_no_officer_gives_the_agencys_number() -> None:
    text = squashed(text_of(receipt_pdf(receipt(header=_with(FORM, receipt().header),
                                                officer=None))))
    assert "전화1357전송044-204-7999/minwon@mss.go.kr/부분공개(6)" in text


def test_parts_the_charter_leaves_empty_are_not_printed_blank() -> None:
    bare = Letterhead("중소기업기술정보진흥원", "중소기업기술정보진흥원", "")
    text = squashed(text_of(reply_letter_pdf(reply(header=_with(bare, HEADER)))))
    assert "중소기업기술정보진흥원직인" in text  # the agency's name signs when no sender is set
    assert "우" not in text.split("시행")[-1] and "전송" not in text and "//" not in text


def test_the_shipped_charters_fill_the_form() -> None:
    for preset, sender in (("mss", "중소벤처기업부장관"), ("tipa", "중소기업기술정보진흥원장")):
        docs = load_charter(charter_preset(preset)).documents
        head = Letterhead.of(docs)
        assert head.sender == sender and head.disclosure == "부분공개(6)" and head.homepage


def test_the_hwpx_reply_ends_with_the_same_closing() -> None:
    import io

    from hwpx import HwpxDocument

    from minwon_desk.documents.reply_hwpx import reply_letter_hwpx

    data = reply_letter_hwpx(reply(header=_with(FORM, HEADER)))
    lines = [line.strip() for line in HwpxDocument.open(io.BytesIO(data)).text.plain().splitlines()]
    assert "중소벤처기업부장관 (직인)" in lines
    assert lines[-3:] == [
        "시행  MSS-2026-000123-회신 (2026. 7. 2.)",
        "우 30121 세종특별자치시 가름로 180 (어진동) / www.mss.go.kr",
        "전화 044-204-7123 전송 044-204-7999 / minwon.kim@korea.kr / 부분공개(6)",
    ]
