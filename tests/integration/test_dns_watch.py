"""`mailwizard dns watch`, headless, against real DNS servers on loopback (the domain's authoritative server and a
resolver), on a state folder saved by the session layer as the window saves it, with the scheduled check
registered through a command runner that records and a notifier that records."""

from __future__ import annotations

import asyncio
import json
import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest

from mailwizard import cli_watch
from mailwizard.cli import main as cli_main
from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.dns.service import check_config
from mailwizard.core.flow import Company, DomainPresence, Step
from mailwizard.core.folder_lock import FolderLock
from mailwizard.core.session import events
from mailwizard.core.session.runner import LoopRunner
from mailwizard.core.session.session import Session
from mailwizard.core.store import Store
from mailwizard.core.watch.schedule import WatchSchedule
from mailwizard.core.watch.state import WATCH_KEY
from mailwizard.sandbox.dns_server import LoopbackDns, Zone

DOMAIN = "example.com"
VALUES = {"verification": "abc123", "dkim": "v=DKIM1; k=rsa; p=" + "A" * 392}
DISABLE = ["systemctl", "--user", "disable", "--now", "mailwizard-dns-watch.timer"]


def google_zone(*, dkim: bool) -> Zone:
    """Everything Google Workspace needs; the DKIM record only at the DNS host, not yet at a stale resolver."""
    zone = Zone(zones={"com", "net"})
    if dkim:
        zone.add(f"google._domainkey.{DOMAIN}", "TXT", VALUES["dkim"])
    zone.add(DOMAIN, "MX", "1 smtp.google.com.")
    zone.add(DOMAIN, "TXT", "google-site-verification=abc123", "v=spf1 include:_spf.google.com ~all")
    zone.add(f"_dmarc.{DOMAIN}", "TXT", "v=DMARC1; p=none")
    zone.add("_spf.google.com", "TXT", "v=spf1 ip4:192.0.2.0/24 ~all")
    return zone


class Recorder:
    def __init__(self) -> None:
        self.commands: list[list[str]] = []

    def __call__(self, argv: list[str]) -> int:
        self.commands.append(list(argv))
        return 0


class World:
    def __init__(self, tmp_path: Path, auth: LoopbackDns, resolver: LoopbackDns) -> None:
        self.state_dir = tmp_path / "王芳 state"
        self.auth, self.resolver = auth, resolver
        self.runner = Recorder()
        self.schedule = WatchSchedule(self.state_dir, system="linux", home=tmp_path / "home",
                                      command=["/opt/Mail Wizard/mailwizard"], run=self.runner)
        self.told: list[tuple[str, str]] = []

    async def notify(self, title: str, body: str) -> bool:
        self.told.append((title, body))
        return True

    def save_as_the_window_does(self) -> None:
        """The DNS step checked once (DKIM on its way: at the DNS host, not yet at the resolver), then the admin
        closed the window and agreed to the scheduled check."""
        store = Store(self.state_dir)
        runner, seen = LoopRunner(), []
        config = check_config([f"127.0.0.1:{self.resolver.port}"], [f"127.0.0.1:{self.auth.port}"], timeout=0.5)
        session = Session(store, load_catalogue(), runner, frozenset(Step), dns_config=config, emit=seen.append,
                          call_later=lambda _delay, save: save())
        session.watch_schedule = self.schedule
        session.set_language("zh_CN")
        session.update(current=Step.DNS, provider_id="google", plan_id="business_starter",
                       company=Company("例子贸易", "李娜", "li.na@163.com", DOMAIN), domain=DOMAIN,
                       domain_presence=DomainPresence.EXISTS, dns_values=VALUES)

        async def first_check() -> None:
            session.dns.start_watch()
            for _ in range(300):
                if any(isinstance(e, events.DnsChecked) for e in seen):
                    break
                await asyncio.sleep(0.02)
            session.dns.stop_watch()

        asyncio.run(first_check())
        assert session.dns_watch.pending()
        session.dns_watch.keep_watching(after_close=True)
        session.shutdown()
        store.close()
        self.argv = self.scheduled_argv()

    def arrive(self) -> None:
        self.resolver.zone.set(f"google._domainkey.{DOMAIN}", "TXT", VALUES["dkim"])

    def set(self, name: str, rtype: str, *values: str) -> None:
        for server in (self.auth, self.resolver):
            server.zone.set(name, rtype, *values)

    def scheduled_argv(self) -> list[str]:
        """The arguments the registered systemd service runs, after its executable."""
        unit = self.schedule.unit_dir / "mailwizard-dns-watch.service"
        line = next(x for x in unit.read_text(encoding="utf-8").splitlines() if x.startswith("ExecStart="))
        return shlex.split(line[len("ExecStart="):].replace("%%", "%").replace("$$", "$"))[1:]

    def watch(self, capsys, *extra: str) -> tuple[int, dict]:
        capsys.readouterr()
        code = cli_main([*self.argv, "--json", "--timeout", "0.5", *extra])
        return code, json.loads(capsys.readouterr().out)


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp) -> Iterator[World]:
    """qapp: the translations need an application object, and the window's tests need it to be a QApplication
    (as tests/integration/test_cli.py)."""
    with LoopbackDns(google_zone(dkim=True)) as auth, LoopbackDns(google_zone(dkim=False)) as resolver:
        w = World(tmp_path, auth, resolver)
        monkeypatch.setattr(cli_watch, "NOTIFY", w.notify)
        monkeypatch.setattr(cli_watch, "SCHEDULE", w.schedule)
        yield w


