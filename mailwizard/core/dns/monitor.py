"""Watching the records arrive: checks again and again, quickly while the user is working on
them, then more slowly, and hands every result to a listener.

Time is injected (``sleep``), so tests need not wait; the UI runs ``run()`` as a named task
and cancels it when the step is left.
"""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

from mailwizard.core.dns.check import CheckResult

# Seconds between checks: every ~15 s at first, slowing to every 5 minutes.
BACKOFF = (15, 15, 15, 30, 30, 60, 120, 300)


class DnsMonitor:
    def __init__(
        self,
        check: Callable[[], Awaitable[CheckResult]],
        on_result: Callable[[CheckResult], None],
        *,
        sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
        backoff: tuple[float, ...] = BACKOFF,
    ) -> None:
        self._check, self._on_result, self._sleep, self._backoff = check, on_result, sleep, backoff
        self._step = 0
        self._wake = asyncio.Event()
        self.last: CheckResult | None = None

    def next_delay(self) -> float:
        return self._backoff[min(self._step, len(self._backoff) - 1)]

    def check_now(self) -> None:
        """The user clicked "Check now" or changed a value: check at once and speed up again."""
        self._step = 0
        self._wake.set()

    async def run(self, *, until_all_ok: bool = False) -> None:
        while True:
            self._wake.clear()
            result = await self._check()
            self.last = result
            self._on_result(result)
            # a "Check now" while this check ran (a record just added) asks for another look: not the end
            if until_all_ok and result.done and not self._wake.is_set():
                return
            delay = self.next_delay()
            self._step += 1
            sleeper = asyncio.ensure_future(self._sleep(delay))
            waker = asyncio.ensure_future(self._wake.wait())
            try:
                await asyncio.wait({sleeper, waker}, return_when=asyncio.FIRST_COMPLETED)
            finally:
                sleeper.cancel()
                waker.cancel()
