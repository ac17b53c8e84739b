"""Every text Opgang sends to a family on its own, in the member's language.

Each function translates first and formats after, so the catalogs hold whole sentences.
Keep Danish and English inside GSM-7 (no curly quotes or dashes): they are SMS texts.
"""

from __future__ import annotations

from bot.i18n import gettext_for


def out_of_hours(language: str, *, team: str, when: str, emergency: str) -> str:
    _ = gettext_for(language)
    return _(
        "Thank you for your message. {team} will answer {when}. "
        "In an emergency, call {emergency}."
    ).format(team=team, when=when, emergency=emergency)


def help_text(language: str, *, team: str, emergency: str) -> str:
    _ = gettext_for(language)
    return _(
        "You are writing to {team}. Your two contacts answer here. "
        "Reply STOP to stop SMS. In an emergency, call {emergency}."
    ).format(team=team, emergency=emergency)


def telegram_linked(language: str, *, team: str) -> str:
    _ = gettext_for(language)
    return _("You are now connected to {team}. Write here and your contacts will answer.").format(
        team=team
    )


def telegram_link_invalid(language: str) -> str:
    _ = gettext_for(language)
    return _("This link no longer works. Please ask your contact for a new one.")


def telegram_unknown_chat(language: str) -> str:
    _ = gettext_for(language)
    return _(
        "Thank you for your message. We have received it. "
        "To reach your contacts directly, use the link they gave you."
    )
