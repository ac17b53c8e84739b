"""Outbound: a queue of messages to many recipients, sent against fakes that enforce the limits.

    python -m bench.outbound [--database sqlite|postgresql] [--messages 10000] [--recipients 2000]

Half the recipients are Telegram chats, half SMS numbers. The fake Telegram Bot API answers 429
with `retry_after` above 30 messages a second overall or one a second per chat, as Telegram does;
the fake Twilio answers 429 (code 20429) above the sender's rate (`--sms-rate`, default 50/s).
The limit is the providers' allowed rate, so each figure is printed as a ratio against it: the
rate we reached over the allowed rate, with the share of 429 answers, and every message
checked as sent exactly once. The queue is written through the same `send` action the console
uses; the delivery worker is the one `opgang serve` runs.
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from collections import Counter, deque
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from aiohttp import web
from sqlalchemy import func, select

from bot.actions.families import NewMember, create_family
from bot.actions.outbound import send
from bot.actions.people import create_team, create_worker
from bot.app import build_channels
from bot.config import Settings
from bot.delivery import DeliveryWorker
from bot.runtime import Runtime
from storage.db import Database
from storage.migrate import upgrade
from storage.models import Delivery
from tests import databases
from tests.fakes.telegram import FakeTelegram, too_many_requests
from tests.fakes.twilio import FakeTwilio, rate_limited

TELEGRAM_PER_SECOND = 30
TELEGRAM_PER_CHAT_SECONDS = 1.0


class Window:
    """Events in the last second, to tell whether one more would exceed a rate."""

    def __init__(self) -> None:
        self.times: deque[float] = deque()

    def count(self, now: float) -> int:
        while self.times and now - self.times[0] >= 1.0:
            self.times.popleft()
        return len(self.times)


@dataclass
class LimitedTelegram(FakeTelegram):
    """The fake Bot API with Telegram's flood control: 30/s overall, 1/s per chat."""

    answers: Counter[int] = field(default_factory=Counter)
    _overall: Window = field(default_factory=Window)
    _last_per_chat: dict[str, float] = field(default_factory=dict)

    async def _send_message(self, params: dict[str, Any]) -> web.Response:
        now = time.monotonic()
        chat = str(params.get("chat_id"))
        last = self._last_per_chat.get(chat)
        if self._overall.count(now) >= TELEGRAM_PER_SECOND or (
                last is not None and now - last < TELEGRAM_PER_CHAT_SECONDS):
            self.answers[429] += 1
            self.fail_next(too_many_requests(1))
        else:
            self.answers[200] += 1
            self._overall.times.append(now)
            self._last_per_chat[chat] = now
        return await super()._send_message(params)


@dataclass
class LimitedTwilio(FakeTwilio):
    """The fake Twilio with a sender's rate: above `per_second` it answers 429 (20429)."""

    per_second: int = 50
    answers: Counter[int] = field(default_factory=Counter)
    accepted_at: list[float] = field(default_factory=list)
    _overall: Window = field(default_factory=Window)

    async def _create(self, request: web.Request) -> web.Response:
        now = time.monotonic()
        if self._overall.count(now) >= self.per_second:
            self.answers[429] += 1
            self.fail_next(rate_limited(1))
        else:
            self.answers[201] += 1
            self.accepted_at.append(now)
            self._overall.times.append(now)
        return await super()._create(request)


@asynccontextmanager
async def database(kind: str) -> AsyncIterator[str]:
    """A fresh, migrated database of `kind`, dropped afterwards."""
    if kind == "sqlite":
        with tempfile.TemporaryDirectory() as folder:
            url = f"sqlite+aiosqlite:///{Path(folder) / 'bench.db'}"
            db = Database(url)
            await upgrade(db)
            await db.dispose()
            yield url
        return
    reason = await databases._postgres_reason()
    if reason is not None:
        raise SystemExit(f"PostgreSQL benchmark skipped: {reason}")
    templates = databases.PostgresTemplates()
    await templates.create_template()
    name, url = await templates.clone()
    try:
        yield url
    finally:
        await templates.drop(name)
        await templates.drop(templates.template)


