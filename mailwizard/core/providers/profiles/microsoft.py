"""Microsoft 365's profile: browser sign-in with a public client; domain, roles and groups through Graph."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mailwizard.core.members.password_policy import SAFE_SYMBOLS, PasswordPolicy
from mailwizard.core.provider_profile import CONNECT_BROWSER, PUBLIC_CLIENT, TARGET_ADMIN_DELEGATED, ProviderProfile

if TYPE_CHECKING:
    from mailwizard.core.migration.target_auth import MailTokens
    from mailwizard.core.providers.auth import OAuthEndpoints, TokenSession
    from mailwizard.core.providers.base import Provider
    from mailwizard.core.providers.connection import Endpoints
    from mailwizard.core.providers.shared_api import SharedApi
    from mailwizard.core.review.api import ReviewApi
    from mailwizard.core.signatures.api import SignatureApi


def _oauth(endpoints: Endpoints) -> OAuthEndpoints:
    return endpoints.microsoft.oauth


def _open_with_token(session: TokenSession, endpoints: Endpoints, **options: Any) -> Provider:
    from mailwizard.core.providers.microsoft import MicrosoftProvider

    return MicrosoftProvider(session, endpoints.microsoft, **options)


def _open_signatures(provider: Provider) -> SignatureApi:
    from mailwizard.core.providers.graph_signatures import open_signatures

    return open_signatures(provider)  # type: ignore[arg-type]


def _open_mail_tokens(provider: Provider, admin: str) -> MailTokens:
    from mailwizard.core.providers.graph_mail_tokens import open_mail_tokens

    return open_mail_tokens(provider, admin)


def _open_shared(provider: Provider) -> SharedApi:
    from mailwizard.core.providers.graph_shared import open_shared

    return open_shared(provider)  # type: ignore[arg-type]


def _open_review(provider: Provider) -> ReviewApi:
    from mailwizard.core.providers.graph_review import open_review

    return open_review(provider)  # type: ignore[arg-type]


PROFILE = ProviderProfile(
    id="microsoft",
    connect=CONNECT_BROWSER,
    oauth_client=PUBLIC_CLIENT,
    # the sign-in button names the account as the provider's own do: "Sign in with Microsoft"
    # (learn.microsoft.com/entra/identity-platform/howto-add-branding-in-apps)
    sign_in_brand="Microsoft",
    # Microsoft Graph domains, directoryRoles and groups: core/providers/microsoft.py
    domain_api=True,
    reads_domain_status=True,
    role_api=True,
    # assignLicense is refused for a user without usageLocation ("Required for users that are assigned licenses",
    # https://learn.microsoft.com/en-us/graph/api/resources/user); it is an ISO 3166-1 alpha-2 code
    asks_country=True,
    # Graph's user has no mailbox size (learn.microsoft.com/graph/api/resources/user); Exchange Online sets it
    quota_api=False,
    # Entra ID: 8–256 characters, 3 of 4 classes (lower, upper, digit, symbol), symbols from
    # @ # $ % ^ & * - _ ! + = [ ] { } | \ : ' , . ? / ` ~ " ( ) ; < > and blank space, no Unicode.
    password_policy=PasswordPolicy(
        8, 256, 3, SAFE_SYMBOLS, "https://learn.microsoft.com/entra/identity/authentication/concept-sspr-policy"),
    phone_app="Outlook",
    # Graph POST /me/sendMail from the signed-in admin's mailbox (Mail.Send): core/providers/graph_mail.py
    sends_invitations_via_api=True,
    oauth_endpoints=_oauth,
    open_with_token=_open_with_token,
    # the account review: users, directory roles, the mailbox usage report (core/providers/graph_review.py)
    open_review=_open_review,
    # the admin's own leave auto-reply (Graph mailboxSettings), no signature API: core/providers/graph_signatures.py
    open_signatures=_open_signatures,
    # shared addresses as Microsoft 365 groups; aliases only in the Exchange admin center (resources/shared/
    # microsoft.toml): core/providers/graph_shared.py
    open_shared=_open_shared,
    # Exchange Online's IMAP migration batch: EmailAddress,UserName,Password (core/migration/provider_files.py;
    # learn.microsoft.com/exchange/mailbox-migration/migrating-imap-mailboxes/migrate-other-types-of-imap-mailboxes)
    migration_file="imap_csv",
    # the copy into Exchange Online over IMAP: XOAUTH2 with the admin's token for IMAP.AccessAsUser.All and each
    # member's address, the admin holding Full Access to the mailbox (core/providers/graph_mail_tokens.py)
    migration_target_auth=TARGET_ADMIN_DELEGATED,
    open_mail_tokens=_open_mail_tokens,
)
