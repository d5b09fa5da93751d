"""Message texts of the DNS watch's notifications (the headless `mailwizard dns watch` and the tray)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> dict[str, str]:
    return {
        "watch.arrived_title": QCoreApplication.translate("Messages", "MailWizard: the records for {domain} arrived"),
        "watch.arrived": QCoreApplication.translate(
            "Messages", "All the email records have arrived — you can go on with the set-up in MailWizard."),
        "watch.wrong_title": QCoreApplication.translate("Messages", "MailWizard: check the DNS of {domain}"),
        "watch.wrong": QCoreApplication.translate(
            "Messages", "Something changed in your DNS: {reasons} Open MailWizard to see the records to change."),
    }

