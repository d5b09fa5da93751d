"""Applying the previewed changes through a DNS host's API: the backup before anything changes, a safe order
(never two SPF records, the old MX removed only once the new ones exist), concurrent phases, an unanswered change
settled by reading the zone, a kill mid-run resumed to the same zone, and an undo that restores it exactly."""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import pytest

from mailwizard.core.dns.service import records_for
from mailwizard.core.dnshosts.api import Problem
from mailwizard.core.dnshosts.apply import (
    APPLIED,
    APPLYING,
    UNDONE,
    ApplyFailed,
    Ledger,
    Run,
    apply_run,
    undo_run,
)
from mailwizard.core.dnshosts.changes import plan_zone
from mailwizard.core.dnshosts.snippet import backup_snippet, txt_rdata
from mailwizard.core.store import Store
from mailwizard.sandbox.hosted_zone import HostedZone
from tests.servers.dnshosts.memory_host import CREDENTIAL, Fault, Killed, MemoryFake, connect

DOMAIN = "example.com"
VALUES = {"verification": "google-site-verification=abc", "dkim": "v=DKIM1; k=rsa; p=MIGf"}
MERGED = "v=spf1 include:spf.oldmail.net include:mailgun.org include:_spf.google.com -all"


def old_zone() -> HostedZone:
    zone = HostedZone(DOMAIN)
    zone.add(DOMAIN, "A", "203.0.113.10", 300)
    zone.add(f"www.{DOMAIN}", "CNAME", DOMAIN, 300, proxied="true")
    zone.add(DOMAIN, "TXT", "facebook-domain-verification=xyz", 300)
    zone.add(DOMAIN, "MX", "10 mx1.oldmail.net", 3600)
    zone.add(DOMAIN, "MX", "20 mx2.oldmail.net", 3600)
    zone.add(DOMAIN, "TXT", "v=spf1 include:spf.oldmail.net include:mailgun.org -all", 1800, line="default")
    zone.add(f"_dmarc.{DOMAIN}", "CNAME", "dmarc.oldmail.net", 600)
    return zone


def final_zone() -> list:
    zone = old_zone()
    for record in zone.all():
        if record.rtype == "MX" or record.name.startswith("_dmarc"):
            zone.delete(record.id)
        elif record.value.startswith("v=spf1"):
            zone.update(record.id, value=MERGED)
    zone.add(DOMAIN, "TXT", "google-site-verification=abc")
    zone.add(DOMAIN, "MX", "1 smtp.google.com")
    zone.add(f"google._domainkey.{DOMAIN}", "TXT", "v=DKIM1; k=rsa; p=MIGf")
    zone.add(f"_dmarc.{DOMAIN}", "TXT", "v=DMARC1; p=none")
    return zone.snapshot()


async def preview(api, zone_id: str = DOMAIN) -> Run:
    listing = await api.list_records(zone_id)
    planned = await plan_zone(records_for("google", DOMAIN, VALUES), listing)
    return Run("memory", zone_id, DOMAIN, planned.changes, planned.warnings)


class Watch:
    """Every state of the zone after each change: the invariants must hold at every moment."""

    def __init__(self, zone: HostedZone) -> None:
        self.zone, self.states = zone, []
        original = zone._publish

        def publish(name: str, rtype: str) -> None:
            original(name, rtype)
            self.states.append([(r.name, r.rtype, r.value) for r in zone.all()])
        zone._publish = publish


def spf_count(state) -> int:
    return sum(1 for name, rtype, value in state if name == DOMAIN and rtype == "TXT" and value.startswith("v=spf1"))


def mx_count(state) -> int:
    return sum(1 for name, rtype, _value in state if name == DOMAIN and rtype == "MX")


