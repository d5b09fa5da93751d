"""Loopback fake of Alibaba Mail's open platform admin API (阿里邮箱 API 开放平台): the client_credentials
token endpoint and the user, department, domain and organisation calls MailWizard makes.

Practice mode runs it inside the app, so it imports nothing from the tests, listens on 127.0.0.1 only and
keeps its state behind the server's lock (handlers run under it; the methods tests call take it too).

    fake = AlibabaFake(domains=("example.com",)).start()
    endpoints = AlibabaEndpoints.at(fake.base_url)       # token at /oauth2/v2.0/token, API under /v2
    fake.set_mx_verified("example.com", True); fake.expire_all_tokens()
    fake.inject(AlibabaFake.throttle(times=2, retry_after=1, path="/v2/users$", method="POST"))
    fake.users["alice@example.com"]["departmentIds"]; fake.stop()

Shapes follow the sources cited in ``mailwizard.core.providers.alibaba``. Error bodies are
``{"code", "message", "requestId"}``; the codes and messages are not from Alibaba's reference (it could not be
read) and are marked "(inferred)" — so is the token endpoint's OAuth error body and the password policy.

One fake is one site (``site``: "cn", "sg", "hk", "de", "us"; ``Endpoints.alibaba_sites`` points each at its
fake): another site's app gets the 401 ``invalid_client`` of a wrong secret (unconfirmed), its tokens a 401.
"""

from __future__ import annotations

import re
import secrets
import time
import uuid
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from typing import Any
from urllib.parse import unquote

from mailwizard.sandbox.alibaba_fake_groups import GroupAdminMixin
from mailwizard.sandbox.alibaba_fake_users import LOCAL_PART, AliError, UserAdminMixin, password_ok
from mailwizard.sandbox.fake_http import FakeHttpServer, Fault, Request, Response

ROOT = "$root"
MAX_PAGE = 100
PHONE = re.compile(r"^\+?[0-9][0-9 -]{3,31}$")
NAME_MAX = 64            # (inferred) display names and department names


class OAuthError(Exception):
    def __init__(self, status: int, error: str, description: str) -> None:
        super().__init__(description)
        self.status, self.error, self.description = status, error, description


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _request_id() -> str:
    return str(uuid.uuid4()).upper()


def error_body(code: str, message: str) -> dict[str, str]:
    return {"code": code, "message": message, "requestId": _request_id()}


