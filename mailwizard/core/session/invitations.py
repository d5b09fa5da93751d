"""The invitations step: how they are sent (invitation_channel.py: the provider's mail API or SMTP), the mail server
settings, each member's message, the SMTP password (keychain, or this session's memory), the exactly-once sending
run (pause, stop) and each invitation's status from the journal."""

from __future__ import annotations

import base64
import contextlib
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, replace
from email.message import EmailMessage
from pathlib import Path
from typing import TYPE_CHECKING

from mailwizard.core.domains import sendable
from mailwizard.core.invitations.sender import (
    FAILED,
    SENDING,
    SENT,
    UNCERTAIN,
    SendProblem,
    SendReport,
    SmtpProblem,
    SmtpSettings,
    send_invitations,
)
from mailwizard.core.invitations.templates import Blocks, Invitation, build_message, render
from mailwizard.core.members.model import Member
from mailwizard.core.secrets import SecretsUnavailable, kept_only_in_memory
from mailwizard.core.session import events
from mailwizard.core.session.invitation_channel import SendingChannel
from mailwizard.core.session.runner import to_thread

if TYPE_CHECKING:
    from mailwizard.core.session.session import Session

SEND_TASK = "invitations-send"
TEST_TASK = "invitations-test"
# How each person gets their temporary password, a choice the admin makes on this step (WizardState.password_handover).
# Every account MailWizard creates must change it at first sign-in (AccountSpec.force_change: Google's
# changePasswordAtNextLogin, Graph's forceChangePasswordNextSignIn, Tencent's cpwd_login, Alibaba's
# forceChangePasswordNextSignIn), so a password in the email works once only.
HANDOVER_EMAIL, HANDOVER_SHEET, HANDOVER_IN_PERSON = "email", "sheet", "in_person"
HANDOVERS = (HANDOVER_SHEET, HANDOVER_IN_PERSON, HANDOVER_EMAIL)
MAX_LOGO = 300_000  # bytes: a logo, not a photo (each invitation carries it)


@dataclass(frozen=True)
class InvitationTexts:
    """The words around the template, in the UI's language (the window translates them)."""

    blocks: Blocks
    greeting: str  # "{name}" is replaced
    closing: str


def read_logo(path: str) -> tuple[bytes, str] | None:
    """A small PNG, JPEG or GIF, else None (called off the UI thread)."""
    data = Path(path).read_bytes()
    kind = {b"\x89PNG": "png", b"\xff\xd8\xff": "jpeg", b"GIF8": "gif"}
    subtype = next((t for magic, t in kind.items() if data.startswith(magic)), None)
    return (data, subtype) if subtype and len(data) <= MAX_LOGO else None


