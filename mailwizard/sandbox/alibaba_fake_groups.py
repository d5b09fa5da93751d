"""The Alibaba Mail fake's mail groups (邮件组) and personal aliases (mixed into sandbox/alibaba_fake.AlibabaFake, so
practice mode has them too).

What is sourced: the open platform manages "mail groups" (https://www.alibabacloud.com/help/en/alibaba-mail/latest/
open-api-platform); a group is ``{"id", "name", "email", "status", "createdTime" (an integer), "itemCount", "type",
"allowedSenderPolicy", …}`` (github.com/eryajf/go-alimail alimail/group.go ``Group``); an alias is added with
``POST /v2/users/{id or email}/emailAliases`` ``{"alias", "asDefault"}``, answered with the user, 409 among its
answers (go-alimail alimail/user.go ``AddEmailAlias``).

(unconfirmed) — no source shows the group calls' paths or bodies, so these are the wizard's reading of the API's
style: ``POST /v2/groups`` ``{"name", "email"}`` → the group; ``GET /v2/groups/{id or email}``;
``GET /v2/groups/{id}/members?offset=&limit=`` → ``{"members": [{"email", "name"}], "total"}``;
``POST /v2/groups/{id}/members`` ``{"members": [{"email"}]}`` (at most 100, an address already in the group is no
error); that createdTime counts milliseconds; the error codes; that an address is one thing only (an account, an
alias or a group: 409 otherwise); that the user call does not find an account by its alias.
"""

from __future__ import annotations

import time
import uuid
from typing import Any
from urllib.parse import unquote

from mailwizard.sandbox.alibaba_fake_users import LOCAL_PART, AliError
from mailwizard.sandbox.fake_http import Request, Response

MEMBERS_PER_CALL = 100   # (inferred) as the list calls' largest page
GROUP_NAME_MAX = 64      # (inferred) as the fake's other names


