"""The outbox learns to hold a memo's messages (revision 0014) without losing a case's:
down to 0013 the memo rows go and the case rows stay; up again, both kinds are taken and a
row that belongs to neither (or to both) is refused — on SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime

import pytest
from alembic import command
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from minwon_desk.services.backend import Backend
from minwon_desk.services.cases.dto import CaseRequest
from minwon_desk.services.dto import Actor, MemoRequest
from minwon_desk.store.engine import make_engine
from minwon_desk.store.migrate import alembic_config
from tests.support.seed import SmallAgency

pytestmark = pytest.mark.pg


def _migrate(url: str, revision: str, *, down: bool = False) -> None:
    config = alembic_config()
    engine = make_engine(url)
    try:
        with engine.begin() as conn:
            config.attributes["connection"] = conn
            (command.downgrade if down else command.upgrade)(config, revision)
    finally:
        engine.dispose()


def _owners(backend: Backend) -> list[tuple[bool, bool]]:
    with backend.db.engine.connect() as conn:
        rows = conn.execute(text("SELECT case_id, memo_id FROM notice_outbox ORDER BY id")).all()
    return [(c is not None, m is not None) for c, m in rows]


def test_memo_rows_come_and_go_with_the_revision_and_case_rows_stay(
    db_url: str, db_backend: Backend, db_actor: Actor, db_agency: SmallAgency
) -> None:
    officer = db_agency.officers[0].id
    db_backend.cases.open(db_actor, CaseRequest(
        case_type="질의-제도", channel="우편", subject="문의", content="내용",
        petitioner_name="홍길동", officer_id=officer, notify="email",
        notify_email="hong@example.com"))
    db_backend.memos.take(db_actor, MemoRequest("김영희", "010-2222-3333", "문의",
                                                channel="sms", asked_for_id=officer))
    assert _owners(db_backend) == [(True, False), (False, True)]
    db_backend.db.engine.dispose()

    _migrate(db_url, "0013", down=True)
    with db_backend.db.engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM notice_outbox WHERE case_id IS NOT NULL")
                            ).scalar() == 1
        assert conn.execute(text("SELECT count(*) FROM notice_outbox")).scalar() == 1
    _migrate(db_url, "0014")
    assert _owners(db_backend) == [(True, False)]

    with db_backend.db.engine.begin() as conn:
        case_row = conn.execute(text("SELECT * FROM notice_outbox")).mappings().one()
    for case_id, memo_id in ((None, None), (case_row["case_id"], 1)):
        values = {**case_row, "key": f"odd:{case_id}:{memo_id}", "case_id": case_id,
                  "memo_id": memo_id, "created_at": datetime.now().astimezone()}
        values.pop("id")
        with pytest.raises(IntegrityError), db_backend.db.engine.begin() as conn:
            names = ", ".join(values)
            conn.execute(text(f"INSERT INTO notice_outbox ({names}) VALUES "
                              f"({', '.join(':' + n for n in values)})"), values)
