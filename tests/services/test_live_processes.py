"""Changes between processes: what one process commits reaches another's reader and
``minwon-desk watch`` as the same typed events, in order, once each — on SQLite and on
PostgreSQL. Every "desk" here is a separate process."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from queue import Empty, Queue
from typing import Any

from sqlalchemy import insert

from minwon_desk.domain.compensation import CompensationKind, EventKey
from minwon_desk.services.dto import CheckInRequest
from minwon_desk.services.events import (
    CaseChange,
    CaseChanged,
    CompensationChange,
    CompensationChanged,
    MemoChange,
    MemoChanged,
    VisitChange,
    VisitChanged,
)
from minwon_desk.services.live import Change, ChangeReader
from minwon_desk.store.models import AuditEntry
from tests.conftest import open_seeded
from tests.support.seed import SEED_PASSWORD, actor_for, small_agency

ROOT = Path(__file__).resolve().parents[2]
OTHER_DESK = "2층 민원실"
WAIT = 60.0  # seconds before a test gives up waiting for another process


def as_at_a_terminal() -> None:
    """Run in the watch's process before it starts: Ctrl+C (SIGINT) reaches it as at a
    terminal, even when the tests themselves run from a script's background job, which
    starts every program with SIGINT ignored."""
    signal.signal(signal.SIGINT, signal.SIG_DFL)


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["MINWON_PASSWORD"] = SEED_PASSWORD  # the commands sign in as the seeded accounts
    return env


def _desk(*args: str) -> list[str]:
    """Run the other desk (tests/support/live_desk.py); its output lines split by tab."""
    done = subprocess.run(
        [sys.executable, "-m", "tests.support.live_desk", *args], cwd=ROOT, env=_env(),
        capture_output=True, text=True, timeout=WAIT,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout.strip().split("\t")


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "minwon_desk", *args, "--data-dir", str(tmp_path / "cli")],
        cwd=ROOT, env=_env(), capture_output=True, text=True, timeout=WAIT,
    )


def _read_until(reader: ChangeReader, count: int) -> list[Change]:
    got: list[Change] = []
    deadline = time.monotonic() + WAIT
    while len(got) < count and time.monotonic() < deadline:
        got += reader.read()
        if len(got) < count:
            time.sleep(0.05)
    return got


def _the_others_writes(tmp_path: Path, url: str) -> dict[str, Any]:
    """A check-in and a repeat visit, a memo by the command line, a case opened and
    answered and the repeat visit's compensation approved — all by other processes."""
    first, second = map(int, _desk("visits", url))
    took = _cli(tmp_path, "memo", "take", "--db-url", url, "--desk", OTHER_DESK,
                "--caller", "홍길동", "--phone", "010-1234-5678", "--gist", "보증 문의",
                "--for", "T0002", "--as", "T0001")
    assert took.returncode == 0, took.stderr
    case_id, voucher_id, own_seen, all_seen = map(
        int, _desk("case-and-voucher", url, str(second))
    )
    return {"visits": (first, second), "case": case_id, "voucher": voucher_id,
            "own_seen": own_seen, "all_seen": all_seen}


def _expected_kinds() -> list[tuple[str, str]]:
    return [("visit", "checked_in"), ("visit", "checked_in"), ("memo", "taken"),
            ("case", "registered"), ("case", "answered"), ("compensation", "approved")]


def test_another_process_writes_reach_this_reader_as_typed_events(
    db_url: str, fake_clock, mss_charter, tmp_path: Path
) -> None:
    backend = open_seeded(db_url, fake_clock, mss_charter)
    try:
        reader = ChangeReader(backend.db)
        wrote = _the_others_writes(tmp_path, db_url)
        got = _read_until(reader, 6)
        assert reader.read() == []  # once each
    finally:
        backend.close()

    assert [(c.kind, c.change) for c in got] == _expected_kinds()
    assert [c.seq for c in got] == sorted({c.seq for c in got})
    assert {c.desk for c in got} == {OTHER_DESK}
    first, second = wrote["visits"]
    officer = small_agency_ids(db_url, fake_clock, mss_charter)
    memo_event = got[2].event
    assert isinstance(memo_event, MemoChanged)
    assert got[0].event == VisitChanged(first, VisitChange.CHECKED_IN)
    assert got[1].event == VisitChanged(second, VisitChange.CHECKED_IN)
    assert memo_event.change is MemoChange.TAKEN and memo_event.holder_id == officer["T0002"]
    assert got[3].event == CaseChanged(wrote["case"], CaseChange.REGISTERED, officer["T0003"])
    assert got[4].event == CaseChanged(wrote["case"], CaseChange.ANSWERED, officer["T0003"])
    assert got[5].event == CompensationChanged(
        str(EventKey(CompensationKind.REPEAT_VISIT, second)), CompensationChange.APPROVED,
        wrote["voucher"],
    )
    assert all(c.event.origin.desk == OTHER_DESK for c in got)
    # The writing process skipped its own rows; a reader that does not skip saw them.
    assert (wrote["own_seen"], wrote["all_seen"]) == (0, 3)


def small_agency_ids(url: str, clock: Any, charter: Any) -> dict[str, int]:
    from minwon_desk.services.backend import Backend

    with Backend.open(url, charter=charter, desk="x", clock=clock) as backend:
        return {no: backend.staff.by_employee_no(no).id for no in ("T0002", "T0003")}


