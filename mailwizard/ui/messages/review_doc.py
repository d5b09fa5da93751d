"""Message texts for the review's mail records, its DMARC step and its report (core/review/mail_records.py,
core/session/review_report.py). The report's own pages take their texts from resources/review_report/<lang>.toml."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> dict[str, str]:
    # Built on each call so the current language is used; lupdate reads the literals.
    return {
        "reviewdoc.record_ok": QCoreApplication.translate("Messages", "As it should be."),
        "reviewdoc.record_on_its_way": QCoreApplication.translate(
            "Messages", "Just changed: on its way to the rest of the internet."),
        "reviewdoc.record_unread": QCoreApplication.translate(
            "Messages", "Could not be read (no answer from the DNS servers). Check again later."),
        "reviewdoc.record_unknown": QCoreApplication.translate(
            "Messages", "Not checked: MailWizard does not have the value {provider} gave for it."),
        "reviewdoc.mx_missing": QCoreApplication.translate(
            "Messages", "Gone: mail to the domain cannot be delivered. Add the MX records {provider} needs again: "
            "{expected}."),
        "reviewdoc.mx_changed": QCoreApplication.translate(
            "Messages", "Changed: mail may go elsewhere. Found {found}; {provider} needs {expected}."),
        "reviewdoc.spf_missing": QCoreApplication.translate(
            "Messages", "Gone: other mail servers may treat your mail as spam. Add {expected} to the domain's SPF "
            "record again."),
        "reviewdoc.spf_changed": QCoreApplication.translate(
            "Messages", "Changed: it no longer names {provider} ({expected}). Found: {found}."),
        "reviewdoc.spf_multiple": QCoreApplication.translate(
            "Messages", "There are {count} SPF records: receivers then ignore them all. Merge them into one."),
        "reviewdoc.spf_too_many_lookups": QCoreApplication.translate(
            "Messages", "The SPF record now needs {count} look-ups, more than the 10 receivers allow, so it fails "
            "everywhere. Remove services that no longer send mail for you."),
        "reviewdoc.dkim_missing": QCoreApplication.translate(
            "Messages", "Gone: mail is no longer signed. Add the DKIM record from {provider} again."),
        "reviewdoc.dkim_changed": QCoreApplication.translate(
            "Messages", "Changed: it no longer matches the key {provider} signs with, so signed mail fails. Copy "
            "the current value from {provider} again."),
        "reviewdoc.dmarc_missing": QCoreApplication.translate(
            "Messages", "There is none: anyone can send mail that pretends to come from the domain. See the next "
            "step below."),
        "reviewdoc.dmarc_invalid": QCoreApplication.translate(
            "Messages", "Written in a way mail servers cannot read ({part}), so it is ignored. See the next step "
            "below."),
        "reviewdoc.dmarc_multiple": QCoreApplication.translate(
            "Messages", "There are {count} DMARC records: receivers then ignore them all. Keep one."),
        "reviewdoc.cname_conflict": QCoreApplication.translate(
            "Messages", "Another record (an alias to {target}) hides it. Remove that alias."),
        "reviewdoc.dmarc_start": QCoreApplication.translate(
            "Messages", "There is no working DMARC record. Publish this one at {name}: it only watches (nothing is "
            "blocked) and sends daily reports to {rua}. After a few weeks of reports, the next review suggests the "
            "following step."),
        "reviewdoc.dmarc_quarantine": QCoreApplication.translate(
            "Messages", "Your DMARC record only watches (p=none): mail that pretends to come from your domain is "
            "still delivered. When the reports sent to {rua} have shown for a few weeks that every real sender "
            "passes — {provider}, and any newsletter, shop or billing service that sends as your domain — replace "
            "the record at {name} with the one shown. Receivers will then put failing mail in the spam folder. Do "
            "not take this step before the reports show no real sender failing: its mail would land in spam too."),
        "reviewdoc.records_failed": QCoreApplication.translate(
            "Messages", "MailWizard could not check the mail records. Check the internet connection and try again; "
            "nothing was changed."),
        "reviewdoc.no_domain": QCoreApplication.translate(
            "Messages", "There is no domain to check yet: finish the Domain step first."),
        "reviewdoc.report_failed": QCoreApplication.translate(
            "Messages", "The review report could not be saved there. Choose another folder (one you can write to, "
            "with free space) and try again."),
        "reviewdoc.folder_missing": QCoreApplication.translate(
            "Messages", "That folder is not there any more. Choose another folder and try again."),
        "reviewdoc.window_open": QCoreApplication.translate(
            "Messages", "MailWizard's window has this saved work open. Do the review there, or close the window and "
            "run the command again."),
    }
