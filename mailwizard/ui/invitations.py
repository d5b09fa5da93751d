"""Runs the invitation sending for the Invitations page: builds each member's message, keeps the SMTP
password in the keychain, sends through core's sender as a task, reports progress and statuses."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import ssl
from dataclasses import replace
from email.message import EmailMessage
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from mailwizard.core.domains import sendable
from mailwizard.core.invitations.sender import (
    FAILED,
    SENDING,
    SENT,
    InvitationSender,
    SendReport,
    SmtpProblem,
    SmtpSettings,
    send_invitations,
)
from mailwizard.core.invitations.templates import Blocks, Invitation, build_message, load_mail_settings, render
from mailwizard.core.members.model import Member
from mailwizard.core.secrets import SecretsUnavailable
from mailwizard.ui.controller import WizardController

SEND_TASK = "invitations-send"
MAX_LOGO = 300_000  # bytes: a logo, not a photo (each invitation carries it)
PHONE_APPS = {"google": "Gmail", "microsoft": "Outlook"}


def blocks() -> Blocks:
    return Blocks(
        QCoreApplication.translate(
            "Invitations", "Your temporary password is: {password}  (you will change it when you first sign in)"
        ),
        QCoreApplication.translate(
            "Invitations",
            "Your temporary password is not in this email for safety: you receive it separately, "
            "on paper or in person.",
        ),
        QCoreApplication.translate("Invitations", "On your phone: install the {app} app and sign in with {address}."),
        QCoreApplication.translate(
            "Invitations",
            "On your phone: add a mail account for {address}. Incoming (IMAP): server {imap_host}, port "
            "{imap_port}, SSL on. Outgoing (SMTP): server {smtp_host}, port {smtp_port}, SSL on.",
        ),
        QCoreApplication.translate(
            "Invitations", "On your phone: add a mail account for {address}; your email provider's help pages "
            "give the server settings."),
    )


class InvitationRunner(QObject):
    """Signals: ``progress(object)`` a SendReport; ``finished(object)`` the final report or None;
    ``problem(str, dict)`` a message key when the run cannot go on; ``testSent()``."""

    progress = Signal(object)
    finished = Signal(object)
    problem = Signal(str, object)
    testSent = Signal()

    def __init__(self, controller: WizardController, tls_context: ssl.SSLContext | None = None) -> None:
        super().__init__(controller)
        self.controller = controller
        if tls_context is None and controller.practice is not None:
            from mailwizard.sandbox.practice_smtp import client_context

            tls_context = client_context()  # verification stays on: the practice server's certificate only
        self.tls_context = tls_context  # None: the system's trust store (tests inject their CA)
        self.pace = 1.0  # seconds between messages: under every provider's sending limit
        self.retry_delay = 5.0
        self._running = asyncio.Event()
        self._running.set()
        self._stop = asyncio.Event()
        self._sent_in_run = 0  # invitations the current run has sent: a failure then is not "nothing was sent"
        self._password: str | None = None  # this session only, when no keychain exists
        self.logo: tuple[bytes, str] | None = None
        self._statuses: dict[str, tuple[str, str, str]] = {}
        self._statuses_scope = self.scope()
        self._statuses = {k: (v[0], v[1], v[2]) for k, v in controller.store.journal_all(self._statuses_scope).items()}

    # --- settings ------------------------------------------------------------------------
    def defaults(self) -> dict[str, object]:
        state = self.controller.state
        if self.controller.practice is not None:
            from mailwizard.sandbox.practice_smtp import USER

            return {"smtp_host": "127.0.0.1", "smtp_port": self.controller.practice.smtp.port,
                    "smtp_security": "starttls", "smtp_username": USER, "sender_address": USER}
        mail = load_mail_settings(state.provider_id or "google")
        # The provider's server takes a mailbox at the company's domain: the contact's current address (often
        # 163.com or Gmail) would only fail to sign in, so it is suggested only when it is one already.
        contact = state.company.contact_email
        own = contact if state.domain and contact.lower().endswith("@" + state.domain.lower()) else ""
        return {
            "smtp_host": mail.smtp_host,
            "smtp_port": mail.smtp_port,
            "smtp_security": mail.smtp_security,
            "smtp_username": state.connected_account or own,
            "sender_address": state.connected_account or own,
        }

    def settings(self) -> SmtpSettings:
        s = self.controller.state.smtp
        return SmtpSettings(
            str(s.get("smtp_host", "")),
            int(s.get("smtp_port", 587)),
            str(s.get("smtp_security", "starttls")),
            str(s.get("smtp_username", "")),
        )

    def _secret_name(self) -> str:
        s = self.settings()
        return f"smtp-password:{s.username}@{s.host}"

    async def save_password(self, password: str) -> bool:
        """True when kept in the keychain; False when only for this session (no keychain)."""
        self._password = password
        try:
            await self.controller.connections.secrets.put(self._secret_name(), password)
        except SecretsUnavailable:
            return False
        return True

    async def _get_password(self) -> str:
        if self._password is not None:
            return self._password
        if self.controller.practice is not None:
            from mailwizard.sandbox.practice_smtp import PASSWORD

            return PASSWORD  # the practice mail server's, filled in for the rehearsal
        with contextlib.suppress(SecretsUnavailable):
            stored = await self.controller.connections.secrets.get(self._secret_name())
            if stored:
                return stored
        raise SmtpProblem("smtp.no_password")

    # --- messages ------------------------------------------------------------------------
    def invitation(self, member: Member, *, include_password: bool) -> Invitation:
        state, c = self.controller.state, self.controller
        domain, shown = state.domain or "", c.shown_domain()
        provider = c.catalogue.provider(state.provider_id or "")
        mail = load_mail_settings(state.provider_id or "google")
        greeting = state.invitation_greeting or QCoreApplication.translate("Invitations", "Dear {name},")
        closing = state.invitation_closing or QCoreApplication.translate(
            "Invitations", "Welcome, and see you soon in the new mailbox."
        )
        password = c.new_passwords.get(member.address(domain)) if include_password else None
        language = state.invitation_languages.get(member.address(domain), c.language)
        return Invitation(
            language,
            member.display_name,
            member.personal_email,
            f"{member.local_part}@{shown}",
            state.company.name,
            state.company.contact_name,
            state.company.contact_email,
            provider.name.get(c.language) if provider else "",
            mail.signin_url,
            greeting.replace("{name}", member.display_name),
            closing,
            password,
            PHONE_APPS.get(state.provider_id or "", ""),
            f"{mail.imap_host}:{mail.imap_port}" if mail.imap_host else "",
            f"{mail.smtp_host}:{mail.smtp_port}" if mail.smtp_host else "",
        )

    def load_logo(self, path: str) -> tuple[bytes, str] | None:
        """Read in a worker thread by the caller; a small PNG, JPEG or GIF, else None."""
        data = Path(path).read_bytes()
        kind = {b"\x89PNG": "png", b"\xff\xd8\xff": "jpeg", b"GIF8": "gif"}
        subtype = next((t for magic, t in kind.items() if data.startswith(magic)), None)
        return (data, subtype) if subtype and len(data) <= MAX_LOGO else None

    def preview_html(self, member: Member) -> str:
        """The HTML part as the member will see it, the logo shown inline."""
        invitation = self.invitation(member, include_password=self.controller.state.invitation_include_password)
        if self.logo is not None:
            invitation = replace(invitation, logo_src=f"data:image/{self.logo[1]};base64,"
                                                      f"{base64.b64encode(self.logo[0]).decode()}")
        return render(invitation, blocks())[2]

    def message(self, member: Member, *, to: str | None = None) -> EmailMessage:
        state = self.controller.state
        invitation = self.invitation(member, include_password=state.invitation_include_password)
        to = to or invitation.personal_email or "name@example.invalid"  # a preview before the address is typed
        if to != invitation.personal_email:
            invitation = replace(invitation, personal_email=to)
        sender = str(state.smtp.get("sender_address") or state.company.contact_email or "office@example.invalid")
        if "@" not in sender:
            sender = "office@example.invalid"
        name = f"{state.company.name} {state.company.contact_name}".strip()
        return build_message(
            invitation,
            blocks(),
            sender=sender,
            sender_name=name,
            message_domain=sender.rsplit("@", 1)[-1] or "localhost",
            logo=self.logo,
        )

    def recipients(self) -> list[Member]:
        """Members whose account exists and who have a personal address to write to."""
        domain = self.controller.state.domain or ""
        statuses = self.controller.member_statuses()
        by_hand = not self.controller.can_connect()
        return [
            m
            for m in self.controller.members
            if m.personal_email
            and (
                (by_hand and self.controller.state.members_done)
                or statuses.get(m.address(domain), ("",))[0] == "created"
            )
        ]

    def scope(self) -> str:
        return f"invitations:{self.controller.state.provider_id}"

    def statuses(self) -> dict[str, tuple[str, str, str]]:
        """Member key (address) → (state, when, error), kept in memory: the journal is read at start and
        when the provider changes (off the UI thread), then updated from each run's progress."""
        if self._statuses_scope != self.scope():
            self._statuses_scope = self.scope()
            self._statuses = {}
            scope = self.scope()

            def done(journal: dict) -> None:
                if scope == self.scope():
                    self._statuses = {k: (v[0], v[1], v[2]) for k, v in journal.items()}
                    self.progress.emit(None)

            self.controller.tasks.run(
                "invitations-statuses",
                asyncio.to_thread(self.controller.store.journal_all, scope),
                label=None,
                on_result=done,
            )
        return self._statuses

    def _note(self, report: SendReport) -> None:
        import datetime as dt

        now = dt.datetime.now().isoformat(timespec="minutes")
        for key, state in report.statuses.items():
            previous = self._statuses.get(key, ("", "", ""))
            when = now if state == SENT and previous[0] != SENT else previous[1]
            self._statuses[key] = (state, when, report.failed.get(key, ""))
        self._sent_in_run = len(report.sent)
        self.progress.emit(report)

    # --- sending -------------------------------------------------------------------------
    def _sender(self, password: str) -> InvitationSender:
        return InvitationSender(
            self.settings(), password, tls_context=self.tls_context, pace=self.pace, retry_delay=self.retry_delay
        )

    def _incomplete(self) -> bool:
        """Server, user name or from address missing: said before trying, not as a failed sign-in."""
        s = self.settings()
        if s.host and s.username and str(self.controller.state.smtp.get("sender_address", "")):
            return False
        self.problem.emit("smtp.incomplete", {})
        return True

    def send_test(self) -> None:
        members = self.recipients() or self.controller.members[:1]
        if not members or self._incomplete():
            return
        to = self.controller.state.company.contact_email
        self._sent_in_run = 0

        async def run() -> None:
            sender = self._sender(await self._get_password())
            try:
                await sender.send_one(self.message(members[0], to=to))
            finally:
                await sender.close()

        self.controller.tasks.run(
            "invitations-test", run(), label=None, on_result=lambda _r: self.testSent.emit(), on_error=self._failed
        )

    def send(self, resend: set[str] = frozenset()) -> None:
        if self._incomplete():
            return
        domain = self.controller.state.domain or ""
        members = self.recipients()
        self._stop.clear()
        self._running.set()
        self._sent_in_run = 0

        async def run() -> SendReport:
            sender = self._sender(await self._get_password())
            messages, cannot = [], []
            for member in members:  # one address the mail format cannot hold fails alone, not the whole run
                if sendable(member.personal_email):
                    messages.append((member.address(domain), self.message(member)))
                else:
                    cannot.append(member.address(domain))
            report = await send_invitations(
                sender,
                messages,
                self.controller.store,
                self.scope(),
                resend=set(resend),
                on_progress=self._note,
                running=self._running,
                stop=self._stop,
            )
            for key in cannot:
                self.controller.store.journal_put(self.scope(), key, FAILED, "", "smtp.address_not_ascii")
                report.failed[key] = "smtp.address_not_ascii"
                report.statuses[key] = FAILED
            report.total += len(cannot)
            return report

        def done(report: SendReport) -> None:
            self._note(report)
            everyone = all(report.statuses.get(m.address(domain)) == SENT for m in members)
            self.controller.update(invitations_done=bool(members) and everyone, invitations_skipped=False)
            self.finished.emit(report)

        self.controller.tasks.run(SEND_TASK, run(), label=None, on_result=done, on_error=self._failed)

    def pause(self, paused: bool) -> None:
        self._running.clear() if paused else self._running.set()

    def stop(self) -> None:
        self._stop.set()
        self._running.set()

    def _failed(self, exc: BaseException) -> None:
        where = {"host": self.settings().host, "port": str(self.settings().port)}
        if self._sent_in_run:  # some went before the server stopped: never "nothing was sent"
            self.problem.emit("smtp.stopped_midway", {**where, "sent": str(self._sent_in_run)})
        elif isinstance(exc, SmtpProblem):
            self.problem.emit(exc.key, exc.params)
        else:
            self.problem.emit("smtp.unreachable", where)
        self.finished.emit(None)


__all__ = ["FAILED", "SENDING", "SENT", "InvitationRunner", "blocks"]
