"""Connecting to a provider's admin API: sign in once, keep the grant in the keychain, come back
signed in on the next start, disconnect on request (revoke and forget)."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from mailwizard.core.provider_profile import CONNECT_APP_SECRET
from mailwizard.core.providers.auth import OAuthEndpoints, TokenSession, sign_in
from mailwizard.core.providers.base import Account, NotConnected, Provider
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.providers.profiles import profile_for, profiles
from mailwizard.core.providers.service_account import ServiceAccountKey
from mailwizard.core.resources import resources_dir
from mailwizard.core.secrets import SecretStore, get_json, put_json


def _service_account_name(provider_id: str) -> str:
    return f"service-account-key:{provider_id}"


# the keychain entry of the one provider that connects with a service account (the old name)
SERVICE_ACCOUNT = _service_account_name(next(p.id for p in profiles() if p.service_account))
__all__ = ["SERVICE_ACCOUNT", "AppRegistration", "AppSecret", "Connections", "Endpoints",
           "default_registration"]


@dataclass(frozen=True)
class AppRegistration:
    """The OAuth client the sign-in uses: MailWizard's own, or the organisation's."""

    client_id: str
    client_secret: str | None = None


@dataclass(frozen=True)
class AppSecret:
    """An app's own ID and secret (Tencent: CorpID and the address-book secret; Alibaba: app ID and secret)."""

    app_id: str
    secret: str
    site: str = ""   # where the account was opened (ProviderProfile.sites); "": the provider's only (or first) site

    def __repr__(self) -> str:
        return f"AppSecret(app_id={self.app_id!r}, site={self.site!r})"


@dataclass(frozen=True)
class Endpoints:
    google: GoogleEndpoints
    microsoft: GraphEndpoints
    tencent_base: str | None = None   # None: the providers' own hosts; a loopback fake's URL in tests
    alibaba_base: str | None = None   # every Alibaba Mail site at this URL
    alibaba_sites: dict[str, str] = field(default_factory=dict)  # site → its own loopback fake (tests of two sites)

    def alibaba(self, site: str) -> str | None:
        """The URL standing in for an Alibaba Mail site, or None for the site's own host."""
        return self.alibaba_sites.get(site) or self.alibaba_base

    @classmethod
    def real(cls) -> Endpoints:
        return cls(GoogleEndpoints.real(), GraphEndpoints.at())

    @classmethod
    def loopback(cls, base: str) -> Endpoints:
        """Every provider at one fake's URL (tests)."""
        return cls(GoogleEndpoints.at(base), GraphEndpoints.at(base), base, base)

    def oauth(self, provider_id: str) -> OAuthEndpoints:
        oauth = profile_for(provider_id).oauth_endpoints
        if oauth is None:  # no browser sign-in at this provider
            raise NotConnected()
        return oauth(self)


