"""The command line gives the same verdicts as the window: each case is driven through the window, then
asked of `mailwizard dns check` / `members check` against the same loopback DNS server or file."""

from __future__ import annotations

import json
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import Qt

from mailwizard.cli import main as cli_main
from mailwizard.core.dns.service import check_config
from mailwizard.core.flow import Step
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from mailwizard.ui.status import Status
from tests.integration.test_dns_check import DKIM
from tests.ui.test_wizard import choose_google, domain_page, fill_company, type_into

PROOF = "google-site-verification=abc123"


def cli(capsys, *argv: str) -> tuple[int, dict]:
    """The command line in a thread of its own: the window's asyncio loop runs on this one, and the CLI
    starts its own (asyncio.run), as it does in a terminal."""
    capsys.readouterr()
    with ThreadPoolExecutor(max_workers=1) as pool:
        code = pool.submit(cli_main, [*argv]).result()
    return code, json.loads(capsys.readouterr().out)


def dns_check(capsys, host: LoopbackDns, *values: str) -> tuple[int, dict]:
    server = f"127.0.0.1:{host.port}"
    pasted = [arg for value in values for arg in ("--value", value)]
    return cli(capsys, "dns", "check", "example.com", "--provider", "google", "--nameserver", server,
               "--resolver", server, "--timeout", "0.5", "--json", *pasted)


def complete_zone(spf: str) -> Zone:
    """example.com with everything Google Workspace needs, and ``spf`` as its SPF record."""
    zone = Zone(zones={"com", "net", "test"})
    zone.add("example.com", "MX", "1 smtp.google.com.")
    zone.add("example.com", "TXT", PROOF, spf)
    zone.add("google._domainkey.example.com", "TXT", DKIM)
    zone.add("_dmarc.example.com", "TXT", "v=DMARC1; p=none")
    zone.add("_spf.google.com", "TXT", "v=spf1 ip4:198.51.100.0/24 ~all")
    return zone


def dns_step(qtbot, open_wizard, host: LoopbackDns):
    server = f"127.0.0.1:{host.port}"
    window = open_wizard("en", dns_config=check_config([server], [server], timeout=0.5))
    choose_google(qtbot, window)
    fill_company(qtbot, window)
    qtbot.waitUntil(lambda: domain_page(window).presence.status is Status.DONE, timeout=5000)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    page = window.pages[Step.DNS]
    qtbot.waitUntil(lambda: page._result is not None, timeout=5000)
    return window, page


def table_value(page, purpose: str) -> str:
    rows = [[page.records.item(r, c).text() for c in range(6)] for r in range(page.records.rowCount())]
    return next(r[3] for r in rows if r[0] == purpose)


def test_a_verification_value_pasted_with_its_prefix_is_published_once(qtbot, open_wizard, capsys) -> None:
    """Google's console shows the whole TXT value, google-site-verification=… included: pasted as shown, it
    became google-site-verification=google-site-verification=… in the window and on the command line."""
    with LoopbackDns(complete_zone("v=spf1 include:_spf.google.com ~all")) as host:
        window, page = dns_step(qtbot, open_wizard, host)
        field = page.value_fields["verification"]
        type_into(qtbot, field, PROOF)
        field.editingFinished.emit()
        qtbot.waitUntil(lambda: window.controller.state.dns_verified, timeout=5000)
        assert table_value(page, "Prove you own the domain") == PROOF
        assert page._result.record("verification").message_key == "row.ok"

        code, out = dns_check(capsys, host, f"verification={PROOF}", f"dkim={DKIM}")
    cells = [r for r in out["results"] if r["key"] == "verification"]
    assert {tuple(r["expected"]) for r in cells} == {(PROOF,)}
    assert {r["state"] for r in cells} == {"ok"}
    assert code == 0

