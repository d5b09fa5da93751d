"""The moving-in preparation step (core/session/migration_prep.py) through the session, against a loopback IMAP
responder and DNS server: SourceChecked for each outcome, the provider's file written and removed, the cut-over
advice from the domain's MX TTL; the secret scan — no source password in the store, the logs or any file left —
and the window adapter carries every event and intent."""

from __future__ import annotations

import asyncio
import logging
from dataclasses import fields
from pathlib import Path

import pytest

from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.dns.check import CheckConfig
from mailwizard.core.dns.probe import Vantage
from mailwizard.core.flow import Step
from mailwizard.core.migration.provider_files import MigrationRow
from mailwizard.core.migration.sources import SourceServer
from mailwizard.core.session import migration_prep_events as events
from mailwizard.core.session.migration_prep import MigrationPrepStep
from mailwizard.core.session.migration_prep_events import (
    CutoverAdvice,
    MigPrepFailed,
    ProviderFileRemoved,
    ProviderFileWritten,
    SourceChecked,
)
from mailwizard.core.session.runner import LoopRunner
from mailwizard.core.session.session import Session
from mailwizard.core.store import Store
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from tests.practice_scan import leaks
from tests.servers.imap_responder import ImapResponder, Script

LOGIN, PASSWORD = "li@qq.example", "qq-授权码-abcd-efgh-1234"


@pytest.fixture
def world(tmp_path: Path):
    seen: list = []
    made: list[Session] = []

    def session(provider: str = "microsoft", config: CheckConfig | None = None) -> Session:
        s = Session(Store(tmp_path / "state"), load_catalogue(), LoopRunner(), frozenset(Step), emit=seen.append,
                    call_later=lambda _d, save: save(), dns_config=config)
        s.update(provider_id=provider, domain="example.com")
        made.append(s)
        return s

    yield session, seen
    for s in made:
        s.shutdown()


def run(s: Session, *intents) -> None:
    async def go():
        for intent in intents:
            intent()
            await s.runner.idle()

    asyncio.run(go())


def of(seen: list, kind) -> list:
    return [e for e in seen if isinstance(e, kind)]


def test_checking_the_old_server_reports_each_outcome(world) -> None:
    session, seen = world
    s = session()
    with ImapResponder(Script(users={LOGIN: PASSWORD}), tls=True) as server:
        s.migration_prep.tls_context = server.client_context()
        at = SourceServer("localhost", server.port, "ssl")
        run(s, lambda: s.migration_prep.check_source(at, LOGIN, PASSWORD, "qq"),
            lambda: s.migration_prep.check_source(at, LOGIN, "the QQ password", "qq"),
            lambda: s.migration_prep.check_source(at, LOGIN, "wrong", "other"),
            lambda: s.migration_prep.check_source(at, LOGIN, "wrong", "outlook"),
            lambda: s.migration_prep.check_source(SourceServer("", 993), LOGIN, PASSWORD),
            lambda: s.migration_prep.check_source(at, " ", PASSWORD))
    assert [(e.ok, e.problem.removeprefix("migprep.check.")) for e in of(seen, SourceChecked)] == [
        (True, ""), (False, "app_password"), (False, "bad_password"), (False, "oauth_only"), (False, "no_server"),
        (False, "no_login")]
    assert all(e.problem.startswith("migprep.check.") for e in of(seen, SourceChecked) if not e.ok)
    assert s.migration_prep.last_checked == (at, LOGIN)


def test_the_provider_file_is_the_providers_and_its_steps_name_the_old_server(world, tmp_path: Path) -> None:
    session, seen = world
    s = session("microsoft")
    assert s.migration_prep.provider_file_kind() == "imap_csv"
    steps = s.migration_prep.provider_file_steps(SourceServer("imap.qq.com", 993, "ssl"))
    assert steps[0][0].startswith("migprep.steps.ms.") and steps[-1][0] == "migprep.steps.remove"
    assert all(params == {"host": "imap.qq.com", "port": "993", "security": "SSL"} for _key, params in steps)
    assert session("google").migration_prep.provider_file_kind() == "google_mapping"
    tencent = session("tencent")
    assert tencent.migration_prep.provider_file_kind() == "" and tencent.migration_prep.provider_file_steps() == []
    run(tencent, lambda: tencent.migration_prep.write_provider_file(tmp_path / "x.csv", []))
    assert of(seen, MigPrepFailed)[-1].problem == "migprep.file.no_provider_file"


def test_a_file_that_cannot_be_written_or_holds_a_bad_row_says_why(world, tmp_path: Path) -> None:
    session, seen = world
    s = session("microsoft")
    rows = [MigrationRow("a@example.com", "a@old.example", "pw\nline")]
    run(s, lambda: s.migration_prep.write_provider_file(tmp_path / "f.csv", rows),
        lambda: s.migration_prep.write_provider_file(tmp_path / "no" / "such" / "f.csv",
                                                     [MigrationRow("a@example.com", "a@old.example", "pw")]))
    bad_row, not_written = of(seen, MigPrepFailed)
    assert (bad_row.problem, bad_row.params) == ("migprep.file.bad_character", {"address": "a@example.com"})
    assert not_written.problem == "migprep.file.not_written" and "no" in not_written.params["path"]


