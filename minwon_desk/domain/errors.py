"""Errors the rules raise. Messages are Korean sentences a desk operator can act on."""

from __future__ import annotations

from datetime import datetime

from minwon_desk.domain.particles import settle


class MinwonError(Exception):
    """Base of every error this application raises on purpose."""

    def __init__(self, message: str) -> None:
        message = settle(message)  # "{number}을(를)" → "…29를": particles fit the words filled in
        super().__init__(message)
        self.message = message


class ValidationError(MinwonError):
    """Bad input in one field. ``field`` names the form field (e.g. ``"visitor_name"``)."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(message)
        self.field = field

    def __repr__(self) -> str:
        return f"ValidationError(field={self.field!r}, message={self.message!r})"


class NotFoundError(MinwonError):
    """The record asked for does not exist (any more)."""


class StateError(MinwonError):
    """The action does not fit the record's state (e.g. greeting a visitor twice)."""


class StorageError(MinwonError):
    """The database could not be reached or written (locked, missing, read-only).

    Nothing was saved; the caller keeps what the user typed so they can retry.
    """


class ServerAwayError(StorageError):
    """The database server could not be reached (stopped, restarting, the network cut):
    nothing was saved, and trying the same thing later may well succeed. A desk may keep a
    check-in or a phone memo to send once the server answers again."""


class LockedError(StorageError):
    """Another desk held the lock for longer than this save would wait: nothing was saved,
    and the same save a moment later usually goes through (the window tries again itself)."""


class PermissionDenied(MinwonError):
    """The acting person's roles do not allow ``operation`` (an ``roles.Operation``), or
    the record is outside their scope (another officer's case, another department).
    Nothing was written."""

    def __init__(self, operation: str, message: str) -> None:
        super().__init__(message)
        self.operation = operation

    def __repr__(self) -> str:
        return f"PermissionDenied(operation={self.operation!r}, message={self.message!r})"


class SignInRefused(MinwonError):
    """A sign-in (or an unlock) was refused: unknown account, wrong or empty password, a
    locked or disabled account, a revoked token. ``locked_until`` (aware) when locked."""

    def __init__(self, message: str, locked_until: datetime | None = None) -> None:
        super().__init__(message)
        self.locked_until = locked_until
