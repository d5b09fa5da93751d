"""Watching the DNS records after the window closes, the session's part: whether records are still on their way
(the window asks before it closes), the scheduled check registered when the admin agrees and removed when the
records have arrived, the set-up is finished or started over; and, while the window stays in the tray, each new
outcome told once. The commands and files are core/watch/schedule.py's; they run on the session's writer thread,
which closing the window waits for."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from mailwizard.core.watch.state import WATCH_KEY, WatchState

if TYPE_CHECKING:
    from mailwizard.core.dns.check import CheckResult
    from mailwizard.core.session.session import Session
    from mailwizard.core.watch.outcome import Outcome
    from mailwizard.core.watch.schedule import WatchSchedule

log = logging.getLogger(__name__)


class DnsWatchStep:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.watch = WatchState.from_json(session.store.get(WATCH_KEY))
        self._told = ""  # the last outcome told in this run (the tray), seeded when the window starts watching

    @property
    def schedule(self) -> WatchSchedule | None:
        """The operating system's scheduled check of this state folder (injected: session.watch_schedule)."""
        if self.session.watch_schedule is None:
            from mailwizard.core.watch.schedule import WatchSchedule

            self.session.watch_schedule = WatchSchedule(self.session.store.directory)
        return self.session.watch_schedule

    # --- what the window asks ----------------------------------------------------------------------
    def pending(self) -> bool:
        """Records still on their way: the DNS step has been checked for this domain and not everything is right."""
        state = self.session.state
        if not state.domain or not state.provider_id or state.dns_all_ok:
            return False
        dns = self.session.dns
        return dns.result is not None or dns.saved_snapshot() is not None

    def can_schedule(self) -> bool:
        """A scheduled check can be registered here (not in practice mode, whose work is forgotten on close)."""
        return not self.session.surroundings.practice and self.schedule is not None and self.schedule.supported

    def scheduled(self) -> bool:
        return self.watch.scheduled

    # --- intents -----------------------------------------------------------------------------------
    def keep_watching(self, after_close: bool) -> None:
        """The admin agreed to keep watching: from now on each new outcome is told once (what the window shows
        now is not news); ``after_close`` registers the scheduled check too, or removes one registered before."""
        self._told = self._fingerprint()
        if after_close and self.can_schedule():
            servers = self._servers()
            self.watch = WatchState(self.session.state.domain or "", True, self._told)
            self.session.submit(self._install, servers, self.watch)
        elif not after_close:
            self.stop()

    def stop(self) -> None:
        """No scheduled check any more (everything arrived, the set-up finished, or the admin said no)."""
        if self.watch.scheduled:
            self.watch = WatchState(self.watch.domain, False, self.watch.told)
            self.session.submit(self._remove, self.watch)

    def finished(self) -> None:
        """The set-up is finished (the last step's Finish)."""
        self.stop()

    def forget(self) -> None:
        """Starting over (the store is cleared already): the scheduled check goes with the rest."""
        if self.watch.scheduled and self.schedule is not None:
            self.session.submit(self.schedule.remove)
        self.watch, self._told = WatchState(), ""

    def checked(self, result: CheckResult) -> None:
        """Each check the window makes: everything arrived ends the scheduled check."""
        if result.done:
            self.stop()

    def news(self, result: CheckResult) -> Outcome | None:
        """The outcome of a check the window made while it waits in the tray, if it is news (told once)."""
        from mailwizard.core.watch.outcome import decide

        outcome = decide(result, self.session.saved.dns_snapshot)
        if not outcome.news or outcome.fingerprint == self._told:
            return None
        self._told = outcome.fingerprint
        return outcome

    # --- the rest --------------------------------------------------------------------------------------
    def _fingerprint(self) -> str:
        result = self.session.dns.result
        if result is None:
            return ""
        from mailwizard.core.watch.outcome import decide

        outcome = decide(result, self.session.saved.dns_snapshot)
        return outcome.fingerprint if outcome.news else ""

    def _servers(self) -> list[str]:
        """The DNS servers the window asks, when they are not the ones the watch finds itself in the saved work (the
        admin's resolver list, else the defaults): `mailwizard --resolver …`, a split horizon, the tests."""
        from mailwizard.core.dns.service import check_config

        config = self.session.dns_config
        if config == check_config(self.session.saved.resolvers):
            return []  # the watch reads the list itself, so a change made later in the window reaches it
        options = []
        for option, vantages in (("--resolver", config.resolvers), ("--nameserver", config.nameservers)):
            for v in vantages:
                address = f"[{v.address}]" if ":" in v.address else v.address
                options += [option, f"{address}:{v.port}"]
        return options

    def _install(self, servers: list[str], watch: WatchState) -> None:
        schedule = self.schedule
        self._put(watch)  # first: a watch that runs at once knows it is scheduled and what was told
        if schedule is None or not schedule.install(servers):
            log.warning("the scheduled DNS check could not be registered")
            self.watch = WatchState(watch.domain, False, watch.told)
            self._put(self.watch)

    def _remove(self, watch: WatchState) -> None:
        self._put(watch)
        if self.schedule is not None:
            self.schedule.remove()

    def _put(self, watch: WatchState) -> None:
        from mailwizard.core.store import StoreError

        try:
            self.session.store.put(WATCH_KEY, watch.to_json())
        except StoreError as exc:
            log.error("the DNS watch's state could not be saved: %s", exc)
