"""Message texts for the account review (core/session/review.py's MESSAGE_KEYS)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> dict[str, str]:
    # Built on each call so the current language is used; lupdate reads the literals.
    return {
        "review.failed": QCoreApplication.translate(
            "Messages", "MailWizard could not read the accounts. Check the internet connection and click Check "
            "again; nothing was changed."),
        "review.not_available": QCoreApplication.translate(
            "Messages", "{provider} does not let other programs read its accounts, so MailWizard cannot review "
            "them. Review them in {provider}'s admin console."),
    }
