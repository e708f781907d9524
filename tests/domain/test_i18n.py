"""The words below the window: Korean unless a language is installed, and English left as
it is by the Korean particle rule."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from minwon_desk.domain import i18n
from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.particles import settle
from minwon_desk.domain.roles import Operation, Role, parse_roles, refusal, role_title


@pytest.fixture
def english() -> Iterator[None]:
    words = {
        ("Memo", "{n}건 처리"): "{n} done",
        ("Role", "관리자"): "admin",
        ("Operation", Operation.SETTINGS.value): "change settings",
    }
    before = i18n.installed()
    i18n.install(lambda context, text: words.get((context, text), ""))
    yield
    i18n.install(before)


def test_without_a_lookup_the_korean_source_comes_back() -> None:
    assert i18n.installed() is None
    assert translate("Memo", "{n}건 처리").format(n=3) == "3건 처리"


def test_a_lookup_translates_and_falls_back_to_korean_for_what_it_does_not_know(
    english: None,
) -> None:
    assert translate("Memo", "{n}건 처리").format(n=3) == "3 done"
    assert translate("Memo", "모르는 문장") == "모르는 문장"
    # The same words in another context are another message.
    assert translate("Case", "{n}건 처리") == "{n}건 처리"


def test_stored_values_stay_korean_and_are_translated_where_shown(english: None) -> None:
    assert Role.ADMIN.value == "관리자"
    assert role_title(Role.ADMIN) == "admin"
    assert refusal(Operation.SETTINGS).startswith("'change settings'")


def test_roles_are_typed_in_korean_or_by_their_english_names() -> None:
    assert parse_roles("안내, officer,ADMIN") == {Role.RECEPTION, Role.OFFICER, Role.ADMIN}
    with pytest.raises(ValidationError, match="'clerk'는 없는 역할입니다"):
        parse_roles("clerk")


@pytest.mark.parametrize(
    "text",
    [
        "Saved the reply letter: /tmp/reply (2).pdf (document no. 12).",
        "'Kim (Lee)' is not a role. Choose from reception, officer.",
        "Sent to printer Office(3) (job 7).",
    ],
)
def test_particles_leave_english_untouched(text: str) -> None:
    assert settle(text) == text
    assert ValidationError("x", text).message == text
