"""SMS opt-out keywords as carriers and Twilio define them: one word, any case."""

from __future__ import annotations

from enum import Enum


class Keyword(Enum):
    STOP = "stop"
    START = "start"
    HELP = "help"


_WORDS = {
    **dict.fromkeys(("STOP", "STOPALL", "UNSUBSCRIBE", "CANCEL", "END", "QUIT", "REVOKE",
                     "OPTOUT"), Keyword.STOP),
    **dict.fromkeys(("START", "YES", "UNSTOP"), Keyword.START),
    **dict.fromkeys(("HELP", "INFO"), Keyword.HELP),
}


def keyword_of(body: str) -> Keyword | None:
    """The keyword `body` is, if it is exactly one ("STOP PLEASE" is not)."""
    return _WORDS.get(body.strip().upper())
