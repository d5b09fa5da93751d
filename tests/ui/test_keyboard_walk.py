"""Practice mode from the Provider step to the Summary with the keyboard alone: Tab, Space, Enter, the arrows,
F2 and Alt+mnemonic — no mouse, and no method called to act. The records are copied from the DNS step with
its Copy value button and pasted at the practice DNS host; the people come from a spreadsheet, chosen in the
file dialog by typing its path."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QComboBox, QDialog, QFileDialog, QWidget
from shiboken6 import isValid

from mailwizard.core.flow import Step
from mailwizard.ui.status import Status
from tests.ui.test_practice import page_cells, practice  # noqa: F401 (a fixture)

MEMBERS_FILE = Path(__file__).resolve().parents[1] / "data" / "members" / "utf8_comma_en.csv"
Key, ALT, CTRL = Qt.Key, Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier


def focused() -> QWidget:
    """Where a key goes. With no window active (the offscreen platform has no window manager to give the
    activation back, e.g. after another test's window closed), the wizard's window is activated again, unless a
    dialog is open."""
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window" and w.isVisible())
    if QApplication.activeModalWidget() is None and QApplication.activeWindow() is not window:
        window.activateWindow()
        QTest.qWaitForWindowActive(window)
    return QApplication.focusWidget() or QApplication.activeWindow()


def press(key: Qt.Key, modifier: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier, times: int = 1) -> None:
    for _ in range(times):
        QTest.keyClick(focused(), key, modifier)


def alt(key: Qt.Key) -> None:
    """A mnemonic: the button flashes as pressed (animateClick), then acts."""
    press(key, ALT)
    QTest.qWait(150)


def type_text(text: str) -> None:
    QTest.keyClicks(focused(), text)


def tab_to(widget: QWidget, limit: int = 200) -> None:
    """Tab until ``widget`` has the focus (as a person would, watching where the focus ring goes)."""
    for _ in range(limit):
        if QApplication.focusWidget() is widget:
            return
        press(Key.Key_Tab)
    raise AssertionError(f"Tab never reached {widget.objectName() or type(widget).__name__}; at {focused()}")


def window_named(qtbot, name: str) -> QWidget:
    qtbot.waitUntil(lambda: any(w.objectName() == name and w.isVisible() for w in QApplication.topLevelWidgets()),
                    timeout=5000)
    found = next(w for w in QApplication.topLevelWidgets() if w.objectName() == name and w.isVisible())
    found.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is found, timeout=5000)
    return found


def when_modal(then, after: QWidget | None = None) -> None:
    """``then(dialog)`` once a modal dialog other than ``after`` is up."""

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog is after or not dialog.isVisible():
            QTimer.singleShot(30, poll)
        else:
            then(dialog)

    QTimer.singleShot(30, poll)


def closed(qtbot, dialog: QWidget | None) -> None:
    """Waits for ``dialog`` to close, then gives the activation back to the window below (what a window
    manager does; the offscreen platform has none)."""
    if dialog is not None:
        qtbot.waitUntil(lambda: not isValid(dialog) or not dialog.isVisible(), timeout=10000)
    window = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "main_window")
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)


def edit_cell(text: str, *, paste: bool = False) -> None:
    """The current cell of the focused table: F2, replace what is there, Enter."""
    press(Key.Key_F2)
    press(Key.Key_A, CTRL)
    if paste:
        press(Key.Key_V, CTRL)
    else:
        type_text(text)
    press(Key.Key_Return)
    QTest.qWait(20)  # the delegate commits from the event loop


def add_at_practice_host(qtbot, dns, row: int, rtype: str, host: str, priority: str) -> None:
    from mailwizard.ui.widgets.practice_dns_host import HOST, PRIORITY, TYPES, VALUE

    # copy the value from the DNS step: the records table, the arrows to the row, Tab to Copy value, Space
    tab_to(dns.records)
    press(Key.Key_Home, CTRL)
    press(Key.Key_Down, times=row)
    press(Key.Key_Tab)
    assert QApplication.focusWidget() is dns.records_panel.copy_name  # the copy buttons follow the table
    press(Key.Key_Tab)
    press(Key.Key_Space)
    QTest.qWait(20)
    assert QGuiApplication.clipboard().text() == dns.records.item(row, 3).text()

    tab_to(dns.open_console)
    press(Key.Key_Space)
    QTest.qWait(20)
    dialog = window_named(qtbot, "practice_dns_host")
    table = dialog.table
    tab_to(table)
    alt(Key.Key_A)  # Add record: a new row, its Host cell current
    new = table.rowCount() - 1
    assert (table.currentRow(), table.currentColumn()) == (new, HOST)
    edit_cell(host)
    kind: QComboBox = table.cellWidget(new, 1)
    tab_to(kind)
    press(Key.Key_Home)
    press(Key.Key_Down, times=TYPES.index(rtype))
    assert kind.currentText() == rtype
    tab_to(table)
    press(Key.Key_Home)
    press(Key.Key_Right, times=PRIORITY)
    if priority:
        edit_cell(priority)
    press(Key.Key_Right, times=VALUE - PRIORITY)
    edit_cell("", paste=True)
    assert [table.cellWidget(new, col).currentText() if table.cellWidget(new, col) else table.item(new, col).text()
            for col in range(5)] == [host, rtype, priority, dns.records.item(row, 3).text(), "600"]
    alt(Key.Key_S)  # Save
    closed(qtbot, dialog)


def delete_at_practice_host(qtbot, dns, rtype: str, value: str) -> None:
    from mailwizard.ui.widgets.practice_dns_host import TYPE, VALUE

    tab_to(dns.open_console)
    press(Key.Key_Space)
    QTest.qWait(20)
    dialog = window_named(qtbot, "practice_dns_host")
    table = dialog.table
    tab_to(table)
    row = next(r for r in range(table.rowCount()) if table.item(r, VALUE).text() == value
               and table.cellWidget(r, TYPE).currentText() == rtype)
    press(Key.Key_Home, CTRL)
    press(Key.Key_Down, times=row)
    alt(Key.Key_D)  # Delete
    assert all(table.item(r, VALUE).text() != value for r in range(table.rowCount()))
    alt(Key.Key_S)
    closed(qtbot, dialog)


# the file dialog's completer asks the offscreen platform to raise it and grab the keyboard, which it cannot
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing the keyboard)")
def test_practice_mode_by_keyboard_alone(qtbot, practice) -> None:  # noqa: F811
    window, sandbox = practice.window, practice.sandbox
    c = window.controller
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=5000)

    # 1. Provider: the practice plan is chosen already; Alt+N goes on
    assert window.next_button.isEnabled()
    alt(Key.Key_N)
    qtbot.waitUntil(lambda: c.state.current is Step.DOMAIN, timeout=3000)

    # 2. Company & domain: the sample company stays, the domain typed
    domain = window.pages[Step.DOMAIN]
    assert domain.company_name.text()  # practice's sample company: only the domain to type
    tab_to(domain.domain)
    type_text("example.com")
    press(Key.Key_Tab)
    qtbot.waitUntil(lambda: domain.presence.status is Status.DONE, timeout=5000)
    alt(Key.Key_N)
    qtbot.waitUntil(lambda: c.state.current is Step.DNS, timeout=3000)

    # 3. DNS: connect (the practice ID and secret are known: at once), then the records at the practice host
    dns = window.pages[Step.DNS]
    tab_to(dns.connect_box.connect_button)
    press(Key.Key_Space)
    qtbot.waitUntil(lambda: dns.connect_box.status.status is Status.DONE, timeout=10000)
    qtbot.waitUntil(lambda: dns._result is not None, timeout=5000)
    qtbot.waitUntil(lambda: any(r[5] == "Delete" for r in page_cells(dns)), timeout=5000)
    for row, (_label, rtype, host, value, priority, todo) in enumerate(page_cells(dns)):
        if todo == "Delete":
            delete_at_practice_host(qtbot, dns, rtype, value)
        elif not value.startswith("Filled in"):
            add_at_practice_host(qtbot, dns, row, rtype, host, priority)
    qtbot.waitUntil(lambda: c.dns_result is not None and c.dns_result.verified, timeout=8000)
    qtbot.wait(1000)  # the slowest practice resolver is 0.9 s behind
    alt(Key.Key_K)  # Check now
    qtbot.waitUntil(lambda: c.state.dns_all_ok and c.state.provider_verified, timeout=10000)
    qtbot.waitUntil(window.next_button.isEnabled, timeout=5000)
    alt(Key.Key_N)
    qtbot.waitUntil(lambda: c.state.current is Step.MEMBERS, timeout=3000)

    # 4. Members: Import from spreadsheet (its path typed in the file dialog), Enter in the preview, Create
    members = window.pages[Step.MEMBERS]
    answered: list[str] = []

    def answer(dialog: QDialog) -> None:  # both run their own event loop (exec): answered from a timer
        dialog.activateWindow()
        qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog, timeout=5000)
        answered.append(dialog.objectName() or type(dialog).__name__)
        if isinstance(dialog, QFileDialog):
            type_text(str(MEMBERS_FILE))
        press(Key.Key_Return)
        if len(answered) < 2:
            when_modal(answer, dialog)

    when_modal(answer)
    alt(Key.Key_I)
    qtbot.waitUntil(lambda: len(answered) == 2 and len(members.model.members) == 3, timeout=10000)
    assert answered == ["QFileDialog", "import_dialog"]
    closed(qtbot, None)
    qtbot.waitUntil(members.create_button.isEnabled, timeout=5000)
    alt(Key.Key_C)
    qtbot.waitUntil(lambda: c.state.members_done, timeout=30000)
    assert len([u for u in sandbox.api.users.values() if not u.get("_seeded")]) == 3  # not the review's seeded
    qtbot.waitUntil(window.next_button.isEnabled, timeout=5000)
    alt(Key.Key_N)
    qtbot.waitUntil(lambda: c.state.current is Step.INVITATIONS, timeout=3000)

    # 5. Invitations: Alt+S sends them
    invitations = window.pages[Step.INVITATIONS]
    invitations.runner.pace = 0.05  # the test's pace, not an action
    qtbot.waitUntil(invitations.send_button.isEnabled, timeout=5000)
    alt(Key.Key_S)
    qtbot.waitUntil(c.can_go_next, timeout=20000)
    assert sandbox.smtp.messages
    alt(Key.Key_N)

    # 6. The Summary, reached without a click
    qtbot.waitUntil(lambda: c.state.current is Step.SUMMARY, timeout=3000)
    assert window.stack.currentWidget() is window.pages[Step.SUMMARY]
