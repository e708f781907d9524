"""What the counter says about an officer who is away now: at the officer field when Enter
is pressed, and on the board row of a visitor waiting for them."""

from __future__ import annotations

from dataclasses import dataclass

from minwon_desk.services.dto import Presence
from minwon_desk.ui.i18n import translate


def away_words(presence: Presence) -> str:
    """"휴가 중 — 업무대행 백유준" (or "휴가 중" when nobody acts) for an officer away now."""
    words = translate("CheckInForm", "{status} 중").format(status=presence.status)
    if presence.acting is not None:
        words += translate("CheckInForm", " — 업무대행 {name}").format(name=presence.acting.name)
    return words


@dataclass(frozen=True, slots=True)
class Away:
    officer_id: int
    words: str  # "휴가 중 — 업무대행 백유준"
    deputy: str | None  # who acts now (None: nobody)
    name: str = ""  # the officer's name ("" when not known)

    @classmethod
    def of(cls, officer_id: int, presence: Presence, name: str = "") -> Away:
        acting = presence.acting.name if presence.acting is not None else None
        return cls(officer_id, away_words(presence), acting, name)


def away_question(away: Away, officer_text: str) -> str:
    """The choice Enter leaves to the operator: the deputy (F3) or the absent officer."""
    # The name, not what was typed to find it ("ㄱㅁㅈ").
    name = away.name or officer_text.split(" ")[0] or translate("CheckInForm", "담당자")
    if away.deputy is not None:
        return translate("CheckInForm", "{words}. F3: {deputy} 님에게 접수 · Enter 한 번 더: 그래도 {name} 님 앞으로 접수").format(
            words=away.words, deputy=away.deputy, name=name)
    return translate("CheckInForm", "{words}. Enter 한 번 더: 그래도 {name} 님 앞으로 접수").format(words=away.words, name=name)
