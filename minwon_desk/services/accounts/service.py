"""``Backend.accounts``: signing in and the administration of accounts, in one object."""

from __future__ import annotations

from minwon_desk.domain.roles import Operation
from minwon_desk.domain.roles import refusal as _refusal
from minwon_desk.services.access import may as _may
from minwon_desk.services.accounts.admin import AccountAdmin
from minwon_desk.services.accounts.signin import SignInService
from minwon_desk.services.dto import Actor


class AccountService(SignInService, AccountAdmin):
    """Sign-in (``SignInService``) and administration (``AccountAdmin``) share the
    database and the clock."""

    @staticmethod
    def may(actor: Actor, op: Operation) -> bool:
        """Whether the screens offer ``op`` to ``actor`` (by the roles of the sign-in)."""
        return _may(actor, op)

    @staticmethod
    def refusal(op: Operation) -> str:
        """The tooltip of an action ``op`` the person may not take."""
        return _refusal(op)