async def queue(rt: Runtime, *, messages: int, recipients: int) -> tuple[set[str], set[str]]:
    """Families of two members (one Telegram chat, one phone), then `messages` sent in turn."""
    team = await create_team(rt, name="Bench")
    contacts = [(await create_worker(rt, email=f"w{i}@bench.example", password="bench-password",
                                     role="worker", team_id=team.id, name=f"W{i}")).id
                for i in range(2)]
    targets: list[tuple[int, int]] = []
    chats, phones = set(), set()
    for i in range(recipients // 2):
        chat, phone = 900_000_000 + i, f"+4520{100_000 + i:06d}"
        family = await create_family(rt, team_id=team.id, name=f"Familie {i}", contacts=contacts,
                                     members=[
                                         NewMember(name="A", role="parent", language="da",
                                                   telegram_chat_id=chat),
                                         NewMember(name="B", role="parent", language="da",
                                                   phone=phone)])
        targets += [(family.id, family.members[0].id), (family.id, family.members[1].id)]
        chats.add(str(chat))
        phones.add(phone)
    for n in range(messages):
        family_id, member_id = targets[n % len(targets)]
        await send(rt, family_id=family_id, member_id=member_id, author_id=contacts[0],
                   body=f"Hej, det er besked {n} fra jeres kontaktperson.")
    return chats, phones


async def pending(rt: Runtime) -> int:
    async with rt.db.reading() as session:
        count = await session.scalar(
            select(func.count()).select_from(Delivery).where(Delivery.state == "pending"))
    return int(count or 0)


async def run(kind: str, *, messages: int, recipients: int, sms_rate: int) -> None:
    async with database(kind) as url, LimitedTelegram() as telegram, \
            LimitedTwilio(per_second=sms_rate) as twilio:
        settings = Settings(  # type: ignore[call-arg]
            _env_file=None, OPGANG_DATABASE_URL=url, OPGANG_SIMULATOR=False,
            TELEGRAM_BOT_TOKEN=telegram.token, OPGANG_TELEGRAM_API_URL=telegram.url,
            TWILIO_ACCOUNT_SID=twilio.account_sid, TWILIO_AUTH_TOKEN=twilio.auth_token,
            TWILIO_FROM_NUMBER="+4570000000", OPGANG_TWILIO_API_URL=twilio.url,
            OPGANG_SMS_PER_SECOND=sms_rate)
        rt = Runtime(settings, Database(url))
        started = time.perf_counter()
        chats, phones = await queue(rt, messages=messages, recipients=recipients)
        queued_in = time.perf_counter() - started
        channels = build_channels(rt)
        worker = DeliveryWorker(rt, channels)
        stop = asyncio.Event()
        started = time.monotonic()
        task = asyncio.create_task(worker.run(stop))
        while await pending(rt):
            await asyncio.sleep(0.5)
        stop.set()
        await task
        for channel in channels.values():
            await channel.close()
        await rt.db.dispose()

    sent_tg = [s for s in telegram.sent if str(s.chat_id) in chats]
    sent_sms = [m for m in twilio.messages if m["to"] in phones]
    per_channel = messages // 2
    # Each channel's time runs from the worker's start to its last accepted message.
    report("telegram", sent=len(sent_tg), expected=per_channel, bodies=[s.text for s in sent_tg],
           answers=telegram.answers, elapsed=max(s.at for s in sent_tg) - started,
           allowed=TELEGRAM_PER_SECOND)
    report("sms", sent=len(sent_sms), expected=per_channel, bodies=[m["body"] for m in sent_sms],
           answers=twilio.answers, elapsed=max(twilio.accepted_at) - started, allowed=sms_rate)
    print(f"{kind}: queued {messages} messages in {queued_in:.1f} s "
          f"({messages / queued_in:.0f}/s through the send action)")


def report(name: str, *, sent: int, expected: int, bodies: list[str], answers: Counter[int],
           elapsed: float, allowed: float) -> None:
    twice = sum(1 for count in Counter(bodies).values() if count > 1)
    refused = answers[429] / max(1, sum(answers.values()))
    # Allowed time: a channel can do no better than `expected / allowed` seconds.
    ideal = expected / allowed
    print(f"{name:9} sent {sent}/{expected}, twice {twice}, lost {expected - sent}; "
          f"{elapsed:.1f} s against the allowed {ideal:.1f} s: "
          f"{ideal / elapsed:.0%} of the allowed rate; 429 answers {refused:.2%}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", choices=("sqlite", "postgresql"), default="sqlite")
    parser.add_argument("--messages", type=int, default=10_000)
    parser.add_argument("--recipients", type=int, default=2_000)
    parser.add_argument("--sms-rate", type=int, default=50)
    args = parser.parse_args()
    asyncio.run(run(args.database, messages=args.messages, recipients=args.recipients,
                    sms_rate=args.sms_rate))


if __name__ == "__main__":
    main()
