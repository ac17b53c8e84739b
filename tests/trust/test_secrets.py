"""Secrets: SecretStr everywhere, placeholders and the simulator refused outside development."""

from __future__ import annotations

from typing import Any

import pytest
from pydantic import SecretStr, ValidationError

from bot.config import Settings

STRONG = "f3Jq9zX2mV7pL0aK8sD4hG6wE1rT5yU"


def _settings(**values: Any) -> Settings:
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


def test_every_token_and_secret_setting_is_a_secret_str() -> None:
    secretish = [name for name in Settings.model_fields
                 if any(word in name for word in ("token", "secret", "password", "key"))]
    assert set(secretish) >= {"secret_key", "twilio_auth_token", "telegram_bot_token",
                              "telegram_webhook_secret"}
    for name in secretish:
        assert "SecretStr" in str(Settings.model_fields[name].annotation), name
    shown = repr(_settings(OPGANG_SECRET_KEY=STRONG, TWILIO_AUTH_TOKEN=STRONG))
    assert STRONG not in shown


@pytest.mark.parametrize(("name", "value"), [
    ("OPGANG_SECRET_KEY", "changeme"),
    ("OPGANG_SECRET_KEY", "test-secret-key-not-for-production"),
    ("OPGANG_SECRET_KEY", "short-but-real-7Hq"),
    ("TWILIO_AUTH_TOKEN", "CHANGE-ME"),
    ("TELEGRAM_BOT_TOKEN", "placeholder"),
    ("TELEGRAM_WEBHOOK_SECRET", "secret"),
])
def test_placeholder_secrets_are_refused_in_production(name: str, value: str) -> None:
    values = {"OPGANG_ENVIRONMENT": "production", "OPGANG_SECRET_KEY": STRONG, name: value}
    with pytest.raises(ValidationError, match="placeholder|too short"):
        _settings(**values)
    values["OPGANG_ENVIRONMENT"] = "development"
    assert isinstance(_settings(**values).secret_key, SecretStr)  # fine while developing


def test_the_simulator_is_never_on_in_production() -> None:
    with pytest.raises(ValidationError, match="SIMULATOR"):
        _settings(OPGANG_ENVIRONMENT="production", OPGANG_SECRET_KEY=STRONG,
                  OPGANG_SIMULATOR=True)
    quiet = _settings(OPGANG_ENVIRONMENT="production", OPGANG_SECRET_KEY=STRONG)
    assert quiet.simulator_enabled is False  # no channel configured: still no simulator
    assert _settings().simulator_enabled is True


def test_retention_defaults_to_a_year_and_is_configurable() -> None:
    assert _settings().retention_days == 365
    assert _settings(OPGANG_RETENTION_DAYS=30).retention_days == 30
    with pytest.raises(ValidationError):
        _settings(OPGANG_RETENTION_DAYS=0)
