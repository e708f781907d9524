"""The desk's local queue: what the server could not take while away is kept on this PC,
sent later in order with the times it was typed, and what the server refuses then is kept
with the reason — never dropped."""

from __future__ import annotations

from dataclasses import replace
from datetime import timedelta
from pathlib import Path

import pytest

from minwon_desk.domain.absence import AbsenceKind
from minwon_desk.domain.errors import ServerAwayError, ValidationError
from minwon_desk.services.backend import Backend
from minwon_desk.services.dto import Actor, CheckInRequest, MemoRequest, MemoView, VisitView
from minwon_desk.services.queue.outbox import Kept, KeptKind, KeptState, Outbox
from minwon_desk.services.queue.sending import KeepingDesk, send_kept
from tests.support.seed import SmallAgency


@pytest.fixture
def outbox(tmp_path: Path) -> Outbox:
    box = Outbox.in_folder(tmp_path / "desk")
    yield box
    box.close()


def test_kept_items_survive_a_reopening_in_the_order_typed(
    tmp_path: Path, actor: Actor, fake_clock
) -> None:
    box = Outbox.in_folder(tmp_path)
    first = box.keep(actor, CheckInRequest("홍길동", "010-1234-5678", "상담"), fake_clock())
    fake_clock.advance(minutes=1)
    box.keep(actor, MemoRequest("김철수", gist="회신 바람", asked_for_id=2), fake_clock(), "김민준 사무관")
    box.close()  # as if the desk were switched off here

    again = Outbox.in_folder(tmp_path)
    items = again.waiting(actor.desk)
    assert [i.kind for i in items] == [KeptKind.CHECK_IN, KeptKind.MEMO]
    assert items[0].id == first.id and items[0].at == first.at
    assert items[0].check_in.visitor_name == "홍길동"
    assert items[1].memo.asked_for_id == 2 and items[1].officer == "김민준 사무관"
    # Who typed it, by account; the roles are read again from the database when it is sent.
    assert items[1].actor == replace(actor, roles=frozenset())
    assert items[1].actor.account_id == actor.account_id is not None
    assert "김철수" in items[1].typed() and "김민준 사무관" in items[1].typed()
    assert again.count(actor.desk) == 2 and again.count("다른 창구") == 0
    again.close()


def test_while_away_the_desk_keeps_and_then_sends_in_order_with_the_original_times(
    backend: Backend, actor: Actor, agency: SmallAgency, outbox: Outbox, fake_clock
) -> None:
    away = True
    desk = KeepingDesk(backend, outbox, server_away=lambda: away)
    typed_at = fake_clock()
    kept_visit = desk.check_in(actor, CheckInRequest("홍길동", purpose="상담"))
    fake_clock.advance(seconds=40)
    officer = agency.officers[0]
    kept_memo = desk.take_memo(actor, MemoRequest("김철수", "010-2222-3333", "회신 바람",
                                                  asked_for_id=officer.id))
    assert isinstance(kept_visit, Kept) and isinstance(kept_memo, Kept)
    assert backend.visits.list_waiting() == []  # nothing reached the database

    away = False
    fake_clock.advance(minutes=5)
    sent = desk.send()
    assert not sent.away and not sent.refused
    [(_, visit)] = sent.visits
    [(_, memo)] = sent.memos
    assert visit.checked_in_at == typed_at
    assert visit.greeting_due_at == typed_at + timedelta(minutes=3)
    assert memo.taken_at == typed_at + timedelta(seconds=40)
    assert memo.number.startswith("M2026-") and memo.holder_id == officer.id
    assert outbox.count(actor.desk) == 0
    assert desk.send().visits == []  # once each


def test_a_new_item_waits_behind_the_kept_ones(
    backend: Backend, actor: Actor, outbox: Outbox, fake_clock
) -> None:
    outbox.keep(actor, CheckInRequest("먼저온"), fake_clock())
    fake_clock.advance(minutes=1)
    desk = KeepingDesk(backend, outbox)
    later = desk.check_in(actor, CheckInRequest("나중온"))
    assert isinstance(later, VisitView)
    board = backend.visits.list_waiting()
    assert [v.visitor_name for v in board] == ["먼저온", "나중온"]
    assert board[0].id < board[1].id


def test_a_server_that_goes_away_mid_save_gets_the_item_kept(
    backend: Backend, actor: Actor, outbox: Outbox, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_args: object) -> VisitView:
        raise ServerAwayError("서버에 연결할 수 없습니다.")

    monkeypatch.setattr(backend.visits, "check_in", refuse)
    kept = KeepingDesk(backend, outbox).check_in(actor, CheckInRequest("홍길동"))
    assert isinstance(kept, Kept) and outbox.count(actor.desk) == 1


def test_other_errors_are_not_kept(backend: Backend, actor: Actor, outbox: Outbox) -> None:
    with pytest.raises(ValidationError):
        KeepingDesk(backend, outbox).check_in(actor, CheckInRequest(""))
    assert outbox.count() == 0


