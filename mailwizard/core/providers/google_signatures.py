"""Gmail signatures and vacation auto-replies for every member of a Google Workspace domain
(core/signatures/api.SignatureApi), acting as each user through the organisation's service account.

- Signature: users.settings.sendAs.patch on the member's primary address, ``{"signature": html}``
  (https://developers.google.com/workspace/gmail/api/reference/rest/v1/users.settings.sendAs/patch; scope
  gmail.settings.basic or gmail.settings.sharing, in gmail.v1.json). Patch, not update (PUT), so the alias's other
  settings (displayName, replyToAddress) are left as they are; both take the same SendAs body and scopes. "Gmail will
  sanitize the HTML before saving it with the alias" (sendAs.update's description): what is read back is compared by
  its visible text, not byte for byte. Gmail's signature is at most 10,000 characters
  (https://support.google.com/mail/answer/8395): the logo goes as a link (a data: URL would not fit).
- Auto-reply: users.settings.updateVacation (PUT .../users.settings/updateVacation; scope gmail.settings.basic) with
  VacationSettings ``enableAutoReply``, ``responseSubject``, ``responseBodyHtml``/``responseBodyPlainText``,
  ``startTime``/``endTime`` (epoch milliseconds as strings; "startTime must precede endTime"), read back with
  getVacation.
- Who may: Gmail settings are the mailbox user's own; another user's answer 403 "Delegation denied"
  (github.com/googleworkspace/python-samples/issues/80). Only a service account with domain-wide delegation
  (https://support.google.com/a/answer/162106) acting as each user sets them for everyone, with gmail.settings.basic
  in its delegation. With the admin's browser sign-in: "signature.needs_delegation" (the files instead).
Each change is sent once; a lost answer is AmbiguousOutcome, settled by reading back.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from html import unescape
from typing import TYPE_CHECKING
from urllib.parse import quote

from mailwizard.core.providers.base import PermissionDenied
from mailwizard.core.providers.google import classify
from mailwizard.core.providers.http import ApiClient, provider_api
from mailwizard.core.providers.service_account import ServiceAccountSession
from mailwizard.core.signatures.design import AUTOREPLY, KINDS, SIGNATURE

if TYPE_CHECKING:
    from mailwizard.core.providers.google import GoogleProvider

GMAIL_SETTINGS_BASIC = "https://www.googleapis.com/auth/gmail.settings.basic"
SIGNATURE_DOC = "https://developers.google.com/workspace/gmail/api/reference/rest/v1/users.settings.sendAs/patch"
VACATION_DOC = "https://developers.google.com/workspace/gmail/api/reference/rest/v1/users.settings/updateVacation"


class GmailSignatures:
    def __init__(self, provider: GoogleProvider) -> None:
        self.p = provider
        self.gmail = provider.endpoints.gmail
        session = provider.session
        self.key = session.key if isinstance(session, ServiceAccountSession) else None
        self._apis: dict[str, ApiClient] = {}

    def can(self) -> dict[str, bool | str]:
        return dict.fromkeys(KINDS, True if self.key else "signature.needs_delegation")

    async def reaches(self, kind: str, address: str) -> bool | str:
        return True if self.key else "signature.needs_delegation"

    def _api(self, address: str) -> ApiClient:
        """One client (one token, refreshed as it runs out) per member, acting as that member."""
        if self.key is None:
            raise PermissionDenied(needed="domain-wide delegation")
        address = address.lower()
        if address not in self._apis:
            session = ServiceAccountSession(replace(self.key, subject=address), (GMAIL_SETTINGS_BASIC,))
            self._apis[address] = provider_api(session, classify, http=self.p.http, policy=self.p.api.policy,
                                               sleep=None, rate=None)[1]
        return self._apis[address]

    async def _call(self, address: str, method: str, tail: str, **kwargs) -> dict:
        try:
            response = await self._api(address).request(method, f"{self.gmail}/users/me/settings/{tail}", **kwargs)
        except PermissionDenied:
            raise PermissionDenied(needed=GMAIL_SETTINGS_BASIC) from None
        return response.json() if response.content else {}

    async def apply(self, kind: str, address: str, payload: dict) -> None:
        if kind == SIGNATURE:
            await self._call(address, "PATCH", f"sendAs/{quote(address, safe='@')}",
                             json={"signature": payload["html"]}, once=True)
        elif kind == AUTOREPLY:
            await self._call(address, "PUT", "vacation", json=vacation(payload), once=True)

    async def applied(self, kind: str, address: str, payload: dict) -> bool:
        if kind == SIGNATURE:
            found = await self._call(address, "GET", f"sendAs/{quote(address, safe='@')}")
            return visible(str(found.get("signature", ""))) == visible(payload["html"])
        found = await self._call(address, "GET", "vacation")
        wanted = vacation(payload)
        return bool(found.get("enableAutoReply")) and all(
            str(found.get(k, "")) == str(wanted.get(k, "")) for k in ("responseSubject", "startTime", "endTime")) \
            and visible(str(found.get("responseBodyHtml", ""))) == visible(payload["html"])


def vacation(payload: dict) -> dict:
    body = {"enableAutoReply": True, "responseSubject": payload["subject"], "responseBodyHtml": payload["html"],
            "responseBodyPlainText": payload["text"], "restrictToContacts": False, "restrictToDomain": False}
    for name, value in (("startTime", payload.get("start")), ("endTime", payload.get("end"))):
        if value:
            body[name] = str(int(dt.datetime.fromisoformat(value.replace("Z", "+00:00")).timestamp() * 1000))
    return body


def visible(html: str) -> str:
    """The text a reader sees (tags dropped, entities read, spaces folded): how a sanitized copy is compared."""
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]*>", " ", html))).strip()


def open_signatures(provider: GoogleProvider) -> GmailSignatures:
    return GmailSignatures(provider)