def test_apply_makes_exactly_the_previewed_changes_in_a_safe_order_and_undo_restores_the_zone(tmp_path: Path) -> None:
    zone = old_zone()
    before = zone.snapshot()
    unrelated = [r for r in before if r[1] in ("A",) or r[0].startswith("www") or r[2].startswith("facebook")]
    watch = Watch(zone)
    store = Store(tmp_path)
    ledger = Ledger(store, DOMAIN)

    async def go() -> tuple[int, int]:
        with MemoryFake(zone, credential=CREDENTIAL):
            pass
        fake = MemoryFake(zone, credential=CREDENTIAL).start()
        api = connect(CREDENTIAL, base_url=fake.base_url)
        run = await preview(api)
        assert len(run.changes) == 8  # 4 adds, the SPF merge, 2 old MX and the CNAME in the way
        progress = []
        applied = await apply_run(api, run, ledger, on_progress=lambda d, t, c: progress.append((d, t, c.op)))
        assert [d for d, _t, _op in progress] == list(range(1, 9)) and {t for _d, t, _op in progress} == {8}
        assert zone.snapshot() == final_zone()
        saved = ledger.load()
        assert saved.status == APPLIED and saved.backup == run.backup
        undone = await undo_run(api, saved, ledger)
        assert ledger.load().status == UNDONE
        fake.stop()
        return applied, undone

    assert asyncio.run(go()) == (8, 8)
    assert zone.snapshot() == before  # exactly: values, TTLs, host settings
    assert all(r in zone.snapshot() for r in unrelated)
    assert all(spf_count(s) <= 1 for s in watch.states)  # never two SPF records
    assert all(mx_count(s) >= 1 for s in watch.states)   # never a moment without a way in for mail


def test_the_backup_is_in_the_store_before_the_first_change(tmp_path: Path) -> None:
    zone, store = old_zone(), Store(tmp_path)
    seen = []

    async def go() -> None:
        fake = MemoryFake(zone, credential=CREDENTIAL).start()
        api = connect(CREDENTIAL, base_url=fake.base_url)
        run = await preview(api)
        original = api.delete

        async def delete(zone_id, record):
            seen.append(Ledger(store, DOMAIN).load())
            return await original(zone_id, record)
        api.delete = delete
        await apply_run(api, run, Ledger(store, DOMAIN))

    asyncio.run(go())
    saved = seen[0]
    assert saved.status == APPLYING
    assert {r.value for r in saved.backup} == {"10 mx1.oldmail.net", "20 mx2.oldmail.net", "dmarc.oldmail.net",
                                               "v=spf1 include:spf.oldmail.net include:mailgun.org -all"}
    journal = store.journal_all(f"dnsapply:{saved.id}")
    assert journal and all(state in ("attempted", "done") for state, _r, _e in journal.values())


@pytest.mark.parametrize("kill_after", [1, 2, 4, 6, 8])
def test_a_kill_mid_apply_then_apply_again_converges_to_the_same_zone(tmp_path: Path, kill_after: int) -> None:
    zone, store = old_zone(), Store(tmp_path)
    watch = Watch(zone)

    async def go() -> None:
        fake = MemoryFake(zone, credential=CREDENTIAL).start()
        api = connect(CREDENTIAL, base_url=fake.base_url)
        run = await preview(api)
        fake.kill_after = kill_after
        with pytest.raises(Killed):
            await apply_run(api, run, Ledger(store, DOMAIN))
        await asyncio.sleep(0.01)  # what was in flight lands, as at a real host
        fake.kill_after = None
        # a new start: the run and its backup come from the store alone
        saved = Ledger(store, DOMAIN).load()
        assert saved.status == APPLYING
        again = connect(CREDENTIAL, base_url=fake.base_url)
        assert await apply_run(again, saved, Ledger(store, DOMAIN)) == 8
        assert fake.changes_seen == 8  # each change made once, before the kill or after it
        assert zone.snapshot() == final_zone()
        await undo_run(again, Ledger(store, DOMAIN).load(), Ledger(store, DOMAIN))

    asyncio.run(go())
    assert zone.snapshot() == old_zone().snapshot()
    assert all(spf_count(s) <= 1 for s in watch.states)


@pytest.mark.parametrize("kill_after", [1, 3, 5])
def test_a_kill_mid_undo_then_undo_again_restores_the_zone(tmp_path: Path, kill_after: int) -> None:
    zone, store = old_zone(), Store(tmp_path)

    async def go() -> None:
        fake = MemoryFake(zone, credential=CREDENTIAL).start()
        api = connect(CREDENTIAL, base_url=fake.base_url)
        await apply_run(api, await preview(api), Ledger(store, DOMAIN))
        fake.kill_after = fake.changes_seen + kill_after
        with pytest.raises(Killed):
            await undo_run(api, Ledger(store, DOMAIN).load(), Ledger(store, DOMAIN))
        await asyncio.sleep(0.01)
        fake.kill_after = None
        assert await undo_run(api, Ledger(store, DOMAIN).load(), Ledger(store, DOMAIN)) == 8

    asyncio.run(go())
    assert zone.snapshot() == old_zone().snapshot()


