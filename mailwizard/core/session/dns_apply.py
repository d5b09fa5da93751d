"""The DNS step's "Set up the records for me": the DNS host's API credential (kept in the keychain), a preview of
the changes from the same plan the DNS step shows, applying exactly those (backup and journal first, resumable
after a kill), undo, and the backup as a zone snippet. All network and keychain work runs through the session's
runner; results come back as events (dns_apply_events.py)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from mailwizard.core.session import dns_apply_events as ev
from mailwizard.core.session import events

if TYPE_CHECKING:
    from mailwizard.core.dnshosts.api import DnsHostApi, ZoneRecord
    from mailwizard.core.dnshosts.apply import Ledger, Run
    from mailwizard.core.dnshosts.changes import Change
    from mailwizard.core.dnshosts.registry import HostApiInfo, HostRegistry
    from mailwizard.core.session.session import Session

log = logging.getLogger(__name__)

CREDENTIAL_TASK, PREVIEW_TASK, APPLY_TASK, UNDO_TASK = ("dnshost-credential", "dnshost-preview", "dnshost-apply",
                                                        "dnshost-undo")
LOOKUP_TASK = "dnshost-lookup"
# a known key the host refused while reading the zone: not the key to use, so the key's window asks for another
KEY_REFUSED = frozenset({"bad_credential", "permission", "zone_not_found"})


def secret_name(host_id: str, domain: str) -> str:
    return f"dnshost:{host_id}:{domain}"


class DnsApplyStep:
    """``hosts``: the registry of DNS host APIs (tests and practice put their own in front)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._hosts: HostRegistry | None = None
        self.api: DnsHostApi | None = None
        self.zone = ""
        self._credential: dict[str, str] | None = None
        self._preview: list[Change] | None = None
        self.warnings: list[tuple[str, dict[str, str]]] = []
        self._run: Run | None = None
        self._read_for: tuple[str, str] | None = None  # (host, domain) whose saved run was read (found or not)
        self._for: tuple[str, str] | None = None  # (host, domain) the above belong to
        self.said_kept_in_memory = False
        self._busy = ""  # "applying" | "undoing" while a run is under way (ended before its event is sent)
        self._stale: Any = None  # the zone planned again when it no longer gave the preview (an apply stopped)
        self.chosen_host: str | None = None  # a host named by the user (the command line), else the detected one

    @property
    def hosts(self) -> HostRegistry:
        if self._hosts is None:
            from mailwizard.core.dnshosts.registry import DEFAULT

            self._hosts = DEFAULT
        return self._hosts

    @hosts.setter
    def hosts(self, registry: HostRegistry) -> None:
        self._hosts = registry

    def reset(self) -> None:
        """Starting over, or another domain: what was read and previewed no longer applies."""
        for task in (CREDENTIAL_TASK, PREVIEW_TASK, LOOKUP_TASK):
            self.session.runner.cancel(task)
        self._close()
        self._credential, self._preview, self._run, self._for, self.warnings = None, None, None, None, []
        self._read_for = None
        self._busy = ""

    def _close(self) -> None:
        api, self.api, self.zone = self.api, None, ""
        if api is not None:
            self.session.runner.run(f"dnshost-close-{id(api)}", api.aclose(), label=None, on_result=lambda _r: None,
                                    on_error=lambda _e: None)

    # --- which host ----------------------------------------------------------------------------
    def host_id(self) -> str:
        """The DNS host detected from the domain's name servers (as the DNS step shows it)."""
        if self.chosen_host:
            return self.chosen_host
        from mailwizard.core.dns.hosts import identify

        result, state = self.session.dns.result, self.session.state
        names = result.delegation.nameservers if result and result.delegation.nameservers else state.domain_nameservers
        return identify(names).id if names else "unknown"

    def offer(self) -> HostApiInfo | None:
        """The detected host's API (its credential form and guide), or None: records are added by hand."""
        return self.hosts.api_for(self.host_id()) if self.session.state.domain else None

    def _current(self) -> tuple[str, str]:
        key = (self.host_id(), self.session.state.domain or "")
        if self._for != key:
            if self._for is not None:
                self.reset()
            self._for = key
        return key

    # --- the credential ------------------------------------------------------------------------
    def has_credential(self) -> bool:
        self._current()
        return self._credential is not None

    def enter(self) -> None:
        """The DNS step is shown: look the credential up in the keychain (off the UI thread), else take the one the
        surroundings know as a keychain would (practice's), and the saved run."""
        host_id, domain = self._current()
        self._load_run()
        if self._credential is not None or self.offer() is None:
            return
        from mailwizard.core.secrets import get_json

        def found(value: dict | None) -> None:
            value = value or self.session.surroundings.dns_host_credential()
            if value and self._for == (host_id, domain):
                self._credential = {str(k): str(v) for k, v in value.items()}
                self._hide(self._credential)
                self.session.changed()

        self.session.runner.run(LOOKUP_TASK, get_json(self.session.connections.secrets, secret_name(host_id, domain)),
                                label=None, on_result=found, on_error=lambda _e: found(None))

    def _hide(self, credential: dict[str, str]) -> None:
        from mailwizard.core.logs import hide

        info = self.offer()
        for value in info.secret_values(credential) if info else credential.values():
            hide(value)

    def set_credential(self, values: dict[str, str]) -> None:
        """Try the credential (find the zone, read it); kept in the keychain once it works."""
        host_id, domain = self._current()
        info = self.offer()
        if info is None:
            self.session.emit(ev.DnsCredentialChecked(False, "no_api", host_id))
            return
        credential = {key: (values.get(key) or "").strip() for key in info.field_keys()}
        self._hide(credential)
        from mailwizard.core.dnshosts.api import DnsHostError
        from mailwizard.core.secrets import kept_only_in_memory, put_json

        async def check() -> None:
            api = self.hosts.connect(host_id, credential, self._base_url(host_id))
            try:
                zone = await api.find_zone(domain)
                await api.list_records(zone)
            except BaseException:
                await api.aclose()
                raise
            self._close()
            self.api, self.zone, self._credential = api, zone, credential
            await put_json(self.session.connections.secrets, secret_name(host_id, domain), dict(credential))

        def done(_result: object) -> None:
            self.session.emit(ev.DnsCredentialChecked(True))
            if kept_only_in_memory(self.session.connections.secrets) and not self.said_kept_in_memory:
                self.said_kept_in_memory = True
                self.session.emit(events.SecretsInMemory())
            self.session.changed()

        def failed(exc: BaseException) -> None:
            if isinstance(exc, DnsHostError):
                self.session.emit(ev.DnsCredentialChecked(False, exc.problem.value, exc.detail))
            else:
                log.warning("checking the DNS host credential failed: %s", type(exc).__name__)
                self.session.emit(ev.DnsCredentialChecked(False, "service", type(exc).__name__))

        self.session.runner.run(CREDENTIAL_TASK, check(), label=None, on_result=done, on_error=failed)

    def forget_credential(self) -> None:
        host_id, domain = self._current()
        self._close()
        self._credential = None
        self.session.runner.run(f"{CREDENTIAL_TASK}-forget",
                                self.session.connections.secrets.delete(secret_name(host_id, domain)), label=None,
                                on_result=lambda _r: self.session.changed(), on_error=lambda _e: None)

    def _base_url(self, host_id: str) -> str | None:
        return self.session.surroundings.dns_host_base_url(host_id)

    async def _connected(self) -> DnsHostApi:
        host_id, domain = self._current()
        if self.api is None:
            if self._credential is None:
                from mailwizard.core.dnshosts.apply import ApplyFailed

                raise ApplyFailed("no_credential")
            self.api = self.hosts.connect(host_id, self._credential, self._base_url(host_id))
        if not self.zone:
            self.zone = await self.api.find_zone(domain)
        return self.api

    # --- preview, apply, undo ------------------------------------------------------------------
    def apply_state(self) -> str:
        """"none" | "previewed" | "applying" | "interrupted" | "applied" | "undoing" | "undone"."""
        from mailwizard.core.dnshosts.apply import APPLIED, UNDONE

        self._current()
        runner = self.session.runner
        if self._busy and (runner.is_running(APPLY_TASK) or runner.is_running(UNDO_TASK)):
            return self._busy
        self._busy = ""  # (a run cancelled, e.g. by starting over, sends no event)
        run = self._load_run()
        if run is not None and run.status not in (APPLIED, UNDONE):
            return "interrupted"
        if run is not None and run.status == APPLIED:
            return "applied"
        if self._preview is not None:
            return "previewed"
        return "undone" if run is not None else "none"

    def changes(self) -> list[Change]:
        """The last preview's changes (or, once applied, the run's)."""
        run = self._load_run()
        if self._preview is None and run is not None:
            return list(run.changes)
        return list(self._preview or [])

    def _ledger(self) -> Ledger:
        from mailwizard.core.dnshosts.apply import Ledger

        return Ledger(self.session.store, self._current()[1], self.session.write_now)

    def _load_run(self) -> Run | None:
        """The saved run, read from the store once per (host, domain): the window asks for the state at every
        refresh, and "no run" is the common answer (kept up to date here as runs start and end)."""
        current = self._current()
        if self._run is None and self._read_for != current:
            run = self._ledger().load()
            self._run = run if run is not None and run.host_id == current[0] else None
            self._read_for = current
        return self._run

    async def _plan(self, listing: list[ZoneRecord] | None = None, *, count_spf: bool = False):
        from mailwizard.core.dnshosts.changes import plan_zone

        api = await self._connected()
        listing = await api.list_records(self.zone) if listing is None else listing
        fetch_txt, cache = None, None
        config = self.session.dns_config
        if count_spf and config.resolvers:
            from mailwizard.core.dns.check import TxtCache

            cache = TxtCache(config.resolvers[0], config.timeout)
            fetch_txt = cache.fetch
        try:
            return listing, await plan_zone(self.session.dns.records(), listing, fetch_txt)
        finally:
            if cache is not None:
                cache.cancel()

    def preview(self) -> None:
        """Read the zone and plan: DnsApplyPreview, or DnsApplyFailed. Nothing is changed."""
        self._current()

        async def run() -> Any:
            return (await self._plan(count_spf=True))[1]

        def done(planned) -> None:
            self._preview, self.warnings = planned.changes, planned.warnings
            self.session.emit(ev.DnsApplyPreview(list(planned.changes), list(planned.warnings)))
            self.session.changed()

        def failed(exc: BaseException) -> None:
            from mailwizard.core.dnshosts.api import DnsHostError

            if isinstance(exc, DnsHostError) and exc.problem.value in KEY_REFUSED:
                self._close()
                self._credential = None  # asked for again (has_credential() is False); the keychain keeps it
            self._failed(0)(exc)

        self.session.runner.run(PREVIEW_TASK, run(), label=None, on_result=done, on_error=failed)

    def apply(self) -> None:
        """Apply the previewed changes, or resume an interrupted run. The engine reads the zone afresh while it
        adds what depends on nothing; nothing else is sent until that listing, planned again, gives the preview
        (else those adds are taken back and the new plan is shown: zone_changed)."""
        from mailwizard.core.dnshosts.apply import Run, apply_run
        from mailwizard.core.dnshosts.changes import ADD

        state = self.apply_state()
        if state not in ("previewed", "interrupted"):
            self.session.emit(ev.DnsApplyFailed("nothing_previewed"))
            return
        host_id, domain = self._current()
        previewed = list(self._preview or [])

        async def go() -> int:
            resumed = self._load_run() if state == "interrupted" else None
            if resumed is not None:
                return await apply_run(await self._connected(), resumed, self._ledger(), on_progress=self._progress)
            api = await self._connected()

            async def confirm(before: list[ZoneRecord]) -> bool:
                """The zone as it was before this run, planned again: still the preview? (An add whose record
                has appeared meanwhile, exactly as previewed, is no longer planned: done.)"""
                planned = (await self._plan(before))[1]
                expected = [c for c in previewed if not (c.op == ADD and any(
                    r.same_content(c.after) for r in before))]  # type: ignore[arg-type]
                if len(planned.changes) == len(expected) and all(
                        a.same_as(b) for a, b in zip(planned.changes, expected, strict=True)):
                    return True
                self._stale = planned
                return False

            self._stale = None
            self._run = Run(host_id, self.zone, domain, previewed, list(self.warnings))
            return await apply_run(api, self._run, self._ledger(), confirm=confirm, on_progress=self._progress)

        def done(applied: int) -> None:
            self._preview, self._busy = None, ""
            self.session.emit(ev.DnsApplyDone(applied))
            self.session.changed()
            self.session.dns.check_now()  # the live panel shows the records arriving

        self._busy = "applying"
        self.session.runner.run(APPLY_TASK, go(), label=None, on_result=done, on_error=self._failed(0, APPLY_TASK))
        self.session.changed()

    def undo(self) -> None:
        """Restore the backup exactly (also an interrupted run's)."""
        from mailwizard.core.dnshosts.apply import undo_run

        run = self._load_run()
        if run is None or self.apply_state() not in ("applied", "interrupted"):
            self.session.emit(ev.DnsApplyFailed("nothing_applied"))
            return

        async def go() -> int:
            return await undo_run(await self._connected(), run, self._ledger(), on_progress=self._progress)

        def done(_undone: int) -> None:
            self._preview, self._busy = None, ""
            self.session.emit(ev.DnsUndoDone())
            self.session.changed()
            self.session.dns.check_now()

        self._busy = "undoing"
        self.session.runner.run(UNDO_TASK, go(), label=None, on_result=done, on_error=self._failed(0, UNDO_TASK))
        self.session.changed()

    def backup_snippet(self) -> str:
        """The backup of the last run as BIND zone-file text ("" before any run)."""
        from mailwizard.core.dnshosts.snippet import backup_snippet

        run = self._load_run()
        return backup_snippet(run) if run is not None else ""

    # --- reporting -----------------------------------------------------------------------------
    def _progress(self, done: int, total: int, change: Change) -> None:
        self.session.emit(ev.DnsApplyProgress(done, total, change))

    def _failed(self, done: int, task: str = ""):
        def failed(exc: BaseException) -> None:
            from mailwizard.core.dnshosts.api import DnsHostError
            from mailwizard.core.dnshosts.apply import ApplyFailed
            from mailwizard.core.store import StoreError

            if task:
                self._busy = ""
                self._run = None  # as the store now holds it (a run refused from its first step is gone)
            stale, self._stale = self._stale, None
            if isinstance(exc, ApplyFailed) and exc.problem == "zone_changed" and stale is not None:
                self._preview, self.warnings = stale.changes, stale.warnings
                self.session.emit(ev.DnsApplyFailed("zone_changed"))
                self.session.emit(ev.DnsApplyPreview(list(stale.changes), list(stale.warnings)))
            elif isinstance(exc, ApplyFailed):
                params = {"seconds": str(round(exc.retry_after))} if exc.retry_after else {}
                self.session.emit(ev.DnsApplyFailed(exc.problem, exc.detail, exc.done, params))
            elif isinstance(exc, DnsHostError):
                params = {"seconds": str(round(exc.retry_after))} if exc.retry_after else {}
                self.session.emit(ev.DnsApplyFailed(exc.problem.value, exc.detail, done, params))
            elif isinstance(exc, StoreError):  # the backup or the journal could not be written: nothing went on
                self.session.emit(events.SaveFailed.of(exc))
                self.session.emit(ev.DnsApplyFailed("store", exc.detail, done))
            else:
                log.error("the DNS host run failed: %s", type(exc).__name__)
                self.session.emit(ev.DnsApplyFailed("service", type(exc).__name__, done))
            self.session.changed()

        return failed
