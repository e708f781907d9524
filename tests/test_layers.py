"""The layer rules of DESIGN §5, checked by reading every module's imports.

Nothing is imported: each file under ``minwon_desk/`` is parsed with ``ast`` and every
import statement counts, wherever it is — at the top of a module, inside a function, or
under ``if TYPE_CHECKING:``. A layer that may not use another may not name it for type
checking either, and a helper and its owner that import each other only for types are
still a circle. Relative imports are resolved, and ``from package import name`` counts
as an import of ``package.name`` when that is a module. Importing one's own package
(``from minwon_desk.cli import UsageError`` in ``cli/due.py``) is an import like any
other. Modules imported by name at run time (``importlib.import_module``) are not seen.

Three rules, each reported in full (module, import, rule broken):

- layers: a module imports only the layers its row of ``LAYERS`` allows, and never the
  outside packages the row names;
- no import circles between modules;
- a private module (a name starting with ``_``) is imported only from inside its own
  package: its folder and below.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

PACKAGE = "minwon_desk"

QT = ("PySide6", "shiboken6", "qasync")
DATABASE = ("sqlalchemy", "alembic", "psycopg", "psycopg2")
PDF = ("reportlab", "pypdfium2")


@dataclass(frozen=True)
class Layer:
    places: tuple[str, ...]  # packages and modules under minwon_desk ("" is its __init__)
    may_import: tuple[str, ...]  # layers of minwon_desk it may import, itself included
    never: tuple[str, ...]  # outside packages it never imports
    why: str


# Where every module of minwon_desk sits and what it may import. settings, resources,
# files and translations (and the package's own __init__, which holds the version) are
# small helpers that every layer but domain uses, so they use no layer themselves;
# bootstrap opens the services from the settings, so it is a service; app starts the
# window, so it is ui.
LAYERS: dict[str, Layer] = {
    "domain": Layer(
        places=("domain",),
        may_import=("domain",),
        never=QT + DATABASE + PDF,
        why="the rules are plain Python: they run and are tested without Qt, a database or PDFs",
    ),
    "base": Layer(
        places=("", "settings", "resources", "files", "translations"),
        may_import=("base",),
        never=QT + DATABASE + PDF,
        why="every layer but domain uses these, the command line before any window is opened",
    ),
    "store": Layer(
        places=("store",),
        may_import=("store", "domain", "base"),
        never=QT,
        why="tables and migrations know nothing of who uses them",
    ),
    "documents": Layer(
        places=("documents",),
        may_import=("documents", "domain", "base"),
        never=QT + DATABASE,
        why="data in, PDF bytes out: the services read the database, not the documents",
    ),
    "services": Layer(
        places=("services", "bootstrap"),
        may_import=("services", "store", "documents", "domain", "base"),
        never=QT,
        why="the use cases are shared by the window, the command line and the tests",
    ),
    "ui": Layer(
        places=("ui", "app"),
        may_import=("ui", "services", "domain", "base"),
        never=DATABASE,
        why="the window reads and writes through the services only",
    ),
    "cli": Layer(
        places=("cli", "__main__"),
        may_import=("cli", "services", "domain", "base"),
        never=QT,
        why="the commands run without Qt; the window is started one way only (below)",
    ),
}

AT_THE_TOP = "at the top of the module"
IN_A_FUNCTION = "inside a function"
FOR_TYPES = "under if TYPE_CHECKING"


@dataclass(frozen=True)
class Crossing:
    importer: str  # a place of LAYERS: the importing module is it or inside it
    target: str  # exactly this module
    where: str
    why: str


# The one import across the layers that the table does not allow.
CROSSINGS: tuple[Crossing, ...] = (
    Crossing(
        importer="cli",
        target="app",
        where=IN_A_FUNCTION,
        why="the command line opens the window by importing app when it is wanted, "
        "so that no other command loads Qt",
    ),
)

# --- reading the imports ------------------------------------------------------------


@dataclass(frozen=True)
class Module:
    name: str
    path: str
    source: str
    is_package: bool


@dataclass(frozen=True)
class Import:
    importer: str
    path: str
    line: int
    statement: str  # as written, one name per import: "from minwon_desk.store import models"
    target: str  # a module of the package, or the dotted name of an outside one
    where: str

    @property
    def first_party(self) -> bool:
        return self.target == PACKAGE or self.target.startswith(PACKAGE + ".")

    def __str__(self) -> str:
        return f"{self.path}:{self.line}  {self.statement}"


def modules_from_files(files: Mapping[str, str]) -> dict[str, Module]:
    """Modules by dotted name, from file paths such as ``minwon_desk/ui/cases/model.py``."""
    modules = {}
    for path, source in files.items():
        parts = path.removesuffix(".py").split("/")
        is_package = parts[-1] == "__init__"
        if is_package:
            parts = parts[:-1]
        name = ".".join(parts)
        modules[name] = Module(name, path, source, is_package)
    return modules


@cache
def real_modules() -> dict[str, Module]:
    root = Path(__file__).resolve().parents[1]
    files = {
        path.relative_to(root).as_posix(): path.read_text(encoding="utf-8")
        for path in sorted((root / PACKAGE).rglob("*.py"))
    }
    return modules_from_files(files)


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


Found = Iterator[tuple[ast.Import | ast.ImportFrom, str]]


def _statements(tree: ast.Module) -> Found:
    """Every import statement with where it sits (only statements are walked: quick)."""

    def walk(nodes: Sequence[ast.AST], where: str) -> Found:
        for node in nodes:
            if isinstance(node, ast.Import | ast.ImportFrom):
                yield node, where
            elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
                yield from walk(node.body, IN_A_FUNCTION)
            elif isinstance(node, ast.If) and _is_type_checking(node.test):
                yield from walk(node.body, where if where == IN_A_FUNCTION else FOR_TYPES)
                yield from walk(node.orelse, where)
            else:
                # class bodies, if/for/while/with/try branches, except handlers, match cases
                for field in ("body", "orelse", "finalbody", "handlers", "cases"):
                    children = getattr(node, field, None)
                    if isinstance(children, list):
                        yield from walk(children, where)

    yield from walk(tree.body, AT_THE_TOP)


def _existing(name: str, modules: Mapping[str, Module]) -> str:
    """The module a dotted name lands in: itself, or the nearest package above it."""
    probe = name
    while probe:
        if probe in modules:
            return probe
        probe = probe.rpartition(".")[0]
    return name


def imports_of(module: Module, modules: Mapping[str, Module]) -> list[Import]:
    found = []
    for node, where in _statements(ast.parse(module.source, module.path)):
        if isinstance(node, ast.Import):
            for alias in node.names:
                target = alias.name
                if target.startswith(PACKAGE + ".") or target == PACKAGE:
                    target = _existing(target, modules)
                found.append(
                    Import(module.name, module.path, node.lineno, f"import {alias.name}",
                           target, where)
                )
            continue
        base = node.module or ""
        if node.level:
            parts = module.name.split(".")
            if not module.is_package:
                parts = parts[:-1]
            parts = parts[: len(parts) - (node.level - 1)]
            base = ".".join([*parts, base] if base else parts)
        written = "." * node.level + (node.module or "")
        for alias in node.names:
            target = base
            if f"{base}.{alias.name}" in modules:
                target = f"{base}.{alias.name}"
            elif target == PACKAGE or target.startswith(PACKAGE + "."):
                target = _existing(target, modules)
            found.append(
                Import(module.name, module.path, node.lineno,
                       f"from {written} import {alias.name}", target, where)
            )
    return found


def all_imports(modules: Mapping[str, Module]) -> list[Import]:
    return [imp for module in modules.values() for imp in imports_of(module, modules)]


@cache
def real_imports() -> tuple[Import, ...]:
    return tuple(all_imports(real_modules()))


# --- the rules -----------------------------------------------------------------------


def _relative(name: str) -> str:
    return "" if name == PACKAGE else name.removeprefix(PACKAGE + ".")


def _inside(name: str, place: str) -> bool:
    """Whether a module is the place or inside it (the package __init__ is only itself)."""
    relative = _relative(name)
    if place == "":
        return relative == ""
    return relative == place or relative.startswith(place + ".")


def layer_of(name: str) -> str | None:
    best: tuple[int, str] | None = None
    for layer, row in LAYERS.items():
        for place in row.places:
            if _inside(name, place) and (best is None or len(place) > best[0]):
                best = (len(place), layer)
    return None if best is None else best[1]


def layer_problems(modules: Mapping[str, Module], imports: Iterable[Import]) -> list[str]:
    problems = [
        f"{module.path}\n    is in no layer: give it a place in LAYERS"
        for module in modules.values()
        if layer_of(module.name) is None
    ]
    for imp in imports:
        own = layer_of(imp.importer)
        if own is None:
            continue
        row = LAYERS[own]
        if not imp.first_party:
            outside = imp.target.split(".")[0]
            if outside in row.never:
                problems.append(
                    f"{imp}\n    {own} never imports {outside}: {row.why}"
                )
            continue
        theirs = layer_of(imp.target)
        if theirs is None or theirs in row.may_import:
            continue
        crossing = next(
            (c for c in CROSSINGS
             if _inside(imp.importer, c.importer) and _relative(imp.target) == c.target),
            None,
        )
        if crossing is not None and crossing.where == imp.where:
            continue
        if crossing is not None:
            problems.append(
                f"{imp}\n    {own} imports {crossing.target} only {crossing.where} "
                f"(here: {imp.where}): {crossing.why}"
            )
            continue
        problems.append(
            f"{imp}\n    {own} may not import {theirs} "
            f"(it may import only {', '.join(row.may_import)}): {row.why}"
        )
    return problems


def import_graph(modules: Mapping[str, Module], imports: Iterable[Import]) -> dict[str, set[str]]:
    graph: dict[str, set[str]] = {name: set() for name in modules}
    for imp in imports:
        if imp.target in modules and imp.target != imp.importer:
            graph[imp.importer].add(imp.target)
    return graph


def circles(graph: Mapping[str, set[str]]) -> set[frozenset[str]]:
    """The strongly connected groups of more than one module (Tarjan, without recursion)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: set[frozenset[str]] = set()
    for start in sorted(graph):
        if start in index:
            continue
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        work = [(start, iter(sorted(graph[start])))]
        while work:
            node, targets = work[-1]
            for target in targets:
                if target not in index:
                    index[target] = low[target] = len(index)
                    stack.append(target)
                    on_stack.add(target)
                    work.append((target, iter(sorted(graph[target]))))
                    break
                if target in on_stack:
                    low[node] = min(low[node], index[target])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    group = set()
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        group.add(member)
                        if member == node:
                            break
                    if len(group) > 1:
                        found.add(frozenset(group))
    return found


