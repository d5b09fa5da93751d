"""The members step: the member list, each account's status from the journal, the temporary passwords, the
console's import file and the exactly-once creation run (pause, cancel, resume)."""

from __future__ import annotations

import contextlib
import logging
from pathlib import Path
from typing import TYPE_CHECKING

from mailwizard.core.members.model import Member
from mailwizard.core.secrets import SecretsUnavailable
from mailwizard.core.session import events
from mailwizard.core.session.runner import to_thread

if TYPE_CHECKING:
    from mailwizard.core.members.bulk import BulkReport
    from mailwizard.core.session.session import Session

log = logging.getLogger(__name__)

CREATE_TASK = "members-create"
TAKEN = ("created", "attempted")  # journal states of an account that is (or may be) ours at the provider


async def delete_passwords(secrets, addresses: list[str]) -> None:
    """The members' temporary passwords out of the keychain (gone already, or no keychain: nothing to do)."""
    for address in addresses:
        with contextlib.suppress(SecretsUnavailable):
            await secrets.delete(f"member-password:{address}")


def forget_passwords_now(secrets, addresses: list[str]) -> None:
    """The same from a worker thread, in its own short asyncio run."""
    import asyncio  # not at the top: asyncio (with ssl) loads after the first frame

    asyncio.run(delete_passwords(secrets, addresses))


