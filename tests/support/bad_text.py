"""Text that must never be stored, generated: resident registration numbers however they
are written, control characters, text past any column."""

from __future__ import annotations

from datetime import date, timedelta

from hypothesis import strategies as st

# Between the halves: what a person (or a pasted spreadsheet cell) puts there.
GAPS = ("", "-", " ", " - ", "  -  ", ".", "_", "\n", "\n-", "-\n", "\r\n", "\t", "．", "－", "—")
_FULL = str.maketrans("0123456789", "０１２３４５６７８９")


@st.composite
def resident_numbers(draw: st.DrawFn) -> str:
    """A real-looking 주민등록번호 (a birth date, a century digit, six more) in one of the
    ways it gets written, sometimes in full-width digits."""
    born = draw(st.dates(min_value=date(1900, 1, 1), max_value=date(2024, 12, 31)))
    code = draw(st.sampled_from("1256" if born.year < 2000 else "3478"))
    rest = draw(st.text(alphabet="0123456789", min_size=6, max_size=6))
    number = f"{born:%y%m%d}{draw(st.sampled_from(GAPS))}{code}{rest}"
    return number.translate(_FULL) if draw(st.booleans()) else number


_WORDS = st.text(alphabet="가나다라 민원서류abc,:()", max_size=12)
CONTROLS = st.sampled_from(["\x00", "\x1b[2J", "\x1b]0;x\x07", "\x07", "\x7f", "\u202e", "\x85", "\x1f"])


@st.composite
def hostile_text(draw: st.DrawFn) -> str:
    """Free text as a prober would type it: words around a registration number, a control
    character or sequence, a very long run, or anything at all."""
    kind = draw(st.sampled_from(["number", "control", "long", "any"]))
    before, after = draw(_WORDS), draw(_WORDS)
    if kind == "number":
        return f"{before} {draw(resident_numbers())} {after}".strip() or "민원"
    if kind == "control":
        return f"민원{before}{draw(CONTROLS)}{after}"
    if kind == "long":
        return "가" * draw(st.sampled_from([101, 201, 301, 2_001, 20_001]))
    return draw(st.text(min_size=1, max_size=60))


def years_back(today: date, years: int) -> timedelta:
    return today - today.replace(year=today.year - years)
