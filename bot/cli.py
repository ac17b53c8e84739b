"""`opgang`: serve, db upgrade, user create, demo — bad input ends in one line on stderr."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import logging
import sys
from collections.abc import AsyncIterator, Callable, Sequence
from contextlib import asynccontextmanager
from typing import TYPE_CHECKING, NoReturn

if TYPE_CHECKING:  # the heavy imports wait until a command runs: `--help` and typos stay instant
    from pydantic import ValidationError

    from bot import demo
    from bot.config import Settings
    from bot.runtime import Runtime

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 8000
ROLES = ("admin", "lead", "worker")  # bot.actions.people.ROLES, without importing the actions

log = logging.getLogger("opgang")


class CliError(Exception):
    """Bad input or a state the command cannot work with; its message is the one line shown."""


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line, not the usage text plus the error."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: error: {message} (see {self.prog} --help)\n")


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `opgang` console script; returns the exit status."""
    args = build_parser().parse_args(argv)
    command: Callable[[argparse.Namespace], int] = args.command
    try:
        return command(args)
    except KeyboardInterrupt:
        return _fail("interrupted", status=130)
    except Exception as exc:  # noqa: BLE001 - the promise is one line, never a traceback
        return _fail(describe_error(exc))


def describe_error(exc: Exception) -> str:
    """The one line a failed command prints."""
    from pydantic import ValidationError
    from sqlalchemy.exc import SQLAlchemyError

    from bot.errors import ActionError

    if isinstance(exc, CliError):
        return str(exc)
    if isinstance(exc, ValidationError):
        return settings_problem(exc)
    if isinstance(exc, ActionError):
        return exc.detail
    if isinstance(exc, SQLAlchemyError | OSError):
        return database_problem(exc)
    return f"unexpected {type(exc).__name__}: {_one_line(str(exc))}"


def build_parser() -> argparse.ArgumentParser:
    """The command tree, as CONTRACT.md lists it."""
    parser = _Parser(prog="opgang", description=(
        "Opgang: one entrance to the municipality for families. Settings come from OPGANG_* "
        "environment variables (and a .env file in the working directory)."))
    commands = parser.add_subparsers(title="commands", metavar="COMMAND", required=True)

    serve = commands.add_parser(
        "serve", help="run the service (applies pending migrations first; Ctrl-C stops it)",
        description="Run HTTP (webhooks, API, simulator), the delivery worker and, when "
                    "configured, Telegram polling. Pending migrations are applied first.")
    serve.add_argument("--host", default=DEFAULT_HOST,
                       help=f"address to listen on (default {DEFAULT_HOST}; 0.0.0.0 for all)")
    serve.add_argument("--port", type=_port, default=DEFAULT_PORT,
                       help=f"port to listen on (default {DEFAULT_PORT})")
    serve.set_defaults(command=cmd_serve)

    db = commands.add_parser("db", help="database maintenance")
    db_commands = db.add_subparsers(title="commands", metavar="COMMAND", required=True)
    db_upgrade = db_commands.add_parser(
        "upgrade", help="apply the migrations to OPGANG_DATABASE_URL",
        description="Apply pending Alembic migrations to OPGANG_DATABASE_URL (a no-op when the "
                    "schema is current).")
    db_upgrade.set_defaults(command=cmd_db_upgrade)

    user = commands.add_parser("user", help="logins")
    user_commands = user.add_subparsers(title="commands", metavar="COMMAND", required=True)
    create = user_commands.add_parser(
        "create", help="create a login",
        description="Create a login. A lead or worker belongs to a team; an admin may have none.")
    create.add_argument("--email", required=True, help="the login's e-mail address")
    create.add_argument("--password", required=True,
                        help="at least 8 characters; '-' reads it from standard input "
                             "(keeps it out of the shell history and the process list)")
    create.add_argument("--role", required=True, choices=ROLES, help="admin, lead or worker")
    create.add_argument("--team", help="the team's name or id (required for a lead or worker)")
    create.add_argument("--name", help="the name colleagues see (default: the e-mail's local part)")
    create.set_defaults(command=cmd_user_create)

    demo_cmd = commands.add_parser(
        "demo", help="load the demo team, workers and families (idempotent)",
        description="Load an invented team, its caseworkers and families (idempotent: a second "
                    "run changes nothing) and print how to log in.")
    demo_cmd.set_defaults(command=cmd_demo)
    return parser


def cmd_serve(args: argparse.Namespace) -> int:
    """`opgang serve`: migrate, then run the app under uvicorn until Ctrl-C."""
    import uvicorn

    from bot.app import create_app

    settings = _settings()
    # JSON lines with the request id, masked (bot/logs.py); OPGANG_LOG_FORMAT=text for a terminal.
    from bot import logs

    logs.configure(json_lines=settings.log_format == "json")
    # Migrate here rather than in the app's lifespan, where a failure would end in a traceback.
    asyncio.run(_migrate(settings))
    app = create_app(settings, migrate=False)
    if settings.simulator_enabled:
        log.info("family-phone simulator at http://%s:%d/simulator", _url_host(args.host),
                 args.port)
    try:
        # An open live stream (SSE) must not hold Ctrl-C up: after 5 s uvicorn closes what is left.
        uvicorn.run(app, host=args.host, port=args.port, log_level="info", log_config=None,
                    timeout_graceful_shutdown=5)
    except KeyboardInterrupt:
        # uvicorn shuts down cleanly, then re-raises the SIGINT it caught; that is a normal stop.
        pass
    return 0


def cmd_db_upgrade(args: argparse.Namespace) -> int:
    """`opgang db upgrade`."""
    settings = _settings()
    asyncio.run(_migrate(settings))
    print(f"database {_safe_url(settings.database_url)} is up to date")
    return 0