def test_what_the_server_refuses_on_replay_is_kept_with_the_reason(
    backend: Backend, actor: Actor, agency: SmallAgency, outbox: Outbox, fake_clock
) -> None:
    outbox.keep(actor, CheckInRequest("홍길동", officer_id=agency.inactive.id), fake_clock(),
                agency.inactive.name)
    outbox.keep(actor, CheckInRequest("김영희"), fake_clock())
    sent = send_kept(outbox, backend)
    [refused] = sent.refused
    assert refused.state is KeptState.REFUSED and refused.reason
    assert [v.visitor_name for _, v in sent.visits] == ["김영희"]  # the next one still went
    [kept] = outbox.refused(actor.desk)
    assert kept.reason == refused.reason and kept.check_in.visitor_name == "홍길동"
    outbox.dismiss(kept.id)
    assert outbox.refused() == [] and outbox.waiting() == []


def test_an_item_older_than_a_day_is_refused_not_slipped_in(
    backend: Backend, actor: Actor, outbox: Outbox, fake_clock
) -> None:
    outbox.keep(actor, MemoRequest("김철수", "010-2222-3333", "회신 바람"), fake_clock())
    outbox.keep(actor, CheckInRequest("홍길동"), fake_clock())
    fake_clock.advance(days=1, minutes=1)
    sent = send_kept(outbox, backend)
    assert [k.kind for k in sent.refused] == [KeptKind.MEMO, KeptKind.CHECK_IN]
    assert all("하루" in k.reason for k in sent.refused)
    assert backend.visits.list_waiting() == []


def test_check_in_with_a_time_ahead_is_refused(
    backend: Backend, actor: Actor, fake_clock
) -> None:
    with pytest.raises(ValidationError) as err:
        backend.visits.check_in(actor, CheckInRequest("홍길동", at=fake_clock() + timedelta(minutes=5)))
    assert err.value.field == "at"


def test_memo_kept_with_the_telephone_systems_time(
    backend: Backend, actor: Actor, outbox: Outbox, fake_clock
) -> None:
    called = fake_clock() - timedelta(minutes=10)
    kept = KeepingDesk(backend, outbox, server_away=lambda: True).take_memo(
        actor, MemoRequest("김철수", "010-2222-3333", "회신 바람", taken_at=called))
    assert isinstance(kept, Kept) and kept.at == called
    [(_, memo)] = send_kept(outbox, backend).memos
    assert isinstance(memo, MemoView) and memo.taken_at == called


def test_an_item_whose_sending_was_cut_short_is_not_sent_twice(
    backend: Backend, actor: Actor, outbox: Outbox, fake_clock
) -> None:
    typed_at = fake_clock()
    visit = outbox.keep(actor, CheckInRequest(" 홍길동 ", purpose="상담"), typed_at)
    memo = outbox.keep(actor, MemoRequest("김철수", "010-2222-3333", "회신 바람"), typed_at)
    late = outbox.keep(actor, CheckInRequest("이영희"), typed_at)
    # The first two reached the server, but the desk died before striking them off.
    for item in (visit, memo):
        outbox.sending(item.id)
    backend.visits.check_in(actor, CheckInRequest(" 홍길동 ", purpose="상담", at=typed_at))
    backend.memos.take(actor, MemoRequest("김철수", "010-2222-3333", "회신 바람", taken_at=typed_at))
    outbox.sending(late.id)  # this one never arrived

    fake_clock.advance(minutes=3)
    sent = send_kept(outbox, backend)
    assert [v.visitor_name for _, v in sent.visits] == ["홍길동", "이영희"]
    assert [m.caller_name for _, m in sent.memos] == ["김철수"]
    assert [v.visitor_name for v in backend.visits.list_waiting()] == ["홍길동", "이영희"]
    assert len(backend.memos.open_memos()) == 1
    assert outbox.count() == 0


def test_a_kept_check_in_for_an_officer_away_then_is_sent_only_as_the_operator_chose(
    backend: Backend, actor: Actor, agency: SmallAgency, outbox: Outbox, fake_clock
) -> None:
    kim, lee = agency.officers[0], agency.officers[1]
    away = True
    desk = KeepingDesk(backend, outbox, server_away=lambda: away)
    # Typed while the desk did not know: nobody asked whether to send them to the deputy.
    unasked = desk.check_in(actor, CheckInRequest("홍길동", purpose="상담", officer_id=kim.id))
    chosen = desk.check_in(actor, CheckInRequest("김영희", purpose="상담", officer_id=kim.id,
                                                 away_chosen=True))
    assert isinstance(unasked, Kept) and isinstance(chosen, Kept)
    # The absence was entered at another desk meanwhile, covering the moment they came.
    backend.absences.add(actor, staff_id=kim.id, kind=AbsenceKind.LEAVE,
                         starts_at=fake_clock() - timedelta(hours=1),
                         ends_at=fake_clock() + timedelta(days=1), deputy_id=lee.id)
    away = False
    sent = desk.send()
    assert [v.visitor_name for _, v in sent.visits] == ["김영희"]  # Enter twice: as chosen
    [refused] = sent.refused
    assert refused.id == unasked.id and refused.check_in.visitor_name == "홍길동"
    assert refused.reason == (
        "김민준 사무관은 접수할 때 휴가 중이었습니다 — 업무대행 이서연 주무관. 그때 이 PC가 "
        "모르던 부재라 묻지 못했습니다. '다시 입력'으로 불러와 업무대행자에게 접수할지(F3), "
        "그래도 김민준 님 앞으로 접수할지(Enter 두 번) 골라 주세요."
    )
    assert [i.id for i in outbox.refused(actor.desk)] == [unasked.id]  # kept, never dropped
