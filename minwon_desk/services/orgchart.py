"""People and units as every feature's lists show them: a staff member as '김민준 사무관',
and a department with every unit below it (a 국 sees what its 과 and 팀 hold)."""

from __future__ import annotations

from sqlalchemy import Connection, select

from minwon_desk.services.tables import DEPARTMENT


def staff_label(name: str | None, position: str | None) -> str:
    """'김민준 사무관', or '' for nobody (an outer join that found no one)."""
    return f"{name or ''} {position or ''}".strip()


def units_under(conn: Connection, department_id: int) -> list[int]:
    """The department and every unit below it, the department first."""
    children: dict[int | None, list[int]] = {}
    for dept_id, parent_id in conn.execute(select(DEPARTMENT.c.id, DEPARTMENT.c.parent_id)):
        children.setdefault(parent_id, []).append(dept_id)
    found: list[int] = []
    stack = [department_id]
    seen: set[int] = set()
    while stack:
        current = stack.pop()
        if current in seen:
            continue
        seen.add(current)
        found.append(current)
        stack.extend(children.get(current, ()))
    return found
