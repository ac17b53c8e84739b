"""Every route of /openapi.json fuzzed with schemathesis, as a lead: no answer is ever a 500.

The cases are generated from the app's own OpenAPI schema (so new routes are fuzzed without
being listed) and sent through the ASGI app. Half of them have their ids pointed at the test
world (the lead's family, its members, its team), so the fuzzer gets past "not found" into the
code that does the work. The budget is small for CI (`FUZZ_EXAMPLES`); raise it by hand with
`OPGANG_FUZZ_EXAMPLES=5000 pytest tests/trust/test_fuzz_api.py`.
"""

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from typing import Any

import httpx
import hypothesis.strategies as st
import pytest
import schemathesis
from fastapi import FastAPI
from hypothesis import HealthCheck, Phase, given, settings

from bot.app import create_app
from bot.config import Settings
from bot.runtime import Runtime
from tests.conftest import PUBLIC_URL
from tests.factories import World, world

FUZZ_EXAMPLES = int(os.environ.get("OPGANG_FUZZ_EXAMPLES", "300"))
SKIPPED = {
    # Erasing the world's family would leave the rest of the run nothing to work on; erasure
    # has its own tests (test_gdpr.py), and random ids still reach this route.
    ("POST", "/api/v1/families/{family_id}/erase"),
}


def _schema() -> Any:
    app = create_app(Settings(_env_file=None,  # type: ignore[call-arg]
                              OPGANG_DATABASE_URL="sqlite+aiosqlite:///:memory:",
                              OPGANG_SIMULATOR=True), background=False, migrate=False)
    return schemathesis.openapi.from_dict(app.openapi())


def _operations() -> list[Any]:
    found = []
    for result in _schema().get_all_operations():
        operation = result.ok()
        if (operation.method.upper(), operation.path) not in SKIPPED:
            found.append(operation)
    return found


OPERATIONS = _operations()
CASES = st.one_of([operation.as_strategy() for operation in OPERATIONS])


@pytest.fixture
async def fuzz_world(rt: Runtime) -> AsyncIterator[World]:
    yield await world(rt)


def _aim(case: Any, w: World) -> None:
    """Point the case's ids at the world, so it reaches real rows."""
    known = {"family_id": w.family_id, "member_id": w.parent_id, "team_id": w.team_id,
             "worker_id": w.primary_id}
    for name in list(case.path_parameters or {}):
        if name in known:
            case.path_parameters[name] = known[name]


def test_the_fuzzer_sees_every_api_route() -> None:
    paths = {operation.path for operation in OPERATIONS}
    assert "/api/v1/families/{family_id}/messages" in paths
    assert "/api/v1/audit" in paths and "/api/v1/families/{family_id}/export" in paths


# No shrinking: a failure is reported as generated (shrinking a web request costs minutes).
@settings(max_examples=FUZZ_EXAMPLES, deadline=None, database=None, derandomize=True,
          suppress_health_check=list(HealthCheck), phases=(Phase.explicit, Phase.generate))
@given(case=CASES, aimed=st.booleans())
async def test_no_api_route_answers_500(
    case: Any, aimed: bool, app: FastAPI, rt: Runtime, client: httpx.AsyncClient,
    fuzz_world: World,
) -> None:
    if aimed:
        _aim(case, fuzz_world)
    kwargs = case.as_transport_kwargs(base_url=PUBLIC_URL,
                                      headers=fuzz_world.token(rt, fuzz_world.lead_id))
    kwargs.pop("cookies", None)
    try:
        answer = await client.request(**kwargs)
    except Exception as exc:  # the app raised instead of answering: a 500 for the caller
        raise AssertionError(f"{case.method} {kwargs['url']} raised {exc!r}") from exc
    assert answer.status_code < 500, (case.method, kwargs["url"], answer.text[:300])
    assert "Traceback" not in answer.text
