"""Turn driver errors into StorageError messages a desk operator can act on."""

from __future__ import annotations

import re

from sqlalchemy.exc import DBAPIError, IntegrityError

from minwon_desk.domain.errors import LockedError, ServerAwayError, StorageError

_KEPT = "입력한 내용은 그대로 있습니다."

LOCKED = (
    "다른 창구가 저장하는 중입니다 — 차례를 기다렸지만 오지 않아 저장하지 못했습니다. "
    f"{_KEPT} 잠시 후 다시 시도해 주세요."
)
TOO_SLOW = (
    "데이터베이스 서버가 너무 오래 답하지 않아 저장을 멈췄습니다. "
    f"{_KEPT} 잠시 후 다시 시도하고, 계속되면 관리자에게 문의해 주세요."
)
CANNOT_OPEN = (
    "데이터베이스 파일을 열 수 없습니다. 파일이 옮겨졌거나 지워졌는지, "
    f"외장 드라이브가 분리되었는지 확인해 주세요. {_KEPT}"
)
READ_ONLY = (
    "데이터베이스가 읽기 전용이라 저장하지 못했습니다. 파일과 폴더의 쓰기 권한을 "
    f"확인하거나 관리자에게 문의해 주세요. {_KEPT}"
)
DISK_FULL = f"디스크 공간이 부족하거나 디스크 오류로 저장하지 못했습니다. {_KEPT} 관리자에게 문의해 주세요."
SERVER_GONE = (
    "데이터베이스 서버에 연결할 수 없어 저장하지 못했습니다. 네트워크와 서버 상태를 "
    f"확인한 뒤 다시 시도해 주세요. {_KEPT}"
)
CONFLICT = (
    f"다른 자리에서 같은 기록을 동시에 바꾸어 저장하지 못했습니다. {_KEPT} 다시 시도해 주세요."
)
NOT_A_DATABASE = (
    "데이터베이스 파일이 민원 데스크의 데이터베이스가 아니거나 손상되었습니다. 설정의 "
    "데이터베이스 위치를 확인하거나, 백업 폴더의 사본으로 되돌린 뒤 다시 시도해 주세요."
)

APPEND_ONLY = (
    "감사 기록과 접속기록은 덧붙이기만 할 수 있어 고치거나 지울 수 없습니다. "
    "잘못된 기록은 바로잡는 기록을 새로 남겨 주세요."
)

# Opening the database at start-up: nothing was typed yet, so nothing is "kept", and the
# fix is usually where the database is, not trying the same save again.
OPEN_LOCKED = (
    "데이터베이스가 잠겨 있어 열지 못했습니다. 다른 프로그램이 데이터베이스를 고치는 중인지 "
    "확인하고 잠시 후 다시 시도해 주세요."
)
OPEN_READ_ONLY = (
    "데이터베이스가 읽기 전용이라 열지 못했습니다. 파일과 폴더의 쓰기 권한을 확인하거나 "
    "관리자에게 문의해 주세요."
)
OPEN_CANNOT_OPEN = (
    "데이터베이스 파일을 열 수 없습니다. 파일이 옮겨졌거나 지워졌는지, 외장 드라이브가 "
    "분리되었는지 확인해 주세요."
)
OPEN_DISK_FULL = "디스크 공간이 부족하거나 디스크 오류로 데이터베이스를 열지 못했습니다. 관리자에게 문의해 주세요."
OPEN_SERVER_GONE = (
    "데이터베이스 서버에 연결할 수 없습니다. 네트워크와 서버 주소·상태를 확인한 뒤 다시 "
    "시도해 주세요."
)

# The server answered but turned this address away: not a network fault, so no "try again
# later" (nor a place in the waiting queue) — the address or the server's accounts need fixing.
NO_DATABASE = (
    "데이터베이스 서버에 '{name}' 데이터베이스가 없습니다. 주소 끝의 데이터베이스 이름이 맞는지 "
    "확인하거나, 관리자에게 만들어 달라고 한 뒤 'minwon-desk db upgrade'로 준비해 주세요."
)
NO_ROLE = (
    "데이터베이스 서버에 '{name}' 사용자가 없습니다. 주소의 사용자 이름(postgresql+psycopg://"
    "사용자@서버/…)이 맞는지 확인하거나, 관리자에게 계정을 만들어 달라고 해 주세요."
)
BAD_PASSWORD = (
    "데이터베이스 서버가 '{name}' 사용자의 비밀번호를 받아들이지 않았습니다. 주소의 비밀번호가 "
    "맞는지 확인하거나 관리자에게 문의해 주세요."
)
NOT_ALLOWED = (
    "데이터베이스 서버가 이 PC의 접속을 허용하지 않습니다(서버의 접속 허용 목록). 관리자에게 "
    "이 PC의 주소를 허용해 달라고 해 주세요."
)
REFUSED = (
    "데이터베이스 서버에 연결할 수 없습니다 — 서버가 연결을 거부했습니다. 서버가 꺼져 있거나 "
    "주소의 서버 이름·포트가 다릅니다. 서버가 켜져 있는지와 주소를 확인한 뒤 다시 시도해 주세요."
)

