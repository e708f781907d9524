"""Reading a charter's TOML values: each refused at its line and dotted key with a
:class:`CharterError`, so the section readers (clocks, compensation, the charter's own) say
only what a value must be.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import time
from typing import Any, NoReturn

from minwon_desk.domain.charter_locate import CharterError, key_lines, line_of
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.periods import Period, PeriodError

_PERIOD_HELP = QT_TRANSLATE_NOOP(
    "Charter", "3m(벽시계 분), 3h(근무시간), 3d(일), immediate(즉시) 형식으로 적어 주세요."
)


class CharterReader:
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
