"""The notices a petitioner is sent at each stage of a case — and a phone memo's caller at
each of its steps (``memo_*`` stages) — written from the charter's templates: how they
want to hear, what each message may say, and the rules of a text.

The charter's ``[notices.<stage>]`` tables hold ``subject`` and ``email`` (the e-mail) and
``sms`` (the text message). Placeholders are ``{name}``; a placeholder that does not
exist, or a text template that names more than the petitioner's name and the case
number of personal data, is refused when the charter is loaded, with its line and key.
Every message names the handling officer (department, name, contact: 시행령 §31).
"""

from __future__ import annotations

import re
import string
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from enum import StrEnum
from types import MappingProxyType
from typing import Any, NoReturn

from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.particles import settle
from minwon_desk.domain.privacy import reject_resident_number

__all__ = [
    "LMS_MAX_BYTES",
    "NoticeStage",
    "NoticeTemplate",
    "NotifyChannel",
    "check_email",
    "check_mobile",
    "default_templates",
    "fit_text",
    "lms_bytes",
    "parse_notices",
    "render",
]

LMS_MAX_BYTES = 2000  # one LMS, counted as the carriers do: 2 bytes a Hangul syllable


class NotifyChannel(StrEnum):
    """How the petitioner asked to hear about their case."""

    PHONE = "phone"  # the officer calls: nothing is sent
    EMAIL = "email"
    SMS = "sms"
    NONE = "none"

    @property
    def label_ko(self) -> str:
        return _CHANNEL_LABELS[self.value]

    @property
    def label(self) -> str:
        """The label in the desk's language, for the window and messages."""
        return translate("NotifyChannel", _CHANNEL_LABELS[self.value])

    @property
    def sends(self) -> bool:
        return self in (NotifyChannel.EMAIL, NotifyChannel.SMS)


_CHANNEL_LABELS = {
    "phone": QT_TRANSLATE_NOOP("NotifyChannel", "전화"),
    "email": QT_TRANSLATE_NOOP("NotifyChannel", "이메일"),
    "sms": QT_TRANSLATE_NOOP("NotifyChannel", "문자"),
    "none": QT_TRANSLATE_NOOP("NotifyChannel", "알리지 않음"),
}


def parse_notify_channel(text: str) -> NotifyChannel:
    value = text.strip().lower()
    for channel in NotifyChannel:
        if value in (channel.value, channel.label_ko):
            return channel
    known = ", ".join(f"{c.value}({c.label_ko})" for c in NotifyChannel)
    raise ValidationError("notify", settle(f"알림 방법 '{text}'은(는) 없습니다. 다음 중 하나를 골라 주세요: {known}."))


class NoticeStage(StrEnum):
    RECEIVED = "received"
    EXTENDED = "extended"
    INTERIM = "interim"
    ANSWERED = "answered"
    TRANSFERRED = "transferred"  # sent to the agency it belongs to (이송)
    ASSIGNED = "assigned"  # the handler is named (or changed)
    MATERIAL = "material"  # missing material asked for (보완 요청): the clock waits
    SITE_VISIT = "site_visit"  # a visit to the company, as agreed with them
    # A phone memo's caller: the message was passed on (to whom, callback by when), it was
    # handed to another officer, it was answered in writing.
    MEMO_RECEIVED = "memo_received"
    MEMO_HANDED = "memo_handed"
    MEMO_ANSWERED = "memo_answered"

    @property
    def label_ko(self) -> str:
        return _STAGE_LABELS[self.value]

    @property
    def label(self) -> str:
        """The label in the desk's language, for the window and messages."""
        return translate("NoticeStage", _STAGE_LABELS[self.value])

    @property
    def for_memo(self) -> bool:
        return self.value.startswith("memo_")


