"""An unexpected error: logged (without secrets) and shown as a friendly dialog with "Copy details";
the wizard's state is saved as it goes, so the next start resumes where the user was."""

from __future__ import annotations

import logging
import sys
import traceback

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from mailwizard.core.logs import redact

log = logging.getLogger("mailwizard.crash")


def install(log_path: str) -> None:
    previous = sys.excepthook

    def hook(kind, value, tb) -> None:
        from mailwizard.core.logs import setup_logging

        details = redact("".join(traceback.format_exception(kind, value, tb)))
        setup_logging()  # the file is opened after the first frame; an error before that opens it here
        log.error("unexpected error\n%s", details)
        if QApplication.instance() is None or kind is KeyboardInterrupt:
            previous(kind, value, tb)
            return
        show(details, log_path)

    sys.excepthook = hook


def show(details: str, log_path: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, "MailWizard",
                      QCoreApplication.translate("Crash", "Something unexpected went wrong"))
    box.setObjectName("crash_box")
    box.setInformativeText(QCoreApplication.translate(
        "Crash", "Your work so far is saved. You can go on, or close MailWizard and start it again: it opens where "
        "you were. If it happens again, send the details to your IT support (they contain no passwords). "
        "Log file: {path}").format(path=log_path))
    box.setDetailedText(details)
    copy = box.addButton(QCoreApplication.translate("Crash", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Ok)
    copy.clicked.connect(lambda: QApplication.clipboard().setText(details))
    box.exec()
