"""The Graph fake's mailbox-settings part (mixed into tests/servers/graph_fake.GraphFake): automatic replies as
Microsoft documents them (sources in mailwizard/core/providers/graph_signatures.py; every request also checked
against msgraph-sdk's models by tests/contract):

    GET   /v1.0/me/mailboxSettings          MailboxSettings.Read or .ReadWrite
    PATCH /v1.0/me/mailboxSettings          MailboxSettings.ReadWrite; answers the settings changed
    GET | PATCH /v1.0/users/{id}/mailboxSettings   the signed-in user's own only: anyone else's 403 ErrorAccessDenied
                                            with a delegated token, whatever the admin's roles (see the sources)

``mailbox_patches`` counts the PATCHes carried out per mailbox. Answers not in Microsoft's reference "(inferred)"."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from typing import Any
from urllib.parse import unquote

from mailwizard.sandbox.fake_http import Request, Response

GRAPH = "https://graph.microsoft.com/"
READ = (GRAPH + "MailboxSettings.Read", GRAPH + "MailboxSettings.ReadWrite")
WRITE = (GRAPH + "MailboxSettings.ReadWrite",)
STATUSES = ("disabled", "alwaysEnabled", "scheduled")
AUDIENCES = ("none", "contactsOnly", "all")
DEFAULT = {"status": "disabled", "externalAudience": "all", "internalReplyMessage": "", "externalReplyMessage": "",
           "scheduledStartDateTime": {"dateTime": "2026-01-01T00:00:00.0000000", "timeZone": "UTC"},
           "scheduledEndDateTime": {"dateTime": "2026-01-02T00:00:00.0000000", "timeZone": "UTC"}}


class GraphMailboxMixin:
    users: dict[str, dict[str, Any]]
    admin_upn: str

    def _mailbox_init(self) -> None:
        self.auto_replies: dict[str, dict[str, Any]] = {}    # UPN → automaticRepliesSetting
        self.mailbox_patches: Counter[str] = Counter()
        graph = self._graph
        self.route("GET", "/v1.0/me/mailboxSettings", graph(self._get_mailbox_settings))
        self.route("PATCH", "/v1.0/me/mailboxSettings", graph(self._patch_mailbox_settings))
        self.route("GET", "/v1.0/users/{id}/mailboxSettings", graph(self._get_mailbox_settings))
        self.route("PATCH", "/v1.0/users/{id}/mailboxSettings", graph(self._patch_mailbox_settings))

    def _mailbox_of(self, request: Request, scopes: tuple[str, ...]) -> str:
        from tests.servers.graph_fake import GraphError

        held = {s.lower() for s in self.access_tokens.get(request.bearer or "", {}).get("scopes", [])}
        me = self.admin_upn.lower()
        wanted = unquote(request.params.get("id", me)).lower()
        mail = {me, str(self.users.get(me, {}).get("mail") or "").lower()}
        if not held & {s.lower() for s in scopes} or wanted not in mail:
            # as Graph answers both (github.com/microsoftgraph/microsoft-graph-docs/issues/3289)
            raise GraphError(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.")
        if not getattr(self, "admin_has_mailbox", True):
            raise GraphError(404, "MailboxNotEnabledForRESTAPI", "The mailbox is either inactive, soft-deleted, or "
                             "is hosted on-premise.")  # (inferred for mailboxSettings)
        return me

    def _settings_view(self, me: str) -> dict[str, Any]:
        return {"@odata.context": f"{self.base_url}/v1.0/$metadata#users('{me}')/mailboxSettings",
                "automaticRepliesSetting": dict(self.auto_replies.get(me, DEFAULT)), "timeZone": "UTC",
                "language": {"locale": "en-US", "displayName": "English (United States)"}}

    def _get_mailbox_settings(self, request: Request) -> Response:
        return Response(200, self._settings_view(self._mailbox_of(request, READ)))

    def _patch_mailbox_settings(self, request: Request) -> Response:
        from tests.servers.graph_fake import GraphError

        me = self._mailbox_of(request, WRITE)
        body = self._body(request)
        setting = body.get("automaticRepliesSetting")
        if setting is not None:
            merged = {**self.auto_replies.get(me, DEFAULT), **setting}
            if merged["status"] not in STATUSES or merged["externalAudience"] not in AUDIENCES:
                raise GraphError(400, "ErrorInvalidRequest", "Requested value was not found.")  # (inferred)
            if merged["status"] == "scheduled":
                start, end = (_instant(merged.get(k)) for k in ("scheduledStartDateTime", "scheduledEndDateTime"))
                if start is None or end is None or end <= start:
                    raise GraphError(400, "ErrorInvalidParameter", "The scheduled end time must be after the "
                                     "scheduled start time.")  # (inferred wording)
            for name in ("scheduledStartDateTime", "scheduledEndDateTime"):  # Graph answers 7 fractional digits
                stamp = _instant(merged.get(name))
                if stamp is not None:
                    merged[name] = {"dateTime": stamp.strftime("%Y-%m-%dT%H:%M:%S.0000000"), "timeZone": "UTC"}
            self.auto_replies[me] = merged
        self.mailbox_patches[me] += 1
        return Response(200, {"@odata.context": f"{self.base_url}/v1.0/$metadata#Me/mailboxSettings", **body})


def _instant(value: Any) -> dt.datetime | None:
    if not isinstance(value, dict) or value.get("timeZone") not in ("UTC", "Etc/GMT"):
        return None  # other zones are not modelled (the client sends UTC)
    try:
        return dt.datetime.fromisoformat(str(value.get("dateTime", ""))[:19])
    except ValueError:
        return None
