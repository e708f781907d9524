"""Every message of the rules, the services and the command line has its English, and
the English file holds nothing the sources no longer say.

The sources are read with ``ast`` (nothing imported): each ``translate("Context", "…")``
and ``QT_TRANSLATE_NOOP("Context", "…")`` under domain/, services/ and cli/ must be written
with two plain string literals (an f-string could never be looked up), and must have a
finished translation in ``resources/translations/minwon_desk_core_en.ts``. A translation
may only use the ``{names}`` its ``.format()`` fills in, and never a Korean particle.
"""

from __future__ import annotations

import ast
import string
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from minwon_desk.translations import read_ts

ROOT = Path(__file__).resolve().parents[1]
PLACES = ("domain", "services", "cli")
TS = ROOT / "resources" / "translations" / "minwon_desk_core_en.ts"
NAMES = ("translate", "QT_TRANSLATE_NOOP")
PARTICLE_MARKERS = ("을(를)", "이(가)", "은(는)", "과(와)", "와(과)", "(으)로")


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    where: str
    filled: frozenset[str] | None  # the names ``.format()`` fills in; None: not seen here


@dataclass(frozen=True)
class Problem:
    where: str
    why: str


@cache
def found() -> tuple[tuple[Message, ...], tuple[Problem, ...]]:
    messages: list[Message] = []
    problems: list[Problem] = []
    for place in PLACES:
        for path in sorted((ROOT / "minwon_desk" / place).rglob("*.py")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            parents = {c: p for p in ast.walk(tree) for c in ast.iter_child_nodes(p)}
            for node in ast.walk(tree):
                if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name)
                        and node.func.id in NAMES):
                    continue
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                args = node.args
                if node.func.id == "translate" and not _in_function(node, parents):
                    problems.append(Problem(where, "translated at import, before the language "
                                                   "is known: mark it with QT_TRANSLATE_NOOP"))
                if len(args) != 2 or not _literal(args[0]):
                    problems.append(Problem(where, "the context is not a string literal"))
                    continue
                if isinstance(args[1], ast.JoinedStr):
                    problems.append(Problem(where, "an f-string: fill names in with .format()"))
                    continue
                if not _literal(args[1]):
                    continue  # a word of a table marked with QT_TRANSLATE_NOOP, looked up
                assert isinstance(args[0], ast.Constant) and isinstance(args[1], ast.Constant)
                messages.append(Message(args[0].value, args[1].value, where,
                                        _filled(node, parents)))
    return tuple(messages), tuple(problems)


def _in_function(node: ast.AST, parents: dict[ast.AST, ast.AST]) -> bool:
    while node in parents:
        node = parents[node]
        if isinstance(node, ast.arguments):
            return False  # a default value is worked out at import too
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            return True
    return False


def _literal(node: ast.expr) -> bool:
    return isinstance(node, ast.Constant) and isinstance(node.value, str)


def _filled(call: ast.Call, parents: dict[ast.AST, ast.AST]) -> frozenset[str] | None:
    attribute = parents.get(call)
    if isinstance(attribute, ast.Attribute) and attribute.attr == "format":
        outer = parents.get(attribute)
        if isinstance(outer, ast.Call) and not any(k.arg is None for k in outer.keywords):
            return frozenset(k.arg for k in outer.keywords if k.arg is not None)
    return None


def _fields(text: str) -> set[str]:
    return {name.split(".")[0].split("[")[0]
            for _, name, _, _ in string.Formatter().parse(text) if name is not None}


def test_every_message_is_written_so_that_it_can_be_found() -> None:
    _, problems = found()
    assert not problems, "\n".join(f"{p.where}: {p.why}" for p in problems)


def test_every_message_has_its_english() -> None:
    english = read_ts(TS)
    missing = sorted({f"{m.where}  [{m.context}] {m.source}" for m in found()[0]
                      if (m.context, m.source) not in english})
    assert not missing, (
        f"{len(missing)} message(s) without English in {TS.name} (run pyside6-lupdate on "
        "domain, services and cli, then translate them):\n" + "\n".join(missing)
    )


def test_the_english_file_holds_no_obsolete_message() -> None:
    said = {(m.context, m.source) for m in found()[0]}
    text = TS.read_text(encoding="utf-8")
    assert 'type="vanished"' not in text and 'type="obsolete"' not in text, (
        "drop them: pyside6-lupdate … -no-obsolete"
    )
    stale = sorted(f"[{c}] {s}" for c, s in read_ts(TS) if (c, s) not in said)
    assert not stale, "translations of messages the sources no longer have:\n" + "\n".join(stale)


def test_english_fills_in_only_the_names_given_and_has_no_korean_particle() -> None:
    english = read_ts(TS)
    wrong = []
    for m in found()[0]:
        text = english.get((m.context, m.source))
        if text is None:
            continue
        allowed = m.filled if m.filled is not None else _fields(m.source)
        try:
            extra = _fields(text) - allowed
        except ValueError as exc:
            wrong.append(f"{m.where}: {text!r}: {exc}")
            continue
        if extra:
            wrong.append(f"{m.where}: {text!r} uses {sorted(extra)}, not filled in")
        if any(marker in text for marker in PARTICLE_MARKERS):
            wrong.append(f"{m.where}: {text!r} has a Korean particle marker")
    assert not wrong, "\n".join(wrong)
