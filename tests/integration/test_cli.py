"""The command line uses the same provider ids and the same core as the window."""

from __future__ import annotations

import json

from mailwizard.cli import main


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
