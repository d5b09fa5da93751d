"""Message texts for getting ready to move the old mail in (core/session/migration_prep.py's message_keys()): the
old-server check's outcomes, the provider's migration file and its console steps (with the old server's {host},
{port}, {security}), and the MX cut-over advice."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> dict[str, str]:
    # Built on each call so the current language is used; lupdate reads the literals.
    return {
        # the old server's check
        "migprep.check.bad_password": QCoreApplication.translate(
            "Messages", "The old server refused this login and password. Check both (the login is often the whole "
            "email address)."),
        "migprep.check.app_password": QCoreApplication.translate(
            "Messages", "The old server refused the password. This service wants an app password (授权码, "
            "authorization code) from its settings instead of the normal password: see the note under the "
            "service."),
        "migprep.check.oauth_only": QCoreApplication.translate(
            "Messages", "This service no longer accepts a password from other programs, so MailWizard cannot "
            "sign in to it. Let the new provider import the mail, or move it with a mail program."),
        "migprep.check.tls_refused": QCoreApplication.translate(
            "Messages", "The old server offers no encrypted connection here, so MailWizard did not send the "
            "password. Check the port and security setting (993 with SSL is the usual one)."),
        "migprep.check.tls_untrusted": QCoreApplication.translate(
            "Messages", "The old server's certificate is not trusted (or is for another name), so MailWizard did "
            "not send the password. Check the server's address; its administrator may need to renew the "
            "certificate."),
        "migprep.check.unreachable": QCoreApplication.translate(
            "Messages", "Nothing answered at this address and port. Check the server's address and port, and that "
            "this computer can reach the internet."),
        "migprep.check.imap_disabled": QCoreApplication.translate(
            "Messages", "The login worked, but the old service does not let mail programs in: turn on IMAP in its "
            "settings (and allow this kind of sign-in), then check again."),
        "migprep.check.unavailable": QCoreApplication.translate(
            "Messages", "The old server is busy or not available just now. Try again in a few minutes."),
        "migprep.check.not_imap": QCoreApplication.translate(
            "Messages", "Something answered, but not a mail (IMAP) server. Check the port and security setting."),
        "migprep.check.no_server": QCoreApplication.translate(
            "Messages", "Enter the old server's address and port."),
        "migprep.check.no_login": QCoreApplication.translate(
            "Messages", "Enter a login and password for the old mailbox."),
        # the provider's migration file
        "migprep.file.unknown_kind": QCoreApplication.translate(
            "Messages", "This provider takes no migration file from MailWizard."),
        "migprep.file.empty": QCoreApplication.translate(
            "Messages", "There is nobody to put in the file: add the members' old logins first."),
        "migprep.file.incomplete": QCoreApplication.translate(
            "Messages", "{address}: the new address, the old login and the old password are all needed."),
        "migprep.file.bad_character": QCoreApplication.translate(
            "Messages", "{address}: the old login or password contains a line break, which the file cannot hold."),
        "migprep.file.google_unquotable": QCoreApplication.translate(
            "Messages", "{address}: Google's file takes no commas or quotation marks, and the old login must be a "
            "whole email address. Change that password on the old service, or let MailWizard copy this mailbox."),
        "migprep.file.duplicate": QCoreApplication.translate(
            "Messages", "{address} is in the list twice."),
        "migprep.file.too_many": QCoreApplication.translate(
            "Messages", "Microsoft 365 takes at most 50,000 mailboxes in one file: split the list."),
        "migprep.file.too_big": QCoreApplication.translate(
            "Messages", "Microsoft 365 takes files of at most 10 MB: split the list."),
        "migprep.file.no_provider_file": QCoreApplication.translate(
            "Messages", "This provider runs no migration of its own: MailWizard copies the mail itself."),
        "migprep.file.not_written": QCoreApplication.translate(
            "Messages", "The file could not be saved in {path}. Choose another folder."),
        "migprep.file.not_removed": QCoreApplication.translate(
            "Messages", "The file {path} could not be removed. Delete it yourself: it holds the old passwords."),
        # the console's steps
        "migprep.steps.ms.mailboxes": QCoreApplication.translate(
            "Messages", "Make sure every member's Microsoft 365 mailbox exists: an IMAP migration copies into "
            "existing mailboxes only."),
        "migprep.steps.ms.open": QCoreApplication.translate(
            "Messages", "Open the Exchange admin center (admin.exchange.microsoft.com) and sign in as an "
            "administrator."),
        "migprep.steps.ms.batch": QCoreApplication.translate(
            "Messages", "Go to Migration → Add migration batch. Name the batch, choose “Migration to Exchange "
            "Online”, then the migration type “IMAP migration”."),
        "migprep.steps.ms.endpoint": QCoreApplication.translate(
            "Messages", "Create a migration endpoint for the old server: IMAP server {host}, port {port}, "
            "encryption {security}."),
        "migprep.steps.ms.upload": QCoreApplication.translate(
            "Messages", "Upload the CSV file MailWizard saved (EmailAddress, UserName, Password)."),
        "migprep.steps.ms.start": QCoreApplication.translate(
            "Messages", "Start the batch and follow its progress on the Migration page."),
        "migprep.steps.google.open": QCoreApplication.translate(
            "Messages", "Open the Google Admin console (admin.google.com) as a super administrator and go to "
            "Menu → Data → Data import & export → Data migration."),
        "migprep.steps.google.source": QCoreApplication.translate(
            "Messages", "For IMAP, click “Migrate”, enter the IMAP server {host} (port {port}, {security}) and "
            "click “Test connection”."),
        "migprep.steps.google.upload": QCoreApplication.translate(
            "Messages", "Choose “Bulk upload with CSV”, then “Attach file”, and pick the file MailWizard saved."),
        "migprep.steps.google.start": QCoreApplication.translate(
            "Messages", "Choose “Upload and start migration” and follow its progress on the Data migration page."),
        "migprep.steps.remove": QCoreApplication.translate(
            "Messages", "Once the console has taken the file, remove it here: it holds the old passwords."),
        # the MX cut-over
        "migprep.cutover.lower_ttl": QCoreApplication.translate(
            "Messages", "At least {hours} hours before the switch, lower the TTL of the MX records from {ttl} to "
            "{low} seconds at your DNS host, so that the world forgets the old servers quickly."),
        "migprep.cutover.lower_ttl_unknown": QCoreApplication.translate(
            "Messages", "The domain's MX records could not be read. A day before the switch, lower their TTL to "
            "{low} seconds at your DNS host."),
        "migprep.cutover.copy_first": QCoreApplication.translate(
            "Messages", "Copy the old mail in before the switch: the bulk of it, while everyone still uses the old "
            "mailboxes."),
        "migprep.cutover.switch": QCoreApplication.translate(
            "Messages", "Switch: change the MX records to the new provider's. Within about {ttl} seconds, new mail "
            "arrives in the new mailboxes."),
        "migprep.cutover.keep_old": QCoreApplication.translate(
            "Messages", "Keep the old mailboxes open for {days} more days: mail from servers that still remember "
            "the old records, or that retry later, lands there."),
        "migprep.cutover.final_copy": QCoreApplication.translate(
            "Messages", "Then copy once more: only what arrived in the old mailboxes since is added, nothing twice. "
            "After that the old service can be closed."),
        "migprep.cutover.restore_ttl": QCoreApplication.translate(
            "Messages", "When all is well, set the MX records' TTL back to {ttl} seconds."),
        "migprep.cutover.no_domain": QCoreApplication.translate(
            "Messages", "Enter the company's domain first."),
        "migprep.cutover.failed": QCoreApplication.translate(
            "Messages", "The domain's MX records could not be read just now. Try again in a moment."),
    }
