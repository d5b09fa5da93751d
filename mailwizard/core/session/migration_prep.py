"""Getting ready to move the old mail in: which service the company used (resources/migration/sources.toml), a
check that its server answers over TLS to a login (core/migration/check.py), the file the new provider's own
migration takes where it has one (core/migration/provider_files.py) and the MX cut-over advice
(core/migration/cutover.py). Passwords given here are used at once and dropped: never stored, never logged."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from mailwizard.core.session.migration_prep_events import (
    CutoverAdvice,
    MigPrepFailed,
    ProviderFileRemoved,
    ProviderFileWritten,
    SourceChecked,
)

if TYPE_CHECKING:
    import ssl

    from mailwizard.core.migration.provider_files import MigrationRow
    from mailwizard.core.migration.sources import SourceServer, SourceService
    from mailwizard.core.session.session import Session

log = logging.getLogger(__name__)

CHECK_TASK, FILE_TASK, CUTOVER_TASK = "migprep-check", "migprep-file", "migprep-cutover"
CHECK = "migprep.check."  # SourceChecked.problem: this + core/migration/check.PROBLEMS, "no_server" or "no_login"


def message_keys() -> tuple[str, ...]:
    """Every key this step (and the core modules under it) gives: ui/messages/migprep.py has their texts."""
    from mailwizard.core.migration.check import PROBLEMS
    from mailwizard.core.migration.cutover import STEP_KEYS
    from mailwizard.core.migration.provider_files import FILE_KEYS, STEPS

    steps = {key for keys in STEPS.values() for key in keys}
    return (*(CHECK + p for p in (*PROBLEMS, "no_server", "no_login")), *FILE_KEYS, *sorted(steps), *STEP_KEYS,
            "migprep.file.no_provider_file", "migprep.file.not_written", "migprep.file.not_removed",
            "migprep.cutover.no_domain", "migprep.cutover.failed")


class MigrationPrepStep:
    def __init__(self, session: Session) -> None:
        self.session = session
        # None: the system's trust store (tests: their own CA; practice: its own certificate)
        self.tls_context: ssl.SSLContext | None = session.surroundings.migration_tls_context()
        self.last_checked: tuple[SourceServer, str] | None = None  # (server, login) that last answered ok

    def reset(self) -> None:
        for task in (CHECK_TASK, FILE_TASK, CUTOVER_TASK):
            self.session.runner.cancel(task)
        self.__init__(self.session)

    # --- the old service ------------------------------------------------------------------------------
    def sources(self) -> tuple[SourceService, ...]:
        """The table of old services, in order; the last ("other") has no host: the admin types it. Practice
        mode's own old server comes first."""
        from mailwizard.core.migration.sources import load_sources

        extra = self.session.surroundings.migration_source()
        return ((extra,) if extra is not None else ()) + load_sources()

    def source(self, service_id: str) -> SourceService | None:
        return next((s for s in self.sources() if s.id == service_id), None)

    def _service_for(self, server: SourceServer, service_id: str) -> SourceService | None:
        found = self.source(service_id) if service_id else None
        return found or next((s for s in self.sources() if s.server.host and s.server.host == server.host), None)

    def check_source(self, server: SourceServer, login: str, password: str, service_id: str = "") -> None:
        """Sign in to the old server once, read-only, off this thread → SourceChecked. The password is not kept."""
        from mailwizard.core.migration.check import APP_PASSWORD, BAD_PASSWORD, OAUTH_ONLY, CheckResult, check_server

        service = self._service_for(server, service_id)
        if not server.host.strip() or not 0 < server.port < 65536:
            self.session.emit(SourceChecked(False, CHECK + "no_server", ""))
            return
        if not login.strip() or not password:
            self.session.emit(SourceChecked(False, CHECK + "no_login", ""))
            return
        hint = service is not None and service.needs_app_password
        from mailwizard.core.logs import hide

        hide(password)  # a server that echoes it into its answer: kept out of the log all the same

        async def run() -> CheckResult:
            result = await check_server(server, login.strip(), password, tls=self.tls_context, app_password_hint=hint)
            if result.problem in (BAD_PASSWORD, APP_PASSWORD) and service is not None and not service.takes_password:
                return CheckResult(False, OAUTH_ONLY, result.detail)
            return result

        def done(result: CheckResult) -> None:
            log.info("old server %s:%s checked: %s %s", server.host, server.port, result.problem or "ok",
                     result.detail)
            if result.ok:
                self.last_checked = (server, login.strip())
            self.session.emit(SourceChecked(result.ok, CHECK + result.problem if result.problem else "", result.detail))

        self.session.runner.run(CHECK_TASK, run(), label=None, on_result=done,
                                on_error=lambda exc: self.session.emit(SourceChecked(False, CHECK + "unreachable",
                                                                                     type(exc).__name__)))

    # --- the provider's own migration -------------------------------------------------------------------
    def provider_file_kind(self) -> str:
        """"imap_csv" (Microsoft 365), "google_mapping" (Google Workspace), "" (the provider runs none: copy)."""
        return self.session.provider.profile.migration_file

    def provider_file_steps(self, server: SourceServer | None = None) -> list[tuple[str, dict[str, str]]]:
        """The console's steps for the provider's file: message keys with their parameters (the old server)."""
        from mailwizard.core.migration.provider_files import STEPS

        server = server or (self.last_checked[0] if self.last_checked else None)
        params = {"host": server.host, "port": str(server.port),
                  "security": "SSL" if server.security == "ssl" else "TLS"} if server else \
            {"host": "", "port": "993", "security": "SSL"}
        return [(key, dict(params)) for key in STEPS.get(self.provider_file_kind(), ())]

    def write_provider_file(self, path: Path | str, rows: list[MigrationRow]) -> None:
        """Write the provider's file off this thread → ProviderFileWritten or MigPrepFailed. The passwords in
        ``rows`` go into the file only; nothing else keeps them."""
        from mailwizard.core.logs import hide
        from mailwizard.core.migration import provider_files
        from mailwizard.core.session.runner import to_thread

        kind, target = self.provider_file_kind(), str(path)
        for row in rows:
            hide(row.password)
        if not kind:
            self.session.emit(MigPrepFailed("migprep.file.no_provider_file"))
            return

        def failed(exc: BaseException) -> None:
            if isinstance(exc, provider_files.RowProblem):
                self.session.emit(MigPrepFailed(exc.key, "", {"address": exc.address} if exc.address else {}))
            elif isinstance(exc, OSError):
                self.session.emit(MigPrepFailed("migprep.file.not_written", exc.strerror or type(exc).__name__,
                                                {"path": target}))
            else:
                self.session.emit(MigPrepFailed("migprep.file.not_written", type(exc).__name__, {"path": target}))

        self.session.runner.run(FILE_TASK, to_thread(provider_files.write, Path(target), kind, list(rows)),
                                label=None, on_result=lambda count: self.session.emit(
                                    ProviderFileWritten(target, count)), on_error=failed)

    def remove_provider_file(self, path: Path | str) -> None:
        """Overwrite the file, then delete it (off this thread) → ProviderFileRemoved or MigPrepFailed."""
        from mailwizard.core.migration import provider_files
        from mailwizard.core.session.runner import to_thread

        target = str(path)
        self.session.runner.run(
            f"{FILE_TASK}-remove", to_thread(provider_files.remove, Path(target)), label=None,
            on_result=lambda existed: self.session.emit(ProviderFileRemoved(target, existed)),
            on_error=lambda exc: self.session.emit(MigPrepFailed(
                "migprep.file.not_removed", getattr(exc, "strerror", None) or type(exc).__name__, {"path": target})))

    # --- the MX cut-over ----------------------------------------------------------------------------------
    def cutover(self) -> None:
        """The domain's MX TTL read now (its own servers first), and the advice → CutoverAdvice or MigPrepFailed."""
        from mailwizard.core.migration.cutover import advise, read_mx

        domain = self.session.state.domain or ""
        if not domain:
            self.session.emit(MigPrepFailed("migprep.cutover.no_domain"))
            return
        config = self.session.dns_config
        dns = self._provider_mx()

        async def run():
            ttl, mx, authoritative = await read_mx(domain, list(config.resolvers), nameservers=config.nameservers,
                                                   port=config.authoritative_port, timeout=config.timeout)
            return advise(domain, ttl, mx, dns, authoritative=authoritative)

        self.session.runner.run(CUTOVER_TASK, run(), label=None,
                                on_result=lambda plan: self.session.emit(CutoverAdvice(plan)),
                                on_error=lambda exc: self.session.emit(MigPrepFailed("migprep.cutover.failed",
                                                                                     type(exc).__name__)))

    def _provider_mx(self) -> tuple[str, ...]:
        """The provider's MX hosts: the DNS step's expected MX values (a host made from the domain, like Microsoft
        365's, once known), else its [dns] data's literal hosts."""
        try:
            found = [v.split()[-1] for r in self.session.dns.records() if r.rtype == "MX" and not r.waiting_for
                     for v in r.values]
            dns = self.session.provider.profile.dns
        except (OSError, KeyError, ValueError):  # no provider chosen, or one with no [dns] data (CatalogueError)
            return ()
        hosts = [*found, *(m.host for m in dns.mx), *(h for group in dns.mx_accepted for h in group)]
        return tuple(h for h in hosts if "{" not in h)
