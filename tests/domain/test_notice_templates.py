"""The charter's notice templates: placeholders checked when the charter is loaded, texts
that never carry more than the name and the case number, and one LMS at most."""

from __future__ import annotations

import pytest

from minwon_desk.domain.charter import CharterError, load_charter, parse_charter
from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.notice_templates import (
    LMS_MAX_BYTES,
    NoticeStage,
    check_email,
    check_mobile,
    check_sms_text,
    fit_text,
    lms_bytes,
    render,
)
from minwon_desk.resources import charter_preset


def _with(section: str) -> str:
    return charter_preset("mss").read_text(encoding="utf-8").split("\n[notices.")[0] + section


@pytest.mark.parametrize("name", ["mss", "tipa"])
def test_both_charters_carry_the_notices_with_the_officer_named(name: str) -> None:
    charter = load_charter(charter_preset(name))
    for stage in NoticeStage:
        template = charter.notices[stage]
        for text in (template.email, template.sms):
            assert "{officer}" in text and "{officer_phone}" in text and "{department}" in text


def test_an_unknown_placeholder_is_refused_with_its_line_and_key() -> None:
    text = _with('\n[notices.received]\nsubject = "접수 {case_numbr}"\n')
    with pytest.raises(CharterError) as refused:
        parse_charter(text, "agency.toml")
    assert refused.value.key == "notices.received.subject"
    assert refused.value.line == text.splitlines().index('subject = "접수 {case_numbr}"') + 1
    assert "{case_numbr}은 없습니다" in str(refused.value)


@pytest.mark.parametrize("placeholder", ["{subject}", "{reason}"])
def test_a_text_may_not_carry_what_the_case_is_about(placeholder: str) -> None:
    text = _with(f'\n[notices.extended]\nsms = "{{name}} 님 {placeholder}"\n')
    with pytest.raises(CharterError) as refused:
        parse_charter(text, "agency.toml")
    assert refused.value.key == "notices.extended.sms" and "문자에는" in str(refused.value)


@pytest.mark.parametrize("bad", ["{name.__class__}", "{name!r}", "{0}", "{name"])
def test_a_placeholder_with_more_than_a_name_is_refused(bad: str) -> None:
    with pytest.raises(CharterError, match=r"notices\.received\.email"):
        parse_charter(_with(f'\n[notices.received]\nemail = "{bad}"\n'), "agency.toml")


def test_an_unknown_stage_or_key_is_refused() -> None:
    with pytest.raises(CharterError, match=r"notices\.recieved"):
        parse_charter(_with('\n[notices.recieved]\nsms = "x"\n'), "a.toml")
    with pytest.raises(CharterError, match=r"notices\.received\.body"):
        parse_charter(_with('\n[notices.received]\nbody = "x"\n'), "a.toml")


def test_a_text_is_cut_to_one_lms_and_an_edited_one_is_refused() -> None:
    long = "가" * 1500
    assert lms_bytes(long) == 3000
    cut = fit_text(long)
    assert lms_bytes(cut) <= LMS_MAX_BYTES and cut.endswith("…")
    with pytest.raises(ValidationError, match="너무 깁니다"):
        check_sms_text(long)
    with pytest.raises(ValidationError, match="주민등록번호"):
        check_sms_text("홍길동 900101-1234567")


def test_particles_settle_after_the_dates_are_filled_in() -> None:
    assert render("{new_due}(으)로 연장", {"new_due": "7월 15일"}) == "7월 15일로 연장"


def test_addresses() -> None:
    assert check_mobile("+82 10-1234-5678") == "010-1234-5678"
    assert check_mobile("01612345678") == "016-1234-5678"
    assert check_email(" hong@example.com ") == "hong@example.com"
    for bad in ("hong", "hong@", "hong@example", "a..b@example.com"):
        with pytest.raises(ValidationError):
            check_email(bad)
    for bad in ("02-123-4567", "1588-1234", "010-12"):
        with pytest.raises(ValidationError):
            check_mobile(bad)
