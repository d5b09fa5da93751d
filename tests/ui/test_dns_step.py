"""The DNS step against a real DNS server on loopback whose zone the test edits as a user would."""

from __future__ import annotations

import html
from contextlib import contextmanager
from dataclasses import replace

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from mailwizard.core.dns.service import check_config
from mailwizard.core.dns.verdict import State
from mailwizard.core.flow import Step
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from mailwizard.ui.status import Status
from tests.integration.test_dns_check import DKIM
from tests.ui.helpers import WAIT
from tests.ui.test_wizard import choose_google, domain_page, fill_company, type_into


def bare_zone() -> Zone:
    """example.com before the user changed anything: the old mail service, an old SPF."""
    zone = Zone(zones={"com", "net", "test"})
    zone.add("example.com", "NS", "ns1.example.net.", "ns2.example.net.")
    zone.add("example.com", "MX", "10 mx.oldmail.net.")
    zone.add("example.com", "TXT", "v=spf1 include:spf.oldmail.net ~all")
    zone.add("spf.oldmail.net", "TXT", "v=spf1 ip4:192.0.2.0/24 ~all")
    zone.add("_spf.google.com", "TXT", "v=spf1 ip4:198.51.100.0/24 ~all")
    return zone


def panel_state(page, key: str) -> set[str]:
    panel = page.panel
    row = [r.record.key for r in page._result.records].index(key)
    return {panel.item(row, c).data(Qt.ItemDataRole.UserRole) for c in range(panel.columnCount() - 1)}


