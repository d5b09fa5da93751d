"""Google Workspace's account review (core/review/api.ReviewApi) over an open GoogleProvider.

What is read, and from where (every shape also in google-api-python-client's discovery documents
admin.directory_v1.json, admin.reports_v1.json and gmail.v1.json, which tests/contract checks the fake against):
- users.list (https://developers.google.com/workspace/admin/directory/reference/rest/v1/users/list; the User
  resource .../rest/v1/users): ``suspended``, ``creationTime``, ``lastLoginTime`` (the Unix epoch when never: see
  core/providers/google_activation.py), ``changePasswordAtNextLogin``, ``aliases`` and ``nonEditableAliases``,
  ``isAdmin`` (super administrator).
- roleAssignments.list and roles.list (.../rest/v1/roleAssignments/list, .../rest/v1/roles/list) for the admin
  roles by name; scope admin.directory.rolemanagement(.readonly). Only roles given to the user directly are listed
  (``includeIndirectRoleAssignments`` needs a userKey: roles given through a group are not shown).
- mailbox use: the Reports API's userUsageReport (https://developers.google.com/workspace/admin/reports/reference/
  rest/v1/userUsageReport/get) parameters ``accounts:used_quota_in_mb`` and ``accounts:total_quota_in_mb``
  (https://developers.google.com/workspace/admin/reports/v1/appendix/usage/user/accounts). Scope
  admin.reports.usage.readonly; without it the use is "not reported", the review goes on. The report's ``date`` is
  in UTC-8 and the data lags: a date too recent answers 400 "Data for dates later than YYYY-MM-DD is not yet
  available" (as seen by API users, e.g. GAM and BetterCloud's scripts; not in Google's reference: unconfirmed), or
  a warning "data … is not available" (UsageReports.warnings in the discovery document): an earlier day is asked.
- forwarding: core/providers/google_review_gmail.py (a service account only; a browser sign-in: "not reported").

Actions, each sent once (a lost answer is AmbiguousOutcome, settled by reading the account again): suspend =
users.update (PUT, "supports patch semantics", .../rest/v1/users/update) ``{"suspended": true}``, undo false; a super
administrator's role = users.makeAdmin ``{"status": false}`` (``isAdmin`` "can only be edited in the makeAdmin
operation"), undo true; another role = roleAssignments.delete of each of the user's assignments of it, undo
roleAssignments.insert of the same role, scope type and org unit; forwarding: see google_review_gmail.py.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import replace
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from mailwizard.core.activation import moment, stamp
from mailwizard.core.providers.base import (
    AlreadyExists,
    DelegationMissing,
    InvalidRequest,
    NotFound,
    PermissionDenied,
    ProviderError,
    ServiceUnavailable,
)
from mailwizard.core.providers.google import REPORTS_SCOPE, classify
from mailwizard.core.providers.google_review_gmail import GMAIL_SETTINGS_BASIC, GmailForwarding
from mailwizard.core.providers.http import ApiClient, provider_api
from mailwizard.core.providers.service_account import ServiceAccountSession
from mailwizard.core.review.model import (
    ACTIVITY,
    ADMIN_ROLES,
    ALIASES,
    FORWARDING,
    PASSWORD,
    QUOTA,
    REMOVE_ADMIN,
    REMOVE_FORWARDING,
    STATUS,
    SUSPEND,
    AdminRole,
    Forwarding,
    ReviewAccount,
    ReviewAction,
    ReviewSnapshot,
)

if TYPE_CHECKING:
    from mailwizard.core.providers.google import GoogleProvider

USERS_DOC = "https://developers.google.com/workspace/admin/directory/reference/rest/v1/users"
ROLES_DOC = "https://developers.google.com/workspace/admin/directory/reference/rest/v1/roleAssignments/list"
QUOTA_DOC = "https://developers.google.com/workspace/admin/reports/v1/appendix/usage/user/accounts"
FORWARDING_DOC = ("https://developers.google.com/workspace/gmail/api/reference/rest/v1/users.settings/"
                  "getAutoForwarding")
SOURCES = {STATUS: USERS_DOC, ACTIVITY: USERS_DOC, PASSWORD: USERS_DOC, ALIASES: USERS_DOC, ADMIN_ROLES: ROLES_DOC,
           QUOTA: QUOTA_DOC, FORWARDING: FORWARDING_DOC}

USER_SCOPE = "https://www.googleapis.com/auth/admin.directory.user"  # users.list (or its .readonly)
SUPER_ADMIN_ROLE = "_SEED_ADMIN_ROLE"  # the prebuilt Super Admin role's roleName
# The console's names of the prebuilt roles (support.google.com/a/answer/2405986); a prebuilt role's roleName starts
# with "_" and its roleDescription is the name shown ("Groups Administrator", …: (unconfirmed) for each role). Custom
# roles are shown by their roleName, the name the admin gave them.
SUPER_ADMIN_NAME = "Super Admin"
USERS_PAGE, ASSIGNMENTS_PAGE, ROLES_PAGE, REPORT_PAGE = 500, 200, 100, 1000  # each method's maxResults maximum
REPORT_LAG_DAYS = 2       # the usage report is usually 2–3 days behind (as its users report it: unconfirmed)
REPORT_TRIES = 5          # earlier days asked before the use is "not reported"
QUOTA_PARAMETERS = "accounts:used_quota_in_mb,accounts:total_quota_in_mb"
_NOT_YET = ("not yet available", "later than")


def _lower(values: Any) -> tuple[str, ...]:
    return tuple(dict.fromkeys(str(v).lower() for v in values or () if v))


class GoogleReview:
    def __init__(self, provider: GoogleProvider) -> None:
        self.p = provider
        self.directory = provider.endpoints.directory
        self.reports = provider.endpoints.directory.replace("/admin/directory/v1", "/admin/reports/v1")
        self.gmail = provider.endpoints.gmail
        session = provider.session
        self.key = session.key if isinstance(session, ServiceAccountSession) else None
        self._roles: dict[str, tuple[str, bool]] | None = None  # roleId → (name, super admin)
        self._reports_api: ApiClient | None = None
        self._quota_refused = False  # the last usage report asked for was refused for want of its scope
        self._user_apis: dict[tuple[str, str], ApiClient] = {}  # a service account acting as (user, scope)
        self.forwarding = GmailForwarding(provider.endpoints.gmail, self._user_api) if self.key else None

    # --- the protocol ---------------------------------------------------------------------------------
    def actions(self) -> frozenset[str]:
        return frozenset({SUSPEND, REMOVE_ADMIN, REMOVE_FORWARDING} if self.key else {SUSPEND, REMOVE_ADMIN})

    async def snapshot(self) -> ReviewSnapshot:
        admin = await self._admin_address()
        users = await self._users()
        roles = await self._role_names()
        held = await self._assignments()
        quota = await self._quota("all")
        forwarding = await self._all_forwarding(users)
        accounts = tuple(self._account(u, roles, held.get(str(u.get("id")), []), quota, forwarding) for u in users)
        reported = {STATUS, ACTIVITY, PASSWORD, ALIASES, ADMIN_ROLES}
        reported |= {QUOTA} if quota is not None else set()
        reported |= {FORWARDING} if forwarding is not None else set()
        missing = {QUOTA: REPORTS_SCOPE} if quota is None and self._quota_refused else {}
        if self.forwarding is not None and forwarding is None:  # the delegation lacks the Gmail scope
            missing[FORWARDING] = GMAIL_SETTINGS_BASIC
        return ReviewSnapshot(accounts, admin, frozenset(reported), dict(SOURCES),
                              stamp(dt.datetime.now(dt.UTC)) or "", missing)

    async def account(self, address: str) -> ReviewAccount | None:
        try:
            user = (await self.p.api.get(f"{self.directory}/users/{quote(address)}")).json()
        except NotFound:
            return None
        roles = await self._role_names()
        held = await self._assignments(user_key=str(user.get("id", "")))
        try:
            quota = await self._quota(str(user.get("primaryEmail", address)))
        except ProviderError:
            quota = None  # the use is a nicety here: settling an action needs the rest
        forwarding = await self._all_forwarding([user])
        return self._account(user, roles, held.get(str(user.get("id")), []), quota, forwarding)

    async def prepare(self, action: ReviewAction) -> dict | None:
        """What the undo will need, read before anything is sent (ReviewApi.prepare: the session journals it ahead,
        so an action whose answer was lost, found done, can still be undone). None: not known ahead (a filter's
        copy is made as it is stopped)."""
        if action.kind == SUSPEND:
            user = (await self.p.api.get(f"{self.directory}/users/{quote(action.address)}")).json()
            return {"suspended": bool(user.get("suspended"))}  # suspended before: the undo leaves it so
        if action.kind == REMOVE_ADMIN:
            return (await self._role_plan(action))[0]
        if action.kind == REMOVE_FORWARDING:
            return await self._gmail().plan(action)
        return None

    async def apply(self, action: ReviewAction) -> dict:
        if action.kind == SUSPEND:
            if action.address.lower() == (await self._admin_address()):
                raise InvalidRequest(detail="the signed-in administrator is never suspended")  # a lock-out
            before = await self.prepare(action) or {}
            await self._put_user(action.address, {"suspended": True})
            return before
        if action.kind == REMOVE_ADMIN:
            return await self._remove_role(action)
        if action.kind == REMOVE_FORWARDING:
            return await self._gmail().stop(action)
        raise InvalidRequest(detail=f"unknown action {action.kind}")

    async def undo(self, action: ReviewAction, undo: dict) -> None:
        if action.kind == SUSPEND:
            if not undo.get("suspended"):  # suspended before the action: left so
                await self._put_user(action.address, {"suspended": False})
        elif action.kind == REMOVE_ADMIN:
            await self._give_role_back(action, undo)
        elif action.kind == REMOVE_FORWARDING:
            await self._gmail().restore(action, undo)

    def is_applied(self, action: ReviewAction, account: ReviewAccount | None) -> bool:
        if action.kind == SUSPEND:
            return account is not None and account.suspended
        if action.kind == REMOVE_ADMIN:
            return account is None or all(r.id != action.target for r in account.admin_roles)
        if action.kind == REMOVE_FORWARDING:
            return account is None or all(f.id != action.target for f in account.forwarding)
        return False

    # --- reading ----------------------------------------------------------------------------------------
    async def _admin_address(self) -> str:
        email = getattr(self.p.session, "account_email", None)
        if not email:
            email = (await self.p.api.get(self.p.endpoints.userinfo)).json().get("email", "")
        return str(email).lower()

    async def _pages(self, url: str, key: str, params: dict[str, Any], api: ApiClient | None = None) -> list[dict]:
        items: list[dict] = []
        params, seen = dict(params), set()
        while True:
            data = (await (api or self.p.api).get(url, params=params)).json()
            items += [i for i in data.get(key, []) if isinstance(i, dict)]
            token = data.get("nextPageToken")
            if not token:
                return items
            if token in seen:  # the same page again: never ends; the review is not read half
                raise ServiceUnavailable(detail="a page token came back twice")
            seen.add(token)
            params["pageToken"] = token

    async def _users(self) -> list[dict]:
        try:
            return await self._pages(f"{self.directory}/users", "users",
                                     {"customer": "my_customer", "maxResults": USERS_PAGE})
        except PermissionDenied as exc:  # the grant lacks the scope (else: not an administrator who may)
            needed = USER_SCOPE if exc.params.get("needed") == "scopes" else "super administrator"
            raise PermissionDenied(needed=needed) from None

    async def _role_names(self) -> dict[str, tuple[str, bool]]:
        if self._roles is None:
            try:
                items = await self._pages(f"{self.directory}/customer/my_customer/roles", "items",
                                          {"maxResults": ROLES_PAGE})
            except PermissionDenied as exc:
                raise self.p._role_permission(exc) from None
            self._roles = {str(r.get("roleId")): (self._role_name(r), bool(r.get("isSuperAdminRole")))
                           for r in items}
        return self._roles

    @staticmethod
    def _role_name(role: dict) -> str:
        name = str(role.get("roleName", ""))
        if name == SUPER_ADMIN_ROLE:
            return SUPER_ADMIN_NAME
        return str(role.get("roleDescription") or name) if name.startswith("_") else name

    async def _assignments(self, user_key: str = "") -> dict[str, list[dict]]:
        """assignedTo (a user's id) → its role assignments."""
        params: dict[str, Any] = {"maxResults": ASSIGNMENTS_PAGE}
        if user_key:
            params["userKey"] = user_key
        try:
            items = await self._pages(f"{self.directory}/customer/my_customer/roleassignments", "items", params)
        except PermissionDenied as exc:
            raise self.p._role_permission(exc) from None
        held: dict[str, list[dict]] = {}
        for item in items:
            if item.get("assigneeType", "user") == "user":
                held.setdefault(str(item.get("assignedTo", "")), []).append(item)
        return held

    def _account(self, user: dict, roles: dict[str, tuple[str, bool]], held: list[dict],
                 quota: dict[str, tuple[float | None, float | None]] | None,
                 forwarding: dict[str, tuple[Forwarding, ...]] | None) -> ReviewAccount:
        address = str(user.get("primaryEmail", "")).lower()
        admin_roles: dict[str, AdminRole] = {}
        for item in held:
            role_id = str(item.get("roleId", ""))
            admin_roles.setdefault(role_id, AdminRole(role_id, roles.get(role_id, (role_id, False))[0]))
        if user.get("isAdmin") and not any(roles.get(r, ("", False))[1] for r in admin_roles):
            super_id = next((r for r, (_n, s) in roles.items() if s), SUPER_ADMIN_ROLE)
            admin_roles[super_id] = AdminRole(super_id, SUPER_ADMIN_NAME)  # isAdmin says so; not listed
        used, total = (quota or {}).get(address, (None, None))
        return ReviewAccount(
            id=str(user.get("id", "")), address=address, name=str((user.get("name") or {}).get("fullName", "")),
            suspended=bool(user.get("suspended")), created=stamp(moment(user.get("creationTime"))),
            last_sign_in=stamp(moment(user.get("lastLoginTime"))),
            # true until the person chooses their own password; false: not asked to (or done)
            password_changed=not user.get("changePasswordAtNextLogin"),
            admin_roles=tuple(admin_roles.values()),
            aliases=tuple(a for a in _lower([*(user.get("aliases") or []), *(user.get("nonEditableAliases") or [])])
                          if a != address),
            forwarding=(forwarding or {}).get(address, ()), used_mb=used, quota_mb=total)

    # --- mailbox use: the Reports API ----------------------------------------------------------------------
    def _reports(self) -> ApiClient:
        if self._reports_api is None:
            # a service account asks for this scope alone (an older delegation without it breaks nothing else)
            self._reports_api = self._api_for(self.key, REPORTS_SCOPE) if self.key else self.p.api
        return self._reports_api

    async def _quota(self, user_key: str) -> dict[str, tuple[float | None, float | None]] | None:
        """address → (used MB, quota MB) from the latest day's report; None: not reported."""
        day = (dt.datetime.now(dt.UTC) - dt.timedelta(hours=8)).date() - dt.timedelta(days=REPORT_LAG_DAYS)
        url = f"{self.reports}/usage/users/{quote(user_key)}/dates/"
        self._quota_refused = False
        for _ in range(REPORT_TRIES):
            params: dict[str, Any] = {"parameters": QUOTA_PARAMETERS}
            if user_key == "all":
                params["maxResults"] = REPORT_PAGE
            try:
                reports = await self._pages(url + day.isoformat(), "usageReports", params, self._reports())
            except PermissionDenied as exc:
                # no reports scope (a sign-in or a delegation made before the review asked for it): the use is
                # not reported, and the snapshot names the scope (ReviewSnapshot.missing); an administrator whose
                # role may not read reports ("admin") has nothing a new sign-in would fix
                self._quota_refused = isinstance(exc, DelegationMissing) or exc.params.get("needed") == "scopes"
                return None
            except InvalidRequest as exc:
                if not any(s in exc.params.get("detail", "").lower() for s in _NOT_YET):
                    raise
                reports = []
            if reports:
                return {str((r.get("entity") or {}).get("userEmail", "")).lower(): _used_and_quota(r)
                        for r in reports}
            day -= dt.timedelta(days=1)
        return None

    # --- a service account acting as one user (Gmail, core/providers/google_review_gmail.py) -------------------
    def _api_for(self, key, scope: str, subject: str | None = None) -> ApiClient:
        key = replace(key, subject=subject) if subject else key
        session = ServiceAccountSession(key, (scope,))
        return provider_api(session, classify, http=self.p.http, policy=self.p.api.policy, sleep=None, rate=None)[1]

    def _user_api(self, address: str, scope: str) -> ApiClient:
        """One client (and so one token, refreshed as it runs out) per user and scope, not one per call."""
        key = (address.lower(), scope)
        if key not in self._user_apis:
            self._user_apis[key] = self._api_for(self.key, scope, address.lower())
        return self._user_apis[key]

    def _gmail(self) -> GmailForwarding:
        if self.forwarding is None:  # a browser sign-in: Gmail answers only for the signed-in admin's own mailbox
            raise PermissionDenied(needed="domain-wide delegation")
        return self.forwarding

    async def _all_forwarding(self, users: list[dict]) -> dict[str, tuple[Forwarding, ...]] | None:
        return await self.forwarding.of_all(users) if self.forwarding else None

    # --- actions ------------------------------------------------------------------------------------------
    async def _put_user(self, address: str, body: dict) -> None:
        await self.p.api.request("PUT", f"{self.directory}/users/{quote(address)}", json=body, once=True)

    async def _role_plan(self, action: ReviewAction) -> tuple[dict, list[dict]]:
        """The undo of removing the role (every assignment of it, as it is) and the assignments to delete."""
        user = (await self.p.api.get(f"{self.directory}/users/{quote(action.address)}")).json()
        user_id = str(user.get("id", ""))
        if user.get("primaryEmail", "").lower() == (await self._admin_address()):
            raise InvalidRequest(detail="the signed-in administrator keeps their roles")  # a lock-out
        roles = await self._role_names()
        if roles.get(action.target, ("", False))[1] or action.target == SUPER_ADMIN_ROLE:
            return {"user_id": user_id, "super": True}, []
        held = (await self._assignments(user_key=user_id)).get(user_id, [])
        items = [i for i in held if str(i.get("roleId")) == action.target]
        kept = [{k: item[k] for k in ("roleId", "scopeType", "orgUnitId") if item.get(k)} for item in items]
        return {"user_id": user_id, "super": False, "assignments": kept}, items

    async def _remove_role(self, action: ReviewAction) -> dict:
        undo, items = await self._role_plan(action)
        if undo["super"]:
            await self._make_admin(undo["user_id"], False)
            return undo
        for item in items:
            url = f"{self.directory}/customer/my_customer/roleassignments/{quote(str(item['roleAssignmentId']))}"
            try:
                await self.p.api.request("DELETE", url, once=True)
            except PermissionDenied as exc:
                raise self.p._role_permission(exc) from None
        return undo

    async def _give_role_back(self, action: ReviewAction, undo: dict) -> None:
        if undo.get("super"):
            await self._make_admin(str(undo["user_id"]), True)
            return
        url = f"{self.directory}/customer/my_customer/roleassignments"
        for item in undo.get("assignments", []):
            try:
                await self.p.api.post(url, json={**item, "assignedTo": str(undo["user_id"])}, once=True)
            except AlreadyExists:
                continue  # given back already (by an earlier undo whose answer was lost)
            except PermissionDenied as exc:
                raise self.p._role_permission(exc) from None

    async def _make_admin(self, user_id: str, status: bool) -> None:
        await self.p.api.post(f"{self.directory}/users/{quote(user_id)}/makeAdmin", json={"status": status},
                              once=True)


def _used_and_quota(report: dict) -> tuple[float | None, float | None]:
    values: dict[str, float] = {}
    for parameter in report.get("parameters") or []:
        try:
            values[str(parameter.get("name"))] = float(parameter.get("intValue"))
        except (TypeError, ValueError):
            continue
    total = values.get("accounts:total_quota_in_mb")
    # a quota of 0 or below: unlimited or not set (unconfirmed): no share of it to judge
    return values.get("accounts:used_quota_in_mb"), total if total and total > 0 else None


def open_review(provider: GoogleProvider) -> GoogleReview:
    return GoogleReview(provider)
