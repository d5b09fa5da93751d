"""The Graph fake's account-review part (mixed into tests/servers/graph_fake.GraphFake): directory roles and their
members, and the mailbox usage report with its pre-authenticated download — as Microsoft documents them
(sources in mailwizard/core/providers/graph_review.py), and a seeded review tenant with every case Graph can show.

    GET    /v1.0/directoryRoles                                   activated roles (id, displayName, roleTemplateId)
    GET    /v1.0/directoryRoles/{id}/members                       the members (directoryObjects)
    POST   /v1.0/directoryRoles/{id}/members/$ref                  {"@odata.id": …/directoryObjects/{id}} → 204
    DELETE /v1.0/directoryRoles/{id}/members/{member id}/$ref      → 204
    GET    /v1.0/reports/getMailboxUsageDetail(period='D7')        → 302, Location: a download URL (no token needed)

A member given a role through POST /roleManagement/directory/roleAssignments (tenant-wide) is a member of the
activated directory role too, as in Entra; removing the member removes that assignment. Answers not in Microsoft's
reference are marked "(inferred)".
"""

from __future__ import annotations

import hashlib
import secrets
import time
import uuid
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote

from mailwizard.sandbox.fake_http import Request, Response

GRAPH = "https://graph.microsoft.com/"
ROLE_READ_SCOPES = tuple(GRAPH + s for s in ("RoleManagement.Read.Directory", "RoleManagement.ReadWrite.Directory",
                                             "Directory.Read.All", "Directory.ReadWrite.All"))
ROLE_WRITE_SCOPE = GRAPH + "RoleManagement.ReadWrite.Directory"
ROLE_WRITERS = frozenset({"Global Administrator", "Privileged Role Administrator"})
# Roles that may read usage reports (learn.microsoft.com/graph/reportroot-authorization: a few of them)
REPORT_READERS = frozenset({"Global Administrator", "Global Reader", "Reports Reader", "Exchange Administrator"})
REPORT_SCOPE = GRAPH + "Reports.Read.All"
PERIODS = ("D7", "D30", "D90", "D180")
COLUMNS = ("Report Refresh Date", "User Principal Name", "Display Name", "Is Deleted", "Deleted Date", "Created Date",
           "Last Activity Date", "Item Count", "Storage Used (Byte)", "Issue Warning Quota (Byte)",
           "Prohibit Send Quota (Byte)", "Prohibit Send/Receive Quota (Byte)", "Deleted Item Count",
           "Deleted Item Size (Byte)", "Deleted Item Quota (Byte)", "Has Archive")  # "Report Period" went in
# August 2021, "Deleted Item Quota (Byte)" and "Has Archive" came (microsoftgraph/microsoft-graph-docs-contrib#613)
MEMBER_EXISTS = ("One or more added object references already exist for the following modified properties: "
                 "'members'.")
GB = 1024 ** 3
MB = 1024 ** 2
DOWNLOAD_LIFETIME = 300.0  # "only valid for a short period of time (a few minutes)"

# The seeded review tenant: local part → (display name, case); the admin is the fake's own signed-in admin
REVIEW_CASES = {
    "it.helper": ("IT Helper", "extra_admin"), "intern": ("Summer Intern", "suspended"),
    "new.starter": ("New Starter", "never_signed_in"), "temp.sales": ("Temporary Sales", "password_unchanged"),
    "archive": ("Mail Archive", "mailbox_full"), "old.projects": ("Old Projects", "inactive"),
    "former.staff": ("Former Staff", "departed"), "ok.person": ("Okay Person", "none"),
}


