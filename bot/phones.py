"""Phone numbers in E.164; national numbers are read as Danish."""

from __future__ import annotations

import phonenumbers

from bot.errors import Invalid


def to_e164(raw: str, *, region: str = "DK", field: str = "phone") -> str:
    """Normalise a phone number or raise `Invalid` naming the field."""
    try:
        number = phonenumbers.parse(raw, region)
    except phonenumbers.NumberParseException as exc:
        raise Invalid(f"{field}: {raw!r} is not a phone number") from exc
    if not phonenumbers.is_valid_number(number):
        raise Invalid(f"{field}: {raw!r} is not a valid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def mask(number: str) -> str:
    """A phone number fit for a log line: the country code and the last two digits."""
    if len(number) <= 5:
        return "***"
    return number[:3] + "*" * (len(number) - 5) + number[-2:]
