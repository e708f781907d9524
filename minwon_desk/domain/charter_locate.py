"""Where in a charter file something is wrong: the error type and the line of a key.

``tomllib`` gives line numbers only for syntax errors; a value that parses but breaks a rule
(an unknown key, a bad period) is located here by scanning the text the way an administrator
reads it: ``[table]`` and ``[[array]]`` headers set the prefix, ``key =`` lines add to it.
Array elements are numbered from 1 (``compensation[2].amount``), as a person counts them.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Mapping

from minwon_desk.domain.errors import MinwonError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate

_ARRAY_HEADER = re.compile(r"\[\[\s*([^\[\]]+?)\s*\]\]")
_TABLE_HEADER = re.compile(r"\[\s*([^\[\]]+?)\s*\]")
_KEY_LINE = re.compile(
    r"""((?:[A-Za-z0-9_\-]+|"[^"]*"|'[^']*')(?:\s*\.\s*(?:[A-Za-z0-9_\-]+|"[^"]*"|'[^']*'))*)\s*=(.*)"""
)
_INLINE_KEY = re.compile(r"[{,]\s*([A-Za-z0-9_\-]+)\s*=")
_PARENT = re.compile(r"(.*)(?:\.[^.\[\]]+|\[\d+\])$")

_SYNTAX_HINTS = (
    ("Cannot overwrite", QT_TRANSLATE_NOOP("Charter", "같은 키를 두 번 적었습니다. 하나를 지워 주세요.")),
    ("twice", QT_TRANSLATE_NOOP("Charter", "같은 구역을 두 번 적었습니다. 하나로 합쳐 주세요.")),
    ("Unterminated string", QT_TRANSLATE_NOOP("Charter", '따옴표가 닫히지 않았습니다. 글자 값의 끝에 "를 붙여 주세요.')),
    ("Invalid value", QT_TRANSLATE_NOOP("Charter", '값을 읽을 수 없습니다. 글자는 "3d"처럼 따옴표로 감싸 주세요.')),
    ("Expected '='", QT_TRANSLATE_NOOP("Charter", "키 뒤에 '='가 없습니다. '키 = 값' 형식으로 적어 주세요.")),
    (
        "Expected newline or end of document",
        QT_TRANSLATE_NOOP("Charter", '값 뒤에 읽을 수 없는 글자가 있습니다. 글자 값은 "3h"처럼 따옴표로 감싸 주세요.'),
    ),
    ("Expected ']'", QT_TRANSLATE_NOOP("Charter", "구역 이름의 대괄호가 닫히지 않았습니다. [구역] 형식으로 적어 주세요.")),
)


class CharterError(MinwonError):
    """A charter file that cannot be used, located as precisely as possible."""

    def __init__(self, file: str, line: int | None, key: str | None, problem: str) -> None:
        if line is None:
            where = translate("Charter", "이행표준 파일 {file}").format(file=file)
        else:
            where = translate("Charter", "이행표준 파일 {file} {line}행").format(file=file, line=line)
        if key is not None:
            where += f", '{key}'"
        super().__init__(f"{where}: {problem}")
        self.file = file
        self.line = line
        self.key = key
        self.problem = problem


def syntax_error(exc: tomllib.TOMLDecodeError, text: str, filename: str) -> CharterError:
    detail = str(exc)
    match = re.search(r"at line (\d+)", detail)
    line = int(match.group(1)) if match else max(1, len(text.splitlines()))
    hint = next((translate("Charter", h) for needle, h in _SYNTAX_HINTS if needle in detail), None)
    key: str | None = None
    if "Cannot overwrite" in detail or "twice" in detail:
        # tomllib reports these at the end of the document; point at the second writing.
        found = first_duplicate(text)
        if found is not None:
            key, line = found
    problem = hint or translate(
        "Charter", "TOML 문법에 맞지 않습니다. 따옴표, 등호, 대괄호를 확인해 주세요."
    )
    said = translate("Charter", "{problem} (원문: {detail})").format(problem=problem, detail=detail)
    return CharterError(filename, line, key, said)


def _strip_comment(line: str) -> str:
    quote: str | None = None
    for i, ch in enumerate(line):
        if quote:
            if ch == quote:
                quote = None
        elif ch in "\"'":
            quote = ch
        elif ch == "#":
            return line[:i]
    return line


def _dotted(key: str) -> str:
    return ".".join(part.strip().strip("\"'") for part in key.split("."))


def key_lines(text: str) -> dict[str, int]:
    """Map of dotted key → 1-based line where it is written (headers included)."""
    return _scan(text)[0]


def first_duplicate(text: str) -> tuple[str, int] | None:
    """The first key or table written twice, with the line of its second writing."""
    duplicates = _scan(text)[1]
    return duplicates[0] if duplicates else None


def _scan(text: str) -> tuple[dict[str, int], list[tuple[str, int]]]:
    lines: dict[str, int] = {}
    written: set[str] = set()
    duplicates: list[tuple[str, int]] = []
    counts: dict[str, int] = {}
    prefix = ""
    in_multiline: str | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        if in_multiline:
            if raw.count(in_multiline) % 2 == 1:
                in_multiline = None
            continue
        line = _strip_comment(raw).strip()
        if not line:
            continue
        for fence in ('"""', "'''"):
            if line.count(fence) % 2 == 1:
                in_multiline = fence
        if match := _ARRAY_HEADER.fullmatch(line):
            name = _dotted(match.group(1))
            counts[name] = counts.get(name, 0) + 1
            prefix = f"{name}[{counts[name]}]"
            lines.setdefault(name, number)
            lines[prefix] = number
        elif match := _TABLE_HEADER.fullmatch(line):
            prefix = _dotted(match.group(1))
            lines.setdefault(prefix, number)
            if prefix in written:
                duplicates.append((prefix, number))
            written.add(prefix)
        elif match := _KEY_LINE.match(line):
            full = _dotted(match.group(1))
            full = f"{prefix}.{full}" if prefix else full
            lines.setdefault(full, number)
            if full in written:
                duplicates.append((full, number))
            written.add(full)
            value = match.group(2).strip()
            if value.startswith("{"):
                for inner in _INLINE_KEY.finditer(value):
                    lines.setdefault(f"{full}.{inner.group(1)}", number)
    return lines, duplicates


def line_of(lines: Mapping[str, int], key: str) -> int | None:
    """Line of ``key``, or of its nearest written parent; None when nothing of it is written."""
    current = key
    while current:
        if current in lines:
            return lines[current]
        match = _PARENT.fullmatch(current)
        if match is None:
            return None
        current = match.group(1)
    return None
