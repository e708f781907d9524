"""The staff directory's search: a ranked in-memory index over a few thousand officers.

Every word of a query is matched by ``hangul.Pattern`` (so "ㄱㅈㅇ", "김ㅈㅇ", "Kim" and
decomposed input all work) against an officer's fields. The best field an officer matches
in gives their rank, lower first:

====  =========================================================================
rank  the query word …
====  =========================================================================
0     equals the name, the extension or the employee number (EXACT)
1     starts the name, as typed ("김종" → 김종윤)
2     occurs inside the name, as typed ("종윤" → 김종윤)
3     matches the start of the name by initials or mixed ("ㄱㅈㅇ", "김ㅈㅇ")
4     matches inside the name by initials or mixed
5     occurs in the department name or any unit of its path ("기획조정실" lists the
      members of every unit under it)
6     starts a duty keyword ("민원" → "민원 접수")
7     occurs inside a duty keyword
8     occurs in the position ("주무관")
9     starts the extension or the employee number ("12" → 1234)
10    occurs inside the extension or the employee number
====  =========================================================================

Initial consonants match names, units and duties (not positions: "ㄱㅈ" would list
every 과장), so a query typed with an
input method that shows "민ㅇ" on the way to "민원" keeps finding the 민원 duties.

A query of several words ("민원 김") finds the officers that every word matches somewhere
(in any fields), or that the whole phrase matches in one field (a Latin name "John
Smith"). They are ordered by their best word's rank (or the phrase's, when better), then
by the sum of their words' ranks (so 민원 in the department beats 민원 in a duty when both
are named 김), then in the order the index was given (the org chart).

Speed: every field is normalised and reduced to initials once, at construction. A
keystroke first finds candidates with one substring search over all officers' initials
at C speed, then ranks only those. When the new query extends the previous one (as
typing does), only the previous matches are looked at: a longer query can only match a
subset.
"""

from __future__ import annotations

import heapq
from bisect import bisect_right
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from minwon_desk.domain.hangul import Pattern, initials_of_normalized, normalize

# Separators: str.split() treats all of these as whitespace, so none can occur in a
# normalised query and a match never runs across two items, fields or officers.
_ITEM = "\x1d"  # starts every item (unit, duty keyword, position, number)
_FIELD = "\x1c"  # between the fields of _Row.rest
_ENTRY = "\x1e"  # between officers in the index-wide haystacks


class Rank(IntEnum):
    """How an officer matched a query word; lower is better. See the module docstring."""

    EXACT = 0
    NAME_PREFIX = 1
    NAME_CONTAINS = 2
    NAME_INITIALS_PREFIX = 3
    NAME_INITIALS_CONTAINS = 4
    DEPARTMENT = 5
    DUTY_PREFIX = 6
    DUTY_CONTAINS = 7
    POSITION = 8
    NUMBER_PREFIX = 9
    NUMBER_CONTAINS = 10


_MISS = 99


@dataclass(frozen=True, slots=True)
class SearchEntry:
    id: int
    name: str
    position: str
    department: str  # unit name, "혁신행정담당관"
    department_path: str  # "본부 > 기획조정실 > 혁신행정담당관"
    extension: str
    employee_no: str
    duties: tuple[str, ...]  # keywords


@dataclass(frozen=True, slots=True)
class _Row:
    """One entry, normalised. Every field but the name sits in ``rest``, in rank order —
    units, duties, position, numbers — so the first match there is the best one."""

    id: int
    name: str
    name_init: str
    ext: str
    emp: str
    rest: str
    rest_init: str
    duties_at: int  # where the duty keywords start in rest
    position_at: int
    numbers_at: int

    @classmethod
    def of(cls, entry: SearchEntry) -> _Row:
        units: list[str] = []
        for unit in (entry.department, *entry.department_path.split(">")):
            text = normalize(unit)
            if text and text not in units:
                units.append(text)
        name = normalize(entry.name)
        ext, emp = normalize(entry.extension), normalize(entry.employee_no)
        parts = [
            "".join(_ITEM + u for u in units),
            "".join(_ITEM + normalize(d) for d in entry.duties),
            _ITEM + normalize(entry.position),
            _ITEM + ext + _ITEM + emp,
        ]
        offsets = []
        at = 0
        for part in parts:
            offsets.append(at)
            at += len(part) + 1
        rest = _FIELD.join(parts)
        return cls(
            entry.id, name, initials_of_normalized(name), ext, emp,
            rest, initials_of_normalized(rest), offsets[1], offsets[2], offsets[3],
        )  # fmt: skip


def _starts_item(p: Pattern, row: _Row, at: int, end: int) -> bool:
    """Whether some match from ``at`` (a match) up to ``end`` begins an item."""
    text, init = row.rest, row.rest_init
    while 0 <= at < end:
        if text[at - 1] == _ITEM:
            return True
        at = p.find(text, init, at + 1)
    return False


