"""The kinds of record a backup's counts are told by, in the order a person asks about them."""

from __future__ import annotations

from collections.abc import Mapping

from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate

KINDS: tuple[tuple[str, str], ...] = (
    ("visit", QT_TRANSLATE_NOOP("Backup", "방문")),
    ("memo", QT_TRANSLATE_NOOP("Backup", "전화메모")),
    ("minwon_case", QT_TRANSLATE_NOOP("Backup", "민원")),
    ("case_document", QT_TRANSLATE_NOOP("Backup", "민원 문서")),
    ("voucher", QT_TRANSLATE_NOOP("Backup", "보상 상품권")),
    ("corrective_action", QT_TRANSLATE_NOOP("Backup", "시정조치")),
    ("survey_response", QT_TRANSLATE_NOOP("Backup", "만족도 조사 응답")),
    ("staff", QT_TRANSLATE_NOOP("Backup", "직원")),
    ("department", QT_TRANSLATE_NOOP("Backup", "부서")),
    ("absence", QT_TRANSLATE_NOOP("Backup", "부재")),
    ("account", QT_TRANSLATE_NOOP("Backup", "계정")),
    ("audit_entry", QT_TRANSLATE_NOOP("Backup", "감사 기록")),
    ("access_log", QT_TRANSLATE_NOOP("Backup", "접속기록")),
)


def counted(counts: Mapping[str, int]) -> list[tuple[str, int]]:
    """(kind, rows) for each kind above, then the other tables together."""
    shown = [(translate("Backup", label), counts.get(table, 0)) for table, label in KINDS]
    named = {table for table, _ in KINDS}
    others = [n for table, n in counts.items() if table not in named]
    shown.append((translate("Backup", "그 밖의 표 {n}개").format(n=len(others)), sum(others)))
    return shown