def _named(circle: frozenset[str]) -> str:
    return " <-> ".join(sorted(_relative(name) for name in circle))


def circle_problems(modules: Mapping[str, Module], imports: Iterable[Import]) -> list[str]:
    imports = list(imports)
    found = circles(import_graph(modules, imports))
    problems = []
    for circle in sorted(found, key=_named):
        inside = sorted(
            {(imp.path, imp.line): imp for imp in imports
             if imp.importer in circle and imp.target in circle
             and imp.importer != imp.target}.values(),
            key=lambda imp: (imp.path, imp.line),
        )
        lines = "\n".join(f"      {imp}  ({imp.where})" for imp in inside)
        problems.append(
            f"import circle {_named(circle)}\n    no import circles between modules: "
            f"a helper private to its owner is imported only by it\n{lines}"
        )
    return problems


def private_scope(name: str) -> str | None:
    """The package a private module belongs to, or None if nothing in its name is private."""
    parts = name.split(".")
    for i, part in enumerate(parts):
        if part.startswith("_") and not (part.startswith("__") and part.endswith("__")):
            return ".".join(parts[:i])
    return None


def privacy_problems(imports: Iterable[Import]) -> list[str]:
    problems = []
    for imp in imports:
        if not imp.first_party:
            continue
        scope = private_scope(imp.target)
        if scope is None or imp.importer == scope or imp.importer.startswith(scope + "."):
            continue
        problems.append(
            f"{imp}\n    {_relative(imp.target)} is private to {scope.replace('.', '/')}/: "
            "only modules in that folder and below import it"
        )
    return problems


