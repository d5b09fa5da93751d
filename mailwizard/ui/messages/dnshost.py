"""Message texts for "Set up the records for me": what went wrong at the DNS host's API and what to do
(``dnshost.<problem>``), and why each change is made (``dnshost.reason.*``)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> dict[str, str]:
    # Built on each call so the current language is used; lupdate reads the literals.
    return {
        "dnshost.bad_credential": QCoreApplication.translate(
            "Messages", "Your DNS host did not accept this key: it may be mistyped, expired or deleted. Copy it again "
            "from the host's console (or make a new one as the guide shows) and paste it here. Nothing was changed."),
        "dnshost.permission": QCoreApplication.translate(
            "Messages", "This key may not change your domain's DNS records (it may only read them, or it is for "
            "another domain). Give it permission to edit DNS for this domain as the guide shows, then try again. "
            "Nothing was changed."),
        "dnshost.zone_not_found": QCoreApplication.translate(
            "Messages", "The account this key belongs to does not hold your domain. Check that the domain is in this "
            "account at your DNS host, or use a key from the account that holds it. Nothing was changed."),
        "dnshost.record_exists": QCoreApplication.translate(
            "Messages", "Your DNS host says this record is there already in another form. Click Preview again to see "
            "the zone as it is now."),
        "dnshost.rate_limited": QCoreApplication.translate(
            "Messages", "Your DNS host asked MailWizard to slow down. Wait a minute, then click Apply again: what is "
            "done already is not done twice."),
        "dnshost.account_refused": QCoreApplication.translate(
            "Messages", "Your DNS host does not offer its API to this account (GoDaddy, for example, only opens it "
            "to larger accounts). Add the records by hand with the table below instead. Nothing was changed."),
        "dnshost.invalid_record": QCoreApplication.translate(
            "Messages", "Your DNS host refused one of the records. The records applied so far stay; click Undo to "
            "put everything back, or add the rest by hand with the table below."),
        "dnshost.unreachable": QCoreApplication.translate(
            "Messages", "Your DNS host's API could not be reached. Check the internet connection and try again. "
            "Nothing was changed by this attempt."),
        "dnshost.uncertain": QCoreApplication.translate(
            "Messages", "Your DNS host did not answer whether a change was made. Click Apply again: MailWizard reads "
            "the zone first and finishes only what is missing, never twice."),
        "dnshost.service": QCoreApplication.translate(
            "Messages", "Your DNS host had a problem of its own. Wait a few minutes and click Apply again: what is "
            "done already is not done twice."),
        "dnshost.zone_changed": QCoreApplication.translate(
            "Messages", "The records at your DNS host changed since the preview, so nothing more was applied. Look "
            "at the new preview and confirm again."),
        "dnshost.store": QCoreApplication.translate(
            "Messages", "MailWizard could not save its backup on this computer, so it changed nothing more. Free some "
            "disk space and click Apply again."),
        "dnshost.no_credential": QCoreApplication.translate(
            "Messages", "MailWizard needs your DNS host's API key first. Follow the guide to make one and paste it."),
        "dnshost.no_api": QCoreApplication.translate(
            "Messages", "MailWizard cannot change records at this DNS host for you. Add them by hand with the table "
            "below."),
        "dnshost.nothing_previewed": QCoreApplication.translate(
            "Messages", "Click Preview first: nothing is changed before you have seen and confirmed the changes."),
        "dnshost.nothing_applied": QCoreApplication.translate(
            "Messages", "There is nothing to undo: MailWizard has not changed this domain's records."),
        "dnshost.value_missing": QCoreApplication.translate(
            "Messages", "The {type} record for {name} is left out: its value has not come from your email provider "
            "yet. Connect the provider or paste the value, then preview again."),
        # why each change is made
        "dnshost.reason.add_mx": QCoreApplication.translate(
            "Messages", "Delivers your email to your new provider."),
        "dnshost.reason.add_spf": QCoreApplication.translate(
            "Messages", "Lets your new provider send mail for your domain (SPF)."),
        "dnshost.reason.add_verification": QCoreApplication.translate(
            "Messages", "Proves to your provider that the domain is yours."),
        "dnshost.reason.add_dkim": QCoreApplication.translate(
            "Messages", "Signs your outgoing mail so receivers can trust it (DKIM)."),
        "dnshost.reason.add_dmarc": QCoreApplication.translate(
            "Messages", "Tells receivers what to do with mail that fails the checks (DMARC)."),
        "dnshost.reason.add_record": QCoreApplication.translate(
            "Messages", "A record your provider needs."),
        "dnshost.reason.merge_spf": QCoreApplication.translate(
            "Messages", "Your SPF record gets your new provider added; everyone it allowed before is still allowed. "
            "A domain may have only one SPF record."),
        "dnshost.reason.replace_dmarc": QCoreApplication.translate(
            "Messages", "Your DMARC record cannot be read by mail servers, so it is replaced with one that can."),
        "dnshost.reason.remove_old_mx": QCoreApplication.translate(
            "Messages", "Removed: it sends your email to the old service ({host}). It goes only after the new MX "
            "records are in place."),
        "dnshost.reason.remove_extra_spf": QCoreApplication.translate(
            "Messages", "Removed: a second SPF record makes every SPF check fail. What it allowed is kept in the "
            "merged record."),
        "dnshost.reason.remove_cname": QCoreApplication.translate(
            "Messages", "Removed: a CNAME record at {name} (pointing to {target}) leaves no room for the mail record "
            "that must live there."),
    }
