"""Message texts for connecting to the mail provider and for what its admin API answers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def texts() -> dict[str, str]:
    # Built on each call so the current language is used; lupdate reads the literals.
    return {
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
        "provider.sending_limit": QCoreApplication.translate(
            "Messages", "The mailbox has reached its daily sending limit. Try again in about a day."
        ),
        "provider.no_mailbox": QCoreApplication.translate(
            "Messages", "The signed-in administrator has no mailbox to send from. Give it a mail licence in the admin "
            "console."
        ),
        "provider.unreachable": QCoreApplication.translate(
            "Messages", "We could not reach {host}. Check the network, proxy or firewall."
        ),
        "provider.certificate": QCoreApplication.translate(
            "Messages", "The certificate of {host} could not be verified, so MailWizard did not connect. A company "
            "proxy or security program that inspects secure connections may need its certificate installed on "
            "this computer; also check that the computer's date and time are right."
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
        "provider.seats_exhausted": QCoreApplication.translate(
            "Messages",
            "Every seat you have bought is in use, so the provider refused this account and nothing of it was "
            "made. Buy more seats (licenses) in the provider's admin console, or remove members, then click Create "
            "again.",
        ),
        "provider.delegation_missing": QCoreApplication.translate(
            "Messages",
            "The service account may not act as this administrator. In the Google Admin console, under "
            "Security > Access and data control > API controls > Domain-wide delegation, add its client ID with "
            "the scopes MailWizard needs (users, groups, domains, site verification, role management and "
            "gmail.send, which sends the invitations from the administrator's mailbox), and check the "
            "administrator's address.",
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
        "provider.wrong_credentials_or_site": QCoreApplication.translate(
            "Messages",
            "The provider did not accept the ID or the secret at the site you chose. Check where your account was "
            "opened (each site has its own apps), copy both values again from its admin console (no spaces before "
            "or after) and click Connect.",
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
        "provider.too_long": QCoreApplication.translate(
            "Messages",
            "“{value}” is too long for the provider: it takes at most {limit} bytes, about {chinese} Chinese "
            "characters. Shorten it in the table, then run Create again.",
        ),
        "provider.department_not_found": QCoreApplication.translate(
            "Messages",
            "The department “{department}” no longer exists at the provider (perhaps deleted in the admin "
            "console). Run Create again: MailWizard creates it anew.",
        ),
        "provider.not_supported": QCoreApplication.translate(
            "Messages", "The provider's API cannot do this; the steps on this page say how to do it in its console."
        ),
        "provider.not_default_domain": QCoreApplication.translate(
            "Messages",
            "Microsoft 365 gives a new group the address of your default domain, and {domain} is not the default "
            "yet. In the Microsoft 365 admin center, open Settings > Domains, select {domain} and choose Set as "
            "default, then run Create again.",
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
    }
