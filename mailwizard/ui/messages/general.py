"""Message texts any step can show: a field left empty, a failed save, a failed task."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> dict[str, str]:
    # Built on each call so the current language is used; lupdate reads the literals.
    return {
        "required": QCoreApplication.translate("Messages", "Please fill this in."),
        "save.failed": QCoreApplication.translate(
            "Messages", "Your changes could not be saved: {reason}. Check that the disk is not full."
        ),
        "task.failed": QCoreApplication.translate(
            "Messages", "Something went wrong ({reason}). Your work is kept; please try again."
        ),
    }
