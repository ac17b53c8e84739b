"""The local rate limiter: a send per chat per second, thirty a second in all, no long waits."""

from __future__ import annotations

import pytest

from bot.ratelimit import RateLimiter


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def limiter(clock: Clock) -> RateLimiter:
    return RateLimiter(per_key=1.0, per_second=30.0, max_wait=1.0, clock=clock)


def test_one_chat_gets_one_slot_a_second_and_a_far_slot_is_refused() -> None:
    clock = Clock()
    limits = limiter(clock)
    assert limits.reserve("a") == 0.0
    assert limits.reserve("a") == pytest.approx(1.0)
    assert limits.reserve("a") is None  # two seconds off: the caller defers instead
    assert limits.wait_for("a") == pytest.approx(2.0)  # the refusal reserved nothing
    clock.now += 2.0
    assert limits.reserve("a") == 0.0


def test_different_chats_share_only_the_global_rate() -> None:
    clock = Clock()
    limits = limiter(clock)
    waits = [limits.reserve(str(chat)) for chat in range(31)]
    assert waits[0] == 0.0
    assert waits[1] == pytest.approx(1 / 30)
    assert waits[30] == pytest.approx(1.0)  # thirty a second: the 31st waits a second
    assert limits.reserve("31") is None


def test_a_retry_after_from_telegram_holds_the_chat_back() -> None:
    clock = Clock()
    limits = limiter(clock)
    limits.defer("a", 5.0)
    assert limits.reserve("a") is None
    assert limits.wait_for("a") == pytest.approx(5.0)
    assert limits.reserve("b") == 0.0
    clock.now += 5.0
    assert limits.reserve("a") == 0.0


def test_idle_chats_are_forgotten_without_changing_any_answer() -> None:
    clock = Clock()
    limits = RateLimiter(per_key=1.0, per_second=1e9, max_wait=1.0, clock=clock)
    for chat in range(10_001):
        limits.reserve(str(chat))
    clock.now += 2.0
    limits.reserve("new")
    assert len(limits._next_for_key) == 1
    assert limits.reserve("0") == pytest.approx(0.0, abs=1e-6)


def test_nonsense_limits_are_refused() -> None:
    with pytest.raises(ValueError):
        RateLimiter(per_key=1.0, per_second=0.0, max_wait=1.0)
