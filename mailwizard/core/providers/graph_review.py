"""Microsoft 365's account review (core/review/api.ReviewApi) through Microsoft Graph v1.0, with the admin's own
delegated sign-in (core/providers/microsoft.py's connection).

What is read, and where it is documented:
- Accounts: ``GET /users?$select=…&$top=999``, paged by ``@odata.nextLink`` (https://learn.microsoft.com/en-us/graph/
  api/user-list; https://learn.microsoft.com/en-us/graph/paging). ``accountEnabled`` (false: sign-in blocked),
  ``createdDateTime`` and ``lastPasswordChangeDateTime`` (read-only, only on $select) and ``proxyAddresses``
  ("SMTP:" the primary address, "smtp:" the others: the aliases) — https://learn.microsoft.com/en-us/graph/api/
  resources/user. The password: MailWizard makes accounts with forceChangePasswordNextSignIn, so a password changed
  later than the account's creation is the member's own (core/providers/graph_activation.py, the same margin).
  ``signInActivity`` would give the sign-in itself but needs a Microsoft Entra ID P1/P2 licence and AuditLog.Read.All
  (same page): not used.
- Admin roles: ``GET /directoryRoles`` (the tenant's activated roles, ``displayName``) and ``GET /directoryRoles/{id}/
  members`` (https://learn.microsoft.com/en-us/graph/api/directoryrole-list and directoryrole-list-members;
  RoleManagement.Read.Directory, which RoleManagement.ReadWrite.Directory in the consent includes).
- Mailbox use, quota and the last activity: the usage report ``GET /reports/getMailboxUsageDetail(period='D7')``,
  which answers 302 with a pre-authenticated download URL (no Authorization header: the token is never sent there)
  of a CSV with "User Principal Name", "Last Activity Date", "Storage Used (Byte)", "Prohibit Send/Receive Quota
  (Byte)", "Is Deleted"… (https://learn.microsoft.com/en-us/graph/api/reportroot-getmailboxusagedetail; delegated
  Reports.Read.All, and the signed-in admin needs a role that may read reports, e.g. Global Administrator or Reports
  Reader: https://learn.microsoft.com/en-us/graph/reportroot-authorization). The tenant may conceal names in every
  report ("displayConcealedNames", a setting in the Microsoft 365 admin center: https://learn.microsoft.com/en-us/
  graph/api/resources/adminreportsettings): the rows then carry 32 hex digits instead of an address
  (github.com/microsoftgraph/microsoft-graph-explorer-v4/issues/1129), nothing to match, and mailbox use and activity
  are "not reported" — as when the report is refused. "Last Activity Date" is the mailbox's last use (reading or
  sending mail), a date only, and the report is a day or two behind (unconfirmed how far): the review's last sign-in.
  Whether the CSV starts with a byte-order mark is unconfirmed (read either way).
- Forwarding: not reported. Graph reads a mailbox's inbox rules (``/users/{id}/mailFolders/inbox/messageRules``,
  https://learn.microsoft.com/en-us/graph/api/mailfolder-list-messagerules) with MailboxSettings.Read, but a
  delegated token reaches only the mailboxes the admin has been given access to in Exchange, not every member's
  (https://learn.microsoft.com/en-us/graph/outlook-share-messages-folders); the mailbox-level forwarding address
  (ForwardingSmtpAddress) is Exchange Online PowerShell's, not Graph's (unconfirmed that no Graph property has it).

Actions:
- Suspend: ``PATCH /users/{id}`` ``{"accountEnabled": false}``; undone with true (https://learn.microsoft.com/en-us/
  graph/api/user-update; User.ReadWrite.All).
- Remove an admin role: ``DELETE /directoryRoles/{role id}/members/{user id}/$ref``; undone with ``POST
  /directoryRoles/{role id}/members/$ref`` ``{"@odata.id": "https://graph.microsoft.com/v1.0/directoryObjects/{id}"}``
  (https://learn.microsoft.com/en-us/graph/api/directoryrole-delete-member and directoryrole-post-members;
  RoleManagement.ReadWrite.Directory; the signed-in admin a Privileged Role Administrator or Global Administrator).
Each is sent once: a lost answer is an AmbiguousOutcome the session settles by reading the account again.
"""

