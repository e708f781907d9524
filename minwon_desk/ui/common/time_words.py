"""Time in words for lists: short times, and the clock's words with the instant they next
change (so a tick can skip the rows that hold)."""

from __future__ import annotations

from datetime import datetime, timedelta

from minwon_desk.domain.timeutil import describe_remaining, to_seoul


def short_time(at: datetime, now: datetime | None = None) -> str:
    """'14:00' today, '7/3 11:00' on another day (Seoul time)."""
    local = to_seoul(at)
    if now is not None and to_seoul(now).date() == local.date():
        return f"{local:%H:%M}"
    return f"{local.month}/{local.day} {local:%H:%M}"


_WORDS: dict[int, str] = {}  # whole seconds (negative: overdue, one's complement) → words
_WORDS_LIMIT = 200_000


def words(seconds: float) -> str:
    """``describe_remaining`` for a span in seconds, remembered per whole second: a tick
    asks for the same few hundred texts again and again."""
    total = int(abs(seconds))
    key = total if seconds >= 0 else ~total
    text = _WORDS.get(key)
    if text is None:
        if len(_WORDS) >= _WORDS_LIMIT:
            _WORDS.clear()
        span = timedelta(seconds=total) if seconds >= 0 else -timedelta(seconds=total + 0.5)
        text = _WORDS[key] = describe_remaining(span)
    return text


def forget() -> None:
    """Drop the remembered words (they are in the language they were made in)."""
    _WORDS.clear()


def next_change(anchor: float, now: float) -> float:
    """When ``describe_remaining(anchor - now)`` next reads differently (epoch seconds).

    It shows seconds under 10 minutes, minutes under a day and hours beyond, dropping
    partial units; so the text holds until the span crosses the next whole unit.
    """
    delta = anchor - now
    total = int(abs(delta))
    step = 1 if total < 600 else 60 if total < 86400 else 3600
    if delta >= 0:  # zero still reads "남음"; it turns the instant after
        return anchor - (total // step) * step
    return anchor + (total // step + 1) * step
