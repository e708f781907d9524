"""How a try to send went wrong, as the officer is told it."""

from __future__ import annotations


class SendFailed(Exception):
    """``answer`` is what the server said (or why it could not be reached); ``permanent``:
    trying again will not help (a refused address, a wrong password, no server set)."""

    def __init__(self, answer: str, *, permanent: bool) -> None:
        super().__init__(answer)
        self.answer = answer
        self.permanent = permanent
