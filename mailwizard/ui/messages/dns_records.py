"""Message texts for the DNS check: each record, each row of the table, and the records to add."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> dict[str, str]:
    # Built on each call so the current language is used; lupdate reads the literals.
    return {
        "dns.ok": QCoreApplication.translate("Messages", "Correct."),
        "dns.ok_alternative": QCoreApplication.translate(
            "Messages", "Correct (an older set of values the provider still accepts)."
        ),
        "dns.ok_existing_kept": QCoreApplication.translate("Messages", "Your existing record is kept; it is fine."),
        "dns.waiting_for_value": QCoreApplication.translate(
            "Messages", "Waiting for the value from your provider ({value}). Paste it below or connect the provider."
        ),
        "dns.timeout": QCoreApplication.translate("Messages", "This server did not answer in time. We will ask again."),
        "dns.servfail": QCoreApplication.translate(
            "Messages", "This server could not look the record up (SERVFAIL). It is often temporary; we will ask again."
        ),
        "dns.refused": QCoreApplication.translate("Messages", "This server refused to answer. We will ask again."),
        "dns.error": QCoreApplication.translate("Messages", "This server could not be asked. Check the network."),
        "dns.missing": QCoreApplication.translate(
            "Messages", "Not there yet. Add this {type} record at your DNS host, written as in “Records to add”."),
        "dns.wrong_value": QCoreApplication.translate(
            "Messages", "The value is different: found “{found}”. Change it to the value shown above."
        ),
        "dns.cname_conflict": QCoreApplication.translate(
            "Messages",
            "{name} is an alias (CNAME) for {target}, so no other record can live there. "
            "Delete that CNAME record, then add this one.",
        ),
        "dns.doubled_name": QCoreApplication.translate(
            "Messages",
            "The record was created at {found}: your DNS host added the domain a second time. "
            "Edit it and type only the part before your domain in the name field.",
        ),
        "dns.target_appended": QCoreApplication.translate(
            "Messages",
            "The target became {found}: your DNS host added your domain to it. Type it with a dot "
            "at the end ({expected}.) or as your DNS host's guide says.",
        ),
        "dns.mx_old_first": QCoreApplication.translate(
            "Messages",
            "Your old email service ({old}) still comes first, so mail keeps going there. Delete its MX records.",
        ),
        "dns.mx_old_only": QCoreApplication.translate(
            "Messages",
            "Mail still goes to the old email service ({old}). Add the new MX records and delete the old ones, as "
            "“Records to add” says.",
        ),
        "dns.mx_old_present": QCoreApplication.translate(
            "Messages",
            "The old email service's MX records ({old}) are still there. Delete them so all mail "
            "reaches the new mailboxes.",
        ),
        "dns.mx_priority_swapped": QCoreApplication.translate(
            "Messages", "The MX priorities are in the wrong order. Use the priority numbers shown above."
        ),
        "dns.txt_quotes": QCoreApplication.translate(
            "Messages", "The value has quotation marks around it. Remove the quotes: paste only the text."
        ),
        "dns.txt_spaces": QCoreApplication.translate(
            "Messages", "The value has spaces at the start or end. Remove them."
        ),
        "dns.spf_missing": QCoreApplication.translate(
            "Messages", "There is no SPF record yet. Add the TXT record shown above."
        ),
        "dns.spf_multiple": QCoreApplication.translate(
            "Messages",
            "There are {count} SPF records; only one is allowed, so receivers ignore all of them. "
            "Keep the one shown above and delete the others.",
        ),
        "dns.spf_missing_include": QCoreApplication.translate(
            "Messages", "The SPF record has no “{include}” in it yet. Replace it with the value shown above."
        ),
        "dns.dmarc_invalid": QCoreApplication.translate(
            "Messages", "The DMARC record “{found}” has a mistake at “{part}”, so mail servers ignore it. Replace "
            "it with {expected}."
        ),
        "dns.dmarc_multiple": QCoreApplication.translate(
            "Messages", "There are {count} DMARC records; only one is allowed. Delete all but one."
        ),
        "dns.propagating": QCoreApplication.translate(
            "Messages",
            "Your DNS host has it right; this public DNS server still remembers the old answer for {duration}.",
        ),
        "row.ok": QCoreApplication.translate("Messages", "Correct everywhere."),
        "row.ok_some_unreachable": QCoreApplication.translate(
            "Messages", "Correct at your DNS host; some public DNS servers could not be asked."
        ),
        "row.waiting": QCoreApplication.translate(
            "Messages", "Needs a value from your provider ({value}) before it can be added."
        ),
        "row.unreachable": QCoreApplication.translate(
            "Messages", "Your DNS host's servers could not be reached. Check the network; we will try again."
        ),
        "row.unreachable_once": QCoreApplication.translate(
            "Messages", "Your DNS host's servers could not be reached. Check the network and run the check again."
        ),
        "dns.timeout_once": QCoreApplication.translate("Messages", "This server did not answer in time."),
        "dns.servfail_once": QCoreApplication.translate(
            "Messages", "This server could not look the record up (SERVFAIL). It is often temporary: run the check "
            "again in a few minutes."
        ),
        "dns.refused_once": QCoreApplication.translate("Messages", "This server refused to answer."),
        "dns.nobody_answered": QCoreApplication.translate(
            "Messages", "No DNS server answered ({servers}): this computer seems to be offline, or those servers "
            "are out of its reach. Check the network connection and run the check again."
        ),
        "row.propagating": QCoreApplication.translate(
            "Messages", "Added correctly. Some public DNS servers still show the old answer, for up to {duration}."
        ),
        "plan.cname_conflict": QCoreApplication.translate(
            "Messages",
            "{name} is an alias (CNAME) for {target}. Mail records cannot live next to it: delete the CNAME first.",
        ),
        "plan.dmarc_keep": QCoreApplication.translate(
            "Messages", "You already have a DMARC record (“{value}”). It is kept as it is."
        ),
        "plan.spf_multiple": QCoreApplication.translate(
            "Messages", "Your domain has {count} SPF records. Replace them with the one record shown here."
        ),
        "plan.spf_too_many_lookups": QCoreApplication.translate(
            "Messages",
            "The SPF record needs {count} DNS lookups; the limit is {limit}, and over it mail may be "
            "rejected. Remove services you no longer use, for example: {remove}.",
        ),
        "plan.mx_remove_old": QCoreApplication.translate(
            "Messages",
            "Delete the old MX records ({old}) once the new ones are added. Mail sent in the "
            "meantime may still arrive at the old service for a few hours.",
        ),
    }