_STAGE_LABELS = {
    "received": QT_TRANSLATE_NOOP("NoticeStage", "접수 안내"),
    "extended": QT_TRANSLATE_NOOP("NoticeStage", "처리기간 연장 안내"),
    "interim": QT_TRANSLATE_NOOP("NoticeStage", "중간 안내"),
    "answered": QT_TRANSLATE_NOOP("NoticeStage", "회신 안내"),
    "transferred": QT_TRANSLATE_NOOP("NoticeStage", "이송 안내"),
    "assigned": QT_TRANSLATE_NOOP("NoticeStage", "담당자 안내"),
    "material": QT_TRANSLATE_NOOP("NoticeStage", "보완 요청"),
    "site_visit": QT_TRANSLATE_NOOP("NoticeStage", "현장 방문 안내"),
    "memo_received": QT_TRANSLATE_NOOP("NoticeStage", "메모 전달 안내"),
    "memo_handed": QT_TRANSLATE_NOOP("NoticeStage", "메모 담당자 변경 안내"),
    "memo_answered": QT_TRANSLATE_NOOP("NoticeStage", "메모 답변"),
}


# What every message may name; dates are written out in Korean ("2026년 7월 7일(화) 15:00").
_COMMON = (
    "name", "case_number", "subject", "agency", "officer", "department", "officer_phone",
    "officer_email", "contact_line",
)
# A memo's: the caller, the memo and the officer who holds it (the deputy when it went to
# them); the gist is never among them.
_MEMO = (
    "name", "memo_number", "taken_at", "agency", "officer", "department", "officer_phone",
    "officer_email", "contact_line",
)
PLACEHOLDERS: Mapping[NoticeStage, frozenset[str]] = MappingProxyType({
    NoticeStage.RECEIVED: frozenset((*_COMMON, "received_at", "expected_at")),
    NoticeStage.EXTENDED: frozenset((*_COMMON, "previous_due", "new_due", "reason")),
    NoticeStage.INTERIM: frozenset((*_COMMON, "progress", "expected_at")),
    NoticeStage.ANSWERED: frozenset((*_COMMON, "answered_at", "where")),
    NoticeStage.TRANSFERRED: frozenset((*_COMMON, "to_agency", "transferred_at", "reason")),
    NoticeStage.ASSIGNED: frozenset(_COMMON),
    NoticeStage.MATERIAL: frozenset((*_COMMON, "reason", "asked_at")),
    NoticeStage.SITE_VISIT: frozenset((*_COMMON, "visit_at", "place", "agenda", "people")),
    NoticeStage.MEMO_RECEIVED: frozenset((*_MEMO, "callback_at")),
    NoticeStage.MEMO_HANDED: frozenset((*_MEMO, "callback_at")),
    NoticeStage.MEMO_ANSWERED: frozenset((*_MEMO, "answered_at", "answer")),
})
# A text message goes to a phone anyone may pick up: it names the person and the case
# number, never what the case is about.
SMS_NEVER = frozenset(("subject", "reason", "progress", "officer_email", "agenda", "answer"))


@dataclass(frozen=True)
class NoticeTemplate:
    subject: str
    email: str
    sms: str


_SIGNATURE = "\n\n담당: {department} {officer} (전화 {officer_phone}, 이메일 {officer_email})\n{agency}"
_SMS_SIGNATURE = " 담당 {department} {officer} {officer_phone}"