from __future__ import annotations

import csv
import io
from typing import TYPE_CHECKING, Any
from urllib.parse import quote, unquote

import httpx

from mailwizard.core.activation import moment, now_utc, stamp
from mailwizard.core.providers.base import (
    InvalidRequest,
    NotFound,
    NotSupported,
    PermissionDenied,
    RateLimited,
    ServiceUnavailable,
)
from mailwizard.core.providers.graph_activation import MARGIN
from mailwizard.core.review.model import (
    ACTIVITY,
    ADMIN_ROLES,
    ALIASES,
    PASSWORD,
    QUOTA,
    REMOVE_ADMIN,
    STATUS,
    SUSPEND,
    AdminRole,
    ReviewAccount,
    ReviewAction,
    ReviewSnapshot,
)

if TYPE_CHECKING:
    from mailwizard.core.providers.microsoft import MicrosoftProvider

DOCS = "https://learn.microsoft.com/en-us/graph/api/"
SOURCES = {STATUS: DOCS + "resources/user", PASSWORD: DOCS + "resources/user", ALIASES: DOCS + "resources/user",
           ADMIN_ROLES: DOCS + "directoryrole-list-members", QUOTA: DOCS + "reportroot-getmailboxusagedetail",
           ACTIVITY: DOCS + "reportroot-getmailboxusagedetail"}
USER_FIELDS = (
    "id,userPrincipalName,displayName,accountEnabled,createdDateTime,lastPasswordChangeDateTime,proxyAddresses")
REPORT = "reports/getMailboxUsageDetail(period='D7')"
MEMBER_REF = "https://graph.microsoft.com/v1.0/directoryObjects/{}"
_ALREADY_MEMBER = "one or more added object references already exist"
MB = 1024 * 1024
REPORTS_PERMISSION = "Reports.Read.All"  # delegated; in the consent (core/providers/microsoft.py SCOPES)


def _aliases(user: dict[str, Any]) -> tuple[str, ...]:
    """The "smtp:" (secondary) proxy addresses; "SMTP:" is the primary (resources/user, proxyAddresses)."""
    primary = str(user.get("userPrincipalName") or "").lower()
    found = [str(p)[5:].lower() for p in user.get("proxyAddresses") or () if str(p).startswith("smtp:")]
    return tuple(a for a in found if a != primary)


def _bytes_mb(value: str | None) -> float | None:
    try:
        return int(value or "") / MB
    except ValueError:
        return None


def _lacks(session: object, permission: str) -> bool:
    """Whether the sign-in's token says ``permission`` was not granted: its ``scope``, "a space-separated list of
    the Microsoft Graph permissions that the access_token is valid for" (https://learn.microsoft.com/en-us/entra/
    identity-platform/v2-oauth2-auth-code-flow, the token response), with or without the resource's URL before each
    (both are seen: unconfirmed which Microsoft sends now). No scope said: not known, so not claimed."""
    token = getattr(session, "token", None)
    scope = token.get("scope") if isinstance(token, dict) else None
    if not isinstance(scope, str) or not scope.strip():
        return False
    granted = {unquote(s).rsplit("/", 1)[-1].lower() for s in scope.split()}  # the docs' example is %-encoded
    return ".default" not in granted and permission.lower() not in granted


def read_report(text: str) -> dict[str, dict[str, Any]] | None:
    """The report's rows by address; None when the tenant conceals the names (no row carries an address)."""
    rows = [r for r in csv.DictReader(io.StringIO(text.lstrip("\ufeff")))
            if str(r.get("Is Deleted", "")).lower() != "true"]
    found: dict[str, dict[str, Any]] = {}
    for row in rows:
        upn = str(row.get("User Principal Name") or "").strip().lower()
        if "@" not in upn:
            continue
        day = str(row.get("Last Activity Date") or "").strip()
        found[upn] = {"used_mb": _bytes_mb(row.get("Storage Used (Byte)")),
                      "quota_mb": _bytes_mb(row.get("Prohibit Send/Receive Quota (Byte)")),
                      "activity": stamp(moment(day + "T00:00:00Z")) if day else None}
    return found if found or not rows else None


