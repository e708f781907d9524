"""Phone memos: what a memo must hold, how a callback ends, and the words for it.

The callback clock stops when the caller is reached or answered by the channel they
chose — not at the first attempt: "no answer" and "left a message" keep it running.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from minwon_desk.domain.contact import normalize_phone
from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.privacy import reject_resident_number

MAX_NAME = 50
MAX_ORG = 100
MAX_GIST = 2000
_EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")


class Channel(StrEnum):
    """How the caller wants to hear: the answer, and the messages on the way (e-mail and
    text only). ``none``: the caller asked only that the message be passed on — nothing is
    sent and no callback is owed, so the memo runs no callback clock."""

    PHONE = "phone"
    EMAIL = "email"
    SMS = "sms"
    NONE = "none"

    @property
    def label(self) -> str:
        return {
            "phone": translate("Memos", "전화"),
            "email": translate("Memos", "이메일"),
            "sms": translate("Memos", "문자"),
            "none": translate("Memos", "알리지 않음"),
        }[self.value]

    @property
    def sends(self) -> bool:
        """Whether the app writes to the caller (received, handed on, answered)."""
        return self in (Channel.EMAIL, Channel.SMS)


class Outcome(StrEnum):
    """What one callback attempt achieved."""

    REACHED = "reached"  # spoke with the caller
    NO_ANSWER = "no_answer"
    LEFT_MESSAGE = "left_message"  # voicemail or a colleague: not an answer yet
    ANSWERED_EMAIL = "answered_email"
    ANSWERED_SMS = "answered_sms"

    @property
    def label_ko(self) -> str:
        """As kept on the memo (its closing reason): the agency's language."""
        return _OUTCOMES[self.value]

    @property
    def label(self) -> str:
        """The same in the desk's language, for the window and messages."""
        return translate("Memos", _OUTCOMES[self.value])

    @property
    def answers(self) -> bool:
        """Whether this attempt answered the caller (stops the clock)."""
        return self in (Outcome.REACHED, Outcome.ANSWERED_EMAIL, Outcome.ANSWERED_SMS)


_OUTCOMES = {
    "reached": QT_TRANSLATE_NOOP("Memos", "통화함"),
    "no_answer": QT_TRANSLATE_NOOP("Memos", "받지 않음"),
    "left_message": QT_TRANSLATE_NOOP("Memos", "메시지 남김"),
    "answered_email": QT_TRANSLATE_NOOP("Memos", "이메일로 답변"),
    "answered_sms": QT_TRANSLATE_NOOP("Memos", "문자로 답변"),
}


class MemoState(StrEnum):
    OPEN = "open"
    CLOSED = "closed"


@dataclass(frozen=True, slots=True)
class MemoFields:
    """The checked and normalised fields of a memo as typed."""

    caller_name: str
    caller_phone: str  # national form, "" when not given
    caller_org: str
    gist: str
    channel: Channel
    address: str  # where to answer: the phone number or the e-mail address


