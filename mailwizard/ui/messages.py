"""Texts for the message keys that core returns. Each says what is wrong, why, what to do."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication


def _t(text: str) -> str:
    return QCoreApplication.translate("Messages", text)


def _texts() -> dict[str, str]:
    # Built on each call so the current language is used; lupdate reads the literals.
    return {
        "domain.ok": _t("We will use {domain}."),
        "domain.normalized": _t("We will use {domain}."),
        "domain.empty": _t("Type your company's domain, the part after @ in your email addresses, "
                           "for example yourcompany.com."),
        "domain.url": _t("This is a web address. Type only the domain, without http:// or slashes."),
        "domain.email": _t("This is an email address. Type only the part after @."),
        "domain.path": _t("Remove the part after the slash (/). Type only the domain."),
        "domain.port": _t("Remove the colon (:) and the number after it. Type only the domain."),
        "domain.space": _t("A domain cannot contain spaces. Check for a space typed by mistake."),
        "domain.ip_address": _t("This is an IP address, not a domain. Email addresses need a domain "
                                "name such as yourcompany.com."),
        "domain.leading_dot": _t("A domain cannot start with a dot. Remove the first dot."),
        "domain.empty_label": _t("There are two dots in a row. Remove one of them."),
        "domain.invalid_character": _t("“{char}” cannot be used in a domain. Use letters, digits and "
                                       "hyphens (-) only."),
        "domain.label_hyphen_edge": _t("“{label}” starts or ends with a hyphen, which domains do not "
                                       "allow. Remove that hyphen."),
        "domain.label_hyphen34": _t("“{label}” has two hyphens in the third and fourth place, which "
                                    "domains do not allow. Check the spelling."),
        "domain.bad_punycode": _t("“{label}” starts with xn-- but is not a valid encoded name. Type the "
                                  "domain in its normal letters instead."),
        "domain.label_too_long": _t("The part “{label}” is too long: each part between dots can have "
                                    "at most {max} characters. Check the spelling."),
        "domain.too_long": _t("This domain is {length} characters long; the limit is {max}. Check "
                              "what was pasted."),
        "domain.idna_rule": _t("“{label}” mixes characters that cannot stand together in a domain. "
                               "Check the spelling, or type the domain as your registrar shows it."),
        "domain.bare_tld": _t("“{suffix}” is only the ending. Type your whole domain, for example "
                              "yourcompany.{suffix}."),
        "domain.no_tld": _t("“{name}” has no ending. Add it, for example {name}.com or {name}.cn."),
        "domain.reserved_tld": _t("Domains ending in .{tld} only work inside a local network, so they "
                                  "cannot receive email. Type the domain you registered."),
        "domain.numeric_tld": _t("A domain cannot end in a number (.{tld}). Check the ending."),
        "domain.unknown_tld": _t("The ending .{tld} does not exist. Check the spelling, for example "
                                 ".com, .cn or .com.tw."),
        "domain.public_suffix": _t("“{suffix}” is an ending shared by many companies. Type your whole "
                                   "domain, for example yourcompany.{suffix}."),
        "domain.www": _t("Leave out “www.”: email addresses use {domain}."),
        "domain.subdomain": _t("{typed} is part of {domain}. Email is usually set up for the whole "
                               "domain, so type {domain}."),
        "email.ok": "",
        "email.empty": _t("Type an email address."),
        "email.no_at": _t("An email address needs an @, for example name@yourcompany.com."),
        "email.many_at": _t("An email address has only one @. Check what was pasted."),
        "email.bad_local": _t("The part before @ (“{local}”) is not valid. Use letters, digits, dots, "
                              "hyphens or underscores, with no dot at the start or end."),
        "email.local_too_long": _t("The part before @ is too long: at most {max} characters."),
        "email.bad_domain": _t("The part after @ (“{domain}”) is not a valid domain."),
        "required": _t("Please fill this in."),
        "presence.checking": _t("Checking that {domain} exists on the internet…"),
        "presence.exists": _t("{domain} exists. Its DNS is managed at {nameservers}."),
        "presence.not_registered": _t("{domain} does not exist on the internet yet. A domain must be "
                                      "registered before it can receive email. Register it at a "
                                      "registrar, then check again."),
        "presence.no_nameservers": _t("{domain} is registered but has no DNS servers yet, so it "
                                      "cannot receive email. Ask your registrar to set its DNS "
                                      "servers; you can continue meanwhile."),
        "presence.unreachable": _t("We could not reach the internet to check {domain}. Check the "
                                   "network, proxy or firewall. You can continue and we will check "
                                   "again later."),
        "save.failed": _t("Your changes could not be saved: {reason}. Check that the disk is not full."),
        "task.failed": _t("Something went wrong ({reason}). Your work is kept; please try again."),
    }


def message(key: str, params: Mapping[str, str] | None = None) -> str:
    text = _texts().get(key)
    if text is None:
        return key
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return text  # a translation with a broken placeholder still says something useful


def has_text(key: str) -> bool:
    return key in _texts()
