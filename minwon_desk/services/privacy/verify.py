"""``audit verify``: recompute both chains (the audit trail and the access log) and say
where the first one breaks — for the privacy officer (개인정보 관리)."""

from __future__ import annotations

from collections.abc import Callable

from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.roles import Operation
from minwon_desk.services._tx import Database, require_actor
from minwon_desk.services.dto import Actor
from minwon_desk.services.privacy import chain
from minwon_desk.services.privacy.chain import ChainReport

TITLES = {
    chain.AUDIT: QT_TRANSLATE_NOOP("Verify", "감사 기록"),
    chain.ACCESS: QT_TRANSLATE_NOOP("Verify", "접속기록"),
}


class ChainVerifier:
    def __init__(self, db: Database) -> None:
        self._db = db

    def __repr__(self) -> str:
        return "ChainVerifier()"

    def verify(
        self, actor: Actor, *, progress: Callable[[int, int], None] | None = None
    ) -> list[ChainReport]:
        """Both chains, checked in one read transaction (a snapshot: desks keep writing
        beside it, and what they add after it began is not judged half-written)."""
        with self._db.read() as session:
            require_actor(session, actor, Operation.AUDIT_VERIFY)
            conn = session.connection()
            reports = []
            for done, name in enumerate((chain.AUDIT, chain.ACCESS)):
                if progress is not None:
                    progress(done, 2)
                reports.append(chain.verify(conn, name))
            return reports


def summary(report: ChainReport) -> str:
    """One line for a person: "감사 기록: 이상 없음 — 1,234건" or where it breaks."""
    title = translate("Verify", TITLES.get(report.name, report.name))
    if report.broken is None:
        return translate("Verify", "{title}: 이상 없음 — {rows:,}건").format(title=title, rows=report.rows)
    return translate("Verify", "{title}: 위변조 의심 — {message} (앞의 {rows:,}건은 이상 없음)").format(title=title, message=report.broken.message, rows=report.rows)
