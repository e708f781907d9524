"""Staff directory search: the person the desk officer means comes first."""

from __future__ import annotations

import unicodedata

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from minwon_desk.domain.search import Rank, SearchEntry, StaffIndex

HQ = "본부 > 기획조정실"


def person(
    id: int,
    name: str,
    department: str = "혁신행정담당관",
    *,
    position: str = "주무관",
    path: str = HQ,
    extension: str = "",
    duties: tuple[str, ...] = (),
) -> SearchEntry:
    return SearchEntry(
        id=id,
        name=name,
        position=position,
        department=department,
        department_path=f"{path} > {department}",
        extension=extension or f"{5000 + id}",
        employee_no=f"A{id:04d}",
        duties=duties,
    )


# In org-chart order; ids are the display order too.
STAFF = [
    person(1, "박민수", position="혁신행정담당관", extension="1000"),
    person(2, "김종수", extension="1201", duties=("정부혁신", "조직 진단")),
    person(3, "이종윤", extension="1202", duties=("민원 제도 개선",)),
    person(4, "이수진", extension="1203"),
    person(5, "최가람", "민원봉사과", path="본부", extension="2100", duties=("여권",)),
    person(6, "김종윤", "민원봉사과", path="본부", extension="1234", duties=("민원 접수",)),
    person(7, "까치영", "민원봉사과", path="본부", extension="2102"),
    person(8, "이수", "운영지원과", path="본부", extension="3100", duties=("청사 관리",)),
    person(9, "John Smith", "운영지원과", path="본부", position="전문관", extension="12340"),
    person(10, "한지민", "운영지원과", path="본부", extension="3102", duties=("고충민원",)),
    person(11, "가나다", "정보화담당관", position="사무관", extension="4100"),
]
INDEX = StaffIndex(STAFF)
NAMES = {p.id: p.name for p in STAFF}


def found(query: str, index: StaffIndex = INDEX) -> list[str]:
    return [NAMES[i] for i in index.search(query)]


def test_initials_find_the_name() -> None:
    assert found("ㄱㅈㅇ") == ["김종윤"]
    # Inside the name, in org-chart order; then the 운영지원과 (지원 is ㅈㅇ too).
    assert found("ㅈㅇ")[:2] == ["이종윤", "김종윤"]
    assert INDEX.rank("ㅈㅇ", 8) == Rank.DEPARTMENT


def test_prefix_of_the_name_comes_before_inside_the_name() -> None:
    assert found("김종") == ["김종수", "김종윤"]
    assert found("종윤") == ["이종윤", "김종윤"]
    assert found("종") == ["김종수", "이종윤", "김종윤"]  # all inside: chart order


def test_exact_name_comes_first_whatever_the_chart_order() -> None:
    assert found("이수") == ["이수", "이수진"]


def test_mixed_syllables_and_initials() -> None:
    assert found("김ㅈㅇ") == ["김종윤"]
    assert found("이ㅈ") == ["이종윤"]
    assert found("ㅇㅅ")[:2] == ["이수진", "이수"]


def test_doubled_initials_are_their_own_consonant() -> None:
    assert found("ㄲㅊ") == ["까치영"]
    assert "까치영" not in found("ㄱㅊ")


def test_decomposed_input_finds_the_same_people() -> None:
    for query in ("김종윤", "ㄱㅈㅇ", "민원", "김ㅈㅇ"):
        assert found(unicodedata.normalize("NFD", query)) == found(query)
    assert found("\u1100\u110c\u110b") == ["김종윤"]  # conjoining initials


def test_latin_names_ignore_case() -> None:
    assert found("JOHN") == ["John Smith"]
    assert found("smith") == ["John Smith"]
    assert found("john smith") == ["John Smith"]


def test_duty_or_department_finds_the_people_handling_it() -> None:
    # The 민원봉사과 first (department), then duties: starting with 민원, then inside.
    assert found("민원") == ["최가람", "김종윤", "까치영", "이종윤", "한지민"]
    assert INDEX.rank("민원", 6) == Rank.DEPARTMENT
    assert INDEX.rank("민원", 3) == Rank.DUTY_PREFIX
    assert INDEX.rank("민원", 10) == Rank.DUTY_CONTAINS
    assert found("여권") == ["최가람"]


def test_a_department_lists_its_members_in_chart_order() -> None:
    assert found("운영지원과") == ["이수", "John Smith", "한지민"]
    # A unit higher up the path lists everyone under it.
    assert found("기획조정실") == ["박민수", "김종수", "이종윤", "이수진", "가나다"]


