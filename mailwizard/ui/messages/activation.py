"""Message texts for who has signed in and the reminders (core/session/activation.py)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> dict[str, str]:
    # Built on each call so the current language is used; lupdate reads the literals.
    return {
        "activation.failed": QCoreApplication.translate(
            "Messages", "MailWizard could not read who has signed in. Check the internet connection and click Check "
            "again; nothing was changed."),
        "activation.not_reported": QCoreApplication.translate(
            "Messages", "{provider} does not tell other programs who has signed in, so MailWizard cannot show it. "
            "You can still send a reminder to everyone, or look in {provider}'s console."),
        "activation.no_personal_address": QCoreApplication.translate(
            "Messages", "This person has no personal email address in the list, so no reminder could be sent. Add "
            "one on the Members step, or tell them in person."),
        "activation.uncertain": QCoreApplication.translate(
            "Messages", "The mail server did not confirm this reminder: it may have arrived. MailWizard does not "
            "send it again by itself; ask the person, or click Remind again to send a new one."),
        "activation.password_uncertain": QCoreApplication.translate(
            "Messages", "{provider} did not answer whether the new temporary password was set, so no reminder was "
            "sent to this person. Click Remind again to set a new one and send it."),
    }
