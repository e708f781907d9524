"""The 민원 처리부 (민원처리법 시행규칙 별지 제1호): every case in the order received, with
the columns the form names. Contacts are masked: the register is read and printed widely.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from minwon_desk.domain.privacy import mask_name, mask_phone
from minwon_desk.domain.timeutil import format_ko

# 별지 제1호's columns, in its order.
COLUMNS: tuple[str, ...] = (
    "접수번호", "접수 일시", "민원인", "연락처", "민원 내용(제목)", "처리 부서", "담당자",
    "처리기간", "처리기한", "연장", "처리 일시", "통지 방법", "이송", "비고",
)


@dataclass(frozen=True, slots=True)
class RegisterRow:
    number: str
    received_at: datetime
    petitioner: str
    contact: str
    subject: str
    department: str
    officer: str
    period_label: str
    due_at: datetime
    extensions: int
    answered_at: datetime | None
    notify_label: str  # how the petitioner is told: 이메일, 문자, 전화…
    transfer: str  # "" when the case stayed with this agency
    note: str  # 보완 대기, 기한 경과…


def mask_contact(contact: str) -> str:
    """An e-mail keeps its first two letters and domain; a number its first and last part;
    an address its first word."""
    text = contact.strip()
    if not text:
        return ""
    if "@" in text:
        local, _at, domain = text.partition("@")
        return f"{local[:2]}***@{domain}"
    if any(ch.isdigit() for ch in text) and not any("가" <= ch <= "힣" for ch in text):
        return mask_phone(text)
    first = text.split()[0]
    return f"{first} ***"


def cells(row: RegisterRow) -> tuple[str, ...]:
    """The row as the register prints it (names and contacts masked)."""
    return (
        row.number, format_ko(row.received_at), mask_name(row.petitioner) if row.petitioner else "",
        mask_contact(row.contact), row.subject, row.department, row.officer, row.period_label,
        format_ko(row.due_at), f"{row.extensions}회" if row.extensions else "",
        format_ko(row.answered_at) if row.answered_at else "", row.notify_label, row.transfer,
        row.note,
    )
