"""The registers' counters (cases, vouchers): the last number given in each, per year."""

from __future__ import annotations

from sqlalchemy import (
    Integer,
    String,
)
from sqlalchemy.orm import Mapped, mapped_column

from minwon_desk.store.base import Base


class RegisterCounter(Base):
    """The last number given in a register (cases, vouchers) for one year. Numbers are
    taken under the row's write lock and never handed out twice, even after a void."""

    __tablename__ = "register_counter"

    register: Mapped[str] = mapped_column(String(16), primary_key=True)  # "case", "voucher"
    year: Mapped[int] = mapped_column(Integer, primary_key=True)
    last: Mapped[int] = mapped_column(Integer, default=0)
