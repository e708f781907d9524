"""Fitting text into boxes: shrink to fit, or cut with "…", never spill over."""

from __future__ import annotations

from reportlab.pdfbase.pdfmetrics import stringWidth

ELLIPSIS = "…"


def width_at(text: str, font: str, size: float) -> float:
    return float(stringWidth(text, font, size))


def fit_size(text: str, font: str, width: float, largest: float) -> float:
    """The largest size up to ``largest`` at which ``text`` fits in ``width``."""
    unit = width_at(text, font, 1.0)
    if unit <= 0:
        return largest
    return max(0.0, min(largest, width / unit))


def ellipsize(text: str, font: str, size: float, width: float) -> str:
    """``text`` as is when it fits, else its longest start that fits followed by "…"
    ("" when not even one character and the ellipsis fit)."""
    if width_at(text, font, size) <= width:
        return text
    # Binary search over the prefix length: widths grow with length.
    lo, hi = 0, len(text)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if width_at(text[:mid].rstrip(" ,") + ELLIPSIS, font, size) <= width:
            lo = mid
        else:
            hi = mid - 1
    return text[:lo].rstrip(" ,") + ELLIPSIS if lo else ""
