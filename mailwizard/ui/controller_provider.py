"""The provider side of the controller: connecting (browser sign-in, service account, app ID and secret),
binding and verifying the domain, licenses, departments and the addresses already taken."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from mailwizard.ui.tasks import to_thread

if TYPE_CHECKING:  # the provider API's types load with the first provider call, after the first window (start-up)
    from mailwizard.core.providers.base import Account
    from mailwizard.core.providers.connection import AppRegistration

log = logging.getLogger("mailwizard.ui.controller")

CONNECT_TASK = "provider-connect"
DISCONNECT_TASK = "provider-disconnect"
BIND_TASK = "provider-bind-domain"
VERIFY_TASK = "provider-verify"
LICENSES_TASK = "provider-licenses"


class ProviderActions:
    """Mixed into WizardController (which owns the signals, the state and the task runner)."""

    # --- the provider's admin API ---------------------------------------------------------
    def can_connect(self) -> bool:
        from mailwizard.core.providers.base import CONNECTABLE

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

            text = await to_thread(Path(key_path).read_text, encoding="utf-8")
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
            self.load_groups()

        self.tasks.run(CONNECT_TASK, run(), label=label, on_result=done, on_error=self._provider_failed)

    def provider_binds_domain(self) -> bool:
        """False where the domain is added in the provider's console (Tencent, Alibaba): guided, not done here."""
        return self.provider is None or self.provider.domain_api

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

    def load_groups(self) -> None:
        """The provider's team groups (Google Groups, Microsoft 365 groups) for the "+ team group" presets."""
        provider = self.provider
        if provider is None:
            return
        self.tasks.run("provider-groups", provider.list_groups(), label=None,
                       on_result=self.groupsLoaded.emit, on_error=self._provider_failed)

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
            from mailwizard.core.providers.base import NotFound

            if isinstance(exc, NotFound):  # Alibaba: the domain has not been added in the console yet
                self.connectionChanged.emit("provider.domain_not_added", {"domain": domain})
            else:
                self._provider_failed(exc)

        self.tasks.run(VERIFY_TASK, provider.verify_domain(domain), label=None, on_result=done, on_error=failed)

    def _provider_failed(self, exc: BaseException) -> None:
        from mailwizard.core.providers.base import NotSupported, ProviderError
        from mailwizard.core.secrets import SecretsUnavailable

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

