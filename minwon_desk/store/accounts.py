"""The account tables: who may sign in, with which roles, and every change to that.

An account belongs to one staff member (one account per person). Accounts are disabled,
never deleted; the grant history is never deleted either (kept at least 3 years by the
personal-data rules, and the trail is small). Passwords and tokens are stored hashed.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Index, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from minwon_desk.store.base import Base, UtcDateTime


class Account(Base):
    """``roles`` holds the role names comma-separated ("안내,담당자"): the write paths read
    them in the same query as the acting staff row. ``failed_count`` and ``locked_until``
    live here so every desk and process shares the count of failed sign-ins."""

    __tablename__ = "account"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"), unique=True)
    login: Mapped[str | None] = mapped_column(String(64), unique=True)  # besides the 사번
    password_hash: Mapped[str] = mapped_column(String(200))
    roles: Mapped[str] = mapped_column(String(200), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    must_change_password: Mapped[bool] = mapped_column(Boolean, default=True)
    failed_count: Mapped[int] = mapped_column(Integer, default=0)
    locked_until: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_sign_in_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    password_changed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class AccountGrant(Base):
    """One change to an account or a token: created, role granted or revoked, password
    reset or changed, disabled, enabled, unlocked; who did it, when, at which desk, why."""

    __tablename__ = "account_grant"
    __table_args__ = (Index("ix_account_grant_account_id", "account_id"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    account_id: Mapped[int | None] = mapped_column(ForeignKey("account.id"))
    token_id: Mapped[int | None] = mapped_column(ForeignKey("service_token.id"))
    action: Mapped[str] = mapped_column(String(32))
    role: Mapped[str] = mapped_column(String(200), default="")
    reason: Mapped[str] = mapped_column(Text, default="")
    by_staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))  # None: setup
    desk: Mapped[str] = mapped_column(String(100), default="")


class ServiceToken(Base):
    """A secret another system (the telephone system) acts with, for one purpose. It acts
    as ``staff_id`` (what its records are written under) with its own roles only.
    ``secret_hash`` is SHA-256 of a 256-bit random secret: too long to guess, so a fast
    hash is enough and lets the token be found by it."""

    __tablename__ = "service_token"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    purpose: Mapped[str] = mapped_column(String(200))
    secret_hash: Mapped[str] = mapped_column(String(64), unique=True)
    roles: Mapped[str] = mapped_column(String(200), default="")
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    revoked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    last_used_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
