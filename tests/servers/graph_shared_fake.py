"""The Graph fake's shared-address part (mixed into tests/servers/graph_fake.GraphFake): Microsoft 365 groups made,
patched and listed as Microsoft documents them (sources in mailwizard/core/providers/graph_shared.py; every request
also checked against msgraph-sdk's templates and models by tests/contract):

    POST  /v1.0/groups               a Microsoft 365 group (Group.ReadWrite.All); its address is mailNickname at the
                                     tenant's default domain; distribution lists and mail-enabled security groups
                                     refused; allowExternalSenders / autoSubscribeNewMembers refused in the POST
    PATCH /v1.0/groups/{id}          allowExternalSenders, autoSubscribeNewMembers: each in a PATCH of its own
    GET   /v1.0/groups/{id}/members  the members (users), paged
    $filter proxyAddresses/any(x:x eq 'smtp:…') on /users and /groups, mail eq and mailNickname eq on /groups

Users have proxyAddresses "SMTP:<upn>" plus the aliases seeded with ``add_user_alias`` (a mailbox's addresses as
Exchange stamps them; that every user has a mailbox is the fake's simplification). ``group_creates`` counts the groups
made per address, ``group_patches`` the PATCHes carried out per (address, property); ``provisioning_calls``: the first
PATCHes of a new group answer 404 as while Exchange provisions it. Answers not in Microsoft's reference "(inferred)"."""

from __future__ import annotations

import re
import uuid
from collections import Counter
from datetime import UTC, datetime
from typing import Any

from mailwizard.sandbox.fake_http import Request, Response

GRAPH = "https://graph.microsoft.com/"
GROUP_WRITE_SCOPES = (GRAPH + "Group.ReadWrite.All", GRAPH + "Directory.ReadWrite.All")
GROUP_CREATORS = frozenset({"Global Administrator", "Groups Administrator", "User Administrator"})
OWN_PATCH = ("allowExternalSenders", "autoSubscribeNewMembers", "hideFromAddressLists", "hideFromOutlookClients",
             "isSubscribedByMail", "unseenCount")  # group-post-groups: set only in a later PATCH, each on its own
GROUP_WRITABLE = frozenset({"displayName", "description", "mailEnabled", "mailNickname", "securityEnabled",
                            "groupTypes", "visibility", "owners@odata.bind", "members@odata.bind",
                            "preferredDataLocation", "classification", "isAssignableToRole"})
NOT_ALONE = "The request is currently not supported on the targeted entity set"  # (code inferred; Okta's docs)
PROXY_FILTER = re.compile(r"^\s*proxyAddresses/any\(\s*(\w+)\s*:\s*\1\s+eq\s+'((?:[^']|'')*)'\s*\)\s*$", re.I)
MAIL_FILTER = re.compile(r"^\s*mail\s+eq\s+'((?:[^']|'')*)'\s*$", re.I)
NICKNAME_FILTER = re.compile(r"^\s*mailNickname\s+eq\s+'((?:[^']|'')*)'\s+and\s+groupTypes/any\(\s*(\w+)\s*:\s*\2"
                             r"\s+eq\s+'Unified'\s*\)\s*$", re.I)
GROUP_SELECTABLE = ("proxyAddresses", "allowExternalSenders", "autoSubscribeNewMembers")


def proxies(item: dict[str, Any]) -> list[str]:
    """A user's or group's proxyAddresses: the primary "SMTP:" first, then "smtp:" aliases."""
    if item.get("proxyAddresses") is not None:
        return list(item["proxyAddresses"])
    primary = item.get("mail") or item.get("userPrincipalName")
    return [f"SMTP:{primary}"] if primary and (item.get("mailEnabled", True)) else []


