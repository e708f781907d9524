"""What the printed directory documents (seating-chart poster, nameplates) show about a
person: plain values, so the documents never reach into the database."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class PosterPerson:
    """One officer's desk card on the seating-chart poster."""

    name: str
    position: str  # "주무관"
    extension: str  # "1234", "" when none
    duties: str = ""  # short text, "정부혁신, 조직진단"; cut with "…" when it does not fit
    photo: bytes | None = None  # JPEG or PNG; None shows the generated avatar


@dataclass(frozen=True, slots=True)
class NameplatePerson:
    """One desk nameplate (명패)."""

    name: str
    position: str
    department: str  # the unit's own name: "혁신행정담당관"
