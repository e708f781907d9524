"""Department paths as HR files write them ("본부 > 기획조정실 > 혁신행정담당관"), and a
unit's kind guessed from how its name ends."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence

from minwon_desk.domain.i18n import translate

SEPARATOR = " > "
MAX_SEGMENT = 200  # Department.name

# ">" as typed, and the look-alikes Korean office software and fonts turn it into.
_SPLIT = re.compile(r"\s*[>＞›〉]\s*")

# Longest ending first; the kinds are those the roster offers (services.roster). A 정책관
# or 심의관 heads a unit at the level of a 국; a 담당관 is its own kind.
_KIND_BY_ENDING: tuple[tuple[str, str], ...] = (
    ("지방청", "지방청"),
    ("담당관", "담당관"),
    ("본부", "본부"),
    ("센터", "센터"),
    ("팀", "팀"),
    ("과", "과"),
    ("국", "국"),
    ("실", "실"),
    ("관", "국"),
    ("청", "지방청"),
)
UNKNOWN_KIND = "기타"


class OrgPathError(ValueError):
    """A path that cannot name a unit; the message is a Korean sentence."""


def parse_path(text: str) -> tuple[str, ...]:
    """'본부 > 기획조정실 > 혁신행정담당관' → ('본부', '기획조정실', '혁신행정담당관').

    Spaces inside a name are kept (collapsed to one); an empty segment is refused."""
    folded = unicodedata.normalize("NFC", text).strip()
    if not folded:
        raise OrgPathError(translate(
            "OrgPath",
            "부서가 비어 있습니다. '본부 > 기획조정실 > 혁신행정담당관'처럼 적어 주세요.",
        ))
    parts = tuple(" ".join(p.split()) for p in _SPLIT.split(folded))
    if any(not p for p in parts):
        raise OrgPathError(
            translate(
                "OrgPath",
                "부서 '{text}'에 빈 단계가 있습니다. '>' 사이마다 부서 이름을 적어 주세요.",
            ).format(text=text.strip())
        )
    for part in parts:
        if len(part) > MAX_SEGMENT:
            raise OrgPathError(translate(
                "OrgPath",
                "부서 이름은 {max_segment}자 이내로 적어 주세요 ('{value}…').",
            ).format(max_segment=MAX_SEGMENT, value=part[:20]))
    return parts


def format_path(parts: Sequence[str]) -> str:
    return SEPARATOR.join(parts)


# The kinds of unit an organisation chart uses, top to bottom.
DEPARTMENT_KINDS = ("본부", "지방청", "실", "국", "과", "담당관", "팀", "센터", "기타")


def guess_kind(name: str) -> str:
    """The kind of unit a name suggests: '혁신행정담당관' → '과', '민원안내팀' → '팀'."""
    compact = "".join(name.split())
    for ending, kind in _KIND_BY_ENDING:
        if compact.endswith(ending):
            return kind
    return UNKNOWN_KIND


class UnitIndex:
    """Every unit of a chart by its own name, to anchor a path that does not start at the
    top: '기획조정실 > 운영지원과' or just '혁신행정담당관', as HR files often write them."""

    def __init__(self, paths: Iterable[tuple[str, ...]]) -> None:
        self.roots: set[str] = set()
        self._by_name: dict[str, set[tuple[str, ...]]] = {}
        for path in paths:
            self.roots.add(path[0])
            for depth in range(2, len(path) + 1):
                self._by_name.setdefault(path[depth - 1], set()).add(path[:depth])

    def anchors(self, path: tuple[str, ...]) -> tuple[tuple[str, ...], ...]:
        """The units below the top named like the first part of ``path``, leaving out one
        that is only the end of another ('기획조정실 > 혁신' within '본부 > 기획조정실 >
        혁신'). One: the path continues there; several: it is ambiguous; none: a root."""
        # Not the path's own units: 'A > A' does not continue from itself.
        named = {u for u in self._by_name.get(path[0], ()) if path[: len(u)] != u}
        return tuple(sorted(
            u for u in named if not any(len(o) > len(u) and o[-len(u):] == u for o in named)
        ))


def tree_paths(units: Iterable[tuple[int, int | None, str]]) -> dict[int, tuple[str, ...]]:
    """(id, parent id, name) of every unit → each unit's path from the top of the chart.
    A parent that is missing (or a loop) ends the path there."""
    by_id = {unit_id: (parent, name) for unit_id, parent, name in units}
    paths: dict[int, tuple[str, ...]] = {}
    for start in by_id:
        chain: list[int] = []
        current: int | None = start
        while current is not None and current in by_id and current not in paths and current not in chain:
            chain.append(current)
            current = by_id[current][0]
        base = paths.get(current, ()) if current is not None else ()
        for unit_id in reversed(chain):
            base = (*base, by_id[unit_id][1])
            paths[unit_id] = base
    return paths
