"""Unlocking the idle lock: the password checked (Argon2id, the failure count written) and
the desk shown again as it was, repainted. Floor: the Argon2id check alone."""

from __future__ import annotations

import statistics
import sys
import tempfile
from datetime import datetime
from pathlib import Path

from common import Row, median_of
from PySide6.QtWidgets import QApplication

from minwon_desk.domain.charter import load_charter
from minwon_desk.domain.timeutil import SEOUL
from minwon_desk.resources import charter_preset
from minwon_desk.services.accounts import passwords
from minwon_desk.services.backend import Backend
from minwon_desk.settings import AppConfig, SettingsStore

PASSWORD = "안내데스크2026"


def bench_unlock(repeat: int) -> list[Row]:
    app = QApplication.instance() or QApplication([])
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from minwon_desk.ui.main_window import MainWindow
    from tests.support.seed import SEED_PASSWORD, actor_for, seed_small_agency

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        backend = Backend.open(f"sqlite:///{folder / 'minwon.db'}",
                               charter=load_charter(charter_preset("mss")), desk="1층 민원안내",
                               clock=lambda: datetime.now(SEOUL))
        try:
            seed_small_agency(backend)
            operator = actor_for(backend, backend.staff.by_employee_no("T0001"))
            backend.accounts.change_password(operator, SEED_PASSWORD, PASSWORD)
            config = AppConfig(data_dir=folder, db_url="", charter_path=charter_preset("mss"),
                               desk_name="1층 민원안내", demo=False,
                               settings=SettingsStore(folder / "settings.toml"))
            window = MainWindow(config, backend=backend)
            window.resize(1024, 768)
            window.show()
            panel = window.access.cover.sign_in
            panel.login_edit.setText("T0001")
            panel.password_edit.setText(PASSWORD)
            panel.submit()
            app.processEvents()
            name = window.visitor_desk.form.nameEdit
            name.setText("홍길동")

            def unlock() -> None:
                window.access.unlock(PASSWORD)
                window.repaint()

            def lock_then_unlock() -> float:
                window.access.lock()
                app.processEvents()
                return median_of(unlock, 1)

            with backend.db.read() as session:
                from sqlalchemy import select

                from minwon_desk.store.models import Account
                stored = session.scalars(select(Account.password_hash)
                                         .where(Account.staff_id == operator.staff_id)).one()
            # Taken in turns, so a busy moment of the machine weighs on both alike.
            figures, floors = [], []
            for _ in range(repeat):
                figures.append(lock_then_unlock())
                floors.append(median_of(lambda: passwords.verify_password(stored, PASSWORD), 1))
            figure, floor = statistics.median(figures), statistics.median(floors)
            assert not window.access.is_locked() and name.text() == "홍길동"
            window.close()
            window.deleteLater()
            app.processEvents()
        finally:
            backend.close()
    return [Row("idle lock in the window: unlock + repaint", figure,
                "Argon2id check of the same password alone", floor, "ms", "≤ 300 ms",
                figure <= 300)]
