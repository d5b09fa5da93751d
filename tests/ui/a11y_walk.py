"""Practice mode from the provider step to the Summary, stopping at every page and dialog: the accessibility test
and tools/screen_reader_transcript.py walk the same way. ``visit(where, root)`` looks at each stop (the window or a
dialog, while it is open); ``until(predicate, seconds)`` keeps Qt and the loop running until ``predicate()``
holds (False if it never did)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from mailwizard.core.flow import DomainPresence, Step

MEMBERS_FILE = Path(__file__).resolve().parents[1] / "data" / "members" / "utf8_comma_en.csv"

Visit = Callable[[str, QWidget], None]
Until = Callable[[Callable[[], bool], float], bool]


def in_dialog(until: Until, visit: Visit, where: str, name: str, open_, close) -> None:
    """Opens a dialog with ``open_()`` (which may run a modal loop), visits it, then ``close(dialog)``."""
    seen: list[QWidget] = []

    def look() -> None:
        dialog = next((w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible()), None)
        if dialog is None:
            QTimer.singleShot(50, look)
            return
        seen.append(dialog)
        visit(where, dialog)
        close(dialog)

    QTimer.singleShot(50, look)
    open_()
    until(lambda: bool(seen) and (not isValid(seen[0]) or not seen[0].isVisible()), 10)
    assert seen, f"the {where} dialog never opened"


def walk_practice(session, visit: Visit, until: Until, review: bool = True) -> None:
    window, sandbox = session.window, session.sandbox
    c = window.controller
    visit("provider", window)

    c.go_next()
    visit("domain (empty)", window)
    c.set_company(name="例子贸易有限公司", contact_name="王芳", contact_email="wangfang@163.com")
    c.set_domain_input("example.com")
    window.pages[Step.DOMAIN].refresh()
    c.check_domain_presence("")
    assert until(lambda: c.state.domain_presence is DomainPresence.EXISTS, 5)
    visit("domain", window)

    c.go_next()
    dns = window.pages[Step.DNS]
    assert until(lambda: c.dns_result is not None, 5)
    visit("DNS, not connected", window)
    dns.connect_box.connect_button.click()  # the practice ID and secret are known: connected at once
    assert until(lambda: bool(c.state.connected_account), 10)
    # the state says connected while the connect task still reads what follows (the button waits for it)
    assert until(dns.connect_box.connect_button.isEnabled, 10)
    visit("DNS, connected", window)
    in_dialog(until, visit, "connect", "app_secret_dialog", dns.connect_box.connect_button.click,  # Change the ID…
              lambda d: d.reject())
    in_dialog(until, visit, "practice DNS host", "practice_dns_host", dns.open_console.click, lambda d: d.reject())
    # "Set up the records for me": practice's key is known, so the preview first and "Use a different key…" in
    # it; then the key and its guide, the preview again, and the page saying what was done
    visit("DNS, the offer", window)
    from mailwizard.ui.widgets.dns_apply_dialog import PREVIEW

    def other_key(dialog) -> None:
        assert until(lambda: dialog.stack.currentIndex() == PREVIEW, 10)
        dialog.other_key.click()

    assert until(c.dns_host_has_credential, 10)
    in_dialog(until, visit, "DNS changes, a known key", "dns_apply_dialog", dns.apply_offer.set_up.click, other_key)
    in_dialog(until, visit, "DNS host key", "dns_credential_dialog", lambda: None, lambda d: d.ok.click())

    def preview_shown(dialog) -> None:
        assert until(lambda: dialog.stack.currentIndex() == PREVIEW, 10)
        visit("DNS changes preview", dialog)
        dialog.apply_button.click()

    in_dialog(until, visit, "DNS changes", "dns_apply_dialog", lambda: None, preview_shown)
    assert until(lambda: dns.apply_offer.undo.isVisible(), 10)
    visit("DNS, records set up", window)
    rows = [(n, t, v, ttl) for n, t, v, ttl in sandbox.zone.rows() if t == "NS"]
    for item in c.dns_result.plan.items:
        if item.action != "remove" and item.value:
            rows.append((item.name, item.rtype, item.value.rstrip(".") + "." if item.rtype in ("MX", "CNAME")
                         else item.value, 300))
    sandbox.zone.replace_all(rows)
    for _ in range(20):
        c.check_dns_now()
        until(lambda: c.state.dns_all_ok, 1)
        if c.state.dns_all_ok:
            break
    assert until(lambda: c.state.provider_verified, 5)
    visit("DNS, all correct", window)

    c.go_next()
    members = window.pages[Step.MEMBERS]
    visit("members (empty)", window)
    from mailwizard.ui.widgets.import_dialog import run_import

    in_dialog(until, visit, "import", "import_dialog",
              lambda: run_import(members, c, [], members._imported, str(MEMBERS_FILE)), lambda d: d.accept())
    assert until(lambda: len(members.model.members) > 0, 5)
    visit("members", window)
    members.create_button.click()
    assert until(lambda: c.state.members_done, 30)
    visit("members, created", window)

    c.go_next()
    invitations = window.pages[Step.INVITATIONS]
    visit("invitations", window)
    invitations.runner.pace = 0.05
    assert until(lambda: invitations.send_button.isEnabled(), 5)
    invitations.send_button.click()
    assert until(c.can_go_next, 20)
    visit("invitations, sent", window)
    # who has signed in (practice reports some), and the confirm before reminders go out
    activation = invitations.activation
    assert until(lambda: activation.report is not None and not activation.busy, 10)
    visit("invitations, who has signed in", window)
    if activation.remind_button.isVisible():
        in_dialog(until, visit, "remind", "remind_dialog", activation.remind_button.click, lambda d: d.reject())

    c.go_next()
    assert c.state.current is Step.SUMMARY
    visit("summary", window)
    if review:
        walk_review(window, visit, until)
        walk_more(window, visit, until)


def walk_review(window, visit: Visit, until: Until) -> None:
    """From the Summary: the account review's window, each of its tabs, and the confirm before an action."""
    entry = window.pages[Step.SUMMARY].review
    entry.open_button.click()
    reviewer = entry.window_
    page = reviewer.page
    assert until(lambda: page.snapshot is not None and not page.reading, 20)
    assert until(lambda: not page.records._busy, 20)
    for index, where in enumerate(("review", "review, all accounts", "review, mail records", "review, report")):
        page.tabs.setCurrentIndex(index)
        visit(where, reviewer)
    page.tabs.setCurrentIndex(0)
    card = next(card for card in page.flags.cards if card.flag.action is not None)
    in_dialog(until, visit, "review confirm", "review_confirm", card.act.click, lambda d: d.reject())
    reviewer.close()


def walk_more(window, visit: Visit, until: Until) -> None:
    """From the Summary: "Move old mail in…" and "Signatures and auto-replies…", each tab of each (the moving
    window with the people's rows and the copy ready, the new provider's own migration file chosen too)."""
    more = window.pages[Step.SUMMARY].more
    more.moving_button.click()
    moving = more.moving_window
    assert until(moving.isVisible, 10)
    assert until(lambda: moving.cutover.shown is not None, 10)
    for index, where in enumerate(("moving, old service", "moving, people", "moving, copy", "moving, switching")):
        moving.tabs.setCurrentIndex(index)
        visit(where, moving)
    moving.close()
    more.signatures_button.click()
    signatures = more.signatures_window
    assert until(signatures.isVisible, 10)
    for index, where in enumerate(("signatures, design", "signatures, put in place", "signatures, auto-reply")):
        signatures.tabs.setCurrentIndex(index)
        visit(where, signatures)
    signatures.close()
