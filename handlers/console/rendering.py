"""Pages from Jinja2 templates, one environment per console language, with dates in local time."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from functools import cache
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from babel import Locale
from babel.dates import DateTimePattern, format_date, format_timedelta, parse_pattern
from babel.support import NullTranslations
from fastapi.responses import HTMLResponse
from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from bot import console_i18n
from handlers.console import labels
from handlers.console.session import Visitor
from storage.models import Note
from storage.types import utcnow

TEMPLATES = Path(__file__).with_name("templates")


@cache
def environment(language: str) -> Environment:
    """Templates with `_()`/`ngettext()` bound to the console catalog of `language`."""
    env = Environment(loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]),
                      undefined=StrictUndefined, extensions=["jinja2.ext.i18n"],
                      trim_blocks=True, lstrip_blocks=True)
    env.install_gettext_translations(  # type: ignore[attr-defined]
        console_i18n.translations(language), newstyle=True)
    return env


@cache
def _pattern(pattern: str) -> DateTimePattern:
    return parse_pattern(pattern)


class Formatter:
    """Dates, durations and codes as a worker reads them: in their language and the team's zone."""

    def __init__(self, language: str, zone: ZoneInfo, now: datetime | None = None) -> None:
        self.language = language
        self.locale = Locale.parse(language)
        self.zone = zone
        self.now = now or utcnow()
        self.t: NullTranslations = console_i18n.translations(language)

    def when(self, at: datetime) -> str:
        """"14:05" today, "3. mar. 14:05" otherwise (the clock in the team's zone)."""
        local = at.astimezone(self.zone)
        if local.date() == self.now.astimezone(self.zone).date():
            return _pattern("HH:mm").apply(local, self.locale)
        pattern = "d MMM HH:mm" if local.year == self.now.year else "d MMM y HH:mm"
        # A parsed pattern applied directly: a long timeline formats hundreds of these per page.
        return _pattern(pattern).apply(local, self.locale)

    def day(self, value: date) -> str:
        """A date as the worker reads it: "3. mar. 2027"."""
        return format_date(value, "medium", locale=self.locale)

    def domain(self, value: str) -> str:
        return labels.domain(self.t, value)

    def level(self, value: int) -> str:
        return labels.level(self.t, value)

    def iso(self, at: datetime) -> str:
        return at.astimezone(self.zone).isoformat(timespec="seconds")

    def waited(self, since: datetime) -> str:
        """How long ago `since` was: "12 minutes", "3 hours"."""
        delta = max(timedelta(0), self.now - since)
        if delta < timedelta(minutes=1):
            return self.t.gettext("under a minute")
        return format_timedelta(delta, threshold=1.5, locale=self.locale)

    def language_name(self, code: str) -> str:
        # As the language writes it: "arabisk" in Danish, "Arabic" in English.
        try:
            return Locale.parse(code).get_display_name(self.locale) or code
        except (ValueError, TypeError):
            return code

    def channel(self, value: str) -> str:
        return labels.channel(self.t, value)

    def status(self, value: str) -> str:
        return labels.status(self.t, value)

    def role(self, value: str) -> str:
        return labels.role(self.t, value)

    def follow_up(self, value: str) -> str:
        return labels.follow_up(self.t, value)

    def notice(self, key: str | None) -> str | None:
        return labels.notice(self.t, key)

    @staticmethod
    def is_note(entry: object) -> bool:
        return isinstance(entry, Note)


def render(
    v: Visitor, template: str, *, status: int = 200, zone: ZoneInfo | None = None,
    **context: Any,
) -> HTMLResponse:
    """A page (or a fragment) in the visitor's language, with the cookies this request set."""
    fmt = Formatter(v.language, zone or v.rt.settings.zone, v.rt.clock())
    html = environment(v.language).get_template(template).render(view=v, fmt=fmt, **context)
    response = HTMLResponse(html, status_code=status)
    v.apply(response)
    return response
