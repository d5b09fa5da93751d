"""Texts for the message keys that core returns. Each says what is wrong, why, what to do."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication


def _texts() -> dict[str, str]:
    # Built on each call so the current language is used; lupdate reads the literals.
    return {
        "domain.ok": QCoreApplication.translate("Messages", "We will use {domain}."),
        "domain.normalized": QCoreApplication.translate("Messages", "We will use {domain}."),
        "domain.empty": QCoreApplication.translate(
            "Messages",
            "Type your company's domain, the part after @ in your email addresses, for example yourcompany.com.",
        ),
        "domain.url": QCoreApplication.translate(
            "Messages", "This is a web address. Type only the domain, without https://, www. or slashes."
        ),
        "domain.email": QCoreApplication.translate("Messages", "This is an email address. Type only the part after @."),
        "domain.path": QCoreApplication.translate(
            "Messages", "Remove the part after the slash (/). Type only the domain."
        ),
        "domain.port": QCoreApplication.translate(
            "Messages", "Remove the colon (:) and the number after it. Type only the domain."
        ),
        "domain.space": QCoreApplication.translate(
            "Messages", "A domain cannot contain spaces. Check for a space typed by mistake."
        ),
        "domain.ip_address": QCoreApplication.translate(
            "Messages",
            "This is an IP address, not a domain. Email addresses need a domain name such as yourcompany.com.",
        ),
        "domain.leading_dot": QCoreApplication.translate(
            "Messages", "A domain cannot start with a dot. Remove the first dot."
        ),
        "domain.empty_label": QCoreApplication.translate(
            "Messages", "There are two dots in a row. Remove one of them."
        ),
        "domain.invalid_character": QCoreApplication.translate(
            "Messages", "“{char}” cannot be used in a domain. Use letters, digits and hyphens (-) only."
        ),
        "domain.label_hyphen_edge": QCoreApplication.translate(
            "Messages", "“{label}” starts or ends with a hyphen, which domains do not allow. Remove that hyphen."
        ),
        "domain.label_hyphen34": QCoreApplication.translate(
            "Messages",
            "“{label}” has two hyphens in the third and fourth place, which domains do not allow. Check the spelling.",
        ),
        "domain.mixed_scripts": QCoreApplication.translate(
            "Messages",
            "“{label}” mixes alphabets: its “{char}” is a Cyrillic or Greek letter that only looks like a Latin "
            "one, so this is a different domain from the one you mean. Type the domain again on your keyboard "
            "instead of pasting it.",
        ),
        "domain.bad_punycode": QCoreApplication.translate(
            "Messages",
            "“{label}” starts with xn-- but is not a valid encoded name. Type the "
            "domain in its normal letters instead.",
        ),
        "domain.label_too_long": QCoreApplication.translate(
            "Messages",
            "The part “{label}” is too long: each part between dots can have "
            "at most {max} characters. Check the spelling.",
        ),
        "domain.too_long": QCoreApplication.translate(
            "Messages", "This domain is {length} characters long; the limit is {max}. Check what was pasted."
        ),
        "domain.idna_rule": QCoreApplication.translate(
            "Messages",
            "“{label}” mixes characters that cannot stand together in a domain. "
            "Check the spelling, or type the domain as your registrar shows it.",
        ),
        "domain.bare_tld": QCoreApplication.translate(
            "Messages", "“{suffix}” is only the ending. Type your whole domain, for example yourcompany.{suffix}."
        ),
        "domain.no_tld": QCoreApplication.translate(
            "Messages", "“{name}” has no ending. Add it, for example {name}.com or {name}.cn."
        ),
        "domain.reserved_tld": QCoreApplication.translate(
            "Messages",
            "Domains ending in .{tld} only work inside a local network, so they "
            "cannot receive email. Type the domain you registered.",
        ),
        "domain.numeric_tld": QCoreApplication.translate(
            "Messages", "A domain cannot end in a number (.{tld}). Check the ending."
        ),
        "domain.unknown_tld": QCoreApplication.translate(
            "Messages", "The ending .{tld} does not exist. Check the spelling, for example .com, .cn or .com.tw."
        ),
        "domain.public_suffix": QCoreApplication.translate(
            "Messages",
            "“{suffix}” is an ending shared by many companies. Type your whole "
            "domain, for example yourcompany.{suffix}.",
        ),
        "domain.www": QCoreApplication.translate("Messages", "Leave out “www.”: email addresses use {domain}."),
        "domain.subdomain": QCoreApplication.translate(
            "Messages", "{typed} is part of {domain}. Email is usually set up for the whole domain, so type {domain}."
        ),
        "email.ok": "",
        "email.empty": QCoreApplication.translate("Messages", "Type an email address."),
        "email.no_at": QCoreApplication.translate(
            "Messages", "An email address needs an @, for example name@yourcompany.com."
        ),
        "email.many_at": QCoreApplication.translate(
            "Messages", "An email address has only one @. Check what was pasted."
        ),
        "email.bad_local": QCoreApplication.translate(
            "Messages",
            "The part before @ (“{local}”) is not valid. Use letters, digits, dots, "
            "hyphens or underscores, with no dot at the start or end.",
        ),
        "email.local_too_long": QCoreApplication.translate(
            "Messages", "The part before @ is too long: at most {max} characters."
        ),
        "email.bad_domain": QCoreApplication.translate(
            "Messages", "The part after @ (“{domain}”) is not a valid domain."
        ),
        "required": QCoreApplication.translate("Messages", "Please fill this in."),
        "presence.checking": QCoreApplication.translate("Messages", "Checking that {domain} exists on the internet…"),
        "presence.exists_at_host": QCoreApplication.translate(
            "Messages", "{domain} is registered. Its DNS settings are managed at {host}: on step 3 you add a few "
            "records there."
        ),
        "presence.exists": QCoreApplication.translate(
            "Messages", "{domain} is registered. Its DNS is hosted at {nameservers}."
        ),
        "presence.not_registered": QCoreApplication.translate(
            "Messages",
            "{domain} does not exist on the internet yet. A domain must be "
            "registered before it can receive email. Register it at a "
            "registrar, then check again.",
        ),
        "presence.no_nameservers": QCoreApplication.translate(
            "Messages",
            "{domain} is registered but has no DNS servers yet, so it "
            "cannot receive email. Ask your registrar to set its DNS "
            "servers; you can continue meanwhile.",
        ),
        "presence.unreachable": QCoreApplication.translate(
            "Messages",
            "We could not reach the internet to check {domain}. Check the "
            "network, proxy or firewall. You can continue and we will check "
            "again later.",
        ),
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
        # the plan recommended for the company's needs (core/plans.recommend); ".one" for one person
        "recommend.api": QCoreApplication.translate(
            "Messages", "We suggest {plan}: it holds your {n} people for {cost} a month, and MailWizard can create "
            "the accounts for you."
        ),
        "recommend.api.one": QCoreApplication.translate(
            "Messages", "We suggest {plan}: one mailbox for {cost} a month, and MailWizard can create the account "
            "for you."
        ),
        "recommend.manual": QCoreApplication.translate(
            "Messages", "We suggest {plan}: it holds your {n} people for {cost} a month. You will create the "
            "accounts in its console, and we guide you."
        ),
        "recommend.manual.one": QCoreApplication.translate(
            "Messages", "We suggest {plan}: one mailbox for {cost} a month. You will create the account in its "
            "console, and we guide you."
        ),
        "recommend.over_budget": QCoreApplication.translate(
            "Messages", "No plan fits your budget. The cheapest plan for {n} people is {plan} at {cost} a month."
        ),
        "recommend.over_budget.one": QCoreApplication.translate(
            "Messages", "No plan fits your budget. The cheapest plan for one person is {plan} at {cost} a month."
        ),
        "recommend.none_fits": QCoreApplication.translate(
            "Messages", "No plan with a confirmed price can hold {n} people. Check the providers' own pages for "
            "larger plans."
        ),
        "provider.error": QCoreApplication.translate(
            "Messages", "The provider answered with an error. Try again later."
        ),
        "provider.not_connected": QCoreApplication.translate(
            "Messages", "Not connected yet. Click Connect and sign in."
        ),
        "provider.sign_in_failed": QCoreApplication.translate(
            "Messages", "Signing in did not work ({reason}). Check the app registration and try again."
        ),
        "provider.sign_in_cancelled": QCoreApplication.translate(
            "Messages", "Signing in was cancelled in the browser. Click Connect to try again."
        ),
        "provider.auth_expired": QCoreApplication.translate(
            "Messages", "Your sign-in has expired or was withdrawn. Click Connect and sign in again."
        ),
        "provider.permission_denied": QCoreApplication.translate(
            "Messages",
            "The account you signed in with is not allowed to do this. Sign in with an administrator "
            "account (Google: super administrator; Microsoft 365: Global Administrator, or Domain Name and User "
            "Administrator — and Privileged Role Administrator to make members user administrators, Groups "
            "Administrator to add them to a team group), and accept every permission MailWizard asks for. If you "
            "connected before this version, sign in again: it now also asks for permission to give administrator "
            "roles and to add members to groups.",
        ),
        "provider.rate_limited": QCoreApplication.translate(
            "Messages",
            "The provider asks us to slow down. MailWizard waited and tried again, but it is still busy; "
            "try again in a few minutes.",
        ),
        "provider.unavailable": QCoreApplication.translate(
            "Messages", "The provider's service is not answering right now. Try again in a few minutes."
        ),
        "provider.unreachable": QCoreApplication.translate(
            "Messages", "We could not reach {host}. Check the network, proxy or firewall."
        ),
        "provider.ambiguous": QCoreApplication.translate(
            "Messages",
            "The connection dropped before the provider answered, so we cannot tell whether it was done. "
            "Run it again: MailWizard checks first and never creates anything twice.",
        ),
        "provider.already_exists": QCoreApplication.translate(
            "Messages", "This address is already taken in your organisation. Choose another address."
        ),
        "provider.not_found": QCoreApplication.translate("Messages", "The provider does not know this item."),
        "provider.group_not_found": QCoreApplication.translate(
            "Messages",
            "The team group no longer exists at the provider (perhaps deleted in the admin console). Choose "
            "another group on the Members step, then create the accounts again.",
        ),
        "provider.user_not_found_yet": QCoreApplication.translate(
            "Messages",
            "The provider has not finished setting up this new account yet. Wait a minute and click Create again: "
            "MailWizard finishes it without creating it twice.",
        ),
        "provider.invalid": QCoreApplication.translate("Messages", "The provider refused the request: {detail}"),
        "provider.verification_failed": QCoreApplication.translate(
            "Messages",
            "The provider cannot see the verification record for {domain} yet. It can take a while to "
            "reach the provider; MailWizard asks again when the DNS check sees it.",
        ),
        "provider.no_license_seats": QCoreApplication.translate(
            "Messages",
            "There are not enough licenses: {needed} needed, {available} free in {sku}. Buy more "
            "licenses in the admin center or choose fewer members; nothing was created.",
        ),
        "provider.delegation_missing": QCoreApplication.translate(
            "Messages",
            "The service account may not act as this administrator. In the Google Admin console, under "
            "Security > Access and data control > API controls > Domain-wide delegation, add its client ID with "
            "the scopes MailWizard needs (users, groups, domains, site verification and role management), and "
            "check the administrator's address.",
        ),
        "console_import.unencodable": QCoreApplication.translate(
            "Messages",
            "The console's file must be saved as {encoding}, which cannot store some characters in rows {rows}: "
            "{characters} (in {values}). Change those entries, for example to a common character or to pinyin, "
            "then save again.",
        ),
        "console_import.missing_values": QCoreApplication.translate(
            "Messages",
            "Rows {rows} have nothing in a column the console requires ({columns}). Fill them in, then save again.",
        ),
        "console_import.too_many_rows": QCoreApplication.translate(
            "Messages",
            "The console takes at most {max} people per file, and this list has {count}. Save it as several files.",
        ),
        "console_import.password_formula": QCoreApplication.translate(
            "Messages",
            "The passwords in rows {rows} start with =, +, - or @, which spreadsheet programs treat as a formula. "
            "Choose passwords that start with a letter or a digit.",
        ),
        "console_import.bad_quota": QCoreApplication.translate(
            "Messages",
            "The mailbox sizes in rows {rows} ({values}) are not a number of gigabytes. Correct them, then save "
            "again.",
        ),
        "console_import.bad_layout": QCoreApplication.translate(
            "Messages", "MailWizard's import layout {file} is damaged ({problem}). Please reinstall MailWizard."
        ),
        "member.role_unsupported": QCoreApplication.translate(
            "Messages",
            "MailWizard cannot give this permission at this provider: choose “Member” here, and give the role or "
            "the group in the provider's admin console once the account exists.",
        ),
        "member.group_missing": QCoreApplication.translate(
            "Messages",
            "“+ team group” needs a group: choose the team group above the table (connect to the provider first), "
            "or choose a preset without it.",
        ),
        "provider.role_unsupported": QCoreApplication.translate(
            "Messages",
            "This provider's API cannot give the administrator role. Choose “Member” and give the role in its "
            "admin console.",
        ),
        "provider.client_secret_missing": QCoreApplication.translate(
            "Messages",
            "Google needs the OAuth client's secret as well as its ID. Copy the client secret from the same "
            "OAuth client in the Google Cloud console (APIs & Services > Credentials) and click Connect again.",
        ),
        "provider.wrong_credentials": QCoreApplication.translate(
            "Messages",
            "The provider did not accept the ID or the secret. Copy both again from its admin console (no spaces "
            "before or after) and click Connect.",
        ),
        "provider.no_api_access": QCoreApplication.translate(
            "Messages",
            "Your provider does not let this app use its admin API. The open API comes with the paid editions, and "
            "the app needs the user-management permission in the admin console. Without it, use the import file on "
            "the Members step.",
        ),
        "provider.invalid_address": QCoreApplication.translate(
            "Messages",
            "The provider does not accept the address {address}. Check that it is on your company's domain and "
            "uses only letters, digits, dots, hyphens and underscores.",
        ),
        "provider.department_not_found": QCoreApplication.translate(
            "Messages",
            "The department “{department}” no longer exists at the provider (perhaps deleted in the admin "
            "console). Run Create again: MailWizard creates it anew.",
        ),
        "provider.not_supported": QCoreApplication.translate(
            "Messages", "The provider's API cannot do this; the steps on this page say how to do it in its console."
        ),
        "provider.domain_not_added": QCoreApplication.translate(
            "Messages",
            "{domain} has not been added in the provider's admin console yet. Add it there as the steps say; "
            "MailWizard asks again once the DNS check sees the records.",
        ),
        "provider.key_file_unreadable": QCoreApplication.translate(
            "Messages", "The key file could not be read. Choose the JSON file you downloaded from Google Cloud."
        ),
        "secrets.unavailable": QCoreApplication.translate(
            "Messages",
            "This computer has no password store MailWizard can use, so your sign-in is kept only until "
            "MailWizard closes. You will be asked to sign in again next time.",
        ),
        "member.name_missing": QCoreApplication.translate("Messages", "Type the person's name."),
        "member.name_too_long": QCoreApplication.translate(
            "Messages", "The name is too long for the provider: at most {max} characters."
        ),
        "member.address_missing": QCoreApplication.translate(
            "Messages", "This person has no address yet. Type the part before @, e.g. zhang.wei."
        ),
        "member.address_other_domain": QCoreApplication.translate(
            "Messages", "“{value}” is an address at another domain. Type only the part before @ of the new address."
        ),
        "member.address_upper": QCoreApplication.translate(
            "Messages", "Use lower-case letters in the address; mail systems treat them the same anyway."
        ),
        "member.address_dots": QCoreApplication.translate("Messages", "An address cannot have two dots in a row."),
        "member.address_too_long": QCoreApplication.translate(
            "Messages", "The part before @ can have at most 64 characters."
        ),
        "member.address_invalid": QCoreApplication.translate(
            "Messages",
            "“{value}” cannot be an address. Use letters a–z, digits, dots, hyphens or underscores, "
            "starting and ending with a letter or digit.",
        ),
        "member.address_duplicate": QCoreApplication.translate(
            "Messages",
            "This address is already used by {other} in row {row}. Two people cannot share one mailbox. Choose "
            "another, e.g. {value}2.",
        ),
        "member.address_in_list": QCoreApplication.translate(
            "Messages",
            "This address is already used by {other}, who is in your list already. Two people cannot share one "
            "mailbox. Choose another, e.g. {value}2.",
        ),
        "member.address_exists": QCoreApplication.translate(
            "Messages", "{value} already exists at your provider. Choose another address."
        ),
        "member.personal_email_invalid": QCoreApplication.translate(
            "Messages", "“{value}” is not a valid email address; the invitation could not reach it."
        ),
        "member.personal_email_not_ascii": QCoreApplication.translate(
            "Messages", "“{value}” has letters before the @ that most mail servers cannot send to. Type another "
            "email of this person's, with only Latin letters, digits, dots or hyphens before the @."
        ),
        "member.personal_email_company": QCoreApplication.translate(
            "Messages", "“{value}” is at your company's new domain: the invitation would go to a mailbox no one "
            "can open yet. Type an email the person reads today, such as their personal one."
        ),
        "member.phone_invalid": QCoreApplication.translate(
            "Messages", "“{value}” is not a phone number. Use digits, spaces, + and -."
        ),
        "member.quota_invalid": QCoreApplication.translate(
            "Messages", "“{value}” is not a size. Type a number of GB, e.g. 30."
        ),
        "member.quota_over_plan": QCoreApplication.translate(
            "Messages", "The plan gives at most {max} GB per mailbox. Type {max} or less."
        ),
        "member.permissions_invalid": QCoreApplication.translate("Messages", "Choose Member or Can manage users."),
        "import.not_spreadsheet": QCoreApplication.translate(
            "Messages", "This file is not a spreadsheet MailWizard can read. Save it as .xlsx or .csv and try again."
        ),
        "import.password_protected": QCoreApplication.translate(
            "Messages",
            "This file is protected with a password. Open it in Excel, remove the password, save it "
            "and import it again.",
        ),
        "import.empty": QCoreApplication.translate("Messages", "This file has no rows of people in it."),
        "import.unclosed_quote": QCoreApplication.translate(
            "Messages", "Line {line} of this file opens a quotation mark (\") that is never closed, so everyone "
            "after it would be read as one person. Open the file in Excel or a text editor, remove or close that "
            "quotation mark, save it and import it again."
        ),
        "import.too_large": QCoreApplication.translate(
            "Messages", "This file has more rows than MailWizard imports at once (20,000). Split it into parts."
        ),
        "import.io_error": QCoreApplication.translate(
            "Messages", "The file could not be opened. Check that it is not open in another program."
        ),
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
        "save.failed": QCoreApplication.translate(
            "Messages", "Your changes could not be saved: {reason}. Check that the disk is not full."
        ),
        "task.failed": QCoreApplication.translate(
            "Messages", "Something went wrong ({reason}). Your work is kept; please try again."
        ),
    }


def duration(seconds: int) -> str:
    """Seconds as an office manager reads them: "about 5 minutes", "about 2 hours"."""
    if seconds < 90:
        return QCoreApplication.translate("Messages", "about a minute")
    if seconds < 90 * 60:
        return QCoreApplication.translate("Messages", "about {n} minutes").format(n=round(seconds / 60))
    return QCoreApplication.translate("Messages", "about {n} hours").format(n=round(seconds / 3600))


def message(key: str, params: Mapping[str, str] | None = None) -> str:
    if params and params.get("seconds", "").isdigit():
        params = {**params, "duration": duration(int(params["seconds"]))}
    if key == "email.bad_domain" and params and params.get("reason"):
        # "The part after @ is not a valid domain." + what exactly is wrong with it
        return f"{_format(key, params)} {_format(params['reason'], params)}"
    return _format(key, params)


def _format(key: str, params: Mapping[str, str] | None) -> str:
    text = _texts().get(key)
    if text is None:
        return key
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return text  # a translation with a broken {field} still says something useful


def has_text(key: str) -> bool:
    return key in _texts()
