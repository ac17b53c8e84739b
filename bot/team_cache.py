"""A value per team kept in this process's memory: read on first use, at most `max_age` old.

The hot paths (every inbound message) need a team's rules of time, its classifier and its
routing facts; reading them from the database each time would cost queries per message. Each
is kept here instead, per database (two services in one process, as in the tests, never share
a team's values), and
- dropped at once in this process by the actions that change it (`forget`);
- at most `max_age` seconds old otherwise, so a change made through another `opgang serve`
  process on the same PostgreSQL reaches this one within that time.
"""

from __future__ import annotations

import time
import weakref
from typing import Generic, TypeVar

from bot.runtime import Runtime
from storage.db import Database

Value = TypeVar("Value")


class TeamCache(Generic[Value]):
    """Each team's `Value`, per database, for at most `max_age` seconds."""

    def __init__(self, max_age: float) -> None:
        self.max_age = max_age
        self._teams: weakref.WeakKeyDictionary[Database, dict[int, tuple[Value, float]]] = (
            weakref.WeakKeyDictionary())

    def get(self, rt: Runtime, team_id: int) -> Value | None:
        """The team's value when kept and young enough, else None (the caller reads and `put`s)."""
        found = self._teams.get(rt.db, {}).get(team_id)
        if found is None or time.monotonic() - found[1] >= self.max_age:
            return None
        return found[0]

    def put(self, rt: Runtime, team_id: int, value: Value) -> Value:
        """Keep `value` as the team's, from now on; returns it."""
        self._teams.setdefault(rt.db, {})[team_id] = (value, time.monotonic())
        return value

    def forget(self, rt: Runtime, team_id: int | None = None) -> None:
        """Drop the team's value (every team's when None): the next use reads it again."""
        if team_id is None:
            self._teams.pop(rt.db, None)
        else:
            self._teams.get(rt.db, {}).pop(team_id, None)
