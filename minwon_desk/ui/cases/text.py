"""Words for cases in lists and in the detail box: dates with the weekday, the time left
("2일 3시간 남음", "멈춤 · 2일 남음", "회신함 · 7/3 14:00"), the state's label with an
extension marked, and the flags ("기한 지남·통지 없음", "중간 통지 필요").

The time left is wall-clock time to the stored deadline: the deadline itself is counted
in working time when it is set, but the words do not subtract the nights and weekends in
between. They never claim more time than there is until the deadline.
"""

from __future__ import annotations

from datetime import datetime

from minwon_desk.domain.case_clock import CaseStatus
from minwon_desk.domain.timeutil import describe_span, to_seoul
from minwon_desk.services.cases.dto import CaseView
from minwon_desk.ui.common.time_words import short_time, words
from minwon_desk.ui.i18n import translate, weekday

DONE, EXTENDED = CaseStatus.DONE, CaseStatus.EXTENDED


def when(at: datetime) -> str:
    """'2026-07-10(금) 18:00' in Seoul time."""
    local = to_seoul(at)
    return f"{local:%Y-%m-%d}({weekday(local)}) {local:%H:%M}"


def status_of(case: CaseView, now: datetime) -> CaseStatus:
    # An answered case is done whatever the time (the domain's first rule); checked here
    # so that 47,000 answered rows cost an attribute test each, not a call.
    return DONE if case.answered_at is not None else case.status(now)


def clock_key(case: CaseView) -> tuple[bool, datetime, int]:
    """The service's clock order: open cases by deadline (overdue first), answered last."""
    return (case.answered_at is not None, case.due_at, case.id)


def remaining_text(case: CaseView, now: datetime) -> str:
    """'2일 3시간 남음', '5시간 지남', '멈춤 · 2일 남음', '회신함 · 7/3 14:00 (1일 늦음)'."""
    if case.answered_at is not None:
        text = translate("CaseText", "회신함 · {at}").format(at=short_time(case.answered_at, now))
        if case.answered_at > case.due_at:
            late = describe_span(case.answered_at - case.due_at)
            text += translate("CaseText", " ({late} 늦음)").format(late=late)
        return text
    if case.paused_at is not None:
        # What was left when the clock stopped; it stays put while the petitioner is asked.
        return translate("CaseText", "멈춤 · {left}").format(left=words((case.due_at - case.paused_at).total_seconds()))
    left = (case.due_at - now).total_seconds()
    if left == 0:
        return translate("CaseText", "0초 지남")  # the deadline instant itself already counts as missed
    return words(left)


def status_text(case: CaseView, status: CaseStatus) -> str:
    """The state's label; an extension is always marked, even once it is 임박 or 지남."""
    text = status.label
    if case.extensions and status is not EXTENDED and status is not DONE:
        text += translate("CaseText", " · 연장됨")
    elif case.extensions and status is EXTENDED and case.extensions > 1:
        text += translate("CaseText", " ({n}회)").format(n=case.extensions)
    return text


def flag_text(case: CaseView, now: datetime) -> str:
    """'중간 통지 필요', '기한 지남·통지 없음', '늦게 회신' or ''. What is to be done now
    comes first: a narrow column keeps it (the state column already says 지남)."""
    parts = []
    if case.interim_owed(now):
        parts.append(translate("CaseText", "중간 통지 필요"))
    if case.late(now):
        parts.append(translate("CaseText", "늦게 회신") if case.answered_at is not None else translate("CaseText", "기한 지남·통지 없음"))
    return " · ".join(parts)


def clock_tooltip(case: CaseView, status: CaseStatus) -> str:
    """Received, warning point, deadline, extensions, pause, next interim notice, answer."""
    lines = [translate("CaseText", "접수 {at}").format(at=when(case.received_at))]
    if case.warn_at is not None and case.answered_at is None:
        lines.append(translate("CaseText", "임박 {at}부터").format(at=when(case.warn_at)))
    lines.append(translate("CaseText", "처리기한 {at}").format(at=when(case.due_at)))
    if case.extensions:
        lines.append(translate("CaseText", "처리기간 연장 {n}회").format(n=case.extensions))
    if case.paused_at is not None:
        lines.append(translate("CaseText", "보완 요청으로 {at}부터 기한 멈춤").format(at=when(case.paused_at)))
    if case.interim_due_at is not None and case.answered_at is None:
        lines.append(translate("CaseText", "다음 중간 통지 {at}까지").format(at=when(case.interim_due_at)))
    if case.answered_at is not None:
        lines.append(translate("CaseText", "회신 {at}").format(at=when(case.answered_at)))
    lines.append(status.label)
    return "\n".join(lines)


def page_title(counts: dict[CaseStatus, int]) -> str:
    """The navigation entry: "민원 처리", "민원 처리 (임박 3)", "민원 처리 (임박 3 · 지남 1)"."""
    parts = []
    if counts.get(CaseStatus.WARNING):
        parts.append(translate("CaseText", "임박 {n}").format(n=counts[CaseStatus.WARNING]))
    if counts.get(CaseStatus.OVERDUE):
        parts.append(translate("CaseText", "지남 {n}").format(n=counts[CaseStatus.OVERDUE]))
    base = translate("CaseText", "민원 처리")
    return f"{base} ({' · '.join(parts)})" if parts else base


def mine_summary(has_officer: bool, open_cases: int, counts: dict[CaseStatus, int]) -> str:
    """The line above "내 민원": "맡은 민원 5건 · 임박 1 · 기한 지남 1"."""
    if not has_officer:
        return translate("CaseText", "로그인하면 그 사람이 맡은 민원이 여기에 나옵니다.")
    if not open_cases:
        return translate("CaseText", "맡은 민원 가운데 처리 중인 것이 없습니다.")
    text = translate("CaseText", "맡은 민원 {n}건").format(n=open_cases)
    for status in (CaseStatus.WARNING, CaseStatus.OVERDUE, CaseStatus.PAUSED):
        if counts.get(status):
            text += f" · {status.label} {counts[status]}"
    return text