@pytest.mark.parametrize("nth", [1, 2, 3, 8])  # the CNAME delete, the SPF merge, an add, an old MX delete
@pytest.mark.parametrize("after", [True, False])
def test_a_change_without_an_answer_is_settled_by_reading_the_zone_never_sent_twice(tmp_path: Path,
                                                                                   after: bool, nth: int) -> None:
    zone = old_zone()

    async def go() -> MemoryFake:
        fake = MemoryFake(zone, credential=CREDENTIAL).start()
        api = connect(CREDENTIAL, base_url=fake.base_url)
        run = await preview(api)
        fake.inject(Fault(nth=nth, problem=Problem.UNCERTAIN, after=after))
        fake.requests.clear()
        assert await apply_run(api, run, Ledger(Store(tmp_path), DOMAIN)) == 8
        return fake

    fake = asyncio.run(go())
    assert zone.snapshot() == final_zone()
    changes = [r for r in fake.requests if r[0] != "GET"]
    # taken but unanswered: read back, not resent (8 changes); refused unanswered: resent once it is known not made
    assert len(changes) == (8 if after else 9)
    assert sum(1 for r in fake.requests if r[0] == "GET") == 2  # the fresh listing and the one that settled it


def test_a_refused_change_stops_the_run_resumably_and_says_why(tmp_path: Path) -> None:
    zone, store = old_zone(), Store(tmp_path)

    async def go() -> None:
        fake = MemoryFake(zone, credential=CREDENTIAL).start()
        api = connect(CREDENTIAL, base_url=fake.base_url)
        run = await preview(api)
        fake.inject(Fault(nth=3, problem=Problem.INVALID_RECORD))
        with pytest.raises(ApplyFailed) as failed:
            await apply_run(api, run, Ledger(store, DOMAIN))
        assert failed.value.problem == "invalid_record" and 0 < failed.value.done < 8
        assert Ledger(store, DOMAIN).load().status == APPLYING  # resumable
        assert await apply_run(api, Ledger(store, DOMAIN).load(), Ledger(store, DOMAIN)) == 8

    asyncio.run(go())
    assert zone.snapshot() == final_zone()


def test_rate_limited_changes_wait_and_go_on(tmp_path: Path) -> None:
    zone = old_zone()

    async def go() -> None:
        fake = MemoryFake(zone, credential=CREDENTIAL).start()
        api = connect(CREDENTIAL, base_url=fake.base_url)
        run = await preview(api)
        fake.inject(Fault(nth=1, problem=Problem.RATE_LIMITED, times=2, retry_after=0.01))
        assert await apply_run(api, run, Ledger(Store(tmp_path), DOMAIN)) == 8

    asyncio.run(go())
    assert zone.snapshot() == final_zone()


def test_a_record_changed_by_someone_else_meanwhile_stops_with_zone_changed(tmp_path: Path) -> None:
    zone = old_zone()

    async def go() -> None:
        fake = MemoryFake(zone, credential=CREDENTIAL).start()
        api = connect(CREDENTIAL, base_url=fake.base_url)
        run = await preview(api)
        spf = next(r for r in zone.all() if r.value.startswith("v=spf1"))
        zone.update(spf.id, value="v=spf1 include:someone.else ~all")
        with pytest.raises(ApplyFailed) as failed:
            await apply_run(api, run, Ledger(Store(tmp_path), DOMAIN))
        assert failed.value.problem == "zone_changed"

    asyncio.run(go())
    assert any(r.value == "v=spf1 include:someone.else ~all" for r in zone.all())


