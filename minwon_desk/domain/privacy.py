"""Personal data: no resident registration number is ever stored; names and phones are masked
in lists."""

from __future__ import annotations

import re
from datetime import date

from minwon_desk.domain.contact import normalize_phone
from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.i18n import translate

# One character for one character, so match positions stay valid in the original text.
_FOLD = str.maketrans(
    {
        **{chr(0xFF10 + i): str(i) for i in range(10)},  # full-width digits
        **{ch: "-" for ch in "\uff0d\u2010\u2011\u2012\u2013\u2014\u2015\u2212\ufe63"},
        **{ch: "." for ch in "\uff0e\u3002\u00b7\u30fb\uff65"},  # full-width and middle dots
        "\uff3f": "_",
        "\u3000": " ",
        "\u00a0": " ",
    }
)
# Between the halves: nothing, or a dash, dot, underscore or slash, with blanks and line
# breaks around it ("900101 - 1234567", "900101.1234567", "900101\n-1234567").
_GAP = r"[ \t\r\n]{0,8}(?:[-._/][ \t\r\n]{0,8})?"
_RRN = re.compile(
    r"(?<![0-9])([0-9]{2})([0-9]{2})([0-9]{2})" + _GAP + r"([1-8])[0-9]{6}(?![0-9])"
)
# The 7th digit gives the century: 1, 2, 5, 6 (foreign residents) → 1900s; 3, 4, 7, 8 → 2000s.
_CENTURY = {"1": 1900, "2": 1900, "5": 1900, "6": 1900, "3": 2000, "4": 2000, "7": 2000, "8": 2000}


def _is_birth_date(yy: str, mm: str, dd: str, code: str) -> bool:
    try:
        date(_CENTURY[code] + int(yy), int(mm), int(dd))
    except ValueError:
        return False
    return True


def find_resident_number(text: str) -> str | None:
    """The first 주민등록번호-like number in ``text`` (as written there), or None.

    Six digits that form a real birth date, then optionally a dash, dot, underscore or
    slash with blanks or line breaks around it, a digit 1–8 and six more digits, not part
    of a longer run of digits (full-width digits and dashes count too). Phone numbers (3-4-4) never match, nor
    do 13-digit numbers whose first six digits are no date.
    """
    folded = text.translate(_FOLD)
    for match in _RRN.finditer(folded):
        if _is_birth_date(*match.group(1, 2, 3, 4)):
            return text[match.start() : match.end()]
    return None


def reject_resident_number(field: str, label: str, text: str) -> None:
    """Refuse free text that holds a resident registration number; say where and why."""
    if find_resident_number(text) is not None:
        raise ValidationError(
            field,
            translate(
                "Privacy",
                "{label}에 주민등록번호로 보이는 숫자가 있습니다. 주민등록번호는 저장하지 "
                "않습니다. 지우고 다시 입력해 주세요.",
            ).format(label=label),
        )


def mask_name(name: str) -> str:
    """홍길동 → 홍*동, 김철 → 김*, 남궁민수 → 남**수, John Smith → J*** S****."""
    name = name.strip()
    if not name:
        return ""
    if re.search(r"[A-Za-z]", name):
        return " ".join(word[0] + "*" * (len(word) - 1) for word in name.split())
    compact = "".join(name.split())
    if len(compact) == 1:
        return "*"
    if len(compact) == 2:
        return compact[0] + "*"
    return compact[0] + "*" * (len(compact) - 2) + compact[-1]


def mask_phone(phone: str) -> str:
    """010-1234-5678 → 010-****-5678, 02-123-4567 → 02-***-4567, 1588-1234 → 1588-****."""
    phone = phone.strip()
    if not phone:
        return ""
    parts = phone.split("-")
    if len(parts) == 3:
        return f"{parts[0]}-{'*' * len(parts[1])}-{parts[2]}"
    if len(parts) == 2:
        return f"{parts[0]}-{'*' * len(parts[1])}"
    try:
        normalized = normalize_phone(phone)
    except ValidationError:
        normalized = ""
    if normalized.count("-") in (1, 2):
        return mask_phone(normalized)
    # Unknown shape: keep only the last four digits visible.
    digits_seen = sum(ch.isdigit() for ch in phone)
    out: list[str] = []
    for ch in phone:
        if ch.isdigit():
            digits_seen -= 1
            out.append(ch if digits_seen < 4 else "*")
        else:
            out.append(ch)
    return "".join(out)


def mask_contact(contact: str) -> str:
    """Where a reply goes, as a register shows it: a phone masked as :func:`mask_phone`,
    an e-mail as ``ho****@example.kr``, an address down to its first two words
    (``서울특별시 종로구 …``)."""
    contact = " ".join(contact.split())
    if not contact:
        return ""
    if "@" in contact:
        local, _, host = contact.partition("@")
        return f"{local[:2]}{'*' * max(len(local) - 2, 2)}@{host}"
    if sum(ch.isdigit() for ch in contact) >= 7 and not re.search(r"[가-힣]", contact):
        return mask_phone(contact)
    words = contact.split()
    return " ".join(words[:2]) + (" …" if len(words) > 2 else "")
