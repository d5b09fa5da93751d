"""Message texts for the shared addresses and aliases (core/members/shared_check.py's keys): why an address cannot
be made as it is, and how to fix it. {address} is the full address; {member} a member's name; {recipient} a local
part; {what} what the address is at the provider already (user, group, alias)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> dict[str, str]:
    # Built on each call so the current language is used; lupdate reads the literals.
    return {
        "shared.invalid_local_part": QCoreApplication.translate(
            "Messages", "“{address}” cannot be an email address. Before the @ use only lower-case letters a–z, "
            "digits and . _ - (not at the start or end, no two dots in a row), at most 64 characters."),
        "shared.clash_member": QCoreApplication.translate(
            "Messages", "{address} is already {member}'s own address. Choose another name for it."),
        "shared.clash_shared": QCoreApplication.translate(
            "Messages", "{address} is in the list of shared addresses twice. Remove one of them or rename it."),
        "shared.clash_alias": QCoreApplication.translate(
            "Messages", "{address} is already an alias of {member}. An address can belong to one mailbox or list "
            "only: remove it from the aliases or choose another name."),
        "shared.no_recipients": QCoreApplication.translate(
            "Messages", "Nobody receives the mail sent to {address}. Tick at least one member who should."),
        "shared.unknown_recipient": QCoreApplication.translate(
            "Messages", "{recipient} should receive the mail to {address}, but is not in the member list any more. "
            "Untick them or add them to the list again."),
        "shared.too_many_aliases": QCoreApplication.translate(
            "Messages", "{member} has {count} aliases; the provider allows {limit} per person. Remove some of them "
            "or make them a shared address instead."),
        "shared.name_refused": QCoreApplication.translate(
            "Messages", "The provider does not let MailWizard make a shared address with “{chars}” in the part before "
            "the @ ({address}). Choose a name without it, for example with “-” instead."),
        "shared.name_too_long": QCoreApplication.translate(
            "Messages", "The name of {address} is too long for the provider (at most {limit} bytes: about a third as "
            "many Chinese characters). Shorten it."),
        "shared.reserved": QCoreApplication.translate(
            "Messages", "{address} is kept for the mail system itself (reports about mail delivery and abuse). "
            "Choose another name."),
        "shared.clash_existing": QCoreApplication.translate(
            "Messages", "{address} exists at the provider already ({what}), and MailWizard did not make it. Choose "
            "another name, or remove the existing one in the provider's console first."),
        "shared.what.user": QCoreApplication.translate("Messages", "a person's mailbox"),
        "shared.what.group": QCoreApplication.translate("Messages", "a group"),
        "shared.what.alias": QCoreApplication.translate("Messages", "an alias of another mailbox"),
    }
