"""Free text as a person types it: no control characters, no longer than its field holds,
the same rule on SQLite and PostgreSQL (which would refuse NUL and overlong text in English)."""

from __future__ import annotations

import re

from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.privacy import reject_resident_number

# C0 and C1 controls (ESC starts the sequences that clear an operator's terminal), DEL, and
# the invisible marks that reorder or hide text. Tab and line breaks only where allowed.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")
_LINE_BREAKS = re.compile("[\t\n\r]")


def plain_text(field: str, label: str, text: str, *, max_length: int, multiline: bool = False) -> str:
    """``text`` stripped, or ValidationError naming ``label`` when it holds a control
    character (a line break, unless ``multiline``), is longer than ``max_length``
    characters, or holds a resident registration number."""
    check_plain(field, label, text, max_length=None, multiline=multiline)
    value = text.strip()
    check_plain(field, label, value, max_length=max_length, multiline=multiline)
    return value


def has_control(text: str, *, multiline: bool = False) -> bool:
    """Whether ``text`` holds a character ``plain_text`` refuses (line breaks only when
    not ``multiline``)."""
    return bool(_CONTROL.search(text) or (not multiline and _LINE_BREAKS.search(text)))


def check_plain(
    field: str,
    label: str,
    text: str,
    *,
    max_length: int | None,
    multiline: bool = False,
    resident_numbers: bool = True,
) -> None:
    """Refuse ``text`` as it is (nothing stripped) under the rules of ``plain_text``: the
    check made once more on every free-text value just before it is written."""
    if has_control(text, multiline=multiline):
        what = translate("PlainText", "보이지 않는 제어 문자") if multiline else translate(
            "PlainText",
            "줄바꿈이나 보이지 않는 제어 문자",
        )
        raise ValidationError(field, translate(
            "PlainText",
            "{label}에 {what}가 있습니다. 지우고 글자만 다시 입력해 주세요.",
        ).format(label=label, what=what))
    if max_length is not None and len(text) > max_length:
        raise ValidationError(
            field,
            translate(
                "PlainText",
                "{label}은(는) {max_length:,}자까지 적을 수 있습니다 (지금 {count:,}자). "
                "줄여 주세요.",
            ).format(label=label, max_length=max_length, count=len(text)),
        )
    if resident_numbers:  # off only for codes and hashes, which may hold 13 digits
        reject_resident_number(field, label, text)


DESK_NAME_MAX = 100  # the desk column of visits, memos, cases and the audit


def desk_name(text: str) -> str:
    """This desk's name as every record keeps it."""
    value = plain_text("desk", translate("PlainText", "창구 이름"), text, max_length=DESK_NAME_MAX)
    if not value:
        raise ValidationError("desk", translate(
            "PlainText",
            "창구 이름이 비어 있습니다. --desk나 설정의 desk_name에 적어 주세요.",
        ))
    return value


def visible(text: str, *, keep: str = "") -> str:
    """``text`` fit to show on a terminal or in a list: each control character (save those
    in ``keep``) written as a visible escape ("\\x1b", "\\n"), so text stored before these
    checks (or by another program) cannot clear a screen or break a line."""
    return _SHOWN.sub(lambda m: m.group() if m.group() in keep else _escape(m.group()), text)


_SHOWN = re.compile(_CONTROL.pattern[:-1] + "\t\n\r]")
_NAMED = {"\t": "\\t", "\n": "\\n", "\r": "\\r"}


def _escape(ch: str) -> str:
    return _NAMED.get(ch) or (f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}")
