"""Offices and their floor plans: rooms and desks on a grid, and who sits where."""

from __future__ import annotations

from minwon_desk.services._tx import Database
from minwon_desk.services.events import EventBus


class OfficeService:
    def __init__(self, db: Database, events: EventBus) -> None:
        self._db = db
        self._events = events
