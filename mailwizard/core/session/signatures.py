"""The company signature and leave auto-reply: the design (kept in the store), each member's preview in their
language, the install through the provider's API (its profile's ``open_signatures``) and the per-member files.

Exactly once: each (kind, member) is written ahead in the journal (scope ``signature``, item ``<kind>:<address>``,
``remote_id`` the payload's fingerprint and the provider) before it is sent; a lost answer is settled by reading
the mailbox back, never by sending again; an entry a crash left "sending" is read back before anything is sent.
Installing the same design again sends nothing to a mailbox whose entry is done with the same fingerprint."""

from __future__ import annotations

import asyncio
import json
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from mailwizard.core.session.signatures_events import (
    SignatureDesignChanged,
    SignatureFailed,
    SignatureFilesWritten,
    SignatureInstalled,
    SignatureInstallFinished,
    SignatureProgress,
    SignatureUncertain,
)
from mailwizard.core.signatures.design import KINDS, SignatureDesign

if TYPE_CHECKING:
    from mailwizard.core.members.model import Member
    from mailwizard.core.session.session import Session
    from mailwizard.core.signatures.api import SignatureApi

log = logging.getLogger(__name__)

DESIGN_KEY = "signature-design"
SCOPE = "signature"
INSTALL_TASK, FILES_TASK = "signature-install", "signature-files"
AT_ONCE = 8  # mailboxes set at the same time
SENDING, DONE, UNCERTAIN, NOT_DONE, FAILED = "sending", "done", "uncertain", "not_done", "failed"
# The keys this step gives besides the provider's (provider.*) and a failed save's (save.*): ui/messages/signature.py
MESSAGE_KEYS = ("signature.not_connected", "signature.no_api", "signature.needs_delegation",
                "signature.no_signature_api", "signature.own_mailbox_only", "signature.bad_date",
                "signature.end_before_start", "signature.not_applied", "signature.no_members",
                "signature.files_failed", "signature.failed", "signature.logo_too_big", "signature.logo_unreadable")


