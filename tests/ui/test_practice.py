"""Practice mode walked from the Provider step to the last step, entirely offline, as an office manager
would: the sandbox's DNS host, its propagating resolvers, its provider API (throttling now and then) and
its mail server — all on loopback."""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from mailwizard.core.flow import Step
from mailwizard.core.members.model import Member
from mailwizard.ui.status import Status
from tests.ui.helpers import WAIT
from tests.ui.test_connect_tencent import app_secret_dialog
from tests.ui.test_wizard import domain_page, type_into


@pytest.fixture
def practice(qtbot, qloop):
    from mailwizard.practice import PracticeSession

    session = PracticeSession("en", delays=(0.2, 0.5, 0.9), throttle_every=4)
    qtbot.addWidget(session.window)
    session.window.show()
    qtbot.waitExposed(session.window)
    yield session
    session.close()
    session.languages.apply("en")


def page_cells(page) -> list[list[str]]:
    return [[page.records.item(r, c).text() if page.records.item(r, c) else "" for c in range(6)]
            for r in range(page.records.rowCount())]


def edit_at_dns_host(qtbot, page, cells: list[list[str]]) -> None:
    """In the practice DNS host: delete what the DNS step says to delete, add what it says to add."""
    from mailwizard.ui.widgets.practice_dns_host import HOST, PRIORITY, TYPE, VALUE

    def work() -> None:
        dialog = QApplication.activeModalWidget() or next(
            w for w in QApplication.topLevelWidgets() if w.objectName() == "practice_dns_host" and w.isVisible())
        table = dialog.table
        deletes = [(r[2], r[1], r[3]) for r in cells if r[5] == "Delete"]
        for row in reversed(range(table.rowCount())):
            if (table.item(row, HOST).text(), table.cellWidget(row, TYPE).currentText(),
                    table.item(row, VALUE).text()) in deletes:
                table.selectRow(row)
                qtbot.mouseClick(dialog.delete_button, Qt.MouseButton.LeftButton)
        for _label, rtype, host, value, priority, todo in cells:
            if todo != "Delete" and not value.startswith("Filled in"):
                qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
                row = table.rowCount() - 1
                table.item(row, HOST).setText(host)
                table.cellWidget(row, TYPE).setCurrentText(rtype)
                table.item(row, VALUE).setText(value)
                table.item(row, PRIORITY).setText(priority)
        qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)

    QTimer.singleShot(100, work)
    qtbot.mouseClick(page.open_console, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not any(w.objectName() == "practice_dns_host" and w.isVisible()
                                    for w in QApplication.topLevelWidgets()), timeout=WAIT)


