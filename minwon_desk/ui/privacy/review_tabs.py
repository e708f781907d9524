"""The month's access review as tabs, one per section (domain.access_review_tables — the
same words as the PDF and the workbook), the count of rows in each tab's title, and under
the last tab the form that records the review: what was found, and 점검 완료 기록."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from minwon_desk.domain.access_review_report import AccessReview
from minwon_desk.domain.access_review_tables import Section, sections
from minwon_desk.ui.common.dialogs import text_box, wrapped_label
from minwon_desk.ui.i18n import translate

_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


class SectionView(QWidget):
    """One section: how its rows were picked, the table, or what it says when empty."""

    def __init__(self, section: Section, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = section.key
        self.note = wrapped_label(section.note, name=translate("PrivacyPage", "{title} 기준").format(title=section.title),
                                  role="hint")
        self.note.setVisible(bool(section.note))
        self.empty = wrapped_label(name=translate("PrivacyPage", "{title} 없음").format(title=section.title))
        self.table = QTableWidget(0, len(section.header), self)
        self.table.setAccessibleName(section.title)
        self.table.setHorizontalHeaderLabels(list(section.header))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.note)
        layout.addWidget(self.empty)
        layout.addWidget(self.table, 1)
        layout.addStretch(0)  # takes the room only while the table is hidden
        self.show_section(section)

    def show_section(self, section: Section) -> None:
        self.note.setText(section.note)
        self.empty.setText(section.empty)
        self.empty.setVisible(not section.rows)
        self.table.setVisible(bool(section.rows))
        self.table.setRowCount(len(section.rows))
        for r, row in enumerate(section.rows):
            for c, text in enumerate(row):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if c in section.numeric:
                    item.setTextAlignment(_RIGHT)
                self.table.setItem(r, c, item)

    def rows(self) -> list[tuple[str, ...]]:
        table = self.table
        return [tuple(_text(table.item(r, c)) for c in range(table.columnCount()))
                for r in range(table.rowCount())]


def _text(item: QTableWidgetItem | None) -> str:
    return item.text() if item is not None else ""


class ReviewTabs(QTabWidget):
    """The sections of one month's review; ``record_requested`` carries the finding typed."""

    record_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(translate("PrivacyPage", "접속기록 점검 내용"))
        self.views: dict[str, SectionView] = {}
        self._titles: dict[str, str] = {}
        self.finding: QPlainTextEdit = text_box(
            translate("PrivacyPage", "점검 결과"), translate("PrivacyPage", "무엇을 확인했고 무엇을 찾았는지 적어 주세요. 이상이 없으면 '이상 없음'."),
            height=64)
        self.finding.setMaximumHeight(110)
        self.record_button = QPushButton(translate("PrivacyPage", "점검 완료 기록"))
        self.record_button.setAccessibleName(translate("PrivacyPage", "점검 완료 기록"))
        self.record_button.setToolTip(translate("PrivacyPage", "이 달의 점검을 마쳤다고 기록합니다 (Ctrl+Enter)"))
        self.record_button.setAutoDefault(False)
        self.record_button.clicked.connect(self._record)
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            shortcut = QShortcut(QKeySequence(keys), self.finding)
            shortcut.setContext(Qt.ShortcutContext.WidgetShortcut)
            shortcut.activated.connect(self._record)
        self.record_note: QLabel = wrapped_label(name=translate("PrivacyPage", "점검 기록 안내"), role="hint")

    def show_review(self, review: AccessReview) -> None:
        for section in sections(review):
            view = self.views.get(section.key)
            if view is None:
                view = self._add(section)
            else:
                view.show_section(section)
            index = self.indexOf(self._page_of(view))
            count = f" ({len(section.rows)})" if section.rows and section.key != "reviews" else ""
            self.setTabText(index, section.tab + count)
            self.setTabToolTip(index, section.title)
        done = review.reviewed
        self.record_note.setText(
            translate("PrivacyPage", "이 달은 이미 점검이 기록되어 있습니다. 다시 점검했으면 새 기록으로 더합니다.") if done
            else translate("PrivacyPage", "점검을 마쳤으면 결과를 적고 '점검 완료 기록'을 누르세요 (Ctrl+Enter)."))

    def view(self, key: str) -> SectionView:
        return self.views[key]

    def clear_finding(self) -> None:
        self.finding.clear()

    def _add(self, section: Section) -> SectionView:
        view = SectionView(section)
        self.views[section.key] = view
        page: QWidget = view
        if section.key == "reviews":
            page = QWidget()
            layout = QVBoxLayout(page)
            layout.setContentsMargins(0, 0, 0, 0)
            layout.addWidget(view, 1)
            form = QHBoxLayout()
            form.addWidget(self.finding, 1)
            form.addWidget(self.record_button, 0, Qt.AlignmentFlag.AlignBottom)
            layout.addWidget(self.record_note)
            layout.addLayout(form)
        self.addTab(page, section.tab)
        return view

    def _page_of(self, view: SectionView) -> QWidget:
        parent = view.parentWidget()
        # A tab page sits in the tab widget's stack; the review tab wraps its view.
        return view if parent is None or parent.parentWidget() is self else parent

    def _record(self) -> None:
        self.record_requested.emit(self.finding.toPlainText())
