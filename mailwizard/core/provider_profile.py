"""One provider's differences in one place: what its API lets MailWizard do, and how MailWizard signs in to it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from mailwizard.core.members.password_policy import DEFAULT_POLICY, PasswordPolicy

if TYPE_CHECKING:
    from mailwizard.core.catalogue_sections import MailSettings, ProviderDns
    from mailwizard.core.migration.target_auth import MailTokens
    from mailwizard.core.providers.auth import OAuthEndpoints
    from mailwizard.core.providers.base import Provider
    from mailwizard.core.providers.connection import Endpoints
    from mailwizard.core.providers.shared_api import SharedApi
    from mailwizard.core.review.api import ReviewApi
    from mailwizard.core.signatures.api import SignatureApi

# How MailWizard signs in to a provider's admin API (ProviderProfile.connect)
CONNECT_BROWSER = "browser"        # OAuth in the admin's own browser; the refresh token is kept in the keychain
CONNECT_APP_SECRET = "app_secret"  # an app's ID and secret typed into MailWizard (no browser), kept in the keychain

# The OAuth client an organisation registers for the browser sign-in (ProviderProfile.oauth_client)
DESKTOP_APP = "desktop_app"        # a client of type "Desktop app": a client ID and a client secret
PUBLIC_CLIENT = "public_client"    # an app registration with public client flows on: a client ID only

# What a provider's console calls the app ID the admin copies (ProviderProfile.app_id_label)
CORP_ID = "corp_id"                # "CorpID"
APP_ID = "app_id"                  # "App ID"

# Whose console menus the UI walks the admin through where the API cannot (ProviderProfile.console_steps)
EXMAIL_CONSOLE = "exmail"          # Tencent Exmail's admin console (or WeCom's mail settings)
ALIMAIL_CONSOLE = "alimail"        # Alibaba Mail's admin console
SANDBOX_CONSOLE = "sandbox"        # practice mode's console on this computer, which has done it already

# How the mail copy signs in to the NEW mailboxes (ProviderProfile.migration_target_auth); each token kind has its
# own steps in the window (the admin console menus to give the access)
TARGET_PASSWORD = ""                          # each new mailbox's password (the default)
TARGET_SERVICE_ACCOUNT = "google_service_account"  # a token per member from the service account's delegation
TARGET_ADMIN_DELEGATED = "microsoft_delegated"     # the admin's token; the admin has Full Access to each mailbox


@dataclass(frozen=True)
class ProviderSite:
    """One of a provider's separate sites (Alibaba Mail: the China site and the international ones). An account,
    the apps added in its console and their IDs belong to the site where it was opened, and work only there."""

    id: str
    region: str = ""   # the wizard's region (WizardState.region) whose companies are offered this site first


@dataclass(frozen=True)
class ProviderProfile:
    """Read by generic code instead of testing a provider id. The heavy provider modules (httpx, the API
    calls) load only when one of the ``open_with_*`` functions is called: a profile lookup stays light."""

    id: str
    sandbox: bool = False                 # practice mode's stand-in: never listed with the real providers
    connect: str = ""                     # CONNECT_BROWSER, CONNECT_APP_SECRET; "": no admin API this build uses
    oauth_client: str = ""                # browser sign-in: DESKTOP_APP or PUBLIC_CLIENT
    sign_in_brand: str = ""               # browser sign-in: the account's brand ("Sign in with Google"); "": the
                                          # provider's name
    domain_api: bool = False              # the API adds the domain and has it verified (else: the console does)
    reads_domain_status: bool = False     # the API reports whether the provider has verified the domain
    role_api: bool = False                # the API gives the admin role and adds to a team group
    asks_country: bool = False            # a licence needs the country the accounts are for (asked once)
    quota_api: bool = False               # the API takes a mailbox size when it creates an account (else the
                                          # Members table hides that column where the API creates the accounts)
    password_policy: PasswordPolicy = DEFAULT_POLICY
    console_import_layout: str = ""       # resources/console_import/<this>.toml; "": the generic layout
    phone_app: str = ""                   # the provider's phone app the invitation names; "": IMAP/SMTP settings
    app_id_label: str = ""                # app secret: CORP_ID or APP_ID
    sends_invitations_via_api: bool = False  # invitations leave the signed-in admin's mailbox through the provider's
                                          # mail API (Provider.send_mail), no SMTP password; SMTP stays a choice
    console_steps: str = ""               # where the API cannot (add the domain; where to find the app ID and
                                          # secret): EXMAIL_CONSOLE, ALIMAIL_CONSOLE, SANDBOX_CONSOLE; "": none
    sites: tuple[ProviderSite, ...] = ()  # app secret: the sites an account can be opened at (the admin says
                                          # which; it travels with the ID and secret); (): one site
    # Opening the provider API: (Endpoints) -> OAuthEndpoints; (TokenSession | AppSecret | ServiceAccountKey,
    # Endpoints, **provider options) -> Provider. None: not this way.
    oauth_endpoints: Callable[[Endpoints], OAuthEndpoints] | None = None
    open_with_token: Callable[..., Provider] | None = None
    open_with_app_secret: Callable[..., Provider] | None = None
    open_with_service_account: Callable[..., Provider] | None = None
    # The account review (core/review/api.ReviewApi) over an open Provider; None: the API offers no review
    open_review: Callable[[Provider], ReviewApi] | None = None
    open_signatures: Callable[[Provider], SignatureApi] | None = None  # signatures/auto-replies (signatures/api.py)
    # Shared addresses and aliases (providers/shared_api.SharedApi); None: console steps only
    # (resources/shared/<id>.toml)
    open_shared: Callable[[Provider], SharedApi] | None = None
    migration_file: str = ""              # the provider's own migration takes this file (core/migration/provider_files)
    migration_target_auth: str = TARGET_PASSWORD  # the copy's sign-in to the new mailboxes: TARGET_*
    # its token source for the TARGET_* token kinds: (Provider, the signed-in admin's address) -> MailTokens
    # (core/migration/target_auth.py)
    open_mail_tokens: Callable[[Provider, str], MailTokens] | None = None

    @property
    def connectable(self) -> bool:
        return bool(self.connect)

    @property
    def service_account(self) -> bool:
        """Can also connect with the organisation's own service account (domain-wide delegation)."""
        return self.open_with_service_account is not None

    @property
    def mail(self) -> MailSettings:
        """Sign-in link, IMAP and SMTP servers (`[mail]` in resources/providers/<id>.toml, parsed once)."""
        from mailwizard.core.catalogue import mail_settings
        from mailwizard.core.catalogue_sections import MailSettings

        return mail_settings(self.id) if self.id else MailSettings("")

    @property
    def dns(self) -> ProviderDns:
        """The records the provider needs (`[dns]` in resources/providers/<id>.toml, parsed once)."""
        from mailwizard.core.catalogue import provider_dns

        return provider_dns(self.id)


# No provider chosen yet, or an id this build does not know: nothing through an API, the default password policy
NO_PROVIDER = ProviderProfile("")
