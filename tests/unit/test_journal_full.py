"""A disk that fills while accounts are being created: the window says the disk is full (and where), not
"something went wrong" or a provider problem; what was created is journalled."""

from __future__ import annotations

import asyncio

from mailwizard.core.flow import Company, DomainPresence
from mailwizard.core.members.model import Member
from mailwizard.core.providers.base import Account, LicenseOption, NewAccount, RemoteUser
from mailwizard.core.session import events
from mailwizard.core.store import Store
from tests.unit.test_session import open_session


class Tenant:
    """Just enough of a provider for the members step: it creates whatever it is asked to."""

    id = "google"
    domain_api = True

    def __init__(self) -> None:
        self.made: list[str] = []

    async def find_user(self, address: str) -> RemoteUser | None:
        return RemoteUser(address, address) if address in self.made else None

    async def create_user(self, account: NewAccount, license_sku: str | None = None) -> RemoteUser:
        self.made.append(account.address)
        return RemoteUser(account.address, account.address)

    async def finish_user(self, *args, **kwargs) -> None:
        return None

    async def license_options(self) -> list[LicenseOption]:
        return []

    async def seats(self, license_sku: str | None = None):
        return None

    async def whoami(self) -> Account:
        return Account("admin@example.com", "Example")


def test_a_disk_that_fills_during_creation_is_said_as_a_full_disk(tmp_path) -> None:
    store = Store(tmp_path)
    session, runner, seen = open_session(store)
    session.update(provider_id="google", plan_id="business-starter", domain="example.com",
                   company=Company("例子", "李娜", "li.na@163.com", "example.com"),
                   domain_presence=DomainPresence.EXISTS)
    session.members.set_members([Member(f"成员{i}", "成", f"员{i}", f"m{i:03d}") for i in range(400)])
    session.provider.api = Tenant()
    pages = store._conn.execute("PRAGMA page_count").fetchone()[0]
    store._conn.execute(f"PRAGMA max_page_count={pages}")  # SQLite's own SQLITE_FULL from the next new page on

    async def run() -> None:
        session.members.create(None)
        await runner.idle()

    asyncio.run(run())
    failed = [e for e in seen if isinstance(e, events.SaveFailed)]
    assert failed and failed[0].key == "save.disk_full", seen[-5:]
    assert not [e for e in seen if isinstance(e, events.ConnectionChanged) and e.key]  # not the provider's fault
    assert any(isinstance(e, events.MembersFinished) for e in seen)  # the run is over: Create can be tried again
