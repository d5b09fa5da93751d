"""`mailwizard dns apply|undo|backup`: the same session step as the window, the credential from the environment
(never an argument), the preview before anything changes, the backup as a zone snippet, and undo."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest

from mailwizard.cli import main
from mailwizard.core.dnshosts import registry
from mailwizard.core.dnshosts.registry import HostRegistry
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from mailwizard.sandbox.hosted_zone import HostedZone
from tests.servers.dnshosts import memory_host
from tests.servers.dnshosts.memory_host import CREDENTIAL, MemoryFake

HOST = "cloudflare"  # its API played by the in-memory host
VERIFICATION = "google-site-verification=abc123"


@pytest.fixture
def world(monkeypatch, tmp_path: Path):
    monkeypatch.setattr(registry, "DEFAULT",
                        HostRegistry(extra={HOST: (replace(memory_host.INFO, host_id=HOST), memory_host.connect)}))
    for key, value in CREDENTIAL.items():
        monkeypatch.setenv(f"MAILWIZARD_DNSHOST_{key.upper()}", value)
    served = Zone(zones={"example.com"})
    zone = HostedZone("example.com", served)
    zone.add("example.com", "A", "203.0.113.10", 300)
    zone.add("example.com", "MX", "10 mx.oldmail.net", 3600)
    zone.add("example.com", "TXT", "v=spf1 include:spf.oldmail.net -all", 1800)
    with LoopbackDns(served) as dns, MemoryFake(zone, credential=CREDENTIAL) as fake:
        server = f"127.0.0.1:{dns.port}"
        common = ["--host-id", HOST, "--state-dir", str(tmp_path / "state"), "--base-url", fake.base_url,
                  "--nameserver", server, "--resolver", server, "--json", "--lang", "en"]
        yield zone, common


def cli(capsys, *argv: str) -> tuple[int, dict]:
    code = main(list(argv))
    out = capsys.readouterr().out
    assert CREDENTIAL["secret"] not in out
    return code, json.loads(out)


def test_preview_apply_backup_undo(world, capsys) -> None:
    zone, common = world
    original = zone.snapshot()
    apply = ["dns", "apply", "example.com", "--provider", "google", "--value", f"verification={VERIFICATION}"]
    code, out = cli(capsys, *apply, "--preview", *common)
    assert code == 0 and out["applied"] == 0 and zone.snapshot() == original
    assert {(c["op"], c["type"], c["after"] or c["before"]) for c in out["changes"]} == {
        ("add", "TXT", VERIFICATION), ("add", "MX", "1 smtp.google.com"), ("add", "TXT", "v=DMARC1; p=none"),
        ("update", "TXT", "v=spf1 include:spf.oldmail.net include:_spf.google.com -all"),
        ("delete", "MX", "10 mx.oldmail.net")}
    remove = next(c for c in out["changes"] if c["op"] == "delete")
    assert remove["key"] == "dnshost.reason.remove_old_mx" and "mx.oldmail.net" in remove["text"]

    code, out = cli(capsys, *apply, *common)  # --json without --yes: never applied unseen
    assert code == 1 and out.get("declined") and zone.snapshot() == original

    code, out = cli(capsys, *apply, "--yes", *common)
    assert (code, out["applied"], out["state"]) == (0, 5, "applied")
    assert {r.value for r in zone.all() if r.rtype == "MX"} == {"1 smtp.google.com"}

    code, out = cli(capsys, "dns", "backup", "example.com", *common)
    assert code == 0 and "@\t3600\tIN\tMX\t10 mx.oldmail.net." in out["snippet"]

    code, out = cli(capsys, "dns", "undo", "example.com", *common)
    assert code == 0 and out["state"] == "undone"
    assert zone.snapshot() == original


def test_a_wrong_credential_is_refused_with_the_reason_and_changes_nothing(world, capsys, monkeypatch) -> None:
    zone, common = world
    original = zone.snapshot()
    monkeypatch.setenv("MAILWIZARD_DNSHOST_SECRET", "not-the-secret")
    code, out = cli(capsys, "dns", "apply", "example.com", "--provider", "google", "--yes", *common)
    assert (code, out["problem"], out["key"]) == (1, "bad_credential", "dnshost.bad_credential")
    assert "key" in out["text"]
    assert zone.snapshot() == original


def test_a_host_without_an_api_is_said(world, capsys) -> None:
    _zone, common = world
    common = [a if a != HOST else "namecheap" for a in common]
    code, out = cli(capsys, "dns", "apply", "example.com", "--provider", "google", "--yes", *common)
    assert (code, out["key"]) == (2, "dnshost.no_api")
