"""``minwon-desk print``: the seating-chart poster and the nameplates written as PDF files."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.support.seed import actor_for, seed_small_agency

from .helpers import open_data, run


@pytest.fixture
def data_dir(tmp_path: Path) -> Path:
    """The small agency with one office, 혁신행정담당관실: two desks taken, one free."""
    backend = open_data(tmp_path)
    try:
        agency = seed_small_agency(backend)
        actor = actor_for(backend, agency.operator)
        offices = backend.offices
        office = offices.add_office(actor, name="혁신행정담당관실", building="본관", floor="2층",
                                    cols=16, rows=10)
        offices.add_room(actor, office, name="출입구", kind="entrance", x=0, y=8, w=2, h=2)
        kim, choi = agency.officers[0], agency.officers[3]
        offices.add_seat(actor, office, label="A-01", x=2, y=1, w=4, h=2, staff_id=kim.id)
        offices.add_seat(actor, office, label="A-02", x=6, y=1, w=4, h=2, staff_id=choi.id)
        offices.add_seat(actor, office, label="A-03", x=2, y=4, w=4, h=2)
    finally:
        backend.close()
    return tmp_path


def _pdf_text(path: Path) -> str:
    return "".join(p.extract_text() for p in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_a_seating_chart_is_written(capsys, data_dir: Path) -> None:
    output = data_dir / "좌석배치도.pdf"
    code, out, err = run(capsys, "print", "seating-chart", "혁신행정담당관실", "-o", str(output),
                         "--data-dir", str(data_dir))
    assert code == 0, err
    assert out == f"좌석배치도를 만들었습니다: {output} (혁신행정담당관실, A4 가로, 좌석 3석에 2명).\n"
    text = _pdf_text(output)
    for words in ("혁신행정담당관실", "김민준", "사무관", "1201", "최유진", "1202", "출입구", "빈 자리"):
        assert words in text, words
    box = PdfReader(output).pages[0].mediabox
    assert float(box.width) > float(box.height)  # landscape


def test_a3_and_an_office_by_part_of_its_name(capsys, data_dir: Path) -> None:
    output = data_dir / "a3.pdf"
    code, _, err = run(capsys, "print", "seating-chart", "혁신", "--paper", "A3", "-o", str(output),
                       "--data-dir", str(data_dir))
    assert code == 0, err
    box = PdfReader(output).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (1191, 842)


def test_an_unknown_office_lists_the_known_ones(capsys, data_dir: Path) -> None:
    output = data_dir / "x.pdf"
    code, out, err = run(capsys, "print", "seating-chart", "총무과실", "-o", str(output),
                         "--data-dir", str(data_dir))
    assert code == 2 and out == ""
    assert "총무과실" in err and "혁신행정담당관실" in err
    assert not output.exists()


def test_nameplates_are_written(capsys, data_dir: Path) -> None:
    output = data_dir / "명패.pdf"
    code, out, err = run(capsys, "print", "nameplates", "본부 > 창업정책과", "-o", str(output),
                         "--data-dir", str(data_dir))
    assert code == 0, err
    assert out == f"명패를 만들었습니다: {output} (2명, A4 1쪽, 한 쪽에 2장).\n"
    text = _pdf_text(output)
    assert text.count("박지호") == 2 and text.count("이서연") == 2
    assert "정하늘" not in text  # has left the agency


def test_an_unknown_department_lists_the_known_ones(capsys, data_dir: Path) -> None:
    output = data_dir / "x.pdf"
    code, out, err = run(capsys, "print", "nameplates", "총무과", "-o", str(output),
                         "--data-dir", str(data_dir))
    assert code == 2 and out == ""
    assert "'총무과' 부서를 찾을 수 없습니다" in err
    assert "본부 > 혁신행정담당관" in err and "본부 > 민원안내팀" in err
    assert not output.exists()


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["seating-chart", "혁신행정담당관실", "--paper", "B4", "-o", "{dir}/x.pdf"], "B4"),
        (["seating-chart", "혁신행정담당관실", "-o", "{dir}/없는폴더/x.pdf"], "없는폴더"),
        (["nameplates", "혁신행정담당관", "-o", "{dir}"], "폴더입니다"),
        (["nameplates", "혁신행정담당관"], "-o"),
    ],
)
def test_bad_input_exits_2(capsys, data_dir: Path, args: list[str], words: str) -> None:
    filled = [a.replace("{dir}", str(data_dir)) for a in args]
    code, out, err = run(capsys, "print", *filled, "--data-dir", str(data_dir))
    assert code == 2 and out == ""
    assert words in err
    assert not (data_dir / "x.pdf").exists()


def test_a_failed_run_keeps_the_earlier_file(capsys, data_dir: Path) -> None:
    output = data_dir / "명패.pdf"
    output.write_bytes(b"%PDF earlier")
    code, _, _ = run(capsys, "print", "nameplates", "총무과", "-o", str(output),
                     "--data-dir", str(data_dir))
    assert code == 2
    assert output.read_bytes() == b"%PDF earlier"
    assert [p.name for p in data_dir.iterdir() if p.name.startswith(".print-")] == []