def _word_rank(row: _Row, p: Pattern) -> int:
    """The row's rank for one compiled query word, or _MISS."""
    t = p.text
    if t == row.name or t == row.ext or t == row.emp:
        return Rank.EXACT
    at = row.name.find(t)
    if at >= 0:
        return Rank.NAME_PREFIX if at == 0 else Rank.NAME_CONTAINS
    if p.uses_initials:
        at = p.find(row.name, row.name_init)
        if at >= 0:
            return Rank.NAME_INITIALS_PREFIX if at == 0 else Rank.NAME_INITIALS_CONTAINS
    at = p.find(row.rest, row.rest_init)
    if at < 0:
        return _MISS
    if at < row.duties_at:
        return Rank.DEPARTMENT
    if at < row.position_at:
        starts = _starts_item(p, row, at, row.position_at)
        return Rank.DUTY_PREFIX if starts else Rank.DUTY_CONTAINS
    if at < row.numbers_at:
        if not p.uses_initials:
            return Rank.POSITION
        # Initials do not match positions: "ㄱㅈ" would list every 과장.
        at = p.find(row.rest, row.rest_init, row.numbers_at)
        if at < 0:
            return _MISS
    starts = _starts_item(p, row, at, len(row.rest))
    return Rank.NUMBER_PREFIX if starts else Rank.NUMBER_CONTAINS


@dataclass(frozen=True, slots=True)
class _Query:
    """A normalised query: the phrase and, when it has several, its words."""

    text: str
    phrase: Pattern
    words: tuple[Pattern, ...]  # empty for a one-word query
    # Every matching row holds the longest word: as typed, or (when it uses initial
    # consonants) by its initials.
    needle: str
    needle_in_initials: bool

    @classmethod
    def of(cls, text: str) -> _Query:
        phrase = Pattern.compile(text)
        parts = text.split(" ")
        words = tuple(Pattern.compile(w) for w in parts) if len(parts) > 1 else ()
        longest = max(words or (phrase,), key=lambda p: len(p.text))
        if longest.uses_initials:
            return cls(text, phrase, words, longest.initials, True)
        return cls(text, phrase, words, longest.text, False)

    def score(self, row: _Row) -> tuple[int, int]:
        """(best rank, sum of word ranks); best is _MISS when the row does not match."""
        best = _word_rank(row, self.phrase)
        if not self.words:
            return best, best
        total = 0
        word_best = _MISS
        for word in self.words:
            r = _word_rank(row, word)
            if r == _MISS:
                return best, best  # not every word matches: only the phrase can count
            total += r
            word_best = min(word_best, r)
        return min(best, word_best), total


class StaffIndex:
    """Ranked search over staff entries, given in display (org-chart) order.

    Immutable apart from a one-query cache; build a new index when the staff change.
    """

    def __init__(self, entries: Iterable[SearchEntry]) -> None:
        self._rows = [_Row.of(e) for e in entries]
        self._by_id: dict[int, int] = {}
        for i, row in enumerate(self._rows):
            self._by_id.setdefault(row.id, i)
        # Every row's fields in one string (and its initials), to find candidates at C speed.
        self._starts: list[int] = []
        at = 0
        for row in self._rows:
            self._starts.append(at)
            at += len(row.name) + 1 + len(row.rest) + 1
        self._text = "".join(row.name + _FIELD + row.rest + _ENTRY for row in self._rows)
        self._init = "".join(row.name_init + _FIELD + row.rest_init + _ENTRY for row in self._rows)
        # The last query and the rows it matched (display order), to narrow as one types.
        self._last: tuple[str, list[int]] = ("", [])

    def __len__(self) -> int:
        return len(self._rows)

    def search(self, query: str, limit: int | None = None) -> list[int]:
        """Ids of the matching officers, best first; "" (or blanks) gives []."""
        text = normalize(query)
        if not text:
            return []
        q = _Query.of(text)
        rows = self._rows
        kept: list[int] = []
        if not q.words:
            # One word: ranks are small integers, so bucket them; rows arrive in display
            # order, so each bucket is already sorted.
            buckets: list[list[int]] = [[] for _ in Rank]
            phrase = q.phrase
            for i in self._candidates(q):
                r = _word_rank(rows[i], phrase)
                if r != _MISS:
                    buckets[r].append(i)
                    kept.append(i)
            self._last = (text, kept)
            ordered = [i for bucket in buckets for i in bucket]
            if limit is not None:
                ordered = ordered[: max(limit, 0)]
            return [rows[i].id for i in ordered]
        scored: list[tuple[int, int, int]] = []
        for i in self._candidates(q):
            best, total = q.score(rows[i])
            if best != _MISS:
                scored.append((best, total, i))
                kept.append(i)
        self._last = (text, kept)
        if limit is not None:
            scored = heapq.nsmallest(max(limit, 0), scored)
        else:
            scored.sort()
        return [rows[i].id for _, _, i in scored]

    def rank(self, query: str, entry_id: int) -> int | None:
        """The officer's rank for the query (a ``Rank`` value), None when not matched."""
        text = normalize(query)
        i = self._by_id.get(entry_id)
        if not text or i is None:
            return None
        best, _ = _Query.of(text).score(self._rows[i])
        return None if best == _MISS else Rank(best)

    def _candidates(self, q: _Query) -> Iterable[int]:
        last_text, last_rows = self._last
        if last_text and q.text.startswith(last_text):
            return last_rows
        hay = self._init if q.needle_in_initials else self._text
        if hay.count(q.needle) * 2 > len(self._rows):
            # Most rows hold it: ranking them all is cheaper than locating each.
            return range(len(self._rows))
        return self._scan(hay, q.needle)

    def _scan(self, hay: str, needle: str) -> list[int]:
        """Rows whose text holds the needle, in display order; one find per row found."""
        starts = self._starts
        found: list[int] = []
        at = hay.find(needle)
        while at >= 0:
            i = bisect_right(starts, at) - 1
            found.append(i)
            if i + 1 >= len(starts):
                break
            at = hay.find(needle, starts[i + 1])
        return found
