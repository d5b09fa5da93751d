"""The shared addresses (info@, sales@, a list per department) and the members' aliases: the list the user keeps,
the suggestions, the checks, the provider's console steps for what its API cannot do, and the statuses and delivery
check of the exactly-once run (core/members/shared_run.py), which the members' Create run does after the accounts
(MembersStep.create, same task and gate)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from mailwizard.core.members.shared import SharedAddress, alias_parts
from mailwizard.core.session.runner import to_thread

if TYPE_CHECKING:
    from mailwizard.core.members.shared_check import SharedProblem
    from mailwizard.core.members.shared_run import SharedReport
    from mailwizard.core.providers.shared_api import SharedApi, SharedSupport
    from mailwizard.core.session.session import Session

log = logging.getLogger(__name__)

CHECK_TASK = "shared-check"
STATUSES_TASK = "shared-statuses"


class SharedStep:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._api: tuple[object, SharedApi] | None = None  # (the Provider it was opened over, the SharedApi)
        self._journal: dict[str, tuple[str, str, str]] | None = None  # read when first asked, then kept current
        self._journal_of: str | None = None
        self._offline: tuple[object, SharedSupport | None] | None = None  # (opener, its support before signing in)

    def reset(self) -> None:
        self.session.runner.cancel(CHECK_TASK)
        self._api, self._journal, self._journal_of, self._offline = None, None, None, None

    # --- the list ---------------------------------------------------------------------------------------
    def addresses(self) -> tuple[SharedAddress, ...]:
        return self.session.saved.shared

    def set_addresses(self, items: list[SharedAddress]) -> None:
        """As the user edits them: saved, without a StateChanged per keystroke (as MembersStep.set_members)."""
        self.session.keep(shared=tuple(items))

    def suggestions(self, lang: str) -> list[SharedAddress]:
        """Common addresses and one list per department of the member list, none already in addresses()."""
        from mailwizard.core.members.shared_suggest import suggestions

        return suggestions(self.session.member_list, self.addresses(), lang)

    def aliases(self) -> list[tuple[str, str]]:
        """(account address, alias address) of every member's alias, in list order."""
        domain = self.session.state.domain or ""
        return [(m.address(domain), f"{alias}@{domain}") for m in self.session.member_list if m.local_part and domain
                for alias in alias_parts(m.aliases)]

    # --- checks -----------------------------------------------------------------------------------------
    def problems(self) -> list[SharedProblem]:
        """The local checks, at once (no provider asked). A shared address made already (or being made) whose
        recipient has left the member list is no problem: its row cannot be edited any more (the admin console
        changes it), the run leaves that recipient out, and the delivery check says who still receives it."""
        from mailwizard.core.members.shared_check import NO_RECIPIENTS, UNKNOWN_RECIPIENT, check_shared
        from mailwizard.core.members.shared_run import ATTEMPTED, CREATED, group_key

        problems = check_shared(self.addresses(), self.session.member_list, self.session.state.domain or "",
                                self.support())
        statuses = self.statuses() if problems else {}
        return [p for p in problems if p.key not in (NO_RECIPIENTS, UNKNOWN_RECIPIENT)
                or statuses.get(group_key(p.subject), ("",))[0] not in (ATTEMPTED, CREATED)]

    def check_remote(self) -> None:
        """Ask the provider which of the addresses it has already and are not ours: SharedChecked(problems)."""
        from mailwizard.core.members.shared_check import remote_problems
        from mailwizard.core.session.shared_events import SharedChecked

        api, domain = self.api(), self.session.state.domain or ""
        if api is None or not domain:
            self.session.emit(SharedChecked([]))
            return
        support = api.support
        groups = [a.address(domain) for a in self.addresses() if a.local_part] if support.groups else []
        aliases = self.aliases() if support.aliases else []

        async def run() -> list[SharedProblem]:
            journal = await to_thread(self._read_journal)
            from mailwizard.core.members.shared_run import ours_of

            ours = ours_of(journal, aliases)
            return await remote_problems(api, groups, aliases, ours)

        self.session.runner.run(CHECK_TASK, run(), label=None,
                                on_result=lambda problems: self.session.emit(SharedChecked(problems)),
                                on_error=self.session.provider.failed)

    # --- what the provider's API can do -----------------------------------------------------------------
    def api(self) -> SharedApi | None:
        """The SharedApi over the signed-in provider (None: not connected, or no API for shared addresses)."""
        opener = self.session.provider.profile.open_shared
        provider = self.session.provider.api
        if opener is None or provider is None:
            return None
        if self._api is None or self._api[0] is not provider:
            self._api = (provider, opener(provider))
        return self._api[1]

    def support(self) -> SharedSupport | None:
        """What the provider's API does for shared addresses and aliases; None: no API (console steps). Before
        signing in, the profile's opener is asked with no provider: a SharedApi's ``support`` needs none."""
        api = self.api()
        if api is not None:
            return api.support
        opener = self.session.provider.profile.open_shared
        if opener is None:
            return None
        if self._offline is None or self._offline[0] is not opener:
            from mailwizard.core.providers.shared_api import support_before_sign_in

            self._offline = (opener, support_before_sign_in(opener))
        return self._offline[1]

    def console_steps(self, lang: str) -> dict[str, list[str]]:
        """{"groups": [...], "aliases": [...]}: the console's numbered steps for each part the API cannot do
        ([] where the API does it, or where no steps are written)."""
        from mailwizard.core.members.shared_suggest import PARTS, console_steps

        support = self.support()
        steps = console_steps(self.session.state.provider_id or "")
        done_by_api = {"groups": bool(support and support.groups), "aliases": bool(support and support.aliases),
                       "outside": bool(support and support.outside_mail)}
        return {part: [] if done_by_api[part] or part not in steps else steps[part].for_language(lang)
                for part in PARTS}

    def console_sources(self) -> dict[str, tuple[str, bool]]:
        """part → (the documentation URL its console steps come from, unconfirmed) for the parts that have steps."""
        from mailwizard.core.members.shared_suggest import console_steps

        return {part: (steps.source, steps.unconfirmed)
                for part, steps in console_steps(self.session.state.provider_id or "").items()}

    # --- statuses (the journal) -------------------------------------------------------------------------
    def _scope(self) -> str:
        from mailwizard.core.members.shared_run import scope_for

        return scope_for(self.session.state.provider_id or "")

    def _read_journal(self) -> dict[str, tuple[str, str, str]]:
        provider_id = self.session.state.provider_id
        return self.session.store.journal_all(self._scope()) if provider_id else {}

    def _entries(self) -> dict[str, tuple[str, str, str]]:
        provider_id = self.session.state.provider_id or ""
        if self._journal is None or self._journal_of != provider_id:
            # a few rows, read once per provider (the run keeps it current afterwards)
            self._journal, self._journal_of = self._read_journal(), provider_id
        return self._journal

    def provider_changed(self) -> None:
        """Another provider has its own journal: read off the UI thread (nothing known until then)."""
        provider_id = self.session.state.provider_id or ""
        self._journal, self._journal_of = {}, provider_id

        def done(journal: dict[str, tuple[str, str, str]]) -> None:
            if provider_id == (self.session.state.provider_id or ""):
                self._journal = journal
                self.session.changed()

        self.session.runner.run(STATUSES_TASK, to_thread(self._read_journal), label=None, on_result=done)

    def statuses(self) -> dict[str, tuple[str, str]]:
        """Journal key (group:<address>, alias:<alias address>) → (state, error text key)."""
        from mailwizard.core.members.failures import read_failure
        from mailwizard.core.members.shared_run import made, moved, remote_of

        owner = {alias.lower(): account for account, alias in self.aliases()}  # an alias moved: not made for this one
        return {key: (made(key, state, remote_of(remote)), read_failure(error)[0] if error else "")
                for key, (state, remote, error) in self._entries().items()
                if not moved(key, remote_of(remote), owner)}

    def delivery(self) -> dict[str, tuple[str, ...]]:
        """Group address → its members as the provider listed them back after creation (absent: not listed)."""
        from mailwizard.core.members.shared_run import CREATED, remote_of

        out: dict[str, tuple[str, ...]] = {}
        for key, (state, remote, _error) in self._entries().items():
            members = remote_of(remote).get("members") if state == CREATED and key.startswith("group:") else None
            if isinstance(members, list):
                out[key.removeprefix("group:")] = tuple(members)
        return out

    def done(self) -> bool:
        """Every shared address and alias the API makes is created (or none asked for); the parts done in the
        console (console_steps) are the admin's."""
        from mailwizard.core.members.shared_run import alias_key, group_key

        support, domain = self.support(), self.session.state.domain or ""
        keys = [group_key(a.address(domain)) for a in self.addresses() if a.local_part] \
            if support is not None and support.groups else []
        keys += [alias_key(alias) for _account, alias in self.aliases()] if support is not None and support.aliases \
            else []
        statuses = self.statuses()
        if not all(statuses.get(key, ("",))[0] == "created" for key in keys):
            return False
        # a group listed back without someone whose account exists is filled again by the next run (as it does)
        delivery = self.delivery() if keys else {}
        existing = self._existing_accounts() if delivery else set()
        return all(not {f"{r}@{domain}".lower() for r in a.recipients if r in existing}
                   - set(delivery.get(a.address(domain), ())) for a in self.addresses()
                   if a.address(domain) in delivery)

    # --- the run (inside the members' Create task) --------------------------------------------------------
    async def create_after_accounts(self, running) -> SharedReport | None:
        """The shared addresses and aliases of accounts that exist, after the members' accounts, in their task:
        the local checks, then the remote clash check, then each made exactly once. Emits SharedProgress and
        SharedFinished. None: nothing to do here (no API for it, or nothing asked), or the run stopped on an error
        (said as the provider's failures are; SharedFinished(None)). Never raises but for cancellation."""
        from mailwizard.core.members.shared_run import SharedReport, create_shared
        from mailwizard.core.session.shared_events import SharedFinished, SharedProgress

        session, api = self.session, self.api()
        domain = session.state.domain or ""
        addresses = [a for a in self.addresses() if a.local_part]
        if api is None or not domain or not (addresses or self.aliases()):
            return None
        problems = self.problems()
        if problems:
            report = SharedReport(0, refused=problems)
            session.emit(SharedFinished(report))
            return report
        existing = self._existing_accounts()
        groups = [SharedAddress(a.local_part, a.name, tuple(r for r in a.recipients if r in existing), a.origin,
                                a.origin_detail, a.outside) for a in addresses]
        groups = [g for g in groups if g.recipients]  # a list nobody can receive yet waits for a later run
        aliases = [(account, alias) for account, alias in self.aliases() if account.split("@", 1)[0] in existing]

        def progress(report: SharedReport) -> None:
            self._note(report)
            session.emit(SharedProgress(report))

        try:
            report = await create_shared(api, groups, aliases, session.store, domain=domain, running=running,
                                         on_progress=progress, provider_id=session.state.provider_id or "")
        except Exception as exc:  # the accounts' report still stands: this part says why it stopped
            session.provider.failed(exc)
            report = None
        self._journal = await to_thread(self._read_journal)
        session.emit(SharedFinished(report))
        return report

    def _existing_accounts(self) -> set[str]:
        """Local parts of the members whose accounts exist: made by MailWizard, or there before (ours by name)."""
        domain = self.session.state.domain or ""
        statuses = self.session.members.statuses()
        existing = self.session.provider.existing_users
        return {m.local_part for m in self.session.member_list if m.local_part and (
            statuses.get(m.address(domain), ("",))[0] == "created" or m.local_part.lower() in existing)}

    def _note(self, report: SharedReport) -> None:
        entries = self._entries()
        for key, state in report.statuses.items():
            _old, remote, _error = entries.get(key, ("", "", ""))
            entries[key] = (state, remote, report.failed.get(key, ""))