def _stamp(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class GraphReviewMixin:
    users: dict[str, dict[str, Any]]
    role_assignments: list[dict[str, Any]]
    admin_roles: tuple[str, ...]
    admin_upn: str
    base_url: str
    directory_role_posts = 0
    directory_role_deletes = 0

    def _review_init(self, built_in: dict[str, str]) -> None:
        self._built_in = built_in                           # template id → name
        self.directory_roles: dict[str, dict[str, Any]] = {}  # role object id → directoryRole
        self.role_members: dict[str, set[str]] = {}         # role object id → member ids given through $ref
        self.mailboxes: dict[str, dict[str, Any]] = {}      # lower UPN → {"used", "quota", "activity"}
        self.conceal_report_names = False                   # the admin center's "display concealed names"
        self._downloads: dict[str, float] = {}
        admin_id = self.users[self.admin_upn.lower()]["id"]
        for name in self.admin_roles:
            template = next((t for t, n in built_in.items() if n == name), None)
            if template is not None:
                self.role_members[self.activate_role(template)["id"]].add(admin_id)
        route = self.route  # type: ignore[attr-defined]
        graph = self._graph  # type: ignore[attr-defined]
        route("GET", "/v1.0/directoryRoles", graph(self._list_roles))
        route("GET", "/v1.0/directoryRoles/{id}/members", graph(self._role_members))
        route("POST", "/v1.0/directoryRoles/{id}/members/(?:\\$|%24)ref", graph(self._add_role_member))
        route("DELETE", "/v1.0/directoryRoles/{id}/members/{member}/(?:\\$|%24)ref", graph(self._remove_role_member))
        route("GET", "/v1.0/reports/getMailboxUsageDetail\\(period={period}\\)", graph(self._mailbox_report))
        route("GET", "/reports-download/{token}", self._download)

    # --- what tests arrange ---------------------------------------------------------------------
    def activate_role(self, template: str) -> dict[str, Any]:
        with self.lock:  # type: ignore[attr-defined]
            role = next((r for r in self.directory_roles.values() if r["roleTemplateId"] == template), None)
            if role is None:
                role = {"id": str(uuid.uuid4()), "displayName": self._built_in[template], "roleTemplateId": template,
                        "description": ""}
                self.directory_roles[role["id"]] = role
                self.role_members[role["id"]] = set()
            return role

    def give_role(self, upn: str, role_name: str) -> str:
        template = next(t for t, n in self._built_in.items() if n == role_name)
        role = self.activate_role(template)
        with self.lock:  # type: ignore[attr-defined]
            self.role_members[role["id"]].add(self.users[upn.lower()]["id"])
        return role["id"]

    def roles_of(self, upn: str) -> set[str]:
        """The names of the roles a user holds."""
        with self.lock:  # type: ignore[attr-defined]
            user_id = self.users[upn.lower()]["id"]
            return {r["displayName"] for r in self.directory_roles.values() if user_id in self._members_of(r)}

    def set_mailbox(self, upn: str, used_mb: float, quota_mb: float = 50 * 1024, active_days_ago: int | None = 1,
                    ) -> None:
        when = datetime.now(UTC) - timedelta(days=active_days_ago) if active_days_ago is not None else None
        with self.lock:  # type: ignore[attr-defined]
            self.mailboxes[upn.lower()] = {"used": int(used_mb * MB), "quota": int(quota_mb * MB),
                                           "activity": when.strftime("%Y-%m-%d") if when else ""}

    def seed_review_tenant(self, domain: str) -> dict[str, str]:
        """Every case the review can find at Microsoft 365 (outside forwarding: not reported through Graph), at
        ``domain``; returns address → case. The signed-in admin holds Global Administrator (never flagged)."""
        now = datetime.now(UTC)
        cases: dict[str, str] = {}
        self.set_mailbox(self.admin_upn, 2 * 1024)
        for local, (name, case) in REVIEW_CASES.items():
            upn = f"{local}@{domain}"
            self.add_user(upn, name)  # type: ignore[attr-defined]
            cases[upn] = case
            user = self.users[upn]
            user["proxyAddresses"] = [f"SMTP:{upn}"]
            made = now - timedelta(days=400)
            user["createdDateTime"] = _stamp(made)
            user["lastPasswordChangeDateTime"] = _stamp(made + timedelta(days=2))  # changed at the first sign-in
            self.set_mailbox(upn, 3 * 1024)
        self.users[f"ok.person@{domain}"]["proxyAddresses"].append(f"smtp:okay@{domain}")
        self.give_role(f"it.helper@{domain}", "User Administrator")
        self.users[f"intern@{domain}"]["accountEnabled"] = False
        starter = self.users[f"new.starter@{domain}"]
        starter["createdDateTime"] = _stamp(now - timedelta(days=20))
        starter["lastPasswordChangeDateTime"] = _stamp(now - timedelta(days=20) + timedelta(seconds=1))
        self.set_mailbox(f"new.starter@{domain}", 0, active_days_ago=None)
        temp = self.users[f"temp.sales@{domain}"]  # made without "change at next sign-in", used since
        temp["lastPasswordChangeDateTime"] = temp["createdDateTime"]
        self.set_mailbox(f"archive@{domain}", 49.5 * 1024)
        self.set_mailbox(f"old.projects@{domain}", 800, active_days_ago=120)
        return cases

    # --- directory roles ------------------------------------------------------------------------
    def _members_of(self, role: dict[str, Any]) -> set[str]:
        given = {a["principalId"] for a in self.role_assignments
                 if a["roleDefinitionId"] == role["roleTemplateId"] and a["directoryScopeId"] == "/"}
        return self.role_members[role["id"]] | given

    def _role(self, request: Request) -> dict[str, Any]:
        from tests.servers.graph_fake import GraphError

        key = unquote(request.params["id"]).lower()
        role = self.directory_roles.get(key) or next(
            (r for r in self.directory_roles.values() if r["roleTemplateId"] == key), None)
        if role is None:
            raise GraphError(404, "Request_ResourceNotFound", f"Resource '{key}' does not exist or one of its "
                             "queried reference-property objects are not present.")
        return role

    @staticmethod
    def _select(item: dict[str, Any], request: Request) -> dict[str, Any]:
        select = request.arg("$select")
        names = [n.strip() for n in select.split(",") if n.strip()] if select else list(item)
        return {"id": item["id"], **{n: item[n] for n in names if n in item}}

    def _list_roles(self, request: Request) -> Response:
        self._require_any_scope(request, ROLE_READ_SCOPES)  # type: ignore[attr-defined]
        roles = [self._select(r, request) for r in self.directory_roles.values()]
        return Response(200, {"@odata.context": self._context("directoryRoles"), "value": roles})  # type: ignore[attr-defined]

    def _role_members(self, request: Request) -> Response:
        self._require_any_scope(request, ROLE_READ_SCOPES)  # type: ignore[attr-defined]
        members = self._members_of(self._role(request))
        users = [u for u in self.users.values() if u["id"] in members]
        value = [{"@odata.type": "#microsoft.graph.user", **self._select(
            {k: v for k, v in u.items() if not k.startswith("_")}, request)} for u in users]
        return Response(200, {"@odata.context": self._context("directoryObjects"), "value": value})  # type: ignore[attr-defined]

    def _check_role_writer(self, request: Request) -> None:
        self._require_scope(request, ROLE_WRITE_SCOPE)  # type: ignore[attr-defined]
        self._require(ROLE_WRITERS)  # type: ignore[attr-defined]

    def _add_role_member(self, request: Request) -> Response:
        from tests.servers.graph_fake import MEMBER_REF, GraphError

        self.directory_role_posts += 1
        self._check_role_writer(request)
        role = self._role(request)
        body = self._body(request)  # type: ignore[attr-defined]
        if set(body) != {"@odata.id"} or not isinstance(body["@odata.id"], str):
            raise GraphError(400, "Request_BadRequest", "The request body must contain '@odata.id'.")  # (inferred)
        match = MEMBER_REF.match(body["@odata.id"])
        if match is None:
            raise GraphError(400, "Request_BadRequest", f"Invalid object identifier '{body['@odata.id']}'.")
        member = match.group(1).lower()
        if not any(u["id"] == member for u in self.users.values()):
            raise GraphError(404, "Request_ResourceNotFound", f"Resource '{member}' does not exist or one of its "
                             "queried reference-property objects are not present.")
        if member in self._members_of(role):
            raise GraphError(400, "Request_BadRequest", MEMBER_EXISTS)
        self.role_members[role["id"]].add(member)
        return Response(204, b"")

    def _remove_role_member(self, request: Request) -> Response:
        from tests.servers.graph_fake import GraphError

        self.directory_role_deletes += 1
        self._check_role_writer(request)
        role = self._role(request)
        member = unquote(request.params["member"]).lower()
        if member not in self._members_of(role):
            raise GraphError(404, "Request_ResourceNotFound", f"Resource '{member}' does not exist or one of its "
                             "queried reference-property objects are not present.")  # (inferred)
        self.role_members[role["id"]].discard(member)
        self.role_assignments[:] = [a for a in self.role_assignments if not (
            a["principalId"] == member and a["roleDefinitionId"] == role["roleTemplateId"])]
        return Response(204, b"")

    # --- the mailbox usage report ---------------------------------------------------------------
    def _mailbox_report(self, request: Request) -> Response:
        from tests.servers.graph_fake import GraphError

        self._require_scope(request, REPORT_SCOPE)  # type: ignore[attr-defined]
        if not REPORT_READERS.intersection(self.admin_roles):
            # (inferred) the directory's refusal; a 403 "UnknownError" with an empty message is also seen from Graph
            # (microsoftgraph/microsoft-graph-docs#12216), which core/providers/graph_review.py takes the same way
            raise GraphError(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.")
        period = unquote(request.params["period"]).strip("'")
        if period not in PERIODS:
            raise GraphError(400, "BadRequest", f"Invalid value '{period}' for parameter 'period'.")  # (inferred)
        token = secrets.token_urlsafe(24)
        self._downloads[token] = time.monotonic() + DOWNLOAD_LIFETIME
        return Response(302, "", {"Location": f"{self.base_url}/reports-download/{token}",
                                  "Content-Type": "text/plain"})

    def _conceal(self, value: str) -> str:
        """Concealed names are 32 upper-case hex digits (microsoftgraph/microsoft-graph-explorer-v4#1129)."""
        return hashlib.md5(value.lower().encode()).hexdigest().upper() if self.conceal_report_names else value

    def _download(self, request: Request) -> Response:
        if request.headers.get("authorization"):
            return Response(400, "An Authorization header is not expected here.")  # the token never goes there
        expiry = self._downloads.pop(request.params["token"], None)
        if expiry is None or expiry < time.monotonic():
            return Response(404, "")
        today = datetime.now(UTC)
        lines = [",".join(COLUMNS)]
        for upn, box in self.mailboxes.items():
            user = self.users.get(upn)
            if user is None:
                continue
            row = {"Report Refresh Date": (today - timedelta(days=1)).strftime("%Y-%m-%d"),
                   "User Principal Name": self._conceal(user["userPrincipalName"]),
                   "Display Name": self._conceal(user.get("displayName") or ""), "Is Deleted": "False",
                   "Created Date": user["createdDateTime"][:10], "Last Activity Date": box["activity"],
                   "Item Count": "100", "Storage Used (Byte)": str(box["used"]),
                   "Issue Warning Quota (Byte)": str(int(box["quota"] * 0.98)),
                   "Prohibit Send Quota (Byte)": str(int(box["quota"] * 0.99)),
                   "Prohibit Send/Receive Quota (Byte)": str(box["quota"]), "Has Archive": "False"}
            lines.append(",".join(row.get(c, "") for c in COLUMNS))
        return Response(200, "\ufeff" + "\r\n".join(lines) + "\r\n", {"Content-Type": "application/octet-stream"})
