"""This PC's settings changed from the settings screen: each value checked as the settings
file and the services check it, only a 관리자 changes the settings that decide where the
records go or which rules apply, and the file written whole.

Settings are per PC (the file in the data folder); the change is recorded in the agency's
audit trail (which settings, not their values: an address may hold a password).
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import parseaddr
from typing import Any

from sqlalchemy import inspect
from sqlalchemy.exc import DBAPIError

from minwon_desk.domain.charter import load_charter
from minwon_desk.domain.charter_locate import CharterError
from minwon_desk.domain.errors import MinwonError, PermissionDenied, StorageError, ValidationError
from minwon_desk.domain.i18n import translate
from minwon_desk.domain.notice_templates import check_email
from minwon_desk.domain.plaintext import desk_name, plain_text
from minwon_desk.domain.roles import Operation, allows, refusal
from minwon_desk.domain.timeutil import Clock
from minwon_desk.files import write_failure
from minwon_desk.services import audit
from minwon_desk.services._tx import Database
from minwon_desk.services.dto import Actor
from minwon_desk.settings import SETTINGS, SettingsStore, charter_path_for, setting, value_problem
from minwon_desk.store.engine import APPLICATION_ID, make_engine, make_url, sqlite_file
from minwon_desk.store.errors import storage_error

DB_URL_MAX = 2000
# Tables every minwon_desk schema has (as store.engine knows a SQLite file of ours by).
_OUR_TABLES = frozenset({"alembic_version", "agency", "staff", "audit_entry"})


@dataclass(frozen=True)
class SaveOutcome:
    """``problems``: field name → the Korean reason (nothing was saved); else ``saved`` (the
    names changed) and ``restart`` (their labels, for those that apply at the next start)."""

    problems: dict[str, str] = field(default_factory=dict)
    saved: tuple[str, ...] = ()
    restart: tuple[str, ...] = ()

    @property
    def ok(self) -> bool:
        return not self.problems


def shown_settings() -> list[str]:
    """The settings the screen shows, in the declaration's order."""
    return [s.name for s in SETTINGS if s.shown]


def check_value(name: str, value: Any) -> Any:
    """``value`` as it would be saved, or ValidationError(field=name) with the reason.
    Nothing is created: a database address is looked at, never set up."""
    decl = setting(name)
    label = decl.label or name
    if isinstance(value, str):
        value = value.strip()
    problem = value_problem(decl, value)
    if problem is not None:
        raise ValidationError(name, f"{label}: {problem}.")
    if name == "desk_name":
        try:
            return desk_name(value)
        except ValidationError as exc:
            raise ValidationError(name, exc.message) from None
    if name == "charter":
        return _check_charter(value)
    if name == "db_url":
        return _check_db_url(value)
    if name == "mail_from" and value:
        return _check_sender(value)
    return value


def _check_sender(value: str) -> str:
    """'minwon@example.go.kr' or '민원실 <minwon@example.go.kr>'."""
    _name, address = parseaddr(value)
    try:
        check_email(address, "mail_from")
    except ValidationError:
        raise ValidationError("mail_from", translate(
            "DeskSettings",
            "보내는 사람 주소가 이메일 주소가 아닙니다. 예: 민원실 <minwon@example.go.kr>",
        )) from None
    return value


def _check_charter(value: str) -> str:
    value = plain_text("charter", translate("DeskSettings", "이행표준"), value, max_length=1000)
    if not value:
        raise ValidationError("charter", translate(
            "DeskSettings",
            "이행표준이 비어 있습니다. 'mss', 'tipa' 또는 파일 경로를 적어 주세요.",
        ))
    try:
        load_charter(charter_path_for(value))
    except CharterError as exc:
        raise ValidationError("charter", exc.message) from None
    return value


def _check_db_url(value: str) -> str:
    value = plain_text("db_url", translate("DeskSettings", "데이터베이스 주소"), value, max_length=DB_URL_MAX)
    if not value:
        return value  # the data folder's own SQLite file
    try:
        url = make_url(value)
        backend = url.get_backend_name()
        if backend == "sqlite":
            _check_sqlite(value)
        elif backend == "postgresql":
            _check_server(value)
        else:
            raise StorageError(
                translate(
                    "DeskSettings",
                    "지원하지 않는 데이터베이스 주소입니다({backend}). SQLite "
                    "파일(sqlite:///경로/minwon.db) 또는 PostgreSQL 서버 "
                    "주소(postgresql+psycopg://사용자@서버/데이터베이스)를 적어 주세요.",
                ).format(backend=backend)
            )
    except StorageError as exc:
        raise ValidationError("db_url", exc.message) from None
    return value


