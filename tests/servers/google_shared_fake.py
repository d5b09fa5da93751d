"""The Google fake's shared-address part (mixed into tests/servers/google_fake.GoogleFake): groups.insert and
groups.delete, members.list, users.aliases.insert and .list, and the Groups Settings API's get and patch, as
admin.directory_v1.json and groupssettings.v1.json describe them (tests/contract checks every request against both;
sources of each behaviour in mailwizard/core/providers/google_shared.py).

    POST   /admin/directory/v1/groups                           a new group; 409 duplicate if the address is in use
    DELETE /admin/directory/v1/groups/{groupKey}                204
    GET    /admin/directory/v1/groups/{groupKey}/members        paged (``members_page_size`` at most per page)
    POST   /admin/directory/v1/users/{userKey}/aliases          409 duplicate if in use; past 30 aliases refused
    GET    /admin/directory/v1/users/{userKey}/aliases          {"kind", "etag", "aliases": [Alias]}
    GET | PATCH /groups/v1/groups/{groupUniqueId}               Atom XML unless alt=json (the API's default)

An address is in use when it is a user's primary address, a user's alias, a group's address or a group's alias:
users.get and groups.get resolve aliases too. ``group_inserts`` and ``alias_inserts`` count the creations carried
out (per address), ``settings_patches`` the settings changes; ``settings_delay_calls``: the first PATCHes for a
group answer 404 as if the Groups Settings API had not seen the new group yet. Answers not in Google's reference are
marked "(unconfirmed)"."""

from __future__ import annotations

import json
import secrets
from collections import Counter
from typing import Any
from urllib.parse import unquote

from mailwizard.sandbox.fake_http import Request, Response

DIRECTORY = "/admin/directory/v1"
GROUPS_SETTINGS = "/groups/v1/groups/{groupUniqueId}"
SCOPE_GROUP = "https://www.googleapis.com/auth/admin.directory.group"
SCOPE_GROUP_RO = "https://www.googleapis.com/auth/admin.directory.group.readonly"
SCOPE_GROUP_MEMBER = "https://www.googleapis.com/auth/admin.directory.group.member"
SCOPE_GROUP_MEMBER_RO = "https://www.googleapis.com/auth/admin.directory.group.member.readonly"
SCOPE_USER = "https://www.googleapis.com/auth/admin.directory.user"
SCOPE_USER_RO = "https://www.googleapis.com/auth/admin.directory.user.readonly"
SCOPE_ALIAS = "https://www.googleapis.com/auth/admin.directory.user.alias"
SCOPE_ALIAS_RO = "https://www.googleapis.com/auth/admin.directory.user.alias.readonly"
SCOPE_GROUPS_SETTINGS = "https://www.googleapis.com/auth/apps.groups.settings"
ALIASES_PER_USER = 30  # support.google.com/a/answer/33327
# whoCanPostMessage's values (its description in groupssettings.v1.json; the schema declares no enum)
WHO_CAN_POST = ("NONE_CAN_POST", "ALL_MANAGERS_CAN_POST", "ALL_MEMBERS_CAN_POST", "ALL_OWNERS_CAN_POST",
                "ALL_IN_DOMAIN_CAN_POST", "ANYONE_CAN_POST")
# A new group's settings (a few; what Google gives an API-made group is (unconfirmed): the fake's guess)
DEFAULT_SETTINGS = {"whoCanPostMessage": "ALL_IN_DOMAIN_CAN_POST", "messageModerationLevel": "MODERATE_NONE",
                    "spamModerationLevel": "MODERATE", "allowExternalMembers": "false", "archiveOnly": "false",
                    "whoCanJoin": "CAN_REQUEST_TO_JOIN", "whoCanViewMembership": "ALL_IN_DOMAIN_CAN_VIEW"}


