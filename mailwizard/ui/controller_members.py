"""The Members step's side of the controller: the table, temporary passwords, the console import file and
the exactly-once creation run (pause, cancel, resume)."""

from __future__ import annotations

import contextlib
import logging
from dataclasses import asdict, fields
from pathlib import Path
from typing import TYPE_CHECKING

from mailwizard.core.members.model import Member
from mailwizard.core.secrets import SecretsUnavailable
from mailwizard.ui.tasks import to_thread

if TYPE_CHECKING:
    from mailwizard.core.members.bulk import BulkReport

log = logging.getLogger("mailwizard.ui.controller")

CREATE_TASK = "members-create"
MEMBERS_KEY = "members"


def member_from_json(data: dict) -> Member:
    names = {f.name for f in fields(Member)}
    return Member(**{k: str(v) for k, v in data.items() if k in names}) if isinstance(data, dict) else Member()


async def delete_passwords(secrets, addresses: list[str]) -> None:
    """The members' temporary passwords out of the keychain (gone already, or no keychain: nothing to do)."""
    for address in addresses:
        with contextlib.suppress(SecretsUnavailable):
            await secrets.delete(f"member-password:{address}")


def forget_passwords_now(secrets, addresses: list[str]) -> None:
    """The same from a worker thread, in its own short asyncio run."""
    import asyncio  # not at the top: asyncio (with ssl) loads after the first frame, not with the controller

    asyncio.run(delete_passwords(secrets, addresses))


class MemberActions:
    """Mixed into WizardController (which owns the signals, the state and the task runner)."""

    # --- members ----------------------------------------------------------------------------
    def set_members(self, members: list[Member]) -> None:
        self.members = list(members)
        # (an editor closing after the window did finds the writer closed: nothing left to save into)
        self._writer.submit(self._write, MEMBERS_KEY, [asdict(m) for m in self.members])

    def member_statuses(self) -> dict[str, tuple[str, str]]:
        """Address → (journal state, error key), kept in memory (the journal is read at start and when the
        provider changes, off the UI thread)."""
        return self._statuses

    def _read_statuses(self, provider_id: str | None) -> dict[str, tuple[str, str]]:
        journal = self.store.journal_all(f"members:{provider_id}") if provider_id else {}
        return {address: (state, error) for address, (state, _remote, error) in journal.items()}

    def _reload_statuses(self) -> None:
        provider_id = self._state.provider_id

        def done(statuses: dict[str, tuple[str, str]]) -> None:
            if provider_id == self._state.provider_id:
                self._statuses = statuses
                self.stateChanged.emit()

        self.tasks.run("members-statuses", to_thread(self._read_statuses, provider_id), label=None,
                       on_result=done)

    def _note_progress(self, report: BulkReport) -> None:
        for address, state in report.statuses.items():
            self._statuses[address] = (state, report.failed.get(address, ""))
        self.membersProgress.emit(report)

    def can_create_members(self) -> bool:
        return self.provider is not None and bool(self._state.domain)

    async def _member_password(self, address: str, policy) -> str:
        """The member's temporary password: the one kept from an earlier run (so a resumed run or a second
        import file reuses it), else a new one, put in the keychain before anything uses it."""
        from mailwizard.core.members.passwords import generate as generate_password

        name = f"member-password:{address}"
        password = self.new_passwords.get(address)
        if password is None:
            try:
                password = await self.connections.secrets.get(name)
            except SecretsUnavailable:
                password = None
        if not password:
            password = generate_password(policy)
            with contextlib.suppress(SecretsUnavailable):  # else held in memory only, until created
                await self.connections.secrets.put(name, password)
        self.new_passwords[address] = password
        return password

    def import_layout(self, then) -> None:
        """The provider console's import layout (or the generic one), read off the UI thread."""
        from mailwizard.core.members.console_layouts import layout_for

        self.tasks.run("import-layout", to_thread(layout_for, self._state.provider_id or "generic"), label=None,
                       on_result=then, on_error=lambda exc: self.saveFailed.emit(str(exc)))

    def save_import_file(self, path: Path, layout) -> None:
        """The members as the provider console's import file; temporary passwords only where its layout has a
        column for them. ``importFileSaved(path, holds passwords, files)`` or ``importFileFailed(key, params)``."""
        from mailwizard.core.members.console_import_file import batches, write_import_file
        from mailwizard.core.members.console_layouts import ConsoleImportError
        from mailwizard.core.members.passwords import policy_for

        domain = self._state.domain or ""
        members = [m for m in self.members if m.local_part]
        policy = policy_for(self._state.provider_id or "")

        async def run() -> tuple[bool, int]:
            passwords = None
            if layout.has_password_column:
                passwords = {m.address(domain): await self._member_password(m.address(domain), policy)
                             for m in members}
            groups = batches(layout, members)
            # more people than the console takes in one file: members-import-1.csv, -2.csv, … one upload each
            for number, group in enumerate(groups, 1):
                target = path if len(groups) == 1 else path.with_name(f"{path.stem}-{number}{path.suffix}")
                await to_thread(write_import_file, target, layout, group, domain, passwords)
            return layout.holds_passwords(passwords), len(groups)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, ConsoleImportError):
                self.importFileFailed.emit(exc.key, exc.params)
            else:
                self.saveFailed.emit(str(exc))

        self.tasks.run("save-import-file", run(), label=None,
                       on_result=lambda done: self.importFileSaved.emit(str(path), *done), on_error=failed)

    def create_members(self, label: str | None) -> None:
        provider, domain = self.provider, self._state.domain
        if provider is None or not domain:
            return
        from mailwizard.core.members.bulk import account_for, create_accounts
        from mailwizard.core.members.passwords import policy_for

        members = [m for m in self.members if m.local_part]
        policy = policy_for(provider.id)
        group = self._state.team_group_id
        self._creation_gate.set()

        async def run() -> BulkReport:
            accounts = [account_for(m, domain, await self._member_password(m.address(domain), policy), group)
                        for m in members]
            return await create_accounts(provider, accounts, self.store, license_sku=self._state.license_sku or None,
                                         on_progress=self._note_progress, running=self._creation_gate)

        def done(report: BulkReport) -> None:
            for address in report.skipped:
                self._statuses[address] = ("created", "")
            statuses = self.member_statuses()
            created = all(statuses.get(m.address(domain), ("",))[0] in ("created",) for m in members)
            self.update(members_done=bool(members) and created)
            self.membersFinished.emit(report)

        def failed(exc: BaseException) -> None:
            self._provider_failed(exc)
            self.membersFinished.emit(None)

        self.tasks.run(CREATE_TASK, run(), label=label, on_result=done, on_error=failed)

    @property
    def _creation_gate(self):
        if self._gate is None:
            import asyncio

            self._gate = asyncio.Event()
            self._gate.set()
        return self._gate

    def pause_members(self, paused: bool) -> None:
        if paused:
            self._creation_gate.clear()
        else:
            self._creation_gate.set()

    def cancel_members(self) -> None:
        self._creation_gate.set()
        self.tasks.cancel(CREATE_TASK)

    async def forget_passwords(self, addresses: list[str]) -> None:
        """After the hand-over: the temporary passwords leave the keychain too."""
        for address in addresses:
            self.new_passwords.pop(address, None)
        await delete_passwords(self.connections.secrets, addresses)

    def write_off_thread(self, function, *args) -> None:
        """A file export: written by a worker thread, a failure reported like any save failure."""
        self.tasks.run(f"write-{id(args)}", to_thread(function, *args), label=None,
                       on_result=lambda _r: None, on_error=lambda exc: self.saveFailed.emit(str(exc)))

