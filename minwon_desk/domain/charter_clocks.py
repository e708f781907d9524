"""The charter's ``[clocks.…]`` sections: which clocks a charter may set, their labels,
and each one read into a :class:`ClockRule` (a period, when to warn, on what basis).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from minwon_desk.domain.charter_reader import CharterReader
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.periods import Period

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


@dataclass(frozen=True)
class ClockRule:
    key: str
    label: str
    period: Period | None  # None: the charter promises no figure (untimed)
    warn_before: Period | None
    basis: str


def read_clocks(reader: CharterReader, data: Mapping[str, Any]) -> dict[str, ClockRule]:
    clocks = reader.table(data, "clocks", required=True)
    reader.only(clocks, "clocks", CLOCK_KEYS)
    for name in REQUIRED_CLOCKS:
        if name not in clocks:
            reader.fail(
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
        table = reader.table(clocks, path, required=True)
        reader.only(table, path, ("label", "period", "warn_before", "basis"))
        period = reader.period(table, f"{path}.period", "period")
        warn = reader.period(table, f"{path}.warn_before", "warn_before")
        if warn is not None and period is None:
            reader.fail(
                f"{path}.warn_before",
                translate(
                    "Charter",
                    "기한(period)이 없는 시계에는 경고 시점을 둘 수 없습니다. "
                    "warn_before를 지우거나 period를 적어 주세요.",
                ),
            )
        if warn is not None and period is not None and warn.working_time >= period.working_time:
            reader.fail(
                f"{path}.warn_before",
                translate(
                    "Charter",
                    "경고 시점 {warn}은(는) 기간 {period}보다 짧아야 합니다. 더 짧게 "
                    "적어 주세요.",
                ).format(warn=warn.label(), period=period.label()),
            )
        rules[name] = ClockRule(
            key=name,
            label=reader.text(table, path, "label", CLOCK_LABELS[name]),
            period=period,
            warn_before=warn,
            basis=reader.text(table, path, "basis", ""),
        )
    return rules
