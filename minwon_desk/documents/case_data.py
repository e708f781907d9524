"""What the case documents print: plain values handed in by the case service.

Receipt (접수증), reply letter (회신문), extension notice (처리기간 연장 통지) and interim
notice (중간 통지) share a header — the agency's letterhead, the document number, the
case — and each adds its own part. Datetimes are timezone-aware (Asia/Seoul).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from minwon_desk.domain.charter import DocumentWording


@dataclass(frozen=True, slots=True)
class Letterhead:
    """From the charter's [documents] table."""

    agency_name: str  # "중소벤처기업부"
    letterhead: str  # may carry an address and telephone after the name
    contact_line: str  # "중소기업종합상담센터 (국번 없이) 1357"
    # The 결문 of the official form (see documents.closing); empty parts are left out.
    sender: str = ""  # 발신명의: "중소벤처기업부장관"; empty: the agency's name
    postcode: str = ""
    address: str = ""
    homepage: str = ""
    phone: str = ""
    fax: str = ""
    email: str = ""
    disclosure: str = ""  # 공개구분: "부분공개(6)"

    @classmethod
    def of(cls, wording: DocumentWording) -> Letterhead:
        return cls(
            wording.agency_name, wording.letterhead, wording.contact_line,
            sender=wording.sender, postcode=wording.postcode, address=wording.address,
            homepage=wording.homepage, phone=wording.phone, fax=wording.fax,
            email=wording.email, disclosure=wording.disclosure,
        )


@dataclass(frozen=True, slots=True)
class Officer:
    """The handling officer a reply names (소속 · 직위 · 성명 · 연락처)."""

    department: str
    position: str
    name: str
    phone: str  # "042-481-1234" or the extension as the agency publishes it
    email: str


@dataclass(frozen=True, slots=True)
class CaseHeader:
    document_no: str  # "MSS-2026-000123-회신": printed on the document, unique
    issued_at: datetime
    letterhead: Letterhead
    receipt_no: str  # "MSS-2026-000123"
    received_at: datetime
    type_label: str  # "질의(법령)", "고충·불만", "1357 현장애로"…
    channel_label: str  # "방문", "인터넷"…
    petitioner_name: str  # may be empty (anonymous 1357 calls)
    petitioner_contact: str  # the address the reply goes to; may be empty
    subject: str


@dataclass(frozen=True, slots=True)
class ReceiptData:
    header: CaseHeader
    content: str  # what was asked, as registered
    attachments: tuple[str, ...]  # names only
    expected_at: datetime  # expected completion (the answer deadline)
    period_label: str  # "14일", "3일", "즉시"
    period_rule: str  # how it is counted, one sentence (domain Period.rule_ko)
    officer: Officer | None  # None: not yet assigned (the desk assigns it)
    received_by: str  # "홍길동 주무관" who registered it


@dataclass(frozen=True, slots=True)
class ReplyLetterData:
    header: CaseHeader
    content: str  # the petition, quoted briefly above the answer
    answer: str  # the officer's answer, any length: flows over pages
    officer: Officer  # required: every reply names its officer


@dataclass(frozen=True, slots=True)
class ExtensionNoticeData:
    header: CaseHeader
    previous_due: datetime
    new_due: datetime
    reason: str
    ordinal: int  # 1 for the first extension, 2… (then consent is recorded)
    consent: str  # how and when the petitioner consented; "" for the first
    officer: Officer


@dataclass(frozen=True, slots=True)
class InterimNoticeData:
    header: CaseHeader
    ordinal: int  # 1st, 2nd… interim notice of this case
    progress: str  # what has been done so far
    expected_at: datetime  # the expected completion date told to the petitioner
    officer: Officer


@dataclass(frozen=True, slots=True)
class TransferNoticeData:
    """이송 통지: the case was sent to the agency it belongs to."""

    header: CaseHeader
    agency: str  # where it went: "고용노동부"
    reason: str  # why it is theirs
    transferred_at: datetime
    officer: Officer | None  # who sent it on (the desk's case may have no officer)
