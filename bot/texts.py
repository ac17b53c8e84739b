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


def language_changed(language: str) -> str:
    """The answer to a member who texted a language's name: said in that language."""
    _ = gettext_for(language)
    return _("From now on we will write to you in English.")


def urgent_out_of_hours(language: str, *, emergency: str, social: str) -> str:
    _ = gettext_for(language)
    return _(
        "We have received your message, but we are closed now. If you or someone else is in "
        "danger, call {emergency}. You can also call the emergency social service: {social}."
    ).format(emergency=emergency, social=social)


def urgent_out_of_hours_112(language: str, *, emergency: str) -> str:
    """The urgent answer where no emergency social service number is configured."""
    _ = gettext_for(language)
    return _(
        "We have received your message, but we are closed now. If you or someone else is in "
        "danger, call {emergency}."
    ).format(emergency=emergency)


# --- Appointments (issue 4): notices, reminders and the answers to them. `when` comes from
# bot.i18n.format_when ("tomorrow at 10:00"), `place` from the appointment, `options` from
# bot.actions.appointment_notices.offer_list ("1) Tue 3/3 at 10:00 2) ...").


def appointment_booked(language: str, *, team: str, when: str) -> str:
    _ = gettext_for(language)
    return _("{team} has booked an appointment with you {when}.").format(team=team, when=when)


def appointment_place(language: str, *, place: str) -> str:
    """A second sentence for a notice whose appointment has a place."""
    _ = gettext_for(language)
    return _("Place: {place}.").format(place=place)


def appointment_changed(language: str, *, team: str, when: str) -> str:
    _ = gettext_for(language)
    return _("Your appointment with {team} has been moved to {when}.").format(team=team,
                                                                             when=when)


def appointment_cancelled(language: str, *, team: str, when: str) -> str:
    _ = gettext_for(language)
    return _("Your appointment with {team} {when} has been cancelled.").format(team=team,
                                                                              when=when)


def appointment_reminder_sms(language: str, *, team: str, when: str) -> str:
    """A reminder on SMS: the member answers with a digit."""
    _ = gettext_for(language)
    return _(
        "Reminder: you have an appointment with {team} {when}. "
        "Reply 1 to confirm or 2 for another time."
    ).format(team=team, when=when)


def appointment_reminder_chat(language: str, *, team: str, when: str) -> str:
    """A reminder on Telegram: the member answers with a button."""
    _ = gettext_for(language)
    return _("Reminder: you have an appointment with {team} {when}.").format(team=team,
                                                                            when=when)


def button_confirm(language: str) -> str:
    _ = gettext_for(language)
    return _("Confirm")


def button_another_time(language: str) -> str:
    _ = gettext_for(language)
    return _("Another time")


def appointment_confirmed(language: str, *, when: str) -> str:
    _ = gettext_for(language)
    return _("Thank you. See you {when}.").format(when=when)


def appointment_offer(language: str, *, options: str) -> str:
    _ = gettext_for(language)
    return _(
        "Here are other times: {options}. Reply with the number of the time that suits you."
    ).format(options=options)


def appointment_no_offer(language: str) -> str:
    _ = gettext_for(language)
    return _("Thank you. Your contacts will write to you about another time.")


def hello(language: str, *, team: str) -> str:
    """The informal "how are you?" between follow-ups, at a time the family chose."""
    _ = gettext_for(language)
    return _(
        "Hello from {team}. How are you? Write to us here if there is anything, big or small."
    ).format(team=team)
