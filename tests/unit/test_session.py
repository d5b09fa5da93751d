"""The session layer's rules, without a window: resume, the kept ownership proof, statuses after a crash, and
one resolver list for every check. DNS is asked of real DNS servers on loopback."""

from __future__ import annotations

import asyncio
from dataclasses import replace
from pathlib import Path

import pytest

from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.dns.config import ResolverConfig
from mailwizard.core.dns.service import check_config
from mailwizard.core.flow import Company, DomainPresence, Step, WizardState
from mailwizard.core.members.model import Member
from mailwizard.core.session import events
from mailwizard.core.session.runner import LoopRunner
from mailwizard.core.session.session import Session
from mailwizard.core.session.state import SESSION_KEY, SessionState
from mailwizard.core.store import Store
from mailwizard.sandbox.dns_server import LoopbackDns, Zone, example_zone, free_port

AT_DNS = WizardState(current=Step.DNS, provider_id="google", plan_id="business_starter",
                     company=Company("例子贸易", "李娜", "li.na@163.com", "example.com"), domain="example.com",
                     domain_presence=DomainPresence.EXISTS)


def open_session(store: Store, **wiring) -> tuple[Session, LoopRunner, list[events.Event]]:
    runner, seen = LoopRunner(), []
    session = Session(store, load_catalogue(), runner, frozenset(Step), emit=seen.append,
                      call_later=lambda _delay, save: save(), **wiring)
    return session, runner, seen


def saved(store: Store, state: WizardState, members: tuple[Member, ...] = ()) -> None:
    store.put(SESSION_KEY, SessionState(wizard=state, members=members).to_json())


async def first_check(session: Session, seen: list[events.Event]) -> events.DnsChecked:
    session.dns.start_watch()
    for _ in range(200):
        checked = [e for e in seen if isinstance(e, events.DnsChecked)]
        if checked:
            session.dns.stop_watch()
            return checked[0]
        await asyncio.sleep(0.02)
    raise AssertionError("no DNS check answered")


# --- resume ---------------------------------------------------------------------------------------
def test_a_restart_resumes_where_the_user_stopped_with_the_members(tmp_path: Path) -> None:
    store = Store(tmp_path)
    session, _runner, seen = open_session(store)
    assert session.first_run
    session.update(**{f: getattr(AT_DNS, f) for f in ("provider_id", "plan_id", "company", "domain",
                                                     "domain_presence")})
    session.update(dns_verified=True)
    assert session.go_to(Step.MEMBERS)
    session.members.set_members([Member("李娜", "李", "娜", "li.na")])
    assert any(isinstance(e, events.StateChanged) for e in seen)
    session.shutdown()

    again, _runner, _seen = open_session(store)
    assert not again.first_run
    assert again.state.current is Step.MEMBERS
    assert [m.local_part for m in again.member_list] == ["li.na"]


def test_a_saved_step_that_can_no_longer_be_entered_resumes_at_the_first_unfinished_one(tmp_path: Path) -> None:
    store = Store(tmp_path)
    saved(store, replace(AT_DNS, current=Step.INVITATIONS, dns_verified=False))
    session, _runner, _seen = open_session(store)
    assert session.state.current is Step.DNS