class _Lines:
    """A process's stdout lines, read by a thread so a test can wait with a timeout."""

    def __init__(self, proc: subprocess.Popen[str]) -> None:
        self._queue: Queue[str] = Queue()
        assert proc.stdout is not None
        stream = proc.stdout
        threading.Thread(target=lambda: [self._queue.put(x) for x in stream], daemon=True).start()

    def take(self, count: int) -> list[str]:
        lines: list[str] = []
        deadline = time.monotonic() + WAIT
        while len(lines) < count:
            try:
                lines.append(self._queue.get(timeout=max(0.01, deadline - time.monotonic())))
            except Empty:
                break
        return [line.rstrip("\n") for line in lines]


def test_watch_prints_each_change_of_other_processes_and_skips_an_unreadable_row(
    db_url: str, fake_clock, mss_charter, tmp_path: Path
) -> None:
    backend = open_seeded(db_url, fake_clock, mss_charter)
    try:
        start = ChangeReader(backend.db).last_seq
        watch = subprocess.Popen(
            [sys.executable, "-m", "minwon_desk", "watch", "--db-url", db_url,
             "--since", str(start), "--data-dir", str(tmp_path / "cli")],
            cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            preexec_fn=as_at_a_terminal,
        )
        lines = _Lines(watch)
        try:
            wrote = _the_others_writes(tmp_path, db_url)
            printed = lines.take(6)
            # A row this version cannot read (a newer kind, a damaged payload), then a
            # good one: the bad one is skipped, the watch goes on.
            with backend.db.transaction() as session:
                for kind, payload in (("visit", "{not json"), ("hologram", "{}")):
                    session.execute(insert(AuditEntry).values(
                        at=fake_clock(), desk="미래 창구", action="x", entity="x", detail="{}",
                        change_kind=kind, change_payload=payload, change_process="elsewhere",
                    ))
            [later] = _desk("check-in", db_url, "1")
            printed += lines.take(1)
        finally:
            watch.send_signal(signal.SIGINT)
            _out, err = watch.communicate(timeout=WAIT)
    finally:
        backend.close()

    rows = [line.split("\t") for line in printed]
    assert all(len(row) == 6 for row in rows), printed
    assert [(r[2], r[4]) for r in rows] == [*_expected_kinds(), ("visit", "checked_in")]
    seqs = [int(r[0]) for r in rows]
    assert seqs == sorted(seqs) and len(set(seqs)) == 7 and seqs[0] > start
    first, second = wrote["visits"]
    assert [r[3] for r in rows] == [str(first), str(second), rows[2][3], str(wrote["case"]),
                                    str(wrote["case"]), str(wrote["voucher"]), later]
    assert {r[5] for r in rows} == {OTHER_DESK}
    assert all(r[1].endswith("+09:00") for r in rows)
    # Ctrl+C ends it quietly, with success; the two rows it could not read are logged.
    assert watch.returncode == 0
    assert "Traceback" not in err
    logged = err.splitlines()
    assert len(logged) == 2 and all("cannot be read" in line for line in logged), err


def test_watch_shows_only_the_kinds_asked_for(
    db_url: str, fake_clock, mss_charter, tmp_path: Path
) -> None:
    backend = open_seeded(db_url, fake_clock, mss_charter)
    try:
        start = ChangeReader(backend.db).last_seq
        watch = subprocess.Popen(
            [sys.executable, "-m", "minwon_desk", "watch", "--kinds", "memo,case",
             "--db-url", db_url, "--since", str(start), "--data-dir", str(tmp_path / "cli")],
            cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            preexec_fn=as_at_a_terminal,
        )
        lines = _Lines(watch)
        try:
            _the_others_writes(tmp_path, db_url)
            printed = lines.take(3)
        finally:
            watch.send_signal(signal.SIGINT)
            watch.communicate(timeout=WAIT)
    finally:
        backend.close()
    assert [tuple(line.split("\t")[2:5:2]) for line in printed] == [
        ("memo", "taken"), ("case", "registered"), ("case", "answered"),
    ]


def test_two_desks_greeting_one_visitor_one_succeeds_the_other_is_told_who(
    db_url: str, fake_clock, mss_charter, tmp_path: Path
) -> None:
    backend = open_seeded(db_url, fake_clock, mss_charter)
    try:
        agency = small_agency(backend)
        visit = backend.visits.check_in(actor_for(backend, agency.operator),
                                        CheckInRequest("이방문", purpose="상담"))
    finally:
        backend.close()
    go = tmp_path / "go"
    desks = [
        subprocess.Popen(
            [sys.executable, "-m", "tests.support.live_desk", "greet", db_url, number,
             str(visit.id), str(go)],
            cwd=ROOT, env=_env(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        )
        for number in ("T0001", "T0002")
    ]
    for desk in desks:
        assert desk.stdout is not None
        assert desk.stdout.readline().strip() == "ready"
    go.touch()  # both at once
    answers = [desk.communicate(timeout=WAIT)[0].strip() for desk in desks]
    assert sorted(a.split("\t")[0] for a in answers) == ["ok", "refused"]
    winner = ("안내원", "김민준")[answers.index("ok")]
    [refusal] = [a.split("\t")[1] for a in answers if a.startswith("refused")]
    assert f"{winner} 님이 응대를 시작한 방문객입니다" in refusal


def test_watch_refuses_bad_options(tmp_path: Path) -> None:
    for args, said in (
        (["--kinds", "visit,parcel"], "'parcel'은 없는 종류입니다"),
        (["--since", "-3"], "순번은 0 이상"),
        (["--since", "열"], "순번이 아닙니다"),
    ):
        done = _cli(tmp_path, "watch", *args)
        assert done.returncode == 2, done.stderr
        assert said in done.stderr and done.stdout == ""