def test_records_guidance_and_a_panel_that_follows_the_zone(qtbot, open_wizard) -> None:
    zone = bare_zone()
    with LoopbackDns(zone) as host:
        server = f"127.0.0.1:{host.port}"
        window = open_wizard("en", dns_config=check_config([server], [server], timeout=0.5))
        choose_google(qtbot, window)
        fill_company(qtbot, window)
        qtbot.waitUntil(lambda: domain_page(window).presence.status is Status.DONE, timeout=WAIT)
        qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)
        page = window.pages[Step.DNS]
        assert window.stack.currentWidget() is page
        qtbot.waitUntil(lambda: page._result is not None, timeout=WAIT)

        # the plan: merged SPF, old MX to delete, the verification value still to come
        cells = [[page.records.item(r, c).text() for c in range(6)] for r in range(page.records.rowCount())]
        spf_row = next(r for r in cells if r[0] == "Allow sending (SPF)")
        assert spf_row[3] == "v=spf1 include:spf.oldmail.net include:_spf.google.com ~all"
        assert spf_row[5] == "Replace the existing one"
        assert ["Old email service (MX)", "MX", "@", "mx.oldmail.net", "10", "Delete"] in cells
        verification = next(r for r in cells if r[0] == "Prove you own the domain")
        assert verification[3] == "Not known yet: paste it below, or connect above"
        assert verification[5] == "Paste the value first"
        page.records.setCurrentCell(cells.index(verification), 3)
        QGuiApplication.clipboard().setText("before")
        qtbot.mouseClick(page.copy_value, Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == "before"  # the explanation is never copied as a value
        assert page.copied.text() == "This value is not known yet: paste it in the box below first."
        page.records.setCurrentCell(cells.index(spf_row), 3)
        qtbot.mouseClick(page.copy_value, Qt.MouseButton.LeftButton)
        assert QGuiApplication.clipboard().text() == spf_row[3]
        assert not window.next_button.isEnabled()
        assert "mx.oldmail.net" in page.warnings.text()
        # the host's fine print (how long changes take, its tips) waits behind a toggle
        assert not page.host_more.isVisible() and page.host_more.text()
        qtbot.mouseClick(page.host_more_toggle, Qt.MouseButton.LeftButton)
        assert page.host_more.isVisible() and page.host_more_toggle.text() == "Fewer details"
        assert html.escape(page.host_more.text()) in page.printable_html()  # the printed page keeps it all

        # the admin pastes the code from Google's console, then adds the TXT record at the host
        field = page.value_fields["verification"]
        type_into(qtbot, field, "abc123")
        field.editingFinished.emit()
        qtbot.waitUntil(lambda: panel_state(page, "verification") == {"missing"}, timeout=WAIT)
        zone.add("example.com", "TXT", "google-site-verification=abc123")
        qtbot.mouseClick(page.check_now, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: panel_state(page, "verification") == {"ok"}, timeout=WAIT)
        assert window.next_button.isEnabled()           # ownership proven: the wizard may go on
        assert page.overall.status is Status.ACTION     # … but the other records still need the user
        # MX, SPF and DKIM; DMARC is optional and not counted as "needs you"
        assert page.overall.plain.startswith("Ownership is proven, so you can go on — but 3 records still need you")
        assert page.panel.item(0, page.panel.columnCount() - 1).text() == "Correct everywhere."

        # everything else arrives
        zone.set("example.com", "MX", "1 smtp.google.com.")
        zone.set("example.com", "TXT", "google-site-verification=abc123",
                 "v=spf1 include:spf.oldmail.net include:_spf.google.com ~all")
        zone.add("google._domainkey.example.com", "TXT", DKIM)
        type_into(qtbot, page.value_fields["dkim"], DKIM)
        page.value_fields["dkim"].editingFinished.emit()
        qtbot.waitUntil(lambda: page.overall.status is Status.DONE, timeout=WAIT)
        assert page.overall.plain == ("All the records your mail needs are correct everywhere. You can go on. "
                                      "Optional and not added yet: Anti-spoofing policy (DMARC). Add it at your DNS "
                                      "host whenever you like.")
        assert window.controller.state.dns_all_ok  # an optional record left out holds nothing back
        zone.add("_dmarc.example.com", "TXT", "v=DMARC1; p=none")
        window.controller.check_dns_now()
        qtbot.waitUntil(lambda: page.overall.plain.startswith("All records"), timeout=WAIT)
        assert page.overall.plain == "All records are correct everywhere. You can go on."
        assert window.controller.state.dns_all_ok

        # an unchanged result touches no cell
        before = page.panel.updates
        page._show_result(page._result)
        assert page.panel.updates == before

        zone_file = page.zone_text()
        assert "@\tIN\tMX\t1 smtp.google.com." in zone_file
        assert '@\tIN\tTXT\t"google-site-verification=abc123"' in zone_file
        assert "example.com" in page.printable_html()


@contextmanager
def google_dns_step(qtbot, open_wizard, zone: Zone):
    """Google chosen, the company filled in and the verification code pasted earlier: the DNS step, checked
    once against ``zone`` on a loopback server."""
    with LoopbackDns(zone) as host:
        server = f"127.0.0.1:{host.port}"
        window = open_wizard("en", dns_config=check_config([server], [server], timeout=0.5))
        window.controller.choose_plan("google", "business-starter")
        window.controller.go_next()
        fill_company(qtbot, window)
        window.controller.set_dns_value("verification", "abc123")
        qtbot.waitUntil(lambda: domain_page(window).presence.status is Status.DONE, timeout=WAIT)
        window.controller.go_next()
        page = window.pages[Step.DNS]
        qtbot.waitUntil(lambda: page._result is not None, timeout=WAIT)
        yield window, page


def test_wrong_records_are_explained_in_the_panel(qtbot, open_wizard) -> None:
    zone = bare_zone()
    zone.set("example.com", "TXT", '"google-site-verification=abc123"', "v=spf1 include:spf.oldmail.net ~all")
    with google_dns_step(qtbot, open_wizard, zone) as (_window, dns):
        status = dns._result.record("verification")
        assert status.state is State.WRONG and status.message_key == "dns.txt_quotes"
        last = dns.panel.columnCount() - 1
        row = [r.record.key for r in dns._result.records].index("verification")
        assert dns.panel.item(row, last).text().startswith("The value has quotation marks")


def test_the_headline_says_who_has_to_act(qtbot, open_wizard) -> None:
    """The user (records to add), the network (no answer) or only time (records on their way)."""
    zone = bare_zone()
    zone.set("example.com", "TXT", "google-site-verification=abc123", "v=spf1 include:spf.oldmail.net ~all")
    with google_dns_step(qtbot, open_wizard, zone) as (window, page):
        qtbot.waitUntil(lambda: window.controller.state.dns_verified, timeout=WAIT)
        assert page.overall.status is Status.ACTION and "records still need you" in page.overall.plain
        row = [r.record.key for r in page._result.records].index("dmarc")
        # the host field is written per DNS host ("_dmarc" at most): a full name here would contradict the table
        assert page.panel.item(row, page.panel.columnCount() - 1).text() == (
            "Not there yet. Add this TXT record at your DNS host, written as in “Records to add”.")

        def shown_with(state: State) -> str:
            result = page._result
            records = tuple(r if r.record.key == "verification" else replace(r, state=state) for r in result.records)
            page.controller.session.dns.result = replace(result, records=records)
            page._show_overall()
            page.controller.session.dns.result = result
            return page.overall.plain

        others = len(page._result.records) - 1
        text = shown_with(State.PROPAGATING)
        assert page.overall.status is Status.WAITING
        assert text == (f"Ownership is proven, so you can go on. {others} other records are still on their way; "
                        "we keep watching them.")
        text = shown_with(State.TIMEOUT)
        assert page.overall.status is Status.PROBLEM and "internet connection" in text
        assert "Add the records" not in text
        # offline, with the DKIM value still to paste: the network is the news, not "add, change or delete"
        result = page._result
        assert result.record("dkim") is not None
        page.controller.session.dns.result = replace(result, records=tuple(
            replace(r, state=State.WAITING if r.record.key == "dkim" else State.TIMEOUT) for r in result.records))
        page._show_overall()
        page.controller.session.dns.result = result
        assert page.overall.status is Status.PROBLEM and "internet connection" in page.overall.plain
        # everything else correct, only the record that proved ownership still spreading: no "0 other records"
        result = page._result
        page.controller.session.dns.result = replace(result, records=tuple(
            replace(r, state=State.PROPAGATING if r.record.key == "verification" else State.OK)
            for r in result.records))
        page._show_overall()
        page.controller.session.dns.result = result
        assert page.overall.status is Status.WAITING and "The record that proves it is still on its way" in (
            page.overall.plain) and "0 other" not in page.overall.plain


def test_before_any_check_the_spf_row_is_a_whole_record(qtbot, open_wizard) -> None:
    """Not just "include:…": entered as shown, that fragment is no SPF record at all."""
    with google_dns_step(qtbot, open_wizard, bare_zone()) as (_window, page):
        page.controller.session.dns.result, page._records_shown = None, None  # as before the first check answers
        page._show_records()
        cells = [[page.records.item(r, c).text() for c in range(6)] for r in range(page.records.rowCount())]
        spf_row = next(r for r in cells if r[0] == "Allow sending (SPF)")
        assert spf_row[3] == "v=spf1 include:_spf.google.com ~all"
        assert spf_row[5] == "Checking what is there now…"  # not "Add": one may be there, and two break SPF


def test_the_last_check_is_told_in_local_time_and_with_its_date_when_not_today(qapp) -> None:
    """Checks are kept in UTC; a reopen two days later read "Last checked: 07:58:36", in UTC, with no date."""
    import datetime as dt

    from PySide6.QtCore import QLocale

    from mailwizard.ui.pages.dns import DnsPage

    short = QLocale.FormatType.ShortFormat
    now = dt.datetime.now(dt.UTC)
    assert DnsPage._when(now) == QLocale().toString(now.astimezone().time(), short)
    earlier = now - dt.timedelta(days=2)
    local = earlier.astimezone()
    date, time = QLocale().toString(local.date(), short), QLocale().toString(local.time(), short)
    assert DnsPage._when(earlier) == f"{date} {time}"


def test_the_panel_speaks_the_new_language_after_a_switch(qtbot, open_wizard) -> None:
    """Its cells kept the words of the language the check was shown in until the next check."""
    zone = bare_zone()
    zone.set("example.com", "TXT", "google-site-verification=abc123")
    with google_dns_step(qtbot, open_wizard, zone) as (window, page):
        last = page.panel.columnCount() - 1
        english = [page.panel.item(row, last).text() for row in range(page.panel.rowCount())]
        assert "Correct everywhere." in english
        window.switch_language("zh_CN")
        chinese = [page.panel.item(row, last).text() for row in range(page.panel.rowCount())]
        assert all(text != before for text, before in zip(chinese, english, strict=True))
        assert not any(text.isascii() for text in chinese)
