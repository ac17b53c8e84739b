"""aiogram imported with its pydantic schemas built on first use, not all of them at import.

aiogram declares its ~440 Telegram types with pydantic's `defer_build=True`, then its
`aiogram/types/__init__.py` calls `model_rebuild()` on every one of them to resolve their
forward references, which builds every schema at once: importing aiogram cost about 130 MB of
resident memory and seconds of start-up (bench/README.md, Memory). `load()` imports aiogram
with those calls only recording the namespace they were given (on each model's
`__pydantic_parent_namespace__`, where pydantic's own deferred build looks), so that a model is
built the first time it is used: the `Update`s the dispatcher sees and the Bot API methods this
service calls (a few dozen models), never the other hundreds. The webhook's plain text messages
(bot/channels/telegram_plain.py) build none.

Importing this module calls `load()`: `handlers/telegram.py` and `bot/channels/telegram.py`
import it before aiogram. If aiogram was imported already (by a test module, say), it stays as it
is: more memory, the same behaviour. tests/telegram/test_schemas.py checks the deferred import in
a fresh interpreter.
"""

from __future__ import annotations

import logging
import sys
from typing import Any

from pydantic import BaseModel

log = logging.getLogger(__name__)

TYPES_PACKAGE = "aiogram.types."
_state: dict[str, Any] = {"deferred": False}


def load() -> bool:
    """Import aiogram once, its schemas deferred; True when they are (False: imported as is)."""
    if "aiogram" in sys.modules:
        return bool(_state["deferred"])
    original = BaseModel.__dict__["model_rebuild"]
    namespace: dict[str, Any] = {}

    def record(cls: type[BaseModel], *, force: bool = False, raise_errors: bool = True,
               _parent_namespace_depth: int = 2,
               _types_namespace: dict[str, Any] | None = None) -> bool | None:
        if _types_namespace is not None and not force and cls.__module__.startswith(
                TYPES_PACKAGE) and not cls.__pydantic_complete__:
            namespace.update(_types_namespace)
            return None
        result: bool | None = original.__func__(
            cls, force=force, raise_errors=raise_errors,
            _parent_namespace_depth=_parent_namespace_depth + 1,
            _types_namespace=_types_namespace)
        return result

    BaseModel.model_rebuild = classmethod(record)  # type: ignore[assignment,method-assign]
    try:
        import aiogram  # noqa: F401 - the import this module exists for
    finally:
        BaseModel.model_rebuild = original  # type: ignore[method-assign]
    if not namespace:
        return False  # aiogram no longer rebuilds at import: nothing was deferred
    # A deferred build resolves the forward references of every model it meets with the
    # namespace of the model being built (pydantic's NsResolver): so every aiogram model gets
    # the types' names, the Bot API methods (made while the types were incomplete, so
    # incomplete too) and `Response`, whose `Response[Message]` is made at the first call.
    for name, module in list(sys.modules.items()):
        if name == "aiogram" or name.startswith("aiogram."):
            for value in list(vars(module).values()):
                if (isinstance(value, type) and issubclass(value, BaseModel)
                        and value.__module__ == name):
                    _remember(value, namespace)
    _state["deferred"] = True
    log.debug("aiogram imported with its schemas built on first use")
    return True


def _remember(cls: type[BaseModel], names: dict[str, Any]) -> None:
    """Give `cls` the names its deferred build resolves forward references with."""
    own = cls.__dict__.get("__pydantic_parent_namespace__")
    # One shared dict for all (hundreds of models); a model's own names, if any, come first.
    cls.__pydantic_parent_namespace__ = {**names, **own} if own else names


load()
