"""The monthly access review as tables of words: one list of sections that the page, the
PDF and the workbook all show, so the three never say different things."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from minwon_desk.domain.access_review import BULK_RULE, HEAVY_RULE
from minwon_desk.domain.access_review_report import AccessLine, AccessReview, AccountEvent
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


def title(review: AccessReview) -> str:
    return f"{format_month_ko(review.month)} 개인정보 접속기록 점검"


def period(review: AccessReview) -> str:
    """The days the figures cover: the whole month, or this month up to now."""
    after = next_month(review.month)
    if review.until.date() >= after:
        return f"{review.month:%Y-%m-%d} ~ {after - timedelta(days=1):%Y-%m-%d}"
    return f"{review.month:%Y-%m-%d} ~ {review.until:%Y-%m-%d %H:%M} (이달은 작성 시각까지)"


def _when(at: datetime) -> str:
    return f"{at:%m-%d %H:%M}"


def _n(value: int) -> str:
    return f"{value:,}"


def sections(review: AccessReview) -> list[Section]:
    return [
        Section("accounts", "계정별 개인정보 처리",
                ("이름(사번)", "부서", "역할", "조회", "출력", "다운로드", "기록 행", "시간 외"),
                tuple((a.person.label, a.person.department, a.roles, _n(a.views), _n(a.prints),
                       _n(a.downloads), _n(a.rows), _n(a.after_hours))
                      for a in review.accounts),
                "이 달에 개인정보를 조회·출력·다운로드한 기록이 없습니다.",
                "조회·출력·다운로드는 다룬 기록(건)의 수입니다.", numeric=(3, 4, 5, 6, 7)),
        Section("after_hours", "근무시간 외 접근", _LINE_HEADER,
                tuple(_line(a, a.when) for a in review.after_hours),
                "근무시간 밖(휴일·근무시간 전후)의 접근이 없습니다.",
                "기관 달력의 근무일·근무시간 밖의 접근입니다. 점심시간은 근무시간으로 봅니다.",
                numeric=(4,)),
        Section("bulk", "대량 조회·다운로드와 사유", (*_LINE_HEADER[:-1], "사유"),
                tuple(_line(b, b.reason or "—") for b in review.bulk),
                "대량 조회나 다운로드가 없습니다.", BULK_RULE + "입니다.", numeric=(4,)),
        Section("heavy", "동료보다 훨씬 많이 조회한 계정",
                ("이름(사번)", "부서", "역할", "조회", "비교 계정", "비교"),
                tuple((h.person.label, h.person.department, h.roles, _n(h.views),
                       f"{h.peers}개", h.ratio_text) for h in review.heavy),
                "동료보다 훨씬 많이 조회한 계정이 없습니다.", HEAVY_RULE + "입니다.",
                numeric=(3,)),
        Section("sign_ins", "로그인 실패와 계정 잠금", _EVENT_HEADER,
                tuple(_event(e) for e in review.sign_ins),
                "로그인 실패나 잠금이 없습니다.",
                "없는 계정 이름으로 시도한 로그인은 계정이 없어 여기에 나오지 않습니다."),
        Section("role_changes", "계정·권한 변경", _EVENT_HEADER,
                tuple(_event(e) for e in review.role_changes),
                "계정이나 권한이 바뀌지 않았습니다."),
        Section("reviews", "점검 기록", ("점검 일시", "점검자", "창구", "점검 결과"),
                tuple((f"{r.at:%Y-%m-%d %H:%M}", r.reviewer.label, r.desk, r.finding)
                      for r in review.reviews),
                f"아직 점검 기록이 없습니다. {review.due.month}월 {review.due.day}일까지 "
                "점검하고 기록해 주세요."),
    ]


_LINE_HEADER = ("일시", "이름(사번)", "처리", "대상", "건수", "화면·문서", "창구·PC", "구분")
_EVENT_HEADER = ("일시", "이름(사번)", "구분", "내용", "처리자", "창구")


def _line(line: AccessLine, last: str) -> tuple[str, ...]:
    where = " / ".join(part for part in (line.desk, line.host) if part)
    return (_when(line.at), line.person.label, line.operation, line.entity, _n(line.count),
            line.what, where, last)


def _event(event: AccountEvent) -> tuple[str, ...]:
    return (_when(event.at), event.person.label, event.kind, event.detail or "—",
            event.by or "—", event.desk or "—")


def summary(review: AccessReview) -> str:
    """One line: how many rows, and what needs a look."""
    return (f"접속기록 {review.rows:,}건 · 근무시간 외 {len(review.after_hours):,}건 · "
            f"대량·다운로드 {len(review.bulk):,}건 · 과다 조회 {len(review.heavy):,}계정 · "
            f"로그인 실패·잠금 {len(review.sign_ins):,}건 · 권한 변경 "
            f"{len(review.role_changes):,}건")