def test_the_records_arrive_the_desktop_is_told_once_and_the_schedule_removes_itself(world: World, capsys) -> None:
    world.save_as_the_window_does()
    assert ["systemctl", "--user", "enable", "--now", "mailwizard-dns-watch.timer"] in world.runner.commands
    argv = world.scheduled_argv()
    assert argv[:4] == ["dns", "watch", "--state-dir", str(world.state_dir)]
    assert f"127.0.0.1:{world.auth.port}" in argv and f"127.0.0.1:{world.resolver.port}" in argv

    code, out = world.watch(capsys)  # DKIM still on its way: nothing to tell
    assert (code, out["outcome"], world.told) == (1, "waiting", [])

    world.arrive()
    code, out = world.watch(capsys)
    assert (code, out["told"], out["unscheduled"]) == (0, True, True)
    assert len(world.told) == 1
    title, body = world.told[0]
    assert "example.com" in title
    assert body == "所有电子邮件记录都已生效——您可以在 MailWizard 中继续设置。"  # the language the admin reads
    assert world.runner.commands[-2:] == [DISABLE, ["systemctl", "--user", "daemon-reload"]]
    assert not (world.schedule.unit_dir / "mailwizard-dns-watch.timer").exists()

    commands = len(world.runner.commands)
    code, out = world.watch(capsys)  # a second run: told already, nothing scheduled to remove
    assert (code, out["told"], len(world.told), len(world.runner.commands)) == (0, False, 1, commands)
    store = Store(world.state_dir)
    assert store.get(WATCH_KEY) == {"domain": DOMAIN, "scheduled": False, "told": "arrived"}
    store.close()


def test_the_old_mx_back_is_told_with_the_reason_once(world: World, capsys) -> None:
    world.save_as_the_window_does()
    world.arrive()
    world.set(DOMAIN, "MX", "1 smtp.google.com.", "0 mx.oldmail.example.net.")
    code, out = world.watch(capsys, "--lang", "en")
    assert (code, out["outcome"]) == (3, "wrong")
    assert [f["key"] for f in out["findings"]] == ["dns.mx_old_first"]
    (_title, body), = world.told
    assert body.startswith("Something changed in your DNS: MX example.com: Your old email service "
                           "(mx.oldmail.example.net) still comes first") and "Delete its MX records." in body
    assert DISABLE not in world.runner.commands  # still watching

    code, out = world.watch(capsys, "--lang", "en")
    assert (code, out["told"], len(world.told)) == (3, False, 1)  # the same news is not told twice


def test_what_the_window_showed_when_it_closed_is_not_news(world: World, capsys) -> None:
    world.set(DOMAIN, "TXT", "google-site-verification=abc123", "v=spf1 include:_spf.google.com ~all",
              "v=spf1 include:spf.oldmail.net -all")  # a second SPF record, seen by the window already
    world.save_as_the_window_does()
    code, out = world.watch(capsys)
    assert (code, out["outcome"], out["told"], world.told) == (3, "wrong", False, [])


