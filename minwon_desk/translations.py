"""The messages of the rules, the services and the command line in another language, read
without Qt: the command line has no Qt translator, and must start quickly.

Korean is the source; ``resources/translations/minwon_desk_core_<lang>.ts`` holds the
other language's words (made with ``pyside6-lupdate`` from domain, services and cli). A
checkout reads that ``.ts`` file; a bundle that ships only the compiled ``.qm`` reads that
(its messages carry their context and source text, as ``lrelease`` writes them by
default). A message without a finished translation is left out: it shows in Korean.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from minwon_desk.resources import resource_path

SOURCE_LANGUAGE = "ko"
LANGUAGES = ("ko", "en")
CATALOGUE = "minwon_desk_core"

Catalogue = dict[tuple[str, str], str]  # (context, Korean source) → translation


def translations_dir() -> Path:
    return resource_path("translations")


def lookup_for(language: str | None, folder: Path | None = None) -> Callable[[str, str], str] | None:
    """``lookup(context, source)`` for ``translate`` in ``language`` (an empty string for a
    message it does not know), or None for Korean, an unknown language or no file."""
    if not language or language == SOURCE_LANGUAGE:
        return None
    words = catalogue(language, folder)
    if not words:
        return None

    def lookup(context: str, text: str) -> str:
        return words.get((context, text), "")

    return lookup


def catalogue(language: str, folder: Path | None = None) -> Catalogue:
    """Every finished translation of ``language`` (empty when there is no file for it)."""
    if language not in LANGUAGES:
        return {}
    try:
        where = folder if folder is not None else translations_dir()
    except FileNotFoundError:  # no resources at all: Korean, the source, is still whole
        return {}
    ts = where / f"{CATALOGUE}_{language}.ts"
    if ts.is_file():
        return read_ts(ts)
    qm = where / f"{CATALOGUE}_{language}.qm"
    if qm.is_file():
        return read_qm(qm.read_bytes())
    return {}


def read_ts(path: Path) -> Catalogue:
    """The finished translations of a Qt Linguist ``.ts`` file."""
    from xml.etree import ElementTree

    words: Catalogue = {}
    root = ElementTree.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "obsolete", "vanished"}:
                continue
            source = message.findtext("source") or ""
            if translation.text:
                words[(name, source)] = translation.text
    return words


# --- the compiled form ------------------------------------------------------------------

_QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
_MESSAGES = 0x69  # the block of messages, each a run of tags ending with _END
_END, _SOURCE16, _TRANSLATION, _CONTEXT16, _OBSOLETE1 = 1, 2, 3, 4, 5
_SOURCE, _CONTEXT, _COMMENT, _OBSOLETE2 = 6, 7, 8, 9


def read_qm(data: bytes) -> Catalogue:
    """The translations of a ``.qm`` file that keeps its source texts (lrelease's default);
    a stripped one (``-stripped``) gives nothing, and so Korean."""
    if not data.startswith(_QM_MAGIC):
        return {}
    at = len(_QM_MAGIC)
    while at + 5 <= len(data):
        tag, length = data[at], int.from_bytes(data[at + 1:at + 5], "big")
        at += 5
        if tag == _MESSAGES:
            return _messages(data[at:at + length])
        at += length
    return {}


def _messages(block: bytes) -> Catalogue:
    words: Catalogue = {}
    at = 0
    source = context = translation = ""
    while at < len(block):
        tag = block[at]
        at += 1
        if tag == _END:
            if translation and source:
                words[(context, source)] = translation
            source = context = translation = ""
            continue
        if tag == _OBSOLETE2:
            continue
        length = int.from_bytes(block[at:at + 4], "big")
        at += 4
        if tag == _OBSOLETE1:  # four bytes of an old hash, no length
            continue
        if length == 0xFFFFFFFF:  # a null string has no bytes
            length = 0
        value = block[at:at + length]
        at += length
        if tag == _TRANSLATION:
            translation = value.decode("utf-16-be")
        elif tag == _SOURCE:
            source = value.decode("utf-8")
        elif tag == _CONTEXT:
            context = value.decode("utf-8")
        elif tag == _SOURCE16:
            source = value.decode("utf-16-be")
        elif tag == _CONTEXT16:
            context = value.decode("utf-16-be")
    return words