def _report(title: str, problems: list[str]) -> str:
    return f"{title} ({len(problems)}):\n\n" + "\n\n".join(problems)


# --- the real package ----------------------------------------------------------------


def test_every_module_keeps_to_its_layer() -> None:
    modules = real_modules()
    problems = layer_problems(modules, real_imports())
    if problems:
        report = _report("Imports that break the layer rules of DESIGN §5", problems)
        pytest.fail(report, pytrace=False)


def test_no_import_circles_between_modules() -> None:
    modules = real_modules()
    problems = circle_problems(modules, real_imports())
    if problems:
        pytest.fail(_report("Import circles", problems), pytrace=False)


def test_private_modules_are_imported_only_inside_their_package() -> None:
    problems = privacy_problems(real_imports())
    if problems:
        pytest.fail(_report("Private modules imported from outside", problems), pytrace=False)


def test_the_table_names_real_layers_and_places() -> None:
    modules = real_modules()
    for layer, row in LAYERS.items():
        assert layer in row.may_import, layer
        assert set(row.may_import) <= set(LAYERS), layer
    for crossing in CROSSINGS:
        assert layer_of(f"{PACKAGE}.{crossing.importer}") is not None
        assert f"{PACKAGE}.{crossing.target}" in modules, crossing


# --- the checker can fail ------------------------------------------------------------


