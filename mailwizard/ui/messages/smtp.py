"""Message texts for sending the invitations through the company's mail server (SMTP)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> dict[str, str]:
    # Built on each call so the current language is used; lupdate reads the literals.
    return {
        "smtp.incomplete": QCoreApplication.translate(
            "Messages", "Fill in the mailbox the invitations are sent from (user name and from address) and its "
            "server first."
        ),
        "smtp.auth_failed": QCoreApplication.translate(
            "Messages",
            "The mail server refused the user name or password. Check them (some providers need an app "
            "password) and try again; nothing was sent.",
        ),
        "smtp.unreachable": QCoreApplication.translate(
            "Messages",
            "The mail server {host}:{port} could not be reached. Check the server name, port, network or "
            "firewall; nothing was sent.",
        ),
        "smtp.certificate": QCoreApplication.translate(
            "Messages",
            "The certificate of {host} could not be verified, so MailWizard did not send anything. Check "
            "the server name; a company proxy may need its certificate installed on this computer.",
        ),
        "smtp.no_password": QCoreApplication.translate(
            "Messages", "MailWizard needs the password of the sending account. Click Password… and type it."
        ),
        "smtp.no_starttls": QCoreApplication.translate(
            "Messages", "The mail server {host}:{port} answered but offers no encryption (STARTTLS) on this port, "
            "so the password cannot be sent safely. Check the port: most providers use 465 with SSL, or 587 with "
            "STARTTLS."
        ),
        "smtp.stopped_midway": QCoreApplication.translate(
            "Messages", "{sent} sent, then the mail server {host}:{port} stopped answering. Click Send to send the "
            "rest when it is back; no one gets theirs twice."
        ),
        "smtp.address_not_ascii": QCoreApplication.translate(
            "Messages", "the letters before the @ cannot be sent to; give this person another personal email"
        ),
        "smtp.bad_address": QCoreApplication.translate(
            "Messages", "the address does not exist or was refused; check the personal email"
        ),
        "smtp.relay_denied": QCoreApplication.translate(
            "Messages", "the server does not let this account send to that address (relay denied)"
        ),
        "smtp.rejected": QCoreApplication.translate("Messages", "the receiving server refused the message"),
        "smtp.temporary": QCoreApplication.translate(
            "Messages", "the receiving server was busy several times; try again later"
        ),
    }
