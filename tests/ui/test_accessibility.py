"""Every page and dialog of practice mode, as a screen reader and the Tab key meet them: each focusable widget
has a name (its own, or its buddy label's), and Tab follows reading order (top to bottom, then left to right;
into the next column of a two-column layout is fine)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog, QWidget
from shiboken6 import isValid

from mailwizard.core.flow import Step
from tests.ui.a11y import backward_jumps, unnamed
from tests.ui.test_practice import practice  # noqa: F401 (a fixture)

MEMBERS_FILE = Path(__file__).resolve().parents[1] / "data" / "members" / "utf8_comma_en.csv"


def audit(where: str, root: QWidget, found: list[str]) -> None:
    found += [f"{where}: no name: {w}" for w in unnamed(root)]
    found += [f"{where}: Tab goes back: {j}" for j in backward_jumps(root)]


def in_dialog(qtbot, where: str, name: str, found: list[str], open_, close) -> None:
    """Opens a dialog with ``open_()`` (which may run a modal loop), audits it, then ``close(dialog)``."""
    seen: list[QDialog] = []

    def look() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(50, look)
            return
        qtbot.waitExposed(dialog)
        seen.append(dialog)
        audit(where, dialog, found)
        close(dialog)

    QTimer.singleShot(50, look)
    open_()
    qtbot.waitUntil(lambda: bool(seen) and (not isValid(seen[0]) or not seen[0].isVisible()), timeout=10000)


def test_every_page_and_dialog_names_its_inputs_and_tabs_in_reading_order(qtbot, practice) -> None:  # noqa: F811
    window, sandbox = practice.window, practice.sandbox
    c = window.controller
    found: list[str] = []
    audit("provider", window, found)

    c.go_next()
    audit("domain (empty)", window, found)
    c.set_company(name="Practice Ltd", contact_name="Wang Fang", contact_email="wangfang@example.org")
    c.set_domain_input("example.com")
    window.pages[Step.DOMAIN].refresh()
    c.check_domain_presence("")
    qtbot.waitUntil(lambda: c.state.domain_presence.value == "exists", timeout=5000)
    audit("domain", window, found)

    c.go_next()
    dns = window.pages[Step.DNS]
    qtbot.waitUntil(lambda: c.dns_result is not None, timeout=5000)
    audit("DNS, not connected", window, found)
    dns.connect_box.connect_button.click()  # the practice ID and secret are known: connected at once
    qtbot.waitUntil(lambda: bool(c.state.connected_account), timeout=10000)
    in_dialog(qtbot, "connect", "app_secret_dialog", found, dns.connect_box.connect_button.click,  # Change the ID…
              lambda d: d.reject())
    in_dialog(qtbot, "practice DNS host", "practice_dns_host", found, dns.open_console.click, lambda d: d.reject())
    # "Set up the records for me": the key and its guide, the preview, then the page saying what was done
    audit("DNS, the offer", window, found)
    from mailwizard.ui.widgets.dns_apply_dialog import PREVIEW

    def other_key(d) -> None:  # practice's key is known: the preview first, and "Use a different key…" in it
        qtbot.waitUntil(lambda: d.stack.currentIndex() == PREVIEW, timeout=10000)
        d.other_key.click()

    qtbot.waitUntil(c.dns_host_has_credential, timeout=10000)
    in_dialog(qtbot, "DNS changes, a known key", "dns_apply_dialog", found, dns.apply_offer.set_up.click, other_key)
    in_dialog(qtbot, "DNS host key", "dns_credential_dialog", found, lambda: None, lambda d: d.ok.click())

    def preview_shown(d) -> None:
        qtbot.waitUntil(lambda: d.stack.currentIndex() == PREVIEW, timeout=10000)
        audit("DNS changes preview", d, found)
        d.apply_button.click()

    in_dialog(qtbot, "DNS changes", "dns_apply_dialog", found, lambda: None, preview_shown)
    qtbot.waitUntil(lambda: dns.apply_offer.undo.isVisible(), timeout=10000)
    audit("DNS, records set up", window, found)
    rows = [(n, t, v, ttl) for n, t, v, ttl in sandbox.zone.rows() if t == "NS"]
    for item in c.dns_result.plan.items:
        if item.action != "remove" and item.value:
            rows.append((item.name, item.rtype, item.value.rstrip(".") + "." if item.rtype in ("MX", "CNAME")
                         else item.value, 300))
    sandbox.zone.replace_all(rows)
    qtbot.wait(1000)
    c.check_dns_now()
    qtbot.waitUntil(lambda: c.state.dns_all_ok, timeout=10000)
    audit("DNS, all correct", window, found)

    c.go_next()
    members = window.pages[Step.MEMBERS]
    audit("members (empty)", window, found)
    from mailwizard.ui.widgets.import_dialog import run_import

    in_dialog(qtbot, "import", "import_dialog", found,
              lambda: run_import(members, c, [], members._imported, str(MEMBERS_FILE)), lambda d: d.accept())
    qtbot.waitUntil(lambda: len(members.model.members) > 0, timeout=5000)
    audit("members", window, found)
    members.create_button.click()
    qtbot.waitUntil(lambda: c.state.members_done, timeout=30000)
    audit("members, created", window, found)

    c.go_next()
    invitations = window.pages[Step.INVITATIONS]
    audit("invitations", window, found)
    invitations.runner.pace = 0.05
    qtbot.waitUntil(lambda: invitations.send_button.isEnabled(), timeout=5000)
    invitations.send_button.click()
    qtbot.waitUntil(c.can_go_next, timeout=20000)
    audit("invitations, sent", window, found)

    c.go_next()
    assert c.state.current is Step.SUMMARY
    audit("summary", window, found)
    assert found == [], "\n".join(found)


def test_a_status_line_is_read_out_word_first_and_a_problem_as_an_alert(qtbot, monkeypatch) -> None:
    from PySide6.QtGui import QAccessible

    from mailwizard.ui import access
    from mailwizard.ui.status import Status, StatusLine

    sent: list = []
    monkeypatch.setattr(access, "_send", lambda event: sent.append(event.type()))
    line = StatusLine(objectName="line")
    qtbot.addWidget(line)
    line.set_status(Status.WAITING, "Checking")  # not shown yet: nothing to announce
    line.show()
    qtbot.waitExposed(line)
    line.set_status(Status.PROBLEM, 'No answer from <a href="https://example.com/">the server</a>', rich=True)
    assert line.text.accessibleName() == "Problem: No answer from the server"
    assert sent == [QAccessible.Event.NameChanged, QAccessible.Event.Alert]
    assert line.text.focusPolicy() & Qt.FocusPolicy.TabFocus  # a link to reach by Tab
    line.set_status(Status.PROBLEM, 'No answer from <a href="https://example.com/">the server</a>', rich=True)
    assert len(sent) == 2  # the same again is not read out again
    line.set_status(Status.DONE, "Connected")
    assert sent[2:] == [QAccessible.Event.NameChanged] and line.text.accessibleName() == "Done: Connected"
    assert not line.text.focusPolicy() & Qt.FocusPolicy.TabFocus  # no link: no stop for Tab
