"""One window per state folder, the window's part: the first window listens on a local socket named after its
folder (core/folder_lock.folder_key) and comes forward when a later start knocks; the later start says that
MailWizard is already open and ends. The OS lock (core/folder_lock.py) decides who is first; the socket only
carries the knock, so a socket file left by a crash is simply replaced by the next first window.

Also the start-up messages for saved work that cannot be opened (core/store.StoreError).
"""

from __future__ import annotations

import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from mailwizard.core.folder_lock import folder_key
from mailwizard.core.store import StoreError

log = logging.getLogger("mailwizard.single_window")

KNOCK_ANSWER = b"forward\n"


def listen_for_later_starts(folder: Path, window: QWidget):
    """Bring ``window`` forward whenever MailWizard is started again on ``folder``; returns the server."""
    from PySide6.QtNetwork import QLocalServer

    name = folder_key(folder)
    server = QLocalServer(window)
    server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
    QLocalServer.removeServer(name)  # left by a window that crashed: this process holds the folder's lock now
    if not server.listen(name):
        log.warning("cannot listen for later starts: %s", server.errorString())
        return None

    def knocked() -> None:
        while server.hasPendingConnections():
            socket = server.nextPendingConnection()
            bring_forward(window)
            socket.write(KNOCK_ANSWER)
            socket.disconnectFromServer()  # after what was written has gone
            socket.disconnected.connect(socket.deleteLater)
            log.info("MailWizard was started again on this state folder: this window came forward")

    server.newConnection.connect(knocked)
    log.info("listening for later starts on this state folder")
    return server


def bring_forward(window: QWidget) -> None:
    if window.isMinimized():
        window.showNormal()
    window.show()
    window.raise_()
    window.activateWindow()


def ask_first_to_come_forward(folder: Path, wait: float = 5.0) -> bool:
    """Knock on the first window's door; True once it says it came forward. It may still be starting (it holds
    the lock before it listens), so the knock is tried again for a few seconds."""
    from PySide6.QtNetwork import QLocalSocket

    name = folder_key(folder)
    deadline = time.monotonic() + wait
    socket = QLocalSocket()
    while True:
        socket.connectToServer(name)
        if socket.waitForConnected(500):
            break
        if time.monotonic() > deadline:  # on another computer, as another user, or hung
            return False
        time.sleep(0.2)
    answer = b""
    while KNOCK_ANSWER not in answer and socket.waitForReadyRead(max(1, int((deadline - time.monotonic()) * 1000))):
        answer += bytes(socket.readAll().data())
    socket.abort()
    return KNOCK_ANSWER in answer


def show_already_open(folder: Path, came_forward: bool) -> None:
    if came_forward:
        text = QCoreApplication.translate(
            "SingleWindow", "MailWizard is already open with this saved work ({path}), and its window has been "
            "brought forward. Please go on there: two windows on the same work would overwrite each other's "
            "changes.")
    else:
        text = QCoreApplication.translate(
            "SingleWindow", "MailWizard is already open with this saved work ({path}), perhaps as another user "
            "or on another computer. Please go on there, or close it first: two windows on the same work would "
            "overwrite each other's changes.")
    _tell(QCoreApplication.translate("SingleWindow", "MailWizard is already open"), text.format(path=folder),
          critical=False)


def show_store_problem(problem: StoreError) -> None:
    from mailwizard.ui.messages import message

    _tell(QCoreApplication.translate("SingleWindow", "MailWizard cannot open your saved work"),
          message(problem.key, problem.params()), critical=True)


def _tell(title: str, text: str, *, critical: bool) -> None:
    """A message before any window: on the terminal (if started from one) and in a dialog."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox

    print(f"{title}: {text}", file=sys.stderr, flush=True)
    icon = QMessageBox.Icon.Critical if critical else QMessageBox.Icon.Information
    box = QMessageBox(icon, "MailWizard", title, QMessageBox.StandardButton.Ok)
    box.setObjectName("start_problem_box")
    box.setInformativeText(text)
    if os.environ.get("MAILWIZARD_EXIT_WHEN_SHOWN"):  # unattended (the benchmark, the tests): no one to click
        QTimer.singleShot(0, box.accept)
    box.exec()
