"""What the account services hand out: plain values, never a password or its hash."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from minwon_desk.domain.roles import Role
from minwon_desk.services.dto import Actor


@dataclass(frozen=True, slots=True)
class AccountView:
    id: int
    login: str  # the account name; "" when the 사번 alone signs in
    staff_id: int
    staff_no: str
    name: str
    department: str
    roles: frozenset[Role]
    active: bool
    locked_until: datetime | None  # Seoul time; None when not locked
    must_change_password: bool
    last_sign_in_at: datetime | None


@dataclass(frozen=True, slots=True)
class SignedIn:
    actor: Actor
    account: AccountView
    must_change_password: bool


@dataclass(frozen=True, slots=True)
class GrantView:
    """One line of the history of grants and changes (kept at least 3 years)."""

    id: int
    at: datetime  # Seoul time
    action: str  # created, granted, revoked, reset, password, disabled, enabled, unlocked,
    # locked, token_created, token_revoked
    staff_no: str  # whose account ("" for a token)
    name: str
    role: str  # the role(s) concerned, as stored ("안내,담당자")
    reason: str
    by: str  # who did it ("" for the first administrator's setup, or the lock itself)
    desk: str
    token_id: int | None = None


@dataclass(frozen=True, slots=True)
class TokenView:
    id: int
    purpose: str
    roles: frozenset[Role]
    staff_id: int  # whose name its records carry
    staff_name: str
    created_at: datetime
    created_by: str
    revoked_at: datetime | None
    last_used_at: datetime | None

    @property
    def active(self) -> bool:
        return self.revoked_at is None
