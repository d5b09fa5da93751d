"""The mail copy's sign-in to the NEW mailboxes: a password (the default), or an OAuth access token per member where
the provider's profile says so (ProviderProfile.migration_target_auth / open_mail_tokens; Google Workspace and
Microsoft 365 take no password from other programs). Also the check of which members' new mailboxes a token opens
yet (→ TargetAccessChecked), so the admin can give the missing access before the copy."""

from __future__ import annotations

import logging
import ssl
from collections.abc import Awaitable, Callable
from typing import TYPE_CHECKING

from mailwizard.core.migration.target_auth import NOT_CONNECTED, MailTokens, TokenProblem
from mailwizard.core.provider_profile import TARGET_PASSWORD
from mailwizard.core.session.migration_events import TargetAccessChecked

if TYPE_CHECKING:
    from mailwizard.core.session.session import Session

log = logging.getLogger(__name__)
TASK = "migration-access"


class TargetSignIn:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._opened: tuple[object, MailTokens] | None = None

    def kind(self) -> str:
        """The profile's TARGET_* kind: "" (a password per new mailbox) or a token kind."""
        return self.session.provider.profile.migration_target_auth if self.session.provider.profile.open_mail_tokens \
            else TARGET_PASSWORD

    def uses_token(self) -> bool:
        return self.kind() != TARGET_PASSWORD

    def tokens(self) -> MailTokens:
        """The provider's token source over the connected API (opened once per connection)."""
        api, opener = self.session.provider.api, self.session.provider.profile.open_mail_tokens
        if api is None or opener is None:
            raise TokenProblem(NOT_CONNECTED, "the provider is not connected")
        if self._opened is None or self._opened[0] is not api:
            self._opened = (api, opener(api, self.session.state.connected_account or ""))
        return self._opened[1]

    def token_for(self, login: str) -> Callable[[], Awaitable[str]]:
        tokens = self.tokens()
        return lambda: tokens.token(login)

    async def opens(self, host: str, port: int, login: str, context: ssl.SSLContext | None) -> bool:
        """Does a token open ``login``'s new mailbox? (TokenRefused → False; anything else is raised.)"""
        from mailwizard.core.migration.imap import ImapClient, TokenRefused

        token = await self.tokens().token(login)
        client = await ImapClient.connect(host, port, "ssl", side="target", context=context)
        try:
            await client.login_oauth(login, token)
        except TokenRefused:
            return False
        finally:
            await client.logout()
        return True

    async def explain(self, login: str, reason: dict[str, str], host: str, port: int,
                      context: ssl.SSLContext | None) -> str:
        """A token refused for ``login``: the message key the provider's source gives (it may try another
        mailbox, the admin's own, with ``opens``)."""
        try:
            return await self.tokens().explain(login, reason, lambda other: self.opens(host, port, other, context))
        except TokenProblem as problem:
            return problem.key
        except Exception as exc:  # the probe could not even connect: the refusal stands as it is
            log.info("could not tell why a token was refused: %s", type(exc).__name__)
            return "migration.target_signin_again"

    def check_access(self, logins: list[str], target: tuple[str, int] | None,
                     context: ssl.SSLContext | None) -> None:
        """Tries each member's new mailbox with a token (signs in, signs out; nothing is changed) →
        TargetAccessChecked({login: "" when it opens, else the message key})."""
        from mailwizard.core.migration.imap import ImapError, TokenRefused

        async def work() -> dict[str, str]:
            found: dict[str, str] = {}
            for login in logins:
                try:
                    if target is None:
                        raise TokenProblem("migration.no_target_server")
                    ok = await self.opens(target[0], target[1], login, context)
                    found[login] = "" if ok else await self.explain(login, {}, target[0], target[1], context)
                except TokenProblem as problem:
                    found[login] = problem.key
                except TokenRefused:
                    found[login] = "migration.target_signin_again"
                except ImapError as exc:
                    found[login] = exc.key
            return found

        self.session.runner.run(TASK, work(), label=None,
                                on_result=lambda found: self.session.emit(TargetAccessChecked(found)),
                                on_error=lambda exc: self.session.emit(TargetAccessChecked(
                                    dict.fromkeys(logins, "migration.failed"))))
