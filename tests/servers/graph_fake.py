"""Loopback fake of Microsoft identity platform OAuth 2.0 (auth code + PKCE) and the Graph v1.0 calls MailWizard makes.

    graph = GraphFake(dns_txt=lambda name: txt_from_loopback_dns(name)).start()
    # browser step: GET {graph.base_url}/organizations/oauth2/v2.0/authorize?... → 302 to the app's redirect_uri
    # then POST {graph.base_url}/organizations/oauth2/v2.0/token, then call {graph.base_url}/v1.0/...
    graph.inject(GraphFake.throttle(times=2, retry_after=1, path="/v1.0/users$", method="POST"))
    graph.users["alice@example.com"]["usageLocation"]; graph.stop()
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import time
import uuid
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import quote, unquote, urlencode

from mailwizard.sandbox.fake_http import FakeHttpServer, Fault, Request, Response
from tests.contract import record as record_violation
from tests.contract.graph_sdk import check_request as check_graph_contract
from tests.servers.graph_mailbox_fake import GraphMailboxMixin
from tests.servers.graph_review_fake import GraphReviewMixin
from tests.servers.graph_shared_fake import GROUP_SELECTABLE, GraphSharedMixin, proxies

DEFAULT_TENANT_ID = "9188040d-6c67-4c5b-b112-36a304b66dad"
DEFAULT_SKU_ID = "3b555118-da6a-4418-894f-7df1e2096870"
GRAPH_RESOURCE = "https://graph.microsoft.com/"
OIDC_SCOPES = frozenset({"openid", "profile", "email", "offline_access"})
CODE_LIFETIME = 600.0  # seconds an authorization code stays redeemable

DOMAIN_WRITERS = frozenset({"Global Administrator", "Domain Name Administrator"})
USER_WRITERS = frozenset({"Global Administrator", "User Administrator"})
LICENSE_WRITERS = USER_WRITERS | {"License Administrator"}
# learn.microsoft.com/graph/api/rbacapplication-post-roleassignments: Privileged Role Administrator is the least
# privileged role that may create directory role assignments, and the app needs RoleManagement.ReadWrite.Directory
ROLE_ASSIGNERS = frozenset({"Global Administrator", "Privileged Role Administrator"})
ROLE_ASSIGNMENT_SCOPE = GRAPH_RESOURCE + "RoleManagement.ReadWrite.Directory"
# Built-in role template IDs (the same in every tenant; usable as roleDefinitionId), from learn.microsoft.com/entra/
# identity/role-based-access-control/permissions-reference: a few of them, enough for the fake
BUILT_IN_ROLES = {
    "62e90394-69f5-4237-9190-012177145e10": "Global Administrator",
    "fe930be7-5e62-47db-91af-98c3a49a38b1": "User Administrator",
    "e8611ab8-c189-46e8-94e1-60213ab1f814": "Privileged Role Administrator",
    "729827e3-9c14-49f7-bb1b-9608f156bbb8": "Helpdesk Administrator",
}
ROLE_ASSIGNMENT_WRITABLE = frozenset({"@odata.type", "principalId", "roleDefinitionId", "directoryScopeId",
                                      "appScopeId", "condition"})
# Team groups: learn.microsoft.com/graph/api/group-list (least privileged delegated permission GroupMember.Read.All)
# and learn.microsoft.com/graph/api/group-post-members (GroupMember.ReadWrite.All). Roles that may change a group's
# membership without owning it (a few; the fake does not model group owners)
GROUP_MEMBER_WRITERS = frozenset({"Global Administrator", "Groups Administrator", "User Administrator"})


def _scopes(*names: str) -> tuple[str, ...]:
    """Delegated Graph permissions as tokens carry them (full resource URIs)."""
    return tuple(GRAPH_RESOURCE + name for name in names)


GROUP_READ_SCOPES = tuple(GRAPH_RESOURCE + s for s in ("GroupMember.Read.All", "GroupMember.ReadWrite.All",
                                                       "Group.Read.All", "Group.ReadWrite.All",
                                                       "Directory.Read.All", "Directory.ReadWrite.All"))
GROUP_MEMBER_SCOPES = tuple(GRAPH_RESOURCE + s for s in ("GroupMember.ReadWrite.All", "Group.ReadWrite.All",
                                                         "Directory.ReadWrite.All"))
# What Entra answers (400 Request_BadRequest) when a member is added again
ALREADY_MEMBER = ("One or more added object references already exist for the following modified properties: "
                  "'members'.")
MEMBER_REF = re.compile(r"^https://graph\.microsoft\.com/v1\.0/(?:directoryObjects|users)/([0-9a-fA-F-]{36})$")
FILTER_UNIFIED = re.compile(r"^\s*groupTypes/any\(\s*(\w+)\s*:\s*\1\s+eq\s+'Unified'\s*\)\s*$", re.IGNORECASE)
GROUP_DEFAULT_PROPERTIES = ("id", "displayName", "description", "mail", "mailEnabled", "mailNickname",
                            "securityEnabled", "groupTypes", "visibility", "createdDateTime")
CONFLICTING_OBJECT = ("A conflicting object with one or more of the specified property values is present in the "
                      "directory.")

USER_DEFAULT_PROPERTIES = ("businessPhones", "displayName", "givenName", "jobTitle", "mail", "mobilePhone",
                           "officeLocation", "preferredLanguage", "surname", "userPrincipalName", "id")
USER_WRITABLE = frozenset({"accountEnabled", "displayName", "mailNickname", "userPrincipalName", "passwordProfile",
                           "givenName", "surname", "usageLocation", "jobTitle", "department", "mobilePhone",
                           "officeLocation", "preferredLanguage", "businessPhones"})
USER_STRING_PROPERTIES = frozenset({"displayName", "mailNickname", "userPrincipalName", "givenName", "surname",
                                    "usageLocation", "jobTitle", "department", "mobilePhone", "officeLocation",
                                    "preferredLanguage"})
MAIL_NICKNAME = re.compile(r"^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]{1,64}$")
UPN = re.compile(r"^[A-Za-z0-9!#$%&'*+\-/=?^_`{|}~.]{1,64}@[A-Za-z0-9.\-]+$")
LABEL = re.compile(r"^(?!-)[a-z0-9-]{1,63}(?<!-)$")
COUNTRY = re.compile(r"^[A-Z]{2}$")
FILTER_STARTSWITH = re.compile(r"^\s*startswith\(\s*(\w+)\s*,\s*'((?:[^']|'')*)'\s*\)\s*$", re.IGNORECASE)
FILTER_EQ = re.compile(r"^\s*(\w+)\s+eq\s+'((?:[^']|'')*)'\s*$", re.IGNORECASE)


class GraphError(Exception):
    """Raised inside a Graph handler; turned into Graph's error body with this request's ids."""

    def __init__(self, status: int, code: str, message: str, *, details: list[dict[str, str]] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message
        self.details = details
        self.headers = headers or {}


class OAuthError(Exception):
    """Raised inside an OAuth handler; ``aadsts`` is the number, ``description`` the text after "AADSTSnnnn: "."""

    def __init__(self, error: str, aadsts: int, description: str, status: int = 400) -> None:
        super().__init__(description)
        self.error, self.aadsts, self.description, self.status = error, aadsts, description, status


def _now() -> datetime:
    return datetime.now(UTC)


def _inner_error(request_id: str, client_request_id: str) -> dict[str, str]:
    return {"date": _now().strftime("%Y-%m-%dT%H:%M:%S"), "request-id": request_id,
            "client-request-id": client_request_id}


def _graph_error_body(code: str, message: str, request_id: str, client_request_id: str,
                      details: list[dict[str, str]] | None = None) -> dict[str, Any]:
    error: dict[str, Any] = {"code": code, "message": message}
    if details:
        error["details"] = details
    error["innerError"] = _inner_error(request_id, client_request_id)
    return {"error": error}


def _pkce_s256(verifier: str) -> str:
    return base64.urlsafe_b64encode(hashlib.sha256(verifier.encode("ascii", "replace")).digest()).rstrip(b"=").decode()


def _password_ok(password: str) -> bool:
    classes = sum(bool(re.search(p, password)) for p in (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9]"))
    return 8 <= len(password) <= 256 and classes >= 3


def _valid_domain_name(name: str) -> bool:
    labels = name.split(".")
    return (len(name) <= 253 and len(labels) >= 2 and all(LABEL.match(label) for label in labels)
            and (labels[-1].isalpha() or labels[-1].startswith("xn--")))


# supportedServices values (https://learn.microsoft.com/en-us/graph/api/resources/domain)
DOMAIN_SERVICES = {"Email", "Sharepoint", "EmailInternalRelayOnly", "OfficeCommunicationsOnline",
                   "SharePointDefaultDomain", "FullRedelegation", "SharePointPublic", "OrgIdAuthentication", "Yammer",
                   "Intune"}

class GraphFake(GraphSharedMixin, GraphMailboxMixin, GraphReviewMixin, FakeHttpServer):
    """Identity platform + Graph for one tenant. State is public so tests can arrange and inspect it.

    ``users``: lower-cased UPN → user resource (private keys start with "_", e.g. "_password"; never sent).
    The signed-in admin is one of them. ``domains``: lower-cased name → domain resource (private "_txt"/"_mx").
    ``skus``: the subscribedSku dicts (mutate ``consumedUnits`` to use seats up). Knobs: ``deny_consent``,
    ``domains_in_other_tenants`` (verification fails with DomainInUse), ``single_use_refresh_tokens``.
    ``created_user_posts`` counts every POST /v1.0/users that reached the handler (failed ones too; not faults
    answered before it), so a test can see retries and duplicates.
    ``role_assignments``: the unifiedRoleAssignment dicts made through POST /v1.0/roleManagement/directory/
    roleAssignments (``role_assignment_posts`` counts the POSTs that reached it); a second assignment of the same
    role to the same principal at the same scope answers the directory's conflict error with
    ``role_conflict_status`` (400, as for other directory conflicts; set 409 to try the other answer seen).
    ``groups``: id → group resource (three Microsoft 365 groups and a security group to begin with); GET /v1.0/groups
    pages hold at most ``groups_page_size``. ``group_members``: group id → member user ids;
    ``group_member_posts`` counts POST /v1.0/groups/{id}/members/$ref. Replication delay: while a user is younger
    than ``new_user_delay_seconds``, its first ``new_user_delay_calls`` member POSTs answer 404
    Request_ResourceNotFound for it, as a directory replica that has not seen it yet does.

    Errors have Microsoft's shapes: the identity platform's ``{"error", "error_description": "AADSTSnnnn: …",
    "error_codes", "timestamp", "trace_id", "correlation_id", "error_uri"}`` and Graph's
    ``{"error": {"code", "message", "innerError": {"date", "request-id", "client-request-id"}}}``.
    Messages that could not be confirmed against Microsoft's output are marked "(inferred)" beside them.
    ``withheld_scopes``: permissions the admin's consent does not hold (one given before the app asked for them):
    left out of every token issued, as the identity platform leaves out what was never consented.
    """

    withheld_scopes: frozenset[str] = frozenset()

    def __init__(self, *, client_id: str = "test-client-id", tenant: str = "organizations",
                 tenant_id: str = DEFAULT_TENANT_ID, org_name: str = "Contoso Ltd",
                 initial_domain: str = "contoso.onmicrosoft.com", admin_upn: str = "admin@contoso.onmicrosoft.com",
                 admin_roles: tuple[str, ...] = ("Global Administrator",), skus: list[dict[str, Any]] | None = None,
                 token_lifetime: int = 3600, dns_txt: Callable[[str], list[str]] | None = None,
                 page_size_default: int = 100, groups_page_size: int = 2, country: str | None = "US",
                 default_usage_location: str | None = None) -> None:
        super().__init__()
        self.country, self.default_usage_location = country, default_usage_location  # the organization's
        self.client_id = client_id
        self.tenant = tenant
        self.tenant_id = tenant_id
        self.org_name = org_name
        self.initial_domain = initial_domain.lower()
        self.admin_upn = admin_upn
        self.admin_roles = tuple(admin_roles)
        self.token_lifetime = token_lifetime
        self.dns_txt = dns_txt
        self.page_size_default = page_size_default
        self.deny_consent = False
        self.single_use_refresh_tokens = False  # Entra keeps an old refresh token valid after rotation
        self.domains_in_other_tenants: set[str] = set()
        self.created_user_posts = 0
        self.role_assignments: list[dict[str, Any]] = []
        self.role_assignment_posts = 0
        self.role_conflict_status = 400
        self.codes: dict[str, dict[str, Any]] = {}
        self.access_tokens: dict[str, dict[str, Any]] = {}
        self.refresh_tokens: dict[str, dict[str, Any]] = {}
        self.skus: list[dict[str, Any]] = [self._complete_sku(s) for s in (skus if skus is not None else [{
            "skuId": DEFAULT_SKU_ID, "skuPartNumber": "O365_BUSINESS_ESSENTIALS",
            "prepaidUnits": {"enabled": 25, "suspended": 0, "warning": 0}, "consumedUnits": 0,
            "capabilityStatus": "Enabled", "appliesTo": "User"}])]
        self.domains: dict[str, dict[str, Any]] = {}
        self.domains[self.initial_domain] = self._new_domain(self.initial_domain, verified=True, initial=True)
        self.admin_id = str(uuid.uuid4())
        local = admin_upn.split("@")[0]
        self.users: dict[str, dict[str, Any]] = {admin_upn.lower(): {
            "id": self.admin_id, "accountEnabled": True, "displayName": local.capitalize(), "mailNickname": local,
            "userPrincipalName": admin_upn, "givenName": None, "surname": None, "usageLocation": None,
            "jobTitle": None, "department": None, "mobilePhone": None, "officeLocation": None,
            "preferredLanguage": "en-US", "businessPhones": [], "mail": admin_upn, "assignedLicenses": [],
            "_password": secrets.token_urlsafe(16), "_forceChangePasswordNextSignIn": False, "_created": 0.0,
            "createdDateTime": "2021-03-01T09:00:00Z", "lastPasswordChangeDateTime": "2021-04-02T10:00:00Z"}}
        self.groups: dict[str, dict[str, Any]] = {}
        self.group_members: dict[str, set[str]] = {}
        self.groups_page_size = groups_page_size
        self.group_member_posts = 0
        self.new_user_delay_calls = 0
        self.new_user_delay_seconds = 60.0
        self._replication_misses: dict[str, int] = {}   # user id → member POSTs answered "not found" for it
        for name in ("Sales team", "Office", "All staff"):
            self.add_group(name)
        self.add_group("VPN users", unified=False)

        oauth = "/{tenant}/oauth2/v2.0"
        self.route("GET", oauth + "/authorize", self._authorize)
        self.route("POST", oauth + "/token", self._oauth(self._token))
        graph = self._graph
        self.route("GET", "/v1.0/me", graph(self._me))
        self.route("GET", "/v1.0/organization", graph(self._organization))
        self.route("GET", "/v1.0/domains", graph(self._list_domains))
        self.route("POST", "/v1.0/domains", graph(self._add_domain))
        self.route("GET", "/v1.0/domains/{id}", graph(self._get_domain))
        self.route("PATCH", "/v1.0/domains/{id}", graph(self._update_domain))
        self.route("GET", "/v1.0/domains/{id}/verificationDnsRecords", graph(self._verification_records))
        self.route("POST", "/v1.0/domains/{id}/verify", graph(self._verify_domain))
        self.route("GET", "/v1.0/domains/{id}/serviceConfigurationRecords", graph(self._service_records))
        self.route("GET", "/v1.0/users", graph(self._list_users))
        self.route("POST", "/v1.0/users", graph(self._create_user))
        self.route("GET", "/v1.0/users/{id}", graph(self._get_user))
        self.route("PATCH", "/v1.0/users/{id}", graph(self._update_user))
        self.route("DELETE", "/v1.0/users/{id}", graph(self._delete_user))
        self.deleted_users: dict[str, dict[str, Any]] = {}  # id → user, in the deleted items (restorable 30 days)
        self.route("POST", "/v1.0/users/{id}/assignLicense", graph(self._assign_license))
        self.route("GET", "/v1.0/subscribedSkus", graph(self._subscribed_skus))
        self.route("POST", "/v1.0/roleManagement/directory/roleAssignments", graph(self._create_role_assignment))
        self.route("GET", "/v1.0/groups", graph(self._list_groups))
        self.route("GET", "/v1.0/groups/{id}", graph(self._get_group))
        self.route("POST", "/v1.0/groups/{id}/members/(?:\\$|%24)ref", graph(self._add_group_member))
        # sendMail from the signed-in admin's mailbox: ``sent_mail`` records each accepted message (its JSON),
        # ``send_posts`` counts the POSTs that reached the handler; ``admin_has_mailbox`` False: no Exchange mailbox
        self.sent_mail: list[dict[str, Any]] = []
        self.send_posts = 0
        self.admin_has_mailbox = True
        self.route("POST", "/v1.0/me/sendMail", graph(self._send_mail))
        self._review_init(BUILT_IN_ROLES)  # directory roles, the mailbox usage report (graph_review_fake.py)
        self._mailbox_init()  # automatic replies (graph_mailbox_fake.py)
        self._shared_init()  # shared addresses: groups made, patched, listed (graph_shared_fake.py)

    # --- helpers for tests --------------------------------------------------------------
    def expire_all_access_tokens(self) -> None:
        with self.lock:
            for token in self.access_tokens.values():
                token["expires_at"] = 0.0

    def revoke_sessions(self) -> None:
        """Like revokeSignInSessions: every refresh token stops working (access tokens live out their time)."""
        with self.lock:
            for token in self.refresh_tokens.values():
                token["revoked"] = True

    def verification_text(self, domain: str) -> str:
        """The "MS=ms…" TXT value the tenant expects for ``domain`` (added already)."""
        with self.lock:
            return self.domains[domain.lower()]["_txt"]

    @staticmethod
    def throttle(times: int = 1, retry_after: int = 1, path: str = "/v1.0/users",
                 method: str | None = "POST") -> Fault:
        """429 as in learn.microsoft.com/graph/throttling#sample-response, with Retry-After."""
        request_id = str(uuid.uuid4())
        body = {"error": {"code": "TooManyRequests", "message": "Please retry again later.",
                          "innerError": {"code": "429", "message": "Please retry after", "status": "429",
                                         **_inner_error(request_id, request_id)}}}
        return Fault.status(429, body, headers=GraphFake._fault_headers(request_id, retry_after), times=times,
                            path=path, method=method)

    @staticmethod
    def unavailable(times: int = 1, retry_after: int | None = None, path: str = "",
                    method: str | None = None) -> Fault:
        """503 serviceNotAvailable (learn.microsoft.com/graph/errors), Retry-After only when given."""
        request_id = str(uuid.uuid4())
        body = _graph_error_body("serviceNotAvailable",  # message (inferred) from the errors page's description
                                 "The service is not available. Try the request again after a delay.",
                                 request_id, request_id)
        return Fault.status(503, body, headers=GraphFake._fault_headers(request_id, retry_after), times=times,
                            path=path, method=method)

    @staticmethod
    def concurrency_violation(times: int = 1, path: str = "", method: str | None = None) -> Fault:
        """409 Directory_ConcurrencyViolation: parallel writes to one directory object; retry after a moment."""
        request_id = str(uuid.uuid4())
        body = _graph_error_body("Directory_ConcurrencyViolation",  # message (inferred)
                                 "Error due to concurrent requests being made to the tenant. "
                                 "Please wait briefly and retry.", request_id, request_id)
        return Fault.status(409, body, headers=GraphFake._fault_headers(request_id, None), times=times,
                            path=path, method=method)

    @staticmethod
    def _fault_headers(request_id: str, retry_after: int | None) -> dict[str, str]:
        headers = {"Content-Type": "application/json", "request-id": request_id, "client-request-id": request_id}
        if retry_after is not None:
            headers["Retry-After"] = str(retry_after)
        return headers

    # --- OAuth 2.0 ----------------------------------------------------------------------
    def _known_tenant(self, tenant: str) -> bool:
        verified = {name for name, d in self.domains.items() if d["isVerified"]}
        return tenant.lower() in {"organizations", "common", self.tenant.lower(), self.tenant_id.lower()} | verified

    @staticmethod
    def _oauth_error_body(error: OAuthError) -> dict[str, Any]:
        trace_id, correlation_id = str(uuid.uuid4()), str(uuid.uuid4())
        stamp = _now().strftime("%Y-%m-%d %H:%M:%SZ")
        description = (f"AADSTS{error.aadsts}: {error.description}\r\nTrace ID: {trace_id}\r\n"
                       f"Correlation ID: {correlation_id}\r\nTimestamp: {stamp}")
        return {"error": error.error, "error_description": description, "error_codes": [error.aadsts],
                "timestamp": stamp, "trace_id": trace_id, "correlation_id": correlation_id,
                "error_uri": f"https://login.microsoftonline.com/error?code={error.aadsts}"}

    def _oauth(self, handler: Callable[[Request], Response]) -> Callable[[Request], Response]:
        def run(request: Request) -> Response:
            headers = {"Cache-Control": "no-store, no-cache", "Pragma": "no-cache",
                       "x-ms-request-id": str(uuid.uuid4())}
            try:
                response = handler(request)
            except OAuthError as error:
                response = Response(error.status, self._oauth_error_body(error))
            response.headers = {**headers, **response.headers}
            return response
        return run

    @staticmethod
    def _error_page(status: int, aadsts: int, text: str) -> Response:
        page = ("<!DOCTYPE html><html><head><title>Sign in to your account</title></head><body>"
                "<h1>Sign in</h1><p>Sorry, but we're having trouble signing you in.</p>"
                f"<p id=\"error\">AADSTS{aadsts}: {text}</p></body></html>")
        return Response(status, page, {"x-ms-request-id": str(uuid.uuid4())})

    def _authorize(self, request: Request) -> Response:
        tenant = unquote(request.params["tenant"])
        if not self._known_tenant(tenant):
            return self._error_page(400, 90002, f"Tenant '{tenant}' not found. Check to make sure you have the "
                                    "correct tenant ID and are signing into the correct cloud.")
        client_id = request.arg("client_id")
        if not client_id:
            return self._error_page(400, 900144, "The request body must contain the following parameter: "
                                    "'client_id'.")
        if client_id != self.client_id:
            return self._error_page(400, 700016, f"Application with identifier '{client_id}' was not found in the "
                                    f"directory '{self.org_name}'. This can happen if the application has not been "
                                    "installed by the administrator of the tenant or consented to by any user in the "
                                    "tenant. You may have sent your authentication request to the wrong tenant.")
        redirect_uri = request.arg("redirect_uri") or ""
        if not redirect_uri.startswith(("http://127.0.0.1:", "http://localhost:")):
            # An unregistered reply address is shown on the sign-in page, never redirected to.
            return self._error_page(400, 50011, f"The redirect URI '{redirect_uri}' specified in the request does "
                                    f"not match the redirect URIs configured for the application '{client_id}'.")
        state = request.arg("state")

        def back(params: dict[str, str]) -> Response:
            if state is not None:
                params["state"] = state
            sep = "&" if "?" in redirect_uri else "?"
            return Response(302, b"", {"Location": redirect_uri + sep + urlencode(params),
                                       "x-ms-request-id": str(uuid.uuid4())})

        def fail(error: str, aadsts: int, text: str) -> Response:
            body = self._oauth_error_body(OAuthError(error, aadsts, text))
            return back({"error": error, "error_description": body["error_description"],
                         "error_uri": body["error_uri"]})

        for name in ("response_type", "scope", "code_challenge"):
            if not request.arg(name):
                return fail("invalid_request", 900144, f"The request body must contain the following parameter: "
                            f"'{name}'.")
        if request.arg("response_type") != "code":
            return fail("unsupported_response_type", 70005,  # text (inferred)
                        f"response_type '{request.arg('response_type')}' is not supported for the application.")
        if request.arg("code_challenge_method") != "S256":
            return fail("invalid_request", 90100,  # text (inferred); the fake requires S256
                        "code_challenge_method parameter is empty or not valid.")
        challenge = request.arg("code_challenge") or ""
        if len(challenge) != 43:
            return fail("invalid_request", 50147, "The size of the code challenge parameter is not valid.")
        if self.deny_consent:
            return fail("access_denied", 65004, "User declined to consent to access the app.")
        code = "0.A" + secrets.token_urlsafe(48)
        self.codes[code] = {"client_id": client_id, "redirect_uri": redirect_uri, "challenge": challenge,
                            "scope": request.arg("scope") or "", "expires_at": time.monotonic() + CODE_LIFETIME,
                            "used": False}
        return back({"code": code})

    def _token(self, request: Request) -> Response:
        tenant = unquote(request.params["tenant"])
        if not self._known_tenant(tenant):
            raise OAuthError("invalid_request", 90002, f"Tenant '{tenant}' not found. Check to make sure you have "
                             "the correct tenant ID and are signing into the correct cloud.")
        form = request.form()
        for name in ("client_id", "grant_type"):
            if not form.get(name):
                raise OAuthError("invalid_request", 900144, f"The request body must contain the following "
                                 f"parameter: '{name}'.")
        client_id = form["client_id"]
        if client_id != self.client_id:
            raise OAuthError("unauthorized_client", 700016, f"Application with identifier '{client_id}' was not "
                             f"found in the directory '{self.org_name}'. This can happen if the application has not "
                             "been installed by the administrator of the tenant or consented to by any user in the "
                             "tenant. You may have sent your authentication request to the wrong tenant.")
        if "client_secret" in form or "client_assertion" in form:
            raise OAuthError("invalid_client", 700025, "Client is public so neither 'client_assertion' nor "
                             "'client_secret' should be presented.", status=401)
        grant = form["grant_type"]
        if grant == "authorization_code":
            return self._redeem_code(form)
        if grant == "refresh_token":
            return self._redeem_refresh(form)
        raise OAuthError("unsupported_grant_type", 70003,  # text (inferred)
                         f"The app requested an unsupported grant type '{grant}'.")

    def _redeem_code(self, form: dict[str, str]) -> Response:
        for name in ("code", "redirect_uri"):
            if not form.get(name):
                raise OAuthError("invalid_request", 900144, f"The request body must contain the following "
                                 f"parameter: '{name}'.")
        grant = self.codes.get(form["code"])
        if grant is None:
            raise OAuthError("invalid_grant", 9002313, "Invalid request. Request is malformed or invalid.")
        if grant["used"]:
            raise OAuthError("invalid_grant", 54005, "OAuth2 Authorization code was already redeemed, please retry "
                             "with a new valid code or use an existing refresh token.")
        grant["used"] = True  # any redemption attempt spends the code
        if time.monotonic() > grant["expires_at"]:
            raise OAuthError("invalid_grant", 70008, "The provided authorization code or refresh token has expired "
                             "due to inactivity. Send a new interactive authorization request for this user and "
                             "resource.")
        if grant["client_id"] != form["client_id"]:
            raise OAuthError("invalid_grant", 70000, "Provided grant is invalid or malformed.")
        if grant["redirect_uri"] != form["redirect_uri"]:
            raise OAuthError("invalid_grant", 50011,  # text (inferred) for a reply address unlike the authorize one
                             f"The redirect URI '{form['redirect_uri']}' specified in the request does not match the "
                             "redirect URI used to obtain the authorization code.")
        if _pkce_s256(form.get("code_verifier", "")) != grant["challenge"]:
            raise OAuthError("invalid_grant", 501481, "The Code_Verifier does not match the code_challenge supplied "
                             "in the authorization request.")
        return self._issue(form["client_id"], grant["scope"])

    def _redeem_refresh(self, form: dict[str, str]) -> Response:
        if not form.get("refresh_token"):
            raise OAuthError("invalid_request", 900144, "The request body must contain the following parameter: "
                             "'refresh_token'.")
        held = self.refresh_tokens.get(form["refresh_token"])
        if held is None:
            raise OAuthError("invalid_grant", 9002313, "Invalid request. Request is malformed or invalid.")
        if held["revoked"]:
            raise OAuthError("invalid_grant", 50173, "The provided grant has expired due to it being revoked, a "
                             "fresh auth token is needed. The user might have changed or reset their password.")
        if held["client_id"] != form["client_id"]:
            raise OAuthError("invalid_grant", 70000, "Provided grant is invalid or malformed.")
        # another resource's scope (Exchange's IMAP) never consented at the sign-in: refused, as Entra does until
        # the user consents in an interactive request (text as reported for AADSTS65001; the code for a refresh
        # grant is inferred)
        consented = {c.lower() for c in held["scope"].split()}
        if any(a.lower().startswith("https://outlook.office.com/") and a.lower() not in consented
               for a in (form.get("scope") or "").split()):
            raise OAuthError("invalid_grant", 65001, f"The user or administrator has not consented to use the "
                             f"application with ID '{form['client_id']}' named 'MailWizard'. Send an interactive "
                             "authorization request for this user and resource.")
        if self.single_use_refresh_tokens:
            held["revoked"] = True
        return self._issue(form["client_id"], form.get("scope") or held["scope"], refresh=True)

    def _issue(self, client_id: str, scope: str, *, refresh: bool = False) -> Response:
        requested = scope.split()
        granted = [s if "://" in s else GRAPH_RESOURCE + s for s in requested if s not in OIDC_SCOPES]
        granted = granted or [GRAPH_RESOURCE + "User.Read"]
        # a consent given before the app asked for these: a token (and its refresh) never carries them
        granted = [s for s in granted if s.lower() not in {w.lower() for w in self.withheld_scopes}]
        access = "eyJ0eXAiOiJKV1Qi." + secrets.token_urlsafe(48)
        self.access_tokens[access] = {"client_id": client_id, "scopes": granted,
                                      "expires_at": time.monotonic() + self.token_lifetime}
        body: dict[str, Any] = {"token_type": "Bearer", "scope": " ".join(granted),
                                "expires_in": self.token_lifetime, "ext_expires_in": self.token_lifetime,
                                "access_token": access}
        if "offline_access" in requested or refresh:
            token = "1.A" + secrets.token_urlsafe(64)
            self.refresh_tokens[token] = {"client_id": client_id, "scope": scope, "revoked": False}
            body["refresh_token"] = token
        return Response(200, body)

    # --- Graph plumbing -----------------------------------------------------------------
    def _handle(self, request: Request) -> Response:
        refused = check_graph_contract(request)  # every Graph request against msgraph-sdk's templates and models
        if refused is not None:
            record_violation("GraphFake", request.method, request.path, refused.reason)
            return refused.response
        return super()._handle(request)

    def _graph(self, handler: Callable[[Request], Response]) -> Callable[[Request], Response]:
        def run(request: Request) -> Response:
            request_id = str(uuid.uuid4())
            client_request_id = request.headers.get("client-request-id") or request_id
            headers = {"request-id": request_id, "client-request-id": client_request_id,
                       "x-ms-ags-diagnostic": json.dumps({"ServerInfo": {"DataCenter": "Loopback"}})}
            try:
                self._authenticate(request)
                response = handler(request)
            except GraphError as error:
                body = _graph_error_body(error.code, error.message, request_id, client_request_id, error.details)
                response = Response(error.status, body, error.headers)
            if isinstance(response.body, dict):
                response.headers.setdefault("Content-Type", "application/json;odata.metadata=minimal;"
                                            "odata.streaming=true;IEEE754Compatible=false;charset=utf-8")
            response.headers = {**headers, **response.headers}
            return response
        return run

    def _authenticate(self, request: Request) -> None:
        challenge = {"WWW-Authenticate": 'Bearer realm="", authorization_uri="https://login.microsoftonline.com/'
                     'common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000"'}
        token = request.bearer
        if not token:
            raise GraphError(401, "InvalidAuthenticationToken", "Access token is empty.", headers=challenge)
        held = self.access_tokens.get(token)
        if held is None or time.monotonic() >= held["expires_at"]:
            raise GraphError(401, "InvalidAuthenticationToken", "Access token has expired or is not yet valid.",
                             headers=challenge)

    def _require(self, roles: frozenset[str]) -> None:
        if not roles.intersection(self.admin_roles):
            raise GraphError(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.")

    @staticmethod
    def _body(request: Request) -> dict[str, Any]:
        try:
            body = request.json()
        except (ValueError, UnicodeDecodeError):
            raise GraphError(400, "BadRequest", "Unable to read JSON request payload. Please ensure Content-Type "
                             "header is set and payload is of valid JSON format.") from None
        if not isinstance(body, dict):
            raise GraphError(400, "BadRequest", "Empty Payload. JSON content expected.")  # (inferred)
        return body

    def _context(self, fragment: str) -> str:
        return f"{self.base_url}/v1.0/$metadata#{fragment}"

    def not_found(self, request: Request) -> Response:
        if not request.path.startswith("/v1.0/"):
            return super().not_found(request)
        segment = request.path[len("/v1.0/"):].split("/")[0]
        request_id = str(uuid.uuid4())
        body = _graph_error_body("BadRequest", f"Resource not found for the segment '{segment}'.", request_id,
                                 request.headers.get("client-request-id") or request_id)
        return Response(400, body, {"request-id": request_id})

    # --- tenant -------------------------------------------------------------------------
    def _me(self, request: Request) -> Response:
        user = self.users[self.admin_upn.lower()]
        return Response(200, {"@odata.context": self._context("users/$entity"), **self._project(user, request)})

    def _organization(self, request: Request) -> Response:
        self._require_any_scope(request, _scopes("User.Read", "Organization.Read.All", "Directory.Read.All"))
        verified = [{"capabilities": "Email, OfficeCommunicationsOnline", "isDefault": d["isDefault"],
                     "isInitial": d["isInitial"], "name": d["id"], "type": d["authenticationType"]}
                    for d in self.domains.values() if d["isVerified"]]
        org = {"id": self.tenant_id, "displayName": self.org_name, "tenantType": "AAD",
               "countryLetterCode": self.country, "defaultUsageLocation": self.default_usage_location,
               "preferredLanguage": "en", "businessPhones": [], "technicalNotificationMails": [self.admin_upn],
               "verifiedDomains": verified}
        return Response(200, {"@odata.context": self._context("organization"), "value": [org]})

    # --- domains ------------------------------------------------------------------------
    def _new_domain(self, name: str, *, verified: bool, initial: bool = False, root: bool = True) -> dict[str, Any]:
        digits = f"{secrets.randbelow(10**8):08d}"
        return {"id": name, "authenticationType": "Managed", "availabilityStatus": None, "isAdminManaged": True,
                "isDefault": initial, "isInitial": initial, "isRoot": root, "isVerified": verified,
                "passwordNotificationWindowInDays": 14, "passwordValidityPeriodInDays": 2147483647,
                "state": None, "supportedServices": ["Email", "OfficeCommunicationsOnline"] if verified else [],
                "_txt": f"MS=ms{digits}", "_mx": f"ms{digits}.msv1.invalid"}

    def _domain(self, request: Request) -> dict[str, Any]:
        name = unquote(request.params["id"]).lower()
        domain = self.domains.get(name)
        if domain is None:
            raise GraphError(404, "Request_ResourceNotFound", f"Resource '{name}' does not exist or one of its "
                             "queried reference-property objects are not present.")
        return domain

    def _domain_view(self, domain: dict[str, Any], with_context: bool = True) -> dict[str, Any]:
        view = {k: v for k, v in domain.items() if not k.startswith("_")}
        view["supportedServices"] = list(domain["supportedServices"])
        return {"@odata.context": self._context("domains/$entity"), **view} if with_context else view

    def _list_domains(self, request: Request) -> Response:
        self._require_any_scope(request, _scopes("Domain.Read.All", "Domain.ReadWrite.All", "Directory.Read.All"))
        return Response(200, {"@odata.context": self._context("domains"),
                              "value": [self._domain_view(d, False) for d in self.domains.values()]})

    def _get_domain(self, request: Request) -> Response:
        self._require_any_scope(request, _scopes("Domain.Read.All", "Domain.ReadWrite.All", "Directory.Read.All"))
        return Response(200, self._domain_view(self._domain(request)))

    def _add_domain(self, request: Request) -> Response:
        self._require_any_scope(request, _scopes("Domain.ReadWrite.All"))
        self._require(DOMAIN_WRITERS)
        body = self._body(request)
        raw = body.get("id")
        if raw is None:
            raise GraphError(400, "Request_BadRequest", "A value is required for property 'id' of resource "
                             "'Domain'.")  # (inferred)
        name = raw.strip().lower().rstrip(".") if isinstance(raw, str) else ""
        if not _valid_domain_name(name):
            raise GraphError(400, "Request_BadRequest", "Invalid value specified for property 'id' of resource "
                             "'Domain'.")  # (inferred)
        if name in self.domains:
            message = "Another object with the same value for property id already exists."
            raise GraphError(400, "Request_BadRequest", message,
                             details=[{"code": "ObjectConflict", "message": message, "target": "id"}])
        parent = next((d for d in self.domains.values() if name.endswith("." + d["id"]) and d["isVerified"]), None)
        # A subdomain of a verified root is verified with it (domain-post-domains).
        domain = self._new_domain(name, verified=parent is not None, root=parent is None)
        self.domains[name] = domain
        return Response(201, self._domain_view(domain),
                        {"Location": f"{self.base_url}/v1.0/domains('{quote(name)}')"})

    def _dns_record(self, domain: str, kind: str, label: str, supported: str, **extra: Any) -> dict[str, Any]:
        odata = {"Txt": "domainDnsTxtRecord", "Mx": "domainDnsMxRecord", "CName": "domainDnsCnameRecord",
                 "Srv": "domainDnsSrvRecord"}[kind]
        key = f"{domain}|{kind}|{label}|{supported}|{sorted(extra.items())}"
        return {"@odata.type": f"#microsoft.graph.{odata}", "id": str(uuid.uuid5(uuid.NAMESPACE_DNS, key)),
                "isOptional": False, "label": label, "recordType": kind, "supportedService": supported,
                "ttl": 3600, **extra}

    def _verification_records(self, request: Request) -> Response:
        self._require_any_scope(request, _scopes("Domain.Read.All", "Domain.ReadWrite.All", "Directory.Read.All"))
        domain = self._domain(request)
        name = domain["id"]
        return Response(200, {"@odata.context": self._context(f"domains('{name}')/verificationDnsRecords"),
                              "value": [self._dns_record(name, "Txt", name, "None", text=domain["_txt"]),
                                        self._dns_record(name, "Mx", name, "None", mailExchange=domain["_mx"],
                                                         preference=32767)]})

    def _verify_domain(self, request: Request) -> Response:
        self._require_any_scope(request, _scopes("Domain.ReadWrite.All"))
        self._require(DOMAIN_WRITERS)
        domain = self._domain(request)
        name = domain["id"]
        if domain["isVerified"]:
            raise GraphError(400, "Request_BadRequest", "Domain is already verified.")
        if name in self.domains_in_other_tenants:
            message = "Domain verification failed with the following error: 'Domain is being used by an active tenant'."
            raise GraphError(400, "Request_BadRequest", message,
                             details=[{"code": "DomainInUse", "message": message, "target": "Name.Conflict"}])
        try:
            published = [t.strip('"') for t in self.dns_txt(name)] if self.dns_txt is not None else []
        except Exception:
            published = []
        if domain["_txt"] not in published:
            raise GraphError(400, "Request_BadRequest", "Domain verification failed with the following error: "
                             "'Unable to verify domain. The DNS record for the domain was not found.'")  # (inferred)
        # verifying does not choose the services: that is its own step (PATCH supportedServices), as Graph's domain
        # resource describes it (https://learn.microsoft.com/en-us/graph/api/resources/domain)
        domain.update(isVerified=True, isRoot=True, availabilityStatus="AvailableImmediately")
        for other in self.domains.values():  # subdomains already added follow their root
            if other["id"].endswith("." + name) and not other["isVerified"]:
                other.update(isVerified=True, isRoot=False)
        return Response(200, self._domain_view(domain))

    def _update_domain(self, request: Request) -> Response:
        """PATCH /domains/{id}: the services the domain is used for (https://learn.microsoft.com/en-us/graph/api/
        domain-update); only a verified domain takes them (inferred: Graph's answer to an unverified one is not
        documented)."""
        self._require_any_scope(request, _scopes("Domain.ReadWrite.All"))
        self._require(DOMAIN_WRITERS)
        domain = self._domain(request)
        body = self._body(request)
        unknown = set(body) - {"supportedServices", "isDefault", "passwordNotificationWindowInDays",
                               "passwordValidityPeriodInDays"}
        if unknown:
            raise GraphError(400, "Request_BadRequest", f"Property '{sorted(unknown)[0]}' does not exist on type "
                             "'microsoft.graph.domain'.")
        services = body.get("supportedServices")
        if services is not None:
            if not isinstance(services, list) or not set(services) <= DOMAIN_SERVICES:
                raise GraphError(400, "Request_BadRequest", "Invalid value specified for property 'supportedServices'.")
            if not domain["isVerified"]:
                raise GraphError(400, "Request_BadRequest", "Domain must be verified first.")  # (inferred)
            domain["supportedServices"] = list(dict.fromkeys(services))
        return Response(204, b"")

    def _service_records(self, request: Request) -> Response:
        domain = self._domain(request)
        name = domain["id"]
        rec = self._dns_record
        records = [
            rec(name, "Mx", name, "Email", mailExchange=name.replace(".", "-") + ".mail.protection.outlook.com",
                preference=0),
            rec(name, "Txt", name, "Email", text="v=spf1 include:spf.protection.outlook.com -all"),
            rec(name, "CName", "autodiscover." + name, "Email", canonicalName="autodiscover.outlook.com"),
            rec(name, "CName", "sip." + name, "OfficeCommunicationsOnline", canonicalName="sipdir.online.lync.com"),
            rec(name, "CName", "lyncdiscover." + name, "OfficeCommunicationsOnline",
                canonicalName="webdir.online.lync.com"),
            rec(name, "Srv", "_sip._tls." + name, "OfficeCommunicationsOnline", nameTarget="sipdir.online.lync.com",
                port=443, priority=100, protocol="_tls", service="_sip", weight=1),
            rec(name, "Srv", "_sipfederationtls._tcp." + name, "OfficeCommunicationsOnline",
                nameTarget="sipfed.online.lync.com", port=5061, priority=100, protocol="_tcp",
                service="_sipfederationtls", weight=1),
        ]
        # the records of the services chosen for a verified domain ("after you have successfully verified the
        # ownership of a domain and you have indicated what services you plan to use with the domain",
        # learn.microsoft.com AzureAD Get-AzureADDomainServiceConfigurationRecord); before: none (inferred)
        chosen = set(domain["supportedServices"]) if domain["isVerified"] else set()
        records = [r for r in records if r["supportedService"] in chosen]
        return Response(200, {"@odata.context": self._context(f"domains('{name}')/serviceConfigurationRecords"),
                              "value": records})

    # --- users --------------------------------------------------------------------------
    def _find_user(self, request: Request) -> dict[str, Any]:
        key = unquote(request.params["id"])
        user = self.users.get(key.lower()) or next((u for u in self.users.values() if u["id"] == key.lower()), None)
        if user is None:
            raise GraphError(404, "Request_ResourceNotFound", f"Resource '{key}' does not exist or one of its "
                             "queried reference-property objects are not present.")
        return user

    @staticmethod
    def _project(user: dict[str, Any], request: Request) -> dict[str, Any]:
        select = request.arg("$select")
        names = [n.strip() for n in select.split(",") if n.strip()] if select else list(USER_DEFAULT_PROPERTIES)
        view = {n: user[n] for n in names if n in user and not n.startswith("_")}
        view["id"] = user["id"]
        if "proxyAddresses" in names:
            view["proxyAddresses"] = proxies(user)
        if "assignedLicenses" in view:
            view["assignedLicenses"] = [dict(x) for x in user["assignedLicenses"]]
        return view

    def _check_user_fields(self, body: dict[str, Any], *, creating: bool) -> None:
        def invalid(name: str) -> GraphError:
            return GraphError(400, "Request_BadRequest", f"Invalid value specified for property '{name}' of "
                              "resource 'User'.")

        for name in body:
            if name not in USER_WRITABLE:
                raise GraphError(400, "Request_BadRequest", f"Property '{name}' does not exist as a declared "
                                 "property or extension property.")
        if creating:
            for name in ("accountEnabled", "displayName", "mailNickname", "userPrincipalName", "passwordProfile"):
                if body.get(name) is None:
                    raise GraphError(400, "Request_BadRequest", f"A value is required for property '{name}' of "
                                     "resource 'User'.")
        for name in USER_STRING_PROPERTIES & body.keys():
            value = body[name]
            if value is not None and not isinstance(value, str):
                raise invalid(name)
        if "accountEnabled" in body and not isinstance(body["accountEnabled"], bool):
            raise invalid("accountEnabled")
        if "displayName" in body and not (body["displayName"] or "").strip():
            raise invalid("displayName")
        if "mailNickname" in body and not MAIL_NICKNAME.match(body["mailNickname"] or ""):
            raise invalid("mailNickname")
        if "userPrincipalName" in body and not UPN.match(body["userPrincipalName"] or ""):
            raise invalid("userPrincipalName")
        if body.get("usageLocation") is not None and not COUNTRY.match(body["usageLocation"]):
            raise invalid("usageLocation")
        if "passwordProfile" in body:
            profile = body["passwordProfile"]
            if not isinstance(profile, dict) or not isinstance(profile.get("password"), str):
                raise invalid("passwordProfile")
            force = profile.get("forceChangePasswordNextSignIn", True)
            if not isinstance(force, bool):
                raise invalid("passwordProfile")
        if "userPrincipalName" in body:
            suffix = body["userPrincipalName"].rsplit("@", 1)[1].lower()
            domain = self.domains.get(suffix)
            if domain is None or not domain["isVerified"]:
                raise GraphError(400, "Request_BadRequest", "The domain portion of the userPrincipalName property is "
                                 "invalid. You must use one of the verified domain names in your organization.")
        if "passwordProfile" in body and not _password_ok(body["passwordProfile"]["password"]):
            raise GraphError(400, "Request_BadRequest", "The specified password does not comply with password "
                             "complexity requirements. Please provide a different password.")

    @staticmethod
    def _duplicate_upn() -> GraphError:
        message = "Another object with the same value for property userPrincipalName already exists."
        return GraphError(400, "Request_BadRequest", message,
                          details=[{"code": "ObjectConflict", "message": message, "target": "userPrincipalName"}])

    def _create_user(self, request: Request) -> Response:
        self._require_any_scope(request, _scopes("User.ReadWrite.All", "Directory.ReadWrite.All"))
        self.created_user_posts += 1
        self._require(USER_WRITERS)
        body = self._body(request)
        self._check_user_fields(body, creating=True)
        upn = body["userPrincipalName"]
        if upn.lower() in self.users:
            raise self._duplicate_upn()
        profile = body["passwordProfile"]
        user: dict[str, Any] = {n: None for n in USER_STRING_PROPERTIES}
        user.update({k: v for k, v in body.items() if k != "passwordProfile"})
        user.update(id=str(uuid.uuid4()), businessPhones=list(body.get("businessPhones") or []), mail=None,
                    assignedLicenses=[], _password=profile["password"], _created=time.monotonic(),
                    # read-only, set by the directory, returned only on $select (graph/api/resources/user)
                    createdDateTime=_now().strftime("%Y-%m-%dT%H:%M:%SZ"),
                    # "when this Microsoft Entra user last changed their password or when their password was
                    # created" (graph/api/resources/user): the creation's, a second later at most (unconfirmed)
                    lastPasswordChangeDateTime=(_now() + timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                    _forceChangePasswordNextSignIn=profile.get("forceChangePasswordNextSignIn", True))
        self.users[upn.lower()] = user
        return Response(201, {"@odata.context": self._context("users/$entity"), **self._project(user, request)},
                        {"Location": f"{self.base_url}/v1.0/users/{user['id']}"})

    def _get_user(self, request: Request) -> Response:
        self._require_any_scope(request, _scopes("User.Read.All", "User.ReadWrite.All", "Directory.Read.All"))
        user = self._find_user(request)
        return Response(200, {"@odata.context": self._context("users/$entity"), **self._project(user, request)})

    def _delete_user(self, request: Request) -> Response:
        """DELETE /users/{id} → 204; the user moves to the deleted items and its licences are freed
        (https://learn.microsoft.com/en-us/graph/api/user-delete)."""
        self._require_any_scope(request, _scopes("User.ReadWrite.All", "Directory.ReadWrite.All"))
        self._require(USER_WRITERS)
        user = self._find_user(request)
        for held in user["assignedLicenses"]:
            sku = next(s for s in self.skus if s["skuId"].lower() == held["skuId"].lower())
            sku["consumedUnits"] -= 1
        del self.users[user["userPrincipalName"].lower()]
        self.deleted_users[user["id"]] = user
        return Response(204, b"")

    def add_user(self, upn: str, display_name: str) -> None:
        """Seed a member as the wizard makes one (forceChangePasswordNextSignIn), not counted in the posts."""
        with self.lock:
            local = upn.split("@")[0]
            user: dict[str, Any] = {n: None for n in USER_STRING_PROPERTIES}
            user.update(id=str(uuid.uuid4()), accountEnabled=True, displayName=display_name, mailNickname=local,
                        userPrincipalName=upn, businessPhones=[], mail=None, assignedLicenses=[],
                        _password=secrets.token_urlsafe(16), _created=time.monotonic(),
                        createdDateTime=_now().strftime("%Y-%m-%dT%H:%M:%SZ"),
                        lastPasswordChangeDateTime=(_now() + timedelta(seconds=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                        _forceChangePasswordNextSignIn=True)
            self.users[upn.lower()] = user

    def member_signs_in(self, upn: str, *, at: datetime | None = None) -> None:
        """The member signs in for the first time and, made to (forceChangePasswordNextSignIn), changes the password."""
        with self.lock:
            user = self.users[upn.lower()]
            user["_forceChangePasswordNextSignIn"] = False
            user["lastPasswordChangeDateTime"] = (at or _now()).strftime("%Y-%m-%dT%H:%M:%SZ")

    def age_user(self, upn: str, days: int) -> None:
        """As if the account had been made ``days`` ago (its password with it)."""
        with self.lock:
            user = self.users[upn.lower()]
            for key in ("createdDateTime", "lastPasswordChangeDateTime"):
                moment = datetime.strptime(user[key], "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
                user[key] = (moment - timedelta(days=days)).strftime("%Y-%m-%dT%H:%M:%SZ")

    def _update_user(self, request: Request) -> Response:
        self._require_any_scope(request, _scopes("User.ReadWrite.All", "Directory.ReadWrite.All"))
        self._require(USER_WRITERS)
        user = self._find_user(request)
        body = self._body(request)
        self._check_user_fields(body, creating=False)
        new_upn = body.get("userPrincipalName")
        if new_upn is not None and new_upn.lower() != user["userPrincipalName"].lower():
            if new_upn.lower() in self.users:
                raise self._duplicate_upn()
            self.users[new_upn.lower()] = self.users.pop(user["userPrincipalName"].lower())
        for name, value in body.items():
            if name == "passwordProfile":
                user["_password"] = value["password"]
                user["_forceChangePasswordNextSignIn"] = value.get("forceChangePasswordNextSignIn", True)
                user["lastPasswordChangeDateTime"] = _now().strftime("%Y-%m-%dT%H:%M:%SZ")  # an admin reset too
            else:
                user[name] = value
        return Response(204, b"")

    def _top(self, request: Request) -> int:
        top_arg = request.arg("$top")
        if top_arg is None:
            return self.page_size_default
        if not top_arg.isdigit() or not 1 <= int(top_arg) <= 999:
            raise GraphError(400, "Request_UnsupportedQuery", f"Invalid page size specified: '{top_arg}'. Must "
                             "be between 1 and 999 inclusive.")  # (inferred)
        # the server may answer fewer than $top (learn.microsoft.com/graph/paging): ``page_size_max`` makes it
        return min(int(top_arg), getattr(self, "page_size_max", None) or 999)

    def _paged(self, request: Request, collection: str, items: list[dict[str, Any]], size: int, view,
               carried: list[tuple[str, str]]) -> Response:
        """One page of a collection from $skiptoken, with the @odata.nextLink Graph gives (query carried over)."""
        skiptoken = request.arg("$skiptoken")
        offset = self._read_skiptoken(skiptoken) if skiptoken is not None else 0
        page = items[offset:offset + size]
        body: dict[str, Any] = {"@odata.context": self._context(collection), "value": [view(i) for i in page]}
        if offset + size < len(items):
            params = [*carried, ("$skiptoken", self._make_skiptoken(offset + size))]
            body["@odata.nextLink"] = (f"{self.base_url}/v1.0/{collection}?"
                                       + "&".join(f"{k}={quote(v, safe='')}" for k, v in params))
        return Response(200, body)

    def _list_users(self, request: Request) -> Response:
        self._require_any_scope(request, _scopes("User.Read.All", "User.ReadWrite.All", "Directory.Read.All"))
        top = self._top(request)
        users = list(self.users.values())
        query = request.arg("$filter")
        if query:
            users = [u for u in users if self._matches(u, query)]
        carried = [("$top", str(top)), *((k, v) for k in ("$filter", "$select") if (v := request.arg(k)))]
        return self._paged(request, "users", users, top, lambda u: self._project(u, request), carried)

    @staticmethod
    def _matches(user: dict[str, Any], query: str) -> bool:
        shared = GraphSharedMixin.shared_filter(query)
        if shared is not None and not query.lstrip().lower().startswith("mailnickname"):
            return bool(shared(user))
        match = FILTER_STARTSWITH.match(query) or FILTER_EQ.match(query)
        allowed = {"userPrincipalName", "displayName", "mail", "mailNickname", "givenName", "surname", "id"}
        if match is None or match.group(1) not in allowed:
            words = re.findall(r"[A-Za-z]\w*", query.split("(", 1)[-1])
            prop = match.group(1) if match else (words[0] if words else "")
            raise GraphError(400, "Request_UnsupportedQuery", "Unsupported or invalid query filter clause specified "
                             f"for property '{prop}' of resource 'User'.")
        value = (user.get(match.group(1)) or "").lower()
        wanted = match.group(2).replace("''", "'").lower()
        return value.startswith(wanted) if match.re is FILTER_STARTSWITH else value == wanted

    @staticmethod
    def _make_skiptoken(offset: int) -> str:
        return "RFNwdAIA" + base64.urlsafe_b64encode(json.dumps({"o": offset}).encode()).decode().rstrip("=")

    @staticmethod
    def _read_skiptoken(token: str) -> int:
        try:
            raw = token.removeprefix("RFNwdAIA")
            offset = json.loads(base64.urlsafe_b64decode(raw + "=" * (-len(raw) % 4)))["o"]
            if not isinstance(offset, int) or offset < 0:
                raise ValueError(offset)
        except (ValueError, KeyError, TypeError):
            raise GraphError(400, "Directory_ExpiredPageToken", "The specified page token value has expired and can "
                             "no longer be included in your request.") from None
        return offset

    # --- licences -----------------------------------------------------------------------
    @staticmethod
    def _complete_sku(sku: dict[str, Any]) -> dict[str, Any]:
        sku = dict(sku)
        sku["prepaidUnits"] = {"enabled": 0, "suspended": 0, "warning": 0, "lockedOut": 0,
                               **sku.get("prepaidUnits", {})}
        sku.setdefault("consumedUnits", 0)
        sku.setdefault("capabilityStatus", "Enabled")
        sku.setdefault("appliesTo", "User")
        sku.setdefault("servicePlans", [{"servicePlanId": "9aaf7827-d63c-4b61-89c3-182f06f82e5c",
                                         "servicePlanName": "EXCHANGE_S_STANDARD", "provisioningStatus": "Success",
                                         "appliesTo": "User"}])
        sku.setdefault("subscriptionIds", [str(uuid.uuid4())])
        return sku

    def _subscribed_skus(self, request: Request) -> Response:
        self._require_any_scope(request, _scopes("Organization.Read.All", "LicenseAssignment.Read.All",
                                                 "Directory.Read.All"))
        value = [{"accountName": self.org_name, "accountId": self.tenant_id,
                  "id": f"{self.tenant_id}_{s['skuId']}", **json.loads(json.dumps(s))} for s in self.skus]
        return Response(200, {"@odata.context": self._context("subscribedSkus"), "value": value})

    def _assign_license(self, request: Request) -> Response:
        self._require_any_scope(request, _scopes("LicenseAssignment.ReadWrite.All", "User.ReadWrite.All",
                                                 "Directory.ReadWrite.All"))
        self._require(LICENSE_WRITERS)
        user = self._find_user(request)
        body = self._body(request)
        missing = [n for n in ("addLicenses", "removeLicenses") if n not in body]
        if missing:
            raise GraphError(400, "Request_BadRequest", "One or more parameters of the operation 'assignLicense' "
                             f"are missing from the request payload. The missing parameters are: {', '.join(missing)}.")
        adds, removes = body["addLicenses"], body["removeLicenses"]
        if not isinstance(adds, list) or not all(isinstance(a, dict) and isinstance(a.get("skuId"), str)
                                                 for a in adds):
            raise GraphError(400, "Request_BadRequest", "Invalid value specified for property 'addLicenses'.")
        if not isinstance(removes, list) or not all(isinstance(r, str) for r in removes):
            raise GraphError(400, "Request_BadRequest", "Invalid value specified for property 'removeLicenses'.")
        by_id = {s["skuId"].lower(): s for s in self.skus}
        held = {a["skuId"].lower() for a in user["assignedLicenses"]}
        if adds and not user.get("usageLocation"):
            raise GraphError(400, "Request_BadRequest", "License assignment cannot be done for user with invalid "
                             "usage location.")
        for sku_id in [a["skuId"] for a in adds] + removes:
            if sku_id.lower() not in by_id:
                raise GraphError(400, "Request_BadRequest", f"License {sku_id} does not correspond to a valid "
                                 "company License.")
        for sku_id in removes:
            if sku_id.lower() not in held:
                raise GraphError(400, "Request_BadRequest", "User does not have a corresponding license.")  # (inferred)
        for add in adds:
            sku = by_id[add["skuId"].lower()]
            if add["skuId"].lower() not in held and sku["consumedUnits"] >= sku["prepaidUnits"]["enabled"]:
                raise GraphError(400, "Request_BadRequest", f"Subscription with SKU {sku['skuId']} does not have any "
                                 "available licenses.")
        for sku_id in removes:
            by_id[sku_id.lower()]["consumedUnits"] -= 1
            user["assignedLicenses"] = [a for a in user["assignedLicenses"] if a["skuId"].lower() != sku_id.lower()]
        for add in adds:
            sku = by_id[add["skuId"].lower()]
            plans = [p for p in add.get("disabledPlans") or [] if isinstance(p, str)]
            current = next((a for a in user["assignedLicenses"] if a["skuId"].lower() == add["skuId"].lower()), None)
            if current is None:
                sku["consumedUnits"] += 1
                user["assignedLicenses"].append({"disabledPlans": plans, "skuId": sku["skuId"]})
            else:
                current["disabledPlans"] = plans
        if user["assignedLicenses"] and user.get("mail") is None:
            user["mail"] = user["userPrincipalName"]  # Exchange gives the licensed user a mailbox
        return Response(200, {"@odata.context": self._context("users/$entity"), **self._project(user, request)})

    # --- directory roles ----------------------------------------------------------------
    def assignments_of(self, upn: str) -> list[dict[str, Any]]:
        """The role assignments a user holds (by UPN), for tests."""
        with self.lock:
            user_id = self.users[upn.lower()]["id"]
            return [dict(a) for a in self.role_assignments if a["principalId"] == user_id]

    def _require_scope(self, request: Request, scope: str) -> None:
        held = self.access_tokens.get(request.bearer or "", {}).get("scopes", [])
        if scope.lower() not in {s.lower() for s in held}:
            raise GraphError(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.")

    def _create_role_assignment(self, request: Request) -> Response:
        """Create unifiedRoleAssignment (learn.microsoft.com/graph/api/rbacapplication-post-roleassignments): 201 and
        the assignment; an unknown principal or role definition 404 (learn.microsoft.com/entra/identity/
        role-based-access-control/custom-assign-graph, example 2)."""
        self.role_assignment_posts += 1
        self._require_scope(request, ROLE_ASSIGNMENT_SCOPE)
        self._require(ROLE_ASSIGNERS)
        body = self._body(request)
        for name in body:
            if name not in ROLE_ASSIGNMENT_WRITABLE:
                raise GraphError(400, "Request_BadRequest", f"Property '{name}' does not exist as a declared "
                                 "property or extension property.")  # (inferred) wording as for users
        for name in ("principalId", "roleDefinitionId"):
            if not isinstance(body.get(name), str) or not body[name]:
                raise GraphError(400, "Request_BadRequest", f"A value is required for property '{name}' of "
                                 "resource 'unifiedRoleAssignment'.")  # (inferred)
        scope = body.get("directoryScopeId")
        if not isinstance(scope, str) or not scope:
            raise GraphError(400, "Request_BadRequest", "Either directoryScopeId or appScopeId must be "
                             "specified.")  # (inferred)
        if scope != "/":  # administrative units and application scopes are not modelled
            raise GraphError(400, "Request_BadRequest", "Invalid value specified for property 'directoryScopeId' "
                             "of resource 'unifiedRoleAssignment'.")  # (inferred)
        principal = body["principalId"].lower()
        if not any(u["id"] == principal for u in self.users.values()):
            raise GraphError(404, "Request_ResourceNotFound", f"Resource '{body['principalId']}' does not exist or "
                             "one of its queried reference-property objects are not present.")
        role = body["roleDefinitionId"].lower()
        if role not in BUILT_IN_ROLES:
            raise GraphError(404, "Request_ResourceNotFound", f"Resource '{body['roleDefinitionId']}' does not "
                             "exist or one of its queried reference-property objects are not present.")
        if any((a["principalId"], a["roleDefinitionId"], a["directoryScopeId"]) == (principal, role, scope)
               for a in self.role_assignments):
            raise GraphError(self.role_conflict_status, "Request_BadRequest", CONFLICTING_OBJECT)
        assignment = {"id": secrets.token_urlsafe(32)[:43] + "-1", "principalId": principal, "roleDefinitionId": role,
                      "directoryScopeId": scope}
        self.role_assignments.append(assignment)
        return Response(201, {"@odata.context": self._context("roleManagement/directory/roleAssignments/$entity"),
                              **assignment},
                        {"Location": f"{self.base_url}/v1.0/roleManagement/directory/roleAssignments/"
                                     f"{assignment['id']}"})

    # --- team groups --------------------------------------------------------------------
    def add_group(self, display_name: str, *, unified: bool = True) -> str:
        """Seed a group (made in the admin center): a Microsoft 365 group, or a security group; returns its id."""
        with self.lock:
            nickname = re.sub(r"[^a-z0-9]", "", display_name.lower()) or "group"
            group_id = str(uuid.uuid4())
            self.groups[group_id] = {
                "id": group_id, "displayName": display_name, "description": None,
                "mail": f"{nickname}@{self.initial_domain}" if unified else None, "mailEnabled": unified,
                "mailNickname": nickname, "securityEnabled": not unified, "groupTypes": ["Unified"] if unified else [],
                "visibility": "Private" if unified else None, "createdDateTime": _now().strftime("%Y-%m-%dT%H:%M:%SZ")}
            self.group_members[group_id] = set()
            return group_id

    def group_named(self, display_name: str) -> str:
        return next(g["id"] for g in self.groups.values() if g["displayName"] == display_name)

    def members_of(self, group_id: str) -> set[str]:
        """The UPNs of a group's members, for tests."""
        with self.lock:
            by_id = {u["id"]: u["userPrincipalName"].lower() for u in self.users.values()}
            return {by_id.get(m, m) for m in self.group_members[group_id]}

    def add_group_member(self, group_id: str, upn: str) -> None:
        """Seed a membership made earlier (not counted in ``group_member_posts``)."""
        with self.lock:
            self.group_members[group_id].add(self.users[upn.lower()]["id"])

    def _require_any_scope(self, request: Request, scopes: tuple[str, ...]) -> None:
        held = {s.lower() for s in self.access_tokens.get(request.bearer or "", {}).get("scopes", [])}
        if not held & {s.lower() for s in scopes}:
            raise GraphError(403, "Authorization_RequestDenied", "Insufficient privileges to complete the operation.")

    @staticmethod
    def _missing(name: str) -> GraphError:
        return GraphError(404, "Request_ResourceNotFound", f"Resource '{name}' does not exist or one of its queried "
                          "reference-property objects are not present.")

    def _group(self, request: Request) -> dict[str, Any]:
        key = unquote(request.params["id"])
        group = self.groups.get(key.lower())
        if group is None:
            raise self._missing(key)
        return group

    @staticmethod
    def _group_view(group: dict[str, Any], request: Request) -> dict[str, Any]:
        select = request.arg("$select")
        names = [n.strip() for n in select.split(",") if n.strip()] if select else list(GROUP_DEFAULT_PROPERTIES)
        for name in names:
            if name not in GROUP_DEFAULT_PROPERTIES + GROUP_SELECTABLE:
                raise GraphError(400, "Request_BadRequest", f"Could not find a property named '{name}' on type "
                                 "'microsoft.graph.group'.")  # (inferred)
        view = {n: json.loads(json.dumps(proxies(group) if n == "proxyAddresses" else group.get(n))) for n in names}
        view["id"] = group["id"]
        return view

    def _list_groups(self, request: Request) -> Response:
        """List groups (learn.microsoft.com/graph/api/group-list): $filter on groupTypes, $select, $top, paged with
        @odata.nextLink."""
        self._require_any_scope(request, GROUP_READ_SCOPES)
        top = self._top(request)
        size = min(top, self.groups_page_size)
        groups = list(self.groups.values())
        query = request.arg("$filter")
        shared = self.shared_filter(query) if query else None
        if shared is not None:
            groups = [g for g in groups if shared(g)]
        elif query:
            if not FILTER_UNIFIED.match(query):
                words = re.findall(r"[A-Za-z]\w*", query)
                raise GraphError(400, "Request_UnsupportedQuery", "Unsupported or invalid query filter clause "
                                 f"specified for property '{words[0] if words else ''}' of resource 'Group'.")
            groups = [g for g in groups if "Unified" in g["groupTypes"]]
        carried = [(k, v) for k in ("$top", "$filter", "$select") if (v := request.arg(k))]
        return self._paged(request, "groups", groups, size, lambda g: self._group_view(g, request), carried)

    def _get_group(self, request: Request) -> Response:
        self._require_any_scope(request, GROUP_READ_SCOPES)
        group = self._group(request)
        return Response(200, {"@odata.context": self._context("groups/$entity"), **self._group_view(group, request)})

    def _add_group_member(self, request: Request) -> Response:
        """Add members (learn.microsoft.com/graph/api/group-post-members): 204; a member added again answers the
        "already exist" 400; an unknown group or directory object 404 Request_ResourceNotFound."""
        self.group_member_posts += 1
        self._require_any_scope(request, GROUP_MEMBER_SCOPES)
        self._require(GROUP_MEMBER_WRITERS)
        group = self._group(request)
        body = self._body(request)
        for name in body:
            if name != "@odata.id":
                raise GraphError(400, "Request_BadRequest", f"Property '{name}' does not exist as a declared "
                                 "property or extension property.")  # (inferred)
        ref = body.get("@odata.id")
        if not isinstance(ref, str) or not ref:
            raise GraphError(400, "Request_BadRequest", "The request body must contain '@odata.id'.")  # (inferred)
        match = MEMBER_REF.match(ref)
        if match is None:
            raise GraphError(400, "Request_BadRequest", f"Invalid object identifier '{ref}'.")  # (inferred)
        member_id = match.group(1).lower()
        user = next((u for u in self.users.values() if u["id"] == member_id), None)
        if user is None:
            raise self._missing(match.group(1))
        if (self.new_user_delay_calls and time.monotonic() - user["_created"] < self.new_user_delay_seconds
                and self._replication_misses.get(member_id, 0) < self.new_user_delay_calls):
            self._replication_misses[member_id] = self._replication_misses.get(member_id, 0) + 1
            raise self._missing(match.group(1))  # this replica has not heard of the new user yet
        members = self.group_members[group["id"]]
        if member_id in members:
            raise GraphError(400, "Request_BadRequest", ALREADY_MEMBER)
        members.add(member_id)
        return Response(204, b"")

    # --- mail ---------------------------------------------------------------------------------
    @staticmethod
    def lost_send_answer(times: int = 1) -> Fault:
        """The message is accepted, then the connection drops before the 202."""
        return Fault.drop_after(times=times, path="^/v1.0/me/sendMail$", method="POST")

    def _send_mail(self, request: Request) -> Response:
        """POST /me/sendMail (learn.microsoft.com/graph/api/user-sendmail): delegated Mail.Send; 202 and no body.
        Checks the message resource's fields MailWizard sends (learn.microsoft.com/graph/api/resources/message,
        .../resources/fileattachment) and records it."""
        self.send_posts += 1
        held = {s.lower() for s in self.access_tokens.get(request.bearer or "", {}).get("scopes", [])}
        if not held & {s.lower() for s in _scopes("Mail.Send")}:
            # as reported when Mail.Send was not consented (github.com/AzureCAT-GSI/DevCamp/issues/44)
            raise GraphError(403, "ErrorAccessDenied", "Access is denied. Check credentials and try again.")
        if not self.admin_has_mailbox:  # (github.com/iyear/E5SubBot/issues/39; status inferred)
            raise GraphError(404, "MailboxNotEnabledForRESTAPI", "The mailbox is either inactive, soft-deleted, or "
                             "is hosted on-premise.")
        body = self._body(request)
        for name in body:
            if name not in ("message", "saveToSentItems"):
                raise GraphError(400, "RequestBodyRead", f"The parameter '{name}' in the request payload is not a "
                                 "valid parameter for the operation 'sendMail'.")  # (inferred)
        message = body.get("message")
        if not isinstance(message, dict):
            raise GraphError(400, "ErrorInvalidParameter", "The value of the parameter 'Message' is empty.")
        allowed = {"subject", "body", "toRecipients", "ccRecipients", "bccRecipients", "replyTo", "from",
                   "attachments", "importance", "internetMessageHeaders"}
        for name in message:
            if name not in allowed:
                raise GraphError(400, "RequestBodyRead", f"The property '{name}' does not exist on type "
                                 "'microsoft.graph.message'. Make sure to only use property names that are defined "
                                 "by the type or mark the type as open type.")
        content_type = (message.get("body") or {}).get("contentType", "Text")
        if str(content_type).lower() not in ("text", "html"):
            raise GraphError(400, "RequestBodyRead", f"Requested value '{content_type}' was not found.")
        recipients = [r for key in ("toRecipients", "ccRecipients", "bccRecipients") for r in message.get(key) or []]
        if not recipients:
            raise GraphError(400, "ErrorInvalidRecipients", "At least one recipient isn't valid., Recipient is "
                             "missing.")  # (inferred)
        for recipient in [*recipients, *(message.get("replyTo") or [])]:
            address = ((recipient or {}).get("emailAddress") or {}).get("address", "")
            if not re.fullmatch(r"[^@\s]+@[^@\s]+\.[^@\s]+", str(address)):
                raise GraphError(400, "ErrorInvalidRecipients", "At least one recipient isn't valid., A message "
                                 "can't be sent because it contains no recipients.")  # (inferred)
        sender = ((message.get("from") or {}).get("emailAddress") or {}).get("address")
        if sender and sender.lower() != self.admin_upn.lower():
            raise GraphError(403, "ErrorSendAsDenied", "The user account which was used to submit this request "
                             "does not have the right to send mail on behalf of the specified sending account.")
        for attachment in message.get("attachments") or []:
            if attachment.get("@odata.type") != "#microsoft.graph.fileAttachment":
                raise GraphError(400, "RequestBodyRead", "A type named '{}' could not be resolved by the "
                                 "model.".format(attachment.get("@odata.type")))  # (inferred)
            try:
                base64.b64decode(str(attachment.get("contentBytes", "")), validate=True)
            except ValueError:
                raise GraphError(400, "RequestBodyRead", "Invalid base64 string for contentBytes.") from None
        self.sent_mail.append(message)
        return Response(202, b"")
