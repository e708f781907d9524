"""The moment something happened, given later: a check-in or a phone memo kept on a desk
while the server was away is sent with the time it was typed, not the time it arrived."""

from __future__ import annotations

from datetime import datetime, timedelta

from minwon_desk.domain.errors import ValidationError
from minwon_desk.domain.i18n import QT_TRANSLATE_NOOP, translate
from minwon_desk.domain.plaintext import plain_text
from minwon_desk.domain.timeutil import format_moment, to_seoul

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
        raise ValidationError(field, translate(
            "RecordedAt",
            "{what}에 시간대가 없습니다. +09:00을 붙여 주세요.",
        ).format(what=what))
    if at > now + CLOCK_SLACK:
        raise ValidationError(
            field, translate(
                "RecordedAt",
                "{what}({at})이 지금보다 뒤입니다. 이 PC의 시계를 확인해 주세요.",
            ).format(what=what, at=format_moment(at))
        )
    if now - at > max_age:
        raise ValidationError(
            field,
            translate(
                "RecordedAt",
                "{what}({at})이 하루도 더 지나 기록하지 않았습니다. 필요하면 지금 시각으로 "
                "다시 입력해 주세요.",
            ).format(what=what, at=format_moment(at)),
        )
    return at


# A moment typed by hand (a memo's "taken at", a case's "received at"): an older one is a
# typing slip (1900 for 2026) unless the person says why it is recorded so late.
BACK_DATE_LIMIT = timedelta(days=365)
# With a reason, back to the records' keeping period (ten years), never further.
BACK_DATE_FLOOR = timedelta(days=3653)
REASON_MAX = 500
REASON_LABEL = QT_TRANSLATE_NOOP("RecordedAt", "늦은 기록 사유")


def check_moment(
    at: datetime, now: datetime, *, field: str, what: str, slack: timedelta, reason: str = ""
) -> tuple[datetime, str]:
    """``at`` and the back-dating ``reason`` (checked as free text) when ``at`` is
    timezone-aware, at most ``slack`` ahead of ``now`` and at most a year back — or, with
    a reason, ten years back; otherwise ValidationError on ``field``."""
    reason = plain_text("back_date_reason", translate("RecordedAt", REASON_LABEL), reason, max_length=REASON_MAX)
    if at.tzinfo is None or at.utcoffset() is None:
        raise ValidationError(field, translate(
            "RecordedAt",
            "{what}에 시간대가 없습니다. +09:00을 붙여 주세요.",
        ).format(what=what))
    if at > now + slack:
        raise ValidationError(
            field, translate(
                "RecordedAt",
                "{what}({at:%Y-%m-%d %H:%M})이 지금보다 뒤입니다. 시각과 이 PC의 시계를 "
                "확인해 주세요.",
            ).format(what=what, at=to_seoul(at))
        )
    if now - at > BACK_DATE_FLOOR:
        raise ValidationError(
            field, translate(
                "RecordedAt",
                "{what}({at:%Y-%m-%d %H:%M})이 10년보다 오래되어 기록할 수 없습니다. 연도를 "
                "확인해 주세요.",
            ).format(what=what, at=to_seoul(at))
        )
    if now - at > BACK_DATE_LIMIT and not reason:
        raise ValidationError(
            field,
            translate(
                "RecordedAt",
                "{what}({at:%Y-%m-%d %H:%M})이 1년보다 오래되었습니다. 연도를 확인해 주세요. "
                "정말 그때의 일을 늦게 기록하는 것이면 늦은 기록 사유를 함께 적어 주세요 "
                "(기록에 남습니다).",
            ).format(what=what, at=to_seoul(at)),
        )
    return at, reason
