"""Activation: who has signed in, read through the provider's API (each provider module's ``activation``), the
last report kept in the store, and reminders — each one's invitation sent again through the invitations step's own
sender (its channel: the provider's mail API or SMTP, core/invitations/sender.py's journalled run), in the
member's language, exactly once per click: every click is a journal scope of its own (``remind:<click id>``), so a
lost answer is "uncertain" and never sent again by itself, and a second click is a new send. A new temporary
password, when asked for, is set through the provider's API first, journalled, never twice in a click.

At the app's start the window asks once (``check_once``) while someone has not signed in: the provider's sign-in is
restored from the keychain first when this run has not connected yet. A reminder after a fresh start, before the
Invitations step has been shown, builds its messages from the words the window lends (``lend_texts``)."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from collections.abc import Callable
from typing import TYPE_CHECKING

from mailwizard.core.activation import ActivationReport, not_reported, now_utc, stamp
from mailwizard.core.domains import sendable
from mailwizard.core.invitations.sender import SendProblem, send_invitations
from mailwizard.core.providers.base import AmbiguousOutcome, NotConnected, ProviderError
from mailwizard.core.secrets import SecretsUnavailable
from mailwizard.core.session.activation_events import ActivationFailed, ActivationRead, RemindDone, RemindProgress

if TYPE_CHECKING:
    from mailwizard.core.members.model import Member
    from mailwizard.core.providers.base import Provider
    from mailwizard.core.session.invitations import InvitationTexts
    from mailwizard.core.session.session import Session

READ_TASK = "activation-read"
CONNECT_POLL = 0.05  # seconds between looks at the provider step's restore of the sign-in
PASSWORD_SETTING, PASSWORD_SET, PASSWORD_UNCERTAIN = "setting", "set", "uncertain"
# The keys this step gives besides the provider's, SMTP's and the mail API's (ui/messages/activation.py)
MESSAGE_KEYS = ("activation.failed", "activation.not_reported", "activation.no_personal_address",
                "activation.uncertain", "activation.password_uncertain")


class ActivationStep:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._report: ActivationReport | None = None
        self._loaded_for: str | None = None
        self._checked_this_run = False
        # the words around an invitation, lent by the window: used when the Invitations step was given none
        self._texts: Callable[[], InvitationTexts] | None = None

    def reset(self) -> None:
        self.session.runner.cancel(READ_TASK)
        self._report, self._loaded_for = None, None
        self._checked_this_run = False

    def lend_texts(self, texts: Callable[[], InvitationTexts]) -> None:
        """The window's translated words around an invitation, for reminders sent before the Invitations step
        has been shown in this run (it sets its own, the same words)."""
        self._texts = texts

    # --- once a run ---------------------------------------------------------------------------------
    def should_check(self) -> bool:
        """Invitations are out (or handed over) and someone has not signed in, or nobody has looked yet."""
        state = self.session.state
        if not (state.invitations_done or state.invitations_skipped) or not self.session.member_list:
            return False
        report = self.report()
        return report is None or bool(report.waiting())

    def check_once(self) -> bool:
        """Read again, once in this run, while someone has not signed in (at the app's start, and when the panel
        is first shown). True when a read started now or is under way."""
        if self.reading():
            return True
        if self._checked_this_run or not self.should_check():
            return False
        self._checked_this_run = True
        self.refresh()
        return self.reading()

    def reading(self) -> bool:
        return self.session.runner.is_running(READ_TASK)

    # --- keys in the store ---------------------------------------------------------------------------
    def _key(self) -> str:
        return f"activation:{self.session.state.provider_id}"

    def _baselines_key(self) -> str:
        """When MailWizard itself set each member's temporary password again (a reminder's new password)."""
        return f"activation-baselines:{self.session.state.provider_id}"

    # --- who ----------------------------------------------------------------------------------------
    def _members(self) -> dict[str, Member]:
        """The members whose account exists (made here, or by hand where the wizard cannot connect)."""
        session = self.session
        domain = session.state.domain or ""
        statuses = session.members.statuses()
        by_hand = not session.provider.can_connect()
        return {m.address(domain): m for m in session.member_list if (by_hand and session.state.members_done)
                or statuses.get(m.address(domain), ("",))[0] == "created"}

    def report(self) -> ActivationReport | None:
        """The last report, for this provider (kept in the store: read there the first time)."""
        if self._loaded_for != self._key():
            self._loaded_for = self._key()
            saved = self.session.store.get(self._key())
            self._report = ActivationReport.from_json(saved) if isinstance(saved, dict) else None
        return self._report

    def not_signed_in(self) -> list[str]:
        report = self.report()
        return [m.address for m in report.waiting()] if report is not None else []

    # --- reading --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Read each member's state again, off the UI thread → ActivationRead or ActivationFailed."""
        session = self.session
        members = self._members()
        addresses = list(members)
        if not session.provider.can_connect():  # no admin API at all: the provider cannot tell (its console may)
            listing = session.catalogue.provider(session.state.provider_id or "")
            console = listing.links.get("admin_console", "") if listing is not None else ""
            self._keep(self._named(not_reported(addresses, console or ""), members))
            return
        if session.provider.api is None and not session.state.connected_account:
            session.emit(ActivationFailed("provider.not_connected", ""))
            return
        baselines = {k: v for k, v in ((a, _moment(t)) for a, t in
                                        (session.store.get(self._baselines_key()) or {}).items()) if v is not None}

        async def read() -> ActivationReport | None:
            api = await self._connected()
            if api is None:
                session.emit(ActivationFailed("provider.not_connected", ""))
                return None
            return await api.activation(addresses, baselines)

        def done(report: ActivationReport | None) -> None:
            if report is not None:
                self._keep(self._named(report, members))

        self._checked_this_run = True
        session.runner.run(READ_TASK, read(), label=None, on_result=done,
                           on_error=lambda exc: session.emit(ActivationFailed(*_why(exc))))

    async def _connected(self) -> Provider | None:
        """The open provider; signed in during an earlier run: the provider step's own restore from the keychain
        (one sign-in for every step: started here unless a page has started it), awaited."""
        import asyncio

        from mailwizard.core.session.provider import CONNECT_TASK

        provider, runner = self.session.provider, self.session.runner
        if provider.api is None and self.session.state.connected_account:
            if not runner.is_running(CONNECT_TASK):
                provider.restore()
            while runner.is_running(CONNECT_TASK):
                await asyncio.sleep(CONNECT_POLL)
        return provider.api

    @staticmethod
    def _named(report: ActivationReport, members: dict[str, Member]) -> ActivationReport:
        """The member's own name where the provider gave none."""
        from dataclasses import replace

        named = [m if m.name or m.address not in members else replace(m, name=members[m.address].display_name)
                 for m in report.members]
        return replace(report, members=named)

    def _keep(self, report: ActivationReport) -> None:
        self._report, self._loaded_for = report, self._key()
        self.session.write(self._key(), report.to_json())
        self.session.emit(ActivationRead(report))

    # --- reminding ------------------------------------------------------------------------------------
    def remind(self, addresses: list[str], new_password: bool = False) -> str | None:
        """Send each one's invitation again, once for this click (→ RemindProgress, RemindDone or
        ActivationFailed). Returns the click's id (None when it cannot start)."""
        session = self.session
        invitations = session.invitations
        if invitations.texts is None:  # a fresh start: the Invitations step has not been shown in this run
            invitations.texts = self._texts
        if invitations.texts is None:
            session.emit(ActivationFailed("activation.failed", "no invitation texts"))
            return None
        problem = invitations.channel.problem_before_sending()
        if problem is not None:
            session.emit(ActivationFailed(problem[0], ""))
            return None
        if new_password and session.provider.api is None and not session.state.connected_account:
            session.emit(ActivationFailed("provider.not_connected", ""))
            return None
        members = self._members()
        chosen = [members[a] for a in dict.fromkeys(addresses) if a in members]
        click = uuid.uuid4().hex
        scope = f"remind:{click}"
        domain = session.state.domain or ""

        async def run():
            failed: list[tuple[str, str]] = []
            uncertain: list[str] = []
            ready = []
            for member in chosen:
                address = member.address(domain)
                if not sendable(member.personal_email):
                    failed.append((address, "smtp.address_not_ascii" if member.personal_email else
                                   "activation.no_personal_address"))
                    continue
                if new_password:
                    if await self._connected() is None:
                        failed.append((address, "provider.not_connected"))
                        continue
                    outcome = await self._new_password(f"{scope}:password", address)
                    if outcome is not None:
                        (uncertain.append(address) if outcome == PASSWORD_UNCERTAIN
                         else failed.append((address, outcome)))
                        continue
                ready.append((address, invitations.message(member, include_password=new_password or None)))
            total = len(ready) + len(failed) + len(uncertain)
            offset = len(failed) + len(uncertain)
            session.emit(RemindProgress(offset, total))
            if invitations.channel.uses_api() and await self._connected() is None:  # sent from the admin's mailbox
                raise NotConnected()
            sender = await invitations.channel.sender()
            report = await send_invitations(
                sender, ready, session.store, scope,
                on_progress=lambda r: session.emit(RemindProgress(offset + r.done, total)))
            failed += list(report.failed.items())
            return RemindDone(len(report.sent), uncertain + report.uncertain, failed)

        session.runner.run(f"activation-remind:{click}", run(), label=None, on_result=session.emit,
                           on_error=lambda exc: session.emit(ActivationFailed(*_why(exc))))
        return click

    async def _new_password(self, scope: str, address: str) -> str | None:
        """Set a new temporary password through the provider's API: None when done; PASSWORD_UNCERTAIN when
        its answer was lost (not set twice, nor mailed); else the message key saying why not."""
        from mailwizard.core.members.passwords import generate

        session = self.session
        store = session.store
        if (store.journal_get(scope, address) or ("",))[0]:
            return PASSWORD_UNCERTAIN  # tried once in this click already
        password = generate(session.provider.profile.password_policy)
        with contextlib.suppress(SecretsUnavailable):  # else only in memory, for this message
            await session.connections.secrets.put(f"member-password:{address}", password)
        await session.write_now(store.journal_put, scope, address, PASSWORD_SETTING)
        try:
            await session.provider.api.set_password(address, password)
        except AmbiguousOutcome:
            await session.write_now(store.journal_put, scope, address, PASSWORD_UNCERTAIN)
            return PASSWORD_UNCERTAIN
        except ProviderError as exc:
            await session.write_now(store.journal_put, scope, address, "failed", "", exc.key)
            return exc.key
        when = stamp(now_utc()) or ""
        await session.write_now(store.journal_put, scope, address, PASSWORD_SET, when)
        session.members.new_passwords[address] = password
        baselines = dict(store.get(self._baselines_key()) or {})
        baselines[address] = when
        await session.write_now(store.put, self._baselines_key(), baselines)
        return None


def _moment(value: object) -> dt.datetime | None:
    from mailwizard.core.activation import moment

    return moment(value)


def _why(exc: BaseException) -> tuple[str, str]:
    if isinstance(exc, SendProblem):
        return exc.key, ", ".join(f"{k}={v}" for k, v in exc.params.items())
    if isinstance(exc, ProviderError):
        return exc.key, ", ".join(f"{k}={v}" for k, v in exc.params.items() if k != "password")
    return "activation.failed", type(exc).__name__