def test_independent_changes_go_together(tmp_path: Path) -> None:
    """A host answering after 100 ms: 5 records on a clean zone in the listing and one round of adds."""
    zone = HostedZone(DOMAIN)

    async def go() -> float:
        fake = MemoryFake(zone, credential=CREDENTIAL, delay=0.1).start()
        api = connect(CREDENTIAL, base_url=fake.base_url)
        run = await preview(api)
        assert len(run.changes) == 5
        started = time.perf_counter()
        await apply_run(api, run, Ledger(Store(tmp_path), DOMAIN))
        return time.perf_counter() - started

    elapsed = asyncio.run(go())
    assert len(zone.all()) == 5
    assert elapsed < 0.45, elapsed  # 2 round trips (list, adds) of 0.1 s, not 6


def test_the_backup_exports_as_a_zone_snippet() -> None:
    zone = old_zone()

    async def go() -> Run:
        fake = MemoryFake(zone, credential=CREDENTIAL).start()
        return await preview(connect(CREDENTIAL, base_url=fake.base_url))

    text = backup_snippet(asyncio.run(go()))
    lines = text.splitlines()
    assert "$ORIGIN example.com." in lines and "$TTL 600" in lines
    assert "@\t3600\tIN\tMX\t10 mx1.oldmail.net." in lines
    assert '@\t1800\tIN\tTXT\t"v=spf1 include:spf.oldmail.net include:mailgun.org -all"' in lines
    assert "_dmarc\t600\tIN\tCNAME\tdmarc.oldmail.net." in lines
    assert "; @\t600\tIN\tMX\t1 smtp.google.com." in lines  # added: a comment, to remove by hand
    long = "v=DKIM1; k=rsa; p=" + "A" * 400 + '"\\é'
    quoted = txt_rdata(long)
    parts = quoted.split('" "')
    assert len(parts) == 2 and len(parts[0].lstrip('"')) == 255
    assert quoted.endswith('\\"\\\\\\195\\169"')  # the quote, the backslash and é's two bytes escaped


class Timeline:
    """A host connection that notes when each call starts and ends ("list>", "list<", "add>", …), and can refuse
    one record's add."""

    def __init__(self, api, refuse: str | None = None) -> None:
        self.api, self.refuse, self.events = api, refuse, []

    async def list_records(self, zone):
        self.events.append(("list>", None))
        try:
            return await self.api.list_records(zone)
        finally:
            self.events.append(("list<", None))

    async def add(self, zone, record):
        self.events.append(("add>", record))
        if record.value == self.refuse:
            from mailwizard.core.dnshosts.api import DnsHostError
            raise DnsHostError(Problem.INVALID_RECORD, "refused for the test")
        made = await self.api.add(zone, record)
        self.events.append(("add<", record))
        return made

    async def update(self, zone, old, new):
        self.events.append(("update>", old))
        return await self.api.update(zone, old, new)

    async def delete(self, zone, record):
        self.events.append(("delete>", record))
        return await self.api.delete(zone, record)

    def before_listed(self) -> list:
        """The calls sent before the fresh listing was answered."""
        end = self.events.index(("list<", None))
        return [(what, r) for what, r in self.events[:end] if what != "list>"]


def test_nothing_is_updated_or_deleted_before_the_fresh_listing_confirmed_it(tmp_path: Path) -> None:
    zone = old_zone()

    async def go() -> Timeline:
        fake = MemoryFake(zone, credential=CREDENTIAL, delay=0.02).start()
        run = await preview(connect(CREDENTIAL, base_url=fake.base_url))
        api = Timeline(connect(CREDENTIAL, base_url=fake.base_url))
        assert await apply_run(api, run, Ledger(Store(tmp_path), DOMAIN)) == 8
        return api

    api = asyncio.run(go())
    early = api.before_listed()
    # only the adds that depend on nothing went with the listing: not the DKIM or DMARC (one per name), nothing else
    assert sorted(r.value for _what, r in early) == ["1 smtp.google.com", "google-site-verification=abc"]
    assert {what for what, _r in early} == {"add>"}
    assert zone.snapshot() == final_zone()