_DEFAULTS: Mapping[NoticeStage, NoticeTemplate] = MappingProxyType({
    NoticeStage.RECEIVED: NoticeTemplate(
        subject="[{agency}] 민원 접수 안내 ({case_number})",
        email="{name} 님, 민원을 접수했습니다.\n\n접수번호: {case_number}\n제목: {subject}\n"
              "접수 일시: {received_at}\n처리 예정일: {expected_at}\n\n처리 결과는 처리 예정일까지 "
              "알려 드리겠습니다." + _SIGNATURE,
        sms="[{agency}] {name} 님 민원 접수({case_number}). 처리 예정 {expected_at}." + _SMS_SIGNATURE,
    ),
    NoticeStage.EXTENDED: NoticeTemplate(
        subject="[{agency}] 처리기간 연장 안내 ({case_number})",
        email="{name} 님, 접수번호 {case_number} 민원의 처리기간을 연장하게 되어 알려 드립니다.\n\n"
              "연장 사유: {reason}\n당초 처리기한: {previous_due}\n연장된 처리기한: {new_due}\n\n"
              "기다리게 해 드려 죄송합니다." + _SIGNATURE,
        sms="[{agency}] {name} 님 민원({case_number}) 처리기한이 {new_due}까지로 연장되었습니다. "
            "사유는 이메일·우편 또는 전화로 안내합니다." + _SMS_SIGNATURE,
    ),
    NoticeStage.INTERIM: NoticeTemplate(
        subject="[{agency}] 민원 처리 중간 안내 ({case_number})",
        email="{name} 님, 접수번호 {case_number} 민원의 처리 상황을 알려 드립니다.\n\n"
              "진행 상황: {progress}\n처리 예정일: {expected_at}" + _SIGNATURE,
        sms="[{agency}] {name} 님 민원({case_number}) 처리 중입니다. 처리 예정 {expected_at}."
            + _SMS_SIGNATURE,
    ),
    NoticeStage.ANSWERED: NoticeTemplate(
        subject="[{agency}] 민원 회신 ({case_number})",
        email="{name} 님, 접수번호 {case_number} 민원에 회신합니다.\n\n회신문을 붙임으로 보내 드립니다. "
              "궁금한 점은 담당자에게 연락해 주세요." + _SIGNATURE,
        sms="[{agency}] {name} 님 민원({case_number})에 {answered_at} 회신했습니다. {where}"
            + _SMS_SIGNATURE,
    ),
    NoticeStage.TRANSFERRED: NoticeTemplate(
        subject="[{agency}] 민원 이송 안내 ({case_number})",
        email="{name} 님, 접수번호 {case_number} 민원은 {to_agency} 소관이어서 {transferred_at}에 "
              "그 기관으로 이송했습니다.\n\n이송한 기관: {to_agency}\n이송 사유: {reason}\n\n이송 통지를 붙임으로 "
              "보내 드립니다. 앞으로의 처리 상황은 {to_agency}에 문의해 주세요." + _SIGNATURE,
        sms="[{agency}] {name} 님 민원({case_number})은 {to_agency} 소관이어서 그 기관으로 "
            "이송했습니다. 처리 상황은 {to_agency}에 문의해 주세요." + _SMS_SIGNATURE,
    ),
    NoticeStage.ASSIGNED: NoticeTemplate(
        subject="[{agency}] 민원 담당자 안내 ({case_number})",
        email="{name} 님, 접수번호 {case_number} 민원을 아래 담당자가 처리합니다. 궁금한 점은 "
              "담당자에게 바로 연락해 주세요." + _SIGNATURE,
        sms="[{agency}] {name} 님 민원({case_number}) 담당자가 정해졌습니다." + _SMS_SIGNATURE,
    ),
    NoticeStage.MATERIAL: NoticeTemplate(
        subject="[{agency}] 민원 보완 요청 ({case_number})",
        email="{name} 님, 접수번호 {case_number} 민원을 처리하려면 다음 자료가 더 필요합니다.\n\n"
              "보완할 내용: {reason}\n요청 일시: {asked_at}\n\n자료를 받을 때까지 처리기간은 "
              "멈춰 있으며, 받은 날부터 다시 셉니다." + _SIGNATURE,
        sms="[{agency}] {name} 님 민원({case_number}) 처리에 보완 자료가 필요합니다. 내용은 이메일·우편 "
            "또는 전화로 안내합니다." + _SMS_SIGNATURE,
    ),
    NoticeStage.SITE_VISIT: NoticeTemplate(
        subject="[{agency}] 현장 방문 안내 ({case_number})",
        email="{name} 님, 협의하신 대로 접수번호 {case_number} 민원과 관련해 현장을 방문합니다.\n\n"
              "방문 일시: {visit_at}\n장소: {place}\n방문 인원: {people}명\n협의할 내용: {agenda}\n\n"
              "일정이 맞지 않으면 담당자에게 알려 주세요." + _SIGNATURE,
        sms="[{agency}] {name} 님, {visit_at} {place} 현장 방문({people}명)을 안내합니다. "
            "민원 {case_number}." + _SMS_SIGNATURE,
    ),
    NoticeStage.MEMO_RECEIVED: NoticeTemplate(
        subject="[{agency}] 전화메모 전달 안내 ({memo_number})",
        email="{name} 님, {taken_at}에 남기신 말씀을 담당자에게 전달했습니다.\n\n"
              "메모 번호: {memo_number}\n전달받은 사람: {department} {officer}\n"
              "답신 예정: {callback_at}까지\n\n급한 일이면 아래 연락처로 전화해 주세요." + _SIGNATURE,
        sms="[{agency}] {name} 님 전화메모({memo_number})를 전달했습니다. {callback_at}까지 "
            "답신드립니다." + _SMS_SIGNATURE,
    ),
    NoticeStage.MEMO_HANDED: NoticeTemplate(
        subject="[{agency}] 전화메모 담당자 변경 안내 ({memo_number})",
        email="{name} 님, 남기신 전화메모({memo_number})를 아래 담당자가 이어받았습니다.\n\n"
              "답신 예정: {callback_at}까지" + _SIGNATURE,
        sms="[{agency}] {name} 님 전화메모({memo_number}) 담당자가 바뀌었습니다. {callback_at}까지 "
            "답신드립니다." + _SMS_SIGNATURE,
    ),
    NoticeStage.MEMO_ANSWERED: NoticeTemplate(
        subject="[{agency}] 전화메모 답변 ({memo_number})",
        email="{name} 님, {taken_at}에 남기신 전화메모({memo_number})에 답변드립니다.\n\n"
              "{answer}\n\n궁금한 점은 담당자에게 연락해 주세요." + _SIGNATURE,
        sms="[{agency}] {name} 님 전화메모({memo_number})에 답변드립니다. 자세한 내용은 담당자에게 "
            "전화해 주세요." + _SMS_SIGNATURE,
    ),
})


