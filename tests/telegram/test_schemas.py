"""aiogram imported with its schemas built on first use reads and writes what the eager one does.

Run in fresh interpreters: one imports aiogram the service's way (`bot/channels/telegram_schemas`,
schemas deferred), the other imports it as it comes (every schema built at import). Both read
every recorded update and build the Bot API calls the service makes; the results must agree.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

SCRIPT = r"""
import glob, json, sys
if sys.argv[1] == "deferred":
    import handlers.telegram  # noqa: F401 - imports aiogram the service's way
    from bot.channels.telegram_schemas import load
    assert load() is True, "aiogram was not imported with deferred schemas"
    from aiogram.types import Update
    assert not Update.__pydantic_complete__, "Update was built at import"
from aiogram.methods import (AnswerCallbackQuery, DeleteWebhook, GetMe, GetUpdates,
                             SendMessage, SetWebhook)
from aiogram.methods.base import Response
from aiogram.types import InlineKeyboardButton, InlineKeyboardMarkup, Message, Update, User

out = {}
for path in sorted(glob.glob("tests/fixtures/telegram/*.json")):
    update = Update.model_validate(json.load(open(path)))
    out[path] = [update.event_type, update.model_dump(mode="json", exclude_none=True)]
keyboard = InlineKeyboardMarkup(inline_keyboard=[[InlineKeyboardButton(text="Ja",
                                                                       callback_data="c:1")]])
calls = [SendMessage(chat_id=777001, text="Hej", reply_markup=keyboard), GetMe(),
         SetWebhook(url="https://x.invalid/webhooks/telegram", secret_token="s",
                    allowed_updates=["message"]),
         DeleteWebhook(drop_pending_updates=False), GetUpdates(offset=5, timeout=25),
         AnswerCallbackQuery(callback_query_id="cbq-1")]
out["calls"] = [repr(c.model_dump(exclude_none=True)) for c in calls]
sent = Response[Message].model_validate({"ok": True, "result": {
    "message_id": 5, "date": 1764590400, "chat": {"id": 777001, "type": "private"},
    "text": "Hej"}})
me = Response[User].model_validate({"ok": True, "result": {
    "id": 7123456789, "is_bot": True, "first_name": "Opgang", "username": "opgang_bot"}})
out["answers"] = [sent.model_dump(mode="json", exclude_none=True),
                  me.model_dump(mode="json", exclude_none=True)]
print(json.dumps(out, sort_keys=True))
"""


def run(mode: str) -> dict[str, object]:
    done = subprocess.run([sys.executable, "-c", SCRIPT, mode], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    result: dict[str, object] = json.loads(done.stdout)
    return result


def test_deferred_aiogram_reads_every_recorded_update_and_builds_each_call_as_eager_does(
) -> None:
    deferred, eager = run("deferred"), run("eager")
    assert len(deferred) == len(list((ROOT / "tests/fixtures/telegram").glob("*.json"))) + 2
    assert deferred == eager
