"""Issue 6's walk-through: a Somali-speaking demo member gets every automatic text in Somali."""

from __future__ import annotations

import re

import httpx
from babel.messages.pofile import read_po
from sqlalchemy import select

from bot import demo
from bot.runtime import Runtime
from bot.scheduler import Scheduler
from storage.models import Member, Worker
from tests.i18n.test_catalogs import LOCALES
from tests.reminders.helpers import book, fixed_clock, local, outbound


def _words(language: str) -> set[str]:
    with (LOCALES / language / "LC_MESSAGES" / "messages.po").open("rb") as po:
        catalog = read_po(po)
    text = " ".join(str(m.string) for m in catalog if m.id)
    return {w.lower() for w in re.findall(r"[^\W\d_]{5,}", re.sub(r"\{\w+\}", "", text))}


DANISH_ONLY = _words("da") - _words("so") - {"gellerup", "opgang"}
"""Words of the Danish texts that no Somali text has: one in a message means Danish leaked."""


async def test_hodan_hears_every_automatic_text_in_somali(
    rt: Runtime, client: httpx.AsyncClient,
) -> None:
    clock = fixed_clock(rt, local(2026, 11, 21, 11, 0))  # a Saturday: out of hours
    await demo.load(rt)
    family = demo.FAMILIES[0]
    hodan = next(m for m in family.members if m.language == "so" and m.phone)
    async with rt.db.reading() as session:
        member = await session.scalar(select(Member).where(Member.name == hodan.name))
        contact = await session.scalar(select(Worker.id).where(
            Worker.email == family.contacts[0]))
    assert member is not None and contact is not None

    async def text(body: str) -> None:
        answer = await client.post("/simulator/api/messages",
                                   json={"phone": hodan.phone, "body": body})
        assert answer.status_code == 201, answer.text

    await text("Salaan, warqad ayaan ka helay jobcenter-ka")  # out-of-hours answer
    await text("HELP")  # the help answer
    clock.move(local(2026, 11, 23, 10, 0))
    await book(rt, member.family_id, contact, local(2026, 11, 25, 10, 0),
               member_ids=[member.id])  # the confirmation
    clock.move(local(2026, 11, 24, 10, 0))
    assert (await Scheduler(rt).run_once()).sent == 1  # the reminder, the day before
    clock.move(local(2026, 11, 24, 10, 5))
    await text("2")  # three other times
    await text("1")  # takes the first: the notice of the new time

    automatic = [m.body for m in await outbound(rt, member.id) if m.author_id is None]
    assert len(automatic) == 6, automatic
    for body in automatic:
        leaked = {w for w in re.findall(r"[^\W\d_]{5,}", body.lower()) if w in DANISH_ONLY}
        assert not leaked, (body, leaked)
