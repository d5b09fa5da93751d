"""Google Workspace's profile: browser sign-in or a service account; domain, roles and groups through the API."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mailwizard.core.members.password_policy import SAFE_SYMBOLS, PasswordPolicy
from mailwizard.core.provider_profile import CONNECT_BROWSER, DESKTOP_APP, TARGET_SERVICE_ACCOUNT, ProviderProfile

if TYPE_CHECKING:
    from mailwizard.core.migration.target_auth import MailTokens
    from mailwizard.core.providers.auth import OAuthEndpoints, TokenSession
    from mailwizard.core.providers.base import Provider
    from mailwizard.core.providers.connection import Endpoints
    from mailwizard.core.providers.service_account import ServiceAccountKey
    from mailwizard.core.providers.shared_api import SharedApi
    from mailwizard.core.review.api import ReviewApi
    from mailwizard.core.signatures.api import SignatureApi


def _oauth(endpoints: Endpoints) -> OAuthEndpoints:
    return endpoints.google.oauth


def _open_with_token(session: TokenSession, endpoints: Endpoints, **options: Any) -> Provider:
    from mailwizard.core.providers.google import GoogleProvider

    return GoogleProvider(session, endpoints.google, **options)


def _open_with_service_account(key: ServiceAccountKey, endpoints: Endpoints, **options: Any) -> Provider:
    from mailwizard.core.providers.google import GROUPS_SETTINGS_SCOPE, REPORTS_SCOPE, GoogleProvider
    from mailwizard.core.providers.service_account import ServiceAccountSession

    # the review's usage-report scope and the shared addresses' Groups Settings scope are asked for on their own
    # (core/providers/google_review.py, google_shared.py): a delegation made before they were added goes on working
    scopes = tuple(s for s in endpoints.google.oauth.scopes if s not in (REPORTS_SCOPE, GROUPS_SETTINGS_SCOPE))
    return GoogleProvider(ServiceAccountSession(key, scopes), endpoints.google, **options)


def _open_signatures(provider: Provider) -> SignatureApi:
    from mailwizard.core.providers.google_signatures import open_signatures

    return open_signatures(provider)  # type: ignore[arg-type]


def _open_mail_tokens(provider: Provider, admin: str) -> MailTokens:
    from mailwizard.core.providers.google_mail_tokens import open_mail_tokens

    return open_mail_tokens(provider, admin)


def _open_shared(provider: Provider) -> SharedApi:
    from mailwizard.core.providers.google_shared import open_shared

    return open_shared(provider)  # type: ignore[arg-type]


def _open_review(provider: Provider) -> ReviewApi:
    from mailwizard.core.providers.google_review import open_review

    return open_review(provider)  # type: ignore[arg-type]


PROFILE = ProviderProfile(
    id="google",
    connect=CONNECT_BROWSER,
    oauth_client=DESKTOP_APP,
    # the sign-in button names the account as the provider's own do: "Sign in with Google"
    # (developers.google.com/identity/branding-guidelines)
    sign_in_brand="Google",
    # Admin SDK Directory API (domains, roleAssignments, groups) and the Site Verification API: core/providers/google.py
    domain_api=True,
    reads_domain_status=True,
    role_api=True,
    # users.insert's User has no mailbox size: storage comes with the edition (pooled)
    # (developers.google.com/admin-sdk/directory/reference/rest/v1/users)
    quota_api=False,
    # 8–100 characters, no required classes by default (an admin may switch on "Enforce strong password", whose
    # test is not published; a domain's admin may also raise the minimum). https://support.google.com/a/answer/139399
    # ("Enforce and monitor password requirements for users"), the range as restated at
    # https://www.infiflex.com/new-password-security-setting.
    password_policy=PasswordPolicy(8, 100, 1, SAFE_SYMBOLS, "https://support.google.com/a/answer/139399"),
    phone_app="Gmail",
    # Gmail API users.messages.send from the signed-in admin's mailbox (scope gmail.send): core/providers/google.py
    sends_invitations_via_api=True,
    oauth_endpoints=_oauth,
    open_with_token=_open_with_token,
    open_with_service_account=_open_with_service_account,
    # the account review: core/providers/google_review.py (Directory, Reports and, with a service account, Gmail)
    open_review=_open_review,
    # signatures and vacation auto-replies through Gmail, as each user (a service account only):
    # core/providers/google_signatures.py
    open_signatures=_open_signatures,
    # shared addresses (Google Groups, who may mail them) and aliases: core/providers/google_shared.py
    open_shared=_open_shared,
    # the data migration service's CSV (core/migration/provider_files.py, https://support.google.com/a/answer/6244351)
    migration_file="google_mapping",
    # the copy into Gmail over IMAP: XOAUTH2 with a token per member from the service account's domain-wide
    # delegation, scope https://mail.google.com/ (core/providers/google_mail_tokens.py)
    migration_target_auth=TARGET_SERVICE_ACCOUNT,
    open_mail_tokens=_open_mail_tokens,
)
