"""The seats rule: the accounts the list still has to create against the seats left; Create held (in the session,
not in a window) when they do not fit; the seats read after connecting, of the licence new mailboxes get."""

from __future__ import annotations

import asyncio
from pathlib import Path

from mailwizard.core.members.model import Member
from mailwizard.core.members.seats import SeatCheck, check_seats
from mailwizard.core.providers.base import Seats
from mailwizard.core.session import events
from mailwizard.core.session.members import CREATE_TASK
from mailwizard.core.store import Store
from tests.unit.test_session import AT_DNS, open_session

DOMAIN = AT_DNS.domain


def test_nothing_reported_means_no_rule() -> None:
    assert check_seats(None, 10) is None


def test_the_list_fits_in_the_seats_left() -> None:
    assert check_seats(Seats(20, 12), 8) == SeatCheck(used=12, bought=20, adds=8, over=0)
    assert not check_seats(Seats(20, 12), 8).held


def test_the_list_needs_more_than_are_left_and_says_how_many_more() -> None:
    check = check_seats(Seats(20, 12), 10)
    assert check == SeatCheck(used=12, bought=20, adds=10, over=2) and check.held


def test_more_in_use_than_bought_leaves_none() -> None:
    assert check_seats(Seats(5, 7), 1).over == 1


def test_a_provider_that_does_not_say_how_many_were_bought_holds_nothing() -> None:
    check = check_seats(Seats(None, 40), 1000)
    assert check == SeatCheck(used=40, bought=None, adds=1000, over=0) and not check.held


class CountingProvider:
    """Stands in for a connected provider: says its seats, and counts what it is asked to create."""

    id = "google"
    domain_api = True

    def __init__(self, seats: Seats | None) -> None:
        self._seats, self.asked_for, self.created = seats, [], 0

    async def seats(self, license_sku=None):
        self.asked_for.append(license_sku)
        return self._seats

    async def license_options(self):
        return []

    async def create_user(self, account, license_sku=None):
        self.created += 1
        raise AssertionError("a held run must not create anything")


def session_with(tmp_path: Path, seats: Seats | None, members: list[str]):
    session, runner, seen = open_session(Store(tmp_path))
    session.update(**{f: getattr(AT_DNS, f) for f in ("provider_id", "plan_id", "domain")})
    session.provider.api = CountingProvider(seats)
    session.provider.seats = seats
    session.members.set_members([Member(display_name=m, local_part=m) for m in members])
    return session, runner, seen


def test_only_accounts_still_to_create_count(tmp_path: Path) -> None:
    session, _runner, _seen = session_with(tmp_path, Seats(10, 8), ["ann", "bo", "cy", "di"])
    session.members._statuses[f"ann@{DOMAIN}"] = ("created", "")   # made by an earlier run
    session.provider.existing_users = {"bo"}                       # already at the provider
    check = session.members.seat_check()
    assert check == SeatCheck(used=8, bought=10, adds=2, over=0) and not check.held
    session.members.set_members([*session.members.members, Member(display_name="ed", local_part="ed")])
    assert session.members.seat_check().over == 1


def test_create_is_held_in_the_session_when_the_list_exceeds_the_seats(tmp_path: Path) -> None:
    session, runner, _seen = session_with(tmp_path, Seats(3, 2), ["ann", "bo"])

    async def try_to_create() -> None:
        session.members.create(None)
        assert not runner.is_running(CREATE_TASK)
        await runner.idle()

    asyncio.run(try_to_create())
    assert session.provider.api.created == 0
    assert session.store.journal_all("members:google") == {}


def test_seats_are_read_for_the_licence_new_mailboxes_get(tmp_path: Path) -> None:
    session, runner, seen = session_with(tmp_path, Seats(25, 3, "GET /subscribedSkus"), [])
    session.provider.seats = None
    session.update(license_sku="sku-1")

    async def read() -> None:
        session.provider.load_seats()
        await runner.idle()

    asyncio.run(read())
    assert session.provider.api.asked_for == ["sku-1"]
    assert session.provider.seats == Seats(25, 3, "GET /subscribedSkus")
    assert [e.seats for e in seen if isinstance(e, events.SeatsLoaded)] == [Seats(25, 3, "GET /subscribedSkus")]