# PostgreSQL refusals, by SQLSTATE when the driver has one and otherwise by the server's
# words (psycopg gives no SQLSTATE for a refused connection); each with the name quoted.
_REFUSALS: tuple[tuple[frozenset[str], re.Pattern[str], str], ...] = (
    (frozenset({"3D000"}), re.compile(r'database "([^"]*)" does not exist'), NO_DATABASE),
    (frozenset({"28000"}), re.compile(r'role "([^"]*)" does not exist'), NO_ROLE),
    (frozenset({"28P01"}), re.compile(r'password authentication failed for user "([^"]*)"'),
     BAD_PASSWORD),
    (frozenset(), re.compile(r"no pg_hba\.conf entry()"), NOT_ALLOWED),
)


def _refusal(message: str, sqlstate: str | None) -> str | None:
    """The sentence for a server that turned the address away, or None."""
    for _states, pattern, sentence in _REFUSALS:  # the words first: they carry the name
        found = pattern.search(message)
        if found:
            return sentence.format(name=found.group(1))
    for states, _pattern, sentence in _REFUSALS:
        if sqlstate is not None and sqlstate in states:
            return sentence.format(name="?")
    if "connection refused" in message.lower():
        return REFUSED
    return None


# Substrings of SQLite and PostgreSQL messages, matched in lower case, first hit wins;
# each with the message for a failed save and the one for a failed opening.
_PATTERNS: tuple[tuple[tuple[str, ...], str, str], ...] = (
    (("is append-only",), APPEND_ONLY, APPEND_ONLY),
    (("database is locked", "database is busy", "lock timeout", "deadlock"), LOCKED, OPEN_LOCKED),
    (("could not serialize",), CONFLICT, OPEN_LOCKED),
    (("statement timeout",), TOO_SLOW, OPEN_SERVER_GONE),
    (("readonly database", "read-only", "read only"), READ_ONLY, OPEN_READ_ONLY),
    (("file is not a database", "malformed"), NOT_A_DATABASE, NOT_A_DATABASE),
    (("unable to open database", "no such table"), CANNOT_OPEN, OPEN_CANNOT_OPEN),
    (("disk is full", "disk i/o", "no space left"), DISK_FULL, OPEN_DISK_FULL),
    (
        (
            "connection refused",
            "could not connect",
            "server closed the connection",
            "terminating connection",
            "connection is closed",
            "connection failed",
            "the connection is lost",
            "database system is shutting down",
            "database system is starting up",
            "no connection to the server",
            "consuming input failed",
            "connection timeout expired",
            "timeout expired",
        ),
        SERVER_GONE,
        OPEN_SERVER_GONE,
    ),
)


def storage_error_text(message: str, *, opening: bool) -> str:
    """The operator's sentence for a driver message met outside SQLAlchemy (the bare
    sqlite3 check of a file before it is opened)."""
    text = message.lower()
    for needles, saving_message, opening_message in _PATTERNS:
        if any(n in text for n in needles):
            return opening_message if opening else saving_message
    first_line = message.strip().splitlines()[0] if message.strip() else ""
    if opening:
        return f"데이터베이스를 열지 못했습니다({first_line}). 관리자에게 문의해 주세요."
    return f"데이터베이스 오류로 저장하지 못했습니다({first_line}). {_KEPT}"


def storage_error(exc: DBAPIError, *, opening: bool = False) -> StorageError:
    """The StorageError for a failed database call (chain the original with ``from``).

    ``opening``: the call was part of opening the database, not saving a record.
    """
    original = str(exc.orig if exc.orig is not None else exc)
    refused = _refusal(original, getattr(exc.orig, "sqlstate", None))
    if refused is REFUSED:  # the server may be restarting: a queued item waits for it
        return ServerAwayError(REFUSED if opening else SERVER_GONE)
    if refused is not None:
        return StorageError(refused if opening else f"{refused} {_KEPT}")
    text = original.lower()
    for needles, saving_message, opening_message in _PATTERNS:
        if any(n in text for n in needles):
            if saving_message is SERVER_GONE:
                return ServerAwayError(opening_message if opening else saving_message)
            if saving_message is LOCKED and not opening:
                return LockedError(saving_message)
            return StorageError(opening_message if opening else saving_message)
    if exc.connection_invalidated:
        return ServerAwayError(OPEN_SERVER_GONE if opening else SERVER_GONE)
    if isinstance(exc, IntegrityError) and not opening:
        return StorageError(CONFLICT)
    first_line = str(exc.orig or exc).strip().splitlines()[0] if str(exc.orig or exc) else ""
    if opening:
        return StorageError(f"데이터베이스를 열지 못했습니다({first_line}). 관리자에게 문의해 주세요.")
    return StorageError(f"데이터베이스 오류로 저장하지 못했습니다({first_line}). {_KEPT}")
