"""Plugs the live desk into the main window: the connection bar above the pages, the
change feed once the database is open, the desk's queue behind the check-in and memo
forms, and kept items on the board and the memo page.

The window calls :meth:`LiveDesk.attach` when its database opens and :meth:`LiveDesk.stop`
when it closes; everything else happens here, through the window's public parts.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any, Protocol, cast

from PySide6.QtCore import QObject, Qt, SignalInstance
from PySide6.QtWidgets import QWidget

from minwon_desk.domain.errors import MinwonError
from minwon_desk.ui.common.staff_picker import select_staff
from minwon_desk.ui.i18n import translate
from minwon_desk.ui.live.connection_bar import ConnectionBar

# The rest comes with the database (the window is shown before the storage stack loads).
if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend
    from minwon_desk.services.live import Link
    from minwon_desk.services.queue.outbox import Kept
    from minwon_desk.services.queue.sending import Sent
    from minwon_desk.settings import AppConfig
    from minwon_desk.ui.alerts import GreetingAlerts
    from minwon_desk.ui.forms.ui_main_window import Ui_MainWindow
    from minwon_desk.ui.live.desk_queue import DeskQueue
    from minwon_desk.ui.live.feed import LiveFeed
    from minwon_desk.ui.live.pending import PendingMemos
    from minwon_desk.ui.live.refused_dialog import RefusedDialog
    from minwon_desk.ui.visitors.desk import VisitorDeskView


class DeskWindow(Protocol):
    """What of the main window the live desk uses (the window imports this module)."""

    form: Ui_MainWindow
    visitor_desk: VisitorDeskView
    alerts: GreetingAlerts
    pages_built: SignalInstance

    def show_widget(self, page: QWidget) -> None: ...

log = logging.getLogger(__name__)


class LiveDesk(QObject):
    """The window's live parts: ``feed``, ``bar``, ``queue`` (None until the database is
    open, or when this PC's queue file cannot be opened) and ``pending_memos``."""

    def __init__(self, window: DeskWindow, config: AppConfig) -> None:
        super().__init__(cast(QObject, window))
        self._window = window
        self._config = config
        self._backend: Backend | None = None
        self.feed: LiveFeed | None = None
        self.bar = ConnectionBar(cast(QWidget, window))
        # Right under the database panel, above the pages: a line that pushes the pages
        # down, never a layer over them.
        layout = window.form.centralLayout
        layout.insertWidget(layout.indexOf(window.form.dbPanel) + 1, self.bar)
        self.queue: DeskQueue | None = None
        self.pending_memos: PendingMemos | None = None
        self.bar.show_refused.connect(self.show_refused)

    def attach(self, backend: Backend) -> None:
        """The database is open: mark the feed's place (before the pages read), keep
        what cannot wait, and start following the other desks once the pages are there."""
        from minwon_desk.services.queue.outbox import Outbox
        from minwon_desk.ui.live.desk_queue import DeskQueue
        from minwon_desk.ui.live.feed import LiveFeed

        self._backend = backend
        self.feed = LiveFeed(self)
        self.feed.link_changed.connect(self._on_link)
        self.feed.prepare(backend)
        try:
            outbox = Outbox.in_folder(self._config.data_dir)
        except MinwonError as exc:
            log.error("the desk's queue is not available: %s", exc.message)
        else:
            self.queue = DeskQueue(outbox, self)
            self.queue.changed.connect(self._show_queue)
            self.queue.sent.connect(self._on_sent)
            self.queue.attach(backend)
            self._window.visitor_desk.check_in_form.keeper = self.queue
        self._window.pages_built.connect(self._pages_built)

    def _pages_built(self) -> None:
        from minwon_desk.ui.live.pending import PendingMemos

        memo_page: Any = getattr(self._window, "memo_page", None)
        if memo_page is not None and self.queue is not None:
            memo_page.memo_form.keeper = self.queue
            self.pending_memos = PendingMemos(memo_page)
            column = memo_page.form.memoColumnLayout
            column.insertWidget(column.indexOf(memo_page.form.memoBox) + 1, self.pending_memos)
        if self.feed is not None:
            self.feed.start()
        self._show_queue()
        if self.queue is not None:
            self.queue.send_now()  # what a desk closed (or killed) with items left behind

    def stop(self) -> None:
        """The window is closing: stop following, close this PC's queue file."""
        if self.feed is not None:
            self.feed.stop()
        if self.queue is not None:
            self.queue.close()
            self.queue = None

    # --- what the bar and the pages show ------------------------------------------------

    def _on_link(self, link: Link) -> None:
        self.bar.set_link(link)
        if self.queue is not None:
            self.queue.set_server_away(not link.connected)

    def _show_queue(self) -> None:
        from minwon_desk.ui.live.pending import pending_visits

        queue, backend = self.queue, self._backend
        if queue is None or backend is None:
            return
        waiting = queue.waiting()
        refused = queue.refused()
        self.bar.set_queue(len(waiting), len(refused))
        self._window.visitor_desk.show_pending(
            pending_visits(waiting, backend.visits.greeting_deadline))
        if self.pending_memos is not None:
            self.pending_memos.show_items(waiting)

    def _on_sent(self, sent: Sent) -> None:
        from minwon_desk.ui.live.refused_dialog import refused_text

        for kept in sent.refused:
            self._window.alerts.notifier.notify(
                translate("LiveDesk", "서버가 받지 않은 기록이 있습니다"), refused_text(kept))

    # --- refused items ------------------------------------------------------------------

    def show_refused(self) -> RefusedDialog | None:
        """The refused items, in a window-modal dialog (opened, not run: nothing waits)."""
        from minwon_desk.ui.live.refused_dialog import RefusedDialog

        if self.queue is None:
            return None
        dialog = RefusedDialog(self.queue, self.refill, cast(QWidget, self._window))
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def refill(self, kept: Kept) -> None:
        """Put what was typed back into its form, to be checked and saved again."""
        from minwon_desk.services.queue.outbox import KeptKind

        window = self._window
        if kept.kind is KeptKind.CHECK_IN:
            req = kept.check_in
            f = window.visitor_desk.form
            f.nameEdit.setText(req.visitor_name)
            f.phoneEdit.setText(req.phone)
            f.purposeEdit.setText(req.purpose)
            if req.officer_id is None or not select_staff(f.officerCombo, req.officer_id):
                f.officerCombo.setEditText(kept.officer)
            window.show_widget(window.visitor_desk)
            f.nameEdit.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        memo_page: Any = getattr(window, "memo_page", None)
        if memo_page is None:
            return
        m = kept.memo
        mf = memo_page.form
        mf.callerEdit.setText(m.caller_name)
        mf.phoneEdit.setText(m.phone)
        mf.orgEdit.setText(m.org)
        mf.gistEdit.setPlainText(m.gist)
        mf.addressEdit.setText(m.address)
        index = mf.channelCombo.findData(m.channel)
        if index >= 0:
            mf.channelCombo.setCurrentIndex(index)
        if m.asked_for_id is None or not select_staff(mf.officerCombo, m.asked_for_id):
            mf.officerCombo.setEditText(kept.officer)
        window.show_widget(memo_page)
        mf.callerEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def __repr__(self) -> str:
        return f"LiveDesk({self.feed!r}, {self.queue!r})"
