"""Message texts for signatures and leave auto-replies (core/session/signatures.py's MESSAGE_KEYS), with the
window's own parameters where a text names one (folder, provider)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> dict[str, str]:
    # Built on each call so the current language is used; lupdate reads the literals.
    return {
        "signature.not_connected": QCoreApplication.translate(
            "Messages", "MailWizard is not signed in to the provider, so it cannot set signatures for you. Save "
            "the files instead: each member gets their signature with steps for their mail program."),
        "signature.no_api": QCoreApplication.translate(
            "Messages", "This provider offers no way for MailWizard to set signatures or auto-replies. Save the "
            "files instead: each member gets their signature with steps for their mail program."),
        "signature.needs_delegation": QCoreApplication.translate(
            "Messages", "Google lets an app change other people's Gmail settings only through a service account "
            "with domain-wide delegation. You signed in with the browser: connect with a service account, or "
            "save the files instead."),
        "signature.no_signature_api": QCoreApplication.translate(
            "Messages", "Microsoft 365 has no way for an app to set Outlook signatures. Save the files instead: "
            "each member gets their signature with steps for their mail program."),
        "signature.own_mailbox_only": QCoreApplication.translate(
            "Messages", "With your own sign-in, Microsoft lets MailWizard set the auto-reply of your own mailbox "
            "only. Members set theirs with the steps in the files, or an Exchange administrator sets it in the "
            "Exchange admin center."),
        "signature.bad_date": QCoreApplication.translate(
            "Messages", "One of the auto-reply's dates is not a date. Choose the first and last day again."),
        "signature.end_before_start": QCoreApplication.translate(
            "Messages", "The auto-reply ends before it starts. Choose a last day after the first day."),
        "signature.not_applied": QCoreApplication.translate(
            "Messages", "The provider's answer was lost, and reading the mailbox shows it was not changed. Click "
            "Install again: it is sent once more for this member only."),
        "signature.no_members": QCoreApplication.translate(
            "Messages", "There is nobody to make a signature for yet. Add members (with their addresses) first."),
        "signature.files_failed": QCoreApplication.translate(
            "Messages", "The files could not be saved in {folder}. Check that the folder exists, that you may "
            "write there and that the disk is not full, then try again."),
        "signature.failed": QCoreApplication.translate(
            "Messages", "Something went wrong while setting the signatures. Nothing else was changed; try again."),
        "signature.logo_too_big": QCoreApplication.translate(
            "Messages", "The logo file is too big to put in every email (at most 48 KB). Use a smaller picture, "
            "or the address of the logo on the company's website."),
        "signature.logo_unreadable": QCoreApplication.translate(
            "Messages", "The logo could not be read. Choose a PNG, JPEG or GIF picture."),
    }
