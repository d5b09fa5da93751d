"""The provider step's way of connecting with an app's own ID and secret (Tencent Exmail, Alibaba Mail): where the
account was opened, the ID and secret tried and then kept in the keychain, and Connect going ahead at once where
they are known without asking (ProviderStep inherits this)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mailwizard.core.providers.connection import AppSecret
    from mailwizard.core.session.session import Session


class _NoneKnown(Exception):
    def __init__(self, app_id: str) -> None:
        super().__init__("no ID and secret known")
        self.app_id = app_id


class AppSecretConnect:
    session: Session
    profile: object
    _connect: Callable[..., None]
    failed: Callable[[BaseException], None]

    def sites(self) -> tuple[str, ...]:
        """Where the chosen provider's accounts can be opened (Alibaba: the China site and the international
        ones); the app ID and secret work only at their own site. (): nothing to ask."""
        return tuple(site.id for site in self.profile.sites)  # type: ignore[attr-defined]

    def default_site(self) -> str:
        """The site to offer first: the one for the region where most of the staff work (step 1)."""
        sites, region = self.profile.sites, self.session.state.region  # type: ignore[attr-defined]
        return next((s.id for s in sites if s.region == region), sites[0].id if sites else "")

    def connect_app(self, app_id: str, secret: str, label: str, site: str = "") -> None:
        """Tencent / Alibaba: the app's ID and secret (and where the account was opened, if the provider has
        several sites), tried, then kept in the keychain."""
        from mailwizard.core.providers.connection import AppSecret

        provider_id, connections = self.session.state.provider_id or "", self.session.connections
        sites = self.sites()
        credentials = AppSecret(app_id.strip(), secret.strip(),
                                (site if site in sites else self.default_site()) if sites else "")
        self._connect(lambda: connections.connect_app(provider_id, credentials), label, bind=True)

    def saved_app_id(self, then) -> None:
        """The ID kept from an earlier connection, to fill in the dialog (read off the UI thread)."""
        provider_id = self.session.state.provider_id or ""
        self.session.runner.run("saved-app-id", self.session.connections.saved_app_id(provider_id), label=None,
                                on_result=then, on_error=lambda _exc: then(""))

    def connect_known(self, label: str, ask: Callable[[str, str, dict], None]) -> None:
        """Connect: at once with the ID and secret known without asking — kept in the keychain by an earlier
        connection, else the surroundings' as a keychain would give them (practice's console). Where none are
        known, or the provider refuses the known ones, ``ask(app_id, problem, params)`` opens the form: problem
        "" (none known) or the refusal's message key (said in the form, and on the page)."""
        from mailwizard.core.providers.base import WrongCredentials

        provider_id, connections = self.session.state.provider_id or "", self.session.connections
        given = self.session.surroundings.app_credentials()
        site = self.default_site() if self.sites() else ""
        tried: list[AppSecret] = []

        async def connect():
            from mailwizard.core.providers.connection import AppSecret

            known = await connections.known_app_secret(provider_id)
            if known is None and given is not None:
                known = AppSecret(given[0], given[1], site)
            if known is None:
                raise _NoneKnown(await connections.saved_app_id(provider_id))
            tried.append(known)
            return await connections.connect_app(provider_id, known)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, _NoneKnown):
                ask(exc.app_id, "", {})
                return
            self.failed(exc)
            if isinstance(exc, WrongCredentials):  # refused: the form, to correct them
                ask(tried[-1].app_id if tried else "", exc.key, exc.params)

        self._connect(connect, label, bind=True, on_error=failed)