class GroupAdminMixin:
    """Needs the fake's ``users``, ``domains``, ``_find_user``, ``_body``, ``_page`` and ``_view``.

    ``groups``: lower-cased email → group (``_members``: the member addresses, in order). Counters for the tests:
    ``group_posts`` (POST /v2/groups that created a group), ``alias_posts`` (aliases added),
    ``member_posts`` (POST …/members that reached the handler)."""

    users: dict[str, dict[str, Any]]
    domains: dict[str, dict[str, Any]]
    group_posts = alias_posts = member_posts = 0

    def _group_routes(self) -> list[tuple[str, str, Any]]:
        self.groups: dict[str, dict[str, Any]] = {}
        return [("POST", "/v2/groups", self._create_group),
                ("GET", "/v2/groups/{group}", self._get_group),
                ("GET", "/v2/groups/{group}/members", self._group_members),
                ("POST", "/v2/groups/{group}/members", self._add_group_members),
                ("POST", "/v2/users/{user}/emailAliases", self._add_alias)]

    # --- what tests arrange ------------------------------------------------------------------
    def add_group(self, email: str, name: str = "", members: tuple[str, ...] = ()) -> dict[str, Any]:
        """A group made in the console before MailWizard."""
        with self.lock:  # type: ignore[attr-defined]
            return dict(self._new_group(email.lower(), name or email.split("@")[0], list(members)))

    def address_taken(self, address: str) -> str:
        """What the address is at the organisation: "user", "alias", "group" or "" (free)."""
        address = address.lower()
        if address in self.users:
            return "user"
        if any(address in (a.lower() for a in u.get("emailAliases", [])) for u in self.users.values()):
            return "alias"
        return "group" if address in getattr(self, "groups", {}) else ""

    # --- groups --------------------------------------------------------------------------------
    def _new_group(self, email: str, name: str, members: list[str]) -> dict[str, Any]:
        group = {"id": "grp-" + uuid.uuid4().hex[:16], "name": name, "email": email, "status": "NORMAL",
                 "createdTime": int(time.time() * 1000), "itemCount": len(members), "type": "STATIC",
                 "allowedSenderPolicy": "", "_members": list(members)}
        self.groups[email] = group
        return group

    def _group_view(self, group: dict[str, Any]) -> dict[str, Any]:
        return {**{k: v for k, v in group.items() if not k.startswith("_")}, "itemCount": len(group["_members"])}

    def _find_group(self, key: str) -> dict[str, Any] | None:
        key = unquote(key).lower()
        return self.groups.get(key) or next((g for g in self.groups.values() if g["id"] == key), None)

    def _existing_group(self, request: Request) -> dict[str, Any]:
        group = self._find_group(request.params["group"])
        if group is None:
            raise AliError(404, "NotFound", "Group does not exist.")  # (inferred)
        return group

    def _check_address(self, address: Any, what: str) -> str:
        if not isinstance(address, str):
            raise AliError(400, "InvalidParameter", f"{what} is required.")  # (inferred)
        local, _, domain = address.lower().partition("@")
        if not LOCAL_PART.match(local) or domain not in self.domains:
            raise AliError(400, "InvalidParameter", f"{what} is not an address of this organization.")  # (inferred)
        return address.lower()

    def _create_group(self, request: Request) -> Response:
        body = self._body(request)  # type: ignore[attr-defined]
        email = self._check_address(body.get("email"), "email")
        name = body.get("name")
        if not isinstance(name, str) or not name.strip() or len(name) > GROUP_NAME_MAX:
            raise AliError(400, "InvalidParameter", f"name is required, at most {GROUP_NAME_MAX} characters.")
        unknown = sorted(set(body) - {"name", "email", "type", "description"})
        if unknown:
            raise AliError(400, "InvalidParameter", f"Unknown field {unknown[0]}.")  # (inferred)
        if self.address_taken(email):
            raise AliError(409, "AlreadyExists", f"{email} is already in use.")  # (inferred)
        self.group_posts += 1
        return Response(200, self._group_view(self._new_group(email, name.strip(), [])))

    def _get_group(self, request: Request) -> Response:
        return Response(200, self._group_view(self._existing_group(request)))

    def _group_members(self, request: Request) -> Response:
        group = self._existing_group(request)
        offset, limit = self._page(request)  # type: ignore[attr-defined]
        page = group["_members"][offset:offset + limit]
        names = {e: self.users[e]["name"] for e in page if e in self.users}
        return Response(200, {"members": [{"email": e, "name": names.get(e, "")} for e in page],
                              "total": len(group["_members"])})

    def _add_group_members(self, request: Request) -> Response:
        self.member_posts += 1
        group = self._existing_group(request)
        members = self._body(request).get("members")  # type: ignore[attr-defined]
        if not isinstance(members, list) or not 1 <= len(members) <= MEMBERS_PER_CALL or \
                not all(isinstance(m, dict) for m in members):
            raise AliError(400, "InvalidParameter",  # (inferred)
                           f"members must list 1 to {MEMBERS_PER_CALL} objects with an email.")
        addresses = [self._check_address(m.get("email"), "members.email") for m in members]
        for address in addresses:
            if self.address_taken(address) not in ("user", "group") or address == group["email"]:
                raise AliError(400, "InvalidParameter", f"{address} is not an account or a group.")  # (inferred)
        for address in addresses:
            if address not in group["_members"]:
                group["_members"].append(address)
        return Response(200, self._group_view(group))

    # --- aliases -------------------------------------------------------------------------------
    def _add_alias(self, request: Request) -> Response:
        user = self._find_user(request.params["user"])  # type: ignore[attr-defined]
        if user is None:
            raise AliError(404, "NotFound", "User does not exist.")  # (inferred)
        body = self._body(request)  # type: ignore[attr-defined]
        alias = self._check_address(body.get("alias"), "alias")
        if not isinstance(body.get("asDefault", False), bool):
            raise AliError(400, "InvalidParameter", "asDefault must be a boolean.")  # (inferred)
        if self.address_taken(alias):  # the account's own alias too: 409, as go-alimail lists (inferred)
            raise AliError(409, "AlreadyExists", f"{alias} is already in use.")  # (inferred)
        user.setdefault("emailAliases", []).append(alias)
        self.alias_posts += 1
        return Response(200, self._view(user))  # type: ignore[attr-defined]