class GraphSharedMixin:
    users: dict[str, dict[str, Any]]
    groups: dict[str, dict[str, Any]]
    group_members: dict[str, set[str]]
    domains: dict[str, dict[str, Any]]
    admin_id: str

    def _shared_init(self) -> None:
        self.group_creates: Counter[str] = Counter()
        self.group_create_posts = 0
        self.group_patches: Counter[tuple[str, str]] = Counter()
        self.provisioning_calls = 0
        self._provisioning_misses: Counter[str] = Counter()
        self.group_owners: dict[str, set[str]] = {}
        graph = self._graph  # type: ignore[attr-defined]
        self.route("POST", "/v1.0/groups", graph(self._create_group))  # type: ignore[attr-defined]
        self.route("PATCH", "/v1.0/groups/{id}", graph(self._patch_group))  # type: ignore[attr-defined]
        self.route("GET", "/v1.0/groups/{id}/members", graph(self._list_members))  # type: ignore[attr-defined]

    # --- helpers for tests ---------------------------------------------------------------------------------
    def set_default_domain(self, name: str) -> None:
        with self.lock:  # type: ignore[attr-defined]
            for domain in self.domains.values():
                domain["isDefault"] = domain["id"] == name.lower()

    def add_user_alias(self, upn: str, alias: str) -> None:
        with self.lock:  # type: ignore[attr-defined]
            user = self.users[upn.lower()]
            user["proxyAddresses"] = [*proxies(user), f"smtp:{alias}"]

    def group_by_mail(self, address: str) -> dict[str, Any] | None:
        return next((g for g in self.groups.values() if (g.get("mail") or "").lower() == address.lower()), None)

    def address_in_use(self, address: str) -> bool:
        wanted = "smtp:" + address.lower()
        return any(wanted == p.lower() for item in [*self.users.values(), *self.groups.values()]
                   for p in proxies(item)) or address.lower() in self.users

    def _default_domain(self) -> str:
        return next(d["id"] for d in self.domains.values() if d["isDefault"])

    # --- filters the shared part adds (called from GraphFake._matches / _list_groups) -----------------------
    @staticmethod
    def shared_filter(query: str) -> Any:
        """A predicate for the $filter forms above, or None."""
        if match := PROXY_FILTER.match(query):
            wanted = match.group(2).replace("''", "'").lower()
            return lambda item: any(p.lower() == wanted for p in proxies(item))
        if match := MAIL_FILTER.match(query):
            wanted = match.group(1).replace("''", "'").lower()
            return lambda item: (item.get("mail") or "").lower() == wanted
        if match := NICKNAME_FILTER.match(query):
            wanted = match.group(1).replace("''", "'").lower()
            return lambda item: "Unified" in (item.get("groupTypes") or []) and \
                (item.get("mailNickname") or "").lower() == wanted
        return None

    # --- groups --------------------------------------------------------------------------------------------
    def _create_group(self, request: Request) -> Response:
        """Create group (learn.microsoft.com/graph/api/group-post-groups): 201 and the group."""
        from tests.servers.graph_fake import GraphError

        self.group_create_posts += 1
        self._require_any_scope(request, GROUP_WRITE_SCOPES)  # type: ignore[attr-defined]
        self._require(GROUP_CREATORS)  # type: ignore[attr-defined]
        body = self._body(request)  # type: ignore[attr-defined]
        for name in body:
            if name in OWN_PATCH:
                raise GraphError(400, "Request_BadRequest", f"Property '{name}' can't be set when creating a group; "
                                 "set it with a later PATCH.")  # (inferred wording)
            if name not in GROUP_WRITABLE:
                raise GraphError(400, "Request_BadRequest", f"Property '{name}' does not exist as a declared "
                                 "property or extension property.")  # (inferred)

        def invalid(name: str) -> GraphError:
            return GraphError(400, "Request_BadRequest", f"Invalid value specified for property '{name}' of "
                              "resource 'Group'.")

        for name in ("displayName", "mailEnabled", "mailNickname", "securityEnabled"):
            if body.get(name) is None:
                raise GraphError(400, "Request_BadRequest", f"A value is required for property '{name}' of "
                                 "resource 'Group'.")  # (inferred)
        for name in ("mailEnabled", "securityEnabled"):
            if not isinstance(body[name], bool):
                raise invalid(name)
        display, nickname = body["displayName"], body["mailNickname"]
        if not isinstance(display, str) or not display.strip() or len(display) > 256:
            raise invalid("displayName")
        if not isinstance(nickname, str) or not re.fullmatch(r'[\x21-\x7e]{1,64}', nickname) or \
                set('@()\\[]";:.<>,') & set(nickname):
            raise invalid("mailNickname")
        types = body.get("groupTypes") or []
        if not isinstance(types, list) or any(t not in ("Unified", "DynamicMembership") for t in types):
            raise invalid("groupTypes")
        if body["mailEnabled"] and "Unified" not in types:  # github.com/pnp/cli-microsoft365/issues/5476
            raise GraphError(400, "Request_BadRequest",
                             "Cannot Create a mail-enabled security groups and or distribution list.")
        if body.get("visibility") not in (None, "Private", "Public", "HiddenMembership"):
            raise invalid("visibility")
        mail = f"{nickname.lower()}@{self._default_domain()}" if body["mailEnabled"] else None
        if "Unified" in types and any("Unified" in g["groupTypes"] and g["mailNickname"].lower() == nickname.lower()
                                      for g in self.groups.values()):
            raise GraphError(400, "Request_BadRequest", "Another object with the same value for property "
                             "mailNickname already exists.")  # (inferred)
        if mail and self.address_in_use(mail):
            raise GraphError(400, "Request_BadRequest", "Another object with the same value for property "
                             "proxyAddresses already exists.")  # (inferred)
        group_id = str(uuid.uuid4())
        group = {"id": group_id, "displayName": display, "description": body.get("description"), "mail": mail,
                 "mailEnabled": body["mailEnabled"], "mailNickname": nickname,
                 "securityEnabled": body["securityEnabled"],
                 "groupTypes": list(types), "visibility": body.get("visibility") or "Public",
                 "createdDateTime": datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ"),
                 "proxyAddresses": [f"SMTP:{mail}"] if mail else [],
                 # defaults: "Default is false" (group-update)
                 "allowExternalSenders": False, "autoSubscribeNewMembers": False}
        self.groups[group_id] = group
        self.group_members[group_id] = set()
        self.group_owners[group_id] = {self.admin_id}  # "the calling user is automatically added as the owner"
        if mail:
            self.group_creates[mail] += 1
        return Response(201, {"@odata.context": self._context("groups/$entity"),  # type: ignore[attr-defined]
                              **{k: v for k, v in group.items() if k not in GROUP_SELECTABLE[1:]}},
                        {"Location": f"{self.base_url}/v1.0/groups/{group_id}"})  # type: ignore[attr-defined]

    def _patch_group(self, request: Request) -> Response:
        """Update group (learn.microsoft.com/graph/api/group-update): 204."""
        from tests.servers.graph_fake import GraphError

        self._require_any_scope(request, GROUP_WRITE_SCOPES)  # type: ignore[attr-defined]
        group = self._group(request)  # type: ignore[attr-defined]
        body = self._body(request)  # type: ignore[attr-defined]
        alone = [n for n in body if n in OWN_PATCH]
        if alone and len(body) > 1:
            raise GraphError(400, "BadRequest", NOT_ALONE)
        for name in body:
            if name not in OWN_PATCH and name not in ("displayName", "description", "visibility"):
                raise GraphError(400, "Request_BadRequest", f"Property '{name}' is read-only or cannot be updated "
                                 "here.")  # (inferred)
            if name in ("allowExternalSenders", "autoSubscribeNewMembers") and not isinstance(body[name], bool):
                raise GraphError(400, "Request_BadRequest", f"Invalid value specified for property '{name}' of "
                                 "resource 'Group'.")
        if alone and "Unified" not in group["groupTypes"]:
            raise GraphError(400, "BadRequest", NOT_ALONE)  # Exchange properties of Microsoft 365 groups only
        if alone and self._provisioning_misses[group["id"]] < self.provisioning_calls:
            self._provisioning_misses[group["id"]] += 1
            raise self._missing(group["id"])  # type: ignore[attr-defined]
        for name, value in body.items():
            group[name] = value
            self.group_patches[((group.get("mail") or "").lower(), name)] += 1
        return Response(204, b"")

    def _list_members(self, request: Request) -> Response:
        """List group members (learn.microsoft.com/graph/api/group-list-members): the users, paged."""
        self._require_any_scope(request, (GRAPH + "GroupMember.Read.All",  # type: ignore[attr-defined]
                                          GRAPH + "GroupMember.ReadWrite.All", GRAPH + "Group.Read.All",
                                          GRAPH + "Group.ReadWrite.All", GRAPH + "Directory.Read.All"))
        group = self._group(request)  # type: ignore[attr-defined]
        by_id = {u["id"]: u for u in self.users.values()}
        members = [by_id[m] for m in sorted(self.group_members[group["id"]]) if m in by_id]
        size = min(self._top(request), self.groups_page_size)  # type: ignore[attr-defined]

        def view(user: dict[str, Any]) -> dict[str, Any]:
            return {"@odata.type": "#microsoft.graph.user", "id": user["id"], "displayName": user["displayName"],
                    "mail": user.get("mail"), "userPrincipalName": user["userPrincipalName"]}

        return self._paged(request, f"groups/{group['id']}/members", members, size, view,  # type: ignore
                           [(k, v) for k in ("$top",) if (v := request.arg(k))])
