"""Words the console shows for stored codes (channels, statuses, roles) in the worker's language."""

from __future__ import annotations

from babel.support import NullTranslations

from bot.sms_segments import Segments


def channel(t: NullTranslations, value: str) -> str:
    _ = t.gettext
    return {"sms": _("SMS"), "telegram": _("Telegram"),
            "simulator": _("Simulator")}.get(value, value)


def status(t: NullTranslations, value: str) -> str:
    _ = t.gettext
    return {
        "queued": _("Waiting to be sent"),
        "sent": _("Sent"),
        "delivered": _("Delivered"),
        "failed": _("Not delivered"),
        "received": _("Received"),
    }.get(value, value)


def role(t: NullTranslations, value: str) -> str:
    _ = t.gettext
    return {"parent": _("parent"), "youth": _("youth"), "child": _("child"),
            "other": _("other"), "worker": _("caseworker"), "lead": _("team lead"),
            "admin": _("administrator")}.get(value, value)


def follow_up(t: NullTranslations, value: str) -> str:
    _ = t.gettext
    return {"6w": _("every 6 weeks"), "3m": _("every 3 months"),
            "none": _("no fixed follow-up")}.get(value, value)


def segments(t: NullTranslations, text: str, counted: Segments) -> str:
    """"2 SMS parts · 200 characters", with a hint when special characters shorten each part."""
    parts = t.ngettext("%(count)d SMS part", "%(count)d SMS parts", counted.count) % {
        "count": counted.count}
    characters = t.ngettext("%(count)d character", "%(count)d characters", len(text)) % {
        "count": len(text)}
    label = f"{parts} · {characters}"
    if counted.encoding == "UCS-2":
        label += " · " + t.gettext("special characters: 70 per part instead of 160")
    return label


def segments_warning(t: NullTranslations) -> str:
    return t.gettext("Longer than two SMS parts: consider a shorter message.")


def notice(t: NullTranslations, key: str | None) -> str | None:
    """The confirmation shown after a form was handled (a fixed key, never free text)."""
    _ = t.gettext
    return {
        "sent": _("Your message is on its way."),
        "noted": _("Your note is saved. Only the team sees it."),
        "handed-over": _("The family has new contacts."),
        "handed-away": _("The family has been handed over. You no longer have access to it."),
        "retried": _("The message is being sent again."),
        "attached": _("The message is now in the family's conversation."),
        "reply-saved": _("The canned reply is saved."),
        "reply-deleted": _("The canned reply is deleted."),
        "worker-created": _("The login is created."),
        "worker-deactivated": _("The login is deactivated. Its families are listed for a "
                                "handover in the lead view."),
    }.get(key or "")


def domain(t: NullTranslations, value: str) -> str:
    _ = t.gettext
    return {"employment": _("employment"), "education": _("education"), "school": _("school"),
            "health": _("health"), "housing": _("housing"), "economy": _("economy"),
            "disability": _("disability"), "family": _("family"),
            "general": _("general")}.get(value, value)


def level(t: NullTranslations, value: int) -> str:
    _ = t.gettext
    return {1: _("level 1: handles it alone"), 2: _("level 2: advises colleagues"),
            3: _("level 3: specialist")}.get(value, str(value))
