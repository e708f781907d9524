"""``minwon-desk survey export YEAR -o FILE.xlsx``: the year's survey as a workbook."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.services.dto import CheckInRequest
from tests.support.seed import actor_for, small_agency

from .helpers import open_data, run

YEAR = datetime.now(SEOUL).year


def _fill(data_dir: Path) -> None:
    backend = open_data(data_dir)
    actor = actor_for(backend, small_agency(backend).operator)
    kind = backend.survey.add_item(actor, YEAR, "직원이 친절했습니까?").id
    wait = backend.survey.add_item(actor, YEAR, "기다린 시간은 적당했습니까?").id
    backend.survey.record_response(actor, YEAR, {kind: 5, wait: 3}, "친절했어요")
    backend.survey.record_response(actor, YEAR, {kind: 4, wait: None})
    visit = backend.visits.check_in(actor, CheckInRequest("홍길동"))
    backend.visits.check_out(actor, visit.id)
    backend.visits.rate(actor, visit.id, 5)
    backend.close()


def test_export_writes_the_workbook_and_says_what_is_in_it(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    _fill(data_dir)
    target = tmp_path / "만족도.xlsx"
    code, out, err = run(capsys, "survey", "export", str(YEAR), "-o", str(target),
                         "--data-dir", str(data_dir), "--reason", "감사 자료 제출")
    assert (code, err) == (0, "")
    assert out == (f"{YEAR}년 고객만족도 조사 결과를 저장했습니다: {target} "
                   "(문항 2개, 응답 2건, 퇴실 만족도 1건).\n")
    book = openpyxl.load_workbook(target)
    assert book.sheetnames == ["응답", "요약", "퇴실 만족도"]
    rows = list(book["응답"].iter_rows(values_only=True))
    assert rows[0][3:] == ("1. 직원이 친절했습니까?", "2. 기다린 시간은 적당했습니까?", "의견")
    assert [r[3:] for r in rows[1:]] == [(5, 3, "친절했어요"), (4, None, None)]


def test_a_year_without_a_survey_still_gives_a_file_that_says_so(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "빈해.xlsx"
    code, out, err = run(capsys, "survey", "export", "2020", "-o", str(target),
                         "--data-dir", str(data_dir), "--reason", "감사 자료 제출")
    assert code == 0
    assert "(문항 0개, 응답 0건, 퇴실 만족도 0건)" in out
    assert "2020년에는 조사 문항도 응답도 퇴실 만족도도 없습니다" in err
    book = openpyxl.load_workbook(target)
    assert book["응답"]["A2"].value == "2020년에 입력된 설문 응답이 없습니다."
    assert any(c == "2020년 조사 문항이 없습니다." for r in book["요약"].iter_rows(values_only=True)
               for c in r)


@pytest.mark.parametrize(
    ("year", "words"),
    [("1999", "연도는 2000년부터"), ("이천이십육", "연도 '이천이십육'를 읽을 수 없습니다"),
     (str(YEAR + 2), f"{YEAR + 1}년까지")],
)
def test_a_bad_year_exits_2_with_the_reason(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, year: str, words: str
) -> None:
    target = tmp_path / "a.xlsx"
    code, out, err = run(capsys, "survey", "export", year, "-o", str(target),
                         "--data-dir", str(data_dir), "--reason", "감사 자료 제출")
    assert (code, out) == (2, "")
    assert words in err
    assert not target.exists()


@pytest.mark.parametrize(("name", "words"), [("a.csv", ".xlsx로 끝나야"), ("없는폴더/a.xlsx", "없습니다")])
def test_a_bad_output_path_is_refused_before_anything_is_read(
    capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path, name: str, words: str
) -> None:
    code, out, err = run(capsys, "survey", "export", str(YEAR), "-o", str(tmp_path / name),
                         "--data-dir", str(data_dir), "--reason", "감사 자료 제출")
    assert (code, out) == (2, "")
    assert words in err
