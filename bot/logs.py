"""Log lines as JSON, each with the request id, and never a phone number, token or secret.

Message bodies are kept out of logs by the code that logs (no log call passes a body; the
database engine hides statement parameters, `storage.db`); what could slip through by accident
(a phone number in a URL of the access log, a bot token in a client library's error, a bearer
header) is masked here, on the finished line, as a second line of defence.
"""

from __future__ import annotations

import json
import logging
import re
import sys
from datetime import UTC, datetime
from typing import Any

from bot.phones import mask
from bot.request_context import current_request_id

_TELEGRAM_TOKEN = re.compile(r"\d{5,12}:[A-Za-z0-9_-]{30,}")
_BEARER = re.compile(r"(?i)(bearer\s+)[^\s\"',;]+")
_API_TOKEN = re.compile(r"(?<![\w.])\d{1,12}\.\d{9,12}\.[A-Za-z0-9_-]{20,}")
_NAMED_SECRET = re.compile(
    r"(?i)((?:token|secret|password|signature|auth|opgang_console(?:_pre)?|code)"
    r"[\"']?\s*[=:]\s*[\"']?)[^\s&;,\"']+")
# A phone in any common spelling: E.164, spaced, dashed or URL-encoded (%2B45…), or a bare run
# of 8 to 15 digits (a national number, a Telegram chat id).
_PHONE = re.compile(r"(?:\+|%2B)\d(?:[ -]?\d){6,14}(?!\d)|(?<!\d)\d{8,15}(?!\d)")


def redact(text: str) -> str:
    """`text` with tokens, secrets and phone numbers masked."""
    text = _TELEGRAM_TOKEN.sub("<telegram-token>", text)
    text = _BEARER.sub(r"\1<token>", text)
    text = _API_TOKEN.sub("<token>", text)
    text = _NAMED_SECRET.sub(r"\1<redacted>", text)
    return _PHONE.sub(
        lambda m: mask(re.sub(r"[ -]", "", m.group(0).replace("%2B", "+"))), text)


class JsonFormatter(logging.Formatter):
    """One JSON object per line: time (UTC), level, logger, message, request id, exception."""

    def format(self, record: logging.LogRecord) -> str:
        entry: dict[str, Any] = {
            "time": datetime.fromtimestamp(record.created, UTC).isoformat(timespec="milliseconds"),
            "level": record.levelname,
            "logger": record.name,
            "message": redact(record.getMessage()),
        }
        request_id = getattr(record, "request_id", None) or current_request_id()
        if request_id:
            entry["request_id"] = request_id
        if record.exc_info:
            entry["exception"] = redact(self.formatException(record.exc_info))
        return json.dumps(entry, ensure_ascii=False)


class RedactingFormatter(logging.Formatter):
    """Plain text lines for a terminal, masked the same way, with the request id if any."""

    def format(self, record: logging.LogRecord) -> str:
        line = redact(super().format(record))
        request_id = current_request_id()
        return f"{line} [request {request_id}]" if request_id else line


def configure(*, level: int = logging.INFO, json_lines: bool = True) -> None:
    """Send every logger (ours, uvicorn's, the libraries') through one masked handler."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(JsonFormatter() if json_lines else RedactingFormatter(
        "%(levelname)s:  %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in list(root.handlers):
        root.removeHandler(old)
    root.addHandler(handler)
    root.setLevel(level)
    for name in ("uvicorn", "uvicorn.error", "uvicorn.access"):
        named = logging.getLogger(name)
        named.handlers.clear()
        named.propagate = True
    logging.getLogger("alembic").setLevel(logging.WARNING)  # "Context impl…" is noise here
