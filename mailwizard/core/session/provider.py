"""The provider step: the chosen plan, and the provider's admin API — connecting (browser sign-in, service
account, app ID and secret), binding and verifying the domain, licences, departments, groups and the addresses
already taken."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from mailwizard.core.session import events
from mailwizard.core.session.provider_app import AppSecretConnect
from mailwizard.core.session.runner import to_thread

if TYPE_CHECKING:  # the provider API's types load with the first provider call, after the first window
    from mailwizard.core.providers.base import Account, Provider, Seats
    from mailwizard.core.session.session import Session

log = logging.getLogger(__name__)

CONNECT_TASK = "provider-connect"
DISCONNECT_TASK = "provider-disconnect"
BIND_TASK = "provider-bind-domain"
VERIFY_TASK = "provider-verify"
LICENSES_TASK = "provider-licenses"
SEATS_TASK = "provider-seats"
TENANT_VALUES_TASK = "provider-tenant-values"


class ProviderStep(AppSecretConnect):
    def __init__(self, session: Session) -> None:
        self.session = session
        self.api: Provider | None = None  # the signed-in admin API of this run (None until connected)
        self.existing_users: set[str] = set()
        self.tenant_country = ""  # the signed-in organisation's own country, where its API says it
        self.seats: Seats | None = None   # as last read from the provider (None: not read, or not reported)
        self.said_kept_in_memory = False  # "kept only until MailWizard closes" is said once a session

    def reset(self) -> None:
        self.api = None
        self.existing_users = set()
        self.tenant_country = ""
        self.seats = None

    # --- the plan ------------------------------------------------------------------------------
    def choose_plan(self, provider_id: str, plan_id: str) -> None:
        session = self.session
        if provider_id == session.state.provider_id:
            session.update(plan_id=plan_id)
            return
        # another provider needs other records: what was verified for the old one does not count, and the
        # old provider's sign-in (and its OAuth client) is not this one's
        session.dns.reset()
        self.reset()
        session.update(provider_id=provider_id, plan_id=plan_id, dns_values={}, dns_verified=False,
                       dns_all_ok=False, connected_account="", connected_org="", provider_verified=False,
                       members_done=False, oauth_client_id="")
        session.members.provider_changed()

    # --- connecting ----------------------------------------------------------------------------
    @property
    def profile(self):
        """The chosen provider's differences (core/provider_profile.py)."""
        from mailwizard.core.providers.profiles import profile_for

        return profile_for(self.session.state.provider_id)

    def member_presets(self) -> tuple[str, ...]:
        """The permission presets the chosen provider's API can apply (the Members table offers these)."""
        from mailwizard.core.members.table import presets_for

        return presets_for(self.profile.role_api)

    def quota_shown(self) -> bool:
        """The Members table's mailbox size column is used: an API that takes it, or the console's import file
        (whose layout has a column for it, or ignores it)."""
        return self.profile.quota_api or self.by_hand()

    def can_connect(self) -> bool:
        return self.profile.connectable

    def by_hand(self) -> bool:
        """The accounts are made from the console's import file: no admin API, or (an app ID and secret that
        only some editions have) no connection made."""
        from mailwizard.core.provider_profile import CONNECT_APP_SECRET

        return not self.can_connect() or (self.profile.connect == CONNECT_APP_SECRET and self.api is None)

    def administrator(self) -> str:
        """Who the service account acts as: the contact, only when theirs is a mailbox at the company's domain (a
        163.com or Gmail address cannot be a Workspace administrator); else "" for the admin to type."""
        state = self.session.state
        contact = state.company.contact_email.strip()
        domain = (state.domain or "").lower()
        return contact if domain and contact.lower().endswith("@" + domain) else ""

    def builtin_registration(self):
        """MailWizard's own app registration for the chosen provider's browser sign-in (the publisher's, built into
        this copy: resources/oauth_clients.toml), or None."""
        from mailwizard.core.provider_profile import CONNECT_BROWSER
        from mailwizard.core.providers.connection import default_registration

        if self.profile.connect != CONNECT_BROWSER:
            return None
        return default_registration(self.session.state.provider_id or "")

    def signs_in_simply(self) -> bool:
        """The Connect step's form. True (this copy has MailWizard's own app registration for the provider): only
        "Sign in with …", through that app, with the organisation's own registration behind "Advanced". False: the
        registration form, as in a copy built without one."""
        return self.builtin_registration() is not None

    def client_id(self) -> str:
        """The organisation's own OAuth client to offer in the registration form: the one last used (never
        MailWizard's own, which the form does not need)."""
        builtin = self.builtin_registration()
        own = self.session.state.oauth_client_id
        return "" if builtin is not None and own == builtin.client_id else own

    def sign_in(self, open_browser, done_page: str, label: str) -> None:
        """Browser sign-in through MailWizard's own app registration (signs_in_simply)."""
        builtin = self.builtin_registration()
        if builtin is None:
            raise RuntimeError("no built-in app registration for this provider")
        self._sign_in(builtin, open_browser, done_page, label)

    def connect(self, client_id: str, client_secret: str | None, open_browser, done_page: str, label: str) -> None:
        """Browser sign-in with the organisation's own OAuth client (or MailWizard's own, with its secret)."""
        from mailwizard.core.providers.connection import AppRegistration

        registration = AppRegistration(client_id.strip(), (client_secret or "").strip() or None)
        builtin = self.builtin_registration()
        if builtin and registration.client_id == builtin.client_id and not registration.client_secret:
            registration = builtin  # MailWizard's own registration, with its (non-confidential) secret
        self._sign_in(registration, open_browser, done_page, label)

    def _sign_in(self, registration, open_browser, done_page: str, label: str) -> None:
        provider_id, connections = self.session.state.provider_id or "", self.session.connections
        self.session.update(oauth_client_id=registration.client_id)
        self._connect(lambda: connections.connect(provider_id, registration, open_browser, done_page), label,
                      bind=True)

    def connect_service_account(self, key_path: str, subject: str, label: str) -> None:
        """Google: the organisation's service account key (read off the UI thread, then kept in the keychain)."""

        async def connect():
            from mailwizard.core.providers.service_account import ServiceAccountKey

            text = await to_thread(Path(key_path).read_text, encoding="utf-8")
            return await self.session.connections.connect_service_account(ServiceAccountKey.from_json(text, subject))

        self._connect(connect, label, bind=True)

    def restore(self) -> None:
        """Signed in during an earlier session: reconnect quietly from the keychain."""
        state = self.session.state
        if not state.connected_account or self.api is not None or not self.can_connect():
            return
        provider_id, connections = state.provider_id or "", self.session.connections

        def failed(exc: BaseException) -> None:  # not connected after all: not "Signed in as …" beside that
            self.session.update(connected_account="", connected_org="")
            self.failed(exc)

        self._connect(lambda: connections.restore(provider_id), None, bind=False, on_error=failed)

    def _connect(self, connect, label: str | None, *, bind: bool, on_error=None) -> None:
        """Run one way of signing in; then show who is signed in, and (for a new sign-in) bind the domain."""

        async def run() -> Account:
            if self.api is not None:
                await self.api.close()
                self.api = None
            provider, account = await connect()
            self.api = provider
            return account

        def done(account: Account) -> None:
            from mailwizard.core.secrets import kept_only_in_memory

            self.tenant_country = account.country
            self.session.update(connected_account=account.email, connected_org=account.organisation)
            self.session.emit(events.ConnectionChanged())
            if kept_only_in_memory(self.session.connections.secrets) and not self.said_kept_in_memory:
                self.said_kept_in_memory = True
                self.session.emit(events.SecretsInMemory())
            if not self.binds_domain():
                self.verify()  # Alibaba: read the console's verdict on the domain
            elif bind:
                self.bind_domain()
            self.load_licenses()
            self.load_existing_users()
            self.load_departments()
            self.load_groups()

        self.session.runner.run(CONNECT_TASK, run(), label=label, on_result=done, on_error=on_error or self.failed)

    def binds_domain(self) -> bool:
        """False where the domain is added in the provider's console (Tencent, Alibaba): guided, not done here."""
        return self.api is None or self.api.domain_api

    def disconnect(self) -> None:
        provider, self.api = self.api, None
        self.tenant_country = ""
        provider_id = self.session.state.provider_id or ""
        self.session.update(connected_account="", connected_org="", provider_verified=False)
        self.session.runner.run(DISCONNECT_TASK, self.session.connections.disconnect(provider_id, provider),
                                label=None, on_result=lambda _r: self.session.emit(events.ConnectionChanged()),
                                on_error=self.failed)

    # --- what the tenant holds -----------------------------------------------------------------
    def load_existing_users(self) -> None:
        """Addresses already taken at the provider, so the table can say so before anything is created."""
        provider, domain = self.api, self.session.state.domain
        if provider is None or not domain:
            return
        members = [m.address(domain) for m in self.session.member_list if m.local_part]

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
            self.session.emit(events.ExistingLoaded(self.taken_by_others()))

        self.session.runner.run("provider-users", taken(), label=None, on_result=done, on_error=self.failed)

    def taken_by_others(self) -> set[str]:
        """Local parts the provider already has that are not ours (as last read; none after a provider switch)."""
        return self.existing_users - self.session.members.ours()

    def load_groups(self) -> None:
        """The provider's team groups (Google Groups, Microsoft 365 groups) for the "+ team group" presets."""
        if self.api is None:
            return
        self.session.runner.run("provider-groups", self.api.list_groups(), label=None,
                                on_result=lambda groups: self.session.emit(events.GroupsLoaded(groups)),
                                on_error=self.failed)

    def load_departments(self) -> None:
        """The provider's departments (Tencent, Alibaba), offered when a member's department is typed."""
        departments = getattr(self.api, "departments", None)
        if departments is None:
            return
        self.session.runner.run("provider-departments", departments(), label=None,
                                on_result=lambda found: self.session.emit(events.DepartmentsLoaded(sorted(found))),
                                on_error=self.failed)

    def load_licenses(self) -> None:
        """The tenant's licenses and how many are free (Microsoft 365: a mailbox needs one)."""
        if self.api is None:
            return

        def done(options) -> None:
            if options and self.session.state.license_sku not in {o.sku_id for o in options}:
                best = max(options, key=lambda o: o.available)
                self.session.update(license_sku=best.sku_id)
            self.session.emit(events.LicensesLoaded(options))
            self.load_seats()  # of the licence new mailboxes get

        self.session.runner.run(LICENSES_TASK, self.api.license_options(), label=None, on_result=done,
                                on_error=self.failed)

    def load_seats(self) -> None:
        """Seats bought and in use, as the provider's API reports them (the Members step holds Create when the
        list needs more than are left). A failed read is not an alarm: the seats are just not shown."""
        provider = self.api
        if provider is None:
            return

        def done(seats: Seats | None) -> None:
            if provider is self.api:
                self.seats = seats
                self.session.emit(events.SeatsLoaded(seats))

        def failed(exc: BaseException) -> None:
            log.info("seats not read: %s", type(exc).__name__)
            done(None)

        self.session.runner.run(SEATS_TASK, provider.seats(self.session.state.license_sku or None), label=None,
                                on_result=done, on_error=failed)

    # --- the domain at the provider --------------------------------------------------------------
    def bind_domain(self) -> None:
        """Add the domain to the tenant, fetch its verification value and tenant records for the DNS step."""
        provider, domain = self.api, self.session.state.domain
        if provider is None or not domain:
            return

        async def run() -> dict[str, str]:
            status = await provider.add_domain(domain)
            values = {"verification": await provider.verification_value(domain)}
            if status.verified:  # verified before (an earlier run): its records can be read now
                values.update(await provider.tenant_values(domain))
            values["_verified"] = "1" if status.verified else ""
            return values

        def done(values: dict[str, str]) -> None:
            verified = values.pop("_verified") == "1"
            self.session.dns.merge_values(values)
            self.session.update(provider_verified=verified or self.session.state.provider_verified)
            self.session.emit(events.ConnectionChanged())
            self.session.dns.check_now()

        self.session.runner.run(BIND_TASK, run(), label=None, on_result=done, on_error=self.failed)

    def load_tenant_values(self) -> None:
        """The tenant's own record values (Microsoft's MX host), which the provider gives once the domain is
        verified: into the DNS step's values, and checked at once."""
        provider, domain = self.api, self.session.state.domain
        if provider is None or not domain:
            return

        def done(values: dict[str, str]) -> None:
            if values and domain == self.session.state.domain:
                self.session.dns.merge_values(values)
                self.session.dns.check_now()

        self.session.runner.run(TENANT_VALUES_TASK, provider.tenant_values(domain), label=None, on_result=done,
                                on_error=self.failed)

    def domain_seen_in_dns(self) -> None:
        """The DNS check sees the ownership record: the provider may verify now."""
        if self.api is not None and not self.session.state.provider_verified:
            self.verify()

    def verify(self) -> None:
        """Ask the provider to verify the domain, and show its answer."""
        provider, domain, runner = self.api, self.session.state.domain, self.session.runner
        if provider is None or not domain or self.session.state.provider_verified or runner.is_running(VERIFY_TASK):
            return

        def done(status) -> None:
            self.session.update(provider_verified=status.verified)
            self.session.emit(events.ConnectionChanged())
            if status.verified:
                self.load_tenant_values()

        def failed(exc: BaseException) -> None:
            from mailwizard.core.providers.base import NotFound

            if isinstance(exc, NotFound):  # Alibaba: the domain has not been added in the console yet
                self.session.emit(events.ConnectionChanged("provider.domain_not_added", {"domain": domain}))
            else:
                self.failed(exc)

        runner.run(VERIFY_TASK, provider.verify_domain(domain), label=None, on_result=done, on_error=failed)

    def failed(self, exc: BaseException) -> None:
        """A provider call failed: said as a message key the UI translates."""
        from mailwizard.core.providers.base import NotSupported, ProviderError
        from mailwizard.core.secrets import SecretsUnavailable
        from mailwizard.core.store import StoreError

        if isinstance(exc, NotSupported):
            return  # a call this provider's API does not have (Tencent: the domain's status); the UI guides it
        if isinstance(exc, ProviderError):
            self.session.emit(events.ConnectionChanged(exc.key, exc.params))
        elif isinstance(exc, SecretsUnavailable):
            self.session.emit(events.ConnectionChanged(exc.key, {}))
        elif isinstance(exc, StoreError):  # the journal could not be written (a full disk…): not the provider's
            self.session.emit(events.SaveFailed.of(exc))
        elif isinstance(exc, OSError):  # the key file could not be read
            self.session.emit(events.ConnectionChanged("provider.key_file_unreadable", {}))
        else:
            log.error("provider task failed: %s", type(exc).__name__)
            self.session.emit(events.ConnectionChanged("provider.error", {}))