def test_a_refused_mx_add_stops_the_run_before_the_old_mx_go(tmp_path: Path) -> None:
    zone, store = old_zone(), Store(tmp_path)
    before = zone.snapshot()

    async def go() -> None:
        fake = MemoryFake(zone, credential=CREDENTIAL).start()
        run = await preview(connect(CREDENTIAL, base_url=fake.base_url))
        api = Timeline(connect(CREDENTIAL, base_url=fake.base_url), refuse="1 smtp.google.com")
        with pytest.raises(ApplyFailed) as failed:
            await apply_run(api, run, Ledger(store, DOMAIN))
        assert failed.value.problem == "invalid_record"
        assert not [what for what, _r in api.events if what in ("update>", "delete>")]
        assert {r.value for r in zone.all() if r.rtype == "MX"} == {"10 mx1.oldmail.net", "20 mx2.oldmail.net"}
        # once the host takes it, the same run resumes to the previewed zone; the MX add, journalled, now waits
        # for the listing, and the old MX deletes wait for it
        fake.delay = 0.01  # (calls sent together overlap)
        again = Timeline(connect(CREDENTIAL, base_url=fake.base_url))
        assert await apply_run(again, Ledger(store, DOMAIN).load(), Ledger(store, DOMAIN)) == 8
        order = [(what, r.value) for what, r in again.events if r is not None and r.rtype == "MX"]
        assert order[:2] == [("add>", "1 smtp.google.com"), ("add<", "1 smtp.google.com")], order

    asyncio.run(go())
    assert before != zone.snapshot() == final_zone()


def test_a_round_one_add_whose_record_appeared_meanwhile_is_done_not_doubled(tmp_path: Path) -> None:
    zone = old_zone()

    async def go() -> MemoryFake:
        fake = MemoryFake(zone, credential=CREDENTIAL).start()
        api = connect(CREDENTIAL, base_url=fake.base_url)
        run = await preview(api)
        zone.add(DOMAIN, "MX", "1 smtp.google.com", 600)  # the admin added it by hand meanwhile
        fake.requests.clear()
        assert await apply_run(api, run, Ledger(Store(tmp_path), DOMAIN)) == 8
        return fake

    fake = asyncio.run(go())
    assert [r.value for r in zone.all() if r.rtype == "MX"] == ["1 smtp.google.com"]  # once
    assert sorted(zone.snapshot()) == sorted(final_zone())
    assert sum(1 for r in fake.requests if r[0] == "POST") == 4  # sent once, refused as existing: no retry
    assert sum(1 for r in fake.requests if r[0] == "GET") == 1  # the fresh listing showed it: settled without a read


def test_a_one_per_name_record_appearing_meanwhile_stops_the_run_and_the_adds_are_taken_back(tmp_path: Path) -> None:
    """No SPF at the preview, so one is to be added; someone adds another first: never two SPF records."""
    zone, store = HostedZone(DOMAIN), Store(tmp_path)
    zone.add(DOMAIN, "A", "203.0.113.10", 300)
    watch = Watch(zone)

    async def go() -> None:
        fake = MemoryFake(zone, credential=CREDENTIAL).start()
        api = connect(CREDENTIAL, base_url=fake.base_url)
        run = await preview(api)
        assert any(c.record.value.startswith("v=spf1") for c in run.changes)
        zone.add(DOMAIN, "TXT", "v=spf1 include:someone.else ~all", 300)
        expected = zone.snapshot()
        with pytest.raises(ApplyFailed) as failed:
            await apply_run(api, run, Ledger(store, DOMAIN))
        assert failed.value.problem == "zone_changed"
        assert zone.snapshot() == expected  # the round-1 adds (the verification TXT, the MX) taken back
        assert Ledger(store, DOMAIN).load() is None  # nothing applied: preview again

    asyncio.run(go())
    assert all(spf_count(s) <= 1 for s in watch.states)


def test_the_backup_is_the_records_as_they_are_just_before_they_change(tmp_path: Path) -> None:
    zone, store = old_zone(), Store(tmp_path)

    async def go() -> None:
        fake = MemoryFake(zone, credential=CREDENTIAL).start()
        api = connect(CREDENTIAL, base_url=fake.base_url)
        run = await preview(api)
        spf = next(r for r in zone.all() if r.value.startswith("v=spf1"))
        zone.update(spf.id, ttl=900)  # the admin changed only its TTL since the preview
        await apply_run(api, run, Ledger(store, DOMAIN))
        await undo_run(api, Ledger(store, DOMAIN).load(), Ledger(store, DOMAIN))

    asyncio.run(go())
    assert [r.ttl for r in zone.all() if r.value.startswith("v=spf1")] == [900]