class GoogleSharedMixin:
    users: dict[str, dict[str, Any]]
    groups: list[dict[str, Any]]
    group_members: dict[str, set[str]]
    domains: dict[str, dict[str, Any]]

    def _shared_init(self) -> None:
        self.group_inserts: Counter[str] = Counter()     # address → groups.insert calls that made it
        self.group_insert_posts = 0                      # groups.insert calls that reached the handler
        self.alias_inserts: Counter[str] = Counter()     # alias → users.aliases.insert calls that made it
        self.alias_insert_posts = 0
        self.settings_patches: Counter[str] = Counter()  # group address → settings changes carried out
        self.settings_delay_calls = 0
        self.members_page_size = 200
        self.deleted_groups: list[str] = []
        self._settings_misses: Counter[str] = Counter()
        self.route("POST", DIRECTORY + "/groups", self._insert_group)
        self.route("DELETE", DIRECTORY + "/groups/{groupKey}", self._delete_group)
        self.route("GET", DIRECTORY + "/groups/{groupKey}/members", self._list_members)
        self.route("POST", DIRECTORY + "/users/{userKey}/aliases", self._insert_alias)
        self.route("GET", DIRECTORY + "/users/{userKey}/aliases", self._list_aliases)
        self.route("GET", GROUPS_SETTINGS, self._get_settings)
        self.route("PATCH", GROUPS_SETTINGS, self._patch_settings)

    # --- helpers for tests ---------------------------------------------------------------------------------
    def group_by_address(self, address: str) -> dict[str, Any] | None:
        return next((g for g in self.groups if g["email"] == address.lower()), None)

    def members_by_address(self, address: str) -> set[str]:
        with self.lock:  # type: ignore[attr-defined]
            group = self.group_by_address(address)
            return set(self.group_members[group["id"]]) if group else set()

    def add_user_alias(self, address: str, alias: str) -> None:
        """Seed an alias made earlier in the console (not counted)."""
        with self.lock:  # type: ignore[attr-defined]
            self.users[address.lower()].setdefault("aliases", []).append(alias.lower())

    def address_in_use(self, address: str) -> bool:
        address = address.lower()
        return address in self.users or any(address in u.get("aliases", []) for u in self.users.values()) or \
            any(address == g["email"] or address in g.get("aliases", []) for g in self.groups)

    # --- groups --------------------------------------------------------------------------------------------
    def _insert_group(self, request: Request) -> Response:
        """groups.insert (developers.google.com/workspace/admin/directory/reference/rest/v1/groups/insert)."""
        from tests.servers.google_fake import _BadRequest, _invalid_json, _json_body, _type_name, google_error

        self._authorize_api(request, (SCOPE_GROUP,))  # type: ignore[attr-defined]
        self.group_insert_posts += 1
        body = _json_body(request)
        for field in ("email", "name", "description"):
            value = body.get(field)
            if value is not None and not isinstance(value, str):
                raise _BadRequest(_invalid_json(f"Invalid value at 'resource.{field}' (TYPE_STRING), "
                                                f"{_type_name(value)}", f"resource.{field}"))
        email = (body.get("email") or "").strip().lower()
        local, _, domain = email.partition("@")
        if not email:
            return Response(400, google_error(400, "Missing required field: email", "required"))  # (unconfirmed)
        if not local or domain not in self.domains:
            return Response(400, google_error(400, "Invalid Input: email", "invalid"))  # (unconfirmed)
        if self.address_in_use(email):
            return Response(409, google_error(409, "Entity already exists.", "duplicate"))  # (unconfirmed)
        if len(body.get("description") or "") > 4096:  # "Maximum length is 4,096 characters" (Group schema)
            return Response(400, google_error(400, "Invalid Input: description", "invalid"))  # (unconfirmed)
        group = {"kind": "admin#directory#group", "id": "0" + secrets.token_hex(7), "etag": "\"" +
                 secrets.token_urlsafe(20) + "\"", "email": email, "name": body.get("name") or local,
                 "description": body.get("description") or "", "directMembersCount": "0", "adminCreated": True,
                 "nonEditableAliases": [], "_settings": dict(DEFAULT_SETTINGS, email=email)}
        self.groups.append(group)
        self.group_members[group["id"]] = set()
        self.group_inserts[email] += 1
        return Response(200, self._group_view(group))

    @staticmethod
    def _group_view(group: dict[str, Any]) -> dict[str, Any]:
        return json.loads(json.dumps({k: v for k, v in group.items() if not k.startswith("_")}))

    def _group_or_404(self, key: str) -> dict[str, Any]:
        from tests.servers.google_fake import _BadRequest, google_error

        group = self._find_group(key)  # type: ignore[attr-defined]
        if group is None:
            raise _BadRequest(Response(404, google_error(404, "Resource Not Found: groupKey", "notFound")))
        return group

    def _delete_group(self, request: Request) -> Response:
        self._authorize_api(request, (SCOPE_GROUP,))  # type: ignore[attr-defined]
        group = self._group_or_404(request.params["groupKey"])
        self.groups.remove(group)
        self.group_members.pop(group["id"], None)
        self.deleted_groups.append(group["email"])
        return Response(204, b"")

    def _list_members(self, request: Request) -> Response:
        """members.list: {"kind", "etag", "members": [Member], "nextPageToken"} (maxResults 1..200)."""
        from tests.servers.google_fake import _b64url, _etag

        self._authorize_api(request, (SCOPE_GROUP, SCOPE_GROUP_RO, SCOPE_GROUP_MEMBER,  # type: ignore[attr-defined]
                                      SCOPE_GROUP_MEMBER_RO))
        group = self._group_or_404(request.params["groupKey"])
        size, offset = self._paging(request, 200, 200)  # type: ignore[attr-defined]
        size = min(size, self.members_page_size)
        members = sorted(self.group_members[group["id"]])
        page = members[offset:offset + size]
        body: dict[str, Any] = {"kind": "admin#directory#members", "etag": _etag()}
        if page:  # Google omits empty repeated fields
            body["members"] = [{"kind": "admin#directory#member", "etag": _etag(), "id": self.users[m]["id"],
                                "email": m, "role": "MEMBER", "type": "USER", "status": "ACTIVE"}
                               for m in page if m in self.users]
        if offset + size < len(members):
            body["nextPageToken"] = _b64url(f"member:{offset + size}".encode())
        return Response(200, body)

    # --- aliases -------------------------------------------------------------------------------------------
    def _user_or_404(self, request: Request) -> dict[str, Any]:
        from tests.servers.google_fake import _BadRequest, google_error

        user = self._find_user(request.params["userKey"])  # type: ignore[attr-defined]
        if user is None:
            raise _BadRequest(Response(404, google_error(404, "Resource Not Found: userKey", "notFound")))
        return user

    def _insert_alias(self, request: Request) -> Response:
        """users.aliases.insert: the Alias {"alias"} (admin.directory_v1.json); answers the Alias."""
        from tests.servers.google_fake import _BadRequest, _etag, _invalid_json, _json_body, _type_name, google_error

        self._authorize_api(request, (SCOPE_USER, SCOPE_ALIAS))  # type: ignore[attr-defined]
        self.alias_insert_posts += 1
        user = self._user_or_404(request)
        body = _json_body(request)
        for key in body:
            if key not in ("alias", "etag", "id", "kind", "primaryEmail"):
                raise _BadRequest(_invalid_json(f'Unknown name "{key}" at \'resource\': Cannot find field.',
                                                "resource"))
        alias = body.get("alias")
        if alias is not None and not isinstance(alias, str):
            raise _BadRequest(_invalid_json(f"Invalid value at 'resource.alias' (TYPE_STRING), {_type_name(alias)}",
                                            "resource.alias"))
        alias = (alias or "").strip().lower()
        local, _, domain = alias.partition("@")
        if not local or domain not in self.domains:
            return Response(400, google_error(400, "Invalid Input: alias", "invalid"))  # (unconfirmed)
        if self.address_in_use(alias):
            return Response(409, google_error(409, "Entity already exists.", "duplicate"))  # (unconfirmed)
        held = user.setdefault("aliases", [])
        if len(held) >= ALIASES_PER_USER:
            return Response(400, google_error(400, "Invalid Input: too many aliases", "invalid"))  # (unconfirmed)
        held.append(alias)
        self.alias_inserts[alias] += 1
        return Response(200, {"kind": "admin#directory#alias", "etag": _etag(), "id": user["id"],
                              "primaryEmail": user["primaryEmail"], "alias": alias})

    def _list_aliases(self, request: Request) -> Response:
        from tests.servers.google_fake import _etag

        self._authorize_api(request, (SCOPE_USER, SCOPE_USER_RO, SCOPE_ALIAS,  # type: ignore[attr-defined]
                                      SCOPE_ALIAS_RO))
        user = self._user_or_404(request)
        body: dict[str, Any] = {"kind": "admin#directory#aliases", "etag": _etag()}
        if user.get("aliases"):
            body["aliases"] = [{"kind": "admin#directory#alias", "id": user["id"], "etag": _etag(),
                                "primaryEmail": user["primaryEmail"], "alias": a} for a in user["aliases"]]
        return Response(200, body)

    # --- the Groups Settings API ---------------------------------------------------------------------------
    def _settings_of(self, request: Request) -> dict[str, Any]:
        from tests.servers.google_fake import _BadRequest, google_error

        self._authorize_api(request, (SCOPE_GROUPS_SETTINGS,))  # type: ignore[attr-defined]
        key = unquote(request.params["groupUniqueId"]).lower()
        group = self.group_by_address(key)
        if group is None:
            raise _BadRequest(Response(404, google_error(404, "Resource Not Found: groupUniqueId",  # (unconfirmed)
                                                         "notFound")))
        return group.setdefault("_settings", dict(DEFAULT_SETTINGS, email=group["email"]))

    @staticmethod
    def _settings_answer(request: Request, settings: dict[str, Any]) -> Response:
        if request.arg("alt") != "json":  # alt's default is "atom" (groupssettings.v1.json)
            entries = "".join(f"<apps:{k}>{v}</apps:{k}>" for k, v in settings.items())
            xml = ("<?xml version='1.0' encoding='UTF-8'?><entry xmlns='http://www.w3.org/2005/Atom' "
                   f"xmlns:apps='http://schemas.google.com/apps/2006'>{entries}</entry>")
            return Response(200, xml.encode(), {"Content-Type": "application/atom+xml; charset=UTF-8"})
        return Response(200, {"kind": "groupsSettings#groups", **settings})

    def _get_settings(self, request: Request) -> Response:
        return self._settings_answer(request, self._settings_of(request))

    def _patch_settings(self, request: Request) -> Response:
        from tests.servers.google_fake import _BadRequest, _json_body, google_error

        settings = self._settings_of(request)
        address = settings["email"]
        if self._settings_misses[address] < self.settings_delay_calls:
            self._settings_misses[address] += 1
            raise _BadRequest(Response(404, google_error(404, "Resource Not Found: groupUniqueId", "notFound")))
        body = _json_body(request)
        who = body.get("whoCanPostMessage")
        if who is not None and who not in WHO_CAN_POST:
            return Response(400, google_error(400, f"Invalid Value: whoCanPostMessage {who}", "invalid"))
        if who == "NONE_CAN_POST" and settings.get("archiveOnly") != "true":
            # "When archiveOnly is false, updating whoCanPostMessage to NONE_CAN_POST, results in an error."
            return Response(400, google_error(400, "Invalid Value", "invalid"))  # (wording unconfirmed)
        settings.update({k: v for k, v in body.items() if k not in ("kind", "email")})
        self.settings_patches[address] += 1
        return self._settings_answer(request, settings)