class MembersStep:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.new_passwords: dict[str, str] = {}  # shown once after creation; never written to the store
        self._gate = None  # asyncio.Event, made with the first creation run (asyncio loads after start-up)
        self._statuses: dict[str, tuple[str, str]] = self._read_statuses(session.state.provider_id)

    def reset(self) -> None:
        self.session.runner.cancel(CREATE_TASK)
        self.new_passwords = {}
        self._statuses = {}

    # --- the list --------------------------------------------------------------------------------
    @property
    def members(self) -> list[Member]:
        return list(self.session.member_list)

    def set_members(self, members: list[Member]) -> None:
        """The list as the user edits it: saved, without a StateChanged for every cell typed (the table that
        edits it shows it already; other pages read it when they are shown)."""
        self.session.keep(members=tuple(members))

    def ours(self) -> set[str]:
        """Local parts of members whose account we made (or may have made)."""
        domain = self.session.state.domain or ""
        return {m.local_part for m in self.session.member_list if self._statuses.get(m.address(domain), ("",))[0]
                in TAKEN}

    def existing(self) -> int:
        """How many of the list's accounts exist at the provider: those MailWizard created (its journal), or the
        whole list once the admin confirmed making them in the provider's console."""
        domain = self.session.state.domain or ""
        created = sum(1 for m in self.session.member_list
                      if self._statuses.get(m.address(domain), ("",))[0] == "created")
        if self.session.state.members_done and not created:
            return len(self.session.member_list)
        return created

    # --- statuses --------------------------------------------------------------------------------
    def statuses(self) -> dict[str, tuple[str, str]]:
        """Address → (journal state, error key), kept in memory: the journal is read when the step is first used
        and when the provider changes (off the UI thread), then follows each run's progress."""
        return self._statuses

    def _read_statuses(self, provider_id: str | None) -> dict[str, tuple[str, str]]:
        journal = self.session.store.journal_all(f"members:{provider_id}") if provider_id else {}
        return {address: (state, error) for address, (state, _remote, error) in journal.items()}

    def provider_changed(self) -> None:
        """Another provider has its own journal: read it off the UI thread."""
        self._statuses = {}
        provider_id = self.session.state.provider_id

        def done(statuses: dict[str, tuple[str, str]]) -> None:
            if provider_id == self.session.state.provider_id:
                self._statuses = statuses
                self.session.changed()

        self.session.runner.run("members-statuses", to_thread(self._read_statuses, provider_id), label=None,
                                on_result=done)
        shared = self.session._made("shared")
        if shared is not None:  # its statuses too (made later, it reads them when first asked)
            shared.provider_changed()

    def _note_progress(self, report: BulkReport) -> None:
        for address, state in report.statuses.items():
            self._statuses[address] = (state, report.failed.get(address, ""))
        self.session.emit(events.MembersProgress(report))

    # --- temporary passwords -----------------------------------------------------------------------
    async def password_for(self, address: str, policy) -> str:
        """The member's temporary password: the one kept from an earlier run (so a resumed run or a second
        import file reuses it), else a new one, put in the keychain before anything uses it."""
        from mailwizard.core.members.passwords import generate as generate_password

        secrets = self.session.connections.secrets
        name = f"member-password:{address}"
        password = self.new_passwords.get(address)
        if password is None:
            try:
                password = await secrets.get(name)
            except SecretsUnavailable:
                password = None
        if not password:
            password = generate_password(policy)
            with contextlib.suppress(SecretsUnavailable):  # else held in memory only, until created
                await secrets.put(name, password)
        self.new_passwords[address] = password
        return password

    async def forget_passwords(self, addresses: list[str]) -> None:
        """After the hand-over: the temporary passwords leave the keychain too."""
        for address in addresses:
            self.new_passwords.pop(address, None)
        await delete_passwords(self.session.connections.secrets, addresses)

    # --- a spreadsheet to import -----------------------------------------------------------------------
    def read_file(self, path: Path, on_read, on_error) -> None:
        """Read a member spreadsheet off the UI thread: ``on_read(RawTable)`` or ``on_error(exception)``."""
        from mailwizard.core.members.reading import read_table

        self.session.runner.run("members-read-file", to_thread(read_table, path), label=None, on_result=on_read,
                                on_error=on_error)

    # --- the console's import file -------------------------------------------------------------------
    def import_layout(self, then) -> None:
        """The provider console's import layout (or the generic one), read off the UI thread."""
        from mailwizard.core.members.console_layouts import layout_for

        layout = self.session.provider.profile.console_import_layout or self.session.state.provider_id or "generic"
        self.session.runner.run("import-layout", to_thread(layout_for, layout), label=None, on_result=then,
                                on_error=lambda exc: self.session.emit(events.SaveFailed(str(exc))))

    def save_import_file(self, path: Path, layout) -> None:
        """The members as the provider console's import file; temporary passwords only where its layout has a
        column for them."""
        from mailwizard.core.members.console_import_file import batches, write_import_file
        from mailwizard.core.members.console_layouts import ConsoleImportError
        session = self.session
        domain = session.state.domain or ""
        members = [m for m in session.member_list if m.local_part]
        policy = session.provider.profile.password_policy

        async def run() -> tuple[bool, int]:
            passwords = None
            if layout.has_password_column:
                passwords = {m.address(domain): await self.password_for(m.address(domain), policy) for m in members}
            groups = batches(layout, members)
            # more people than the console takes in one file: members-import-1.csv, -2.csv, … one upload each
            for number, group in enumerate(groups, 1):
                target = path if len(groups) == 1 else path.with_name(f"{path.stem}-{number}{path.suffix}")
                await to_thread(write_import_file, target, layout, group, domain, passwords)
            return layout.holds_passwords(passwords), len(groups)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ConsoleImportError):
                session.emit(events.ImportFileFailed(exc.key, exc.params))
            else:
                session.emit(events.SaveFailed(str(exc)))

        session.runner.run("save-import-file", run(), label=None,
                           on_result=lambda done: session.emit(events.ImportFileSaved(str(path), *done)),
                           on_error=failed)

    # --- creating the accounts -------------------------------------------------------------------------
    def created_in_console(self) -> None:
        """The admin says the console's import file was uploaded: the accounts exist."""
        self.session.update(members_done=True)

    def can_create(self) -> bool:
        return self.session.provider.api is not None and bool(self.session.state.domain)

    def seat_check(self):
        """Seats in use and bought against the accounts the list still has to create (a members.seats.SeatCheck),
        or None when the provider reported nothing. ``held``: Create waits until seats are bought or members
        removed. Addresses the provider has already (ours from an earlier run, or someone else's) take no seat."""
        from mailwizard.core.members.seats import check_seats

        provider = self.session.provider
        domain = self.session.state.domain or ""
        to_create = sum(1 for m in self.session.member_list if m.local_part
                        and self._statuses.get(m.address(domain), ("",))[0] != "created"
                        and m.local_part.lower() not in provider.existing_users)
        return check_seats(provider.seats, to_create)

    def create(self, label: str | None) -> None:
        session = self.session
        provider, domain = session.provider.api, session.state.domain
        if provider is None or not domain:
            return
        check = self.seat_check()
        if check is not None and check.held:
            return  # the page says why; nothing is asked of the provider
        from mailwizard.core.members.bulk import account_for, create_accounts
        members = [m for m in session.member_list if m.local_part]
        policy = session.provider.profile.password_policy
        group = session.state.team_group_id
        country = session.domain.country() if session.domain.asks_country() else ""
        self._creation_gate.set()

        async def run() -> BulkReport:
            accounts = [account_for(m, domain, await self.password_for(m.address(domain), policy), group, country)
                        for m in members]
            report = await create_accounts(provider, accounts, session.store, license_sku=session.state.license_sku
                                           or None, on_progress=self._note_progress, running=self._creation_gate)
            for address in report.skipped:
                self._statuses[address] = ("created", "")
            # then, in this task and behind the same gate, the shared addresses and aliases of accounts that exist
            await session.shared.create_after_accounts(self._creation_gate)
            return report

        def done(report: BulkReport) -> None:
            for address in report.skipped:
                self._statuses[address] = ("created", "")
            created = all(self._statuses.get(m.address(domain), ("",))[0] == "created" for m in members)
            session.update(members_done=bool(members) and created)
            session.emit(events.MembersFinished(report))
            session.provider.load_seats()  # fewer left now

        def failed(exc: BaseException) -> None:
            session.provider.failed(exc)
            session.emit(events.MembersFinished(None))

        session.runner.run(CREATE_TASK, run(), label=label, on_result=done, on_error=failed)

    @property
    def _creation_gate(self):
        if self._gate is None:
            import asyncio

            self._gate = asyncio.Event()
            self._gate.set()
        return self._gate

    def pause(self, paused: bool) -> None:
        if paused:
            self._creation_gate.clear()
        else:
            self._creation_gate.set()

    def cancel(self) -> None:
        self._creation_gate.set()
        self.session.runner.cancel(CREATE_TASK)

    def write_off_thread(self, function, *args) -> None:
        """A file export: written by a worker thread, a failure reported like any save failure."""
        self.session.runner.run(f"write-{id(args)}", to_thread(function, *args), label=None,
                                on_result=lambda _r: None,
                                on_error=lambda exc: self.session.emit(events.SaveFailed(str(exc))))
