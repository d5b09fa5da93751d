"""Message texts any step can show: a field left empty, a failed save, saved work that cannot be opened, a failed
task."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> dict[str, str]:
    # Built on each call so the current language is used; lupdate reads the literals.
    return {
        "required": QCoreApplication.translate("Messages", "Please fill this in."),
        "save.failed": QCoreApplication.translate(
            "Messages", "Your changes could not be saved: {reason}. Check that the disk is not full."
        ),
        # a save that failed while the window is open (core/store.py's Problem); the state stays in memory
        "save.disk_full": QCoreApplication.translate(
            "Messages", "Your latest changes could not be saved: the disk is full. Free some space on it; "
            "MailWizard keeps your changes in this window and saves them with the next one."
        ),
        "save.no_permission": QCoreApplication.translate(
            "Messages", "Your latest changes could not be saved: MailWizard is not allowed to write in {path}. "
            "Check that folder's permissions; your changes are kept in this window until then."
        ),
        "save.in_use": QCoreApplication.translate(
            "Messages", "Your latest changes could not be saved: another program is using MailWizard's saved work "
            "in {path}. Close it (perhaps another MailWizard); your changes are kept in this window until then."
        ),
        "save.io_error": QCoreApplication.translate(
            "Messages", "Your latest changes could not be saved: the disk could not be written ({reason}). "
            "Check that it is still connected; your changes are kept in this window until then."
        ),
        # the saved work cannot be opened at start-up; the file is left as it is
        "store.disk_full": QCoreApplication.translate(
            "Messages", "The disk with your saved work is full, so MailWizard cannot open it. Free some space on "
            "that disk and start MailWizard again. Your saved work is kept as it was, in {path}."
        ),
        "store.no_permission": QCoreApplication.translate(
            "Messages", "MailWizard is not allowed to write in the folder with your saved work, {path}: it is "
            "read-only, or it belongs to another user. Check that folder's permissions, or start MailWizard with "
            "--state-dir and a folder you can write to. Nothing in it has been changed."
        ),
        "store.in_use": QCoreApplication.translate(
            "Messages", "Another program is using your saved work in {path} (perhaps MailWizard on another "
            "computer, or as another user). Close it and start MailWizard again. Nothing in it has been changed."
        ),
        "store.io_error": QCoreApplication.translate(
            "Messages", "MailWizard could not read or write its saved work in {path} ({reason}): the disk may be "
            "failing or disconnected. Check it and start MailWizard again. The file has been left where it is."
        ),
        "task.failed": QCoreApplication.translate(
            "Messages", "Something went wrong ({reason}). Your work is kept; please try again."
        ),
    }
