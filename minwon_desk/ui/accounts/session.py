"""The person signed in at this desk: the one source of "who acts" for every page.

Pages ask :meth:`DeskSession.actor` each time they act (it is their ``ActorSource``), so a
new sign-in takes effect at once, without rebuilding anything. What the person may do is
asked of the same role × operation table the services check (:func:`allows`).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal

from minwon_desk.domain.roles import Operation, Role, allows, role_title
from minwon_desk.services.dto import Actor


def roles_label(roles: frozenset[Role]) -> str:
    """"안내 · 담당자": the roles in the table's order, as people call them."""
    return " · ".join(role_title(r) for r in Role if r in roles)


class DeskSession(QObject):
    """Holds the signed-in actor; ``changed`` fires with the new one (None: signed out)."""

    changed = Signal(object)  # Actor | None

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._actor: Actor | None = None

    def actor(self) -> Actor | None:
        return self._actor

    def is_signed_in(self) -> bool:
        return self._actor is not None

    def roles(self) -> frozenset[Role]:
        return self._actor.roles if self._actor is not None else frozenset()

    def may(self, op: Operation) -> bool:
        return self._actor is not None and allows(self._actor.roles, op)

    def begin(self, actor: Actor) -> None:
        self._actor = actor
        self.changed.emit(actor)

    def end(self) -> None:
        if self._actor is None:
            return
        self._actor = None
        self.changed.emit(None)

    def __repr__(self) -> str:
        who = self._actor.name if self._actor else None
        return f"DeskSession({who!r}, roles={sorted(self.roles())})"
