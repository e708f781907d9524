"""``minwon-desk memo take|list``: phone memos from the shell."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import func, select

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.store.models import Memo
from tests.support.seed import actor_for, small_agency

from .helpers import open_data, run


@pytest.fixture
def desk(data_dir: Path) -> Path:
    """The seeded data folder, with 안내원 (T0001) set as this desk's operator, and 김민준
    (T0002) on a trip on Thursday and Friday, 이서연 (T0003) acting for him."""
    (data_dir / "settings.toml").write_text('desk_operator = "T0001"\n', encoding="utf-8")
    backend = open_data(data_dir)
    agency = small_agency(backend)
    backend.absences.add(
        actor_for(backend, agency.operator), staff_id=agency.officers[0].id,
        kind=AbsenceKind.TRIP, starts_at=datetime(2026, 7, 2, 9, tzinfo=SEOUL),
        ends_at=datetime(2026, 7, 3, 18, tzinfo=SEOUL), deputy_id=agency.officers[1].id,
    )
    backend.close()
    return data_dir


def _take(capsys: pytest.CaptureFixture[str], folder: Path, *extra: str) -> tuple[int, str, str]:
    return run(capsys, "memo", "take", "--caller", "홍길동", "--phone", "010-1234-5678",
               "--gist", "창업 지원사업 서류 문의", "--data-dir", str(folder), *extra)


def _memos(folder: Path) -> int:
    backend = open_data(folder)
    try:
        with backend.db.read() as session:
            return session.scalar(select(func.count()).select_from(Memo)) or 0
    finally:
        backend.close()


def test_take_prints_number_holder_and_deadline(
    capsys: pytest.CaptureFixture[str], desk: Path
) -> None:
    code, out, err = _take(capsys, desk, "--for", "T0004", "--at", "2026-07-02T17:00+09:00")
    assert (code, err) == (0, "")
    # 3 working hours from 17:00: one hour today, two tomorrow morning.
    assert out.splitlines() == ["M2026-000001\tT0004\t박지호\t2026-07-03T11:00:00+09:00"]


def test_take_for_an_officer_away_at_that_moment_goes_to_the_deputy(
    capsys: pytest.CaptureFixture[str], desk: Path
) -> None:
    code, out, err = _take(capsys, desk, "--for", "T0002", "--at", "2026-07-02T10:00")
    assert code == 0
    assert out.splitlines() == ["M2026-000001\tT0003\t이서연\t2026-07-02T14:00:00+09:00"]
    assert err == (
        "김민준 사무관 출장 중(7/3까지) — 회신 경고 시각(13:00) 전에 돌아오지 않아 "
        "업무대행 이서연 주무관에게 보냅니다.\n"
    )
    # Friday 16:00: back Monday 09:00, before this memo's warning point — it waits for him.
    code, out, err = _take(capsys, desk, "--for", "T0002", "--at", "2026-07-03T16:00")
    assert out.splitlines() == ["M2026-000002\tT0002\t김민준\t2026-07-06T10:00:00+09:00"]
    assert err == (
        "김민준 사무관이 출장 중이며 7/6(월) 09:00에 돌아옵니다 — 담당자에게 그대로 둡니다. "
        "그때까지 연락은 업무대행 이서연 주무관에게 하세요.\n"
    )
    code, out, _ = _take(capsys, desk, "--for", "T0002", "--at", "2026-07-06T09:00")
    assert out.splitlines() == ["M2026-000003\tT0002\t김민준\t2026-07-06T12:00:00+09:00"]


def test_take_with_an_email_answer_and_another_operator(
    capsys: pytest.CaptureFixture[str], desk: Path
) -> None:
    code, out, _ = run(
        capsys, "memo", "take", "--caller", "Kim Jisoo", "--gist", "수출 바우처 정산",
        "--for", "T0005", "--channel", "email", "--address", "jisoo@example.com",
        "--as", "T0004", "--at", "2026-07-02T10:00+09:00", "--data-dir", str(desk),
    )
    assert code == 0
    assert out.splitlines() == ["M2026-000001\tT0005\t최유진\t2026-07-02T14:00:00+09:00"]


def test_take_needs_to_know_who_took_the_call(
    capsys: pytest.CaptureFixture[str], data_dir: Path
) -> None:
    code, out, err = run(capsys, "memo", "take", "--caller", "홍길동", "--gist", "문의",
                         "--for", "T0004", "--data-dir", str(data_dir), who=None)
    assert code == 3 and out == ""
    assert "--as" in err and "MINWON_TOKEN" in err
    assert _memos(data_dir) == 0


@pytest.mark.parametrize(
    ("extra", "says"),
    [
        (("--phone", ""), "--phone: 회신할 전화번호를 적어 주세요"),
        (("--phone", "12-34"), "--phone: 전화번호 '12-34'를 알아볼 수 없습니다"),
        (("--channel", "email", "--address", "hong@"), "--address: 'hong@'은(는) 이메일 주소가 아닙니다"),
        (("--channel", "fax"), "--channel: 회신 방법 'fax'는 없습니다"),
        (("--gist", " "), "--gist: 요지를 적어 주세요"),
        (("--gist", "주민번호 800101-1234567 확인 요청"), "--gist: 요지에 주민등록번호로 보이는 숫자가"),
        (("--for", "T9999"), "--for: 사번 T9999인 직원이 없습니다"),
        (("--at", "어제 오후"), "--at 시각 '어제 오후'를 읽을 수 없습니다"),
        (("--at", "2099-01-01T10:00"), "--at: 전화를 받은 시각(2099-01-01 10:00)이 지금보다 뒤입니다"),
    ],
)
def test_bad_input_exits_2_says_why_and_saves_nothing(
    capsys: pytest.CaptureFixture[str], desk: Path, extra: tuple[str, ...], says: str
) -> None:
    args = ["--for", "T0004", "--at", "2026-07-02T10:00", *extra]
    code, out, err = _take(capsys, desk, *args)
    assert code == 2 and out == ""
    assert err.startswith("minwon-desk: ") and says in err
    assert "1234567" not in err
    assert _memos(desk) == 0


def test_list_shows_open_memos_overdue_first_and_the_history_newest_first(
    capsys: pytest.CaptureFixture[str], desk: Path
) -> None:
    for officer, at in (("T0004", "2026-07-02T15:00"), ("T0005", "2026-07-02T09:00"),
                        ("T0002", "2026-07-02T16:30")):
        assert _take(capsys, desk, "--for", officer, "--at", at)[0] == 0
    backend = open_data(desk)
    agency = small_agency(backend)
    backend.memos.close(actor_for(backend, agency.operator), 2, "민원인이 취소함")
    backend.close()

    code, out, err = run(capsys, "memo", "list", "--data-dir", str(desk))
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "M2026-000003\tT0003\t홍*동\t2026-07-03T10:30:00+09:00\topen",
        "M2026-000001\tT0004\t홍*동\t2026-07-02T18:00:00+09:00\topen",
        "M2026-000002\tT0005\t홍*동\t2026-07-02T12:00:00+09:00\tclosed",
    ]
    code, out, _ = run(capsys, "memo", "list", "--open", "--data-dir", str(desk))
    assert [line.split("\t")[0] for line in out.splitlines()] == ["M2026-000001", "M2026-000003"]
    code, out, _ = run(capsys, "memo", "list", "--for", "T0003", "--open", "--data-dir", str(desk))
    assert out.splitlines() == ["M2026-000003\tT0003\t홍*동\t2026-07-03T10:30:00+09:00\topen"]
    code, out, _ = run(capsys, "memo", "list", "--overdue-at", "2026-07-03T10:00+09:00",
                       "--data-dir", str(desk))
    assert out.splitlines() == ["M2026-000001\tT0004\t홍*동\t2026-07-02T18:00:00+09:00\topen"]
    code, out, _ = run(capsys, "memo", "list", "--for", "T0002", "--data-dir", str(desk))
    assert (code, out) == (0, "")


def test_list_refuses_an_unknown_officer_and_a_bad_moment(
    capsys: pytest.CaptureFixture[str], desk: Path
) -> None:
    code, out, err = run(capsys, "memo", "list", "--for", "X1", "--data-dir", str(desk))
    assert (code, out) == (2, "") and "--for: 사번 X1인 직원이 없습니다" in err
    code, out, err = run(capsys, "memo", "list", "--overdue-at", "soon", "--data-dir", str(desk))
    assert (code, out) == (2, "") and "--overdue-at 시각 'soon'" in err


def test_deadlines_print_to_the_second(capsys: pytest.CaptureFixture[str], desk: Path) -> None:
    """A moment typed (or taken from the clock) with a fraction of a second prints without it."""
    code, out, err = _take(capsys, desk, "--for", "T0004", "--at", "2026-07-02T15:19:29.757799+09:00")
    assert (code, err) == (0, "")
    assert out.split("\t")[-1] == "2026-07-03T09:19:29+09:00\n"
    code, out, err = run(capsys, "memo", "list", "--open", "--data-dir", str(desk))
    assert code == 0 and ".757799" not in out and "2026-07-03T09:19:29+09:00" in out
