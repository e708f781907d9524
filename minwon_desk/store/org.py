"""The agency and its people: departments, staff, offices, rooms and seats, absences, and the
agency's changes to the working calendar.

Staff are never deleted (visits, memos and audit rows point at them): they are made
inactive. Later tables (absences, memos, cases, vouchers) hang off ``staff`` and
``department`` the same way ``visit`` does.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    Boolean,
    Date,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from minwon_desk.store.base import Base, UtcDateTime


class Agency(Base):
    __tablename__ = "agency"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    code: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(200))


class Department(Base):
    """A unit in the organisation tree: 본부/지방청 → 국/실 → 과/담당관 → 팀."""

    __tablename__ = "department"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"), index=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(32))  # "본부", "지방청", "실", "국", "과", "팀"…
    sort_order: Mapped[int] = mapped_column(Integer, default=0)
    # Where a deputy chain with nobody present ends. None: the highest-ranking active
    # member of the department by position (see domain.deputy.position_rank).
    head_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id", use_alter=True))


class Staff(Base):
    __tablename__ = "staff"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    employee_no: Mapped[str] = mapped_column(String(32), unique=True)
    name: Mapped[str] = mapped_column(String(100))
    position: Mapped[str] = mapped_column(String(50))
    department_id: Mapped[int] = mapped_column(ForeignKey("department.id"), index=True)
    extension: Mapped[str] = mapped_column(String(32), default="")
    email: Mapped[str] = mapped_column(String(200), default="")
    duties: Mapped[str] = mapped_column(Text, default="")
    photo: Mapped[bytes | None] = mapped_column(LargeBinary)
    photo_mime: Mapped[str | None] = mapped_column(String(50))
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    default_deputy_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))

    department: Mapped[Department] = relationship(lazy="joined", foreign_keys=[department_id])


class CalendarOverride(Base):
    """An agency's change to the public-holiday calendar: an added holiday
    (``is_holiday``) or a public holiday worked as a normal day."""

    __tablename__ = "calendar_override"

    day: Mapped[date] = mapped_column(Date, primary_key=True)
    is_holiday: Mapped[bool] = mapped_column(Boolean)
    name: Mapped[str] = mapped_column(String(200), default="")


class Office(Base):
    """A floor plan: one office (사무실) drawn on a grid of ``cols`` × ``rows`` cells."""

    __tablename__ = "office"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    agency_id: Mapped[int] = mapped_column(ForeignKey("agency.id"), index=True)
    name: Mapped[str] = mapped_column(String(200))  # "혁신행정담당관실"
    building: Mapped[str] = mapped_column(String(100), default="")  # "정부대전청사 1동"
    floor: Mapped[str] = mapped_column(String(32), default="")  # "3층"
    department_id: Mapped[int | None] = mapped_column(ForeignKey("department.id"))
    cols: Mapped[int] = mapped_column(Integer, default=24)
    rows: Mapped[int] = mapped_column(Integer, default=16)
    sort_order: Mapped[int] = mapped_column(Integer, default=0)


class OfficeRoom(Base):
    """A rectangle on the plan: a meeting room, the entrance, a cabinet wall…"""

    __tablename__ = "office_room"

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"), index=True)
    name: Mapped[str] = mapped_column(String(100))
    kind: Mapped[str] = mapped_column(String(32), default="room")  # room | entrance | wall
    x: Mapped[int] = mapped_column(Integer)
    y: Mapped[int] = mapped_column(Integer)
    w: Mapped[int] = mapped_column(Integer)
    h: Mapped[int] = mapped_column(Integer)


class Seat(Base):
    """A desk on the plan, in grid cells, and who sits there (one desk per person)."""

    __tablename__ = "seat"
    __table_args__ = (UniqueConstraint("office_id", "label"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    office_id: Mapped[int] = mapped_column(ForeignKey("office.id"), index=True)
    label: Mapped[str] = mapped_column(String(32))  # "A-12"
    x: Mapped[int] = mapped_column(Integer)
    y: Mapped[int] = mapped_column(Integer)
    w: Mapped[int] = mapped_column(Integer, default=2)
    h: Mapped[int] = mapped_column(Integer, default=1)
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"), unique=True)


class Absence(Base):
    """An officer away (출장, 휴가, 교육, 회의, 외근) from ``starts_at`` up to, not
    including, ``ends_at``. Cancelled absences are kept (``cancelled_at``)."""

    __tablename__ = "absence"
    __table_args__ = (Index("ix_absence_staff_ends", "staff_id", "ends_at"),)

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    kind: Mapped[str] = mapped_column(String(16))
    starts_at: Mapped[datetime] = mapped_column(UtcDateTime)
    ends_at: Mapped[datetime] = mapped_column(UtcDateTime, index=True)
    deputy_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    created_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    cancelled_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
