"""Owns the wizard state, saves it as the user goes, and is the only caller of core services."""

from __future__ import annotations

import logging
from dataclasses import replace
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, QTimer, Signal

from mailwizard.core import flow
from mailwizard.core.catalogue import Catalogue
from mailwizard.core.dns.config import ResolverConfig
from mailwizard.core.flow import DomainPresence, Step, WizardState
from mailwizard.core.members.model import Member
from mailwizard.core.store import Store, StoreError
from mailwizard.ui.controller_dns import DNS_SNAPSHOT_KEY, RESOLVERS_KEY, DnsActions
from mailwizard.ui.controller_members import MEMBERS_KEY, MemberActions, forget_passwords_now, member_from_json
from mailwizard.ui.controller_provider import ProviderActions
from mailwizard.ui.serial_writer import SerialWriter
from mailwizard.ui.tasks import TaskRunner

if TYPE_CHECKING:  # the rest loads when first used, after the first window is up (start-up time)
    from mailwizard.core.dns.check import CheckConfig, CheckResult
    from mailwizard.core.dns.monitor import DnsMonitor
    from mailwizard.core.dns.presence import PresenceResult
    from mailwizard.core.providers.base import Provider
    from mailwizard.core.providers.connection import Connections

log = logging.getLogger(__name__)

STATE_KEY = "wizard"
LANGUAGE_KEY = "language"
SAVE_DELAY_MS = 300
PRESENCE_TASK = "domain-presence"


class WizardController(DnsActions, ProviderActions, MemberActions, QObject):
    """Signals: ``stateChanged()`` after any change; ``presenceChanged(object)`` with a
    ``PresenceResult`` (or None while checking); ``dnsChecked(object)`` with each DNS
    ``CheckResult``; ``saveFailed(str)`` with the reason."""

    stateChanged = Signal()
    presenceChanged = Signal(object)
    dnsChecked = Signal(object)
    saveFailed = Signal(str)
    importFileSaved = Signal(str, bool, int)  # path, whether it holds temporary passwords, how many files
    importFileFailed = Signal(str, dict)    # message key, params
    connectionChanged = Signal(str, object)  # message key ("" when fine), its params
    licensesLoaded = Signal(object)          # list of LicenseOption
    existingLoaded = Signal(object)          # set of local parts that already exist at the provider
    membersProgress = Signal(object)         # BulkReport while accounts are being created
    membersFinished = Signal(object)         # the final BulkReport
    departmentsLoaded = Signal(list)         # the provider's department names
    groupsLoaded = Signal(list)              # the provider's team groups (TeamGroup)

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
        self._registrars = None
        self.practice = None  # practice mode's PracticeSandbox (mailwizard.ui.practice); None for the real thing
        self.language = "en"  # the UI language, for the catalogue's own three-language texts
        saved = store.get(STATE_KEY)
        state = WizardState.from_json(saved) if isinstance(saved, dict) else WizardState()
        self._state = replace(state, current=flow.resume_step(state, enabled))
        # One worker keeps writes in order and off the UI thread.
        self._writer = SerialWriter("store")
        self._language_to_save: str | None = None
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self._save_now)
        self._statuses: dict[str, tuple[str, str]] = self._read_statuses(self._state.provider_id)

    @property
    def registrars(self):
        """Where to register a domain (the Domain step), read when first needed."""
        if self._registrars is None:
            from mailwizard.core.registrars import load_registrars

            self._registrars = load_registrars()
        return self._registrars

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
        if self.practice is not None and fields.get("name"):
            self.practice.api.rename_organisation(fields["name"])  # the practice console is the company's

    def set_domain_input(self, text: str) -> None:
        from mailwizard.core.domains import check_domain  # idna and the suffix list: not needed for the first frame

        verdict = check_domain(text)
        domain = verdict.ascii if verdict.ok else None
        changes: dict[str, Any] = {"company": replace(self._state.company, domain_input=text), "domain": domain}
        if self.practice is not None and domain:
            # the sandbox's DNS now serves this domain (in memory, instant), its console is the company's
            self.practice.use_domain(domain, self._state.company.name)
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

    def provider_name(self) -> str:
        """The chosen provider's name in the UI language ("" before one is chosen)."""
        provider = self.catalogue.provider(self._state.provider_id or "")
        return provider.name.get(self.language) if provider else ""

    def shown_domain(self) -> str:
        """The company's domain as people read it (例子.中国, not xn--…); "" before there is one."""
        domain = self._state.domain or ""
        if not domain:
            return ""
        from mailwizard.core.domains import check_domain  # idna loads when first needed (start-up time)

        return check_domain(domain).unicode or domain

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
        self._writer.wait()  # let a pending write finish first
        self._monitor = None
        self.dns_result = None
        language, self._language_to_save = self._language_to_save or self.store.get(LANGUAGE_KEY), None
        # the temporary passwords kept for the hand-over sheets would be left in the keychain with no list
        # to hand them over from: they go with it
        # (on the writer thread, which closing the window drains: a task would be cancelled by a quick quit)
        addresses = [m.address(self._state.domain or "") for m in self.members if self._state.domain]
        if addresses:
            self._writer.submit(forget_passwords_now, self.connections.secrets, addresses)
        self.store.clear()
        self.members = []
        self.new_passwords = {}
        self._statuses = {}
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

    # --- saving --------------------------------------------------------------------------
    def save_language(self, language: str) -> None:
        # with the state, a moment later: a first run saves nothing before its first frame
        self._language_to_save = language
        self._save_timer.start()

    def _save_now(self) -> None:
        if self._language_to_save is not None:
            self._writer.submit(self._write, LANGUAGE_KEY, self._language_to_save)
            self._language_to_save = None
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
        self._save_now()
        self._writer.wait()

    def shutdown(self) -> None:
        if self._writer.closed:  # closed already (closeEvent can come twice)
            return
        self.tasks.cancel_all()
        self.flush()
        self._writer.close()