class InvitationsStep:
    """``texts()`` gives the translated words each time a message is built (the language can change)."""

    def __init__(self, session: Session, texts: Callable[[], InvitationTexts] | None = None) -> None:
        self.session = session
        self.texts = texts
        self.channel = SendingChannel(self)
        self.tls_context = session.surroundings.smtp_tls_context()  # None: the system's trust store
        self.pace = 1.0  # seconds between messages: under every provider's sending limit
        self.retry_delay = 5.0
        self._running = None  # asyncio events, made with the first run (asyncio loads after the first frame)
        self._stop = None
        self._sent_in_run = 0  # invitations the current run has sent: a failure then is not "nothing was sent"
        self._queue: list[str] = []  # the current run's invitations still to go, in order (the first is in flight)
        self._password: str | None = None  # this session only, when no keychain exists
        self.logo: tuple[bytes, str] | None = None
        self._statuses_scope = self.scope()
        self._statuses: dict[str, tuple[str, str, str]] = {
            k: (v[0], v[1], v[2]) for k, v in session.store.journal_all(self._statuses_scope).items()}

    def reset(self) -> None:
        self.session.runner.cancel(SEND_TASK)
        self._statuses = {}
        self._password = None
        self.logo = None  # the previous company's

    # --- settings --------------------------------------------------------------------------------
    def defaults(self) -> dict[str, object]:
        given = self.session.surroundings.smtp_defaults()
        if given is not None:
            return given
        state = self.session.state
        mail = self.session.provider.profile.mail
        # The provider's server takes a mailbox at the company's domain: the contact's current address (often
        # 163.com or Gmail) would only fail to sign in, so it is suggested only when it is one already.
        contact = state.company.contact_email
        own = contact if state.domain and contact.lower().endswith("@" + state.domain.lower()) else ""
        return {"smtp_host": mail.smtp_host, "smtp_port": mail.smtp_port, "smtp_security": mail.smtp_security,
                "smtp_username": state.connected_account or own, "sender_address": state.connected_account or own}

    def fill_in_defaults(self) -> None:
        """The first time the step is shown: the provider's (or practice's) mail server, ready to be changed."""
        if not self.session.state.smtp:
            self.session.update(smtp=self.defaults())

    def go_on_without(self) -> None:
        """No one has a personal address to write to: the step is done without email invitations."""
        self.session.update(invitations_done=True, invitations_skipped=True)

    def reopen_if_someone_to_write_to(self) -> None:
        """Someone has a personal address after all: a step finished without invitations opens again."""
        if self.session.state.invitations_skipped and self.recipients():
            self.session.update(invitations_done=False, invitations_skipped=False)

    def settings(self) -> SmtpSettings:
        s = self.session.state.smtp
        return SmtpSettings(str(s.get("smtp_host", "")), int(s.get("smtp_port", 587)),
                            str(s.get("smtp_security", "starttls")), str(s.get("smtp_username", "")))

    def _secret_name(self) -> str:
        s = self.settings()
        return f"smtp-password:{s.username}@{s.host}"

    async def save_password(self, password: str) -> bool:
        """True when kept in the keychain; False when only for this session (no keychain)."""
        self._password = password
        secrets = self.session.connections.secrets
        try:
            await secrets.put(self._secret_name(), password)
        except SecretsUnavailable:
            return False
        return not kept_only_in_memory(secrets)

    async def get_password(self) -> str:
        if self._password is not None:
            return self._password
        known = self.session.surroundings.smtp_password()
        if known is not None:
            return known
        with contextlib.suppress(SecretsUnavailable):
            stored = await self.session.connections.secrets.get(self._secret_name())
            if stored:
                return stored
        raise SmtpProblem("smtp.no_password")

    # --- messages --------------------------------------------------------------------------------
    def _texts(self) -> InvitationTexts:
        if self.texts is None:
            raise RuntimeError("the invitations step was given no texts")
        return self.texts()

    def choose_handover(self, handover: str) -> None:
        """How the temporary passwords reach people; the invitation's words follow it."""
        if handover not in HANDOVERS:
            raise ValueError(handover)
        self.session.update(password_handover=handover)

    def password_in_email(self) -> bool:
        return self.session.state.password_handover == HANDOVER_EMAIL

    def invitation(self, member: Member, *, include_password: bool | None = None) -> Invitation:
        session = self.session
        state, texts = session.state, self._texts()
        domain, shown = state.domain or "", session.shown_domain()
        profile = session.provider.profile
        mail = profile.mail
        greeting = state.invitation_greeting or texts.greeting
        closing = state.invitation_closing or texts.closing
        if include_password is None:
            include_password = self.password_in_email()
        password = session.members.new_passwords.get(member.address(domain)) if include_password else None
        language = state.invitation_languages.get(member.address(domain), session.language)
        return Invitation(
            language, member.display_name, member.personal_email, f"{member.local_part}@{shown}",
            state.company.name, state.company.contact_name, state.company.contact_email, session.provider_name(),
            mail.signin_url, greeting.replace("{name}", member.display_name), closing, password,
            profile.phone_app,
            f"{mail.imap_host}:{mail.imap_port}" if mail.imap_host else "",
            f"{mail.smtp_host}:{mail.smtp_port}" if mail.smtp_host else "",
            handover=state.password_handover,
        )

    def load_logo(self, path: str) -> tuple[bytes, str] | None:
        return read_logo(path)

    def preview_html(self, member: Member) -> str:
        """The HTML part as the member will see it, the logo shown inline."""
        invitation = self.invitation(member)
        if self.logo is not None:
            invitation = replace(invitation, logo_src=f"data:image/{self.logo[1]};base64,"
                                                      f"{base64.b64encode(self.logo[0]).decode()}")
        return render(invitation, self._texts().blocks)[2]

    def message(self, member: Member, *, to: str | None = None,
                include_password: bool | None = None) -> EmailMessage:
        state = self.session.state
        invitation = self.invitation(member, include_password=include_password)
        to = to or invitation.personal_email or "name@example.invalid"  # a preview before the address is typed
        if to != invitation.personal_email:
            invitation = replace(invitation, personal_email=to)
        sender = self.channel.sender_address()
        if "@" not in sender:
            sender = "office@example.invalid"
        name = f"{state.company.name} {state.company.contact_name}".strip()
        return build_message(invitation, self._texts().blocks, sender=sender, sender_name=name,
                             message_domain=sender.rsplit("@", 1)[-1] or "localhost", logo=self.logo)

    def recipients(self) -> list[Member]:
        """Members whose account exists and who have a personal address to write to."""
        session = self.session
        domain = session.state.domain or ""
        statuses = session.members.statuses()
        by_hand = not session.provider.can_connect()
        return [m for m in session.member_list if m.personal_email and (
            (by_hand and session.state.members_done) or statuses.get(m.address(domain), ("",))[0] == "created")]

    # --- statuses ------------------------------------------------------------------------------------
    def scope(self) -> str:
        return f"invitations:{self.session.state.provider_id}"

    def statuses(self) -> dict[str, tuple[str, str, str]]:
        """Member key (address) → (state, when, error), kept in memory: the journal is read when the step is
        first used and when the provider changes (off the UI thread), then follows each run's progress."""
        if self._statuses_scope != self.scope():
            self.read_statuses()
        return self._statuses

    def read_statuses(self) -> None:
        """Read the journal again (as a restart does), off the UI thread."""
        scope = self._statuses_scope = self.scope()
        self._statuses = {}

        def done(journal: dict) -> None:
            if scope == self.scope():
                self._statuses = {k: (v[0], v[1], v[2]) for k, v in journal.items()}
                self.session.emit(events.InvitationsProgress(None))

        self.session.runner.run("invitations-statuses", to_thread(self.session.store.journal_all, scope),
                                label=None, on_result=done)

    def _note(self, report: SendReport) -> None:
        now = dt.datetime.now().isoformat(timespec="minutes")
        for key, state in report.statuses.items():
            previous = self._statuses.get(key, ("", "", ""))
            when = now if state == SENT and previous[0] != SENT else previous[1]
            self._statuses[key] = (state, when, report.failed.get(key, ""))
        self._sent_in_run = len(report.sent)
        self._queue = [k for k in self._queue if k not in report.statuses]
        self.session.emit(events.InvitationsProgress(report))

    def in_flight(self) -> str | None:
        """The invitation (member address) being sent now: the run's next one, unless it is paused or stopping."""
        if not self._queue or not self.session.runner.is_running(SEND_TASK):
            return None
        running, stop = self._events()
        return self._queue[0] if running.is_set() and not stop.is_set() else None

    # --- sending -----------------------------------------------------------------------------------
    def _incomplete(self) -> bool:
        """Not signed in (API), or server, user name or from address missing (SMTP): said before trying."""
        problem = self.channel.problem_before_sending()
        if problem is not None:
            self.session.emit(events.InvitationProblem(*problem))
        return problem is not None

    def _events(self):
        import asyncio

        if self._running is None:
            self._running, self._stop = asyncio.Event(), asyncio.Event()
            self._running.set()
        return self._running, self._stop

    def send_test(self) -> bool:
        """One invitation to the admin's own address, to see it as people will; False when it cannot start."""
        members = self.recipients() or list(self.session.member_list[:1])
        if not members or self._incomplete():
            return False
        to = self.session.state.company.contact_email
        self._sent_in_run = 0

        async def run() -> None:
            sender = await self.channel.sender()
            try:
                await sender.send_one(self.message(members[0], to=to))
            finally:
                await sender.close()

        # the test's outcome is its own: it marks no one's invitation, and a failure ends no run
        self.session.runner.run(TEST_TASK, run(), label=None,
                                on_result=lambda _r: self.session.emit(events.TestSent()),
                                on_error=lambda exc: self.session.emit(events.TestSent(*self._why(exc))))
        return True

    def send(self, resend: set[str] = frozenset()) -> None:
        if self._incomplete():
            return
        session = self.session
        domain = session.state.domain or ""
        members = self.recipients()
        running, stop = self._events()
        stop.clear()
        running.set()
        self._sent_in_run = 0
        scope = self.scope()
        earlier = self.statuses()  # sent, or cut short, in an earlier run: skipped unless asked for again
        self._queue = [m.address(domain) for m in members if sendable(m.personal_email) and (
            m.address(domain) in resend or earlier.get(m.address(domain), ("",))[0] not in (SENT, SENDING, UNCERTAIN))]

        async def run() -> SendReport:
            sender = await self.channel.sender()
            messages, cannot = [], []
            for member in members:  # one address the mail format cannot hold fails alone, not the whole run
                if sendable(member.personal_email):
                    messages.append((member.address(domain), self.message(member)))
                else:
                    cannot.append(member.address(domain))
            report = await send_invitations(sender, messages, session.store, scope, resend=set(resend),
                                            on_progress=self._note, running=running, stop=stop)
            for key in cannot:
                session.store.journal_put(scope, key, FAILED, "", "smtp.address_not_ascii")
                report.failed[key] = "smtp.address_not_ascii"
                report.statuses[key] = FAILED
            report.total += len(cannot)
            return report

        def done(report: SendReport) -> None:
            self._queue = []
            self._note(report)
            everyone = all(report.statuses.get(m.address(domain)) == SENT for m in members)
            session.update(invitations_done=bool(members) and everyone, invitations_skipped=False)
            session.emit(events.InvitationsFinished(report))

        session.runner.run(SEND_TASK, run(), label=None, on_result=done, on_error=self._failed)

    def pause(self, paused: bool) -> None:
        running, _stop = self._events()
        running.clear() if paused else running.set()

    def stop(self) -> None:
        running, stop = self._events()
        stop.set()
        running.set()

    def _why(self, exc: BaseException) -> tuple[str, dict]:
        where = self.channel.where()
        if isinstance(exc, SendProblem):
            return exc.key, exc.params
        if self.channel.uses_api():
            return "provider.unreachable", {"host": where["provider"]}
        return "smtp.unreachable", where

    def _failed(self, exc: BaseException) -> None:
        from mailwizard.core.store import StoreError

        self._queue = []
        if isinstance(exc, StoreError):  # the journal could not be written (a full disk…): say that, not "SMTP"
            self.session.emit(events.SaveFailed.of(exc))
            self.session.emit(events.InvitationsFinished(None))
            return
        said = isinstance(exc, SendProblem) and exc.key.startswith("mailapi.")  # its words hold midway too
        if self._sent_in_run and not said:  # some went before the server stopped: never "nothing was sent"
            problem = events.InvitationProblem(self.channel.stopped_midway_key(),
                                               {**self.channel.where(), "sent": str(self._sent_in_run)})
        else:
            problem = events.InvitationProblem(*self._why(exc))
        self.session.emit(problem)
        self.session.emit(events.InvitationsFinished(None))
