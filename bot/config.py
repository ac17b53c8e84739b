"""Settings: the only place that reads the environment (and a `.env` file)."""

from __future__ import annotations

from functools import cached_property
from pathlib import Path
from typing import Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import AliasChoices, Field, SecretStr, field_validator, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

LANGUAGES = ("da", "en", "ar", "so", "tr", "uk", "fa")
"""Languages families are answered in (ISO 639-1)."""

PLACEHOLDER_SECRETS = {"changeme", "change-me", "secret", "password", "xxx", "todo", "test",
                       "dev", "default", "token", "placeholder"}
PLACEHOLDER_PARTS = ("changeme", "change-me", "change_me", "changethis", "placeholder",
                     "not-for-production", "example", "dummy")


def is_placeholder(value: str) -> bool:
    """A secret copied from an example rather than generated (refused outside development)."""
    lowered = value.strip().lower()
    return lowered in PLACEHOLDER_SECRETS or any(part in lowered for part in PLACEHOLDER_PARTS)


def _env(name: str) -> AliasChoices:
    return AliasChoices(name)


class Settings(BaseSettings):
    """Everything an operator can set; see the README's configuration table."""

    model_config = SettingsConfigDict(env_file=".env", extra="ignore", populate_by_name=True)

    database_url: str = Field(
        "sqlite+aiosqlite:///./opgang.db", validation_alias=_env("OPGANG_DATABASE_URL")
    )
    public_url: str = Field("http://localhost:8000", validation_alias=_env("OPGANG_PUBLIC_URL"))
    secret_key: SecretStr | None = Field(None, validation_alias=_env("OPGANG_SECRET_KEY"))
    timezone: str = Field("Europe/Copenhagen", validation_alias=_env("OPGANG_TIMEZONE"))
    default_language: str = Field("da", validation_alias=_env("OPGANG_DEFAULT_LANGUAGE"))
    environment: Literal["development", "production"] = Field(
        "development", validation_alias=_env("OPGANG_ENVIRONMENT")
    )

    twilio_account_sid: str | None = Field(None, validation_alias=_env("TWILIO_ACCOUNT_SID"))
    twilio_auth_token: SecretStr | None = Field(None, validation_alias=_env("TWILIO_AUTH_TOKEN"))
    twilio_from_number: str | None = Field(None, validation_alias=_env("TWILIO_FROM_NUMBER"))
    twilio_messaging_service_sid: str | None = Field(
        None, validation_alias=_env("TWILIO_MESSAGING_SERVICE_SID")
    )
    twilio_api_url: str = Field(
        "https://api.twilio.com", validation_alias=_env("OPGANG_TWILIO_API_URL")
    )

    telegram_bot_token: SecretStr | None = Field(None, validation_alias=_env("TELEGRAM_BOT_TOKEN"))
    telegram_mode: Literal["polling", "webhook"] = Field(
        "polling", validation_alias=_env("OPGANG_TELEGRAM_MODE")
    )
    telegram_webhook_secret: SecretStr | None = Field(
        None, validation_alias=_env("TELEGRAM_WEBHOOK_SECRET")
    )
    telegram_api_url: str = Field(
        "https://api.telegram.org", validation_alias=_env("OPGANG_TELEGRAM_API_URL")
    )

    simulator: bool | None = Field(None, validation_alias=_env("OPGANG_SIMULATOR"))
    emergency_number: str = Field("112", validation_alias=_env("OPGANG_EMERGENCY_NUMBER"))
    emergency_social_number: str = Field(
        "", validation_alias=_env("OPGANG_EMERGENCY_SOCIAL_NUMBER")
    )
    request_due_hours: float = Field(
        7.5, gt=0, validation_alias=_env("OPGANG_REQUEST_DUE_HOURS")
    )
    escalate_lead_hours: float = Field(
        7.5, gt=0, validation_alias=_env("OPGANG_ESCALATE_LEAD_HOURS")
    )
    delivery_poll_seconds: float = Field(
        0.5, validation_alias=_env("OPGANG_DELIVERY_POLL_SECONDS")
    )
    delivery_lease_seconds: float = Field(
        60.0, validation_alias=_env("OPGANG_DELIVERY_LEASE_SECONDS")
    )
    max_body_bytes: int = Field(256 * 1024, validation_alias=_env("OPGANG_MAX_BODY_BYTES"))
    # Twilio queues what a sender cannot send at once, but answers 429 beyond its API rate;
    # staying under the sender's rate here keeps retries (and their delay) away.
    sms_per_second: float = Field(10.0, gt=0, validation_alias=_env("OPGANG_SMS_PER_SECOND"))
    spool_dir: Path = Field(Path("./spool"), validation_alias=_env("OPGANG_SPOOL_DIR"))
    flood_per_minute: int = Field(
        10, ge=0, validation_alias=_env("OPGANG_FLOOD_PER_MINUTE"),
        description="messages a minute from one address that are acted on; the rest are only "
                    "stored (bot.flood); 0 switches the rule off")
    retention_days: int = Field(
        365, ge=1, validation_alias=_env("OPGANG_RETENTION_DAYS"),
        description="closed cases are erased this many days after closing (bot.actions.privacy)")
    log_format: Literal["json", "text"] = Field("json", validation_alias=_env("OPGANG_LOG_FORMAT"))

    @field_validator("timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown time zone {value!r}") from exc
        return value

    @field_validator("default_language")
    @classmethod
    def _known_language(cls, value: str) -> str:
        if value not in LANGUAGES:
            raise ValueError(f"unsupported language {value!r}; use one of {', '.join(LANGUAGES)}")
        return value

    @field_validator("public_url", "twilio_api_url", "telegram_api_url")
    @classmethod
    def _strip_slash(cls, value: str) -> str:
        return value.rstrip("/")

    @model_validator(mode="after")
    def _refuse_placeholders(self) -> Settings:
        """Outside development a placeholder secret is a configuration error, not a default."""
        if self.environment == "development":
            return self
        for name in ("secret_key", "twilio_auth_token", "telegram_bot_token",
                     "telegram_webhook_secret"):
            value = getattr(self, name)
            if value is not None and is_placeholder(value.get_secret_value()):
                raise ValueError(f"{name} is a placeholder; set a real secret")
        if self.secret_key is not None and len(self.secret_key.get_secret_value()) < 24:
            raise ValueError("OPGANG_SECRET_KEY is too short for production; "
                             "use at least 24 random characters")
        if self.simulator:
            # The simulator shows families' conversations without a login: never with real data.
            raise ValueError("OPGANG_SIMULATOR must be off outside development")
        return self

    @model_validator(mode="after")
    def _webhook_needs_secret(self) -> Settings:
        if self.telegram_enabled and self.telegram_mode == "webhook":
            if self.telegram_webhook_secret is None:
                raise ValueError("TELEGRAM_WEBHOOK_SECRET is required in webhook mode")
        return self

    @property
    def sms_enabled(self) -> bool:
        return bool(self.twilio_account_sid and self.twilio_auth_token
                    and (self.twilio_from_number or self.twilio_messaging_service_sid))

    @property
    def telegram_enabled(self) -> bool:
        return self.telegram_bot_token is not None

    @property
    def simulator_enabled(self) -> bool:
        if self.environment != "development":
            return False
        if self.simulator is not None:
            return self.simulator
        return not (self.sms_enabled or self.telegram_enabled)

    @cached_property
    def zone(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")
