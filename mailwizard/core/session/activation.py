"""Activation: who has signed in, read through the provider's API (each provider module's ``activation``), the
last report kept in the store, and reminders — each one's invitation sent again through the invitations step's own
sender (its channel: the provider's mail API or SMTP, core/invitations/sender.py's journalled run), in the
member's language, exactly once per click: every click is a journal scope of its own (``remind:<click id>``), so a
lost answer is "uncertain" and never sent again by itself, and a second click is a new send. A new temporary
password, when asked for, is set through the provider's API first, journalled, never twice in a click."""

from __future__ import annotations

import contextlib
import datetime as dt
import uuid
from typing import TYPE_CHECKING

from mailwizard.core.activation import ActivationReport, not_reported, now_utc, stamp
from mailwizard.core.domains import sendable
from mailwizard.core.invitations.sender import SendProblem, send_invitations
from mailwizard.core.providers.base import AmbiguousOutcome, ProviderError
from mailwizard.core.secrets import SecretsUnavailable
from mailwizard.core.session.activation_events import ActivationFailed, ActivationRead, RemindDone, RemindProgress

if TYPE_CHECKING:
    from mailwizard.core.members.model import Member
    from mailwizard.core.session.session import Session

READ_TASK = "activation-read"
PASSWORD_SETTING, PASSWORD_SET, PASSWORD_UNCERTAIN = "setting", "set", "uncertain"
# The keys this step gives besides the provider's, SMTP's and the mail API's (ui/messages/activation.py)
MESSAGE_KEYS = ("activation.failed", "activation.not_reported", "activation.no_personal_address",
                "activation.uncertain", "activation.password_uncertain")


class ActivationStep:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._report: ActivationReport | None = None
        self._loaded_for: str | None = None

    def reset(self) -> None:
        self.session.runner.cancel(READ_TASK)
        self._report, self._loaded_for = None, None

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
        api = session.provider.api
        if api is None:
            session.emit(ActivationFailed("provider.not_connected", ""))
            return
        baselines = {k: v for k, v in ((a, _moment(t)) for a, t in
                                        (session.store.get(self._baselines_key()) or {}).items()) if v is not None}

        def done(report: ActivationReport) -> None:
            self._keep(self._named(report, members))

        session.runner.run(READ_TASK, api.activation(addresses, baselines), label=None, on_result=done,
                           on_error=lambda exc: session.emit(ActivationFailed(*_why(exc))))

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
        problem = invitations.channel.problem_before_sending()
        if problem is not None:
            session.emit(ActivationFailed(problem[0], ""))
            return None
        if new_password and session.provider.api is None:
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
                    outcome = await self._new_password(f"{scope}:password", address)
                    if outcome is not None:
                        (uncertain.append(address) if outcome == PASSWORD_UNCERTAIN
                         else failed.append((address, outcome)))
                        continue
                ready.append((address, invitations.message(member, include_password=new_password or None)))
            total = len(ready) + len(failed) + len(uncertain)
            offset = len(failed) + len(uncertain)
            session.emit(RemindProgress(offset, total))
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
