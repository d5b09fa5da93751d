"""Owns the wizard state, saves it as the user goes, and is the only caller of core services."""

from __future__ import annotations

import contextlib
import logging
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, fields, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices

from mailwizard.core import flow
from mailwizard.core.catalogue import Catalogue
from mailwizard.core.dns.config import ResolverConfig
from mailwizard.core.domains import check_domain
from mailwizard.core.flow import DomainPresence, Step, WizardState
from mailwizard.core.members.model import Member
from mailwizard.core.providers.base import (
    CONNECTABLE,
    Account,
    NewAccount,
    NotFound,
    NotSupported,
    Provider,
    ProviderError,
)
from mailwizard.core.registrars import load_registrars
from mailwizard.core.secrets import SecretsUnavailable
from mailwizard.core.store import Store, StoreError
from mailwizard.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the rest loads when first used, after the first window is up (start-up time)
    from mailwizard.core.dns.check import CheckConfig, CheckResult
    from mailwizard.core.dns.expected import ExpectedRecord
    from mailwizard.core.dns.monitor import DnsMonitor
    from mailwizard.core.dns.presence import PresenceResult
    from mailwizard.core.members.bulk import BulkReport
    from mailwizard.core.providers.connection import AppRegistration, Connections

log = logging.getLogger(__name__)

STATE_KEY = "wizard"
LANGUAGE_KEY = "language"
SAVE_DELAY_MS = 300
PRESENCE_TASK = "domain-presence"
DNS_TASK = "dns-watch"
CONNECT_TASK = "provider-connect"
DISCONNECT_TASK = "provider-disconnect"
BIND_TASK = "provider-bind-domain"
VERIFY_TASK = "provider-verify"
LICENSES_TASK = "provider-licenses"
CREATE_TASK = "members-create"
MEMBERS_KEY = "members"


def _to_thread(function, *args, **kwargs):
    import asyncio

    return asyncio.to_thread(function, *args, **kwargs)


def member_from_json(data: dict) -> Member:
    names = {f.name for f in fields(Member)}
    return Member(**{k: str(v) for k, v in data.items() if k in names}) if isinstance(data, dict) else Member()
DNS_SNAPSHOT_KEY = "dns_snapshot"
RESOLVERS_KEY = "dns_resolvers"


def snapshot(result: CheckResult) -> dict:
    """What the panel shows, saved so a restart shows the last check at once."""
    return {
        "domain": result.domain,
        "checked_at": result.checked_at.isoformat(),
        "vantages": [v.label for v in result.vantages],
        "records": {
            r.record.key: {"state": r.state.value, "message_key": r.message_key, "params": r.params,
                           "cells": {c.vantage: c.state.value for c in r.cells}}
            for r in result.records
        },
    }


