"""The window's pages, declared once: title, shortcut, menu, how each is built.

The list is the order of the navigation. The visitor desk and the deadline calculator are
there from the first frame (the form can be filled in while the database opens); every
other page is built with the open database, after the board is drawn, and a reception desk
that never opens them does not pay for their imports at start-up. A page with a live
title (``title_changed``) keeps its navigation entry and its 이동 action up to date.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from minwon_desk.domain.roles import Operation
from minwon_desk.ui.i18n import translate

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.ui.alerts import Notifier
    from minwon_desk.ui.bridge import ActorSource, EventBridge
    from minwon_desk.ui.common.directory_cache import DirectoryCache
    from minwon_desk.ui.common.outbox_sender import NoticeSender


@dataclass(frozen=True, slots=True)
class PageContext:
    """What a page is built with: the open database, who acts at this desk, the one event
    bridge, the window's directory snapshot, its notifications and its one outbox sender
    (made when a page first asks for it)."""

    backend: Backend
    actor: ActorSource
    bridge: EventBridge
    cache: DirectoryCache
    notifier: Notifier
    sender: Callable[[], NoticeSender]


@dataclass(frozen=True, slots=True)
class PageEntry:
    name: str  # the window's attribute for the page
    title: str
    shortcut: str
    menu: str  # the menu of the page's own actions ("": the 이동 menu)
    build: Callable[[PageContext], QWidget] | None  # None: the window builds it itself
    live_title: bool = False  # the page says its title with counts (title_changed)
    follows_operator: bool = False  # "mine" lists follow who is signed in at the desk
    # The page opens for anyone who may do one of these (else it is absent from the window).
    opens: tuple[Operation, ...] = ()


# --- how each page is built (imported only when the database is open) -------------------


def _directory(c: PageContext) -> QWidget:
    from minwon_desk.ui.directory.page import DirectoryPage

    return DirectoryPage(c.cache, c.bridge)


def _absences(c: PageContext) -> QWidget:
    from minwon_desk.ui.directory.absences_page import AbsencesPage

    return AbsencesPage(c.backend, c.actor, c.bridge, cache=c.cache)


def _offices(c: PageContext) -> QWidget:
    from minwon_desk.ui.directory.offices.page import OfficesPage

    return OfficesPage(c.backend, c.actor, c.bridge, cache=c.cache)


def _staff_admin(c: PageContext) -> QWidget:
    from minwon_desk.ui.directory.staff_admin.page import StaffAdminPage

    return StaffAdminPage(c.backend, c.actor, c.bridge, cache=c.cache)


def _memos(c: PageContext) -> QWidget:
    from minwon_desk.ui.memos.page import MemoPage

    return MemoPage(c.backend, c.actor, c.bridge, c.notifier, cache=c.cache, sender=c.sender())


def _cases(c: PageContext) -> QWidget:
    from minwon_desk.ui.cases.page import CasePage

    return CasePage(c.backend, c.actor, c.bridge, cache=c.cache, notifier=c.notifier,
                    sender=c.sender())


def _compensation(c: PageContext) -> QWidget:
    from minwon_desk.ui.supervision.compensation.page import CompensationPage

    return CompensationPage(c.backend, c.actor, c.bridge)


def _inspection(c: PageContext) -> QWidget:
    from minwon_desk.ui.supervision.inspection.page import InspectionPage

    return InspectionPage(c.backend)


def _survey(c: PageContext) -> QWidget:
    from minwon_desk.ui.supervision.survey.page import SurveyPage

    return SurveyPage(c.backend, c.actor, c.bridge)


def _privacy(c: PageContext) -> QWidget:
    from minwon_desk.ui.privacy.page import PrivacyPage

    return PrivacyPage(c.backend, c.actor)


def _administration(c: PageContext) -> QWidget:
    from minwon_desk.ui.accounts.admin.page import AdministrationPage

    return AdministrationPage(c.backend, c.actor, c.bridge)


VISITORS_MENU = "visitors"  # the form's own 방문객(&V) menu


def page_table() -> tuple[PageEntry, ...]:
    """The pages in navigation order (a function: the titles are translated)."""
    staff, memos, cases, supervision = translate("MainWindow", "직원(&S)"), translate("MainWindow", "전화메모(&M)"), translate("MainWindow", "민원(&C)"), translate("MainWindow", "감독(&U)")
    _o = Operation
    return (
        PageEntry("visitor_desk", translate("MainWindow", "방문객 안내"), "Ctrl+1", VISITORS_MENU, None,
                  opens=(_o.VISIT_CHECK_IN, _o.VISIT_ATTEND, _o.RECORDS_READ)),
        PageEntry("directory", translate("MainWindow", "직원 찾기"), "Ctrl+2", staff, _directory,
                  opens=(_o.DIRECTORY_VIEW,)),
        PageEntry("calculator", translate("MainWindow", "처리기한 계산"), "Ctrl+3", "", None, opens=(_o.DEADLINE_CALC,)),
        PageEntry("absences", translate("MainWindow", "부재 일정"), "Ctrl+4", staff, _absences, opens=(_o.ABSENCES,)),
        PageEntry("offices", translate("MainWindow", "사무실 배치도"), "Ctrl+5", staff, _offices, opens=(_o.OFFICES,)),
        PageEntry("staff_admin", translate("MainWindow", "직원·부서 관리"), "Ctrl+6", staff, _staff_admin,
                  opens=(_o.ROSTER_ADMIN,)),
        PageEntry("memo_page", translate("MainWindow", "전화메모"), "Ctrl+7", memos, _memos,
                  live_title=True, follows_operator=True,
                  opens=(_o.MEMO_TAKE, _o.MEMO_WORK, _o.RECORDS_READ)),
        PageEntry("case_page", translate("MainWindow", "민원 처리"), "Ctrl+8", cases, _cases,
                  live_title=True, follows_operator=True,
                  opens=(_o.CASE_REGISTER, _o.CASE_WORK, _o.RECORDS_READ)),
        PageEntry("compensation", translate("MainWindow", "보상·시정조치"), "Ctrl+9", supervision, _compensation,
                  opens=(_o.COMPENSATION_READ, _o.CORRECTIVE_READ)),
        PageEntry("inspection", translate("MainWindow", "자체점검"), "Ctrl+0", supervision, _inspection,
                  opens=(_o.INSPECTION,)),
        PageEntry("survey", translate("MainWindow", "고객만족도 조사"), "Ctrl+Shift+9", supervision, _survey,
                  opens=(_o.SURVEY_ADMIN, _o.SURVEY_ENTRY)),
        PageEntry("privacy", translate("MainWindow", "개인정보 관리"), "Ctrl+Shift+8",
                  translate("MainWindow", "개인정보(&I)"), _privacy,
                  opens=(_o.PRIVACY_REVIEW, _o.AUDIT_VERIFY)),
        PageEntry("administration", translate("MainWindow", "계정·권한 관리"), "Ctrl+Shift+0", "", _administration,
                  opens=(_o.ACCOUNTS_ADMIN,)),
    )