class AlibabaFake(GroupAdminMixin, UserAdminMixin, FakeHttpServer):
    """One organisation. Public state for tests and practice mode to arrange and inspect:

    ``users``: lower-cased email → user (private keys start with "_", e.g. "_password"; never sent).
    ``departments``: id → department; the root's id is ``root_id`` (the API also accepts ``$root``).
    ``domains``: lower-cased name → domain resource (``isMxVerified`` settable with ``set_mx_verified``).
    Counters: ``tokens_issued``, ``user_posts`` (every POST /v2/users that reached the handler),
    ``department_posts``, ``unauthorized`` (401s sent), ``throttled_count`` (429s from the rate limit or
    ``throttle_every``; injected faults are not counted).
    """

    # Accounts bought (None: no limit): POST /v2/users past them is refused and creates nothing (the answer's
    # status and code are not published: a 400 "AccountQuotaExceeded" is inferred)
    max_accounts: int | None = None

    def __init__(self, *, site: str = "cn", app_id: str = "practice-app", secret: str = "practice-secret",
                 domains: Iterable[str] = ("example.com",), org_name: str = "Example Co., Ltd.",
                 token_lifetime: float = 3600.0, rate_limit: int | None = None, retry_after: float | None = 1,
                 throttle_every: int | None = None, mx_verified: bool = False) -> None:
        super().__init__()
        self.site = site                       # the Alibaba Mail site it stands in for (another's apps are unknown)
        self.app_id, self._secret = app_id, secret
        self.token_lifetime = token_lifetime
        self.limit_per_second = rate_limit     # the base class answers ``throttled()`` past it
        self.retry_after = retry_after         # seconds in the 429's Retry-After; None: no header
        self.throttle_every = throttle_every   # every Nth API call answered 429 (practice mode's "busy server")
        self.throttled_count = 0
        self.tokens_issued = self.user_posts = self.department_posts = self.unauthorized = 0
        self._api_calls = 0
        self._tokens: dict[str, float] = {}    # access token → monotonic expiry
        self.org_id = "org-" + uuid.uuid4().hex[:16]
        self.org_name = org_name
        self.root_id = "dept-" + uuid.uuid4().hex[:16]
        self.departments: dict[str, dict[str, Any]] = {
            self.root_id: {"id": self.root_id, "name": org_name, "parentId": "", "createdTime": _now()}}
        self.domains: dict[str, dict[str, Any]] = {}
        self.users: dict[str, dict[str, Any]] = {}
        for name in domains:
            self.add_domain(name, mx_verified=mx_verified)

        self.route("POST", "/oauth2/v2.0/token", self._token)
        api: list[tuple[str, str, Callable[[Request], Response]]] = [
            ("GET", r"/v2/organization/\$current", self._organization),
            ("GET", "/v2/domains", self._list_domains),
            ("GET", "/v2/domains/{domain}", self._get_domain),
            ("POST", "/v2/users", self._create_user),
            ("GET", "/v2/users/{user}", self._get_user),
            ("POST", "/v2/departments", self._create_department),
            ("GET", "/v2/departments/{id}", self._get_department),
            ("GET", "/v2/departments/{id}/departments", self._sub_departments),
            ("GET", "/v2/departments/{id}/users", self._department_users),
            *self._user_admin_routes(),  # PATCH a user, resetPassword (sandbox/alibaba_fake_users.py)
            *self._group_routes(),       # mail groups and aliases (sandbox/alibaba_fake_groups.py)
        ]
        for method, pattern, handler in api:
            self.route(method, pattern, self._api(handler))

    def __repr__(self) -> str:  # never the secret or a token
        return (f"AlibabaFake(site={self.site!r}, base_url={self.base_url!r}, app_id={self.app_id!r}, "
                f"users={len(self.users)})")

    # --- what tests and practice mode arrange --------------------------------------------
    def add_domain(self, name: str, *, mx_verified: bool = False) -> None:
        """As the admin does in the console (the API cannot add domains)."""
        with self.lock:
            name = name.lower()
            self.domains[name] = {"id": "dom-" + uuid.uuid4().hex[:12], "domain": name, "aliases": [],
                                  "isMaster": not self.domains, "isVerified": mx_verified,
                                  "isMxVerified": mx_verified, "createdTime": _now()}

    def set_mx_verified(self, name: str, verified: bool = True) -> None:
        with self.lock:
            domain = self.domains[name.lower()]
            domain["isMxVerified"] = verified
            domain["isVerified"] = domain["isVerified"] or verified

    def add_user(self, email: str, name: str = "", department_ids: Iterable[str] = ()) -> dict[str, Any]:
        """An account that exists before MailWizard (made in the console, or by someone else)."""
        with self.lock:
            user = self._new_user({"email": email, "name": name or email.split("@")[0],
                                   "departmentIds": list(department_ids) or [self.root_id]}, "")
            return dict(user)

    def expire_all_tokens(self) -> None:
        """Every token issued so far stops working at once (as if revoked or expired early)."""
        with self.lock:
            self._tokens.clear()

    def department_named(self, name: str) -> list[dict[str, Any]]:
        with self.lock:
            return [dict(d) for d in self.departments.values() if d["name"] == name]

    # --- canned faults, with Alibaba-shaped bodies ---------------------------------------
    @staticmethod
    def throttle(times: int = 1, retry_after: float | None = 1, path: str = "/v2/users$",
                 method: str | None = "POST") -> Fault:
        headers = {"Retry-After": f"{retry_after:g}"} if retry_after is not None else {}
        return Fault.status(429, error_body("TooManyRequests", "Too many requests."),  # (inferred)
                            headers=headers, times=times, path=path, method=method)

    @staticmethod
    def unavailable(times: int = 1, status: int = 503, path: str = "", method: str | None = None) -> Fault:
        return Fault.status(status, error_body("ServiceUnavailable",  # (inferred)
                                               "The service is temporarily unavailable."),
                            times=times, path=path, method=method)

    def throttled(self) -> Response:
        headers = {"Retry-After": f"{self.retry_after:g}"} if self.retry_after is not None else {}
        return Response(429, error_body("TooManyRequests", "Too many requests."), headers)  # (inferred)

    # --- token endpoint -------------------------------------------------------------------
    def _token(self, request: Request) -> Response:
        try:
            form = request.form()
            if form.get("grant_type") != "client_credentials":
                raise OAuthError(400, "unsupported_grant_type", "grant_type must be client_credentials")
            for name in ("client_id", "client_secret"):
                if not form.get(name):
                    raise OAuthError(400, "invalid_request", f"missing {name}")
            if form["client_id"] != self.app_id or not secrets.compare_digest(form["client_secret"], self._secret):
                raise OAuthError(401, "invalid_client", "client authentication failed")  # (inferred)
        except OAuthError as exc:
            return Response(exc.status, {"error": exc.error, "error_description": exc.description,
                                         "requestId": _request_id()})
        token = secrets.token_urlsafe(32)
        self._tokens[token] = time.monotonic() + self.token_lifetime
        self.tokens_issued += 1
        return Response(200, {"token_type": "bearer", "access_token": token,
                              "expires_in": int(self.token_lifetime)}, {"Cache-Control": "no-store"})

    # --- every API call --------------------------------------------------------------------
    def _api(self, handler: Callable[[Request], Response]) -> Callable[[Request], Response]:
        def serve(request: Request) -> Response:
            self._api_calls += 1
            if self.throttle_every and self._api_calls % self.throttle_every == 0:
                self.throttled_count += 1  # the base class counts its own rate-limit answers
                return self.throttled()
            try:
                self._check_token(request)
                return handler(request)
            except AliError as exc:
                if exc.status == 401:
                    self.unauthorized += 1
                return Response(exc.status, error_body(exc.code, exc.message), exc.headers)

        return serve

    def _check_token(self, request: Request) -> None:
        token = request.bearer
        if not token:
            raise AliError(401, "Unauthorized", "Missing access token.")  # (inferred)
        expiry = self._tokens.get(token)
        if expiry is None or expiry <= time.monotonic():
            self._tokens.pop(token, None)
            raise AliError(401, "InvalidToken", "The access token is invalid or has expired.")  # (inferred)

    @staticmethod
    def _body(request: Request) -> dict[str, Any]:
        try:
            body = request.json()
        except ValueError:
            body = None
        if not isinstance(body, dict):
            raise AliError(400, "InvalidParameter", "The request body must be a JSON object.")  # (inferred)
        return body

    @staticmethod
    def _page(request: Request) -> tuple[int, int]:
        try:
            offset = int(request.arg("offset", "0") or 0)
            limit = int(request.arg("limit", "20") or 20)
        except ValueError:
            raise AliError(400, "InvalidParameter", "offset and limit must be integers.") from None  # (inferred)
        if offset < 0 or not 1 <= limit <= MAX_PAGE:
            raise AliError(400, "InvalidParameter",  # (inferred)
                           f"limit must be between 1 and {MAX_PAGE}, offset at least 0.")
        return offset, limit

    # --- organisation and domains ---------------------------------------------------------
    def _organization(self, request: Request) -> Response:
        master = next((d["domain"] for d in self.domains.values() if d["isMaster"]), "")
        return Response(200, {"id": self.org_id, "name": self.org_name, "domain": master,
                              "preferredLanguage": "zh-CN", "createdTime": self.departments[self.root_id]
                              ["createdTime"]})

    def _list_domains(self, request: Request) -> Response:
        return Response(200, {"domains": [dict(d) for d in self.domains.values()]})

    def _get_domain(self, request: Request) -> Response:
        name = unquote(request.params["domain"]).lower()
        domain = self.domains.get(name) or next((d for d in self.domains.values() if name in d["aliases"]), None)
        if domain is None:
            raise AliError(404, "NotFound", f"Domain {name} does not exist.")  # (inferred)
        return Response(200, dict(domain))

    # --- users ------------------------------------------------------------------------------
    @staticmethod
    def _view(user: dict[str, Any]) -> dict[str, Any]:
        return {k: (list(v) if isinstance(v, list) else v) for k, v in user.items() if not k.startswith("_")}

    def _find_user(self, key: str) -> dict[str, Any] | None:
        key = unquote(key).lower()
        return self.users.get(key) or next((u for u in self.users.values() if u["id"] == key), None)

    def _new_user(self, body: dict[str, Any], password: str) -> dict[str, Any]:
        email = body["email"].lower()
        user = {"id": uuid.uuid4().hex, "email": email, "emailAliases": [], "name": body["name"],
                "nickname": body.get("nickname", ""), "employeeNo": body.get("employeeNo", ""),
                "jobTitle": body.get("jobTitle", ""), "phone": body.get("phone", ""),
                "departmentIds": list(body.get("departmentIds") or [self.root_id]), "status": "NORMAL",
                "employeeType": "EMPLOYEE", "createdTime": _now(), "isInitialPassword": True,
                "forceChangePasswordNextSignIn": bool(body.get("forceChangePasswordNextSignIn", False)),
                "_password": password}
        self.users[email] = user
        return user

    def _check_new_user(self, body: dict[str, Any]) -> None:
        def invalid(message: str) -> AliError:
            return AliError(400, "InvalidParameter", message)  # (inferred)

        for name in ("email", "password", "name"):
            if not isinstance(body.get(name), str) or not body[name].strip():
                raise invalid(f"{name} is required.")
        local, _, domain = body["email"].partition("@")
        if not LOCAL_PART.match(local) or not domain:
            raise invalid("email is not a valid address.")
        if domain.lower() not in self.domains:
            raise invalid(f"Domain {domain.lower()} does not belong to this organization.")
        if len(body["name"]) > NAME_MAX:
            raise invalid(f"name must be at most {NAME_MAX} characters.")
        for name in ("jobTitle", "employeeNo", "nickname"):
            if name in body and (not isinstance(body[name], str) or len(body[name]) > NAME_MAX):
                raise invalid(f"{name} must be a string of at most {NAME_MAX} characters.")
        if body.get("phone") and (not isinstance(body["phone"], str) or not PHONE.match(body["phone"])):
            raise invalid("phone is not a valid phone number.")
        force = body.get("forceChangePasswordNextSignIn", False)
        if not isinstance(force, bool):
            raise invalid("forceChangePasswordNextSignIn must be a boolean.")
        ids = body.get("departmentIds", [])
        if not isinstance(ids, list) or not all(isinstance(i, str) for i in ids):
            raise invalid("departmentIds must be a list of department ids.")
        for i in ids:
            if self._department(i) is None:
                raise invalid(f"Department {i} does not exist.")
        if not password_ok(body["password"], local):
            raise invalid("password does not meet the password policy: 8-64 characters with at least three of "
                          "upper-case letters, lower-case letters, digits and symbols, not containing the "
                          "account name.")

    def _create_user(self, request: Request) -> Response:
        self.user_posts += 1
        body = self._body(request)
        self._check_new_user(body)
        if self.address_taken(body["email"]):  # an account, an alias or a group already (inferred: 409 for each)
            raise AliError(409, "AlreadyExists", f"User {body['email'].lower()} already exists.")  # (inferred)
        if self.max_accounts is not None and len(self.users) >= self.max_accounts:  # (inferred code and status)
            raise AliError(400, "AccountQuotaExceeded", "The number of accounts has reached the limit.")
        # "$root" and real ids alike are stored as real ids (checked to exist above)
        body["departmentIds"] = [self._department(i)["id"] for i in body.get("departmentIds") or []]  # type: ignore[index]
        return Response(200, self._view(self._new_user(body, body["password"])))

    def _get_user(self, request: Request) -> Response:
        user = self._find_user(request.params["user"])
        if user is None:
            raise AliError(404, "NotFound", "User does not exist.")  # (inferred)
        return Response(200, self._view(user))

    # --- departments ------------------------------------------------------------------------
    def _department(self, key: str) -> dict[str, Any] | None:
        key = unquote(key)
        return self.departments.get(self.root_id if key == ROOT else key)

    def _existing_department(self, request: Request) -> dict[str, Any]:
        department = self._department(request.params["id"])
        if department is None:
            raise AliError(404, "NotFound", "Department does not exist.")  # (inferred)
        return department

    def _create_department(self, request: Request) -> Response:
        self.department_posts += 1
        body = self._body(request)
        name = body.get("name")
        if not isinstance(name, str) or not name.strip() or len(name) > NAME_MAX:
            raise AliError(400, "InvalidParameter", f"name is required, at most {NAME_MAX} characters.")
        parent = self._department(str(body.get("parentId") or ROOT))
        if parent is None:
            raise AliError(400, "InvalidParameter", "parentId does not exist.")  # (inferred)
        if any(d["parentId"] == parent["id"] and d["name"] == name for d in self.departments.values()):
            raise AliError(409, "AlreadyExists", f"Department {name} already exists.")  # (inferred)
        department = {"id": "dept-" + uuid.uuid4().hex[:16], "name": name, "parentId": parent["id"],
                      "createdTime": _now()}
        self.departments[department["id"]] = department
        return Response(200, dict(department))

    def _get_department(self, request: Request) -> Response:
        department = self._existing_department(request)
        return Response(200, {**department, "hasUsers": self._members(department["id"]) != [],
                              "hasSubDepartments": self._children(department["id"]) != []})

    def _children(self, department_id: str) -> list[dict[str, Any]]:
        return [d for d in self.departments.values() if d["parentId"] == department_id]

    def _members(self, department_id: str) -> list[dict[str, Any]]:
        return [u for u in self.users.values() if department_id in u["departmentIds"]]

    def _sub_departments(self, request: Request) -> Response:
        department = self._existing_department(request)
        offset, limit = self._page(request)
        children = self._children(department["id"])
        return Response(200, {"departments": [dict(d) for d in children[offset:offset + limit]],
                              "total": len(children)})

    def _department_users(self, request: Request) -> Response:
        department = self._existing_department(request)
        offset, limit = self._page(request)
        members = self._members(department["id"])
        return Response(200, {"users": [self._view(u) for u in members[offset:offset + limit]],
                              "total": len(members)})