def test_cutover_reads_the_mx_ttl_from_the_domains_servers(world) -> None:
    session, seen = world
    zone = Zone(zones={"example.com"})
    zone.add("example.com", "MX", "10 mx.old.example.", ttl=86400)
    with LoopbackDns(zone) as dns:
        config = CheckConfig(resolvers=(), nameservers=(Vantage("authoritative", "127.0.0.1", dns.port),))
        s = session("google", config)
        run(s, s.migration_prep.cutover)
    (advice,) = of(seen, CutoverAdvice)
    assert (advice.plan.ttl, advice.plan.mx, advice.plan.authoritative) == (86400, ("mx.old.example",), True)
    assert advice.plan.steps[0].key == "migprep.cutover.lower_ttl"
    assert not advice.plan.already_new


def test_cutover_knows_a_switch_made_already_even_to_a_host_made_from_the_domain(world) -> None:
    session, seen = world
    new = "example-com.mail.protection.outlook.com"  # Microsoft 365's MX host is the domain's own: a [dns] value
    zone = Zone(zones={"example.com"})
    zone.add("example.com", "MX", f"0 {new}.", ttl=300)
    with LoopbackDns(zone) as dns:
        config = CheckConfig(resolvers=(), nameservers=(Vantage("authoritative", "127.0.0.1", dns.port),))
        s = session("microsoft", config)
        s.update(dns_values={"mx_host": new})
        run(s, s.migration_prep.cutover)
    (advice,) = of(seen, CutoverAdvice)
    assert advice.plan.already_new and advice.plan.mx == (new,)
    assert [step.key.rpartition(".")[2] for step in advice.plan.steps] == ["keep_old", "final_copy", "restore_ttl"]


def test_secret_scan_no_source_password_in_the_store_logs_or_files(world, tmp_path: Path, caplog) -> None:
    """Issue 19's secret scan for the source passwords: after a check (right and wrong), a provider file written
    for 50 members and removed, nothing on the disk and nothing logged holds any of them."""
    caplog.set_level(logging.DEBUG)
    session, seen = world
    s = session("microsoft")
    passwords = [f"source-secret-{i:02d}-密" for i in range(50)]
    rows = [MigrationRow(f"u{i}@example.com", f"u{i}@old.example", p) for i, p in enumerate(passwords)]
    path = tmp_path / "out" / "imap-migration.csv"
    path.parent.mkdir()
    echo = Script(users={LOGIN: PASSWORD}, login_refusal=f"NO [AUTHENTICATIONFAILED] bad password {passwords[1]}")
    with ImapResponder(echo, tls=True) as server:
        s.migration_prep.tls_context = server.client_context()
        at = SourceServer("localhost", server.port, "ssl")
        run(s, lambda: s.migration_prep.check_source(at, LOGIN, PASSWORD, "qq"),
            lambda: s.migration_prep.check_source(at, LOGIN, passwords[1], "qq"),
            lambda: s.migration_prep.write_provider_file(path, rows))
    assert of(seen, ProviderFileWritten) == [ProviderFileWritten(str(path), 50)]
    assert passwords[7].encode() in path.read_bytes()  # in the file while it is needed
    run(s, lambda: s.migration_prep.remove_provider_file(path))
    assert of(seen, ProviderFileRemoved) == [ProviderFileRemoved(str(path), True)]
    s.flush()
    s.shutdown()
    secrets = [PASSWORD, *passwords]
    assert any(tmp_path.rglob("*.sqlite*")) or any((tmp_path / "state").iterdir())  # the store was written
    assert leaks(tmp_path, secrets) == []  # in any form a file could hold it (UTF-16, %-encoded, JSON-escaped)
    logged = "\n".join(r.getMessage() for r in caplog.records) + caplog.text
    assert "old server" in logged  # it did log the checks
    assert not any(p in logged for p in secrets)
    assert not any(p in repr(e) for e in seen for p in secrets)  # nor in any event the window gets


def test_start_over_resets_the_step(world) -> None:
    session, _seen = world
    s = session()
    s.migration_prep.last_checked = (SourceServer("imap.qq.com"), LOGIN)
    s.start_over()
    assert s.migration_prep.last_checked is None


def test_the_window_adapter_carries_every_event_and_intent(qapp) -> None:
    from mailwizard.ui import controller

    arity = {"sourceChecked": 3, "providerFileWritten": 2, "providerFileRemoved": 2, "cutoverAdvice": 1,
             "migprepFailed": 3}
    for event in (events.SourceChecked, events.ProviderFileWritten, events.ProviderFileRemoved,
                  events.CutoverAdvice, events.MigPrepFailed):
        assert hasattr(controller.WizardController, event.signal), event
        assert len(fields(event)) == arity[event.signal]
    for intent in ("migration_sources", "migration_source", "check_migration_source", "provider_file_kind",
                   "provider_file_steps", "write_provider_file", "remove_provider_file", "migration_cutover"):
        step, _, method = controller.INTENTS[intent].partition(".")
        assert step == "migration_prep" and callable(getattr(MigrationPrepStep, method)), intent
