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


async def test_the_gate_counts_a_send_from_its_leaving_to_a_second_after_its_answer() -> None:
    clock = Clock()
    limits = RateLimiter(per_key=1.0, per_second=3.0, max_wait=1.0, clock=clock)
    # Three sends leave at once; Telegram answers them 0.2 s later.
    async with limits.sending("a"), limits.sending("b"), limits.sending("c"):
        clock.now += 0.2
    # A provider counts a message somewhere between our send and its answer: a fourth may leave
    # only one window after the answers, however late the earlier ones actually went out.
    clock.now += 0.3
    assert limits.gate_wait("d") == pytest.approx(0.7)
    assert limits.gate_wait("a") == pytest.approx(0.7)  # a chat: one second after its answer
    clock.now += 0.7
    assert limits.gate_wait("d") == 0.0


async def test_a_window_full_of_sends_without_an_answer_holds_the_next_back() -> None:
    clock = Clock()
    limits = RateLimiter(per_key=0.0, per_second=2.0, max_wait=1.0, clock=clock)
    async with limits.sending("sender"), limits.sending("sender"):
        clock.now += 5.0  # long unanswered: they still count
        assert limits.gate_wait("sender") > 0
    assert limits.gate_wait("sender") == pytest.approx(1.0)


def test_room_says_how_many_sends_the_next_moments_can_take() -> None:
    clock = Clock()
    limits = limiter(clock)  # thirty a second, at most a second's wait
    assert limits.room() == 31  # now, and thirty more within the second
    for chat in range(31):
        assert limits.reserve(str(chat)) is not None
    assert limits.room() == 0  # the worker leaves Telegram's messages in the outbox for now
    clock.now += 0.5
    assert limits.room() == 15