def test_extension_and_employee_number() -> None:
    assert found("1234") == ["김종윤", "John Smith"]
    assert INDEX.rank("1234", 6) == Rank.EXACT
    assert INDEX.rank("1234", 9) == Rank.NUMBER_PREFIX
    assert found("a0006") == ["김종윤"]
    assert INDEX.rank("34", 6) == Rank.NUMBER_CONTAINS


def test_position() -> None:
    assert found("사무관") == ["가나다"]
    # The 혁신행정담당관's position names the unit everyone else is in: department first.
    assert found("담당관")[0] == "박민수"


def test_every_word_must_match() -> None:
    assert found("민원 김") == ["김종윤"]
    assert found("김 민원") == ["김종윤"]
    assert found("이 민원") == ["이종윤"]
    assert found("민원 박") == []
    # The best word ranks: 김종윤 by name prefix (and 민원 by department) before 이종윤.
    assert found("종 민원") == ["김종윤", "이종윤"]


def test_blank_query_finds_nobody_and_limit_cuts() -> None:
    assert found("") == []
    assert found("   ") == []
    assert INDEX.search("ㅇ", limit=2) == INDEX.search("ㅇ")[:2]
    assert INDEX.search("ㅇ", limit=0) == []
    assert len(INDEX) == len(STAFF)
    assert INDEX.rank("없는사람", 6) is None
    assert INDEX.rank("김", 999) is None


def test_typing_narrows_and_correcting_widens_again() -> None:
    index = StaffIndex(STAFF)
    steps = ["ㄱ", "김", "김ㅈ", "김종", "김종ㅇ", "김종윤", "김종", "김", "이", "이ㅅ", "ㅇㅅ"]
    for query in steps:
        assert found(query, index) == found(query, StaffIndex(STAFF)), query


def test_later_entry_with_the_same_id_does_not_hide_the_first() -> None:
    index = StaffIndex([person(1, "김종윤"), person(2, "김종수")])
    assert index.rank("김종윤", 1) == Rank.EXACT


syllable = st.characters(min_codepoint=0xAC00, max_codepoint=0xAC00 + 588 * 3 - 1)
names = st.text(syllable, min_size=2, max_size=4)


@settings(max_examples=60)
@given(st.lists(names, min_size=1, max_size=30), st.data())
def test_incremental_typing_gives_what_a_fresh_index_gives(
    typed_names: list[str], data: st.DataObject
) -> None:
    entries = [person(i, n, duties=(n[::-1],)) for i, n in enumerate(typed_names)]
    index = StaffIndex(entries)
    target = data.draw(st.sampled_from(typed_names))
    # Type by initials then by syllables, as a person might, then erase.
    keystrokes = [target[:k] for k in range(1, len(target) + 1)]
    mixed = "".join("ㄱㄲㄴ"[(ord(ch) - 0xAC00) // 588] for ch in target)
    keystrokes += [mixed[:k] for k in range(1, len(mixed) + 1)] + [target[:1], ""]
    for query in keystrokes:
        fresh = StaffIndex(entries)
        assert index.search(query) == fresh.search(query)
    assert target in [entries[i].name for i in index.search(target)]


@given(st.lists(names, min_size=1, max_size=20), st.data())
def test_results_are_ordered_by_rank_then_chart_order(
    typed_names: list[str], data: st.DataObject
) -> None:
    entries = [person(i, n) for i, n in enumerate(typed_names)]
    index = StaffIndex(entries)
    query = data.draw(st.text(st.sampled_from("가나ㄱㄴ까ㄲ"), min_size=1, max_size=2))
    ids = index.search(query)
    keys = [(index.rank(query, i), i) for i in ids]
    assert keys == sorted(keys)
    assert set(ids) == {e.id for e in entries if index.rank(query, e.id) is not None}


@pytest.mark.parametrize("query", ["ㄱㅈㅇ", "김종윤", "민원", "1234"])
def test_issue_examples_find_kim_jongyun(query: str) -> None:
    assert 6 in INDEX.search(query)


def test_initials_do_not_match_positions() -> None:
    # Every 과장 would otherwise turn up for "ㄱㅈ"; typed in full the position still counts.
    index = StaffIndex([
        person(1, "박민수", "창업정책과", position="과장"),
        person(2, "고재혁", "운영지원과"),
    ])
    assert index.search("ㄱㅈ") == [2]
    assert index.search("과장") == [1]
