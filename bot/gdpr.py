"""Everything the database holds about one family, found from the schema itself.

A family's data is every row that hangs off its `families` row through foreign keys: members,
their addresses, messages, notes, busy times, appointments, requests… and, transitively, rows that
hang off those (deliveries of its messages, routing examples made from its requests…). The tables
are discovered from `Base.metadata`, not listed by hand, so a table added tomorrow with a
`family_id` or `member_id` column is exported and erased without anyone remembering to.

`audit_events` is the one exception: it is the accountability of what was done with the data and
is kept (its details are scrubbed on erasure, `bot.actions.privacy`).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime, time
from typing import Any

from sqlalchemy import ColumnElement, MetaData, Table, and_, false, or_, select
from sqlalchemy.ext.asyncio import AsyncSession

from bot import access, audit
from bot.runtime import Runtime
from storage.models import Address, AuditEvent, Base, Family, Member, Message, Worker

KEPT = frozenset({"families", "audit_events"})
"""The family's own row (kept as a tombstone) and the audit trail (kept, scrubbed)."""

SECRET_COLUMNS = frozenset({"code", "token", "token_hash", "password_hash"})
"""Columns never exported: one-time link codes and the like are keys, not the family's data."""


@dataclass(frozen=True)
class Link:
    """A foreign key from `table.column` to `parent.parent_column`."""

    column: str
    parent: str
    parent_column: str


@dataclass(frozen=True)
class FamilyTables:
    """The tables holding a family's data, parents before children, and how each row is reached."""

    order: tuple[Table, ...]
    links: dict[str, tuple[Link, ...]]

    def names(self) -> list[str]:
        return [t.name for t in self.order]


def family_tables(metadata: MetaData | None = None) -> FamilyTables:
    """Every table reachable from `families` through foreign keys (except the kept ones)."""
    tables = (metadata or Base.metadata).sorted_tables  # parents before children
    reached = {"families"}
    links: dict[str, tuple[Link, ...]] = {}
    changed = True
    while changed:
        changed = False
        for table in tables:
            if table.name in KEPT or table.name in links:
                continue
            found = tuple(
                Link(fk.parent.name, fk.column.table.name, fk.column.name)
                for fk in sorted(table.foreign_keys, key=lambda f: f.parent.name)
                if fk.column.table.name in reached)
            if found:
                links[table.name] = found
                reached.add(table.name)
                changed = True
    return FamilyTables(tuple(t for t in tables if t.name in links), links)


def row_condition(plan: FamilyTables, table: Table, family_id: int,
                  extra: dict[str, ColumnElement[bool]] | None = None,
                  _depth: int = 0) -> ColumnElement[bool]:
    """SQL condition selecting `table`'s rows that belong to the family."""
    if _depth > 12:  # a cycle of foreign keys; nothing in our schema comes near
        return false()
    tables = {t.name: t for t in plan.order}
    terms: list[ColumnElement[bool]] = []
    for link in plan.links[table.name]:
        column = table.c[link.column]
        if link.parent == "families":
            terms.append(column == family_id)
            continue
        parent = tables[link.parent]
        terms.append(column.in_(
            select(parent.c[link.parent_column])
            .where(row_condition(plan, parent, family_id, extra, _depth + 1))))
    if extra and table.name in extra:
        terms.append(extra[table.name])
    return or_(*terms)


async def intake_condition(session: AsyncSession, family_id: int) -> dict[str, ColumnElement[bool]]:
    """Messages of the family's addresses that never reached it (intake): theirs too."""
    values = list(await session.scalars(
        select(Address.value).join(Member, Member.id == Address.member_id)
        .where(Member.family_id == family_id)))
    if not values:
        return {}
    return {"messages": and_(Message.family_id.is_(None), Message.address.in_(values))}


def _plain(value: Any) -> Any:
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    if isinstance(value, bytes):
        return value.hex()
    return value


async def collect(session: AsyncSession, family: Family) -> dict[str, Any]:
    """The family's data as JSON-ready dicts: its row, each table's rows, its audit trail."""
    plan = family_tables()
    extra = await intake_condition(session, family.id)
    data: dict[str, Any] = {
        "family": {c.name: _plain(getattr(family, c.key)) for c in Family.__table__.columns},
        "tables": {},
    }
    contacts = {w.id: w.name for w in await session.scalars(
        select(Worker).where(Worker.id.in_([family.primary_id, family.partner_id])))}
    data["family"]["contacts"] = [contacts.get(family.primary_id),
                                  contacts.get(family.partner_id)]
    for table in plan.order:
        rows = (await session.execute(
            select(table).where(row_condition(plan, table, family.id, extra))
            .order_by(*table.primary_key.columns))).mappings().all()
        data["tables"][table.name] = [
            {k: _plain(v) for k, v in row.items() if k not in SECRET_COLUMNS} for row in rows]
    # The access log (C-579/21): when the data were read or changed and what was done; the
    # worker's identity and address are withheld, as the Danish DPA allows.
    trail = await session.scalars(
        select(AuditEvent).where(AuditEvent.family_id == family.id).order_by(AuditEvent.id))
    data["audit"] = [{"at": _plain(e.at), "action": e.action, "by": "worker" if e.actor_id
                      else "system"} for e in trail]
    return data


async def export(rt: Runtime, worker: Worker, family_id: int) -> dict[str, Any]:
    """Everything about one family, for an access request; only the team's lead may take it."""
    async with rt.db.transaction() as session:
        family = await access.load_family(session, worker, family_id)
        access.require_privacy_officer(worker, family)
        data = await collect(session, family)
        audit.record(session, action="family.export", actor_id=worker.id, family_id=family_id)
    data["exported_at"] = _plain(rt.clock())
    return data


def as_text(data: dict[str, Any]) -> str:
    """The export as a readable text: the family, then each kind of record, then the access log."""
    family = data["family"]
    lines = [f"Data held about the family \"{family['name']}\" (id {family['id']})",
             f"Exported {data.get('exported_at', '')}", "",
             f"Status: {family['status']}", f"Case reference: {family['case_ref'] or '-'}",
             f"Contacts: {', '.join(str(c) for c in family['contacts'])}",
             f"Follow-up: {family['follow_up']}", f"Created: {family['created_at']}"]
    members = {m["id"]: m["name"] for m in data["tables"].get("members", [])}
    messages = data["tables"].get("messages", [])
    if messages:
        lines += ["", f"== Messages ({len(messages)}) =="]
        for m in messages:
            who = members.get(m["member_id"], m["address"])
            arrow = f"from {who}" if m["direction"] == "in" else f"to {who}"
            lines.append(f"{m['created_at']}  {arrow} ({m['channel']}, {m['status']}):")
            lines += [f"    {part}" for part in str(m["body"]).splitlines() or [""]]
    for name, rows in data["tables"].items():
        if name == "messages" or not rows:
            continue
        lines += ["", f"== {name.replace('_', ' ').capitalize()} ({len(rows)}) =="]
        for row in rows:
            lines.append("- " + "; ".join(f"{k}: {v}" for k, v in row.items() if v is not None))
    lines += ["", f"== Access log ({len(data['audit'])}) =="]
    lines += [f"{e['at']}  {e['action']} ({e['by']})" for e in data["audit"]]
    return "\n".join(lines) + "\n"


def dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2)