def _check_sqlite(value: str) -> None:
    path = sqlite_file(value)
    if path is None:
        raise StorageError(
            translate(
                "DeskSettings",
                "메모리 데이터베이스에는 아무것도 남지 않아 쓸 수 없습니다. 데이터베이스 "
                "파일 경로(sqlite:///경로/minwon.db)를 적어 주세요.",
            )
        )
    if not path.is_file():
        raise StorageError(
            translate(
                "DeskSettings",
                "데이터베이스 파일 {path}이(가) 없습니다. 경로를 확인하거나, 새로 만들려면 "
                "'minwon-desk db upgrade --db-url …'로 먼저 만들어 주세요.",
            ).format(path=path)
        )
    # Read-only, with the bare driver: looking must not change the file (no WAL, no id).
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            app_id = conn.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise StorageError(
            translate(
                "DeskSettings",
                "{path}을(를) 데이터베이스로 읽을 수 없습니다. 민원 데스크의 데이터베이스 "
                "파일(minwon.db) 경로를 적어 주세요.",
            ).format(path=path)
        ) from exc
    if app_id != APPLICATION_ID and not (app_id == 0 and _OUR_TABLES.issubset(tables)):
        raise StorageError(
            translate(
                "DeskSettings",
                "{path}은(는) 민원 데스크의 데이터베이스가 아닙니다. 민원 데스크의 "
                "데이터베이스 파일(minwon.db) 경로를 적어 주세요.",
            ).format(path=path)
        )


def _check_server(value: str) -> None:
    engine = make_engine(value)
    try:
        with engine.connect() as conn:
            tables = set(inspect(conn).get_table_names())
    except DBAPIError as exc:
        raise storage_error(exc, opening=True) from exc
    finally:
        engine.dispose()
    if not tables:
        raise StorageError(
            translate(
                "DeskSettings",
                "그 데이터베이스는 비어 있습니다. 'minwon-desk db upgrade --db-url …'로 먼저 "
                "준비한 뒤 적어 주세요.",
            )
        )
    if not _OUR_TABLES.issubset(tables):
        raise StorageError(
            translate(
                "DeskSettings",
                "그 데이터베이스에는 다른 프로그램의 표가 있고 민원 데스크의 표가 없습니다. "
                "민원 데스크의 데이터베이스 주소를 적어 주세요.",
            )
        )


class DeskSettingsService:
    """The settings screen's one write: check, permit, record, save."""

    def __init__(self, store: SettingsStore, db: Database, clock: Clock,
                 environ: Mapping[str, str] | None = None) -> None:
        self._store = store
        self._db = db
        self._clock = clock
        self._environ = os.environ if environ is None else environ

    def values(self) -> dict[str, Any]:
        return {name: self._store.get(name) for name in shown_settings()}

    def from_environment(self, name: str) -> bool:
        """The value is taken from the environment (a password kept out of the file): the
        screen cannot change it."""
        env = setting(name).env
        return bool(env and self._environ.get(env))

    def send_test_mail(self, actor: Actor, typed: Mapping[str, Any], to: str) -> str:
        """One e-mail to ``to`` through the mail settings as typed (the saved ones for
        the rest); the server's answer."""
        from minwon_desk.services.notices.test_mail import MAIL_SETTINGS, send_test_mail

        values = {name: typed.get(name, self._store.get(name)) for name in MAIL_SETTINGS}
        return send_test_mail(self._db, self._clock, actor, values, to, self._environ)

    def may_change(self, actor: Actor, name: str) -> bool:
        """What the screen enables by (checked again, against the database, on saving)."""
        return not setting(name).admin or allows(actor.roles, Operation.SETTINGS)

    def save(self, actor: Actor, typed: Mapping[str, Any]) -> SaveOutcome:
        """Check every value (all the reasons at once), then save the changed ones.
        Raises PermissionDenied when a 관리자's setting changed without the role, and
        MinwonError when the file cannot be written; nothing is saved then."""
        checked: dict[str, Any] = {}
        problems: dict[str, str] = {}
        for name, value in typed.items():
            if value == self._store.get(name):
                continue  # as it is: not tried again (a server down now must not block the sound)
            try:
                checked[name] = check_value(name, value)
            except ValidationError as exc:
                problems[name] = exc.message
        if problems:
            return SaveOutcome(problems=problems)
        changed = {n: v for n, v in checked.items() if v != self._store.get(n)}
        if not changed:
            return SaveOutcome()
        admin = any(setting(n).admin for n in changed)
        op = Operation.SETTINGS if admin else None
        if admin and not allows(actor.roles, Operation.SETTINGS):
            raise PermissionDenied(Operation.SETTINGS, refusal(Operation.SETTINGS))
        with self._db.write(actor, op) as (session, _staff):
            audit.record(
                session, at=self._clock(), actor=actor, desk=actor.desk, action="settings_change",
                entity="desk_settings", entity_id=None, detail={"settings": ",".join(sorted(changed))},
            )
            # Inside the transaction: a file that cannot be written leaves no audit row.
            try:
                self._store.update(changed)
            except OSError as exc:
                raise MinwonError(write_failure(self._store.path, exc)) from None
        return SaveOutcome(
            saved=tuple(changed),
            restart=tuple(setting(n).label for n in changed if setting(n).restart),
        )
