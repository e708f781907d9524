"""Words a person reads, in the desk's language, for the layers that know no Qt (the
rules, the services and the command line).

Korean is the source language: every message is written in Korean where it is used, as
``translate("Context", "한국어 문장")`` (``pyside6-lupdate`` finds calls of this name, so
the message lands in the translation files with the widgets' own). Numbers and names go in
afterwards with ``str.format`` on the translated text, never into the source string, or
the message could not be looked up.

The lookup is installed once at start, when the desk's language is known (the window's
Qt translators, or the command line's ``--lang``); until then, and for Korean, the source
comes back unchanged. A table of words declared at import time marks its entries with
:func:`QT_TRANSLATE_NOOP` and translates them where they are shown.
"""

from __future__ import annotations

from collections.abc import Callable

Lookup = Callable[[str, str], str]

# One lookup per process, like Qt's own installed translators: set by the entry point.
_lookup: Lookup | None = None


def translate(context: str, text: str) -> str:
    """``text`` in the desk's language (itself when there is no translation)."""
    if _lookup is None:
        return text
    return _lookup(context, text) or text


def untranslated(context: str, text: str) -> str:
    """The Korean source itself: a :data:`Lookup` for what documents print, which follow
    the agency's language whatever the desk's."""
    del context
    return text


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # the name lupdate knows
    """Marks ``text`` for translation where it is declared; translated where shown."""
    del context
    return text


def install(lookup: Lookup | None) -> None:
    """Use ``lookup(context, source)`` for every :func:`translate` from now on (``None``:
    the Korean source). It returns an empty string for a message it does not know."""
    global _lookup  # the process's one language, set at start
    _lookup = lookup


def installed() -> Lookup | None:
    """The lookup in use (``None``: the Korean source), to put it back after a run that
    chose another language for itself (a command run inside a test, say)."""
    return _lookup