class SignaturesStep:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._design: SignatureDesign | None = None
        self._opened: tuple[object, SignatureApi] | None = None
        self._journal: dict[str, tuple[str, str, str]] | None = None
        self.zone = None  # the auto-reply's days in this time zone (None: the computer's); tests set one

    def reset(self) -> None:
        for kind in KINDS:
            self.session.runner.cancel(f"{INSTALL_TASK}-{kind}")
        self.session.runner.cancel(FILES_TASK)
        self.__init__(self.session)

    # --- the design ---------------------------------------------------------------------------------
    def design(self) -> SignatureDesign:
        if self._design is None:
            self._design = SignatureDesign.from_json(self.session.store.get(DESIGN_KEY))
        return self._design

    def set_design(self, design: SignatureDesign) -> None:
        self._design = design
        self.session.write(DESIGN_KEY, design.to_json())
        self.session.emit(SignatureDesignChanged())

    def members(self) -> list[tuple[str, Member]]:
        """(address, member) of every member with an address at the company's domain."""
        domain = self.session.state.domain or ""
        return [(m.address(domain).lower(), m) for m in self.session.member_list if domain and m.local_part]

    def _member(self, address: str) -> Member | None:
        return next((m for a, m in self.members() if a == address.lower()), None)

    def language_of(self, address: str) -> str:
        return self.design().language_of(address, self.session.language)

    def preview(self, address: str) -> tuple[str, str]:
        """(HTML, plain text) of ``address``'s signature in its language; ("", "") for no such member."""
        from mailwizard.core.signatures.render import signature

        member = self._member(address)
        if member is None:
            return "", ""
        shown = signature(self.design(), member, address.lower(), self.language_of(address))
        return shown.html, shown.text

    def preview_autoreply(self, address: str) -> tuple[str, str, str]:
        """(subject, HTML, plain text) of ``address``'s leave auto-reply; ("", "", "") for no such member."""
        from mailwizard.core.signatures.render import autoreply

        member = self._member(address)
        if member is None:
            return "", "", ""
        reply = autoreply(self.design(), member, address.lower(), self.language_of(address))
        return reply.subject, reply.html, reply.text

    def set_logo_file(self, path: str) -> None:
        """A logo image embedded (data: URL) in the files, read off the calling thread → SignatureDesignChanged or
        SignatureFailed("", "", "signature.logo_too_big" / "signature.logo_unreadable")."""
        from dataclasses import replace

        from mailwizard.core.session.runner import to_thread
        from mailwizard.core.signatures.files import logo_data_url

        def done(url: str) -> None:
            self.set_design(replace(self.design(), logo=url))

        def failed(exc: BaseException) -> None:
            self.session.emit(SignatureFailed("", "", str(getattr(exc, "key", "signature.logo_unreadable")),
                                              type(exc).__name__))

        self.session.runner.run("signature-logo", to_thread(logo_data_url, Path(path)), label=None,
                                on_result=done, on_error=failed)

    # --- installing through the provider's API ----------------------------------------------------------
    def _api(self) -> SignatureApi | None:
        provider = self.session.provider.api
        opener = self.session.provider.profile.open_signatures if provider is not None else None
        if provider is None or opener is None:
            return None
        if self._opened is None or self._opened[0] is not provider:
            self._opened = (provider, opener(provider))
        return self._opened[1]

    def can_install(self) -> dict[str, bool | str]:
        """kind → True, or the message key saying why not (the files are the way then)."""
        if self.session.provider.api is None:
            return dict.fromkeys(KINDS, "signature.not_connected")
        api = self._api()
        if api is None:
            return dict.fromkeys(KINDS, "signature.no_api")
        found = api.can()
        return {kind: found.get(kind, "signature.no_api") for kind in KINDS}

    def status(self) -> dict[str, str]:
        """``<kind>:<address>`` → "done", "uncertain", "failed", "not_done" or "sending" for this provider."""
        provider = self.session.state.provider_id or ""
        return {k: s for k, (s, remote, _e) in self._entries().items() if _loads(remote).get("provider") == provider}

    def install(self, kind: str, addresses: list[str] | None = None) -> None:
        """Set ``kind`` for these members (None: all) → SignatureProgress…, SignatureInstalled / SignatureUncertain /
        SignatureFailed per member, then SignatureInstallFinished."""
        api = self._api()
        why = self.can_install().get(kind, "signature.no_api")
        if api is None or why is not True:
            self.session.emit(SignatureFailed(kind, "", why if isinstance(why, str) else "signature.no_api"))
            return
        problem = self.design().autoreply.problem() if kind == "autoreply" else ""
        if problem:
            self.session.emit(SignatureFailed(kind, "", problem))
            return
        wanted = {a.lower() for a in addresses} if addresses is not None else None
        chosen = [(a, m) for a, m in self.members() if wanted is None or a in wanted]
        if not chosen:
            self.session.emit(SignatureFailed(kind, "", "signature.no_members"))
            return
        name = f"{INSTALL_TASK}-{kind}"
        if self.session.runner.is_running(name):  # a second click while the first is under way: not sent twice
            return
        self.session.runner.run(name, self._install(api, kind, chosen), label=None, on_result=lambda _r: None,
                                on_error=lambda exc: self.session.emit(SignatureFailed(kind, "", *_failure(exc))))

    async def _install(self, api: SignatureApi, kind: str, chosen: list[tuple[str, Member]]) -> None:
        from mailwizard.core.session.runner import to_thread
        from mailwizard.core.signatures.payload import payload

        await to_thread(self._entries)  # the journal read once, off the calling thread
        design, gate = self.design(), asyncio.Semaphore(AT_ONCE)
        counts = {DONE: 0, UNCERTAIN: 0, FAILED: 0}
        settled = 0

        async def one(address: str, member: Member) -> None:
            nonlocal settled
            async with gate:
                data = payload(kind, design, member, address, self.language_of(address), self.zone)
                state = await self._one(api, kind, address, data)
            counts[state] += 1
            settled += 1
            self.session.emit(SignatureProgress(kind, settled, len(chosen)))

        await asyncio.gather(*(one(a, m) for a, m in chosen))
        self.session.emit(SignatureInstallFinished(kind, counts[DONE], counts[UNCERTAIN], counts[FAILED]))

    async def _one(self, api: SignatureApi, kind: str, address: str, data: dict) -> str:
        from mailwizard.core.providers.base import AmbiguousOutcome, ProviderError
        from mailwizard.core.signatures.payload import fingerprint

        item, mark = f"{kind}:{address}", fingerprint(data)
        reach = await api.reaches(kind, address)
        if reach is not True:
            self.session.emit(SignatureFailed(kind, address, str(reach)))
            return FAILED
        state, remote, _error = self._entries().get(item, ("", "", ""))
        same = _loads(remote).get("mark") == mark and _loads(remote).get("provider") == self._provider()
        try:
            if same and state == DONE:
                self.session.emit(SignatureInstalled(kind, address))
                return DONE
            if same and state in (SENDING, UNCERTAIN):  # a crash or a lost answer: read back before sending
                try:
                    found = await api.applied(kind, address, data)
                except ProviderError:
                    self.session.emit(SignatureUncertain(kind, address))  # still unknown: not sent blindly
                    return UNCERTAIN
                if found:
                    await self._record(item, DONE, mark)
                    self.session.emit(SignatureInstalled(kind, address))
                    return DONE
            await self._record(item, SENDING, mark)  # written ahead: a crash from here is settled by reading back
            try:
                await api.apply(kind, address, data)
            except AmbiguousOutcome:
                try:
                    applied = await api.applied(kind, address, data)
                except ProviderError:
                    applied = None
                if applied is None:
                    await self._record(item, UNCERTAIN, mark)
                    self.session.emit(SignatureUncertain(kind, address))
                    return UNCERTAIN
                if not applied:
                    await self._record(item, NOT_DONE, mark)
                    self.session.emit(SignatureFailed(kind, address, "signature.not_applied"))
                    return FAILED
        except ProviderError as exc:
            await self._record(item, FAILED, mark, exc.key)
            self.session.emit(SignatureFailed(kind, address, *_failure(exc)))
            return FAILED
        await self._record(item, DONE, mark)
        self.session.emit(SignatureInstalled(kind, address))
        return DONE

    # --- the journal ------------------------------------------------------------------------------------
    def _provider(self) -> str:
        return self.session.state.provider_id or ""

    def _entries(self) -> dict[str, tuple[str, str, str]]:
        if self._journal is None:
            self._journal = dict(self.session.store.journal_all(SCOPE))
        return self._journal

    async def _record(self, item: str, state: str, mark: str, error: str = "") -> None:
        remote = json.dumps({"mark": mark, "provider": self._provider()}, sort_keys=True)
        await self.session.write_now(self.session.store.journal_put, SCOPE, item, state, remote, error)
        self._entries()[item] = (state, remote, error)

    # --- the files -----------------------------------------------------------------------------------------
    def write_files(self, folder: str) -> None:
        """One folder per member under ``folder`` (signature.htm, signature.txt, autoreply.txt and the steps for
        Outlook, Apple Mail, the provider's webmail and Foxmail), written off the calling thread →
        SignatureFilesWritten or SignatureFailed("", "", "signature.files_failed")."""
        from mailwizard.core.session.runner import to_thread
        from mailwizard.core.signatures.files import write_all

        members = [(a, m, self.language_of(a)) for a, m in self.members()]
        if not members:
            self.session.emit(SignatureFailed("", "", "signature.no_members"))
            return
        design, provider = self.design(), self.session.state.provider_id or ""

        def failed(exc: BaseException) -> None:
            self.session.emit(SignatureFailed("", "", "signature.files_failed", type(exc).__name__,
                                              {"folder": folder}))

        self.session.runner.run(FILES_TASK, to_thread(write_all, Path(folder), design, members, provider),
                                label=None, on_result=lambda n: self.session.emit(SignatureFilesWritten(folder, n)),
                                on_error=failed)


def _loads(remote: str) -> dict:
    try:
        data = json.loads(remote) if remote else {}
    except ValueError:
        return {}
    return data if isinstance(data, dict) else {}


def _failure(exc: BaseException) -> tuple[str, str, dict]:
    from mailwizard.core.providers.base import ProviderError
    from mailwizard.core.store import StoreError

    if isinstance(exc, ProviderError):
        return exc.key, type(exc).__name__, {k: v for k, v in exc.params.items() if k != "password"}
    if isinstance(exc, StoreError):  # the journal could not be written ahead: nothing was sent
        return f"save.{exc.problem.value}", exc.detail, exc.params()
    return "signature.failed", type(exc).__name__, {}
