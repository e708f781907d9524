"""The moment something happened, given later: a check-in or a phone memo kept on a desk
while the server was away is sent with the time it was typed, not the time it arrived."""

from __future__ import annotations

from datetime import datetime, timedelta

from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.timeutil import format_ko

# A desk's clock and the server's may differ a little; a minute ahead is still "now".
CLOCK_SLACK = timedelta(minutes=1)
# Older than this, the visitor is long gone and the callback clock long run: what was kept
# is shown to the operator to enter again (or not), never slipped in as if on time.
MAX_AGE = timedelta(days=1)


def check_recorded_at(
    at: datetime, now: datetime, *, field: str, what: str, max_age: timedelta = MAX_AGE
) -> datetime:
    """``at`` when it is timezone-aware, not ahead of ``now`` and not older than
    ``max_age``; otherwise ValidationError on ``field``. ``what`` names the moment
    ("접수한 시각")."""
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValidationError(field, f"{what}에 시간대가 없습니다. +09:00을 붙여 주세요.")
    if at > now + CLOCK_SLACK:
        raise ValidationError(
            field, f"{what}({format_ko(at)})이 지금보다 뒤입니다. 이 PC의 시계를 확인해 주세요."
        )
    if now - at > max_age:
        raise ValidationError(
            field,
            f"{what}({format_ko(at)})이 하루도 더 지나 기록하지 않았습니다. "
            "필요하면 지금 시각으로 다시 입력해 주세요.",
        )
    return at
