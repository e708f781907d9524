"""Change events as rows: how an event is written into the change feed (an audit row's
``change_*`` columns) and read back as the same typed event in another process."""

from __future__ import annotations

import dataclasses
import json
import typing
from enum import Enum
from typing import Any

from minwon_desk.services.dto import Origin
from minwon_desk.services.events import (
    AbsenceChanged,
    AccountChanged,
    CalendarChanged,
    CaseChanged,
    CompensationChanged,
    CorrectiveChanged,
    Event,
    MemoChanged,
    OfficeChanged,
    StaffChanged,
    SurveyChanged,
    VisitChanged,
)

EVENT_TYPES: dict[str, type[Event]] = {
    cls.kind: cls
    for cls in (
        VisitChanged,
        MemoChanged,
        CaseChanged,
        CompensationChanged,
        CorrectiveChanged,
        SurveyChanged,
        StaffChanged,
        AbsenceChanged,
        OfficeChanged,
        CalendarChanged,
        AccountChanged,
    )
}
KINDS: tuple[str, ...] = tuple(EVENT_TYPES)


class UnreadableChange(ValueError):
    """A change row this version cannot turn back into an event (a newer kind, a damaged
    payload). The reader logs and skips it; the stream goes on."""


def encode(event: Event) -> str:
    """The event's own fields (not its origin: the row keeps the desk) as JSON."""
    fields = {
        f.name: _plain(getattr(event, f.name))
        for f in dataclasses.fields(event)
        if f.name != "origin"
    }
    return json.dumps(fields, ensure_ascii=False, sort_keys=True)


def decode(kind: str, payload: str, origin: Origin) -> Event:
    """The typed event a row carries; raises UnreadableChange."""
    cls = EVENT_TYPES.get(kind)
    if cls is None:
        raise UnreadableChange(f"unknown change kind {kind!r}")
    try:
        data = json.loads(payload)
        if not isinstance(data, dict):
            raise TypeError("payload is not an object")
        hints = _field_types(cls)
        values = {name: _typed(hints[name], value) for name, value in data.items()}
        return cls(**values, origin=origin)
    except (TypeError, ValueError, KeyError) as exc:
        raise UnreadableChange(f"{kind}: {exc}") from exc


def change_of(event: Event) -> str:
    """The event's ``change`` (an enum value), or "" for one-fact events."""
    value = getattr(event, "change", None)
    return value.value if isinstance(value, Enum) else ""


def subject_of(event: Event) -> int | None:
    """The id the change is about (the first integer field), for ``watch``."""
    for f in dataclasses.fields(event):
        value = getattr(event, f.name)
        if f.name != "origin" and isinstance(value, int) and not isinstance(value, bool):
            return value
    return None


def _plain(value: Any) -> Any:
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, tuple):
        return list(value)
    return value


_FIELD_TYPES: dict[str, dict[str, Any]] = {}


def _field_types(cls: type[Event]) -> dict[str, Any]:
    types = _FIELD_TYPES.get(cls.kind)
    if types is None:
        hints = typing.get_type_hints(cls)
        types = {f.name: hints[f.name] for f in dataclasses.fields(cls) if f.name != "origin"}
        _FIELD_TYPES[cls.kind] = types
    return types


def _typed(hint: Any, value: Any) -> Any:
    if value is None:
        return None
    args = typing.get_args(hint)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return hint(value)
    if typing.get_origin(hint) is tuple:
        return tuple(_typed(args[0], v) for v in value)
    for arg in args:  # X | None
        if isinstance(arg, type) and issubclass(arg, Enum):
            return arg(value)
    if hint is int and not isinstance(value, int):
        raise TypeError(f"{value!r} is not an integer")
    return value
