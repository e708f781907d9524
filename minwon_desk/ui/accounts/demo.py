"""The demo's sign-in: its accounts, one per role, listed on the sign-in panel so a visitor
can try each role, and the reception operator the demo signs in as by itself."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from minwon_desk.domain.roles import Role, role_title
from minwon_desk.ui.accounts.panels import DemoAccount

if TYPE_CHECKING:
    from minwon_desk.services.backend import Backend


def demo_sign_in(backend: Backend, demo: bool) -> dict[str, Any]:
    """Keyword arguments for ``DeskAccess.attach``: nothing outside the demo."""
    if not demo:
        return {}
    from minwon_desk.services.demo.accounts import DEMO_LOGINS, DEMO_PASSWORD

    del backend  # the table of the demo is enough: who holds each is in the README
    listed = [DemoAccount(role=role_title(role), name="", login=login, password=DEMO_PASSWORD)
              for role, login in DEMO_LOGINS.items()]
    return {"demo_accounts": listed, "sign_in_as": (DEMO_LOGINS[Role.RECEPTION], DEMO_PASSWORD)}