class WizardController(QObject):
    """Signals: ``stateChanged()`` after any change; ``presenceChanged(object)`` with a
    ``PresenceResult`` (or None while checking); ``dnsChecked(object)`` with each DNS
    ``CheckResult``; ``saveFailed(str)`` with the reason."""

    stateChanged = Signal()
    presenceChanged = Signal(object)
    dnsChecked = Signal(object)
    saveFailed = Signal(str)
    importFileSaved = Signal(str, bool)     # path, whether it holds temporary passwords
    importFileFailed = Signal(str, dict)    # message key, params
    connectionChanged = Signal(str, object)  # message key ("" when fine), its params
    licensesLoaded = Signal(object)          # list of LicenseOption
    existingLoaded = Signal(object)          # set of local parts that already exist at the provider
    membersProgress = Signal(object)         # BulkReport while accounts are being created
    membersFinished = Signal(object)         # the final BulkReport
    departmentsLoaded = Signal(list)         # the provider's department names

    def __init__(
        self,
        store: Store,
        catalogue: Catalogue,
        resolvers: ResolverConfig,
        tasks: TaskRunner,
        enabled: frozenset[Step],
        dns_config: CheckConfig | None = None,
        connections: Connections | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._connections = connections
        self.provider: Provider | None = None
        self.store, self.catalogue, self.tasks = store, catalogue, tasks
        self._resolvers = resolvers  # a ResolverConfig, or a function that makes one when first needed
        self._dns_config = dns_config
        self.dns_result: CheckResult | None = None
        self._monitor: DnsMonitor | None = None
        self._saved_snapshot = store.get(DNS_SNAPSHOT_KEY)
        saved_members = store.get(MEMBERS_KEY)
        self.members: list[Member] = [member_from_json(m) for m in saved_members] \
            if isinstance(saved_members, list) else []
        self.new_passwords: dict[str, str] = {}  # shown once after creation; never written to the store
        self.existing_users: set[str] = set()
        self._gate = None  # asyncio.Event, made with the first creation run (asyncio loads after start-up)
        saved_resolvers = store.get(RESOLVERS_KEY)
        self._saved_resolvers = [str(r) for r in saved_resolvers] if isinstance(saved_resolvers, list) else []
        self.enabled = enabled
        self.practice = None  # practice mode's PracticeSandbox (mailwizard.ui.practice); None for the real thing
        self.language = "en"  # the UI language, for the catalogue's own three-language texts
        self.registrars = load_registrars()
        saved = store.get(STATE_KEY)
        state = WizardState.from_json(saved) if isinstance(saved, dict) else WizardState()
        self._state = replace(state, current=flow.resume_step(state, enabled))
        # One worker keeps writes in order and off the UI thread.
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="store")
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_now)
        self._statuses: dict[str, tuple[str, str]] = self._read_statuses(self._state.provider_id)

    @property
    def connections(self) -> Connections:
        if self._connections is None:
            from mailwizard.core.providers.connection import Connections, Endpoints
            from mailwizard.core.secrets import KeyringStore

            self._connections = Connections(KeyringStore(), Endpoints.real())
        return self._connections

    @connections.setter
    def connections(self, value: Connections) -> None:
        self._connections = value

    @property
    def resolvers(self) -> ResolverConfig:
        if callable(self._resolvers):
            self._resolvers = self._resolvers()
        return self._resolvers

    @resolvers.setter
    def resolvers(self, value: ResolverConfig) -> None:
        self._resolvers = value

    @property
    def dns_config(self) -> CheckConfig:
        if callable(self._dns_config):
            self._dns_config = self._dns_config()
        if self._dns_config is None:
            from mailwizard.core.dns.service import check_config

            self._dns_config = check_config(self._saved_resolvers)
        return self._dns_config

    @dns_config.setter
    def dns_config(self, value: CheckConfig) -> None:
        self._dns_config = value

    # --- state ---------------------------------------------------------------------------
    @property
    def state(self) -> WizardState:
        return self._state

    def update(self, **changes: Any) -> None:
        new = replace(self._state, **changes)
        if new == self._state:
            return
        self._state = new
        self._save_timer.start()
        self.stateChanged.emit()

    def choose_plan(self, provider_id: str, plan_id: str) -> None:
        if provider_id != self._state.provider_id:
            # another provider needs other records: what was verified for the old one does not count
            self.stop_dns_watch()
            self.dns_result = None
            self.provider = None  # the old provider's session is not this one's
            self.update(provider_id=provider_id, plan_id=plan_id, dns_values={}, dns_verified=False,
                        dns_all_ok=False, connected_account="", connected_org="", provider_verified=False,
                        members_done=False)
            self._statuses = {}
            self._reload_statuses()
            return
        self.update(provider_id=provider_id, plan_id=plan_id)

    def set_company(self, **fields: str) -> None:
        self.update(company=replace(self._state.company, **fields))

    def set_domain_input(self, text: str) -> None:
        verdict = check_domain(text)
        domain = verdict.ascii if verdict.ok else None
        changes: dict[str, Any] = {"company": replace(self._state.company, domain_input=text), "domain": domain}
        if self.practice is not None and domain:
            self.practice.use_domain(domain)  # the sandbox's DNS now serves this domain (in memory, instant)
        if domain != self._state.domain:
            self.tasks.cancel(PRESENCE_TASK)
            self.stop_dns_watch()
            self.dns_result = None
            changes["domain_presence"] = DomainPresence.UNCHECKED
            changes["domain_nameservers"] = ()
            changes["dns_verified"] = False
            changes["dns_all_ok"] = False
        self.update(**changes)

    # --- navigation ----------------------------------------------------------------------
    def steps(self) -> list[Step]:
        return flow.visible_steps(self.enabled)

    def can_go_next(self) -> bool:
        return flow.next_step(self._state, self.enabled) is not None

    def go_next(self) -> bool:
        target = flow.next_step(self._state, self.enabled)
        if target is None:
            return False
        self.update(current=target)
        return True

    def go_back(self) -> bool:
        target = flow.previous_step(self._state, self.enabled)
        if target is None:
            return False
        self.update(current=target)
        return True

    def go_to(self, step: Step) -> bool:
        if not flow.can_enter(step, self._state, self.enabled):
            return False
        self.update(current=step)
        return True

    def start_over(self) -> None:
        self.tasks.cancel_all()
        self._save_timer.stop()
        self._writer.submit(lambda: None).result()  # let a pending write finish first
        self._monitor = None
        self.dns_result = None
        self.store.clear()
        self.members = []
        self.new_passwords = {}
        self._statuses = {}
        language = self.store.get(LANGUAGE_KEY)
        self._state = WizardState(budget_currency=self._state.budget_currency)
        if language:
            self.store.put(LANGUAGE_KEY, language)
        self.stateChanged.emit()

    # --- services ------------------------------------------------------------------------
    def check_domain_presence(self, label: str) -> None:
        domain = self._state.domain
        if not domain:
            return
        self.presenceChanged.emit(None)

        def done(result: PresenceResult) -> None:
            if self._state.domain != domain:
                return  # the user typed another domain meanwhile
            self.update(domain_presence=result.presence, domain_nameservers=result.nameservers)
            self.presenceChanged.emit(result)

        from mailwizard.core.dns.presence import check_presence

        self.tasks.run(PRESENCE_TASK, check_presence(domain, self.resolvers), label=label, on_result=done)

    def cancel_presence_check(self) -> None:
        self.tasks.cancel(PRESENCE_TASK)

    # --- DNS records ----------------------------------------------------------------------
    def dns_records(self) -> list[ExpectedRecord]:
        from mailwizard.core.dns.service import records_for

        state = self._state
        if not state.provider_id or not state.domain:
            return []
        return records_for(state.provider_id, state.domain, state.dns_values)

    def set_dns_value(self, key: str, value: str) -> None:
        values = dict(self._state.dns_values)
        if value.strip():
            values[key] = value.strip()
        else:
            values.pop(key, None)
        self.update(dns_values=values)
        self.check_dns_now()

    def resolver_list(self) -> list[str]:
        return [v.address if v.port == 53 else f"{v.address}:{v.port}" for v in self.dns_config.resolvers]

    def set_resolver_list(self, specs: list[str]) -> bool:
        """The public resolvers the panel watches (settings). False if one is not an IP address."""
        import ipaddress

        from mailwizard.core.dns.service import check_config

        try:
            config = check_config(specs, [f"{v.address}:{v.port}" for v in self.dns_config.nameservers],
                                  timeout=self.dns_config.timeout,
                                  authoritative_port=self.dns_config.authoritative_port)
            for vantage in config.resolvers:
                ipaddress.ip_address(vantage.address)
        except ValueError:
            return False
        self.dns_config = config
        self._writer.submit(self._write, RESOLVERS_KEY, specs)
        self.stop_dns_watch()
        self.start_dns_watch()
        return True

    def start_dns_watch(self) -> None:
        """Check now and keep checking (with back-off) until every record is right."""
        if self.tasks.is_running(DNS_TASK) and self._monitor is not None:
            return
        domain = self._state.domain
        if not domain or not self._state.provider_id:
            return

        from mailwizard.core.dns.check import count_spf_lookups, run_check
        from mailwizard.core.dns.monitor import DnsMonitor

        async def check() -> CheckResult:
            # The panel first (one round trip), then the SPF lookup count for the plan.
            quick = await run_check(domain, self.dns_records(), self.dns_config, count_spf=False)
            self._dns_result(quick)
            return await count_spf_lookups(quick, self.dns_config)

        self._monitor = DnsMonitor(check, self._dns_result)
        self.tasks.run(DNS_TASK, self._monitor.run(until_all_ok=True), label=None, on_result=lambda _: None)

    def check_dns_now(self) -> None:
        if self._monitor is not None and self.tasks.is_running(DNS_TASK):
            self._monitor.check_now()
        else:
            self.start_dns_watch()

    def stop_dns_watch(self) -> None:
        self.tasks.cancel(DNS_TASK)
        self._monitor = None

    def next_dns_check_in(self) -> float | None:
        return self._monitor.next_delay() if self._monitor is not None and self.tasks.is_running(DNS_TASK) else None

    def _dns_result(self, result: CheckResult) -> None:
        if result.domain != self._state.domain:
            return
        self.dns_result = result
        if result.verified and self.provider is not None and not self._state.provider_verified:
            self.verify_with_provider()
        self._saved_snapshot = snapshot(result)
        self._writer.submit(self._write, DNS_SNAPSHOT_KEY, self._saved_snapshot)
        self.update(dns_verified=result.verified, dns_all_ok=result.all_ok)
        self.dnsChecked.emit(result)

    def saved_dns_snapshot(self) -> dict | None:
        """The last check saved before the app was closed (read once at start)."""
        data = self._saved_snapshot
        return data if isinstance(data, dict) and data.get("domain") == self._state.domain else None

    def save_text_file(self, path: Path, text: str, *, then_open: bool = False) -> None:
        """Write an export off the UI thread; open it afterwards if asked (a printable page)."""
        def opened(_result: object) -> None:
            if then_open:
                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.tasks.run(f"save-{path.name}", _to_thread(path.write_text, text, encoding="utf-8"),
                       label=None, on_result=opened,
                       on_error=lambda exc: self.saveFailed.emit(str(exc)))

    # --- the provider's admin API ---------------------------------------------------------
    def can_connect(self) -> bool:
        return self._state.provider_id in CONNECTABLE

    def connect_provider(self, registration: AppRegistration, open_browser, done_page: str, label: str) -> None:
        provider_id = self._state.provider_id or ""
        self._connect(lambda: self.connections.connect(provider_id, registration, open_browser, done_page),
                      label, bind=True)

    def connect_app(self, app_id: str, secret: str, label: str) -> None:
        """Tencent / Alibaba: the app's ID and secret, tried, then kept in the keychain."""
        from mailwizard.core.providers.connection import AppSecret

        provider_id = self._state.provider_id or ""
        credentials = AppSecret(app_id.strip(), secret.strip())
        self._connect(lambda: self.connections.connect_app(provider_id, credentials), label, bind=True)

    def saved_app_id(self, then) -> None:
        """The ID kept from an earlier connection, to fill in the dialog (read off the UI thread)."""
        provider_id = self._state.provider_id or ""
        self.tasks.run("saved-app-id", self.connections.saved_app_id(provider_id), label=None, on_result=then,
                       on_error=lambda _exc: then(""))

    def connect_service_account(self, key_path: str, subject: str, label: str) -> None:
        """Google: the organisation's service account key (read off the UI thread, then kept in the keychain)."""

        async def connect():
            from mailwizard.core.providers.service_account import ServiceAccountKey

            text = await _to_thread(Path(key_path).read_text, encoding="utf-8")
            return await self.connections.connect_service_account(ServiceAccountKey.from_json(text, subject))

        self._connect(connect, label, bind=True)

    def restore_connection(self) -> None:
        """Signed in during an earlier session: reconnect quietly from the keychain."""
        if not self._state.connected_account or self.provider is not None or not self.can_connect():
            return
        provider_id = self._state.provider_id or ""
        self._connect(lambda: self.connections.restore(provider_id), None, bind=False)

    def _connect(self, connect, label: str | None, *, bind: bool) -> None:
        """Run one way of signing in; then show who is signed in, and (for a new sign-in) bind the domain."""

        async def run() -> Account:
            if self.provider is not None:
                await self.provider.close()
                self.provider = None
            provider, account = await connect()
            self.provider = provider
            return account

        def done(account: Account) -> None:
            self.update(connected_account=account.email, connected_org=account.organisation)
            self.connectionChanged.emit("", {})
            if not self.provider_binds_domain():
                self.verify_with_provider()  # Alibaba: read the console's verdict on the domain
            elif bind:
                self.bind_domain()
            self.load_licenses()
            self.load_existing_users()
            self.load_departments()

        self.tasks.run(CONNECT_TASK, run(), label=label, on_result=done, on_error=self._provider_failed)

    def provider_binds_domain(self) -> bool:
        """False where the domain is added in the provider's console (Tencent, Alibaba): guided, not done here."""
        return bool(getattr(self.provider, "domain_api", True))

    def disconnect_provider(self) -> None:
        provider, self.provider = self.provider, None
        provider_id = self._state.provider_id or ""
        self.update(connected_account="", connected_org="", provider_verified=False)
        self.tasks.run(DISCONNECT_TASK, self.connections.disconnect(provider_id, provider), label=None,
                       on_result=lambda _r: self.connectionChanged.emit("", {}), on_error=self._provider_failed)

    def load_existing_users(self) -> None:
        """Addresses already taken at the provider, so the table can say so before anything is created."""
        provider, domain = self.provider, self._state.domain
        if provider is None or not domain:
            return

        members = [m.address(domain) for m in self.members if m.local_part]

        async def taken() -> list[str]:
            addresses = [u.address for u in await provider.list_users()]
            check = getattr(provider, "check_addresses", None)
            if check is not None and members:
                # Tencent: aliases and mail groups take an address too, and only batchcheck sees them
                addresses += [a for a, kind in (await check(members)).items() if kind > 0]
            return addresses

        def done(addresses: list[str]) -> None:
            suffix = "@" + domain
            self.existing_users = {a.lower()[: -len(suffix)] for a in addresses if a.lower().endswith(suffix)}
            ours = {m.local_part for m in self.members
                    if self._statuses.get(m.address(domain), ("",))[0] in ("created", "attempted")}
            self.existingLoaded.emit(self.existing_users - ours)

        self.tasks.run("provider-users", taken(), label=None, on_result=done, on_error=self._provider_failed)

    def load_departments(self) -> None:
        """The provider's departments (Tencent, Alibaba), offered when a member's department is typed."""
        provider = self.provider
        departments = getattr(provider, "departments", None)
        if departments is None:
            return
        self.tasks.run("provider-departments", departments(), label=None,
                       on_result=lambda found: self.departmentsLoaded.emit(sorted(found)),
                       on_error=self._provider_failed)

    def load_licenses(self) -> None:
        """The tenant's licenses and how many are free (Microsoft 365: a mailbox needs one)."""
        provider = self.provider
        if provider is None:
            return

        def done(options) -> None:
            if options and self._state.license_sku not in {o.sku_id for o in options}:
                best = max(options, key=lambda o: o.available)
                self.update(license_sku=best.sku_id)
            self.licensesLoaded.emit(options)

        self.tasks.run(LICENSES_TASK, provider.license_options(), label=None, on_result=done,
                       on_error=self._provider_failed)

    def bind_domain(self) -> None:
        """Add the domain to the tenant, fetch its verification value and tenant records for the DNS step."""
        provider, domain = self.provider, self._state.domain
        if provider is None or not domain:
            return

        async def run() -> dict[str, str]:
            status = await provider.add_domain(domain)
            values = {"verification": await provider.verification_value(domain)}
            values.update(await provider.tenant_values(domain))
            values["_verified"] = "1" if status.verified else ""
            return values

        def done(values: dict[str, str]) -> None:
            verified = values.pop("_verified") == "1"
            merged = dict(self._state.dns_values)
            merged.update({k: v for k, v in values.items() if v})
            self.update(dns_values=merged, provider_verified=verified or self._state.provider_verified)
            self.connectionChanged.emit("", {})
            self.check_dns_now()

        self.tasks.run(BIND_TASK, run(), label=None, on_result=done, on_error=self._provider_failed)

    def verify_with_provider(self) -> None:
        """The DNS step sees the record: ask the provider to verify, and show its answer."""
        provider, domain = self.provider, self._state.domain
        if provider is None or not domain or self._state.provider_verified or self.tasks.is_running(VERIFY_TASK):
            return

        def done(status) -> None:
            self.update(provider_verified=status.verified)
            self.connectionChanged.emit("", {})

        def failed(exc: BaseException) -> None:
            if isinstance(exc, NotFound):  # Alibaba: the domain has not been added in the console yet
                self.connectionChanged.emit("provider.domain_not_added", {"domain": domain})
            else:
                self._provider_failed(exc)

        self.tasks.run(VERIFY_TASK, provider.verify_domain(domain), label=None, on_result=done, on_error=failed)

    def _provider_failed(self, exc: BaseException) -> None:
        if isinstance(exc, NotSupported):
            return  # a call this provider's API does not have (Tencent: the domain's status); the UI guides it
        if isinstance(exc, ProviderError):
            self.connectionChanged.emit(exc.key, exc.params)
        elif isinstance(exc, SecretsUnavailable):
            self.connectionChanged.emit(exc.key, {})
        elif isinstance(exc, OSError):  # the key file could not be read
            self.connectionChanged.emit("provider.key_file_unreadable", {})
        else:
            log.error("provider task failed: %s", type(exc).__name__)
            self.connectionChanged.emit("provider.error", {})

    # --- members ----------------------------------------------------------------------------
    def set_members(self, members: list[Member]) -> None:
        self.members = list(members)
        self._writer.submit(self._write, MEMBERS_KEY, [asdict(m) for m in self.members])

    def member_statuses(self) -> dict[str, tuple[str, str]]:
        """Address → (journal state, error key), kept in memory (the journal is read at start and when the
        provider changes, off the UI thread)."""
        return self._statuses

    def _read_statuses(self, provider_id: str | None) -> dict[str, tuple[str, str]]:
        journal = self.store.journal_all(f"members:{provider_id}") if provider_id else {}
        return {address: (state, error) for address, (state, _remote, error) in journal.items()}

    def _reload_statuses(self) -> None:
        provider_id = self._state.provider_id

        def done(statuses: dict[str, tuple[str, str]]) -> None:
            if provider_id == self._state.provider_id:
                self._statuses = statuses
                self.stateChanged.emit()

        self.tasks.run("members-statuses", _to_thread(self._read_statuses, provider_id), label=None,
                       on_result=done)

    def _note_progress(self, report: BulkReport) -> None:
        for address, state in report.statuses.items():
            self._statuses[address] = (state, report.failed.get(address, ""))
        self.membersProgress.emit(report)

    def can_create_members(self) -> bool:
        return self.provider is not None and bool(self._state.domain)

    async def _member_password(self, address: str, policy) -> str:
        """The member's temporary password: the one kept from an earlier run (so a resumed run or a second
        import file reuses it), else a new one, put in the keychain before anything uses it."""
        from mailwizard.core.members.passwords import generate as generate_password

        name = f"member-password:{address}"
        password = self.new_passwords.get(address)
        if password is None:
            try:
                password = await self.connections.secrets.get(name)
            except SecretsUnavailable:
                password = None
        if not password:
            password = generate_password(policy)
            with contextlib.suppress(SecretsUnavailable):  # else held in memory only, until created
                await self.connections.secrets.put(name, password)
        self.new_passwords[address] = password
        return password

    def import_layout(self, then) -> None:
        """The provider console's import layout (or the generic one), read off the UI thread."""
        from mailwizard.core.members.console_import import layout_for

        self.tasks.run("import-layout", _to_thread(layout_for, self._state.provider_id or "generic"), label=None,
                       on_result=then, on_error=lambda exc: self.saveFailed.emit(str(exc)))

    def save_import_file(self, path: Path, layout) -> None:
        """The members as the provider console's import file; temporary passwords only where its layout has a
        column for them. ``importFileSaved(path, holds passwords)`` or ``importFileFailed(key, params)``."""
        from mailwizard.core.members.console_import import ConsoleImportError, write_import_file
        from mailwizard.core.members.passwords import policy_for

        domain = self._state.domain or ""
        members = [m for m in self.members if m.local_part]
        policy = policy_for(self._state.provider_id or "")

        async def run() -> bool:
            passwords = None
            if layout.has_password_column:
                passwords = {m.address(domain): await self._member_password(m.address(domain), policy)
                             for m in members}
            await _to_thread(write_import_file, path, layout, members, domain, passwords)
            return layout.holds_passwords(passwords)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ConsoleImportError):
                self.importFileFailed.emit(exc.key, exc.params)
            else:
                self.saveFailed.emit(str(exc))

        self.tasks.run("save-import-file", run(), label=None,
                       on_result=lambda holds: self.importFileSaved.emit(str(path), bool(holds)), on_error=failed)

    def create_members(self, label: str | None) -> None:
        provider, domain = self.provider, self._state.domain
        if provider is None or not domain:
            return
        from mailwizard.core.members.bulk import create_accounts
        from mailwizard.core.members.passwords import policy_for

        members = [m for m in self.members if m.local_part]
        policy = policy_for(provider.id)
        self._creation_gate.set()

        async def run() -> BulkReport:
            accounts = []
            for member in members:
                address = member.address(domain)
                password = await self._member_password(address, policy)
                family, given = member.family_name, member.given_name
                accounts.append(NewAccount(address, given or member.display_name, family or member.display_name,
                                           member.display_name, password, True, member.department,
                                           member.job_title, member.phone))
            return await create_accounts(provider, accounts, self.store, license_sku=self._state.license_sku or None,
                                         on_progress=self._note_progress, running=self._creation_gate)

        def done(report: BulkReport) -> None:
            for address in report.skipped:
                self._statuses[address] = ("created", "")
            statuses = self.member_statuses()
            created = all(statuses.get(m.address(domain), ("",))[0] in ("created",) for m in members)
            self.update(members_done=bool(members) and created)
            self.membersFinished.emit(report)

        def failed(exc: BaseException) -> None:
            self._provider_failed(exc)
            self.membersFinished.emit(None)

        self.tasks.run(CREATE_TASK, run(), label=label, on_result=done, on_error=failed)

    @property
    def _creation_gate(self):
        if self._gate is None:
            import asyncio

            self._gate = asyncio.Event()
            self._gate.set()
        return self._gate

    def pause_members(self, paused: bool) -> None:
        if paused:
            self._creation_gate.clear()
        else:
            self._creation_gate.set()

    def cancel_members(self) -> None:
        self._creation_gate.set()
        self.tasks.cancel(CREATE_TASK)

    async def forget_passwords(self, addresses: list[str]) -> None:
        """After the hand-over: the temporary passwords leave the keychain too."""
        for address in addresses:
            self.new_passwords.pop(address, None)
            with contextlib.suppress(SecretsUnavailable):
                await self.connections.secrets.delete(f"member-password:{address}")

    def write_off_thread(self, function, *args) -> None:
        """A file export: written by a worker thread, a failure reported like any save failure."""
        self.tasks.run(f"write-{id(args)}", _to_thread(function, *args), label=None,
                       on_result=lambda _r: None, on_error=lambda exc: self.saveFailed.emit(str(exc)))

    # --- saving --------------------------------------------------------------------------
    def save_language(self, language: str) -> None:
        self._writer.submit(self._write, LANGUAGE_KEY, language)

    def _save_now(self) -> None:
        self._writer.submit(self._write, STATE_KEY, self._state.to_json())

    def _write(self, key: str, value: Any) -> None:
        try:
            self.store.put(key, value)
        except StoreError as exc:
            log.error("saving %s failed: %s", key, exc)
            self.saveFailed.emit(str(exc))  # queued to the UI thread by Qt

    def flush(self) -> None:
        """Write now and wait: called when the window closes."""
        if self._save_timer.isActive():
            self._save_timer.stop()
        self._writer.submit(self._write, STATE_KEY, self._state.to_json()).result()

    def shutdown(self) -> None:
        if self._writer._shutdown:  # closed already (closeEvent can come twice)
            return
        self.tasks.cancel_all()
        self.flush()
        self._writer.shutdown(wait=True)
