"""Closing the window: everything saved first, or the user's choice to close without what could not be saved (a
full disk…); and, while DNS records are still on their way: asked once whether to keep watching — in the
system tray while MailWizard runs (the live check goes on; a tray message when everything has arrived or something
is wrong; Open / Quit in its menu), and, with the box ticked, every few minutes after MailWizard is closed (the
scheduled check, core/watch/schedule.py, through the session). Where there is no system tray only the scheduled
check is offered. Not asked when nothing is pending, nor when the window is closed by the program (the tests, the
self-test, Finish): only the user's own close (the window's close button, File > Quit)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QApplication, QCheckBox, QMenu, QMessageBox, QSystemTrayIcon

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent

    from mailwizard.ui.shell import MainWindow

TRAY, CLOSE, CANCEL = "tray", "close", "cancel"


def tray_available() -> bool:
    return QSystemTrayIcon.isSystemTrayAvailable()


class KeepWatchingBox(QMessageBox):
    """The question. ``tray``: the system tray can hold MailWizard; ``can_schedule``: a scheduled check can be
    registered (``scheduled``: one is already)."""

    def __init__(self, parent, *, tray: bool, can_schedule: bool, scheduled: bool) -> None:
        super().__init__(QMessageBox.Icon.Question, "MailWizard", "", QMessageBox.StandardButton.Cancel, parent)
        self.setObjectName("keep_watching_box")
        self.setText(self.tr("Some of your email records have not arrived everywhere yet"))
        if tray:
            info = self.tr("They can take up to 48 hours to reach everyone after they are added at your DNS host. "
                           "MailWizard can keep watching from the system tray and tell you when they have all "
                           "arrived, or if something goes wrong.")
        else:
            info = self.tr("They can take up to 48 hours to reach everyone after they are added at your DNS host. "
                           "MailWizard can check them every few minutes after you close it and tell you when they "
                           "have all arrived, or if something goes wrong.")
        self.setInformativeText(info)
        self.schedule_box: QCheckBox | None = None
        if can_schedule:
            self.schedule_box = QCheckBox(
                self.tr("Also check every few minutes after I close MailWizard (until the records arrive)") if tray
                else self.tr("Check every few minutes after I close MailWizard (until the records arrive)"),
                objectName="keep_watching_schedule")
            self.schedule_box.setChecked(scheduled or not tray)  # without a tray it is the one thing offered
            self.setCheckBox(self.schedule_box)
        self.tray_button = None
        if tray:
            self.tray_button = self.addButton(self.tr("&Keep watching in the tray"), QMessageBox.ButtonRole.AcceptRole)
            self.tray_button.setObjectName("keep_watching_tray")
        self.close_button = self.addButton(self.tr("C&lose"), QMessageBox.ButtonRole.DestructiveRole
                                           if tray else QMessageBox.ButtonRole.AcceptRole)
        self.close_button.setObjectName("keep_watching_close")
        self.setDefaultButton(self.tray_button or self.close_button)
        self.setEscapeButton(QMessageBox.StandardButton.Cancel)

    def choice(self) -> tuple[str, bool]:
        clicked = self.clickedButton()
        schedule = self.schedule_box is not None and self.schedule_box.isChecked()
        if self.tray_button is not None and clicked is self.tray_button:
            return TRAY, schedule
        if clicked is self.close_button:
            return CLOSE, schedule
        return CANCEL, False


def saved_or_let_go(window: MainWindow) -> bool:
    """Everything is on disk, or the user chose to close without what could not be saved (a full disk…)."""
    from mailwizard.ui.dialogs import ask_about_unsaved
    from mailwizard.ui.messages import message

    controller = window.controller
    if controller.session.closed:
        return True
    while True:
        controller.flush()
        problem = controller.save_problem()
        if problem is None:
            return True
        choice = ask_about_unsaved(window, message(*problem))
        if choice != "retry":
            return choice == "close"


def close_by_user(window: MainWindow) -> None:
    """File > Quit: the user's own close, as the window's close button."""
    window.closing_by_user = True
    try:
        window.close()
    finally:
        window.closing_by_user = False


def may_close(window: MainWindow, event: QCloseEvent) -> bool:
    """Ask, when the user closes the window with records on their way. False: the window stays open (Cancel) or
    waits in the tray."""
    controller = window.controller
    by_user = event.spontaneous() or getattr(window, "closing_by_user", False)
    if not by_user or getattr(window, "tray_watch", None) is not None or not controller.dns_watch_pending():
        return True
    tray = tray_available()
    can_schedule = controller.can_schedule_dns_watch()
    if not tray and not can_schedule:
        return True
    box = KeepWatchingBox(window, tray=tray, can_schedule=can_schedule, scheduled=controller.dns_watch_scheduled())
    box.exec()
    kind, schedule = box.choice()
    if kind == CANCEL:
        return False
    controller.keep_watching_dns(schedule)
    if kind == TRAY:
        window.tray_watch = TrayWatch(window)
        window.hide()
        return False
    return True


class TrayWatch(QObject):
    """MailWizard in the system tray while the window is hidden: the live check goes on and tells what is news."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        controller = window.controller
        self.icon = QSystemTrayIcon(window.windowIcon(), self)
        self.icon.setToolTip(self.tr("MailWizard is watching your email records"))
        self.menu = QMenu()
        self.menu.addAction(self.tr("Open MailWizard"), self.open)
        self.menu.addAction(self.tr("Quit"), self.quit)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(lambda reason: self.open()
                                    if reason == QSystemTrayIcon.ActivationReason.Trigger else None)
        controller.dnsChecked.connect(self.checked)
        controller.start_dns_watch()
        self.icon.show()

    def checked(self, result) -> None:
        outcome = self.window.controller.dns_watch_news(result)
        if outcome is None:
            return
        from mailwizard.ui.watch_text import notification

        title, body = notification(outcome, result.domain)
        self.icon.showMessage(title, body, QSystemTrayIcon.MessageIcon.Information)

    def open(self) -> None:
        from mailwizard.ui.single_window import bring_forward

        bring_forward(self.window)

    def quit(self) -> None:
        window = self.window
        window.closing_by_user = False
        window.close()
        if window.controller.session.closed:  # closed: a hidden window's close ends nothing by itself
            self.icon.hide()
            app = QApplication.instance()
            if app is not None:
                app.lastWindowClosed.emit()
