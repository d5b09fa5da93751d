"""Message texts for the domain and email addresses the user types, and whether the domain exists."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> dict[str, str]:
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
    }
