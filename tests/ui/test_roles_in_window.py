"""Each role sees the pages it may open, and no others (their shortcuts do nothing); an
action the person may not take is disabled with the reason as its tooltip; a refusal that
reaches the screen from the services is said plainly."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QPushButton
from pytestqt.qtbot import QtBot

from minwon_desk.domain.roles import Operation, Role, refusal
from minwon_desk.services.backend import Backend
from minwon_desk.ui.main_window import MainWindow

from .conftest import WindowFactory, desk_account, find

PAGES = (
    "visitor_desk", "directory", "calculator", "absences", "offices", "staff_admin",
    "memo_page", "case_page", "compensation", "inspection", "survey", "privacy",
    "administration",
)
SHORTCUTS = {
    "visitor_desk": "Ctrl+1", "directory": "Ctrl+2", "calculator": "Ctrl+3",
    "absences": "Ctrl+4", "offices": "Ctrl+5", "staff_admin": "Ctrl+6", "memo_page": "Ctrl+7",
    "case_page": "Ctrl+8", "compensation": "Ctrl+9", "inspection": "Ctrl+0",
    "survey": "Ctrl+Shift+9", "privacy": "Ctrl+Shift+8", "administration": "Ctrl+Shift+0",
}
# What each role alone opens: the list of who does what.
SEES: dict[Role, set[str]] = {
    Role.RECEPTION: {"visitor_desk", "directory", "calculator", "memo_page", "case_page", "survey"},
    Role.OFFICER: {"visitor_desk", "directory", "calculator", "memo_page", "case_page"},
    Role.HEAD: {"visitor_desk", "directory", "calculator", "absences", "memo_page", "case_page"},
    Role.SUPERVISOR: {"visitor_desk", "directory", "calculator", "memo_page", "case_page",
                      "compensation", "inspection", "survey"},
    Role.PRIVACY: {"visitor_desk", "directory", "calculator", "memo_page", "case_page",
                   "compensation", "inspection", "privacy"},
    Role.ADMIN: {"directory", "calculator", "absences", "offices", "staff_admin",
                 "administration"},
}


def _nav_titles(window: MainWindow) -> dict[str, bool]:
    """Page name → shown in the navigation."""
    nav, stack = window.form.navList, window.form.pageStack
    return {
        name: not nav.item(stack.indexOf(getattr(window, name))).isHidden() for name in PAGES
    }


def _press(qtbot: QtBot, window: MainWindow, keys: str) -> None:
    from PySide6.QtGui import QKeySequence

    combo = QKeySequence(keys)[0]
    qtbot.keyClick(window.form.navList, combo.key(), combo.keyboardModifiers())


@pytest.mark.parametrize("role", list(Role), ids=[r.name.lower() for r in Role])
def test_each_role_sees_only_its_pages_and_other_shortcuts_do_nothing(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend, role: Role
) -> None:
    desk_account(backend, [role], staff_no="T0002")
    window = make_window(backend, signed_in=False)
    qtbot.waitUntil(window.is_built)
    from .conftest import sign_in

    sign_in(window, "T0002")
    shown = _nav_titles(window)
    assert {name for name, visible in shown.items() if visible} == SEES[role]
    menus = {a.text() for a in window.menuBar().actions() if a.isVisible()}
    assert ("감독(&U)" in menus) == bool(SEES[role] & {"compensation", "inspection", "survey"})
    assert ("방문객(&V)" in menus) == ("visitor_desk" in SEES[role])
    window.form.navList.setFocus()
    first = window.current_page()
    for name in PAGES:
        _press(qtbot, window, SHORTCUTS[name])
        if name in SEES[role]:
            assert window.current_page() is getattr(window, name), name
        else:
            assert window.current_page() is not getattr(window, name), name
    assert first is not None


def test_a_refused_action_is_disabled_with_the_reason_as_its_tooltip(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend
) -> None:
    desk_account(backend, [Role.OFFICER], staff_no="T0002")
    desk_account(backend)
    window = make_window(backend, signed_in=False)
    from .conftest import sign_in

    sign_in(window, "T0002")
    check_in = find(window, QPushButton, "접수")
    assert not check_in.isEnabled()
    assert check_in.toolTip() == refusal(Operation.VISIT_CHECK_IN)
    assert "안내 권한이 필요합니다" in check_in.toolTip()
    assert not window.visitor_desk.form.actionNewVisitor.isEnabled()

    # Someone who may check visitors in signs in: the button is theirs again.
    window.access.sign_out()
    sign_in(window)
    assert check_in.isEnabled()
    assert check_in.toolTip() != refusal(Operation.VISIT_CHECK_IN)


def test_a_refusal_from_the_services_is_said_not_thrown(
    qtbot: QtBot, make_window: WindowFactory, backend: Backend
) -> None:
    """The screens ask the table; the services check again: a role taken away on another
    desk whose news has not arrived yet reaches the form as a message."""
    from sqlalchemy import update

    from minwon_desk.store.models import Account
    from minwon_desk.ui.main_window import MainWindow
    from tests.support.seed import actor_for

    from .keyboard import press_enter, type_text

    desk_account(backend, [Role.RECEPTION, Role.ADMIN])
    window = make_window(backend, signed_in=False)
    from .conftest import sign_in

    sign_in(window)
    assert isinstance(window, MainWindow)
    me = actor_for(backend, backend.staff.by_employee_no("T0001"))
    with backend.db.transaction() as session:  # written elsewhere: no event here yet
        session.execute(update(Account).where(Account.id == me.account_id).values(roles="관리자"))
    name = window.visitor_desk.form.nameEdit
    type_text(qtbot, name, "홍길동")
    press_enter(qtbot, name)
    message = window.visitor_desk.form.formMessage.text()
    assert "권한" in message and "안내" in message
    assert name.text() == "홍길동"
    assert backend.visits.list_waiting() == []


def test_a_role_taken_away_signs_the_desk_out_and_the_next_sign_in_reads_the_roles(
    qtbot: QtBot, window: MainWindow, backend: Backend
) -> None:
    from PySide6.QtWidgets import QLabel, QLineEdit

    from tests.support.seed import actor_for

    from .conftest import sign_in
    from .keyboard import type_text

    name = find(window, QLineEdit, "방문객 성명")
    type_text(qtbot, name, "홍길동")
    admin = actor_for(backend, backend.staff.by_employee_no("T0001"))
    backend.accounts.revoke(admin, "T0001", Role.SUPERVISOR, reason="감독 업무 인계")
    assert window.access.is_covered() and window.session.actor() is None
    assert "다시 로그인" in find(window, QLabel, "로그인 안내").text()
    sign_in(window)
    assert Role.SUPERVISOR not in window.session.roles()
    assert name.text() == "홍길동"
    qtbot.waitUntil(window.is_built)
    approve = window.compensation.form.actionApprove  # still readable (개인정보), not decidable
    assert not approve.isEnabled()
    assert approve.toolTip() == refusal(Operation.COMPENSATION_DECIDE)