def validate_memo(
    caller_name: str,
    phone: str,
    gist: str,
    *,
    channel: Channel = Channel.PHONE,
    address: str = "",
    org: str = "",
) -> MemoFields:
    """Check a memo as the operator typed it; ValidationError names the field."""
    name = " ".join(caller_name.split())
    if not name:
        raise ValidationError("caller_name", translate("Memos", "전화하신 분의 이름을 적어 주세요."))
    if len(name) > MAX_NAME:
        raise ValidationError("caller_name", translate(
            "Memos",
            "이름은 {max_name}자까지 적을 수 있습니다.",
        ).format(max_name=MAX_NAME))
    org = " ".join(org.split())
    if len(org) > MAX_ORG:
        raise ValidationError("caller_org", translate(
            "Memos",
            "소속은 {max_org}자까지 적을 수 있습니다.",
        ).format(max_org=MAX_ORG))
    text = gist.strip()
    if not text:
        raise ValidationError("gist", translate(
            "Memos",
            "요지를 적어 주세요: 무엇이 필요한지 한두 문장이면 됩니다.",
        ))
    if len(text) > MAX_GIST:
        raise ValidationError("gist", translate(
            "Memos",
            "요지는 {max_gist}자까지 적을 수 있습니다 (지금 {count}자).",
        ).format(max_gist=MAX_GIST, count=len(text)))
    for field, label, value in (
        ("caller_name", translate("Memos", "이름"), name), ("caller_org", translate("Memos", "소속"), org), ("gist", translate("Memos", "요지"), text),
        ("address", translate("Memos", "회신 주소"), address),
    ):
        reject_resident_number(field, label, value)
    number = normalize_phone(phone)  # raises ValidationError("phone", …)
    address = address.strip()
    if channel is Channel.EMAIL:
        if not address:
            raise ValidationError("address", translate(
                "Memos",
                "이메일로 답변받기를 원하시면 이메일 주소를 적어 주세요.",
            ))
        if not _EMAIL.match(address):
            raise ValidationError(
                "address", translate(
                    "Memos",
                    "'{address}'은(는) 이메일 주소가 아닙니다 (예: hong@example.com).",
                ).format(address=address)
            )
    else:
        if address:
            try:
                address = normalize_phone(address)
            except ValidationError as exc:
                raise ValidationError("address", exc.message) from None
        address = address or number
        if not address and channel is not Channel.NONE:
            raise ValidationError(
                "phone", translate(
                    "Memos",
                    "회신할 전화번호를 적어 주세요 (또는 이메일로 회신을 고르세요).",
                )
            )
    return MemoFields(
        caller_name=name, caller_phone=number, caller_org=org, gist=text, channel=channel,
        address=address,
    )


def memo_number(year: int, sequence: int) -> str:
    """'M2026-000123': the year's sequence, never reused."""
    return f"M{year}-{sequence:06d}"


MAX_NOTE = 1000


def parse_outcome(outcome: Outcome | str) -> Outcome:
    try:
        return Outcome(outcome)
    except ValueError:
        raise ValidationError(
            "outcome", translate(
                "Memos",
                "답신 결과 '{outcome}'은(는) 없습니다. 목록에서 골라 주세요.",
            ).format(outcome=outcome)
        ) from None


def answers_caller(outcome: Outcome, channel: Channel) -> bool:
    """Whether the attempt answers the caller: speaking with them always does; a written
    answer only by the channel they asked for (another is refused, with why)."""
    written = {Outcome.ANSWERED_EMAIL: Channel.EMAIL, Outcome.ANSWERED_SMS: Channel.SMS}
    wanted = written.get(outcome)
    if wanted is not None and wanted is not channel:
        raise ValidationError(
            "outcome",
            translate(
                "Memos",
                "이 분은 {wanted}(으)로 답변받기를 원하셨습니다. {other} 답변은 회신으로 "
                "치지 않습니다. {wanted}(으)로 답하거나 통화한 뒤 기록해 주세요.",
            ).format(wanted=channel.label, other=wanted.label),
        )
    return outcome.answers


def check_note(field: str, label: str, value: str, *, required: bool, empty: str = "") -> str:
    """A note, transfer message or closing reason: trimmed, within MAX_NOTE, no resident
    registration number; ``required`` refuses it empty (with ``empty`` as the message)."""
    value = value.strip()
    if required and not value:
        raise ValidationError(field, empty or translate("Memos", "{label}을(를) 적어 주세요.").format(label=label))
    if len(value) > MAX_NOTE:
        raise ValidationError(field, translate(
            "Memos",
            "{label}은(는) {max_note}자까지 적을 수 있습니다 (지금 {count}자).",
        ).format(label=label, max_note=MAX_NOTE, count=len(value)))
    reject_resident_number(field, label, value)
    return value


def caller_label(name: str, org: str) -> str:
    """The caller with their organisation: "홍*동 (한빛상사)". An organisation already written
    with brackets ("(주)미래소재") follows after a dot, so the line never shows "((주)…)"."""
    org = org.strip()
    if not org:
        return name
    if "(" in org or ")" in org:
        return f"{name} · {org}"
    return f"{name} ({org})"
