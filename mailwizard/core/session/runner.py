"""How the session runs its work: a named, cancellable task runner it is given (the window's, or a plain one)."""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any, Protocol

if TYPE_CHECKING:
    import asyncio

log = logging.getLogger(__name__)


def to_thread(function, *args, **kwargs):
    """Disk work off the calling thread, awaited on the running loop (asyncio loads after the first frame)."""
    import asyncio

    return asyncio.to_thread(function, *args, **kwargs)


class Runner(Protocol):
    """What the session needs of a task runner. A task started under a running task's name replaces it;
    cancellation never reaches the callbacks; an error goes to ``on_error``."""

    def run(self, name: str, coro: Coroutine[Any, Any, Any], *, label: str | None,
            on_result: Callable[[Any], None], on_error: Callable[[BaseException], None] | None = None) -> Any: ...

    def cancel(self, name: str) -> None: ...

    def cancel_all(self) -> None: ...

    def is_running(self, name: str | None = None) -> bool: ...


class LoopRunner:
    """A Runner on the running asyncio loop, without Qt: the command line and the session's unit tests."""

    def __init__(self) -> None:
        self._tasks: dict[str, asyncio.Task] = {}
        self.errors: list[tuple[str, BaseException]] = []  # failures with no on_error, for whoever asks

    def run(self, name, coro, *, label=None, on_result, on_error=None):
        import asyncio

        self.cancel(name)

        async def guard() -> None:
            try:
                result = await coro
            except asyncio.CancelledError:
                return
            except Exception as exc:
                log.debug("task %s failed: %s", name, type(exc).__name__)
                if on_error is not None:
                    on_error(exc)
                else:
                    self.errors.append((name, exc))
                return
            on_result(result)

        task = asyncio.ensure_future(guard())
        self._tasks[name] = task
        task.add_done_callback(lambda t, n=name: self._tasks.pop(n, None) if self._tasks.get(n) is t else None)
        task.add_done_callback(lambda _t: coro.close())
        return task

    def cancel(self, name: str) -> None:
        task = self._tasks.pop(name, None)
        if task is not None:
            task.cancel()

    def cancel_all(self) -> None:
        for name in list(self._tasks):
            self.cancel(name)

    def is_running(self, name: str | None = None) -> bool:
        return bool(self._tasks) if name is None else name in self._tasks

    async def idle(self) -> None:
        """Wait until no task is left (tasks a task starts included)."""
        import asyncio

        while self._tasks:
            await asyncio.gather(*self._tasks.values(), return_exceptions=True)