class GraphReview:
    def __init__(self, provider: MicrosoftProvider) -> None:
        self.provider = provider
        self.graph = provider.graph
        # the last usage report read (a daily report): an account read again after an action keeps its mailbox
        # facts, as the session puts it back into the review it keeps
        self._report: dict[str, dict[str, Any]] | None = None
        self._report_read = False
        self._lacks_report = False  # the report was refused for want of Reports.Read.All in the sign-in

    def actions(self) -> frozenset[str]:
        return frozenset({SUSPEND, REMOVE_ADMIN})

    # --- reading ------------------------------------------------------------------------------
    async def _pages(self, url: str, params: dict[str, str]) -> list[dict[str, Any]]:
        items: list[dict[str, Any]] = []
        next_url: str | None = url
        seen: set[str] = set()
        while next_url:
            # the next link carries the whole query (httpx would replace it with any params given)
            data = (await (self.provider.api.get(next_url, params=params) if params else
                           self.provider.api.get(next_url))).json()
            items += data.get("value") or []
            next_url, params = data.get("@odata.nextLink"), {}
            if next_url in seen:  # the same page again: it would never end; the review is not read half
                raise ServiceUnavailable(detail="a next link came back twice")
            seen.add(str(next_url))
        return items

    async def _roles(self) -> dict[str, list[AdminRole]]:
        """User id → the admin roles held."""
        held: dict[str, list[AdminRole]] = {}
        for role in await self._pages(f"{self.graph}/directoryRoles", {"$select": "id,displayName,roleTemplateId"}):
            members = await self._pages(f"{self.graph}/directoryRoles/{quote(str(role['id']))}/members",
                                        {"$select": "id"})
            for member in members:
                held.setdefault(str(member["id"]).lower(), []).append(
                    AdminRole(str(role["id"]), str(role.get("displayName") or "")))
        return held

    async def _mailboxes(self) -> dict[str, dict[str, Any]] | None:
        """The usage report by address; None: not readable here (refused, concealed, not downloadable)."""
        self._lacks_report = False
        try:
            answer = await self.provider.api.get(f"{self.graph}/{REPORT}")
        except PermissionDenied:
            # refused: no Reports.Read.All (a sign-in consented before the review asked for it: the token's scope
            # says so, and the snapshot names it), or no role that reads reports (a 403, sometimes "UnknownError"
            # which the client retries first): the rest of the review stands, mailbox use "not reported"
            self._lacks_report = _lacks(self.provider.session, REPORTS_PERMISSION)
            return None
        except (NotFound, InvalidRequest, RateLimited, ServiceUnavailable):
            return None  # busy, or not there: "not reported" this time
        location = answer.headers.get("Location", "")
        url = httpx.URL(location) if location else None
        if answer.status_code != 302 or url is None or not (
                url.scheme == "https" or url.host in ("127.0.0.1", "::1", "localhost")):
            return None
        try:
            download = await self.provider.http.get(location)  # pre-authenticated: no Authorization header
        except httpx.HTTPError:
            return None
        if download.status_code != 200:
            return None
        return read_report(download.content.decode("utf-8", errors="replace"))

    @staticmethod
    def _account(user: dict[str, Any], roles: dict[str, list[AdminRole]],
                 mailboxes: dict[str, dict[str, Any]] | None) -> ReviewAccount:
        address = str(user.get("userPrincipalName") or "").lower()
        created, changed = moment(user.get("createdDateTime")), moment(user.get("lastPasswordChangeDateTime"))
        password_changed = None if created is None or changed is None else changed - created > MARGIN
        box = (mailboxes or {}).get(address, {})
        signed = box.get("activity")
        if mailboxes is not None and signed is None and password_changed:
            signed = stamp(changed)  # no mailbox use yet, but the first sign-in changed the password
        return ReviewAccount(
            id=str(user["id"]), address=address, name=str(user.get("displayName") or ""),
            suspended=user.get("accountEnabled") is False, created=stamp(created), last_sign_in=signed,
            password_changed=password_changed, admin_roles=tuple(roles.get(str(user["id"]).lower(), ())),
            aliases=_aliases(user), used_mb=box.get("used_mb"), quota_mb=box.get("quota_mb"))

    async def snapshot(self) -> ReviewSnapshot:
        users = await self._pages(f"{self.graph}/users", {"$select": USER_FIELDS, "$top": "999"})
        roles, mailboxes = await self._roles(), await self._mailboxes()
        self._report, self._report_read = mailboxes, True
        me = (await self.provider.api.get(f"{self.graph}/me", params={"$select": "userPrincipalName"})).json()
        reported = {STATUS, PASSWORD, ADMIN_ROLES, ALIASES} | ({QUOTA, ACTIVITY} if mailboxes is not None else set())
        accounts = tuple(sorted((self._account(u, roles, mailboxes) for u in users), key=lambda a: a.address))
        missing = dict.fromkeys((QUOTA, ACTIVITY), REPORTS_PERMISSION) if self._lacks_report else {}
        return ReviewSnapshot(accounts, str(me.get("userPrincipalName") or "").lower(), frozenset(reported),
                              {fact: url for fact, url in SOURCES.items() if fact in reported},
                              stamp(now_utc()) or "", missing)

    async def account(self, address: str) -> ReviewAccount | None:
        """Read afresh (to settle an action, or after one): status and roles now, mailbox use from the usage report
        the last snapshot read (read here when none has been)."""
        try:
            user = (await self.provider.api.get(f"{self.graph}/users/{quote(address)}",
                                                params={"$select": USER_FIELDS})).json()
        except NotFound:
            return None
        if not self._report_read:
            self._report, self._report_read = await self._mailboxes(), True
        return self._account(user, await self._roles(), self._report)

    # --- acting -------------------------------------------------------------------------------
    async def _enable(self, user_id: str, enabled: bool) -> None:
        await self.provider.api.request("PATCH", f"{self.graph}/users/{quote(user_id)}",
                                        json={"accountEnabled": enabled}, once=True)

    async def prepare(self, action: ReviewAction) -> dict | None:
        """What the undo will need, read before anything is sent (ReviewApi.prepare)."""
        account = await self.account(action.address)
        if account is None:
            raise NotFound(what=action.address)
        if action.kind == SUSPEND:
            return {"user": account.id, "enabled": not account.suspended}
        if action.kind == REMOVE_ADMIN:
            role = next((r for r in account.admin_roles if r.id == action.target), None)
            if role is None:
                raise NotFound(what=action.target)
            return {"user": account.id, "role": role.id, "name": role.name}
        raise NotSupported()

    async def apply(self, action: ReviewAction) -> dict:
        undo = await self.prepare(action) or {}
        if action.kind == SUSPEND:
            await self._enable(str(undo["user"]), False)
        else:
            await self.provider.api.request(
                "DELETE", f"{self.graph}/directoryRoles/{quote(str(undo['role']))}/members/{quote(str(undo['user']))}"
                "/$ref", once=True)
        return undo

    async def undo(self, action: ReviewAction, undo: dict) -> None:
        if action.kind == SUSPEND:
            await self._enable(str(undo["user"]), bool(undo.get("enabled", True)))
            return
        if action.kind != REMOVE_ADMIN:
            raise NotSupported()
        body = {"@odata.id": MEMBER_REF.format(undo["user"])}
        try:
            await self.provider.api.post(f"{self.graph}/directoryRoles/{quote(str(undo['role']))}/members/$ref",
                                         json=body, once=True)
        except InvalidRequest as exc:
            if _ALREADY_MEMBER not in exc.params.get("detail", "").lower():
                raise
            # given back already (the role was given again meanwhile): what the undo wants

    def is_applied(self, action: ReviewAction, account: ReviewAccount | None) -> bool:
        if account is None:
            return False
        if action.kind == SUSPEND:
            return account.suspended
        if action.kind == REMOVE_ADMIN:
            return all(r.id != action.target for r in account.admin_roles)
        return False


def open_review(provider: MicrosoftProvider) -> GraphReview:
    return GraphReview(provider)

