"""Offscreen screenshots of who has signed in (issue 18) in practice mode on a 1366×768 laptop, in English,
简体中文 and 繁體中文: the Invitations step after sending, the reminder confirm, the reminders' result and the
Summary: python tools/screenshots_activation.py [OUT_DIR]."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from _offscreen import application, languages, laptop_size, out_dir, wait, wait_until
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the practice walk the accessibility test takes

from mailwizard.core.flow import Step
from mailwizard.practice import PracticeSession
from tests.ui import a11y_walk
from tests.ui.a11y_walk import walk_practice

_in_dialog = a11y_walk.in_dialog


def in_dialog(until, visit, where, name, open_, close) -> None:
    """The walk's dialogs, but not "Change the ID…": its saved ID is read from the keychain, which this tool
    has none of (the accessibility test covers it)."""
    if where != "connect":
        _in_dialog(until, visit, where, name, open_, close)


a11y_walk.in_dialog = in_dialog


def until(predicate, seconds: float) -> bool:
    app, end = QApplication.instance(), time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > end:
            return False
        app.processEvents()
        time.sleep(0.01)
    return True


def shoot(out: Path, lang: str) -> None:
    session = PracticeSession(lang)
    window = session.window
    laptop_size(window)
    window.show()

    def visit(where: str, root) -> None:
        if where == "invitations, who has signed in":
            wait(0.3)
            window.grab().save(str(out / f"activation-invitations-{lang}.png"))
        elif where == "remind":
            wait(0.3)
            root.grab().save(str(out / f"activation-remind-{lang}.png"))

    walk_practice(session, visit, until)
    summary = window.pages[Step.SUMMARY]
    panel = summary.activation
    wait_until(lambda: panel.report is not None and not panel.busy, "the report on the Summary")
    wait(0.3)
    window.grab().save(str(out / f"activation-summary-{lang}.png"))
    if panel.remind_button.isVisible():
        def confirm() -> None:
            dialog = next(w for w in QApplication.topLevelWidgets() if w.objectName() == "remind_dialog"
                          and w.isVisible())
            dialog.send.click()

        QTimer.singleShot(200, confirm)
        panel.remind_button.click()
        wait_until(lambda: panel.result.isVisible(), "the reminders' result")
        wait(0.5)
        window.grab().save(str(out / f"activation-reminded-{lang}.png"))
    session.close()


def main() -> None:
    out = out_dir()
    application()
    for lang in languages():
        shoot(out, lang)
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
