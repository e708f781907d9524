"""A case registered twice: the same petitioner and subject within a day.

A petitioner who hands in a form at the desk and then posts it, or two operators who take
the same visit, give two numbers for one matter. Before a second number is given the desk
is asked whether to link the two or to register anyway; nothing is refused.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from minwon_desk.domain.hangul import normalize

WINDOW = timedelta(days=1)
"""Cases received this close to each other may be one matter."""

_NOT_WORDS = re.compile(r"[\W_]+")


@dataclass(frozen=True, slots=True)
class CaseKey:
    """What makes two registrations look alike."""

    petitioner_name: str
    petitioner_contact: str
    subject: str
    received_at: datetime


def _plain(text: str) -> str:
    """Compared without case, spacing or punctuation: "업종 기준 해석." ~ "업종기준 해석"."""
    return _NOT_WORDS.sub("", normalize(text))


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit()) or _plain(text)


def same_petitioner(a: CaseKey, b: CaseKey) -> bool:
    """The same person: the same name, or (a name missing) the same contact."""
    name_a, name_b = _plain(a.petitioner_name), _plain(b.petitioner_name)
    if name_a and name_b:
        return name_a == name_b
    contact_a, contact_b = _digits(a.petitioner_contact), _digits(b.petitioner_contact)
    return bool(contact_a) and contact_a == contact_b


def likely_duplicate(new: CaseKey, earlier: CaseKey) -> bool:
    """Same petitioner, same subject, received within ``WINDOW`` of each other."""
    subject = _plain(new.subject)
    return (
        bool(subject)
        and subject == _plain(earlier.subject)
        and abs(new.received_at - earlier.received_at) <= WINDOW
        and same_petitioner(new, earlier)
    )