def default_templates() -> Mapping[NoticeStage, NoticeTemplate]:
    return _DEFAULTS


def lms_bytes(text: str) -> int:
    """The length of ``text`` as a carrier counts an LMS (EUC-KR: Hangul 2 bytes, ASCII 1;
    what EUC-KR cannot hold counts 2)."""
    total = 0
    for ch in text:
        try:
            total += len(ch.encode("cp949"))
        except UnicodeEncodeError:
            total += 2
    return total


def fit_text(text: str, limit: int = LMS_MAX_BYTES) -> str:
    """``text`` cut to fit one LMS, with "…" where it was cut."""
    if lms_bytes(text) <= limit:
        return text
    kept, size = [], lms_bytes("…")
    for ch in text:
        size += lms_bytes(ch)
        if size > limit:
            break
        kept.append(ch)
    return "".join(kept) + "…"


def check_sms_text(text: str) -> str:
    """An officer's edited text: refused (not cut) when it does not fit one LMS or holds a
    resident registration number."""
    body = text.strip()
    if not body:
        raise ValidationError("body", "보낼 문자 내용이 비어 있습니다.")
    reject_resident_number("body", "문자 내용", body)
    size = lms_bytes(body)
    if size > LMS_MAX_BYTES:
        raise ValidationError(
            "body", f"문자가 너무 깁니다({size:,}바이트, 최대 {LMS_MAX_BYTES:,}바이트). 줄여 주세요."
        )
    return body


_EMAIL = re.compile(r"[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+")
_MOBILE = re.compile(r"01[016789]\d{7,8}")


def check_email(text: str, field: str = "email") -> str:
    value = text.strip()
    if not _EMAIL.fullmatch(value) or len(value) > 200 or ".." in value:
        raise ValidationError(field, settle(f"'{text}'은(는) 이메일 주소가 아닙니다. 예: hong@example.com"))
    return value


