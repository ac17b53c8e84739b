"""Small rules with big consequences: keywords, forward-only statuses, tokens, phone numbers."""

from __future__ import annotations

import time

import pytest

from bot import tokens
from bot.errors import Invalid
from bot.keywords import Keyword, keyword_of
from bot.phones import mask, to_e164
from bot.status import advance


@pytest.mark.parametrize(("body", "keyword"), [
    ("STOP", Keyword.STOP), (" stop ", Keyword.STOP), ("Unsubscribe", Keyword.STOP),
    ("optout", Keyword.STOP), ("START", Keyword.START), ("unstop", Keyword.START),
    ("yes", Keyword.START), ("HELP", Keyword.HELP), ("info", Keyword.HELP),
    ("STOP PLEASE", None), ("stoppe", None), ("", None), ("hjælp", None),
])
def test_keywords_are_single_words_in_any_case(body: str, keyword: Keyword | None) -> None:
    assert keyword_of(body) is keyword


@pytest.mark.parametrize(("current", "new", "result"), [
    ("queued", "sent", "sent"), ("sent", "delivered", "delivered"),
    ("delivered", "sent", "delivered"), ("failed", "sent", "failed"),
    ("queued", "failed", "failed"), ("delivered", "failed", "delivered"),
])
def test_statuses_only_move_forward(current: str, new: str, result: str) -> None:
    assert advance(current, new) == result


def test_tokens_are_signed_and_expire() -> None:
    secret = b"k" * 32
    token = tokens.issue(secret, 42)
    assert tokens.verify(secret, token) == 42
    assert tokens.verify(b"other" * 8, token) is None
    worker, expires, signature = token.split(".")
    assert tokens.verify(secret, f"43.{expires}.{signature}") is None
    assert tokens.verify(secret, tokens.issue(secret, 42, ttl_seconds=-1)) is None
    assert int(expires) > time.time()


@pytest.mark.parametrize(("raw", "e164"), [
    ("20 12 34 56", "+4520123456"), ("+45 20123456", "+4520123456"),
    ("004520123456", "+4520123456"), ("+46 70 123 45 67", "+46701234567"),
])
def test_phones_are_stored_in_e164_national_numbers_read_as_danish(raw: str, e164: str) -> None:
    assert to_e164(raw) == e164


@pytest.mark.parametrize("raw", ["12", "hello", "+45 1", ""])
def test_bad_phones_are_refused_naming_the_field(raw: str) -> None:
    with pytest.raises(Invalid, match="members\\[0\\].phone"):
        to_e164(raw, field="members[0].phone")


def test_masked_numbers_keep_only_country_code_and_last_digits() -> None:
    assert mask("+4520123456") == "+45******56"