def test_with_the_window_open_the_watch_does_nothing(world: World, capsys) -> None:
    world.save_as_the_window_does()
    world.arrive()
    queries = len(world.auth.queries)
    with FolderLock(world.state_dir):  # the window holds its folder
        code, out = world.watch(capsys)
    assert (code, out["outcome"]) == (4, "window_open")
    assert world.told == [] and len(world.auth.queries) == queries and DISABLE not in world.runner.commands
    store = Store(world.state_dir)
    assert store.get(WATCH_KEY)["scheduled"] is True
    store.close()


def test_a_folder_without_a_set_up_has_nothing_to_watch(tmp_path: Path, capsys) -> None:
    code = cli_main(["dns", "watch", "--state-dir", str(tmp_path / "none"), "--json"])
    assert code == 2 and json.loads(capsys.readouterr().out)["outcome"] == "nothing"
    assert not (tmp_path / "none").exists()  # not made for it


# --- the window's side: the schedule goes once the window sees everything arrive, at Finish, at start over --------
def open_again(world: World) -> tuple[Session, Store, list]:
    store = Store(world.state_dir)
    seen: list = []
    config = check_config([f"127.0.0.1:{world.resolver.port}"], [f"127.0.0.1:{world.auth.port}"], timeout=0.5)
    session = Session(store, load_catalogue(), LoopRunner(), frozenset(Step), dns_config=config, emit=seen.append,
                      call_later=lambda _delay, save: save())
    session.watch_schedule = world.schedule
    return session, store, seen


def test_the_window_seeing_everything_arrive_removes_the_schedule(world: World) -> None:
    world.save_as_the_window_does()
    world.arrive()
    session, store, seen = open_again(world)

    async def check() -> None:
        session.dns.start_watch()
        while not any(isinstance(e, events.DnsChecked) for e in seen):
            await asyncio.sleep(0.02)
        session.dns.stop_watch()

    asyncio.run(check())
    session.shutdown()
    assert world.runner.commands[-2] == DISABLE
    assert store.get(WATCH_KEY)["scheduled"] is False
    store.close()


@pytest.mark.parametrize("how", ["finished", "start_over"])
def test_finishing_or_starting_over_removes_the_schedule(world: World, how: str) -> None:
    world.save_as_the_window_does()
    session, store, _seen = open_again(world)
    if how == "finished":
        session.dns_watch.finished()
    else:
        session.start_over()
    session.shutdown()
    assert world.runner.commands[-2] == DISABLE
    assert not (world.schedule.unit_dir / "mailwizard-dns-watch.timer").exists()
    assert not (store.get(WATCH_KEY) or {}).get("scheduled")
    store.close()


def test_practice_mode_offers_no_scheduled_check(world: World, tmp_path: Path) -> None:
    from mailwizard.core.session.surroundings import Surroundings

    class Practice(Surroundings):
        practice = True

    store = Store(tmp_path / "practice")
    session = Session(store, load_catalogue(), LoopRunner(), frozenset(Step), surroundings=Practice())
    session.watch_schedule = world.schedule
    assert not session.dns_watch.can_schedule()
    session.dns_watch.keep_watching(after_close=True)
    session.shutdown()
    store.close()
    assert world.runner.commands == []


def test_the_schedule_names_no_servers_when_the_watch_finds_the_same_in_the_saved_work(world: World,
                                                                                        tmp_path: Path) -> None:
    store = Store(tmp_path / "plain")
    session = Session(store, load_catalogue(), LoopRunner(), frozenset(Step), call_later=lambda _delay, save: save())
    session.watch_schedule = world.schedule
    session.replace(resolvers=(f"127.0.0.1:{world.resolver.port}",))  # the admin's list, saved
    session.dns_watch.keep_watching(after_close=True)
    session.shutdown()
    store.close()
    assert world.scheduled_argv() == ["dns", "watch", "--state-dir", str(world.state_dir)]  # read from the store
