"""Sending the invitations from the signed-in admin's own mailbox through the provider's mail API (Gmail API,
Microsoft Graph sendMail): no mail server, no password. The provider module makes the request once; this turns its
errors into the run's words — this message failed, this one is uncertain, or the whole run stops."""

from __future__ import annotations

from email.message import EmailMessage

from mailwizard.core.invitations.sender import PermanentFailure, SendProblem, Uncertain
from mailwizard.core.providers.base import (
    AmbiguousOutcome,
    AuthExpired,
    DelegationMissing,
    InvalidAddress,
    InvalidRequest,
    NoMailbox,
    NotConnected,
    PermissionDenied,
    Provider,
    RateLimited,
    SendingLimitReached,
    ServiceUnavailable,
    SignInFailed,
    Unreachable,
)


class ProviderMailSender:
    """A ``Sender`` over ``provider.send_mail``. ``mailbox``: the signed-in admin's address (for the messages)."""

    def __init__(self, provider: Provider | None, mailbox: str, provider_name: str, *, pace: float = 1.0) -> None:
        self.provider, self.mailbox, self.provider_name, self.pace = provider, mailbox, provider_name, pace

    async def send_one(self, message: EmailMessage) -> None:
        if self.provider is None:
            raise SendProblem("provider.not_connected")
        where = {"provider": self.provider_name, "address": self.mailbox}
        try:
            await self.provider.send_mail(message)
        except AmbiguousOutcome as exc:
            raise Uncertain() from exc
        except ServiceUnavailable as exc:  # a read that kept failing; a send is never retried after a 5xx
            raise Uncertain() from exc
        except DelegationMissing:
            raise SendProblem("mailapi.delegation", **where) from None
        except PermissionDenied as exc:
            raise SendProblem("mailapi.permission", needed=exc.params.get("needed", ""), **where) from None
        except NoMailbox:
            raise SendProblem("mailapi.no_mailbox", **where) from None
        except SendingLimitReached:
            raise SendProblem("mailapi.sending_limit", **where) from None
        except RateLimited:
            raise SendProblem("mailapi.busy", **where) from None
        except (AuthExpired, SignInFailed, NotConnected):
            raise SendProblem("provider.auth_expired") from None
        except Unreachable as exc:
            raise SendProblem("provider.unreachable", **exc.params) from None
        except InvalidAddress:
            raise PermanentFailure("smtp.bad_address", 400) from None
        except InvalidRequest:
            raise PermanentFailure("mailapi.rejected", 400) from None

    async def close(self) -> None:
        return None  # the connection is the provider step's: it stays open for the rest of the session
