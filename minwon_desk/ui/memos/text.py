"""Words for memos in lists: the gist on one line and the reply channel."""

from __future__ import annotations

from minwon_desk.domain.memos import Channel

_GIST_CHARS = 60


def gist_preview(gist: str, limit: int = _GIST_CHARS) -> str:
    """The gist on one line, cut with "…" past ``limit`` characters."""
    line = " ".join(gist.split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def channel_label(channel: str) -> str:
    try:
        return Channel(channel).label
    except ValueError:
        return channel
