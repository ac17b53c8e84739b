"""The informal "how are you?" between follow-ups: on the family's weekday and time, once."""

from __future__ import annotations

import asyncio
from datetime import time

import pytest

from bot.actions.appointments import mark_held
from bot.actions.hellos import set_hello
from bot.errors import Invalid
from bot.runtime import Runtime
from bot.scheduler import Scheduler
from tests.factories import world
from tests.reminders.helpers import book, fixed_clock, local, outbound

# Far enough ahead that the outbox's own timestamps (the real time) are weeks before.
HELD = local(2030, 3, 5, 10, 0)  # a Tuesday; the next follow-up is due 16 April
HALFWAY = local(2030, 3, 26, 17, 0)  # the Tuesday three weeks on, at the family's time


async def test_the_family_gets_one_hello_halfway_at_its_time_in_each_language(
    rt: Runtime,
) -> None:
    clock = fixed_clock(rt, local(2030, 3, 4, 9, 0))
    w = await world(rt)
    met = await book(rt, w.family_id, w.primary_id, HELD)
    clock.move(local(2030, 3, 5, 11, 30))
    await mark_held(rt, family_id=w.family_id, appointment_id=met.id, actor_id=w.primary_id)
    await set_hello(rt, family_id=w.family_id, actor_id=w.primary_id, weekday=1, at=time(17))
    before = len(await outbound(rt, w.parent_id))
    clock.move(local(2030, 3, 19, 17, 0))  # the Tuesday before: not halfway yet
    assert (await Scheduler(rt).run_once()).hellos == 0
    clock.move(local(2030, 3, 26, 16, 59))
    assert (await Scheduler(rt).run_once()).hellos == 0
    clock.move(HALFWAY)
    passes = await asyncio.gather(*(Scheduler(rt).run_once() for _ in range(3)))
    assert sum(p.hellos for p in passes) == 2  # Fatima and Yusuf, once each
    assert [m.body for m in await outbound(rt, w.parent_id)][before:] == [
        "مرحباً من Gellerup Opgang. كيف حالكم؟ اكتبوا لنا هنا إذا كان هناك أي شيء، "
        "كبيراً كان أو صغيراً."]
    assert (await outbound(rt, w.youth_id))[-1].body.startswith("Hej fra Gellerup Opgang.")
    clock.move(local(2030, 3, 26, 18, 0))
    assert (await Scheduler(rt).run_once()).hellos == 0


async def test_a_hello_time_in_quiet_hours_is_refused(rt: Runtime) -> None:
    w = await world(rt)
    with pytest.raises(Invalid, match="quiet hours"):
        await set_hello(rt, family_id=w.family_id, actor_id=w.primary_id, weekday=1,
                        at=time(21, 0))
