"""Dialogs shared by the start-up code and the window."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from mailwizard.core.store import SetAside


def set_aside_text(set_aside: SetAside) -> tuple[str, str]:
    if set_aside.reason.value == "newer_version":  # (the store's SetAsideReason)
        title = QCoreApplication.translate("Dialogs", "Your saved work is from a newer MailWizard")
        body = QCoreApplication.translate(
            "Dialogs",
            "It was saved by a newer version of MailWizard, which this version cannot read. "
            "It has been kept, unchanged, at:\n{path}\n\nInstall the newer version to continue that work, "
            "or start again here.",
        )
    elif set_aside.reason.value == "empty":
        title = QCoreApplication.translate("Dialogs", "Your saved work could not be read")
        body = QCoreApplication.translate(
            "Dialogs",
            "The file with your saved work is empty: the computer may have stopped, or the disk may have been "
            "full, while it was being written. MailWizard starts from the beginning. The empty file has been "
            "kept at:\n{path}",
        )
    elif set_aside.reason.value in ("incomplete", "unreadable"):
        title = QCoreApplication.translate("Dialogs", "Your saved work could not be read")
        body = QCoreApplication.translate(
            "Dialogs",
            "The file with your saved work is incomplete, or part of it cannot be read, so MailWizard starts "
            "from the beginning. The file has been kept, unchanged, at:\n{path}\n\nIf you need what was in "
            "it, send that file to your IT support.",
        )
    else:
        title = QCoreApplication.translate("Dialogs", "Your saved work could not be read")
        body = QCoreApplication.translate(
            "Dialogs",
            "The file with your saved work is damaged, so MailWizard starts from the "
            "beginning. The damaged file has been kept at:\n{path}\n\nIf you need what was in it, "
            "send that file to your IT support.",
        )
    return title, body.format(path=str(set_aside.moved_to))


def show_set_aside(parent: QWidget, set_aside: SetAside) -> None:
    from PySide6.QtWidgets import QMessageBox  # loaded with the first dialog, not before the first frame

    title, body = set_aside_text(set_aside)
    box = QMessageBox(QMessageBox.Icon.Warning, title, title, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("set_aside_box")
    box.setInformativeText(body)
    box.open()  # not exec(): the event loop is not running yet at start-up


def show_catalogue_error(detail: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Critical, "MailWizard",
                      QCoreApplication.translate("Dialogs", "MailWizard's provider information is damaged"),
                      QMessageBox.StandardButton.Close)
    box.setInformativeText(QCoreApplication.translate(
        "Dialogs", "MailWizard cannot start without it. Please reinstall MailWizard; your saved work is kept."))
    box.setDetailedText(detail)
    box.exec()


def show_problem(parent: QWidget, text: str) -> None:
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(QMessageBox.Icon.Warning, "MailWizard", text, QMessageBox.StandardButton.Ok, parent)
    box.setObjectName("problem_box")
    box.exec()


def ask_about_unsaved(parent: QWidget, problem: str) -> str:
    """Closing while the latest changes could not be saved: "retry", "close" (without them) or "stay"."""
    from PySide6.QtWidgets import QMessageBox

    title = QCoreApplication.translate("Dialogs", "Your latest changes are not saved")
    box = QMessageBox(QMessageBox.Icon.Warning, title, title, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName("unsaved_box")
    box.setInformativeText(problem + "\n\n" + QCoreApplication.translate(
        "Dialogs", "Fix that, then choose Try again. If you close now, the changes since the last save are lost."))
    retry = box.addButton(QCoreApplication.translate("Dialogs", "Try again"), QMessageBox.ButtonRole.AcceptRole)
    close = box.addButton(QCoreApplication.translate("Dialogs", "Close without saving"),
                          QMessageBox.ButtonRole.DestructiveRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(retry)
    box.exec()
    clicked = box.clickedButton()
    return "retry" if clicked is retry else "close" if clicked is close else "stay"
