"""Message texts for the account review (core/session/review.py's MESSAGE_KEYS): each flag's reason and what to do
about it (with ReviewFlag.params, and the window's own: provider, staff_file, used, quota in words), and why the
review could not read or change something."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> dict[str, str]:
    # Built on each call so the current language is used; lupdate reads the literals.
    return {
        # why each account is listed
        "review.flag.departed": QCoreApplication.translate(
            "Messages", "This person is not in the staff spreadsheet you gave ({staff_file}). If they have left, "
            "they can still sign in and read company mail."),
        "review.flag.outside_forwarding": QCoreApplication.translate(
            "Messages", "Every message to this account is also sent on to {to}, outside the company. Company mail "
            "can leak this way."),
        "review.flag.extra_admin": QCoreApplication.translate(
            "Messages", "This account can manage the company's email ({role}): it can change other people's "
            "accounts and settings. The fewer administrators, the safer."),
        "review.flag.never_signed_in": QCoreApplication.translate(
            "Messages", "The account was made {days} days ago and nobody has signed in to it yet."),
        "review.flag.password_unchanged": QCoreApplication.translate(
            "Messages", "This person has signed in but still uses the temporary password, which was written down "
            "or sent by email."),
        "review.flag.mailbox_full": QCoreApplication.translate(
            "Messages", "The mailbox is {share} full ({used} of {quota}). When it is full, new mail no longer "
            "arrives."),
        "review.flag.suspended": QCoreApplication.translate(
            "Messages", "Nobody can sign in to this account. It may still count as a paid account at {provider}."),
        "review.flag.inactive": QCoreApplication.translate(
            "Messages", "Nobody has signed in to this account for {days} days."),
        # what to do about it
        "review.todo.departed": QCoreApplication.translate(
            "Messages", "If they have left, suspend the account: nobody can sign in, and the mail is kept."),
        "review.todo.departed_suspended": QCoreApplication.translate(
            "Messages", "The account is suspended already: nobody can sign in, and the mail is kept. If the person "
            "has left for good, delete the account in {provider}'s admin console to stop paying for it."),
        "review.todo.outside_forwarding": QCoreApplication.translate(
            "Messages", "Unless you know why it is there, remove the forwarding."),
        "review.todo.extra_admin": QCoreApplication.translate(
            "Messages", "If this person does not look after the company's email, remove the administrator role. "
            "They keep their mailbox."),
        "review.todo.never_signed_in": QCoreApplication.translate(
            "Messages", "Ask the person, or send a reminder from the Summary. If nobody needs the account, delete "
            "it in {provider}'s admin console."),
        "review.todo.password_unchanged": QCoreApplication.translate(
            "Messages", "Ask the person to choose their own password now."),
        "review.todo.mailbox_full": QCoreApplication.translate(
            "Messages", "Ask the person to delete old mail, or give the mailbox more space in {provider}'s admin "
            "console."),
        "review.todo.suspended": QCoreApplication.translate(
            "Messages", "If the person has left for good, delete the account in {provider}'s admin console to "
            "stop paying for it."),
        "review.todo.inactive": QCoreApplication.translate(
            "Messages", "Ask whether the account is still needed; if not, suspend it."),
        # what could not be done
        "review.failed": QCoreApplication.translate(
            "Messages", "MailWizard could not read the accounts. Check the internet connection and click Check "
            "again; nothing was changed."),
        "review.unavailable": QCoreApplication.translate(
            "Messages", "MailWizard is not signed in to {provider} just now, so it cannot read the accounts. Sign "
            "in again on step 3 (DNS records), then click Check again."),
        "review.not_allowed": QCoreApplication.translate(
            "Messages", "{provider} does not let MailWizard do this with the sign-in it has. Do it in {provider}'s "
            "admin console instead; nothing was changed."),
        "review.lockout": QCoreApplication.translate(
            "Messages", "This is the account MailWizard is signed in with: changing it could lock you out. If it "
            "must change, ask another administrator to do it in the admin console."),
        "review.not_undoable": QCoreApplication.translate(
            "Messages", "MailWizard cannot undo this: the answer to the change was lost, so it does not know "
            "exactly what to put back. If it must be undone, do it in {provider}'s admin console."),
        "review.staff_no_people": QCoreApplication.translate(
            "Messages", "No names or email addresses were found in this spreadsheet. Choose the file that lists "
            "your staff, with a column of names or of email addresses."),
    }
