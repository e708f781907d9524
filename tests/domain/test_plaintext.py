"""Free text refused the same way on every database: control characters, too long, a
resident registration number."""

from __future__ import annotations

import pytest

from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.plaintext import desk_name, plain_text


@pytest.mark.parametrize(
    ("text", "says"),
    [("창구\x1b[2J", "제어 문자"), ("창구\x00", "제어 문자"), ("1층\n민원", "제어 문자"),
     ("창구\u202e", "제어 문자"), ("가" * 101, "100자까지"), ("900101-1234567", "주민등록번호"),
     ("   ", "비어 있습니다")],
)
def test_a_desk_name_that_is_not_a_name_is_refused(text: str, says: str) -> None:
    with pytest.raises(ValidationError) as caught:
        desk_name(text)
    assert caught.value.field == "desk" and says in caught.value.message
    assert "창구 이름" in caught.value.message


def test_a_desk_name_is_kept_as_typed_without_the_spaces_around() -> None:
    assert desk_name("  1층 민원안내 ") == "1층 민원안내"
    assert desk_name("가" * 100) == "가" * 100


def test_line_breaks_only_where_the_field_allows_them() -> None:
    assert plain_text("content", "내용", "첫 줄\n둘째 줄\t끝", max_length=50, multiline=True)
    with pytest.raises(ValidationError, match="제어 문자"):
        plain_text("subject", "제목", "첫 줄\n둘째 줄", max_length=50)


def test_visible_shows_control_characters_as_escapes() -> None:
    from minwon_desk.domain.plaintext import visible

    assert visible("민원\x1b[2J끝\x00") == "민원\\x1b[2J끝\\x00"
    assert visible("첫 줄\n둘째\t칸") == "첫 줄\\n둘째\\t칸"
    assert visible("첫 줄\n둘째", keep="\n") == "첫 줄\n둘째"
    assert visible("한빛\u202e상사") == "한빛\\u202e상사"
