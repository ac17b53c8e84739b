"""Errors that actions raise; handlers turn them into 4xx answers or one-line CLI errors."""

from __future__ import annotations


class ActionError(Exception):
    """A request Opgang refuses, with a message for the person who made it."""

    status = 400

    def __init__(self, detail: str) -> None:
        super().__init__(detail)
        self.detail = detail


class NotFound(ActionError):
    """Does not exist, or is out of the caller's reach (the two are indistinguishable)."""

    status = 404


class Conflict(ActionError):
    """Clashes with what is already there (an address in use, an opted-out member…)."""

    status = 409


class Invalid(ActionError):
    """A value that cannot be right (a bad phone number, an unknown language…)."""

    status = 422


class Forbidden(ActionError):
    """The caller's role may not do this."""

    status = 403