def cmd_user_create(args: argparse.Namespace) -> int:
    """`opgang user create`."""
    from bot import queries
    from bot.actions.people import create_worker
    from storage.migrate import upgrade

    settings = _settings()
    if args.role != "admin" and not args.team:
        raise CliError(f"--team: a {args.role} belongs to a team; give the team's name or id")
    password = _read_password() if args.password == "-" else args.password

    async def run() -> str:
        async with _runtime(settings) as rt:
            await upgrade(rt.db)
            team_id, team_name = None, None
            if args.team:
                team = await queries.team_by_ref(rt, args.team)
                if team is None:
                    raise CliError(f"--team: no team {args.team!r} (give its exact name or id)")
                team_id, team_name = team.id, team.name
            worker = await create_worker(rt, email=args.email, password=password,
                                         role=args.role, name=args.name, team_id=team_id)
        where = f" in team {team_name!r}" if team_name else ""
        return f"created {worker.role} {worker.email} (id {worker.id}){where}"

    print(asyncio.run(run()))
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    """`opgang demo`: load the demo world and say how to log in."""
    from bot import demo
    from storage.migrate import upgrade

    settings = _settings()
    if settings.environment == "production":
        raise CliError("demo data is for development; OPGANG_ENVIRONMENT is production")
    if settings.sms_enabled:
        print("warning: SMS is configured; the demo phone numbers are invented, "
              "do not send them SMS", file=sys.stderr)

    async def run() -> demo.Loaded:
        async with _runtime(settings) as rt:
            await upgrade(rt.db)
            return await demo.load(rt)

    loaded = asyncio.run(run())
    print(demo_summary(loaded, settings))
    return 0


def demo_summary(loaded: demo.Loaded, settings: Settings) -> str:
    """What `opgang demo` did and how to log in."""
    from bot import demo

    if loaded.changed:
        head = (f"Loaded the demo into {_safe_url(settings.database_url)}: team {demo.TEAM!r}, "
                f"{len(loaded.created_workers)} logins, {len(loaded.created_families)} families.")
    else:
        head = "Demo data already loaded; nothing changed."
    base = settings.public_url
    width = max(len(w.email) for w in demo.WORKERS)
    logins = [f"  {w.email:<{width}}  {w.role:<6}  {w.name}"
              + (f" ({', '.join(d for d, _ in w.domains)})" if w.domains else "")
              for w in demo.WORKERS]
    if settings.simulator_enabled:
        simulator = f"{base}/simulator  (write as a family member)"
    else:
        simulator = "off, because SMS or Telegram is configured (OPGANG_SIMULATOR=true turns it on)"
    lead = demo.WORKERS[0].email
    return "\n".join([
        head, "",
        f"Logins (password for all: {demo.PASSWORD}):", *logins, "",
        "Start the service:  opgang serve",
        f"Simulator:          {simulator}",
        f"API token:          POST {base}/api/v1/auth/token  (form: username, password)",
        f"  curl -s -d username={lead} -d password={demo.PASSWORD} {base}/api/v1/auth/token",
        f"Inbox:              GET {base}/api/v1/inbox  (header: Authorization: Bearer <token>)",
        f"API documentation:  {base}/docs",
        f"Job-centre calendar to import (Familien Abdi, Calendar section): {demo.JOBCENTER_ICS}",
    ])


def settings_problem(exc: ValidationError) -> str:
    """A settings error on one line, naming the variable and never echoing its value."""
    parts = []
    for error in exc.errors(include_url=False, include_input=False):
        message = str(error.get("msg", "invalid")).removeprefix("Value error, ")
        where = ".".join(str(part) for part in error.get("loc", ()))
        parts.append(f"{where}: {message}" if where else message)
    return "invalid settings: " + _one_line("; ".join(parts))


def database_problem(exc: BaseException) -> str:
    """A database failure on one line, without the password of the URL."""
    from sqlalchemy.exc import ArgumentError

    if isinstance(exc, ArgumentError):
        return f"OPGANG_DATABASE_URL: {_one_line(str(exc))}"
    original = getattr(exc, "orig", None)
    detail = str(original) if original is not None else str(exc)
    return f"database unavailable: {type(original or exc).__name__}: {_one_line(detail)}"


@asynccontextmanager
async def _runtime(settings: Settings) -> AsyncIterator[Runtime]:
    from bot.runtime import Runtime
    from storage.db import Database

    rt = Runtime(settings=settings, db=Database(settings.database_url))
    try:
        yield rt
    finally:
        await rt.db.dispose()


async def _migrate(settings: Settings) -> None:
    from storage.migrate import upgrade

    async with _runtime(settings) as rt:
        await upgrade(rt.db)


def _read_password() -> str:
    if sys.stdin.isatty():
        return getpass.getpass("password: ")
    line = sys.stdin.readline()
    if not line:
        raise CliError("--password -: standard input is empty")
    return line.rstrip("\r\n")


def _port(raw: str) -> int:
    if not raw.isdigit() or not 1 <= int(raw) <= 65535:
        raise argparse.ArgumentTypeError(f"{raw!r} is not a port (1-65535)")
    return int(raw)


def _url_host(host: str) -> str:
    if host in ("0.0.0.0", "::"):
        return "localhost"
    return f"[{host}]" if ":" in host else host


def _settings() -> Settings:
    from bot.config import Settings

    return Settings()


def _safe_url(url: str) -> str:
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return "(unparsable OPGANG_DATABASE_URL)"


def _one_line(text: str) -> str:
    first = text.strip().splitlines()[0] if text.strip() else "no detail"
    return first[:500]


def _fail(message: str, *, status: int = 1) -> int:
    print(f"opgang: error: {message}", file=sys.stderr)
    return status
