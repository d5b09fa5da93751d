"""Moving the old mail in: each member's old mailbox copied IMAP to IMAP into the new one (core/migration/copy.py),
exactly once — a journal of the copied UIDs per old folder in the store, written as each batch is confirmed —, with
progress and time left, pause, resume and cancel. A kill and a restart carry on from the journal (``resume()``).

The passwords: ``set_password(kind, login, password)`` keeps them under ``migration-source:<old login>`` and
``migration-target:<new address>`` in the session's secrets (the keychain, or the session's memory), never in the
store or a log; each member's go once its copy is complete. The new server is the provider's catalogue ``[mail]``
(MailSettings.imap_host/imap_port, implicit TLS); the old one the admin's (SourceServer)."""

from __future__ import annotations

import asyncio
import logging
import ssl
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from typing import TYPE_CHECKING

from mailwizard.core.migration.sources import SourceServer  # the one shape for the old server (the check uses it too)
from mailwizard.core.migration.target_auth import KEYS as TARGET_KEYS
from mailwizard.core.migration.target_auth import TokenProblem
from mailwizard.core.session.migration_events import CopyFailed, CopyFinished, CopyProgress, MemberCopied
from mailwizard.core.session.migration_target import TargetSignIn

if TYPE_CHECKING:
    from mailwizard.core.migration.copy import Progress
    from mailwizard.core.session.session import Session

log = logging.getLogger(__name__)

TASK = "migration-copy"
PLAN_KEY = "migration-plan"  # {"source": SourceServer, "members": [MemberCopy], "status": {address: MemberStatus}}
MEMBERS_AT_ONCE = 2
SECURITIES = ("ssl", "starttls")
MESSAGE_KEYS = ("migration.source_bad_password", "migration.target_bad_password", "migration.source_no_tls",
                "migration.target_no_tls", "migration.source_untrusted", "migration.target_untrusted",
                "migration.source_unreachable", "migration.target_unreachable", "migration.connection_lost",
                "migration.target_full", "migration.server_error", "migration.no_password",
                "migration.no_target_server", "migration.failed",
                "migration.some_refused", *TARGET_KEYS)
# MemberStatus.state
WAITING, COPYING, PAUSED, DONE, FAILED, CANCELLED = "waiting", "copying", "paused", "done", "failed", "cancelled"


@dataclass(frozen=True)
class MemberCopy:
    address: str  # the new address
    target_login: str  # the new mailbox's login (usually the address)
    source_login: str  # the old mailbox's login


@dataclass(frozen=True)
class MemberStatus:
    state: str = WAITING
    copied: int = 0  # messages in the new mailbox so far
    total: int = 0
    problem: str = ""  # a migration.* key when failed


def secret_name(kind: str, login: str) -> str:
    """``kind`` "source": the old login's password; "target": the new address's."""
    if kind not in ("source", "target"):
        raise ValueError(kind)
    return f"migration-{kind}:{login.strip()}"