def check_mobile(text: str, field: str = "mobile") -> str:
    """A mobile number in its usual form (010-1234-5678)."""
    digits = re.sub(r"[\s\-().]", "", text.strip())
    if digits.startswith("+82"):
        digits = "0" + digits[3:]
    if not _MOBILE.fullmatch(digits):
        raise ValidationError(
            field, settle(f"'{text}'은(는) 휴대전화 번호가 아닙니다. "
                          "문자는 휴대전화로만 보낼 수 있습니다. 예: 010-1234-5678"),
        )
    return f"{digits[:3]}-{digits[3:-4]}-{digits[-4:]}"


def render(template: str, values: Mapping[str, str]) -> str:
    """The template with its placeholders filled (checked when the charter was loaded)."""
    return settle(template.format_map(dict(values)))


def fields_of(template: str) -> list[str]:
    """The placeholders ``template`` names; ValueError for a broken brace or a placeholder
    with more than a name in it ({name.attr}, {name!r}, {name:>5})."""
    names = []
    for _text, name, spec, conversion in string.Formatter().parse(template):
        if name is None:
            continue
        if spec or conversion or not re.fullmatch(r"[a-z_]+", name):
            raise ValueError(name)
        names.append(name)
    return names


Fail = Callable[[str, str], NoReturn]


def parse_notices(data: Mapping[str, Any], fail: Fail) -> Mapping[NoticeStage, NoticeTemplate]:
    """The charter's ``[notices]`` section over the defaults. ``fail(key, problem)``
    refuses the file at that key (the charter reader's, which adds file and line)."""
    notices = data.get("notices", {})
    if not isinstance(notices, dict):
        fail("notices", "'notices'는 [notices.received]처럼 단계별 구역이어야 합니다.")
    stages = {s.value: s for s in NoticeStage}
    result = dict(_DEFAULTS)
    for name, table in notices.items():
        path = f"notices.{name}"
        if name not in stages:
            fail(path, f"알 수 없는 단계입니다. 쓸 수 있는 단계: {', '.join(stages)}.")
        if not isinstance(table, dict):
            fail(path, f"[{path}] 구역이어야 합니다.")
        stage = stages[name]
        base = _DEFAULTS[stage]
        texts = {}
        for key in table:
            if key not in ("subject", "email", "sms"):
                fail(f"{path}.{key}", "알 수 없는 키입니다. 쓸 수 있는 키: subject, email, sms.")
        for key in ("subject", "email", "sms"):
            value = table.get(key, getattr(base, key))
            if not isinstance(value, str) or not value.strip():
                fail(f"{path}.{key}", "따옴표로 감싼 글자를 적어 주세요. 비워 둘 수 없습니다.")
            _check(value, stage, key, f"{path}.{key}", fail)
            texts[key] = value.strip()
        result[stage] = NoticeTemplate(**texts)
    return MappingProxyType(result)


def _check(text: str, stage: NoticeStage, key: str, path: str, fail: Fail) -> None:
    try:
        names = fields_of(text)
    except ValueError as exc:
        fail(path, settle(f"자리표시 {{{exc}}}을(를) 읽을 수 없습니다. {{name}}처럼 이름만 적고, "
                          "중괄호를 글자로 쓰려면 {{{{ }}}}처럼 두 번 적어 주세요."))
    allowed = PLACEHOLDERS[stage]
    for name in names:
        if name not in allowed:
            fail(path, settle(f"자리표시 {{{name}}}은(는) 없습니다. 쓸 수 있는 자리표시: ")
                 + ", ".join(sorted(allowed)) + ".")
        if key == "sms" and name in SMS_NEVER:
            fail(path, settle(f"문자에는 {{{name}}}을(를) 쓸 수 없습니다. 문자에는 이름과 접수번호 외의 "
                       "개인정보나 민원 내용을 담지 않습니다."))
    if key == "sms" and lms_bytes(text) > LMS_MAX_BYTES - 200:
        fail(path, f"문자 틀이 너무 깁니다({lms_bytes(text):,}바이트). 장문 문자 한 통"
                   f"({LMS_MAX_BYTES:,}바이트)에 이름과 날짜가 들어갈 자리를 남겨 주세요.")
