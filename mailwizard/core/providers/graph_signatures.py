"""Microsoft 365's leave auto-reply through Microsoft Graph v1.0 (core/signatures/api.SignatureApi), with the admin's
own delegated sign-in; Outlook signatures have no Graph API.

- Auto-reply: ``PATCH /me/mailboxSettings`` ``{"automaticRepliesSetting": {...}}`` and read back with ``GET
  /me/mailboxSettings`` (https://learn.microsoft.com/en-us/graph/api/user-update-mailboxsettings; the resource
  https://learn.microsoft.com/en-us/graph/api/resources/automaticrepliessetting: ``status`` disabled / alwaysEnabled /
  scheduled, ``externalAudience`` none / contactsOnly / all, ``scheduledStartDateTime``/``scheduledEndDateTime``
  dateTimeTimeZone, ``internalReplyMessage``/``externalReplyMessage``). Delegated permission MailboxSettings.ReadWrite.
- Whose: a delegated token changes the signed-in user's own mailbox settings only. Other users' mailboxSettings
  answer 403 ErrorAccessDenied even to a Global Administrator who consented to MailboxSettings.ReadWrite
  (github.com/microsoftgraph/msgraph-sdk-powershell/issues/2966, github.com/microsoftgraph/microsoft-graph-docs/
  issues/3289); there is no ".Shared" variant of the permission (github.com/OfficeDev/office-js/issues/6057 for a
  shared mailbox). Everyone's would need the application permission MailboxSettings.ReadWrite (an app secret or
  certificate, which this build does not use) — so the admin's own mailbox here, the files for the others; an
  Exchange administrator can also set a user's automatic replies in the Exchange admin center (unconfirmed path).
- Signatures: no Graph property or call sets an Outlook signature (the mailboxSettings resource lists none):
  "signature.no_signature_api", the files instead.
Each change is sent once; a lost answer is AmbiguousOutcome, settled by reading back.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from mailwizard.core.providers.base import PermissionDenied
from mailwizard.core.providers.google_signatures import visible
from mailwizard.core.signatures.design import AUTOREPLY, SIGNATURE

if TYPE_CHECKING:
    from mailwizard.core.providers.microsoft import MicrosoftProvider

MAILBOX_SETTINGS_DOC = "https://learn.microsoft.com/en-us/graph/api/user-update-mailboxsettings"
PERMISSION = "MailboxSettings.ReadWrite"


class GraphAutoReplies:
    def __init__(self, provider: MicrosoftProvider) -> None:
        self.provider = provider
        self.graph = provider.endpoints.graph
        self._me: str | None = None

    def can(self) -> dict[str, bool | str]:
        return {SIGNATURE: "signature.no_signature_api", AUTOREPLY: True}

    async def _own(self) -> str:
        if self._me is None:
            me = (await self.provider.api.get(f"{self.graph}/me", params={"$select": "userPrincipalName,mail"})).json()
            self._me = str(me.get("mail") or me.get("userPrincipalName") or "").lower()
        return self._me

    async def reaches(self, kind: str, address: str) -> bool | str:
        if kind != AUTOREPLY:
            return "signature.no_signature_api"
        return True if address.lower() == await self._own() else "signature.own_mailbox_only"

    async def apply(self, kind: str, address: str, payload: dict) -> None:
        if await self.reaches(kind, address) is not True:
            raise PermissionDenied(needed=PERMISSION)
        try:
            await self.provider.api.request("PATCH", f"{self.graph}/me/mailboxSettings",
                                            json={"automaticRepliesSetting": setting(payload)}, once=True)
        except PermissionDenied:
            raise PermissionDenied(needed=PERMISSION) from None

    async def applied(self, kind: str, address: str, payload: dict) -> bool:
        found = (await self.provider.api.get(f"{self.graph}/me/mailboxSettings")).json()
        have, wanted = found.get("automaticRepliesSetting") or {}, setting(payload)
        if have.get("status") != wanted["status"]:
            return False
        for name in ("scheduledStartDateTime", "scheduledEndDateTime"):
            if name in wanted and _instant(have.get(name)) != _instant(wanted[name]):
                return False
        return visible(str(have.get("externalReplyMessage", ""))) == visible(payload["html"])


def setting(payload: dict) -> dict:
    start, end = payload.get("start"), payload.get("end")
    body = {"status": "scheduled" if start or end else "alwaysEnabled", "externalAudience": "all",
            "internalReplyMessage": payload["html"], "externalReplyMessage": payload["html"]}
    if start or end:  # scheduled wants both: an open end is the start plus a year (unconfirmed that Graph needs it)
        import datetime as dt

        first = dt.datetime.fromisoformat((start or _now()).replace("Z", "+00:00"))
        last = dt.datetime.fromisoformat(end.replace("Z", "+00:00")) if end else first + dt.timedelta(days=365)
        body["scheduledStartDateTime"] = {"dateTime": first.strftime("%Y-%m-%dT%H:%M:%S"), "timeZone": "UTC"}
        body["scheduledEndDateTime"] = {"dateTime": last.strftime("%Y-%m-%dT%H:%M:%S"), "timeZone": "UTC"}
    return body


def _now() -> str:
    import datetime as dt

    return dt.datetime.now(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _instant(value: object) -> str:
    """A dateTimeTimeZone in UTC as "YYYY-MM-DDTHH:MM:SS" (Graph answers with fractional seconds)."""
    if not isinstance(value, dict):
        return ""
    return str(value.get("dateTime", ""))[:19]


def open_signatures(provider: MicrosoftProvider) -> GraphAutoReplies:
    return GraphAutoReplies(provider)
