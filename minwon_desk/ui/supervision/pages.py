"""The supervisor's pages in the main window: 보상·시정조치, 자체점검 and 고객만족도 조사,
under their own menu. Built once the database is open, after the desk's own pages: a
reception desk that never opens them does not pay for them at start-up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.ui.main_window import MainWindow
    from minwon_desk.ui.supervision.compensation.page import CompensationPage
    from minwon_desk.ui.supervision.inspection.page import InspectionPage
    from minwon_desk.ui.supervision.survey.page import SurveyPage


def _tr(text: str) -> str:
    return QCoreApplication.translate("MainWindow", text)


def add_supervision_pages(
    window: MainWindow, backend: Backend
) -> tuple[CompensationPage, InspectionPage, SurveyPage]:
    from minwon_desk.ui.supervision.compensation.page import CompensationPage
    from minwon_desk.ui.supervision.inspection.page import InspectionPage
    from minwon_desk.ui.supervision.survey.page import SurveyPage

    actor = window.operator.actor
    menu = window.menuBar().addMenu(_tr("감독(&U)"))
    compensation = CompensationPage(backend, actor=actor)
    inspection = InspectionPage(backend)
    survey = SurveyPage(backend, actor=actor)
    for page, title, shortcut in (
        (compensation, _tr("보상·시정조치"), "Ctrl+9"),
        (inspection, _tr("자체점검"), "Ctrl+0"),
        (survey, _tr("고객만족도 조사"), "Ctrl+Shift+9"),
    ):
        if menu.actions():
            menu.addSeparator()
        window.add_page(page, title, shortcut, page.menu_actions(), menu=menu)
    return compensation, inspection, survey
