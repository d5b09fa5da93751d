"""The one way the UI runs a core coroutine: kept alive, named, cancellable, errors reported.

Every task is referenced until it ends (qasync tasks can be garbage-collected mid-run,
qasync #98). Starting a task under a name that is running cancels the old one first
(a new "check the domain" replaces the old). Cancellation is handled here, so callers
never see ``CancelledError`` (qasync #126).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Coroutine
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import asyncio

from PySide6.QtCore import QObject, Signal

log = logging.getLogger(__name__)


def to_thread(function, *args, **kwargs):
    """Disk work off the UI thread, awaited on the Qt loop (asyncio loads after the first frame)."""
    import asyncio

    return asyncio.to_thread(function, *args, **kwargs)


class _Running:
    """A task under way and what the window says about it. (A plain class: a dataclass costs ~1 ms to define, before
    the first frame.)"""

    __slots__ = ("label", "task")

    def __init__(self, task: asyncio.Task, label: str) -> None:
        self.task, self.label = task, label


class TaskRunner(QObject):
    """Signals: ``activityChanged()`` whenever a task starts or ends (the shell shows the busy
    bar from ``current_label``); ``failed(str name, str message)`` for an unexpected error."""

    activityChanged = Signal()
    failed = Signal(str, str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._running: dict[str, _Running] = {}

    def run(
        self,
        name: str,
        coro: Coroutine[Any, Any, Any],
        *,
        label: str | None,
        on_result: Callable[[Any], None],
        on_error: Callable[[BaseException], None] | None = None,
    ) -> asyncio.Task:
        import asyncio  # loaded with the event loop, after the first window is up

        self.cancel(name)
        task = asyncio.ensure_future(self._guard(name, coro, on_result, on_error))
        self._running[name] = _Running(task, label)
        task.add_done_callback(lambda t, n=name: self._forget(n, t))
        # Cancelled before it ever ran: close the inner coroutine so it is not reported as never awaited.
        task.add_done_callback(lambda _t: coro.close())
        self.activityChanged.emit()
        return task

    async def _guard(self, name, coro, on_result, on_error) -> None:
        import asyncio

        try:
            result = await coro
        except asyncio.CancelledError:
            log.debug("task %s cancelled", name)
            return
        except Exception as exc:  # shown to the user, never swallowed silently
            log.exception("task %s failed", name)
            if on_error is not None:
                on_error(exc)
            else:
                self.failed.emit(name, type(exc).__name__)
            return
        on_result(result)

    def _forget(self, name: str, task: asyncio.Task) -> None:
        running = self._running.get(name)
        if running is not None and running.task is task:
            del self._running[name]
            self.activityChanged.emit()

    def cancel(self, name: str) -> None:
        running = self._running.pop(name, None)
        if running is not None:
            running.task.cancel()
            self.activityChanged.emit()

    def cancel_visible(self) -> None:
        """The Cancel button: stop what the user sees running, not the quiet background watch."""
        for name in [n for n, r in self._running.items() if r.label]:
            self.cancel(name)

    def cancel_all(self) -> None:
        for name in list(self._running):
            self.cancel(name)

    def is_running(self, name: str | None = None) -> bool:
        return bool(self._running) if name is None else name in self._running

    @property
    def current_label(self) -> str | None:
        return next((r.label for r in reversed(self._running.values()) if r.label), None)

    @property
    def visible(self) -> bool:
        """Is a task running that the user should see (one with a label)?"""
        return self.current_label is not None

    @property
    def names(self) -> list[str]:
        return list(self._running)
