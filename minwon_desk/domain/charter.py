"""The service charter (고객응대서비스 이행표준) as data: clocks, compensation, wording.

A charter is a TOML file an administrator edits. A wrong file is refused as a whole with a
:class:`CharterError` naming the file, the line and the dotted key, so nothing half-read is
ever used. Unknown keys are refused too: a typo must not silently turn a clock off.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time
from pathlib import Path
from types import MappingProxyType
from typing import Any, NoReturn

from minwon_desk.domain.calendar import WorkingCalendar, WorkingHours
from minwon_desk.domain.charter_locate import CharterError, key_lines, line_of, syntax_error
from minwon_desk.domain.filesize import CHARTER_MAX, FileRefused, read_bounded
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.notice_templates import (
    NoticeStage,
    NoticeTemplate,
    default_templates,
    parse_notices,
)
from minwon_desk.domain.periods import Period, PeriodError
from minwon_desk.domain.retention import DEFAULT_POLICY, RetentionPolicy, parse_retention

__all__ = [
    "CLOCK_KEYS",
    "CLOCK_LABELS",
    "COMPENSATION_LABELS",
    "REQUIRED_CLOCKS",
    "SELF_INSPECTION_LABELS",
    "Charter",
    "CharterError",
    "ClockRule",
    "CompensationRule",
    "DocumentWording",
    "load_charter",
    "parse_charter",
]

CLOCK_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "greeting": "방문객 경청 시작",
        "callback": "답신전화",
        "transfer": "서면 민원 담당자 전달",
        "internet_inquiry": "인터넷 문의 답변",
        "complaint": "불만·고충 회신",
        "suggestion": "건의 처리결과 통지",
        "inquiry_law": "법령 질의 회신",
        "inquiry_procedure": "제도·절차 질의 회신",
        "simple_question": "단순 질의 응답",
        "taskforce_dispatch": "1357 현장기동반 출동",
        "taskforce_regional": "1357 지방청 자체 해소",
        "taskforce_hq": "1357 본부 자체 해소",
        "taskforce_ministries": "1357 관계부처 해소 요청",
        "interim_notice": "중간 통지",
    }
)
CLOCK_KEYS: tuple[str, ...] = tuple(CLOCK_LABELS)
REQUIRED_CLOCKS: tuple[str, ...] = ("greeting", "callback")

COMPENSATION_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "repeat_visit": "직원의 잘못으로 두 번 이상 방문",
        "deadline_without_notice": "사전 안내 없이 처리기간 경과",
        "discourtesy": "불친절·불성실한 처리",
        "bribery_report": "금품수수·부정비리 신고",
    }
)
SELF_INSPECTION_LABELS: Mapping[str, str] = MappingProxyType(
    {"monthly": "매월", "quarterly": "분기마다", "half_yearly": "반기마다", "yearly": "매년"}
)

_PERIOD_HELP = QT_TRANSLATE_NOOP(
    "Charter", "3m(벽시계 분), 3h(근무시간), 3d(일), immediate(즉시) 형식으로 적어 주세요."
)


@dataclass(frozen=True)
class ClockRule:
    key: str
    label: str
    period: Period | None  # None: the charter promises no figure (untimed)
    warn_before: Period | None
    basis: str


@dataclass(frozen=True)
class CompensationRule:
    kind: str
    label: str
    amount: int  # KRW


_OFFICIAL_FORM = ("sender", "postcode", "address", "homepage", "phone", "fax", "email",
                  "disclosure")


@dataclass(frozen=True)
class DocumentWording:
    agency_name: str
    letterhead: str
    voucher_title: str
    voucher_wording: str
    contact_line: str
    # Put before an officer's extension to print a full number on letters ("044-204-");
    # empty: letters print "내선 1234".
    phone_prefix: str = ""
    # The official letter's 결문 (행정업무의 운영 및 혁신에 관한 규정 시행규칙 별지 제1호):
    # the sender (발신명의) over the seal, and where the letter comes from.
    sender: str = ""  # "중소벤처기업부장관"; empty: the agency's name
    postcode: str = ""
    address: str = ""
    homepage: str = ""
    phone: str = ""  # the agency's number, when a letter names no officer
    fax: str = ""
    email: str = ""  # the agency's address, when the officer has none
    disclosure: str = "부분공개(6)"  # 공개구분: replies carry personal data (정보공개법 §9①6)

    def officer_phone(self, extension: str) -> str:
        ext = extension.strip()
        if not ext:
            return ""
        return f"{self.phone_prefix}{ext}" if self.phone_prefix else f"내선 {ext}"


_NO_FORM = DocumentWording("", "", "", "", "")  # the form's defaults


@dataclass(frozen=True)
class Charter:
    id: str
    name: str
    agency: str
    documents: DocumentWording
    clocks: Mapping[str, ClockRule]
    compensation: tuple[CompensationRule, ...]
    survey_month: int | None  # None: yearly, month not fixed
    self_inspection: str  # a key of SELF_INSPECTION_LABELS
    working_hours: WorkingHours
    source: str  # the file it was read from
    reference: str = field(default="")  # where the charter text itself comes from
    retention: RetentionPolicy = field(default=DEFAULT_POLICY)  # [retention] (domain.retention)
    # What the petitioner is sent at each stage ([notices.…]; defaults where not given).
    notices: Mapping[NoticeStage, NoticeTemplate] = field(default_factory=default_templates)

    def clock(self, key: str) -> ClockRule:
        """The rule of one clock; KeyError when this charter has no such clock."""
        try:
            return self.clocks[key]
        except KeyError:
            raise KeyError(translate("Charter", "이행표준 '{name}'에 '{key}' 시계가 없습니다.").format(name=self.name, key=key)) from None

    def compensation_for(self, kind: str) -> CompensationRule | None:
        return next((rule for rule in self.compensation if rule.kind == kind), None)

    def make_calendar(
        self, *, added: Mapping[date, str] | None = None, removed: tuple[date, ...] = ()
    ) -> WorkingCalendar:
        return WorkingCalendar(added=added, removed=removed, hours=self.working_hours)

    def self_inspection_label_ko(self) -> str:
        return SELF_INSPECTION_LABELS[self.self_inspection]


def load_charter(path: str | Path) -> Charter:
    name = str(path)
    try:
        raw = read_bounded(Path(path), CHARTER_MAX)
    except FileRefused as refused:
        raise CharterError(name, None, None, translate(
            "Charter",
            "{reason}. 헌장 파일이 맞는지 확인해 주세요.",
        ).format(reason=refused.reason)) from None
    except FileNotFoundError:
        raise CharterError(name, None, None, translate(
            "Charter",
            "파일이 없습니다. 경로를 확인해 주세요.",
        )) from None
    except OSError as exc:
        raise CharterError(
            name, None, None, translate(
                "Charter",
                "파일을 읽을 수 없습니다({strerror}). 권한을 확인해 주세요.",
            ).format(strerror=exc.strerror)
        ) from None
    try:
        text = raw.decode("utf-8-sig")  # Windows Notepad may add a BOM
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise CharterError(
            name, line, None, translate(
                "Charter",
                "UTF-8이 아닌 글자가 있습니다. 파일을 UTF-8로 저장해 주세요.",
            )
        ) from None
    return parse_charter(text, name)


def parse_charter(text: str, filename: str) -> Charter:
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise syntax_error(exc, text, filename) from None
    except RecursionError:
        # The parser recurses once per nested array or table: thousands deep is not a charter.
        raise CharterError(
            filename, None, None, translate(
                "Charter",
                "괄호([ ], { })가 너무 깊게 겹쳐 있어 읽을 수 없습니다. 파일을 확인해 주세요.",
            )
        ) from None
    return _Reader(text, filename).charter(data)


class _Reader:
    """Reads the parsed TOML, refusing anything that breaks a rule at its line and key."""

    def __init__(self, text: str, filename: str) -> None:
        self._file = filename
        self._lines = key_lines(text)

    def fail(self, key: str, problem: str) -> NoReturn:
        raise CharterError(self._file, line_of(self._lines, key), key, problem)

    def table(self, parent: Mapping[str, Any], key: str, *, required: bool) -> dict[str, Any]:
        name = key.rsplit(".", 1)[-1]
        value = parent.get(name)
        if value is None:
            if required:
                self.fail(key, translate(
                    "Charter",
                    "[{key}] 구역이 없습니다. 이 구역을 추가해 주세요.",
                ).format(key=key))
            return {}
        if not isinstance(value, dict):
            self.fail(key, translate("Charter", "'{key}'는 [{key}] 구역이어야 합니다.").format(key=key))
        return value

    def only(self, table: Mapping[str, Any], path: str, allowed: tuple[str, ...]) -> None:
        for name in table:
            if name not in allowed:
                known = ", ".join(allowed)
                self.fail(
                    f"{path}.{name}" if path else name,
                    translate(
                        "Charter",
                        "알 수 없는 키입니다. 오타인지 확인해 주세요. 이 구역에 쓸 수 있는 "
                        "키: {known}.",
                    ).format(known=known),
                )

    def text(self, table: Mapping[str, Any], path: str, name: str, default: str | None) -> str:
        key = f"{path}.{name}"
        value = table.get(name)
        if value is None:
            if default is None:
                self.fail(key, translate(
                    "Charter",
                    "'{name}' 값이 없습니다. {name} = \"…\" 줄을 추가해 주세요.",
                ).format(name=name))
            return default
        if not isinstance(value, str):
            self.fail(key, translate(
                "Charter",
                "글자여야 합니다(받은 값: {value!r}). 따옴표로 감싸 주세요.",
            ).format(value=value))
        if default is None and not value.strip():
            self.fail(key, translate("Charter", "비어 있습니다. 값을 적어 주세요."))
        return value.strip()

    def integer(self, table: Mapping[str, Any], key: str, name: str, low: int, high: int) -> int:
        value = table.get(name)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, translate(
                "Charter",
                "정수여야 합니다(받은 값: {value!r}). 따옴표 없이 숫자만 적어 주세요.",
            ).format(value=value))
        if not low <= value <= high:
            self.fail(
                key, translate(
                    "Charter",
                    "{value}은(는) 쓸 수 없습니다. {low:,}부터 {high:,}까지의 수를 적어 "
                    "주세요.",
                ).format(value=value, low=low, high=high)
            )
        return value

    def period(self, table: Mapping[str, Any], key: str, name: str) -> Period | None:
        value = table.get(name)
        if value is None:
            return None
        if not isinstance(value, str):
            self.fail(
                key, translate(
                    "Charter",
                    "기간은 \"3d\"처럼 따옴표로 감싸야 합니다(받은 값: {value!r}). "
                    "{period_help}",
                ).format(value=value, period_help=translate("Charter", _PERIOD_HELP))
            )
        try:
            return Period.parse(value)
        except PeriodError:
            self.fail(key, translate(
                "Charter",
                "기간 '{value}'을(를) 읽을 수 없습니다. {period_help}",
            ).format(value=value, period_help=translate("Charter", _PERIOD_HELP)))

    def clock_of_day(self, table: Mapping[str, Any], key: str, name: str, default: time) -> time:
        value = table.get(name)
        if value is None:
            return default
        if isinstance(value, time):
            return value
        if isinstance(value, str):
            match = re.fullmatch(r"\s*(\d{1,2}):(\d{2})\s*", value)
            if match and int(match.group(1)) < 24 and int(match.group(2)) < 60:
                return time(int(match.group(1)), int(match.group(2)))
        self.fail(key, translate(
            "Charter",
            "시각 {value!r}을(를) 읽을 수 없습니다. \"09:00\"처럼 적어 주세요.",
        ).format(value=value))

    # --- sections ----------------------------------------------------------------------

    def charter(self, data: dict[str, Any]) -> Charter:
        self.only(
            data, "", ("charter", "documents", "calendar", "clocks", "compensation", "inspection",
                   "retention", "notices"),
        )
        head = self.table(data, "charter", required=True)
        self.only(head, "charter", ("id", "name", "agency", "reference"))
        charter_id = self.text(head, "charter", "id", None)
        if not re.fullmatch(r"[a-z0-9_\-]+", charter_id):
            self.fail(
                "charter.id",
                translate(
                    "Charter",
                    "'{charter_id}'은(는) 쓸 수 없습니다. 영문 소문자·숫자·-·_로 적어 주세요 "
                    "(예: \"mss\").",
                ).format(charter_id=charter_id),
            )
        agency = self.text(head, "charter", "agency", None)
        inspection = self.table(data, "inspection", required=False)
        self.only(inspection, "inspection", ("survey_month", "self_inspection"))
        survey_month = None
        if "survey_month" in inspection:
            survey_month = self.integer(
                inspection, "inspection.survey_month", "survey_month", 1, 12
            )
        cycle = self.text(inspection, "inspection", "self_inspection", "monthly")
        if cycle not in SELF_INSPECTION_LABELS:
            known = ", ".join(SELF_INSPECTION_LABELS)
            self.fail(
                "inspection.self_inspection",
                translate(
                    "Charter",
                    "'{cycle}'은(는) 쓸 수 없습니다. 다음 중 하나를 적어 주세요: {known}.",
                ).format(cycle=cycle, known=known),
            )
        return Charter(
            id=charter_id,
            name=self.text(head, "charter", "name", None),
            agency=agency,
            documents=self.documents(data, agency),
            clocks=MappingProxyType(self.clocks(data)),
            compensation=self.compensation(data),
            survey_month=survey_month,
            self_inspection=cycle,
            working_hours=self.working_hours(data),
            source=self._file,
            reference=self.text(head, "charter", "reference", ""),
            retention=parse_retention(data.get("retention"), self.fail),
            notices=parse_notices(data, self.fail),
        )

    def documents(self, data: dict[str, Any], agency: str) -> DocumentWording:
        docs = self.table(data, "documents", required=True)
        names = (
            "agency_name", "letterhead", "voucher_title", "voucher_wording", "contact_line",
            "phone_prefix", *_OFFICIAL_FORM,
        )
        self.only(docs, "documents", names)
        agency_name = self.text(docs, "documents", "agency_name", agency)
        return DocumentWording(
            agency_name=agency_name,
            letterhead=self.text(docs, "documents", "letterhead", agency_name),
            voucher_title=self.text(docs, "documents", "voucher_title", None),
            voucher_wording=self.text(docs, "documents", "voucher_wording", None),
            contact_line=self.text(docs, "documents", "contact_line", ""),
            phone_prefix=self.text(docs, "documents", "phone_prefix", ""),
            **{name: self.text(docs, "documents", name, getattr(_NO_FORM, name))
               for name in _OFFICIAL_FORM},
        )

    def working_hours(self, data: dict[str, Any]) -> WorkingHours:
        cal = self.table(data, "calendar", required=False)
        names = ("work_start", "work_end", "lunch_start", "lunch_end")
        self.only(cal, "calendar", names)
        base = WorkingHours()
        start, end, lunch_start, lunch_end = (
            self.clock_of_day(cal, f"calendar.{n}", n, getattr(base, n.replace("work_", "")))
            for n in names
        )
        if not start < end:
            self.fail(
                "calendar.work_end",
                translate(
                    "Charter",
                    "근무 종료({end:%H:%M})가 시작({start:%H:%M})보다 늦어야 합니다.",
                ).format(end=end, start=start),
            )
        if not start <= lunch_start <= end:
            self.fail(
                "calendar.lunch_start",
                translate("Charter", "점심 시작({lunch_start:%H:%M})은 근무시간 안이어야 합니다.").format(lunch_start=lunch_start),
            )
        if not lunch_start <= lunch_end <= end:
            self.fail(
                "calendar.lunch_end",
                translate(
                    "Charter",
                    "점심 끝({lunch_end:%H:%M})은 점심 시작({lunch_start:%H:%M})과 근무 "
                    "종료({end:%H:%M}) 사이여야 합니다.",
                ).format(lunch_end=lunch_end, lunch_start=lunch_start, end=end),
            )
        return WorkingHours(start=start, end=end, lunch_start=lunch_start, lunch_end=lunch_end)

    def clocks(self, data: dict[str, Any]) -> dict[str, ClockRule]:
        clocks = self.table(data, "clocks", required=True)
        self.only(clocks, "clocks", CLOCK_KEYS)
        for name in REQUIRED_CLOCKS:
            if name not in clocks:
                self.fail(
                    f"clocks.{name}",
                    translate(
                        "Charter",
                        "[clocks.{name}] 구역이 없습니다. 추가해 주세요. 기한이 없으면 "
                        "period 없이 구역만 두면 됩니다.",
                    ).format(name=name),
                )
        rules: dict[str, ClockRule] = {}
        for name in CLOCK_KEYS:
            if name not in clocks:
                continue
            path = f"clocks.{name}"
            table = self.table(clocks, path, required=True)
            self.only(table, path, ("label", "period", "warn_before", "basis"))
            period = self.period(table, f"{path}.period", "period")
            warn = self.period(table, f"{path}.warn_before", "warn_before")
            if warn is not None and period is None:
                self.fail(
                    f"{path}.warn_before",
                    translate(
                        "Charter",
                        "기한(period)이 없는 시계에는 경고 시점을 둘 수 없습니다. "
                        "warn_before를 지우거나 period를 적어 주세요.",
                    ),
                )
            if warn is not None and period is not None and warn.working_time >= period.working_time:
                self.fail(
                    f"{path}.warn_before",
                    translate(
                        "Charter",
                        "경고 시점 {warn}은(는) 기간 {period}보다 짧아야 합니다. 더 짧게 "
                        "적어 주세요.",
                    ).format(warn=warn.label(), period=period.label()),
                )
            rules[name] = ClockRule(
                key=name,
                label=self.text(table, path, "label", CLOCK_LABELS[name]),
                period=period,
                warn_before=warn,
                basis=self.text(table, path, "basis", ""),
            )
        return rules

    def compensation(self, data: dict[str, Any]) -> tuple[CompensationRule, ...]:
        entries = data.get("compensation", [])
        if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
            self.fail("compensation", translate(
                "Charter",
                "보상 규칙은 [[compensation]] 구역으로 하나씩 적어 주세요.",
            ))
        rules: list[CompensationRule] = []
        seen: set[str] = set()
        for index, entry in enumerate(entries, start=1):
            path = f"compensation[{index}]"
            self.only(entry, path, ("kind", "label", "amount"))
            kind = self.text(entry, path, "kind", None)
            if kind not in COMPENSATION_LABELS:
                known = ", ".join(COMPENSATION_LABELS)
                self.fail(
                    f"{path}.kind",
                    translate(
                        "Charter",
                        "'{kind}'은(는) 알 수 없는 보상 종류입니다. 다음 중 하나를 적어 "
                        "주세요: {known}.",
                    ).format(kind=kind, known=known),
                )
            if kind in seen:
                self.fail(
                    f"{path}.kind", translate(
                        "Charter",
                        "보상 종류 '{kind}'가 두 번 나옵니다. 하나만 남겨 주세요.",
                    ).format(kind=kind)
                )
            seen.add(kind)
            if "amount" not in entry:
                self.fail(
                    f"{path}.amount",
                    translate(
                        "Charter",
                        "보상 금액(amount)이 없습니다. amount = 10000처럼 적어 주세요.",
                    ),
                )
            amount = self.integer(entry, f"{path}.amount", "amount", 1, 10_000_000)
            label = self.text(entry, path, "label", COMPENSATION_LABELS[kind])
            rules.append(CompensationRule(kind=kind, label=label, amount=amount))
        return tuple(rules)
