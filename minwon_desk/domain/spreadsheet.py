"""Text written into a file a spreadsheet opens (CSV): never read as a formula."""

from __future__ import annotations

# Excel, LibreOffice and Google Sheets read a cell starting with any of these as a formula
# (or strip the tab or carriage return and read what follows): "-2+3+cmd|' /C calc'!A0"
# runs a program. The full-width forms are read as their ASCII twins by some versions.
FORMULA_STARTS: tuple[str, ...] = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")


def looks_like_formula(text: str) -> bool:
    return text.startswith(FORMULA_STARTS)


def inert_cell(text: str) -> str:
    """``text`` as a CSV cell that opens as the same text: a leading apostrophe, which the
    spreadsheet hides, when it would otherwise be read as a formula."""
    return f"'{text}" if looks_like_formula(text) else text
