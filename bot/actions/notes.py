"""`add_note`: a private note on a family for the team; it never leaves the console."""

from __future__ import annotations

from bot import audit
from bot.errors import Invalid, NotFound
from bot.events import Event
from bot.runtime import Runtime
from storage.models import Family, Note
from storage.types import utcnow

MAX_NOTE = 4000


async def add_note(rt: Runtime, *, family_id: int, author_id: int, body: str) -> Note:
    """Store a note; it is shown to those who see the family and sent to nobody."""
    body = body.strip()
    if not body:
        raise Invalid("body: a note needs some text")
    if len(body) > MAX_NOTE:
        raise Invalid(f"body: at most {MAX_NOTE} characters")
    async with rt.db.transaction() as session:
        family = await session.get(Family, family_id)
        if family is None:
            raise NotFound(f"family {family_id} not found")
        note = Note(family_id=family_id, author_id=author_id, body=body, created_at=utcnow())
        session.add(note)
        await session.flush()
        audit.record(session, action="note.add", actor_id=author_id, family_id=family_id,
                     note_id=note.id)
        team_id = family.team_id
    rt.events.publish(Event("note", team_id, family_id, {"id": note.id}))
    return note
