"""A plain text message read from a Telegram `Update`'s JSON without aiogram (webhook hot path).

Validating every update into aiogram's pydantic `Update` and passing it through the dispatcher's
routers and filters cost about 3 ms of CPU per update (bench/README.md, Telegram webhook). Most
updates are the simplest kind: a text message in a private chat. `plain_text` recognises exactly
those, field by field, and returns None for anything else, which then takes aiogram's way: a
command (`/start <code>`), a button pressed, a change of membership, a photo, a group, an edited
message, a field or a value it does not know. It accepts nothing aiogram would refuse, so the
answer (200, or a 400 naming the problem) never depends on which way an update took.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

MAX_ID = 2**63 - 1
"""Above this an `update_id` does not fit its column (a 64-bit integer): aiogram's way."""
MAX_DATE = 2**32
"""Unix seconds; a larger `date` is left to pydantic to accept or refuse."""

_MESSAGE_KEYS = frozenset({"message_id", "from", "chat", "date", "text"})
_CHAT_KEYS = frozenset({"id", "type", "first_name", "last_name", "username"})
_USER_KEYS = frozenset({"id", "is_bot", "first_name", "last_name", "username", "language_code",
                        "is_premium", "added_to_attachment_menu"})
_USER_TEXT = ("last_name", "username", "language_code")
_USER_FLAGS = ("is_premium", "added_to_attachment_menu")


@dataclass(frozen=True, slots=True)
class PlainText:
    """A text message from a private chat: all the webhook's fast path needs of an update."""

    update_id: int
    chat_id: int
    message_id: int
    text: str
    language_code: str | None  # the sender's Telegram language, if given


def plain_text(data: dict[str, Any]) -> PlainText | None:
    """The update as a `PlainText`, or None when it is anything else (aiogram's way)."""
    if len(data) != 2:
        return None
    update_id, message = data.get("update_id"), data.get("message")
    if type(update_id) is not int or not 0 <= update_id <= MAX_ID or type(message) is not dict:
        return None
    if not message.keys() <= _MESSAGE_KEYS:
        return None
    message_id, date, text = message.get("message_id"), message.get("date"), message.get("text")
    if type(message_id) is not int or type(date) is not int or not 0 <= date < MAX_DATE:
        return None
    # An empty text, or a command (`/start <code>`, `/start@bot`), takes aiogram's way.
    if type(text) is not str or not text or text.startswith("/"):
        return None
    chat = message.get("chat")
    if type(chat) is not dict or not chat.keys() <= _CHAT_KEYS or chat.get("type") != "private":
        return None
    chat_id = chat.get("id")
    if type(chat_id) is not int or not _strings(chat, ("first_name", "last_name", "username")):
        return None
    language: str | None = None
    if "from" in message:
        user = message["from"]
        if not _user(user):
            return None
        language = user.get("language_code")
    return PlainText(update_id, chat_id, message_id, text, language)


def _user(user: Any) -> bool:
    """A `User` object as aiogram validates it (id, is_bot, first_name required)."""
    return (type(user) is dict and user.keys() <= _USER_KEYS and type(user.get("id")) is int
            and type(user.get("is_bot")) is bool and type(user.get("first_name")) is str
            and _strings(user, _USER_TEXT)
            and all(type(user.get(flag, False)) is bool for flag in _USER_FLAGS))


def _strings(obj: dict[str, Any], names: tuple[str, ...]) -> bool:
    """Each of `names` is absent or a string."""
    return all(type(obj.get(name, "")) is str for name in names)
