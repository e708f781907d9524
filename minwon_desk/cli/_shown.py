"""What the command line prints passes through ``visible``: a control character stored
before the checks existed (or by another program) is shown as an escape, never sent raw
to the operator's terminal (ESC [2J would clear it)."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any, TextIO

from minwon_desk.domain.plaintext import visible


class Shown:
    """A text stream that writes ``visible`` text (line breaks and tabs kept: they shape
    the output) to the stream it wraps; everything else is the wrapped stream's."""

    def __init__(self, stream: TextIO) -> None:
        self._stream = stream

    def write(self, text: str) -> int:
        self._stream.write(visible(text, keep="\n\t"))
        return len(text)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._stream, name)


@contextmanager
def shown_output() -> Iterator[None]:
    """Standard output and error as ``Shown`` streams while the block runs."""
    out, err = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = Shown(out), Shown(err)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = out, err
