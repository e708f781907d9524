"""Turn driver errors into StorageError messages a desk operator can act on."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, IntegrityError

from minwon_desk.domain.errors import StorageError

_KEPT = "입력한 내용은 그대로 있습니다."

LOCKED = (
    f"데이터베이스가 잠겨 있어 저장하지 못했습니다. {_KEPT} 잠시 후 다시 시도해 주세요."
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

# Substrings of SQLite and PostgreSQL messages, matched in lower case, first hit wins.
_PATTERNS: tuple[tuple[tuple[str, ...], str], ...] = (
    (("database is locked", "database is busy", "lock timeout", "deadlock"), LOCKED),
    (("could not serialize",), CONFLICT),
    (("readonly database", "read-only", "read only"), READ_ONLY),
    (("unable to open database", "no such table"), CANNOT_OPEN),
    (("disk is full", "disk i/o", "no space left"), DISK_FULL),
    (
        (
            "connection refused",
            "could not connect",
            "server closed the connection",
            "terminating connection",
            "connection is closed",
            "connection failed",
            "the connection is lost",
        ),
        SERVER_GONE,
    ),
)


def storage_error(exc: DBAPIError) -> StorageError:
    """The StorageError for a failed database call (chain the original with ``from``)."""
    text = str(exc.orig if exc.orig is not None else exc).lower()
    for needles, message in _PATTERNS:
        if any(n in text for n in needles):
            return StorageError(message)
    if exc.connection_invalidated:
        return StorageError(SERVER_GONE)
    if isinstance(exc, IntegrityError):
        return StorageError(CONFLICT)
    first_line = str(exc.orig or exc).strip().splitlines()[0] if str(exc.orig or exc) else ""
    return StorageError(f"데이터베이스 오류로 저장하지 못했습니다({first_line}). {_KEPT}")