def _fake(files: Mapping[str, str]) -> tuple[dict[str, Module], list[Import]]:
    empty_packages = {
        f"{PACKAGE}/{layer}/__init__.py": ""
        for layer in ("domain", "store", "documents", "services", "ui", "cli")
    }
    modules = modules_from_files({f"{PACKAGE}/__init__.py": "", **empty_packages, **files})
    return modules, all_imports(modules)


def test_checker_catches_imports_across_the_layers() -> None:
    modules, imports = _fake({
        f"{PACKAGE}/domain/rules.py": "def f():\n    import PySide6.QtCore\n",
        f"{PACKAGE}/store/models.py": (
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from minwon_desk.ui import page\n"
        ),
        f"{PACKAGE}/ui/page.py": "from ..store import models\nimport sqlalchemy.orm\n",
        f"{PACKAGE}/ui/fine.py": "from minwon_desk.services import memo\nimport PySide6\n",
        f"{PACKAGE}/services/memo.py": "from minwon_desk.store.models import Memo\n",
        f"{PACKAGE}/cli/run.py": "import minwon_desk.app\n",
        f"{PACKAGE}/cli/gui.py": "def run():\n    from minwon_desk.app import run_gui\n",
        f"{PACKAGE}/cli/bad.py": "def run():\n    from minwon_desk.ui.page import Page\n",
        f"{PACKAGE}/app.py": "from minwon_desk.bootstrap import open_backend\n",
        f"{PACKAGE}/bootstrap.py": "",
        f"{PACKAGE}/stray.py": "",
    })
    problems = layer_problems(modules, imports)
    report = "\n".join(problems)
    assert len(problems) == 7, report
    assert "minwon_desk/domain/rules.py:2  import PySide6.QtCore\n    domain never imports PySide6" in report
    assert "store/models.py:3  from minwon_desk.ui import page\n    store may not import ui" in report
    assert "ui/page.py:1  from ..store import models\n    ui may not import store" in report
    assert "ui/page.py:2  import sqlalchemy.orm\n    ui never imports sqlalchemy" in report
    assert "cli/run.py:1  import minwon_desk.app\n    cli imports app only inside a function" in report
    assert "cli/bad.py:2  from minwon_desk.ui.page import Page\n    cli may not import ui" in report
    assert "minwon_desk/stray.py\n    is in no layer" in report
    assert "gui.py" not in report and "fine.py" not in report and "memo.py" not in report


