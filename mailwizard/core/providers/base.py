"""The Provider protocol every provider module implements, and the errors it may raise.

Errors are values the UI can explain: each has a message key and parameters; none carries a
token, password or raw response body.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from email.message import EmailMessage


class ProviderError(Exception):
    key = "provider.error"

    def __init__(self, **params: str) -> None:
        super().__init__(self.key)
        self.params = {k: str(v) for k, v in params.items()}


class NotConnected(ProviderError):
    key = "provider.not_connected"


class SignInFailed(ProviderError):
    key = "provider.sign_in_failed"          # params: reason


class WrongCredentials(SignInFailed):
    key = "provider.wrong_credentials"       # the app ID / CorpID or its secret was refused


class WrongCredentialsOrSite(WrongCredentials):
    key = "provider.wrong_credentials_or_site"  # refused at the site the admin chose (Alibaba Mail): the ID, the
                                                # secret or the site is wrong, and the provider cannot tell which


class ClientSecretMissing(SignInFailed):
    key = "provider.client_secret_missing"   # Google: a "Desktop app" client's secret was not given


class SignInCancelled(ProviderError):
    key = "provider.sign_in_cancelled"


class AuthExpired(ProviderError):
    key = "provider.auth_expired"            # the refresh token no longer works: sign in again


class PermissionDenied(ProviderError):
    key = "provider.permission_denied"       # params: needed (role or permission), how


class DelegationMissing(PermissionDenied):
    key = "provider.delegation_missing"      # a service account without domain-wide delegation for our scopes


class NoApiAccess(PermissionDenied):
    key = "provider.no_api_access"           # the edition or the app has no access to this API


class RateLimited(ProviderError):
    key = "provider.rate_limited"            # params: retry_after


class ServiceUnavailable(ProviderError):
    key = "provider.unavailable"


class _UnreachableKey:
    """Unreachable's key: on an instance raised from a certificate failure, the certificate's."""

    def __get__(self, instance: object, owner: type | None = None) -> str:
        if isinstance(instance, BaseException) and certificate_failed(instance):
            return CertificateUntrusted.key
        return "provider.unreachable"


class Unreachable(ProviderError):
    """Nothing reached the provider (params: host). When the connection failed on the server's certificate, the
    key says so: httpx wraps ssl.SSLCertVerificationError in a ConnectError like any refused connection, and
    "could not reach" sends the admin checking cables when a proxy's certificate or the clock is to blame (the
    SMTP path says "smtp.certificate" likewise). Read from the causes, so every ``raise Unreachable(…) from exc``
    (API calls, token exchanges) says it."""

    key = _UnreachableKey()  # type: ignore[assignment]


class CertificateUntrusted(Unreachable):
    key = "provider.certificate"             # params: host


def certificate_failed(exc: BaseException) -> bool:
    """An ssl.SSLCertVerificationError among the exception's causes (httpx.ConnectError ← httpcore ← ssl)."""
    import ssl

    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, ssl.SSLCertVerificationError):
            return True
        seen.add(id(current))
        current = current.__cause__ or current.__context__
    return False


class AmbiguousOutcome(ProviderError):
    """The request may or may not have been carried out (time-out, connection dropped)."""

    key = "provider.ambiguous"


class AlreadyExists(ProviderError):
    key = "provider.already_exists"          # params: what


class NotFound(ProviderError):
    key = "provider.not_found"

    def __init__(self, **params: str) -> None:
        super().__init__(**params)
        if "group" in params:      # the team group was deleted: choose another
            self.key = "provider.group_not_found"
        elif "user" in params:     # a new account the provider has not finished replicating
            self.key = "provider.user_not_found_yet"


class InvalidRequest(ProviderError):
    key = "provider.invalid"                 # params: detail (the provider's message, never a secret)


class InvalidAddress(InvalidRequest):
    key = "provider.invalid_address"         # params: address


class TooLong(InvalidRequest):
    key = "provider.too_long"                # params: value, limit (bytes), chinese (how many Chinese characters fit)


class DepartmentNotFound(ProviderError):
    key = "provider.department_not_found"    # params: department


class RoleUnsupported(ProviderError):
    key = "provider.role_unsupported"        # this provider's API cannot give the admin role: the console can


class NotSupported(ProviderError):
    key = "provider.not_supported"           # this provider's API has no call for it (e.g. Tencent: domains)


class VerificationFailed(ProviderError):
    key = "provider.verification_failed"     # params: domain


class SendingLimitReached(ProviderError):
    key = "provider.sending_limit"           # the mailbox's daily sending limit: nothing more goes out for hours