def test_what_an_older_build_saved_under_its_own_keys_is_read_and_then_kept_under_one(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.put("wizard", AT_DNS.to_json())
    store.put("members", [{"display_name": "Anna", "local_part": "anna"}])
    store.put("dns_resolvers", ["127.0.0.1:5399"])
    session, _runner, _seen = open_session(store)
    assert session.state.domain == "example.com" and session.member_list[0].local_part == "anna"
    assert [f"{v.address}:{v.port}" for v in session.dns_config.resolvers] == ["127.0.0.1:5399"]
    session.shutdown()
    assert store.get(SESSION_KEY)["members"][0]["local_part"] == "anna"


# --- the kept ownership proof -----------------------------------------------------------------------
def test_a_check_that_cannot_read_the_ownership_record_keeps_the_earlier_proof(tmp_path: Path) -> None:
    store = Store(tmp_path)
    saved(store, replace(AT_DNS, dns_verified=True, dns_values={"verification": "abc123"}))
    nobody = f"127.0.0.1:{free_port()}"  # nothing listens: every question times out
    session, _runner, seen = open_session(store, dns_config=check_config([nobody], [nobody], timeout=0.2))
    checked = asyncio.run(first_check(session, seen))
    assert checked.result.ownership_unread
    assert session.state.dns_verified  # offline must not lock the steps after DNS again
    assert session.can_go_next()


def test_a_check_that_reads_no_ownership_record_takes_the_proof_away(tmp_path: Path) -> None:
    store = Store(tmp_path)
    saved(store, replace(AT_DNS, dns_verified=True, dns_values={"verification": "abc123"}))
    with LoopbackDns(example_zone()) as server:  # answers, without the verification record
        here = f"127.0.0.1:{server.port}"
        session, _runner, seen = open_session(store, dns_config=check_config([here], [here], timeout=0.5))
        checked = asyncio.run(first_check(session, seen))
    assert not checked.result.ownership_unread
    assert not session.state.dns_verified
    assert session.dns.saved_snapshot()["domain"] == "example.com"  # what the panel shows at the next start


# --- statuses after a crash -------------------------------------------------------------------------
def test_statuses_after_a_crash_come_back_from_the_journals(tmp_path: Path) -> None:
    store = Store(tmp_path)
    saved(store, replace(AT_DNS, current=Step.DNS))
    # the app was killed: one account created, one request in flight, one refused; one invitation in flight
    store.journal_put("members:google", "li.na@example.com", "created", "id-1")
    store.journal_put("members:google", "anna@example.com", "attempted")
    store.journal_put("members:google", "wang@example.com", "failed", "", "provider.invalid\n{\"detail\": \"x\"}")
    store.journal_put("invitations:google", "li.na@example.com", "sending")
    session, runner, _seen = open_session(store)
    assert session.members.statuses() == {"li.na@example.com": ("created", ""), "anna@example.com": ("attempted", ""),
                                          "wang@example.com": ("failed", "provider.invalid\n{\"detail\": \"x\"}")}
    assert session.invitations.statuses()["li.na@example.com"][0] == "sending"  # unclear, never resent blindly
    session.members.set_members([Member(local_part="li.na"), Member(local_part="anna"), Member(local_part="wang")])
    assert session.members.ours() == {"li.na", "anna"}  # the one in flight may be ours: never "taken"

    async def switch_and_back() -> None:
        session.provider.choose_plan("microsoft", "business_basic")
        await runner.idle()
        assert session.members.statuses() == {}  # another provider, another journal
        session.provider.choose_plan("google", "business_starter")
        await runner.idle()

    asyncio.run(switch_and_back())
    assert session.members.statuses()["anna@example.com"] == ("attempted", "")


# --- one resolver list ------------------------------------------------------------------------------
def _zone_with_example() -> Zone:
    zone = Zone(zones={"com", "net"})
    zone.add("example.com", "NS", "ns1.example.net.", "ns2.example.net.")
    return zone


def test_a_new_resolver_list_reaches_the_presence_check_and_the_dns_panel_and_is_kept(tmp_path: Path) -> None:
    store = Store(tmp_path)
    saved(store, AT_DNS)
    with LoopbackDns(_zone_with_example()) as first, LoopbackDns(_zone_with_example()) as chosen, \
            LoopbackDns(_zone_with_example()) as authoritative:
        old, own = f"127.0.0.1:{first.port}", f"127.0.0.1:{authoritative.port}"
        session, _runner, seen = open_session(store, resolvers=ResolverConfig(("127.0.0.1",), first.port, 0.5, 1.5),
                                              dns_config=check_config([old], [own], timeout=0.5))

        async def change_then_check() -> None:
            assert session.dns.set_resolver_list([f"127.0.0.1:{chosen.port}"])  # starts the watch again
            assert not session.dns.set_resolver_list(["not-an-address"])  # refused: the list stays
            await first_check(session, seen)
            session.domain.check_presence(None)
            await session.runner.idle()

        first.queries.clear()
        asyncio.run(change_then_check())
        assert first.queries == []  # neither check asked the old list
        assert ("example.com", "NS") in chosen.queries
        presence = [e for e in seen if isinstance(e, events.PresenceChanged) and e.result is not None]
        assert presence and presence[-1].result.presence is DomainPresence.EXISTS
        checked = [e for e in seen if isinstance(e, events.DnsChecked)][-1]
        assert {v.port for v in checked.result.vantages if v.kind == "resolver"} == {chosen.port}
        session.shutdown()

    reopened, _runner, _seen = open_session(store)  # the app's own wiring: nothing injected
    assert [v.port for v in reopened.dns_config.resolvers] == [chosen.port]
    assert reopened.resolvers.nameservers == ("127.0.0.1",) and reopened.resolvers.port == chosen.port


@pytest.mark.parametrize("name", ["provider", "domain", "dns", "members", "invitations"])
def test_each_step_is_made_when_first_used(tmp_path: Path, name: str) -> None:
    session, _runner, _seen = open_session(Store(tmp_path))
    assert name not in session.__dict__
    assert getattr(session, name) is getattr(session, name)


def test_a_change_is_saved_a_moment_later_not_only_at_close(tmp_path: Path) -> None:
    """What a crash or a kill relies on: a burst of changes is saved once, when its moment comes."""
    from mailwizard.core.session.session import SAVE_DELAY

    store, due = Store(tmp_path), []
    session = Session(store, load_catalogue(), LoopRunner(), frozenset(Step),
                      call_later=lambda delay, save: due.append((delay, save)))
    session.update(seats=12)
    session.update(seats=13)
    session.members.set_members([Member(local_part="anna")])
    assert [delay for delay, _save in due] == [SAVE_DELAY]  # one save for the burst
    session.settle()
    assert store.get(SESSION_KEY) is None  # not before its moment
    due[0][1]()
    session.settle()
    saved = store.get(SESSION_KEY)
    assert saved["wizard"]["seats"] == 13 and saved["members"][0]["local_part"] == "anna"
    session.update(seats=14)  # the next change asks for its own moment
    assert len(due) == 2


def test_start_over_forgets_what_belonged_to_the_previous_company(tmp_path: Path) -> None:
    store = Store(tmp_path)
    saved(store, AT_DNS, (Member(local_part="anna"),))
    session, _runner, _seen = open_session(store)
    session.invitations.logo = (b"\x89PNG", "png")
    session.start_over()
    session.settle()
    assert session.invitations.logo is None and session.member_list == ()
    assert store.get(SESSION_KEY) is None and session.state.provider_id is None


def test_addresses_taken_at_one_provider_are_not_held_against_another(tmp_path: Path) -> None:
    session, _runner, _seen = open_session(Store(tmp_path))
    session.update(**{f: getattr(AT_DNS, f) for f in ("provider_id", "plan_id", "domain")})
    session.provider.existing_users = {"anna", "li.na"}
    session.members.set_members([Member(local_part="li.na")])
    session.members._statuses[f"li.na@{AT_DNS.domain}"] = ("created", "")  # ours
    assert session.provider.taken_by_others() == {"anna"}

    async def switch() -> None:
        session.provider.choose_plan("microsoft", "business-basic")
        await session.runner.idle()

    asyncio.run(switch())
    assert session.provider.taken_by_others() == set()


def test_the_presence_check_asks_the_chosen_resolvers_then_the_systems_and_one_port(tmp_path: Path) -> None:
    system = ResolverConfig(("10.0.0.53",), 53)
    session, _runner, _seen = open_session(Store(tmp_path), resolvers=system,
                                           dns_config=check_config(["1.1.1.1"], timeout=0.5))
    session.set_dns_config(check_config(["223.5.5.5", "127.0.0.1:5353", "8.8.8.8"], timeout=0.5))
    assert session.resolvers.nameservers == ("223.5.5.5", "8.8.8.8", "10.0.0.53") and session.resolvers.port == 53
    session.start_over()
    assert session.resolvers is system  # a start over forgets the list the user chose


def test_invitation_statuses_follow_the_provider(tmp_path: Path) -> None:
    store = Store(tmp_path)
    saved(store, AT_DNS)
    store.journal_put("invitations:google", "li.na@example.com", "sent")
    session, runner, seen = open_session(store)
    assert session.invitations.statuses()["li.na@example.com"][0] == "sent"

    async def switch(provider_id: str, plan_id: str) -> dict:
        session.provider.choose_plan(provider_id, plan_id)
        session.invitations.statuses()  # asks for the new provider's journal
        await runner.idle()
        return session.invitations.statuses()

    assert asyncio.run(switch("microsoft", "business-basic")) == {}
    assert asyncio.run(switch("google", "business-starter"))["li.na@example.com"][0] == "sent"
    assert any(isinstance(e, events.InvitationsProgress) for e in seen)  # the page is told to show them again


def test_the_service_account_acts_as_the_contact_only_at_the_company_domain(tmp_path: Path) -> None:
    session, _runner, _seen = open_session(Store(tmp_path))
    session.update(domain="example.com", company=Company("例子贸易", "李娜", "li.na@163.com", "example.com"))
    assert session.provider.administrator() == ""  # a 163.com address cannot be a Workspace administrator
    session.domain.set_company(contact_email="Li.Na@Example.com")
    assert session.provider.administrator() == "Li.Na@Example.com"


def test_invitations_without_anyone_to_write_to_finish_the_step_until_someone_has_an_address(tmp_path: Path) -> None:
    store = Store(tmp_path)
    saved(store, replace(AT_DNS, dns_verified=True, members_done=True, provider_id="west", plan_id="x"),
          (Member("李娜", local_part="li.na"),))
    session, _runner, _seen = open_session(store)
    step = session.invitations
    step.fill_in_defaults()
    assert session.state.smtp  # the provider's server, ready to be changed
    session.update(smtp={**session.state.smtp, "smtp_host": "mail.example.net"})
    step.fill_in_defaults()
    assert session.state.smtp["smtp_host"] == "mail.example.net"  # never over what the admin typed
    step.go_on_without()
    assert session.state.invitations_done and session.state.invitations_skipped
    step.reopen_if_someone_to_write_to()
    assert session.state.invitations_skipped  # still no one
    session.members.set_members([Member("李娜", local_part="li.na", personal_email="lina@163.com")])
    step.reopen_if_someone_to_write_to()
    assert not session.state.invitations_done and not session.state.invitations_skipped
