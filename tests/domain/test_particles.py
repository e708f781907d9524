"""Particles after names, numbers and codes: what an operator reads in every message."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from minwon_desk.domain.errors import NotFoundError, ValidationError
from minwon_desk.domain.particles import attach, final_of, particle, settle

_PACKAGE = Path(__file__).resolve().parents[2] / "minwon_desk"
_MARKERS = ("을(를)", "이(가)", "은(는)", "과(와)", "와(과)", "(으)로")


@pytest.mark.parametrize(
    ("word", "form", "expected"),
    [
        ("민원", "을", "민원을"),
        ("회신문", "를", "회신문을"),
        ("증서", "을", "증서를"),
        ("DEMO-2026-000029", "을", "DEMO-2026-000029를"),  # 구
        ("DEMO-2026-000031", "을", "DEMO-2026-000031을"),  # 일
        ("사번 1234", "은", "사번 1234는"),  # 사
        ("3", "이", "3이"),  # 삼
        ("6", "가", "6이"),  # 육
        ("10", "는", "10은"),  # 영
        ("PDF", "을", "PDF를"),  # 에프
        ("URL", "을", "URL을"),  # 엘
        ("'2026-13'", "을", "'2026-13'을"),  # quotes do not count
        ("(주)미래소재", "과", "(주)미래소재와"),
        ("김민수", "와", "김민수와"),
        ("서울", "으로", "서울로"),  # a final ㄹ takes 로
        ("과장", "로", "과장으로"),
        ("팀", "로", "팀으로"),
        ("7", "으로", "7로"),  # 칠
        ("3", "로", "3으로"),  # 삼
        ("이메일", "으로", "이메일로"),
        ("문자", "으로", "문자로"),
    ],
)
def test_particle_follows_the_word_as_read_aloud(word: str, form: str, expected: str) -> None:
    assert attach(word, form) == expected  # type: ignore[arg-type]


def test_a_word_that_cannot_be_read_keeps_both_forms() -> None:
    assert particle("", "을") == "을(를)"
    assert particle("/tmp/", "이") == "이(가)"
    assert settle("파일 /tmp/이(가) 없습니다.") == "파일 /tmp/이(가) 없습니다."


def test_settle_resolves_every_marker_in_a_message() -> None:
    text = "민원 DEMO-2026-000029을(를) 서울(으)로 보냈고 '회신문'은(는) 김민수와(과) 팀장이(가) 봅니다."
    assert settle(text) == "민원 DEMO-2026-000029를 서울로 보냈고 '회신문'은 김민수와 팀장이 봅니다."


def test_errors_read_with_the_right_particle() -> None:
    assert NotFoundError("민원 DEMO-2026-000029을(를) 찾을 수 없습니다.").message == (
        "민원 DEMO-2026-000029를 찾을 수 없습니다."
    )
    assert str(ValidationError("kind", "문서 종류 '회신문'은(는) 없습니다.")) == "문서 종류 '회신문'은 없습니다."


_HANGUL = st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3)


@given(st.text(min_size=1, max_size=6), _HANGUL)
def test_a_hangul_ending_always_decides(head: str, last: str) -> None:
    word = head + last
    has_final = (ord(last) - 0xAC00) % 28 != 0
    assert final_of(word) is not None
    assert particle(word, "을") == ("을" if has_final else "를")
    assert particle(word, "는") == ("은" if has_final else "는")
    assert settle(word + "이(가)") == word + ("이" if has_final else "가")


@given(st.text(max_size=30))
def test_settle_leaves_text_without_markers_alone(text: str) -> None:
    if not any(m in text for m in _MARKERS):
        assert settle(text) == text


# Calls whose text is settled on the way to the reader: the helper itself, the errors that
# settle their message, and the import problems (RowError and its collectors).
_SETTLING = {
    "settle", "MinwonError", "ValidationError", "NotFoundError", "StateError", "StorageError",
    "PermissionDenied", "SignInRefused", "TableError", "PrintError", "CharterError",
    "BudgetExceeded", "UsageError", "PeriodError", "RowError", "BackupRefused",
    "PassphraseNeeded",
    "bad", "fail",
}


def _call_name(node: ast.AST) -> str | None:
    if isinstance(node, ast.Call):
        func = node.func
        if isinstance(func, ast.Name):
            return func.id
        if isinstance(func, ast.Attribute):
            return func.attr
    return None


def test_no_message_shows_both_forms_to_the_reader() -> None:
    """Every message written with "을(를)" and the like passes through ``settle``."""
    unsettled: list[str] = []
    for path in sorted(_PACKAGE.rglob("*.py")):
        if path.name == "particles.py":
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        parents = {child: node for node in ast.walk(tree) for child in ast.iter_child_nodes(node)}
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Constant) and isinstance(node.value, str)):
                continue
            if not any(m in node.value for m in _MARKERS) or node.value.startswith(('"""', "'''")):
                continue
            up: ast.AST | None = node
            while up is not None and _call_name(up) not in _SETTLING:
                up = parents.get(up)
            if up is None and not isinstance(parents.get(node), ast.Expr):  # docstrings
                unsettled.append(f"{path.relative_to(_PACKAGE)}:{node.lineno}")
    assert unsettled == [], "\n".join(unsettled)