class NoMailbox(ProviderError):
    key = "provider.no_mailbox"              # params: address — the signed-in admin has no mailbox to send from


class NoLicenseSeats(ProviderError):
    key = "provider.no_license_seats"        # params: sku, available, needed


class SeatsExhausted(ProviderError):
    """The provider refused an account (or its licence) because every seat bought is in use. Nothing of that
    account is left behind: the provider module undoes what it had made of it."""

    key = "provider.seats_exhausted"


@dataclass(frozen=True)
class Account:
    """Who is signed in, and for which organisation."""

    email: str
    organisation: str
    organisation_id: str = ""
    country: str = ""  # the organisation's own country (ISO 3166-1 alpha-2) where the API says it


@dataclass(frozen=True)
class DomainStatus:
    domain: str
    verified: bool


@dataclass(frozen=True)
class LicenseOption:
    sku_id: str
    name: str
    available: int


@dataclass(frozen=True)
class Seats:
    """Seats bought and accounts existing, as the provider's API reports them.

    ``bought`` is None where the API does not say how many were bought (the console does); ``used`` counts the
    accounts (or licences) in use now; ``source`` names the call both were read from, for the log."""

    bought: int | None
    used: int
    source: str = ""

    @property
    def left(self) -> int | None:
        return None if self.bought is None else max(self.bought - self.used, 0)


@dataclass(frozen=True)
class NewAccount:
    """One mailbox to create. The password travels only to the provider, never to disk or logs."""

    address: str
    given_name: str
    family_name: str
    display_name: str
    password: str = field(repr=False)
    force_change: bool = True
    department: str = ""
    job_title: str = ""
    phone: str = ""
    usage_location: str = ""
    role: str = "user"          # a permission preset: "user", or "user_admin" (may manage other users)
    group: str = ""             # the team group to join (its shared drive, calendar, files), by the provider's id


@dataclass(frozen=True)
class TeamGroup:
    """A group whose members share a drive, a calendar and files (Google Group, Microsoft 365 group)."""

    id: str
    name: str
    address: str = ""


@dataclass(frozen=True)
class RemoteUser:
    id: str
    address: str
    # When the provider made the account, where its API says (read back by find_user): an account made before
    # MailWizard's first attempt is someone else's. None: the API does not say.
    created: dt.datetime | None = None


def created_at(value: object) -> dt.datetime | None:
    """A provider's creation time (ISO 8601 / RFC 3339, e.g. "2024-05-01T08:30:00.000Z") as an aware datetime;
    None when missing or unreadable (then MailWizard's journal alone decides whose the account is)."""
    if not isinstance(value, str) or not value:
        return None
    try:
        moment = dt.datetime.fromisoformat(value)
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


class Provider(Protocol):
    id: str
    domain_api: bool  # False: the domain is added in the provider's console (guided), only its status is read

    async def whoami(self) -> Account: ...

    async def add_domain(self, domain: str) -> DomainStatus: ...

    async def verification_value(self, domain: str) -> str:
        """The value for the DNS step's {verification} field."""
        ...

    async def verify_domain(self, domain: str) -> DomainStatus: ...

    async def tenant_values(self, domain: str) -> dict[str, str]:
        """Values for the DNS step's other value fields ({mx_host}, …) that the API knows."""
        ...

    async def find_user(self, address: str) -> RemoteUser | None: ...

    async def create_user(self, account: NewAccount, license_sku: str | None = None) -> RemoteUser: ...

    async def finish_user(self, user: RemoteUser, license_sku: str | None = None, role: str = "user",
                          group: str = "", *, usage_location: str = "") -> None:
        """What an account needs after it exists (a license, an admin role, the team group); doing it twice
        changes nothing. ``usage_location``: the country the account is for, where a licence needs one."""
        ...

    async def list_groups(self) -> list[TeamGroup]:
        """The groups a member can be put in (Google Groups; Microsoft 365 groups): empty where not supported."""
        ...

    async def list_users(self) -> list[RemoteUser]: ...

    async def license_options(self) -> list[LicenseOption]: ...

    async def send_mail(self, message: EmailMessage) -> None:
        """Send one message from the signed-in admin's own mailbox through the provider's mail API (only where the
        profile says ``sends_invitations_via_api``). Sent once: a lost answer is AmbiguousOutcome, never retried;
        PermissionDenied(needed=<scope>) when the sign-in lacks the send permission."""

    async def seats(self, license_sku: str | None = None) -> Seats | None:
        """Seats bought and in use (of ``license_sku`` where accounts need a licence); None where the API
        reports nothing of the kind."""
        ...

    async def close(self) -> None: ...
