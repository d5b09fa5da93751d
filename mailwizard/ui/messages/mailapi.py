"""Message texts for sending the invitations from the signed-in admin's mailbox through the provider's mail API."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> dict[str, str]:
    # Built on each call so the current language is used; lupdate reads the literals.
    return {
        "mailapi.permission": QCoreApplication.translate(
            "Messages",
            "Your sign-in does not let MailWizard send mail from {address} yet ({needed}). On the DNS records "
            "step click Disconnect, then Connect and accept sending mail; or send by SMTP instead. No one gets theirs "
            "twice.",
        ),
        "mailapi.delegation": QCoreApplication.translate(
            "Messages",
            "The service account may not send mail as {address}. In the Google Admin console, under Domain-wide "
            "delegation, add https://www.googleapis.com/auth/gmail.send to its scopes, or send by SMTP instead.",
        ),
        "mailapi.no_mailbox": QCoreApplication.translate(
            "Messages",
            "{address} has no mailbox at {provider} to send from (it may have no mail licence). Give it one in the "
            "admin console, or send by SMTP from another mailbox.",
        ),
        "mailapi.sending_limit": QCoreApplication.translate(
            "Messages",
            "{address} has reached {provider}'s daily sending limit. Sending can go on in about a day: click Send "
            "then, and no one gets theirs twice.",
        ),
        "mailapi.busy": QCoreApplication.translate(
            "Messages",
            "{provider} asked MailWizard to slow down several times. Wait a few minutes and click Send: no one gets "
            "theirs twice.",
        ),
        "mailapi.stopped_midway": QCoreApplication.translate(
            "Messages",
            "{sent} sent, then {provider} stopped answering. Click Send to send the rest when it is back; no one "
            "gets theirs twice.",
        ),
        "mailapi.rejected": QCoreApplication.translate(
            "Messages", "the provider refused this message; check the personal email"
        ),
    }
