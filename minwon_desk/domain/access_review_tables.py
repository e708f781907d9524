"""The monthly access review as tables of words: one list of sections that the page, the
PDF and the workbook all show, so the three never say different things."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime, timedelta

from minwon_desk.domain.access_review import bulk_rule, heavy_rule
from minwon_desk.domain.access_review_report import AccessLine, AccessReview, AccountEvent
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.inspection import format_month_ko, next_month


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


def title(review: AccessReview) -> str:
    return translate("AccessReview", "{month} 개인정보 접속기록 점검").format(
        month=format_month_ko(review.month))


def period(review: AccessReview) -> str:
    """The days the figures cover: the whole month, or this month up to now."""
    after = next_month(review.month)
    if review.until.date() >= after:
        return f"{review.month:%Y-%m-%d} ~ {after - timedelta(days=1):%Y-%m-%d}"
    return translate("AccessReview", "{start} ~ {until} (이달은 작성 시각까지)").format(
        start=f"{review.month:%Y-%m-%d}", until=f"{review.until:%Y-%m-%d %H:%M}")


def _when(at: datetime) -> str:
    return f"{at:%m-%d %H:%M}"


def _n(value: int) -> str:
    return f"{value:,}"


def _tr(text: str) -> str:
    return translate("AccessReview", text)


_SHORT = {
    "accounts": QT_TRANSLATE_NOOP("AccessReview", "계정별 처리"),
    "after_hours": QT_TRANSLATE_NOOP("AccessReview", "시간 외 접근"),
    "bulk": QT_TRANSLATE_NOOP("AccessReview", "대량·다운로드"),
    "heavy": QT_TRANSLATE_NOOP("AccessReview", "과다 조회"),
    "sign_ins": QT_TRANSLATE_NOOP("AccessReview", "로그인 실패·잠금"),
    "role_changes": QT_TRANSLATE_NOOP("AccessReview", "권한 변경"),
}


def sections(review: AccessReview) -> list[Section]:
    return [replace(s, short=_tr(_SHORT[s.key])) if s.key in _SHORT else s
            for s in _sections(review)]


def _sections(review: AccessReview) -> list[Section]:
    line_header = _line_header()
    event_header = _event_header()
    return [
        Section("accounts", _tr("계정별 개인정보 처리"),
                (_tr("이름(사번)"), _tr("부서"), _tr("역할"), _tr("조회"), _tr("출력"),
                 _tr("다운로드"), _tr("기록 행"), _tr("시간 외")),
                tuple((a.person.label, a.person.department, a.roles, _n(a.views), _n(a.prints),
                       _n(a.downloads), _n(a.rows), _n(a.after_hours))
                      for a in review.accounts),
                _tr("이 달에 개인정보를 조회·출력·다운로드한 기록이 없습니다."),
                _tr("조회·출력·다운로드는 다룬 기록(건)의 수입니다."), numeric=(3, 4, 5, 6, 7)),
        Section("after_hours", _tr("근무시간 외 접근"), line_header,
                tuple(_line(a, a.when) for a in review.after_hours),
                _tr("근무시간 밖(휴일·근무시간 전후)의 접근이 없습니다."),
                _tr("기관 달력의 근무일·근무시간 밖의 접근입니다. 점심시간은 근무시간으로 봅니다."),
                numeric=(4,)),
        Section("bulk", _tr("대량 조회·다운로드와 사유"), (*line_header[:-1], _tr("사유")),
                tuple(_line(b, b.reason or "—") for b in review.bulk),
                _tr("대량 조회나 다운로드가 없습니다."),
                _tr("{rule}입니다.").format(rule=bulk_rule()), numeric=(4,)),
        Section("heavy", _tr("동료보다 훨씬 많이 조회한 계정"),
                (_tr("이름(사번)"), _tr("부서"), _tr("역할"), _tr("조회"), _tr("비교 계정"),
                 _tr("비교")),
                tuple((h.person.label, h.person.department, h.roles, _n(h.views),
                       _tr("{n}개").format(n=h.peers), _ratio(h.views, h.peer_median))
                      for h in review.heavy),
                _tr("동료보다 훨씬 많이 조회한 계정이 없습니다."),
                _tr("{rule}입니다.").format(rule=heavy_rule()), numeric=(3,)),
        Section("sign_ins", _tr("로그인 실패와 계정 잠금"), event_header,
                tuple(_event(e) for e in review.sign_ins),
                _tr("로그인 실패나 잠금이 없습니다."),
                _tr("없는 계정 이름으로 시도한 로그인은 계정이 없어 여기에 나오지 않습니다.")),
        Section("role_changes", _tr("계정·권한 변경"), event_header,
                tuple(_event(e) for e in review.role_changes),
                _tr("계정이나 권한이 바뀌지 않았습니다.")),
        Section("reviews", _tr("점검 기록"),
                (_tr("점검 일시"), _tr("점검자"), _tr("창구"), _tr("점검 결과")),
                tuple((f"{r.at:%Y-%m-%d %H:%M}", r.reviewer.label, r.desk, r.finding)
                      for r in review.reviews),
                _tr("아직 점검 기록이 없습니다. {month}월 {day}일까지 점검하고 기록해 주세요."
                    ).format(month=review.due.month, day=review.due.day)),
    ]


def _line_header() -> tuple[str, ...]:
    return (_tr("일시"), _tr("이름(사번)"), _tr("처리"), _tr("대상"), _tr("건수"),
            _tr("화면·문서"), _tr("창구·PC"), _tr("구분"))


def _event_header() -> tuple[str, ...]:
    return (_tr("일시"), _tr("이름(사번)"), _tr("구분"), _tr("내용"), _tr("처리자"), _tr("창구"))


def _ratio(views: int, peer_median: float) -> str:
    if peer_median <= 0:
        return _tr("동료 중앙값 0건")
    return _tr("동료 중앙값의 {ratio}배").format(ratio=f"{views / peer_median:.1f}")


# Whose records, in words (the log names the kind of record as the code does).
_ENTITIES = {
    "visit": QT_TRANSLATE_NOOP("AccessReview", "방문"),
    "memo": QT_TRANSLATE_NOOP("AccessReview", "전화메모"),
    "case": QT_TRANSLATE_NOOP("AccessReview", "민원"),
    "voucher": QT_TRANSLATE_NOOP("AccessReview", "보상 증서"),
    "survey_response": QT_TRANSLATE_NOOP("AccessReview", "만족도 조사 응답"),
}


def entity_words(entity: str) -> str:
    return _tr(_ENTITIES[entity]) if entity in _ENTITIES else entity


def _line(line: AccessLine, last: str) -> tuple[str, ...]:
    where = " / ".join(part for part in (line.desk, line.host) if part)
    return (_when(line.at), line.person.label, line.operation, entity_words(line.entity),
            _n(line.count),
            line.what, where, last)


def _event(event: AccountEvent) -> tuple[str, ...]:
    return (_when(event.at), event.person.label, event.kind, event.detail or "—",
            event.by or "—", event.desk or "—")


def summary(review: AccessReview) -> str:
    """One line: how many rows, and what needs a look."""
    return _tr("접속기록 {rows}건 · 근무시간 외 {after}건 · 대량·다운로드 {bulk}건 · "
               "과다 조회 {heavy}계정 · 로그인 실패·잠금 {sign_ins}건 · 권한 변경 {roles}건").format(
        rows=_n(review.rows), after=_n(len(review.after_hours)), bulk=_n(len(review.bulk)),
        heavy=_n(len(review.heavy)), sign_ins=_n(len(review.sign_ins)),
        roles=_n(len(review.role_changes)))
