"""The frame of the case dialogs: the shared dialog frame with the case named at the top
and its clock facts, and the date fields some of them ask for."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QLocale
from PySide6.QtWidgets import QDateEdit, QWidget

from minwon_desk.domain.timeutil import describe_remaining, format_moment
from minwon_desk.services.cases.dto import CaseDetail, CaseView, DocumentRef
from minwon_desk.services.dto import Actor
from minwon_desk.ui.common.dialogs import FieldsDialog
from minwon_desk.ui.i18n import translate

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend

FIELD_ALIASES = {"officer_id": "officer", "text": "answer", "key": "stage"}


def _tr(text: str) -> str:
    return QCoreApplication.translate("CaseDialogs", text)


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


def _date_edit(name: str, day: date) -> QDateEdit:
    edit = QDateEdit(_qdate(day))
    edit.setAccessibleName(name)
    edit.setCalendarPopup(True)
    edit.setLocale(QLocale(QLocale.Language.Korean, QLocale.Country.SouthKorea))  # (금), not (Fri)
    edit.setDisplayFormat("yyyy-MM-dd (ddd)")
    return edit


class CaseDialog(FieldsDialog):
    """One action on one case: the case at the top, its clock facts, the fields."""

    header_name = QT_TRANSLATE_NOOP("CaseDialogs", "민원")
    facts_name = QT_TRANSLATE_NOOP("CaseDialogs", "기한 안내")
    min_width = 560
    field_aliases = FIELD_ALIASES

    def __init__(
        self, backend: Backend, actor: Callable[[], Actor | None], detail: CaseDetail,
        parent: QWidget | None = None,
    ) -> None:
        self.detail = detail
        self.case = detail.view
        super().__init__(backend, actor, parent)

    def window_title(self) -> str:
        return f"{_tr(self.title)} — {self.case.number}"

    def header_text(self) -> str:
        return f"{self.case.number} · {self.case.subject}"

    def fact_lines(self) -> list[str]:
        return [self._due_line()]

    def write(self, actor: Actor) -> CaseView | DocumentRef:
        raise NotImplementedError

    def facts_text(self) -> str:
        return self.facts.text()

    def _due_line(self) -> str:
        case, now = self.case, self._backend.clock()
        if case.state == "paused" and case.paused_at is not None:
            return translate("CaseDialogs", "처리기한 {due} — {since}부터 보완을 기다리는 중이라 멈춰 있습니다.").format(
                due=format_moment(case.due_at), since=format_moment(case.paused_at))
        officer = case.officer or translate("CaseDialogs", "담당자 없음")
        return translate("CaseDialogs", "담당 {officer} · 처리기한 {due} ({left}, {status})").format(
            officer=officer, due=format_moment(case.due_at),
            left=describe_remaining(case.due_at - now), status=case.status(now).label)

    def __repr__(self) -> str:
        return f"{type(self).__name__}(case={self.case.number!r})"