class MigrationStep:
    def __init__(self, session: Session) -> None:
        self.session = session
        context = session.surroundings.migration_tls_context()  # None: the system's trust (practice: its own)
        self.tls_context: Callable[[], ssl.SSLContext | None] = lambda: context  # tests: their CA
        # tests, practice: a loopback server instead of the catalogue's
        self.target_server: tuple[str, int] | None = session.surroundings.migration_target()
        self.members_at_once = MEMBERS_AT_ONCE
        self.folders_at_once: int | None = None
        self._typed: dict[str, str] = {}  # passwords typed in this session (also in the secrets)
        self._running: asyncio.Event | None = None
        self._paused = False
        self._status: dict[str, MemberStatus] = {}
        self._loaded = False
        self._names: set[str] = set()  # every password name set or used (start over deletes them)
        self._plan: tuple[SourceServer, list[MemberCopy]] | None = None  # as saved (the store is written later)
        self._ended: dict[str, asyncio.Future] = {}  # per member: done once its last run has let go of everything
        self.sign_in = TargetSignIn(session)  # a password or a token per new mailbox (migration_target.py)

    def forget_saved_passwords_too(self) -> None:
        """Start over, before the store is cleared: the saved copy's members' passwords, kept in the keychain by an
        earlier run of MailWizard, go as well (reset deletes them), though this run never opened the copy."""
        plan = self.plan()
        if plan is not None:
            self._names.update(n for m in plan[1] for n in (secret_name("source", m.source_login),
                                                              secret_name("target", m.target_login)))

    def reset(self) -> None:
        """Start over: the copy stops and the passwords this session knew of leave the keychain too."""
        self.session.runner.cancel(TASK)
        if self._names:
            self.session.submit(forget_now, self.session.connections.secrets, sorted(self._names))
        ended = self._ended  # a stopped run still letting go: a run started after start over waits for it too
        self.__init__(self.session)
        self._ended = ended

    # --- what was asked ---------------------------------------------------------------------------------
    def plan(self) -> tuple[SourceServer, list[MemberCopy]] | None:
        """The copy last started (the old server and the members), kept in the store."""
        if self._plan is not None:
            return self._plan
        saved = self.session.store.get(PLAN_KEY)
        if not isinstance(saved, dict) or not isinstance(saved.get("source"), dict):
            return None
        try:
            return SourceServer(**saved["source"]), [MemberCopy(**m) for m in saved.get("members", ())]
        except TypeError:
            return None

    def status(self) -> dict[str, MemberStatus]:
        """Per member (new address): state (waiting, copying, paused, done, failed, cancelled), copied, total,
        problem; read from the store after a restart."""
        if not self._loaded:
            self._loaded = True
            saved = self.session.store.get(PLAN_KEY)
            for address, st in ((saved or {}).get("status") or {}).items():
                if address not in self._status and isinstance(st, dict):
                    state = st.get("state", WAITING)
                    # a copy the app was closed (or killed) in the middle of: it waits for resume()
                    st = {**st, "state": WAITING if state in (COPYING, PAUSED) else state}
                    self._status[address] = MemberStatus(**st)
        return dict(self._status)

    def target(self) -> tuple[str, int] | None:
        """The new provider's IMAP server (catalogue ``[mail]``), None when the catalogue has none confirmed."""
        if self.target_server is not None:
            return self.target_server
        mail = self.session.provider.profile.mail
        return (mail.imap_host, mail.imap_port) if mail.imap_host else None

    def is_running(self) -> bool:
        return self.session.runner.is_running(TASK)

    def target_auth(self) -> str:
        """How the copy signs in to the new mailboxes: "" a password each, else the profile's token kind (no
        password is asked for them then)."""
        return self.sign_in.kind()

    def check_access(self, logins: list[str]) -> None:
        """Token kinds: which of these new mailboxes a token opens yet → TargetAccessChecked."""
        self.sign_in.check_access(logins, self.target(), self.tls_context())

    def refused(self, address: str) -> list:
        """The member's messages the new server refused one by one (too big…) and that are not in yet, from the
        journal (core/migration/journal.RefusedMessage): listed in the window, tried again by the next start."""
        from mailwizard.core.migration.journal import CopyJournal

        return CopyJournal(self.session.store, address, self.session.write_now).refused()

    # --- intents --------------------------------------------------------------------------------------------
    def set_password(self, kind: str, login: str, password: str) -> None:
        """A password for the copy, kept in the session's secrets (keychain or memory) — never in the store."""
        name = secret_name(kind, login)
        self._typed[name] = password
        self._names.add(name)
        secrets = self.session.connections.secrets
        self.session.runner.run(f"migration-secret:{name}", secrets.put(name, password), label=None,
                                on_result=lambda _none: None, on_error=lambda exc: log.info(
                                    "password for the copy kept in memory only: %s", type(exc).__name__))

    def start(self, source: SourceServer, members: list[MemberCopy]) -> None:
        """Copies every member's old mail (→ CopyProgress…, MemberCopied or CopyFailed each, CopyFinished)."""
        if source.security not in SECURITIES:
            for m in members:
                self._set(m.address, MemberStatus(FAILED, problem="migration.source_no_tls"))
                self.session.emit(CopyFailed(m.address, "migration.source_no_tls", "no TLS asked for"))
            self.session.emit(CopyFinished(self.status()))
            return
        old = self.status()
        if self.is_running():  # a copy under way: it goes on, with these members as well
            saved = self.plan()
            busy = [m for m in (saved[1] if saved else []) if old.get(m.address, MemberStatus()).state in
                    (WAITING, COPYING, PAUSED) and m.address not in {n.address for n in members}]
            members = [*busy, *members]
        self._names.update(n for m in members for n in (secret_name("source", m.source_login),
                                                         secret_name("target", m.address)))
        self._status = {**{a: st for a, st in old.items() if st.state in (DONE, FAILED, CANCELLED)},
                        **{m.address: replace(old.get(m.address, MemberStatus()), state=WAITING, problem="")
                           for m in members}}
        self._save(source, members)
        self._run(source, members)

    def pause(self) -> None:
        if self._running is not None and self.is_running():
            self._running.clear()
            self._paused = True
            for address, st in self._status.items():
                if st.state in (COPYING, WAITING):
                    self._status[address] = replace(st, state=PAUSED)

    def resume(self) -> None:
        """Goes on after pause(); after a restart (or a failure put right) starts the saved copy again: what the
        journal holds is not copied twice."""
        if self._running is not None and self.is_running():
            self._paused = False
            self._running.set()
            for address, st in self._status.items():
                if st.state == PAUSED:
                    self._status[address] = replace(st, state=COPYING)
            return
        saved = self.plan()
        if saved is not None:
            source, members = saved
            todo = [m for m in members if self.status().get(m.address, MemberStatus()).state != DONE]
            self.start(source, todo) if todo else self.session.emit(CopyFinished(self.status()))

    def cancel(self) -> None:
        """Stops the copy; what was copied stays (and is not copied again when started later)."""
        self.session.runner.cancel(TASK)
        for address, st in self._status.items():
            if st.state in (WAITING, COPYING, PAUSED):
                self._status[address] = replace(st, state=CANCELLED)
        self._save_status()
        self.session.emit(CopyFinished(self.status()))

    # --- the work --------------------------------------------------------------------------------------------
    def _set(self, address: str, st: MemberStatus) -> None:
        self._status[address] = st

    def _save(self, source: SourceServer, members: list[MemberCopy]) -> None:
        kept = {m.address: m for m in (self.plan() or (None, []))[1]}
        kept.update({m.address: m for m in members})
        self._plan = (source, list(kept.values()))
        self.session.write(PLAN_KEY, {"source": asdict(source), "members": [asdict(m) for m in kept.values()],
                                      "status": {a: asdict(s) for a, s in self._status.items()}})

    def _save_status(self) -> None:
        saved = self.plan()
        if saved is not None:
            self.session.write(PLAN_KEY, {"source": asdict(saved[0]), "members": [asdict(m) for m in saved[1]],
                                          "status": {a: asdict(s) for a, s in self._status.items()}})

    def _run(self, source: SourceServer, members: list[MemberCopy]) -> None:
        self._running = asyncio.Event()
        if not self._paused:
            self._running.set()
        running = self._running

        async def work() -> None:
            gate = asyncio.Semaphore(max(1, self.members_at_once))

            async def one(member: MemberCopy) -> None:
                async with gate:
                    await self._copy_member(source, member, running)

            await asyncio.gather(*(one(m) for m in members))
            self._save_status()
            self.session.emit(CopyFinished(self.status()))

        self.session.runner.run(TASK, work(), label=None, on_result=lambda _none: None, on_error=self._crashed)

    def _crashed(self, exc: BaseException) -> None:
        log.error("the mail copy stopped: %s", type(exc).__name__)
        for address, st in self._status.items():
            if st.state in (WAITING, COPYING, PAUSED):
                self._status[address] = replace(st, state=FAILED, problem="migration.failed")
                self.session.emit(CopyFailed(address, "migration.failed", type(exc).__name__))
        self._save_status()
        self.session.emit(CopyFinished(self.status()))

    async def _password(self, name: str) -> str | None:
        return self._typed.get(name) or await self.session.connections.secrets.get(name)

    async def _copy_member(self, source: SourceServer, member: MemberCopy, running: asyncio.Event) -> None:
        """One run per member at a time: a run stopped (cancel, or replaced by a start) ends only once its
        connections' commands are answered or the connections gone (ImapClient.logout) and its journal is written;
        the next run for the member waits for that before it reads the journal or looks at the new server. Else
        an APPEND still on its way when the next run looks at the new folder would be sent a second time."""
        loop = asyncio.get_running_loop()
        ended = loop.create_future()
        before = self._ended.get(member.address)
        self._ended[member.address] = ended
        if before is not None and (before.get_loop() is not loop or before.done()):
            before = None  # an earlier event loop (its tasks are gone) or over
        try:
            if before is not None:
                await asyncio.shield(before)
            await self.session.write_now(_nothing)  # the journal writes queued so far are on disk before it is read
            await self._copy_member_now(source, member, running)
        finally:
            if before is not None and not before.done():  # stopped while waiting: the one after waits for both
                before.add_done_callback(lambda _f: ended.done() or ended.set_result(None))
            else:
                ended.set_result(None)

    async def _copy_member_now(self, source: SourceServer, member: MemberCopy, running: asyncio.Event) -> None:
        from mailwizard.core.migration.copy import FOLDERS_AT_ONCE, MailboxCopy, Server
        from mailwizard.core.migration.imap import ImapError, TokenRefused
        from mailwizard.core.migration.journal import CopyJournal
        from mailwizard.core.store import StoreError

        address = member.address
        names = (secret_name("source", member.source_login), secret_name("target", address))
        target = self.target()
        try:
            token = self.sign_in.token_for(member.target_login) if self.sign_in.uses_token() else None
            source_pw = await self._password(names[0])
            target_pw = "" if token is not None else await self._password(names[1])
            if target is None:
                raise _Stop("migration.no_target_server", "the catalogue has no IMAP server for this provider")
            if not source_pw or not (target_pw or token):
                raise _Stop("migration.no_password", "source" if not source_pw else "target")
            if token is not None:
                await token()  # a member the token cannot be had for stops here, before anything is opened
            context = self.tls_context()
            old = Server(source.host, source.port, source.security, member.source_login, source_pw, context)
            new = Server(target[0], target[1], "ssl", member.target_login, target_pw, context, token=token)
            journal = CopyJournal(self.session.store, address, self.session.write_now)
            started, first = time.monotonic(), None

            def progress(p: Progress) -> None:
                nonlocal first
                first = p.bytes_done if first is None else first
                rate = (p.bytes_done - first) / max(1e-3, time.monotonic() - started)
                left = int((p.bytes_total - p.bytes_done) / rate) if rate > 0 else -1
                state = PAUSED if self._paused else COPYING
                self._status[address] = MemberStatus(state, p.done, p.total)
                self.session.emit(CopyProgress(address, p.done, p.total, left))

            self._status[address] = replace(self._status.get(address, MemberStatus()), state=COPYING)
            job = MailboxCopy(old, new, journal, on_progress=progress, running=running,
                              folders_at_once=self.folders_at_once or FOLDERS_AT_ONCE)
            done = await job.run()
        except TokenRefused as exc:  # which access is missing: the provider's token source tells
            key = await self.sign_in.explain(member.target_login, exc.reason, target[0], target[1], context)
            self._fail(address, key, exc.detail)
            return
        except TokenProblem as exc:
            self._fail(address, exc.key, exc.detail)
            return
        except ImapError as exc:
            self._fail(address, exc.key, exc.detail)
            return
        except StoreError as exc:  # the journal could not be written ahead: nothing more was sent
            self._fail(address, f"save.{exc.problem.value}", exc.detail)
            return
        except _Stop as stop:
            self._fail(address, stop.key, stop.detail)
            return
        except Exception as exc:  # a server answer nobody foresaw: this member stops, the others go on
            log.error("the copy for a member stopped: %s", type(exc).__name__)
            self._fail(address, "migration.failed", type(exc).__name__)
            return
        if done.refused:  # the rest is in; these few stay on the old server (and are tried again next time)
            self._fail(address, "migration.some_refused", f"{done.refused} refused: {done.refusal}")
            return
        self._status[address] = MemberStatus(DONE, done.done, done.total)
        self._save_status()
        for name in names:  # the copy is complete: its passwords go
            self._typed.pop(name, None)
            try:
                await self.session.connections.secrets.delete(name)
            except Exception as exc:  # a locked keychain: nothing was kept there then
                log.info("could not forget a copy password: %s", type(exc).__name__)
        self.session.emit(MemberCopied(address, done.copied, done.skipped))

    def _fail(self, address: str, key: str, detail: str) -> None:
        st = self._status.get(address, MemberStatus())
        self._status[address] = replace(st, state=FAILED, problem=key)
        self._save_status()
        log.warning("copy for a member stopped: %s (%s)", key, detail)
        self.session.emit(CopyFailed(address, key, detail))


def _nothing() -> None:
    """Queued on the writer: once it has run, everything queued before it has."""


def forget_now(secrets, names: list[str]) -> None:
    """The copy's passwords deleted from a worker thread (start over), in its own short asyncio run."""
    async def forget() -> None:
        for name in names:
            try:
                await secrets.delete(name)
            except Exception as exc:  # a locked keychain: nothing was kept there then
                log.info("could not forget a copy password: %s", type(exc).__name__)

    asyncio.run(forget())


class _Stop(Exception):
    def __init__(self, key: str, detail: str) -> None:
        super().__init__(key)
        self.key, self.detail = key, detail
