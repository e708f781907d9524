"""The last check before any text reaches a table: whatever path wrote it (a form, an import,
the command line, a setting), no resident registration number, no control character, and
nothing longer than the column holds — refused the same way on SQLite (which would store it)
and PostgreSQL (which would refuse it in English), with a Korean message naming the field.

The services check their fields first, with messages fitted to each form; this is the net
under them, so a path that forgets a check still stores nothing it should not."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Engine, Insert, String, Text, Update, event

from minwon_desk.domain.plaintext import check_plain
from minwon_desk.store.base import Base

# Free text a person typed or imported, by table and column: its Korean label. These are
# also checked for resident registration numbers; other text columns (codes, numbers,
# hashes, JSON) only for control characters and length.
LABELS: dict[tuple[str, str], str] = {
    ("agency", "name"): "기관 이름",
    ("department", "name"): "부서 이름",
    ("staff", "name"): "이름",
    ("staff", "position"): "직위",
    ("staff", "extension"): "내선 번호",
    ("staff", "email"): "이메일",
    ("staff", "duties"): "담당 업무",
    ("visit", "desk"): "창구 이름",
    ("visit", "visitor_name"): "방문객 이름",
    ("visit", "visitor_phone"): "전화번호",
    ("visit", "purpose"): "방문 목적",
    ("visit", "repeat_note"): "잘못된 점",
    ("audit_entry", "desk"): "창구 이름",
    ("calendar_override", "name"): "휴일 이름",
    ("office", "name"): "사무실 이름",
    ("office", "building"): "건물",
    ("office", "floor"): "층",
    ("office_room", "name"): "방 이름",
    ("seat", "label"): "좌석 이름",
    ("absence", "note"): "메모",
    ("memo", "desk"): "창구 이름",
    ("memo", "caller_name"): "이름",
    ("memo", "caller_phone"): "전화번호",
    ("memo", "caller_org"): "소속",
    ("memo", "gist"): "요지",
    ("memo", "address"): "회신 주소",
    ("memo", "routed_note"): "전달 메모",
    ("memo", "close_reason"): "종결 사유",
    ("memo_event", "note"): "메모",
    ("minwon_case", "desk"): "창구 이름",
    ("minwon_case", "petitioner_name"): "민원인 이름",
    ("minwon_case", "petitioner_contact"): "연락처",
    ("minwon_case", "subject"): "제목",
    ("minwon_case", "content"): "내용",
    ("minwon_case", "attachments"): "첨부 파일 이름",
    ("minwon_case", "routed_note"): "전달 메모",
    ("minwon_case", "pause_reason"): "보류 사유",
    ("minwon_case", "answer_text"): "답변",
    ("minwon_case", "finding_note"): "처리 결과 메모",
    ("case_event", "note"): "메모",
    ("compensation_decision", "reason"): "사유",
    ("compensation_decision", "desk"): "창구 이름",
    ("voucher", "recipient_name"): "받는 분 이름",
    ("voucher", "recipient_contact"): "받는 분 연락처",
    ("voucher", "reason"): "사유",
    ("voucher", "void_reason"): "무효 사유",
    ("corrective_action", "detail"): "조치 내용",
    ("corrective_action", "desk"): "창구 이름",
    ("survey_item", "text"): "문항",
    ("survey_response", "desk"): "창구 이름",
    ("survey_response", "comment"): "의견",
    ("account", "login"): "로그인 이름",
    ("account_grant", "reason"): "사유",
    ("account_grant", "desk"): "창구 이름",
    ("service_token", "purpose"): "용도",
}
# A Text column holds at most this many characters of free text (a long answer fits).
TEXT_MAX = 20_000
# Written by the program itself as JSON (which escapes control characters): not checked.
_MACHINE = {("audit_entry", "detail"), ("audit_entry", "change_payload"),
            ("case_document", "payload")}


def guard(engine: Engine) -> None:
    """Check the text of every INSERT and UPDATE ``engine`` runs (ORM or Core, one row or
    many) before it reaches the database."""
    if not event.contains(engine, "before_execute", _check_statement):
        event.listen(engine, "before_execute", _check_statement)


@dataclass(frozen=True, slots=True)
class _Rule:
    label: str
    limit: int | None
    multiline: bool
    resident_numbers: bool


def _rules() -> dict[str, dict[str, _Rule]]:
    rules: dict[str, dict[str, _Rule]] = {}
    for table in Base.metadata.tables.values():
        for column in table.columns:
            key = (table.name, column.name)
            if key in _MACHINE or not isinstance(column.type, String):
                continue
            is_text = isinstance(column.type, Text) or column.type.length is None
            rules.setdefault(table.name, {})[column.name] = _Rule(
                LABELS.get(key, "입력한 내용"), TEXT_MAX if is_text else column.type.length,
                is_text, key in LABELS,
            )
    return rules


_RULES = _rules()


def _check_statement(
    _conn: Any, statement: Any, multiparams: Any, params: Any, _options: Any
) -> None:
    if not isinstance(statement, Insert | Update):
        return
    rules = _RULES.get(getattr(statement.table, "name", ""))
    if not rules:
        return
    given: list[Mapping[str, Any]] = []
    if getattr(statement, "_values", None) or getattr(statement, "_multi_values", None):
        given.append(statement.compile().params)  # values written into the statement itself
    for item in (*multiparams, params):
        if isinstance(item, Mapping):
            given.append(item)
        elif isinstance(item, Sequence) and not isinstance(item, str):
            given.extend(row for row in item if isinstance(row, Mapping))
    for row in given:
        _check_row(rules, row)


def check_values(table: str, row: Mapping[str, Any]) -> None:
    """The same check for a statement run as SQL text (a path compiled once for speed):
    ``row`` maps ``table``'s column names to the values about to be written."""
    _check_row(_RULES.get(table, {}), row)


def _check_row(rules: Mapping[str, _Rule], row: Mapping[str, Any]) -> None:
    for name, value in row.items():
        rule = rules.get(name)
        if rule is not None and isinstance(value, str) and value:
            check_plain(
                name, rule.label, value, max_length=rule.limit, multiline=rule.multiline,
                resident_numbers=rule.resident_numbers,
            )
