"""Contact details: Korean telephone numbers in one national form (``010-1234-5678``)."""

from __future__ import annotations

import re
import unicodedata

from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.i18n import translate

_ALLOWED = re.compile(r"\+?[0-9\-().\s]+")
def _examples() -> str:
    return translate("Contact", "예: 010-1234-5678, 02-123-4567, 1588-1234")


def normalize_phone(text: str) -> str:
    """A Korean number in national form with dashes; "" stays "" (the phone is optional).

    Accepts mobiles, landlines with an area code, 15xx/16xx/18xx representative numbers and
    +82 forms, written with spaces, dots, dashes or full-width digits.
    """
    folded = unicodedata.normalize("NFKC", text).strip()
    if not folded:
        return ""
    if not _ALLOWED.fullmatch(folded):
        raise ValidationError(
            "phone",
            translate(
                "Contact",
                "전화번호 '{text}'에 숫자가 아닌 글자가 있습니다. 숫자와 -만 적어 주세요 "
                "({examples}).",
            ).format(text=text.strip(), examples=_examples()),
        )
    # Imported on first use: its metadata is a noticeable part of start-up otherwise.
    import phonenumbers

    try:
        number = phonenumbers.parse(folded, "KR")
    except phonenumbers.NumberParseException:
        number = None
    if number is None or not phonenumbers.is_valid_number(number):
        raise ValidationError(
            "phone",
            translate(
                "Contact",
                "전화번호 '{text}'을(를) 알아볼 수 없습니다. 지역번호나 010 등을 포함해 다시 "
                "적어 주세요 ({examples}).",
            ).format(text=text.strip(), examples=_examples()),
        )
    if number.country_code != 82:
        raise ValidationError(
            "phone",
            translate(
                "Contact",
                "'{text}'은(는) 국내 전화번호가 아닙니다. 국내 번호만 적을 수 있습니다 "
                "({examples}).",
            ).format(text=text.strip(), examples=_examples()),
        )
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))
