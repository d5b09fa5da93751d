"""The command line gives the same verdicts as the window: each case is driven through the window, then
asked of `mailwizard dns check` / `members check` against the same loopback DNS server or file."""

from __future__ import annotations

import html
import json
from concurrent.futures import ThreadPoolExecutor

from PySide6.QtCore import Qt

from mailwizard.cli import main as cli_main
from mailwizard.core.dns.service import check_config
from mailwizard.core.flow import Step
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from mailwizard.ui.status import Status
from tests.integration.test_dns_check import DKIM
from tests.ui.helpers import WAIT
from tests.ui.test_members import CORPUS, import_through_the_dialog, members_step
from tests.ui.test_wizard import choose_google, domain_page, fill_company, type_into

PROOF = "google-site-verification=abc123"


def cli(capsys, *argv: str) -> tuple[int, dict]:
    """The command line in a thread of its own: the window's asyncio loop runs on this one, and the CLI
    starts its own (asyncio.run), as it does in a terminal."""
    capsys.readouterr()
    with ThreadPoolExecutor(max_workers=1) as pool:
        code = pool.submit(cli_main, [*argv, "--lang", "en"]).result()
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
    qtbot.waitUntil(lambda: domain_page(window).presence.status is Status.DONE, timeout=WAIT)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
    page = window.pages[Step.DNS]
    qtbot.waitUntil(lambda: page._result is not None, timeout=WAIT)
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
        qtbot.waitUntil(lambda: window.controller.state.dns_verified, timeout=WAIT)
        assert table_value(page, "Prove you own the domain") == PROOF
        assert page.value_fields["verification"].text() == PROOF  # as pasted: nothing added to it
        assert page._result.record("verification").message_key == "row.ok"

        code, out = dns_check(capsys, host, f"verification={PROOF}", f"dkim={DKIM}")
    cells = [r for r in out["results"] if r["key"] == "verification"]
    assert {tuple(r["expected"]) for r in cells} == {(PROOF,)}
    assert {r["state"] for r in cells} == {"ok"}
    assert code == 0


def test_spf_over_the_lookup_limit_is_not_ok_on_the_command_line_either(qtbot, open_wizard, capsys) -> None:
    """The window warns about an SPF record that needs more than 10 lookups (receivers then fail SPF); the
    command line said "ok" and exited 0."""
    chain = " ".join(f"include:s{i}.vendor.test" for i in range(4))
    zone = complete_zone(f"v=spf1 {chain} include:_spf.google.com ~all")
    for i in range(4):
        zone.add(f"s{i}.vendor.test", "TXT", "v=spf1 a mx ~all")  # 1 + 2 lookups each
    with LoopbackDns(zone) as host:
        window, page = dns_step(qtbot, open_wizard, host)
        window.controller.set_dns_value("verification", "abc123")
        window.controller.set_dns_value("dkim", DKIM)
        qtbot.waitUntil(lambda: "DNS lookups" in page.warnings.text(), timeout=WAIT)
        shown = page.warnings.text()

        code, out = dns_check(capsys, host, "verification=abc123", f"dkim={DKIM}")
    assert code == 1
    spf = next(r for r in out["records"] if r["key"] == "spf")
    assert spf["ok"] is False
    warning = next(w for w in out["warnings"] if w["key"] == "plan.spf_too_many_lookups")
    assert warning["params"]["count"] == "13" and warning["params"]["limit"] == "10"
    assert f"⚠ {html.escape(warning['text'])}" in shown  # the same sentence the window shows
    assert out["ok"] is False


def test_a_names_only_file_gets_the_addresses_the_import_preview_shows(qtbot, open_wizard, capsys,
                                                                      monkeypatch) -> None:
    """The import preview suggests an address from each name; `members check` called every row "address
    missing"."""
    _window, page = members_step(qtbot, open_wizard)
    seen = {}

    def look(dialog) -> None:
        seen["addresses"] = [dialog.preview.item(row, 2).text() for row in range(dialog.preview.rowCount())]
        seen["problems"] = [dialog.preview.item(row, 3).text() for row in range(dialog.preview.rowCount())]

    import_through_the_dialog(page, monkeypatch, CORPUS / "names_only.csv", look)
    code, out = cli(capsys, "members", "check", str(CORPUS / "names_only.csv"), "--domain", "example.com", "--json")
    assert [row["address"] for row in out["rows"]] == seen["addresses"]
    assert all(seen["addresses"]) and set(seen["problems"]) == {"OK"}
    assert {row["status"] for row in out["rows"]} == {"ok"} and code == 0