def test_practice_mode_walks_every_step_offline(qtbot, practice) -> None:
    window, sandbox = practice.window, practice.sandbox
    c = window.controller

    # never the real keychain, never a real host: secrets in memory, every endpoint on loopback
    from mailwizard.core.secrets import MemoryStore

    assert isinstance(c.connections.secrets, MemoryStore)
    assert "127.0.0.1" in c.connections.endpoints.alibaba_base and "127.0.0.1" in c.connections.endpoints.tencent_base

    # 1. Provider: the practice provider only, labelled as such, and the banner on every step
    assert window.windowTitle() == "MailWizard — practice (no real accounts)"
    assert window.practice_banner.isVisible() and "Practice mode" in window.practice_banner.text()
    provider_page = window.pages[Step.PROVIDER]
    assert provider_page.table.rowCount() == 1
    assert provider_page.table.item(0, 0).text().startswith("Practice (no real accounts)")
    assert not provider_page.practice_button.isVisible()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)

    # 2. Company & domain: the practice DNS says the domain exists, delegated to the practice DNS host
    page = domain_page(window)
    assert page.company_name.text() == "Practice Trading Ltd." and page.sample_note.isVisible()  # a sample
    assert not page.domain.text()  # the domain is the user's to type
    type_into(qtbot, page.company_name, "例子贸易有限公司")
    type_into(qtbot, page.contact_name, "王芳")
    type_into(qtbot, page.contact_email, "wangfang@example.org")
    type_into(qtbot, page.domain, "例子.中国")
    qtbot.waitUntil(lambda: page.presence.status is Status.DONE, timeout=WAIT)
    assert c.state.domain == "xn--fsqu00a.xn--fiqs8s"
    assert not page.sample_note.isVisible()  # every detail is the user's own now
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)

    # 3. DNS: connect (values filled in), the records at the practice DNS host, propagation, all green
    dns = window.pages[Step.DNS]
    assert window.stack.currentWidget() is dns and window.practice_banner.isVisible()
    assert "Practice DNS host" in dns.host_box.text()
    qtbot.waitUntil(lambda: dns.panel.columnCount() == 5, timeout=WAIT)
    headers = [dns.panel.horizontalHeaderItem(c).text() for c in range(dns.panel.columnCount())]
    assert headers == ["Your DNS host", "Practice public DNS 1\n0.2 s behind", "Practice public DNS 2\n0.5 s behind",
                       "Practice public DNS 3\n0.9 s behind", "What to do"]  # no loopback address or port shown
    box = dns.connect_box

    # the practice console's ID and secret are known, as a keychain would know them: Connect connects at once
    qtbot.mouseClick(box.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: box.status.status is Status.DONE, timeout=WAIT)
    assert box.findChild(QDialog, "app_secret_dialog") is None
    assert box.status.plain == "Connected to 例子贸易有限公司 (ID practice-app)."
    dialog = app_secret_dialog(qtbot, box)  # "Change the ID or secret…": the form, filled in for the rehearsal
    assert dialog.app_id.text() == "practice-app" and dialog.secret.text()
    dialog.reject()
    assert box.domain_status.status is Status.WAITING  # the provider has not seen the MX records yet
    qtbot.waitUntil(lambda: dns._result is not None, timeout=WAIT)
    cells = page_cells(dns)
    assert ["Old email service (MX)", "MX", "@", "mx.previous-host.invalid", "10", "Delete"] in cells
    assert any(r[1] == "MX" and r[3] == "mx1.practice-mail.invalid" and r[4] == "5" for r in cells)
    assert not window.next_button.isEnabled()

    edit_at_dns_host(qtbot, dns, cells)
    mx = sorted(v for v, _ttl in sandbox.zone.records[("xn--fsqu00a.xn--fiqs8s", "MX")])
    assert mx == ["10 mx2.practice-mail.invalid.", "5 mx1.practice-mail.invalid."]
    # at once at the DNS host, a little later at each practice resolver: the panel shows it arriving
    qtbot.waitUntil(lambda: c.dns_result is not None and c.dns_result.verified, timeout=WAIT)
    qtbot.wait(1000)  # the slowest practice resolver is 0.9 s behind
    qtbot.mouseClick(dns.check_now, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.state.dns_all_ok, timeout=WAIT)
    assert dns.overall.status is Status.DONE
    qtbot.waitUntil(lambda: c.state.provider_verified, timeout=WAIT)  # the provider saw the MX records too
    assert box.domain_status.status is Status.DONE
    assert window.next_button.isEnabled()
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)

    # 4. Members: three people, created through the practice API (which throttles now and then)
    members = window.pages[Step.MEMBERS]
    assert window.stack.currentWidget() is members
    members.model.set_members([
        Member("张伟", "张", "伟", "zhang.wei", personal_email="zhangwei@example.org", department="销售部"),
        Member("李娜", "李", "娜", "li.na", personal_email="lina@example.org", department="销售部"),
        Member("Anna Chen", "Chen", "Anna", "anna.chen", personal_email="anna@example.org")])
    members._edited()
    qtbot.waitUntil(lambda: members.create_button.isEnabled(), timeout=WAIT)
    assert members.create_button.text() == "&Create 3 accounts"
    qtbot.mouseClick(members.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.state.members_done, timeout=20000)
    # (besides the accounts the practice company had before, for the account review: sandbox/practice_review.py)
    assert {u["email"] for u in sandbox.api.users.values() if not u.get("_seeded")} == {
        "zhang.wei@xn--fsqu00a.xn--fiqs8s", "li.na@xn--fsqu00a.xn--fiqs8s", "anna.chen@xn--fsqu00a.xn--fiqs8s"}
    assert sandbox.api.throttled_count >= 1  # it did answer "too many requests", and the run went on
    # the page renders the run's end from its own event, which may come a moment after the state has it
    qtbot.waitUntil(lambda: members.create_status.status is Status.DONE, timeout=5000)
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)

    # 5. Invitations: sent through the practice mail server, TLS verified against its own certificate
    invitations = window.pages[Step.INVITATIONS]
    assert window.stack.currentWidget() is invitations
    assert invitations.host.text() == "127.0.0.1"
    invitations.runner.pace = 0.05
    qtbot.waitUntil(lambda: invitations.send_button.isEnabled(), timeout=WAIT)
    qtbot.mouseClick(invitations.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(sandbox.smtp.messages) == 3, timeout=15000)
    qtbot.waitUntil(lambda: c.can_go_next(), timeout=WAIT)
    recipients = sorted(r for _frm, rcpts, _raw in sandbox.smtp.messages for r in rcpts)
    assert recipients == ["anna@example.org", "lina@example.org", "zhangwei@example.org"]
    qtbot.mouseClick(window.next_button, Qt.MouseButton.LeftButton)

    # 6. Summary, the last step: everything done, still labelled practice
    summary = window.pages[Step.SUMMARY]
    assert window.stack.currentWidget() is summary and window.practice_banner.isVisible()
    assert "Practice (no real accounts)" in summary.body.text()
    assert "forgotten when you close" in summary.intro.text() and not summary.open_console.isVisible()
    assert "example.com/" not in summary.body.text()  # no sign-up link for practice
    assert "例子.中国" in summary.body.text()
    assert "own DNS server" in summary.body.text() and "internet" not in summary.body.text()
    assert window.next_button.text() == "Fi&nish"  # the last step ends the practice (forgotten on close)


def test_practise_first_opens_practice_mode_as_its_own_app(qtbot, open_wizard, monkeypatch) -> None:
    started: list[tuple[str, list[str]]] = []
    monkeypatch.setattr("PySide6.QtCore.QProcess.startDetached",
                        lambda program, arguments: started.append((program, list(arguments))) or (True, 1))
    window = open_wizard("en")
    page = window.pages[Step.PROVIDER]
    assert page.practice_button.isVisible() and page.practice_button.text() == "&Practise first…"
    assert "no real accounts" in page.practice_note.text()
    qtbot.mouseClick(page.practice_button, Qt.MouseButton.LeftButton)
    assert started == [(sys.executable, ["-m", "mailwizard", "--practice"])]
    assert window.controller.state.provider_id is None  # the real set-up is untouched
