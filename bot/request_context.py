"""What the current request is: its id and the client's address, for logs and audit rows.

Set once per HTTP request by `handlers.edge.Edge` (the one middleware); read by
`bot.audit` (every row says from which address) and `bot.logs` (every line carries the request
id). Outside a request (workers, the CLI) both are None.
"""

from __future__ import annotations

from contextvars import ContextVar

request_id: ContextVar[str | None] = ContextVar("opgang_request_id", default=None)
client_address: ContextVar[str | None] = ContextVar("opgang_client_address", default=None)


def current_request_id() -> str | None:
    return request_id.get()


def current_client_address() -> str | None:
    return client_address.get()
