"""``audit verify``: recompute both chains (the audit trail and the access log) and say
where the first one breaks — for the privacy officer (개인정보 관리)."""

from __future__ import annotations

from collections.abc import Callable

from minwon_desk.domain.roles import Operation
from minwon_desk.services._tx import Database, require_actor
from minwon_desk.services.dto import Actor
from minwon_desk.services.privacy import chain
from minwon_desk.services.privacy.chain import ChainReport

TITLES = {chain.AUDIT: "감사 기록", chain.ACCESS: "접속기록"}


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
    title = TITLES.get(report.name, report.name)
    if report.broken is None:
        return f"{title}: 이상 없음 — {report.rows:,}건"
    return f"{title}: 위변조 의심 — {report.broken.message} (앞의 {report.rows:,}건은 이상 없음)"
