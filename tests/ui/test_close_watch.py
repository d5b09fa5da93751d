"""Closing the window while DNS records are on their way: asked once, in the user's language; offscreen there is
no system tray, so only the scheduled check is offered. Closed by the program (tests, self-test), it never asks."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from mailwizard.core.flow import Company, DomainPresence, Step, WizardState
from mailwizard.core.session.state import SESSION_KEY, SessionState
from mailwizard.core.store import Store
from mailwizard.core.watch.schedule import WatchSchedule
from mailwizard.ui import close_watch
from tests.ui.a11y import mnemonic_problems
from tests.ui.helpers import WAIT, translation

AT_DNS = WizardState(current=Step.DNS, provider_id="google", plan_id="business_starter",
                     company=Company("例子贸易", "李娜", "li.na@163.com", "example.com"), domain="example.com",
                     domain_presence=DomainPresence.EXISTS, dns_verified=True)
ENABLE = ["systemctl", "--user", "enable", "--now", "mailwizard-dns-watch.timer"]


class Recorder:
    def __init__(self) -> None:
        self.commands: list[list[str]] = []

    def __call__(self, argv: list[str]) -> int:
        self.commands.append(list(argv))
        return 0


@pytest.fixture
def pending_window(qtbot, open_wizard, state_dir: Path, tmp_path: Path):
    """A window at the DNS step whose records are not all there (the loopback zone has none of Google's)."""
    store = Store(state_dir)
    store.put(SESSION_KEY, SessionState(wizard=AT_DNS).to_json())
    store.close()

    def open_(lang: str = "en"):
        window = open_wizard(lang)
        runner = Recorder()
        window.controller.session.watch_schedule = WatchSchedule(
            state_dir, system="linux", home=tmp_path / "home", command=["/opt/MailWizard/mailwizard"], run=runner)
        qtbot.waitUntil(lambda: window.controller.dns_result is not None, timeout=WAIT)
        return window, runner

    return open_


@pytest.fixture
def answer_the_box():
    """``answer_the_box(do)``: whatever modal box comes up next in this test is handed to ``do`` (and recorded);
    none at all leaves the list empty. The watch ends with the test, so it never answers a later test's box."""
    active = [True]

    def answer(do) -> list[QMessageBox]:
        seen: list[QMessageBox] = []

        def look() -> None:
            if not active[0]:
                return
            box = QApplication.activeModalWidget()
            if isinstance(box, QMessageBox):
                seen.append(box)
                do(box)
            else:
                QTimer.singleShot(20, look)

        QTimer.singleShot(0, look)
        return seen

    yield answer
    active[0] = False


@pytest.mark.parametrize("lang", ["en", "zh_CN", "zh_TW"])
def test_quitting_with_records_on_their_way_offers_the_scheduled_check(qtbot, answer_the_box, pending_window,
                                                                       lang) -> None:
    window, runner = pending_window(lang)
    assert not close_watch.tray_available()  # offscreen: no system tray
    problems: list[str] = []

    def look_then_close(box) -> None:  # while it is shown: its buttons' Alt+letters, one each
        problems.extend(mnemonic_problems(box, lang))
        box.close_button.click()

    seen = answer_the_box(look_then_close)
    window.quit_action.trigger()
    assert len(seen) == 1
    box = seen[0]
    assert box.objectName() == "keep_watching_box" and box.tray_button is None
    assert problems == []
    assert box.text() == translation(lang, "KeepWatchingBox", "Some of your email records have not arrived "
                                                              "everywhere yet")
    assert box.schedule_box.text() == translation(
        lang, "KeepWatchingBox", "Check every few minutes after I close MailWizard (until the records arrive)")
    assert box.schedule_box.isChecked()  # without a tray it is the one thing offered
    assert not window.isVisible()
    assert ENABLE in runner.commands  # registered before the window let go (the writer is drained at close)
    service = (Path(window.controller.session.watch_schedule.unit_dir) / "mailwizard-dns-watch.service").read_text()
    assert "dns" in service and "watch" in service


def test_unticked_and_cancelled_nothing_is_registered(qtbot, answer_the_box, pending_window) -> None:
    window, runner = pending_window()
    seen = answer_the_box(lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    window.quit_action.trigger()
    assert len(seen) == 1 and window.isVisible() and runner.commands == []  # Cancel: the window stays

    def untick_and_close(box) -> None:
        box.schedule_box.setChecked(False)
        box.close_button.click()

    seen = answer_the_box(untick_and_close)
    window.quit_action.trigger()
    assert len(seen) == 1 and not window.isVisible() and runner.commands == []


def test_closed_by_the_program_or_with_nothing_pending_it_does_not_ask(qtbot, answer_the_box, pending_window,
                                                                       open_wizard,
                                                                       state_dir: Path) -> None:
    window, runner = pending_window()
    seen = answer_the_box(lambda box: box.reject())
    window.close()  # as the tests and the self-test close it
    qtbot.wait(100)
    assert seen == [] and not window.isVisible() and runner.commands == []

    store = Store(state_dir)
    store.clear()  # a first run: no records to wait for
    store.close()
    window = open_wizard("en")
    assert not window.controller.dns_watch_pending()
    window.quit_action.trigger()
    qtbot.wait(100)
    assert seen == [] and not window.isVisible()


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_with_a_tray_it_keeps_watching_there(qtbot, answer_the_box, pending_window, monkeypatch) -> None:
    monkeypatch.setattr(close_watch, "tray_available", lambda: True)
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(close_watch.QSystemTrayIcon, "show", lambda self: None)
    monkeypatch.setattr(close_watch.QSystemTrayIcon, "showMessage",
                        lambda self, title, body, *_: shown.append((title, body)))
    window, runner = pending_window()
    seen = answer_the_box(lambda box: box.tray_button.click())
    window.quit_action.trigger()
    box = seen[0]
    assert box.schedule_box.text().startswith("Also check every few minutes") and not box.schedule_box.isChecked()
    assert not window.isVisible() and window.tray_watch is not None and runner.commands == []
    assert window.controller.session.runner.is_running("dns-watch")  # the live check goes on

    from mailwizard.core.watch.outcome import ARRIVED, Outcome

    monkeypatch.setattr(window.controller.session.dns_watch, "news", lambda _result: Outcome(ARRIVED))
    window.controller.dnsChecked.emit(window.controller.dns_result)
    assert shown and shown[0][1].startswith("All the email records have arrived")
    window.tray_watch.open()
    assert window.isVisible()

    window.hide()
    ended: list[bool] = []
    QApplication.instance().lastWindowClosed.connect(lambda: ended.append(True))
    window.tray_watch.quit()  # the tray menu's Quit: a hidden window's close ends the app all the same
    assert ended == [True] and window.controller.session.closed
