"""The memo list on its own: overdue first, clocks in words from stored deadlines, colours
that change as time passes, one alarm per memo, and ticks that touch only what changed."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt
from PySide6.QtWidgets import QTableView
from pytestqt.qtbot import QtBot

from minwon_desk.domain.clockstate import ClockColour, clock_state
from minwon_desk.domain.privacy import mask_name, mask_phone
from minwon_desk.domain.timeutil import SEOUL, describe_remaining
from minwon_desk.services.dto import MemoView
from minwon_desk.ui.common.time_words import next_change, words
from minwon_desk.ui.memos.model import (
    CALLER,
    CHANNEL,
    CLOCK,
    COLOUR_ROLE,
    GIST,
    MEMO_ROLE,
    PHONE,
    MemoListModel,
)

START = datetime(2026, 7, 2, 10, 0, tzinfo=SEOUL)


class Clock:
    def __init__(self) -> None:
        self.now = START

    def __call__(self) -> datetime:
        return self.now


def memo(mid: int, due: datetime | None, *, warn: timedelta = timedelta(hours=1), **changes: object) -> MemoView:
    name, phone = f"홍길{mid}", "010-1234-5678"
    view = MemoView(
        id=mid, number=f"M2026-{mid:06d}", taken_at=START - timedelta(minutes=mid),
        taken_by="안내원", caller_name=name, caller_name_masked=mask_name(name),
        caller_phone=phone, caller_phone_masked=mask_phone(phone), caller_org="한빛상사",
        gist="지원사업 정산 서류를 어디로 보내야 하는지\n다시 여쭤보고 싶다고 하심", channel="phone",
        address=phone, asked_for_id=2, asked_for="김민준 사무관", holder_id=3, holder="이서연 주무관",
        holder_employee_no="T0003", holder_department="창업정책과", routed_note="",
        due_at=due, warn_at=due - warn if due is not None else None, state="open", met_at=None,
        closed_at=None, close_reason="", attempts=0,
    )
    return replace(view, **changes)  # type: ignore[arg-type]


def ids(model: MemoListModel) -> list[int]:
    return [model.memo_at(r).id for r in range(model.rowCount())]


def texts(model: MemoListModel) -> list[str]:
    return [model.clock_text_at(r) for r in range(model.rowCount())]


def test_overdue_first_then_by_time_left_then_untimed() -> None:
    clock = Clock()
    model = MemoListModel(clock)
    model.set_memos([
        memo(1, START + timedelta(hours=2)),  # green, 2 h left
        memo(2, START - timedelta(minutes=35)),  # red
        memo(3, None),  # the charter sets no figure
        memo(4, START + timedelta(minutes=40)),  # amber (warning an hour before)
        memo(5, START - timedelta(hours=1, minutes=5)),  # red for longer: first
        memo(6, START + timedelta(hours=1, minutes=20)),  # green
    ])
    assert ids(model) == [5, 2, 4, 6, 1, 3]
    assert texts(model)[:5] == ["1시간 5분 지남", "35분 지남", "40분 남음", "1시간 20분 남음", "2시간 남음"]
    assert texts(model)[5] == "기한 없음 · 접수 후 3분"
    assert model.index(0, 0).data(COLOUR_ROLE) is ClockColour.RED
    assert model.index(2, 0).data(COLOUR_ROLE) is ClockColour.AMBER
    assert model.open_and_overdue() == (6, 2)


def test_lists_mask_the_caller_and_show_the_gist_on_one_line() -> None:
    model = MemoListModel(Clock())
    model.set_memos([memo(7, START + timedelta(hours=3))])
    cell = model.index(0, 0).siblingAtColumn
    assert cell(CALLER).data() == "홍*7 (한빛상사)"
    assert cell(PHONE).data() == "010-****-5678"
    assert cell(GIST).data() == "지원사업 정산 서류를 어디로 보내야 하는지 다시 여쭤보고 싶다고 하심"
    assert "\n" in cell(GIST).data(Qt.ItemDataRole.ToolTipRole)  # the whole gist on hover
    assert cell(CHANNEL).data() == "전화"
    assert cell(CLOCK).data(MEMO_ROLE).number == "M2026-000007"


def test_clock_turns_amber_then_red_with_one_alarm(qtbot: QtBot) -> None:
    clock = Clock()
    model = MemoListModel(clock)
    model.set_memos([memo(1, START + timedelta(hours=3))])
    red: list[MemoView] = []
    model.turned_red.connect(red.append)
    assert model.colour_at(0) is ClockColour.GREEN
    clock.now = START + timedelta(hours=2, minutes=1)
    model.tick()
    assert (model.colour_at(0), model.clock_text_at(0)) == (ClockColour.AMBER, "59분 남음")
    clock.now = START + timedelta(hours=3)
    model.tick()
    assert (model.colour_at(0), model.clock_text_at(0)) == (ClockColour.RED, "0초 지남")
    clock.now += timedelta(minutes=35)
    model.tick()
    assert model.clock_text_at(0) == "35분 지남"
    assert [m.id for m in red] == [1]


def test_already_overdue_on_load_is_not_announced() -> None:
    clock = Clock()
    model = MemoListModel(clock)
    red: list[MemoView] = []
    model.turned_red.connect(red.append)
    model.set_memos([memo(1, START - timedelta(minutes=5))])
    clock.now += timedelta(seconds=1)
    model.tick()
    assert red == []


def test_tick_reports_only_the_clock_column_of_rows_that_changed() -> None:
    clock = Clock()
    model = MemoListModel(clock)
    model.set_memos([
        memo(1, START + timedelta(minutes=5)),  # seconds shown: changes every second
        memo(2, START + timedelta(hours=2, seconds=30)),  # minutes shown: hold for a while
        memo(3, START + timedelta(hours=2, minutes=30, seconds=30)),
    ])
    changed: list[tuple[int, int, int, int]] = []
    model.dataChanged.connect(
        lambda a, b, _roles=(): changed.append((a.row(), b.row(), a.column(), b.column()))
    )
    clock.now += timedelta(seconds=1)
    model.tick()
    assert changed == [(0, 0, CLOCK, CLOCK)]
    assert texts(model) == ["4분 59초 남음", "2시간 남음", "2시간 30분 남음"]
    changed.clear()
    clock.now += timedelta(seconds=1)
    model.tick()
    assert changed == [(0, 0, CLOCK, CLOCK)]  # the others still read the same


def test_recolouring_resorts_and_keeps_the_selection(qtbot: QtBot) -> None:
    clock = Clock()
    model = MemoListModel(clock)
    view = QTableView()
    qtbot.addWidget(view)
    view.setModel(model)
    model.set_memos([memo(1, START + timedelta(hours=1, minutes=30), warn=timedelta(minutes=10)),
                     memo(2, START + timedelta(hours=1), warn=timedelta(hours=2))])
    # 2 is amber already (its warning came two hours ahead); 1 is green below it.
    assert ids(model) == [2, 1]
    flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
    view.selectionModel().setCurrentIndex(model.index(1, 0), flags)
    clock.now = START + timedelta(hours=1, minutes=25)  # 2 is red; 1 turns amber
    model.tick()
    assert ids(model) == [2, 1]
    clock.now = START + timedelta(hours=1, minutes=31)
    model.tick()
    assert [model.colour_at(r) for r in range(2)] == [ClockColour.RED, ClockColour.RED]
    assert model.memo_at(view.selectionModel().selectedRows()[0].row()).id == 1


def test_upsert_moves_a_row_and_remove_drops_it() -> None:
    clock = Clock()
    model = MemoListModel(clock)
    model.set_memos([memo(1, START + timedelta(hours=1)), memo(2, START + timedelta(hours=2))])
    model.upsert(memo(2, START - timedelta(minutes=1)))  # its deadline came earlier
    assert ids(model) == [2, 1]
    model.upsert(memo(3, START + timedelta(hours=3)))
    assert ids(model) == [2, 1, 3]
    assert model.remove(2) and not model.remove(2)
    assert ids(model) == [1, 3]


def test_finished_memos_say_how_they_ended() -> None:
    clock = Clock()
    clock.now = START + timedelta(hours=4)
    due = START + timedelta(hours=3)
    model = MemoListModel(clock)
    model.set_memos([
        memo(1, due, state="closed", met_at=START + timedelta(hours=1), closed_at=START + timedelta(hours=1)),
        memo(2, due, state="closed", met_at=due + timedelta(minutes=20), closed_at=due + timedelta(minutes=20),
             close_reason="통화함"),
        memo(3, due, state="closed", closed_at=START + timedelta(hours=2), close_reason="민원으로 접수함"),
    ])
    by_id = {model.memo_at(r).id: (model.colour_at(r), model.clock_text_at(r)) for r in range(3)}
    assert by_id[1] == (ClockColour.MET, "답변함 · 11:00")
    assert by_id[2] == (ClockColour.LATE, "답변함 · 13:20 (20분 늦음)")
    assert by_id[3] == (ClockColour.MET, "종결 · 12:00")
    assert not model.has_running_clocks()
    assert model.open_and_overdue() == (0, 0)
    tip = model.index(model.row_of(3) or 0, CLOCK).data(Qt.ItemDataRole.ToolTipRole)
    assert "민원으로 접수함" in tip


def test_empty_model_ticks_quietly() -> None:
    model = MemoListModel(Clock())
    model.tick()
    assert model.rowCount(QModelIndex()) == 0


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=-3 * 86400, max_value=3 * 86400),
    st.integers(min_value=0, max_value=999),
)
def test_text_never_changes_before_the_instant_next_change_names(offset: int, millis: int) -> None:
    """Skipping rows until ``next_change`` is safe: the words read the same until then,
    and differ just after."""
    due = 1_000_000.0  # small numbers: the float arithmetic of the test stays exact enough
    now = due - offset - millis / 1000
    upcoming = next_change(due, now)
    assert upcoming > now - 1e-6

    def words(at: float) -> str:
        return describe_remaining(timedelta(seconds=due - at))

    for fraction in (0.25, 0.5, 0.999):
        probe = now + (upcoming - now) * fraction
        assert words(probe) == words(now)
    assert words(upcoming + 0.001) != words(now) or upcoming - now < 1e-3


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=-2 * 86400, max_value=2 * 86400),
    st.integers(min_value=0, max_value=999_999),
    st.integers(min_value=0, max_value=4 * 3600),
)
def test_a_row_reads_as_the_domain_rules_say(seconds: int, micros: int, warn_ahead: int) -> None:
    """The tick's arithmetic on plain numbers gives the colour of ``clock_state`` and the
    words of ``describe_remaining`` (with the deadline instant itself already missed)."""
    clock = Clock()
    due = START + timedelta(seconds=seconds, microseconds=micros)
    model = MemoListModel(clock)
    model.set_memos([memo(1, due, warn=timedelta(seconds=warn_ahead))])
    colour = clock_state(START, due, due - timedelta(seconds=warn_ahead), None)
    left = due - START
    words = "0초 지남" if colour is ClockColour.RED and left >= timedelta(0) else describe_remaining(left)
    assert (model.colour_at(0), model.clock_text_at(0)) == (colour, words)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=-3 * 86400 * 1000, max_value=3 * 86400 * 1000))
def test_remembered_words_are_the_domain_words(millis: int) -> None:
    span = timedelta(milliseconds=millis)
    assert words(span.total_seconds()) == describe_remaining(span)
