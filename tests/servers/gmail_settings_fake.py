"""The Google fake's Gmail signature and vacation part (mixed into tests/servers/google_fake.GoogleFake), as the
Gmail API documents them (sources in mailwizard/core/providers/google_signatures.py; shapes in gmail.v1.json, which
tests/contract checks every request against):

    GET          /gmail/v1/users/{userId}/settings/sendAs/{sendAsEmail}   SendAs (404 for an address not in the list)
    PUT | PATCH  /gmail/v1/users/{userId}/settings/sendAs/{sendAsEmail}   gmail.settings.basic or .sharing
    GET          /gmail/v1/users/{userId}/settings/vacation               VacationSettings
    PUT          /gmail/v1/users/{userId}/settings/vacation               gmail.settings.basic only

Only the token's own user ("me" or its address; anyone else's answers 403 "Delegation denied"). ``gmail_writes``
counts every change that was carried out, per (kind, address). Answers not in Google's reference are marked
"(unconfirmed)"."""

from __future__ import annotations

import re
from collections import Counter
from typing import Any
from urllib.parse import unquote

from mailwizard.sandbox.fake_http import Request, Response

SEND_AS = "/gmail/v1/users/{userId}/settings/sendAs/{sendAsEmail}"
VACATION = "/gmail/v1/users/{userId}/settings/vacation"
SCOPE_BASIC = "https://www.googleapis.com/auth/gmail.settings.basic"
SCOPE_SHARING = "https://www.googleapis.com/auth/gmail.settings.sharing"
READ_SCOPES = ("https://mail.google.com/", "https://www.googleapis.com/auth/gmail.modify",
               "https://www.googleapis.com/auth/gmail.readonly", SCOPE_BASIC)
SIGNATURE_LIMIT = 10_000  # support.google.com/mail/answer/8395
_STRIPPED = re.compile(r"<\s*(script|style)[^>]*>.*?<\s*/\s*\1\s*>", re.I | re.S)


def sanitized(html: str) -> str:
    """What Gmail keeps of a signature ("Gmail will sanitize the HTML before saving it"): script and style
    elements and on* attributes dropped here (Gmail's own rules are not published: the fake's are an
    approximation (unconfirmed)). The client must compare what it reads back by its visible text."""
    html = _STRIPPED.sub("", html)
    return re.sub(r"\s+on\w+\s*=\s*(\"[^\"]*\"|'[^']*'|[^\s>]+)", "", html)


class GmailSettingsMixin:
    users: dict[str, dict[str, Any]]

    def _gmail_settings_init(self) -> None:
        self.signatures: dict[str, str] = {}                  # address → its primary send-as signature
        self.vacations: dict[str, dict[str, Any]] = {}        # address → VacationSettings
        self.gmail_writes: Counter[tuple[str, str]] = Counter()  # (kind, address) → changes carried out
        self.route("GET", SEND_AS, self._get_send_as)
        self.route("PUT", SEND_AS, self._update_send_as)
        self.route("PATCH", SEND_AS, self._update_send_as)
        self.route("GET", VACATION, self._get_vacation)
        self.route("PUT", VACATION, self._update_vacation)

    def _send_as_of(self, request: Request, scopes: tuple[str, ...]) -> tuple[str, dict[str, Any]]:
        from tests.servers.google_fake import _BadRequest, google_error

        user = self._gmail_user(request, scopes)
        address = user["primaryEmail"]
        wanted = unquote(request.params["sendAsEmail"]).lower()
        if wanted != address:  # the list holds the primary address only here (no custom "from" aliases)
            raise _BadRequest(Response(404, google_error(404, "Requested entity was not found.", "notFound")))
        return address, user

    def _send_as_view(self, address: str, user: dict[str, Any]) -> dict[str, Any]:
        name = user.get("name") or {}
        return {"sendAsEmail": address, "displayName": name.get("fullName", ""), "replyToAddress": "",
                "signature": self.signatures.get(address, ""), "isPrimary": True, "isDefault": True}

    def _get_send_as(self, request: Request) -> Response:
        address, user = self._send_as_of(request, READ_SCOPES)
        return Response(200, self._send_as_view(address, user))

    def _update_send_as(self, request: Request) -> Response:
        from tests.servers.google_fake import _json_body, google_error

        address, user = self._send_as_of(request, (SCOPE_BASIC, SCOPE_SHARING))
        body = _json_body(request)
        signature = body.get("signature")
        if signature is None and request.method == "PUT":
            signature = ""  # update replaces the resource: a signature not sent is cleared
        if signature is not None:
            if len(signature) > SIGNATURE_LIMIT:  # the limit: support.google.com/mail/answer/8395; wording
                return Response(400, google_error(400, "Signature is too long.", "invalidArgument"))  # (unconfirmed)
            self.signatures[address] = sanitized(str(signature))
        self.gmail_writes[("signature", address)] += 1
        return Response(200, self._send_as_view(address, user))

    def _get_vacation(self, request: Request) -> Response:
        user = self._gmail_user(request, READ_SCOPES)
        return Response(200, dict(self.vacations.get(user["primaryEmail"], {"enableAutoReply": False})))

    def _update_vacation(self, request: Request) -> Response:
        from tests.servers.google_fake import _json_body, google_error

        user = self._gmail_user(request, (SCOPE_BASIC,))
        body = _json_body(request)
        start, end = body.get("startTime"), body.get("endTime")
        for value in (start, end):
            if value is not None and not re.fullmatch(r"\d+", str(value)):
                return Response(400, google_error(400, f"Invalid value at 'resource.start_time' ({value})",
                                                  "invalid"))  # (unconfirmed wording)
        if start and end and int(start) >= int(end):
            # "If both startTime and endTime are specified, startTime must precede endTime" (VacationSettings)
            return Response(400, google_error(400, "Invalid vacation settings: start time must precede end time",
                                              "invalidArgument"))  # (unconfirmed wording)
        if body.get("enableAutoReply") and not (body.get("responseSubject") or body.get("responseBodyHtml")
                                                or body.get("responseBodyPlainText")):
            # "In order to enable auto-replies, either the response subject or the response body must be nonempty"
            return Response(400, google_error(400, "Invalid vacation settings: empty response", "invalidArgument"))
        settings = {k: v for k, v in body.items() if v is not None}
        if "responseBodyHtml" in settings:
            settings["responseBodyHtml"] = sanitized(str(settings["responseBodyHtml"]))
        self.vacations[user["primaryEmail"]] = settings
        self.gmail_writes[("autoreply", user["primaryEmail"])] += 1
        return Response(200, dict(settings))
