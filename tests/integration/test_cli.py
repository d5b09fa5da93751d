"""The command line uses the same provider ids and the same core as the window."""

from __future__ import annotations

import json

import pytest

from mailwizard.cli import main
from mailwizard.sandbox.dns_server import LoopbackDns, Zone


def run(capsys, *argv: str) -> tuple[int, dict]:
    code = main(list(argv))
    return code, json.loads(capsys.readouterr().out)


def test_plans_for_one_provider_by_its_id(capsys) -> None:
    code, out = run(capsys, "plans", "--seats", "12", "--budget", "100", "--currency", "USD", "--provider", "google")
    assert code == 0
    assert {p["provider"] for p in out["plans"]} == {"google"}
    starter = next(p for p in out["plans"] if p["plan"] == "business-starter")
    assert starter["monthly"] == 84.0 and starter["within_budget"] is True
    assert out["recommendation"]["provider"] == "google"


def test_domain_explains_a_pasted_url(capsys) -> None:
    code, out = run(capsys, "domain", "https://www.例子.中国/")
    assert code == 1
    assert out["key"] == "domain.url" and out["suggestion"] == "例子.中国"


def test_presence_over_loopback_dns(capsys, dns_server) -> None:
    code, out = run(capsys, "presence", "例子.中国", "--resolver", f"127.0.0.1:{dns_server.port}")
    assert code == 0
    assert out["presence"] == "exists" and out["domain"] == "xn--fsqu00a.xn--fiqs8s"


def dns_check(capsys, auth: LoopbackDns, provider: str, *values: str) -> tuple[int, dict]:
    server = f"127.0.0.1:{auth.port}"
    pasted = [arg for value in values for arg in ("--value", value)]
    return run(capsys, "dns", "check", "example.com", "--provider", provider, "--nameserver", server,
               "--resolver", server, "--timeout", "0.5", "--json", *pasted)


@pytest.mark.parametrize(("provider", "pasted"), [
    ("google", "google-site-verification=abc123"),   # as Google's console shows the TXT value
    ("microsoft", "MS=ms12345678"),                   # as the Microsoft 365 admin center shows it
])
def test_a_verification_value_pasted_with_its_prefix_is_expected_once(capsys, provider: str, pasted: str) -> None:
    zone = Zone(zones={"com"})
    zone.add("example.com", "TXT", pasted)
    with LoopbackDns(zone) as auth:
        _code, out = dns_check(capsys, auth, provider, f"verification={pasted}")
    cells = [r for r in out["results"] if r["key"] == "verification"]
    assert {tuple(r["expected"]) for r in cells} == {(pasted,)}
    assert {r["state"] for r in cells} == {"ok"}

