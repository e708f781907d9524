"""The charter's ``[[compensation]]`` entries: which events it pays for and how much, each
kind at most once.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from minwon_desk.domain.charter_reader import CharterReader
from minwon_desk.domain.i18n import translate

COMPENSATION_LABELS: Mapping[str, str] = MappingProxyType(
    {
        "repeat_visit": "직원의 잘못으로 두 번 이상 방문",
        "deadline_without_notice": "사전 안내 없이 처리기간 경과",
        "discourtesy": "불친절·불성실한 처리",
        "bribery_report": "금품수수·부정비리 신고",
    }
)


@dataclass(frozen=True)
class CompensationRule:
    kind: str
    label: str
    amount: int  # KRW


def read_compensation(reader: CharterReader, data: Mapping[str, Any]) -> tuple[CompensationRule, ...]:
    entries = data.get("compensation", [])
    if not isinstance(entries, list) or not all(isinstance(e, dict) for e in entries):
        reader.fail("compensation", translate(
            "Charter",
            "보상 규칙은 [[compensation]] 구역으로 하나씩 적어 주세요.",
        ))
    rules: list[CompensationRule] = []
    seen: set[str] = set()
    for index, entry in enumerate(entries, start=1):
        path = f"compensation[{index}]"
        reader.only(entry, path, ("kind", "label", "amount"))
        kind = reader.text(entry, path, "kind", None)
        if kind not in COMPENSATION_LABELS:
            known = ", ".join(COMPENSATION_LABELS)
            reader.fail(
                f"{path}.kind",
                translate(
                    "Charter",
                    "'{kind}'은(는) 알 수 없는 보상 종류입니다. 다음 중 하나를 적어 "
                    "주세요: {known}.",
                ).format(kind=kind, known=known),
            )
        if kind in seen:
            reader.fail(
                f"{path}.kind", translate(
                    "Charter",
                    "보상 종류 '{kind}'가 두 번 나옵니다. 하나만 남겨 주세요.",
                ).format(kind=kind)
            )
        seen.add(kind)
        if "amount" not in entry:
            reader.fail(
                f"{path}.amount",
                translate(
                    "Charter",
                    "보상 금액(amount)이 없습니다. amount = 10000처럼 적어 주세요.",
                ),
            )
        amount = reader.integer(entry, f"{path}.amount", "amount", 1, 10_000_000)
        label = reader.text(entry, path, "label", COMPENSATION_LABELS[kind])
        rules.append(CompensationRule(kind=kind, label=label, amount=amount))
    return tuple(rules)
