"""The wizard's session: its one state, saved as it changes, the way between steps, and the steps' own modules,
each made when first used. No Qt: the window reaches it through ui/controller.py, the tests and the CLI directly."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import replace
from functools import cached_property
from typing import TYPE_CHECKING, Any

from mailwizard.core import flow
from mailwizard.core.flow import Step, WizardState
from mailwizard.core.session import after_setup
from mailwizard.core.session.after_setup import AfterSetupSteps
from mailwizard.core.session.state import LANGUAGE_KEY, SESSION_KEY, SessionState
from mailwizard.core.session.surroundings import Surroundings
from mailwizard.core.session.writer import SerialWriter

if TYPE_CHECKING:  # the rest loads when first used, after the first window is up (start-up time)
    from mailwizard.core.catalogue import Catalogue
    from mailwizard.core.dns.check import CheckConfig
    from mailwizard.core.dns.config import ResolverConfig
    from mailwizard.core.members.model import Member
    from mailwizard.core.providers.connection import Connections
    from mailwizard.core.session.dns import DnsStep
    from mailwizard.core.session.dns_apply import DnsApplyStep
    from mailwizard.core.session.dns_watch import DnsWatchStep
    from mailwizard.core.session.domain import DomainStep
    from mailwizard.core.session.events import Event
    from mailwizard.core.session.invitations import InvitationsStep
    from mailwizard.core.session.members import MembersStep
    from mailwizard.core.session.provider import ProviderStep
    from mailwizard.core.session.runner import Runner
    from mailwizard.core.session.shared import SharedStep
    from mailwizard.core.store import Store
    from mailwizard.core.watch.schedule import WatchSchedule

log = logging.getLogger(__name__)

SAVE_DELAY = 0.3  # seconds: a burst of typing is saved once
LANGUAGES = ("en", "zh_CN", "zh_TW")


def _at_once(_delay: float, callback: Callable[[], None]) -> None:
    # no window, no burst of typing to wait out: saved now, on the caller's thread (a timer would race start over)
    callback()


class Session(AfterSetupSteps):
    """``emit``: every events.Event; ``call_later(seconds, fn)``: the debounced save (the window's QTimer)."""

    def __init__(self, store: Store, catalogue: Catalogue, runner: Runner, enabled: frozenset[Step], *,
                 resolvers: ResolverConfig | Callable[[], ResolverConfig] | None = None,
                 dns_config: CheckConfig | Callable[[], CheckConfig] | None = None,
                 connections: Connections | None = None, surroundings: Surroundings | None = None,
                 emit: Callable[[Event], None] = lambda _event: None,
                 call_later: Callable[[float, Callable[[], None]], None] = _at_once) -> None:
        self.store, self.catalogue, self.runner, self.enabled = store, catalogue, runner, enabled
        self.surroundings = surroundings or Surroundings()
        self.emit = emit
        self._call_later = call_later
        self._resolvers_source = resolvers
        self._dns_config_source = dns_config
        self._wiring = (resolvers, dns_config)  # as given, for a start over
        self._connections = connections
        self.watch_schedule: WatchSchedule | None = None  # the OS's scheduled DNS check (tests inject one)
        self.language = "en"  # the UI language, for the catalogue's own three-language texts
        saved = SessionState.load(store)
        self.first_run = not saved.saved_before
        wizard = replace(saved.wizard, current=flow.resume_step(saved.wizard, enabled))
        self.saved = replace(saved, wizard=wizard)
        self._writer = SerialWriter("store")
        self._save_pending = False
        self._language_to_save: str | None = None
        self._save_problem: tuple[str, dict[str, str]] | None = None

    # --- the steps, each made when first used ----------------------------------------------------
    @cached_property
    def provider(self) -> ProviderStep:
        from mailwizard.core.session.provider import ProviderStep

        return ProviderStep(self)

    @cached_property
    def domain(self) -> DomainStep:
        from mailwizard.core.session.domain import DomainStep

        return DomainStep(self)

    @cached_property
    def dns(self) -> DnsStep:
        from mailwizard.core.session.dns import DnsStep

        return DnsStep(self)

    @cached_property
    def dns_apply(self) -> DnsApplyStep:
        from mailwizard.core.session.dns_apply import DnsApplyStep

        return DnsApplyStep(self)

    @cached_property
    def dns_watch(self) -> DnsWatchStep:
        from mailwizard.core.session.dns_watch import DnsWatchStep

        return DnsWatchStep(self)

    @cached_property
    def members(self) -> MembersStep:
        from mailwizard.core.session.members import MembersStep

        return MembersStep(self)

    @cached_property
    def shared(self) -> SharedStep:
        """The shared addresses and aliases, made by the members' Create run after the accounts."""
        from mailwizard.core.session.shared import SharedStep

        return SharedStep(self)

    @cached_property
    def invitations(self) -> InvitationsStep:
        from mailwizard.core.session.invitations import InvitationsStep

        return InvitationsStep(self)

    def _made(self, name: str) -> Any | None:
        return self.__dict__.get(name)  # a step if it was made already (resetting one never used would make it)

    # --- wiring, resolved when first needed (dnspython, keyring and httpx load after the first frame) ----
    @property
    def connections(self) -> Connections:
        if self._connections is None:
            from mailwizard.core.providers.connection import Connections, Endpoints
            from mailwizard.core.secrets import KeyringStore, SessionSecrets

            # the keychain, with the session's memory in front: no keychain (or a locked one) still connects
            self._connections = Connections(SessionSecrets(KeyringStore()), Endpoints.real())
        return self._connections

    @property
    def dns_config(self) -> CheckConfig:
        """The resolvers and servers the DNS panel asks: injected, else the user's list or the defaults."""
        if callable(self._dns_config_source):
            self._dns_config_source = self._dns_config_source()
        if self._dns_config_source is None:
            from mailwizard.core.dns.service import check_config

            self._dns_config_source = check_config(self.saved.resolvers)
        return self._dns_config_source

    @property
    def resolvers(self) -> ResolverConfig:
        """The domain's presence is asked of the user's list once there is one (the DNS panel's), else the system's."""
        if callable(self._resolvers_source):
            self._resolvers_source = self._resolvers_source()
        if self._resolvers_source is None or (self.saved.resolvers and not self._presence_follows_list):
            self._resolvers_source = self._presence_config(self.dns_config, self._resolvers_source)
            self._presence_follows_list = True
        return self._resolvers_source

    _presence_follows_list = False

    @staticmethod
    def _presence_config(config: CheckConfig, previous: ResolverConfig | None) -> ResolverConfig:
        from mailwizard.core.dns.config import ResolverConfig

        # one port per presence query: the list's first (entries on another port are the DNS panel's only)
        port = config.resolvers[0].port if config.resolvers else 53
        chosen = tuple(v.address for v in config.resolvers if v.port == port)
        if previous is None:
            return ResolverConfig(chosen, port=port)
        # the session's own resolvers (the system's first) stay behind the chosen ones: a firewall may allow only those
        kept = previous.nameservers if previous.port == port else ()
        return replace(previous, nameservers=tuple(dict.fromkeys(chosen + kept)), port=port)

    def set_dns_config(self, config: CheckConfig) -> None:
        """A new resolver list: the DNS panel and the domain's presence check both ask these from now on."""
        previous = self._resolvers_source if not callable(self._resolvers_source) else None
        self._dns_config_source = config
        self._resolvers_source = self._presence_config(config, previous)
        self._presence_follows_list = True

    # --- state ------------------------------------------------------------------------------------
    @property
    def state(self) -> WizardState:
        return self.saved.wizard

    def update(self, **changes: Any) -> None:
        new = replace(self.saved.wizard, **changes)
        if new == self.saved.wizard:
            return
        self.replace(wizard=new)

    def replace(self, **parts: Any) -> None:
        """Change parts of the saved session (wizard, members, shared, dns_snapshot, resolvers), save, tell."""
        self.saved = replace(self.saved, **parts)
        self.save_soon()
        self.changed()

    def start_with(self, **changes: Any) -> None:
        """A first run's defaults (currency, region), set before anyone listens: saved soon, told to no one."""
        self.keep(wizard=replace(self.saved.wizard, **changes))

    def keep(self, **parts: Any) -> None:
        """Save parts of the session that no page renders from (the DNS snapshot), without telling."""
        self.saved = replace(self.saved, **parts)
        self.save_soon()

    def changed(self) -> None:
        from mailwizard.core.session.events import StateChanged

        self.emit(StateChanged())

    @property
    def member_list(self) -> tuple[Member, ...]:
        return self.saved.members

    def steps(self) -> list[Step]:
        return flow.visible_steps(self.enabled)

    def can_go_next(self) -> bool:
        return flow.next_step(self.state, self.enabled) is not None

    def go_next(self) -> bool:
        return self._go(flow.next_step(self.state, self.enabled))

    def go_back(self) -> bool:
        return self._go(flow.previous_step(self.state, self.enabled))

    def go_to(self, step: Step) -> bool:
        return self._go(step if flow.can_enter(step, self.state, self.enabled) else None)

    def _go(self, target: Step | None) -> bool:
        if target is not None:
            self.update(current=target)
        return target is not None

    def provider_name(self) -> str:
        """The chosen provider's name in the UI language ("" before one is chosen)."""
        provider = self.catalogue.provider(self.state.provider_id or "")
        return provider.name.get(self.language) if provider else ""

    def shown_domain(self) -> str:
        """The company's domain as people read it (例子.中国, not xn--…); "" before there is one."""
        domain = self.state.domain or ""
        if not domain:
            return ""
        from mailwizard.core.domains import check_domain  # idna loads when first needed (start-up time)

        return check_domain(domain).unicode or domain

    def start_over(self) -> None:
        self.runner.cancel_all()
        self._writer.wait()  # let a pending write finish first
        language, self._language_to_save = self._language_to_save or self.store.get(LANGUAGE_KEY), None
        # the hand-over sheets' temporary passwords go with the list (on the writer thread, which closing drains)
        domain = self.state.domain or ""
        addresses = [m.address(domain) for m in self.saved.members if domain and m.local_part]
        from mailwizard.core.store import StoreError

        watch = self.dns_watch  # what it registered is read before the store forgets it
        self.migration.forget_saved_passwords_too()  # (the copy's passwords from an earlier run, by the saved plan)
        try:
            self.store.clear()
        except StoreError as exc:  # a full disk…: nothing is cleared, and the window says why
            from mailwizard.core.session.events import SaveFailed

            log.error("starting over failed: %s", exc)
            self.emit(SaveFailed.of(exc))
            return
        if addresses:
            from mailwizard.core.session.members import forget_passwords_now

            self._writer.submit(forget_passwords_now, self.connections.secrets, addresses)
        watch.forget()
        for name in ("dns", "dns_apply", "members", "shared", "invitations", *after_setup.STEPS):
            step = self._made(name)
            if step is not None:
                step.reset()
        self.saved = SessionState(wizard=WizardState(budget_currency=self.state.budget_currency))
        self._resolvers_source, self._dns_config_source = self._wiring
        self._presence_follows_list = False
        self._save_pending = False
        if language:
            self._put(LANGUAGE_KEY, language)
        self.use_sample_company()  # practice starts over with its sample company again
        self.changed()

    def set_language(self, language: str) -> None:
        """The language the user chose (kept across start-over and restarts); an unknown one is English."""
        before, self.language = self.language, language if language in LANGUAGES else "en"
        self.save_language(self.language)
        self.use_sample_company(before)

    def use_sample_company(self, before: str | None = None) -> None:
        """Practice's sample company, in the UI language (one still untouched follows it, from ``before``)."""
        if self.surroundings.sample_company(self.language) is not None:
            self.domain.use_sample(before)

    # --- saving -------------------------------------------------------------------------------------
    def save_language(self, language: str) -> None:
        # with the state, a moment later: a first run saves nothing before its first frame
        self._language_to_save = language
        self.save_soon()

    def save_soon(self) -> None:
        if not self._save_pending:
            self._save_pending = True
            self._call_later(SAVE_DELAY, self._save_now)

    def _save_now(self) -> None:
        if not self._save_pending:
            return  # saved already (a flush came first)
        self._save_pending = False
        if self._language_to_save is not None:
            self.write(LANGUAGE_KEY, self._language_to_save)
            self._language_to_save = None
        # JSON made on the writer thread: the state is replaced, never changed in place (20,000 members: ~0.2 s)
        self._writer.submit(self._put_session, self.saved)

    def write(self, key: str, value: Any) -> None:
        """Put ``value`` under ``key`` on the writer thread; a failure is reported as SaveFailed."""
        self._writer.submit(self._put, key, value)

    def submit(self, function: Callable[..., Any], *args: Any) -> None:
        """Other disk work that must keep its order with the saves."""
        self._writer.submit(function, *args)

    async def write_now(self, function: Callable[..., Any], *args: Any) -> Any:
        """``function(*args)`` on the writer thread, in order with the saves, awaited; its StoreError raised here."""
        import asyncio

        future = self._writer.submit(function, *args)
        if future is None:
            raise RuntimeError("the session is closed")
        return await asyncio.wrap_future(future)

    def _put_session(self, saved: SessionState) -> None:
        self._put(SESSION_KEY, saved.to_json())

    def _put(self, key: str, value: Any) -> None:
        from mailwizard.core.store import StoreError

        try:
            self.store.put(key, value)
        except StoreError as exc:  # the state stays in memory: the next save writes all of it again
            from mailwizard.core.session.events import SaveFailed

            log.error("saving %s failed: %s", key, exc)
            self._save_problem = (f"save.{exc.problem.value}", exc.params())
            self.emit(SaveFailed(exc.detail, *self._save_problem))
        else:
            self._save_problem = None

    def save_problem(self) -> tuple[str, dict[str, str]] | None:
        """Why the last save failed: a message key (``save.disk_full``…) and its params; None once a save works."""
        return self._save_problem

    def settle(self) -> None:
        self._writer.wait()  # once every write asked for so far is on disk (nothing new is asked for)

    def flush(self) -> None:  # write now and wait: called when the window closes
        self._save_pending = True
        self._save_now()
        self._writer.wait()

    @property
    def closed(self) -> bool:
        return self._writer.closed

    def shutdown(self) -> None:
        if self._writer.closed:  # closed already (closing can come twice)
            return
        self.runner.cancel_all()
        self.flush()
        self._writer.close()