def test_checker_catches_circles() -> None:
    modules, imports = _fake({
        f"{PACKAGE}/ui/owner.py": "from minwon_desk.ui import _helper\n",
        f"{PACKAGE}/ui/_helper.py": (
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from .owner import Owner\n"
        ),
        f"{PACKAGE}/cli/__init__.py": "def main():\n    from minwon_desk.cli.due import run\n",
        f"{PACKAGE}/cli/due.py": "from minwon_desk.cli import UsageError\n",
        f"{PACKAGE}/services/a.py": "from minwon_desk.services.b import B\n",
        f"{PACKAGE}/services/b.py": "from minwon_desk.services import c\n",
        f"{PACKAGE}/services/c.py": "",  # a chain, not a circle
    })
    helper = frozenset({f"{PACKAGE}.ui.owner", f"{PACKAGE}.ui._helper"})
    cli = frozenset({f"{PACKAGE}.cli", f"{PACKAGE}.cli.due"})
    assert circles(import_graph(modules, imports)) == {helper, cli}

    problems = circle_problems(modules, imports)
    report = "\n".join(problems)
    assert len(problems) == 2, report
    assert "import circle ui._helper <-> ui.owner" in report
    assert "ui/_helper.py:3  from .owner import Owner  (under if TYPE_CHECKING)" in report
    assert "ui/owner.py:1  from minwon_desk.ui import _helper  (at the top" in report
    assert "import circle cli <-> cli.due" in report
    assert "services.a" not in report


def test_checker_catches_private_modules_imported_from_outside() -> None:
    _, imports = _fake({
        f"{PACKAGE}/ui/cases/__init__.py": "",
        f"{PACKAGE}/ui/cases/_columns.py": "",
        f"{PACKAGE}/ui/cases/model.py": "from ._columns import COLUMNS\n",
        f"{PACKAGE}/ui/cases/deep/__init__.py": "",
        f"{PACKAGE}/ui/cases/deep/view.py": "from minwon_desk.ui.cases._columns import C\n",
        f"{PACKAGE}/ui/memos/__init__.py": "",
        f"{PACKAGE}/ui/memos/page.py": "from minwon_desk.ui.cases import _columns\n",
        f"{PACKAGE}/ui/window.py": "def f():\n    import minwon_desk.ui.cases._columns\n",
        f"{PACKAGE}/services/__init__.py": "",
        f"{PACKAGE}/services/_tx.py": "",
        f"{PACKAGE}/services/memos/__init__.py": "",
        f"{PACKAGE}/services/memos/take.py": "from minwon_desk.services._tx import Database\n",
    })
    problems = privacy_problems(imports)
    report = "\n".join(problems)
    assert len(problems) == 2, report
    assert (
        "ui/memos/page.py:1  from minwon_desk.ui.cases import _columns\n"
        "    ui.cases._columns is private to minwon_desk/ui/cases/" in report
    )
    assert "ui/window.py:2  import minwon_desk.ui.cases._columns" in report


@pytest.mark.parametrize(
    ("name", "scope"),
    [
        ("minwon_desk.services._tx", "minwon_desk.services"),
        ("minwon_desk._private.inner", "minwon_desk"),
        ("minwon_desk.cli", None),
        ("minwon_desk.__main__", None),
    ],
)
def test_private_scope(name: str, scope: str | None) -> None:
    assert private_scope(name) == scope
