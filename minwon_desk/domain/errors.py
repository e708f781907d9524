"""Errors the rules raise. Messages are Korean sentences a desk operator can act on."""

from __future__ import annotations


class MinwonError(Exception):
    """Base of every error this application raises on purpose."""

    def __init__(self, message: str) -> None:
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