@lru_cache(maxsize=16)  # a shipped file: read once per run, not on each Connect click (on the UI thread)
def default_registration(provider_id: str, root: Path | None = None) -> AppRegistration | None:
    """MailWizard's own app registration from resources/oauth_clients.toml, if the publisher set one."""
    try:
        data = tomllib.loads(((root or resources_dir()) / "oauth_clients.toml").read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return None
    entry = data.get(provider_id) or {}
    client_id = str(entry.get("client_id", "")).strip()
    return AppRegistration(client_id, str(entry.get("client_secret", "")).strip() or None) if client_id else None


class Connections:
    def __init__(self, secrets: SecretStore, endpoints: Endpoints, **provider_options: Any) -> None:
        self.secrets, self.endpoints, self.provider_options = secrets, endpoints, provider_options

    @staticmethod
    def _token_name(provider_id: str) -> str:
        return f"oauth-token:{provider_id}"

    @staticmethod
    def _registration_name(provider_id: str) -> str:
        return f"oauth-client:{provider_id}"

    async def registration(self, provider_id: str) -> AppRegistration | None:
        data = await get_json(self.secrets, self._registration_name(provider_id))
        return AppRegistration(data["client_id"], data.get("client_secret")) if data and data.get("client_id") \
            else None

    async def save_registration(self, provider_id: str, registration: AppRegistration) -> None:
        await put_json(self.secrets, self._registration_name(provider_id),
                       {"client_id": registration.client_id, "client_secret": registration.client_secret})

    def _provider(self, provider_id: str, registration: AppRegistration, token: dict[str, Any]) -> Provider:
        async def keep(new_token: dict[str, Any]) -> None:
            await put_json(self.secrets, self._token_name(provider_id), new_token)

        session = TokenSession(self.endpoints.oauth(provider_id), registration.client_id, token, keep,
                               client_secret=registration.client_secret)
        return _opener(profile_for(provider_id).open_with_token)(session, self.endpoints, **self.provider_options)

    async def connect(self, provider_id: str, registration: AppRegistration,
                      open_browser: Callable[[str], Any], done_page: str) -> tuple[Provider, Account]:
        token = await sign_in(self.endpoints.oauth(provider_id), registration.client_id, open_browser,
                              client_secret=registration.client_secret, done_page=done_page)
        await put_json(self.secrets, self._token_name(provider_id), token)
        await self.save_registration(provider_id, registration)
        provider = self._provider(provider_id, registration, token)
        return provider, await provider.whoami()

    @staticmethod
    def _app_secret_name(provider_id: str) -> str:
        return f"app-secret:{provider_id}"

    def _app_provider(self, provider_id: str, credentials: AppSecret) -> Provider:
        opener = _opener(profile_for(provider_id).open_with_app_secret)
        return opener(credentials, self.endpoints, **self.provider_options)

    async def connect_app(self, provider_id: str, credentials: AppSecret) -> tuple[Provider, Account]:
        """Tencent / Alibaba: the ID and secret are tried first and kept in the keychain only if they work."""
        provider = self._app_provider(provider_id, credentials)
        try:
            account = await provider.whoami()
        except BaseException:
            await provider.close()
            raise
        # the site travels with the secret: a restart reconnects to the same site
        await put_json(self.secrets, self._app_secret_name(provider_id),
                       {"app_id": credentials.app_id, "secret": credentials.secret, "site": credentials.site})
        return provider, account

    async def known_app_secret(self, provider_id: str) -> AppSecret | None:
        """The ID and secret kept by an earlier connection (with its site), or None."""
        data = await get_json(self.secrets, self._app_secret_name(provider_id))
        if not data or not data.get("app_id") or not data.get("secret"):
            return None
        # entries kept before sites existed have none: "" is the provider's first site (Alibaba: China)
        return AppSecret(str(data["app_id"]), str(data["secret"]), str(data.get("site") or ""))

    async def saved_app_id(self, provider_id: str) -> str:
        data = await get_json(self.secrets, self._app_secret_name(provider_id))
        return str(data.get("app_id", "")) if data else ""

    async def connect_service_account(self, key: ServiceAccountKey, provider_id: str | None = None,
                                      ) -> tuple[Provider, Account]:
        """The organisation's service account with domain-wide delegation; ``provider_id`` None: the one provider
        that offers it (Google Workspace)."""
        profile = profile_for(provider_id) if provider_id else next(p for p in profiles() if p.service_account)
        provider = _opener(profile.open_with_service_account)(key, self.endpoints, **self.provider_options)
        try:
            account = await provider.whoami()
        except BaseException:
            await provider.close()
            raise
        await self.secrets.put(_service_account_name(profile.id), key.to_json())
        return provider, account

    async def restore(self, provider_id: str) -> tuple[Provider, Account]:
        """Signed in from an earlier session: the refresh token (or service account key) from the keychain."""
        profile = profile_for(provider_id)
        if profile.connect == CONNECT_APP_SECRET:
            known = await self.known_app_secret(provider_id)
            if known is None:
                raise NotConnected()
            return await self.connect_app(provider_id, known)
        if profile.service_account:
            data = await get_json(self.secrets, _service_account_name(provider_id))
            if data:
                key = ServiceAccountKey.from_json(json.dumps(data), data.get("subject", ""))
                return await self.connect_service_account(key, provider_id)
        registration = await self.registration(provider_id)
        token = await get_json(self.secrets, self._token_name(provider_id))
        if registration is None or token is None:
            raise NotConnected()
        provider = self._provider(provider_id, registration, token)
        return provider, await provider.whoami()

    async def disconnect(self, provider_id: str, provider: Provider | None) -> None:
        if provider is not None:
            session = getattr(provider, "session", None)
            if session is not None:
                await session.revoke(provider.http)  # type: ignore[attr-defined]
            await provider.close()
        await self.secrets.delete(self._token_name(provider_id))
        profile = profile_for(provider_id)
        if profile.connect == CONNECT_APP_SECRET:
            await self.secrets.delete(self._app_secret_name(provider_id))
        if profile.service_account:
            await self.secrets.delete(_service_account_name(provider_id))


def _opener(open_with: Callable[..., Provider] | None) -> Callable[..., Provider]:
    """The profile's way of opening the provider API, or NotConnected where the provider has none such."""
    if open_with is None:
        raise NotConnected()
    return open_with
