"""Message texts for moving the old mail in (core/session/migration.py's MESSAGE_KEYS; core/migration/imap.py's
errors): why a member's copy stopped and what to do. What was copied stays copied and is never sent twice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> dict[str, str]:
    # Built on each call so the current language is used; lupdate reads the literals.
    return {
        "migration.source_bad_password": QCoreApplication.translate(
            "Messages", "The old mail server did not accept this sign-in. Check the old login and password; many "
            "services (QQ Mail, 163, Gmail…) need an app password (授权码) made in their settings, not the "
            "password you sign in with on the web."),
        # Exchange Online turned Basic (password) authentication off for IMAP:
        # https://learn.microsoft.com/en-us/exchange/clients-and-mobile-in-exchange-online/deprecation-of-basic-authentication-exchange-online
        # Google accounts sign in to IMAP with an app password (or OAuth): https://support.google.com/accounts/answer/185833
        "migration.target_bad_password": QCoreApplication.translate(
            "Messages", "The new mailbox did not accept this sign-in. Check the new address and its password, and "
            "that IMAP is turned on for it in the provider's console. Microsoft 365 no longer accepts a password "
            "here, and Google Workspace only an app password: with them, use the provider's own migration "
            "(MailWizard prepares its file)."),
        "migration.source_no_tls": QCoreApplication.translate(
            "Messages", "The old mail server offers no encrypted connection, so the password was not sent. Ask "
            "for its IMAP server with SSL/TLS (usually port 993)."),
        "migration.target_no_tls": QCoreApplication.translate(
            "Messages", "The new mail server offers no encrypted connection, so the password was not sent."),
        "migration.source_untrusted": QCoreApplication.translate(
            "Messages", "The old mail server's certificate could not be trusted, so nothing was sent. Check the "
            "server name; a company's own server may need a proper certificate."),
        "migration.target_untrusted": QCoreApplication.translate(
            "Messages", "The new mail server's certificate could not be trusted, so nothing was sent. Check the "
            "computer's date and time."),
        "migration.source_unreachable": QCoreApplication.translate(
            "Messages", "The old mail server could not be reached. Check the server name and port and the internet "
            "connection, then try again."),
        "migration.target_unreachable": QCoreApplication.translate(
            "Messages", "The new mail server could not be reached. Check the internet connection, then try again."),
        "migration.connection_lost": QCoreApplication.translate(
            "Messages", "The connection to a mail server was lost several times in a row. What was copied stays; "
            "try again later and the copy carries on where it stopped."),
        "migration.target_full": QCoreApplication.translate(
            "Messages", "The new mailbox is full, so the rest could not be copied. Nothing was lost: the old "
            "mailbox is unchanged. Give this person more storage in the provider's console, then copy again."),
        "migration.server_error": QCoreApplication.translate(
            "Messages", "A mail server refused part of the copy. What was copied stays; the details are in the "
            "log. Try again later."),
        "migration.no_password": QCoreApplication.translate(
            "Messages", "A password for this person's old or new mailbox is missing. Type it again and start the "
            "copy."),
        "migration.no_target_server": QCoreApplication.translate(
            "Messages", "MailWizard does not know the new provider's IMAP server, so it cannot copy the mail itself. "
            "Use the provider's own migration tool."),
        "migration.some_refused": QCoreApplication.translate(
            "Messages", "The new server refused a few messages (usually because they are too big for it); "
            "everything else was copied. Those messages are still in the old mailbox; Start tries only them "
            "again."),
        # Gmail over IMAP with the service account's token per member: scope https://mail.google.com/ in its
        # domain-wide delegation (developers.google.com/gmail/imap/xoauth2-protocol; support.google.com/a/answer/162106)
        "migration.target_needs_delegation": QCoreApplication.translate(
            "Messages", "Google did not let MailWizard open this person's new mailbox. MailWizard copies into Google "
            "Workspace with the organisation's service account: connect with it, and in the Admin console go to "
            "Security > Access and data control > API controls > Domain-wide delegation, and add the scope "
            "https://mail.google.com/ to its client ID. IMAP must also be on for this person (Apps > Google "
            "Workspace > Gmail > End user access)."),
        # Exchange Online: the admin's token opens another mailbox when the admin has Full Access to it
        # (learn.microsoft.com/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-
        # application-by-using-oauth, shared mailboxes; learn.microsoft.com/exchange/recipients-in-exchange-online/
        # manage-permissions-for-recipients)
        "migration.target_no_full_access": QCoreApplication.translate(
            "Messages", "You cannot open this person's new mailbox yet. In the Exchange admin center go to "
            "Recipients > Mailboxes, choose the person, then Delegation > Read and manage (Full Access) > Edit, and "
            "add yourself. It can take up to an hour to work; then start the copy again."),
        "migration.target_signin_again": QCoreApplication.translate(
            "Messages", "{provider} did not accept MailWizard's sign-in to the new mailboxes. Disconnect and sign in "
            "to {provider} again on the Provider step (MailWizard now also asks to open mailboxes over IMAP), then "
            "start the copy again."),
        "migration.target_not_connected": QCoreApplication.translate(
            "Messages", "MailWizard copies into {provider} through your sign-in: connect to {provider} on the "
            "Provider step first, then start the copy."),
        "migration.failed": QCoreApplication.translate(
            "Messages", "The copy stopped unexpectedly. What was copied stays; start it again to carry on."),
    }
