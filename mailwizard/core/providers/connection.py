"""Connecting to a provider's admin API: sign in once, keep the grant in the keychain, come back
signed in on the next start, disconnect on request (revoke and forget)."""

from __future__ import annotations

import json
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from mailwizard.core.providers.auth import OAuthEndpoints, TokenSession, sign_in
from mailwizard.core.providers.base import APP_SECRET, CONNECTABLE, Account, NotConnected, Provider
from mailwizard.core.providers.google import GoogleEndpoints, GoogleProvider
from mailwizard.core.providers.microsoft import GraphEndpoints, MicrosoftProvider
from mailwizard.core.providers.service_account import ServiceAccountKey, ServiceAccountSession
from mailwizard.core.providers.tencent import TencentEndpoints, TencentProvider
from mailwizard.core.resources import resources_dir
from mailwizard.core.secrets import SecretStore, get_json, put_json

SERVICE_ACCOUNT = "service-account-key:google"
__all__ = ["APP_SECRET", "CONNECTABLE", "SERVICE_ACCOUNT", "AppRegistration", "AppSecret", "Connections", "Endpoints",
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

    def __repr__(self) -> str:
        return f"AppSecret(app_id={self.app_id!r})"


@dataclass(frozen=True)
class Endpoints:
    google: GoogleEndpoints
    microsoft: GraphEndpoints
    tencent_base: str | None = None   # None: the providers' own hosts; a loopback fake's URL in tests
    alibaba_base: str | None = None

    @classmethod
    def real(cls) -> Endpoints:
        return cls(GoogleEndpoints.real(), GraphEndpoints.at())

    @classmethod
    def loopback(cls, base: str) -> Endpoints:
        """Every provider at one fake's URL (tests)."""
        return cls(GoogleEndpoints.at(base), GraphEndpoints.at(base), base, base)

    def oauth(self, provider_id: str) -> OAuthEndpoints:
        return self.google.oauth if provider_id == "google" else self.microsoft.oauth


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
        if provider_id == "google":
            return GoogleProvider(session, self.endpoints.google, **self.provider_options)
        return MicrosoftProvider(session, self.endpoints.microsoft, **self.provider_options)

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
        if provider_id == "tencent":
            endpoints = TencentEndpoints.at(self.endpoints.tencent_base)
            return TencentProvider(credentials.app_id, credentials.secret, endpoints, **self.provider_options)
        from mailwizard.core.providers.alibaba import AlibabaEndpoints, AlibabaProvider

        if provider_id == "practice":
            from mailwizard.core.providers.practice import PracticeProvider

            return PracticeProvider(credentials.app_id, credentials.secret,
                                    AlibabaEndpoints.at(self.endpoints.alibaba_base), **self.provider_options)
        return AlibabaProvider(credentials.app_id, credentials.secret, AlibabaEndpoints.at(self.endpoints.alibaba_base),
                               **self.provider_options)

    async def connect_app(self, provider_id: str, credentials: AppSecret) -> tuple[Provider, Account]:
        """Tencent / Alibaba: the ID and secret are tried first and kept in the keychain only if they work."""
        provider = self._app_provider(provider_id, credentials)
        try:
            account = await provider.whoami()
        except BaseException:
            await provider.close()
            raise
        await put_json(self.secrets, self._app_secret_name(provider_id),
                       {"app_id": credentials.app_id, "secret": credentials.secret})
        return provider, account

    async def saved_app_id(self, provider_id: str) -> str:
        data = await get_json(self.secrets, self._app_secret_name(provider_id))
        return str(data.get("app_id", "")) if data else ""

    async def connect_service_account(self, key: ServiceAccountKey) -> tuple[Provider, Account]:
        """Google only: the organisation's service account with domain-wide delegation."""
        provider = GoogleProvider(ServiceAccountSession(key, self.endpoints.google.oauth.scopes),
                                  self.endpoints.google, **self.provider_options)
        try:
            account = await provider.whoami()
        except BaseException:
            await provider.close()
            raise
        await self.secrets.put(SERVICE_ACCOUNT, key.to_json())
        return provider, account

    async def restore(self, provider_id: str) -> tuple[Provider, Account]:
        """Signed in from an earlier session: the refresh token (or service account key) from the keychain."""
        if provider_id in APP_SECRET:
            data = await get_json(self.secrets, self._app_secret_name(provider_id))
            if not data or not data.get("app_id") or not data.get("secret"):
                raise NotConnected()
            return await self.connect_app(provider_id, AppSecret(data["app_id"], data["secret"]))
        if provider_id == "google":
            data = await get_json(self.secrets, SERVICE_ACCOUNT)
            if data:
                return await self.connect_service_account(ServiceAccountKey.from_json(json.dumps(data),
                                                                                      data.get("subject", "")))
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
        if provider_id in APP_SECRET:
            await self.secrets.delete(self._app_secret_name(provider_id))
        if provider_id == "google":
            await self.secrets.delete(SERVICE_ACCOUNT)
