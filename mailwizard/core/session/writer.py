"""One background thread that writes the session to the store in order, off the UI thread.

The thread (and concurrent.futures) starts with the first save, not with the window: nothing is saved
before the first frame of a first run."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from concurrent.futures import Future, ThreadPoolExecutor


class SerialWriter:
    def __init__(self, name: str) -> None:
        self._name = name
        self._executor: ThreadPoolExecutor | None = None
        self.closed = False

    def submit(self, fn: Callable[..., Any], *args: Any) -> Future | None:
        """Queue ``fn(*args)``; once closed, nothing is queued (None)."""
        if self.closed:
            return None
        if self._executor is None:
            from concurrent.futures import ThreadPoolExecutor

            self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self._name)
        return self._executor.submit(fn, *args)

    def wait(self) -> None:
        """Return once everything queued so far has run."""
        if self._executor is not None and not self.closed:
            self._executor.submit(lambda: None).result()

    def close(self) -> None:
        """Let what is queued finish, then stop; later submits are dropped."""
        self.closed = True
        if self._executor is not None:
            self._executor.shutdown(wait=True)
