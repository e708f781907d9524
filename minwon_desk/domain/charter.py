"""The service charter (고객응대서비스 이행표준) as data: clocks, compensation, wording.

Each section has its reader: the clocks (charter_clocks), compensation
(charter_compensation), retention (retention), the notices (notice_templates); here the
charter's head, its documents' wording, the working hours and self-inspection. The values
are read by charter_reader.

A charter is a TOML file an administrator edits. A wrong file is refused as a whole with a
:class:`CharterError` naming the file, the line and the dotted key, so nothing half-read is
ever used. Unknown keys are refused too: a typo must not silently turn a clock off.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from types import MappingProxyType
from typing import Any

from minwon_desk.domain.calendar import WorkingCalendar, WorkingHours
from minwon_desk.domain.charter_clocks import (
    CLOCK_KEYS,
    CLOCK_LABELS,
    REQUIRED_CLOCKS,
    ClockRule,
    read_clocks,
)
from minwon_desk.domain.charter_compensation import (
    COMPENSATION_LABELS,
    CompensationRule,
    read_compensation,
)
from minwon_desk.domain.charter_locate import CharterError, syntax_error
from minwon_desk.domain.charter_reader import CharterReader
from minwon_desk.domain.filesize import CHARTER_MAX, FileRefused, read_bounded
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.notice_templates import (
    NoticeStage,
    NoticeTemplate,
    default_templates,
    parse_notices,
)
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

SELF_INSPECTION_LABELS: Mapping[str, str] = MappingProxyType(
    {"monthly": "매월", "quarterly": "분기마다", "half_yearly": "반기마다", "yearly": "매년"}
)

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


class _Reader(CharterReader):
    """The charter's own sections over the value reader; clocks and compensation have theirs."""

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
            clocks=MappingProxyType(read_clocks(self, data)),
            compensation=read_compensation(self, data),
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
