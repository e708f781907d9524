"""The monthly access review as tables of words: one list of sections that the page, the
PDF and the workbook all show, so the three never say different things.

The page and the workbook say them in the desk's language; the PDF, a document, in the
agency's (Korean): each function takes the ``lookup`` to say them with (by default the
desk's :func:`~minwon_desk.domain.i18n.translate`; :func:`~minwon_desk.domain.i18n.untranslated`
for the PDF). The rows themselves hold what the log and the people wrote."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from minwon_desk.domain.access_review import bulk_rule, heavy_rule
from minwon_desk.domain.access_review_report import AccessLine, AccessReview, AccountEvent
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, Lookup
from minwon_desk.domain.i18n import translate as desk_language
from minwon_desk.domain.inspection import next_month
from minwon_desk.domain.timeutil import format_month


@dataclass(frozen=True, slots=True)
class Section:
    key: str
    title: str
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]
    empty: str  # said instead of the table when there are no rows
    note: str = ""  # how the rows were picked
    numeric: tuple[int, ...] = ()  # columns of figures (right-aligned)
    short: str = ""  # the title where room is scarce (a tab)

    @property
    def tab(self) -> str:
        return self.short or self.title


def title(review: AccessReview, lookup: Lookup | None = None) -> str:
    translate = lookup or desk_language
    return translate("AccessReview", "{month} 개인정보 접속기록 점검").format(
        month=format_month(review.month, translate))


def period(review: AccessReview, lookup: Lookup | None = None) -> str:
    """The days the figures cover: the whole month, or this month up to now."""
    translate = lookup or desk_language
    after = next_month(review.month)
    if review.until.date() >= after:
        return f"{review.month:%Y-%m-%d} ~ {after - timedelta(days=1):%Y-%m-%d}"
    return translate("AccessReview", "{start} ~ {until} (이달은 작성 시각까지)").format(
        start=f"{review.month:%Y-%m-%d}", until=f"{review.until:%Y-%m-%d %H:%M}")


def _when(at: datetime) -> str:
    return f"{at:%m-%d %H:%M}"


def _n(value: int) -> str:
    return f"{value:,}"


_SHORT = {
    "accounts": QT_TRANSLATE_NOOP("AccessReview", "계정별 처리"),
    "after_hours": QT_TRANSLATE_NOOP("AccessReview", "시간 외 접근"),
    "bulk": QT_TRANSLATE_NOOP("AccessReview", "대량·다운로드"),
    "heavy": QT_TRANSLATE_NOOP("AccessReview", "과다 조회"),
    "sign_ins": QT_TRANSLATE_NOOP("AccessReview", "로그인 실패·잠금"),
    "role_changes": QT_TRANSLATE_NOOP("AccessReview", "권한 변경"),
}


def sections(review: AccessReview, lookup: Lookup | None = None) -> list[Section]:
    translate = lookup or desk_language
    return [replace(s, short=translate("AccessReview", _SHORT[s.key])) if s.key in _SHORT else s
            for s in _sections(review, translate)]


def _sections(review: AccessReview, translate: Lookup) -> list[Section]:
    def header(*names: str) -> tuple[str, ...]:
        return tuple(translate("AccessReview", name) for name in names)

    line_header = header(*_LINE)
    event_header = header(*_EVENT)
    return [
        Section("accounts", translate("AccessReview", "계정별 개인정보 처리"), header(*_ACCOUNTS),
                tuple((a.person.label, a.person.department, _roles(a.roles, translate), _n(a.views),
                       _n(a.prints),
                       _n(a.downloads), _n(a.rows), _n(a.after_hours))
                      for a in review.accounts),
                translate("AccessReview", "이 달에 개인정보를 조회·출력·다운로드한 기록이 없습니다."),
                translate("AccessReview", "조회·출력·다운로드는 다룬 기록(건)의 수입니다."),
                numeric=(3, 4, 5, 6, 7)),
        Section("after_hours", translate("AccessReview", "근무시간 외 접근"), line_header,
                tuple(_line(a, a.when, translate) for a in review.after_hours),
                translate("AccessReview", "근무시간 밖(휴일·근무시간 전후)의 접근이 없습니다."),
                translate("AccessReview", "기관 달력의 근무일·근무시간 밖의 접근입니다. "
                                          "점심시간은 근무시간으로 봅니다."),
                numeric=(4,)),
        Section("bulk", translate("AccessReview", "대량 조회·다운로드와 사유"),
                (*line_header[:-1], translate("AccessReview", "사유")),
                tuple(_line(b, b.reason or "—", translate) for b in review.bulk),
                translate("AccessReview", "대량 조회나 다운로드가 없습니다."),
                translate("AccessReview", "{rule}입니다.").format(rule=bulk_rule(translate)),
                numeric=(4,)),
        Section("heavy", translate("AccessReview", "동료보다 훨씬 많이 조회한 계정"),
                header(*_HEAVY),
                tuple((h.person.label, h.person.department, _roles(h.roles, translate),
                       _n(h.views),
                       translate("AccessReview", "{n}개").format(n=h.peers),
                       _ratio(h.views, h.peer_median, translate))
                      for h in review.heavy),
                translate("AccessReview", "동료보다 훨씬 많이 조회한 계정이 없습니다."),
                translate("AccessReview", "{rule}입니다.").format(rule=heavy_rule(translate)),
                numeric=(3,)),
        Section("sign_ins", translate("AccessReview", "로그인 실패와 계정 잠금"), event_header,
                tuple(_event(e) for e in review.sign_ins),
                translate("AccessReview", "로그인 실패나 잠금이 없습니다."),
                translate("AccessReview", "없는 계정 이름으로 시도한 로그인은 계정이 없어 "
                                          "여기에 나오지 않습니다.")),
        Section("role_changes", translate("AccessReview", "계정·권한 변경"), event_header,
                tuple(_event(e) for e in review.role_changes),
                translate("AccessReview", "계정이나 권한이 바뀌지 않았습니다.")),
        Section("reviews", translate("AccessReview", "점검 기록"), header(*_REVIEWS),
                tuple((f"{r.at:%Y-%m-%d %H:%M}", r.reviewer.label, r.desk, r.finding)
                      for r in review.reviews),
                translate("AccessReview", "아직 점검 기록이 없습니다. {month}월 {day}일까지 "
                                          "점검하고 기록해 주세요."
                          ).format(month=review.due.month, day=review.due.day)),
    ]


# The columns of the tables, marked here and said in the section's language.
_ACCOUNTS = (
    QT_TRANSLATE_NOOP("AccessReview", "이름(사번)"), QT_TRANSLATE_NOOP("AccessReview", "부서"),
    QT_TRANSLATE_NOOP("AccessReview", "역할"), QT_TRANSLATE_NOOP("AccessReview", "조회"),
    QT_TRANSLATE_NOOP("AccessReview", "출력"), QT_TRANSLATE_NOOP("AccessReview", "다운로드"),
    QT_TRANSLATE_NOOP("AccessReview", "기록 행"), QT_TRANSLATE_NOOP("AccessReview", "시간 외"),
)
_LINE = (
    QT_TRANSLATE_NOOP("AccessReview", "일시"), QT_TRANSLATE_NOOP("AccessReview", "이름(사번)"),
    QT_TRANSLATE_NOOP("AccessReview", "처리"), QT_TRANSLATE_NOOP("AccessReview", "대상"),
    QT_TRANSLATE_NOOP("AccessReview", "건수"), QT_TRANSLATE_NOOP("AccessReview", "화면·문서"),
    QT_TRANSLATE_NOOP("AccessReview", "창구·PC"), QT_TRANSLATE_NOOP("AccessReview", "구분"),
)
_HEAVY = (
    QT_TRANSLATE_NOOP("AccessReview", "이름(사번)"), QT_TRANSLATE_NOOP("AccessReview", "부서"),
    QT_TRANSLATE_NOOP("AccessReview", "역할"), QT_TRANSLATE_NOOP("AccessReview", "조회"),
    QT_TRANSLATE_NOOP("AccessReview", "비교 계정"), QT_TRANSLATE_NOOP("AccessReview", "비교"),
)
_EVENT = (
    QT_TRANSLATE_NOOP("AccessReview", "일시"), QT_TRANSLATE_NOOP("AccessReview", "이름(사번)"),
    QT_TRANSLATE_NOOP("AccessReview", "구분"), QT_TRANSLATE_NOOP("AccessReview", "내용"),
    QT_TRANSLATE_NOOP("AccessReview", "처리자"), QT_TRANSLATE_NOOP("AccessReview", "창구"),
)
_REVIEWS = (
    QT_TRANSLATE_NOOP("AccessReview", "점검 일시"), QT_TRANSLATE_NOOP("AccessReview", "점검자"),
    QT_TRANSLATE_NOOP("AccessReview", "창구"), QT_TRANSLATE_NOOP("AccessReview", "점검 결과"),
)


def _roles(titles: str, translate: Lookup) -> str:
    """The roles' titles (Korean, as the review holds them) in the section's language."""
    return ", ".join(translate("Role", title) for title in titles.split(", ")) if titles else ""


def _ratio(views: int, peer_median: float, translate: Lookup) -> str:
    if peer_median <= 0:
        return translate("AccessReview", "동료 중앙값 0건")
    return translate("AccessReview", "동료 중앙값의 {ratio}배").format(
        ratio=f"{views / peer_median:.1f}")


# Whose records, in words (the log names the kind of record as the code does).
_ENTITIES = {
    "visit": QT_TRANSLATE_NOOP("AccessReview", "방문"),
    "memo": QT_TRANSLATE_NOOP("AccessReview", "전화메모"),
    "case": QT_TRANSLATE_NOOP("AccessReview", "민원"),
    "voucher": QT_TRANSLATE_NOOP("AccessReview", "보상 증서"),
    "survey_response": QT_TRANSLATE_NOOP("AccessReview", "만족도 조사 응답"),
}


def entity_words(entity: str, lookup: Lookup | None = None) -> str:
    translate = lookup or desk_language
    return translate("AccessReview", _ENTITIES[entity]) if entity in _ENTITIES else entity


def _line(line: AccessLine, last: str, translate: Lookup) -> tuple[str, ...]:
    where = " / ".join(part for part in (line.desk, line.host) if part)
    return (_when(line.at), line.person.label, line.operation,
            entity_words(line.entity, translate), _n(line.count),
            line.what, where, last)


def _event(event: AccountEvent) -> tuple[str, ...]:
    return (_when(event.at), event.person.label, event.kind, event.detail or "—",
            event.by or "—", event.desk or "—")


def summary(review: AccessReview, lookup: Lookup | None = None) -> str:
    """One line: how many rows, and what needs a look."""
    translate = lookup or desk_language
    return translate("AccessReview", "접속기록 {rows}건 · 근무시간 외 {after}건 · 대량·다운로드 {bulk}건 · "
               "과다 조회 {heavy}계정 · 로그인 실패·잠금 {sign_ins}건 · 권한 변경 {roles}건").format(
        rows=_n(review.rows), after=_n(len(review.after_hours)), bulk=_n(len(review.bulk)),
        heavy=_n(len(review.heavy)), sign_ins=_n(len(review.sign_ins)),
        roles=_n(len(review.role_changes)))
