"""The Alibaba Mail fake's account administration (mixed into sandbox/alibaba_fake.AlibabaFake): changing an
account (``PATCH /v2/users/{id or email}``: its status NORMAL/FREEZE, …), setting a new password
(``POST /v2/users/{id or email}/resetPassword``), and what tests arrange: sign-ins, aliases.

Shapes: github.com/eryajf/go-alimail alimail/user.go (``User``: ``status``, ``emailAliases``, ``lastLoginTime``,
``lastLoginTime4StandardProtocol``, ``lastPasswordChangeTime``, ``isInitialPassword``, ``freezedTime``;
``UpdateUserReq``; ``ResetUserPasswordReq`` {``password``, ``forceChangePasswordNextSignIn``}) and alimail/common.go
(``EmailAccountStatus``: ``NORMAL`` 正常, ``FREEZE`` 被冻结). Not from Alibaba's own reference (unreachable), so
(unconfirmed): that PATCH takes ``status`` alone (go-alimail always sends ``name`` and ``departmentIds``), that
resetPassword is a POST (go-alimail sends it with DELETE, which reads as a slip), the error codes, and that a
never-used account leaves ``lastLoginTime`` out (go-alimail's zero time, "0001-01-01T00:00:00Z", would read the
same: core/activation.moment takes both as "never")."""

from __future__ import annotations

import re
from datetime import UTC, datetime, timedelta
from typing import Any

from mailwizard.sandbox.fake_http import Request, Response

LOCAL_PART = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$")  # an address's part before @ (inferred)
PASSWORD_LENGTH = (8, 64)  # (inferred) with at least three of: upper, lower, digit, symbol
STATUSES = ("NORMAL", "FREEZE")
# The fields UpdateUserReq names (go-alimail alimail/user.go); anything else is refused (inferred)
UPDATABLE = frozenset({"name", "nickname", "employeeNo", "jobTitle", "workLocation", "officeLocation",
                       "homeLocation", "departmentIds", "phone", "workPhone", "status", "customName",
                       "managerEmail", "isHidden", "info", "forceChangePasswordNextSignIn"})


class AliError(Exception):
    """Raised inside an API handler; becomes ``{"code", "message", "requestId"}`` with ``status``."""

    def __init__(self, status: int, code: str, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.headers = status, code, message, headers or {}


def password_ok(password: str, local_part: str) -> bool:
    classes = sum(bool(re.search(p, password)) for p in (r"[a-z]", r"[A-Z]", r"[0-9]", r"[^A-Za-z0-9]"))
    low, high = PASSWORD_LENGTH
    return low <= len(password) <= high and classes >= 3 and local_part.lower() not in password.lower()


def iso(when: datetime) -> str:
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class UserAdminMixin:
    """Needs the fake's ``users``, ``_find_user``, ``_body``, ``_view`` and ``AliError``-raising helpers."""

    users: dict[str, dict[str, Any]]
    user_patches = 0       # PATCH /v2/users/{…} that reached the handler
    password_resets = 0    # POST …/resetPassword that reached the handler

    def _user_admin_routes(self) -> list[tuple[str, str, Any]]:
        return [("PATCH", "/v2/users/{user}", self._update_user),
                ("POST", "/v2/users/{user}/resetPassword", self._reset_password)]

    def _existing_user(self, request: Request) -> dict[str, Any]:
        user = self._find_user(request.params["user"])  # type: ignore[attr-defined]
        if user is None:
            raise AliError(404, "NotFound", "User does not exist.")  # (inferred)
        return user

    def _update_user(self, request: Request) -> Response:
        self.user_patches += 1
        user = self._existing_user(request)
        body = self._body(request)  # type: ignore[attr-defined]
        unknown = sorted(set(body) - UPDATABLE)
        if unknown:
            raise AliError(400, "InvalidParameter", f"Unknown field {unknown[0]}.")  # (inferred)
        if "status" in body and body["status"] not in STATUSES:
            raise AliError(400, "InvalidParameter", "status must be NORMAL or FREEZE.")  # (inferred)
        if "name" in body and (not isinstance(body["name"], str) or not body["name"].strip()):
            raise AliError(400, "InvalidParameter", "name must not be empty.")  # (inferred)
        if body.get("status") == "FREEZE" and user["status"] != "FREEZE":
            user["freezedTime"] = iso(datetime.now(UTC))
        elif body.get("status") == "NORMAL":
            user.pop("freezedTime", None)
        user.update(body)
        return Response(200, self._view(user))  # type: ignore[attr-defined]

    def _reset_password(self, request: Request) -> Response:
        self.password_resets += 1
        user = self._existing_user(request)
        body = self._body(request)  # type: ignore[attr-defined]
        password, force = body.get("password"), body.get("forceChangePasswordNextSignIn", False)
        if not isinstance(password, str) or not password:
            raise AliError(400, "InvalidParameter", "password is required.")  # (inferred)
        if not isinstance(force, bool):
            raise AliError(400, "InvalidParameter", "forceChangePasswordNextSignIn must be a boolean.")
        if not password_ok(password, user["email"].split("@")[0]):
            raise AliError(400, "InvalidParameter", "password does not meet the password policy.")  # (inferred)
        user.update({"_password": password, "isInitialPassword": True, "forceChangePasswordNextSignIn": force,
                     "lastPasswordChangeTime": iso(datetime.now(UTC))})
        return Response(200, self._view(user))  # type: ignore[attr-defined]

    # --- what tests arrange ------------------------------------------------------------------
    def sign_in(self, email: str, when: datetime | None = None, *, change_password: bool = True,
                standard_protocol: bool = False) -> None:
        """The member signs in (webmail, or IMAP/POP/SMTP: ``standard_protocol``), and changes the temporary
        password as asked."""
        with self.lock:  # type: ignore[attr-defined]
            user = self.users[email.lower()]
            stamp = iso(when or datetime.now(UTC))
            user["lastLoginTime4StandardProtocol" if standard_protocol else "lastLoginTime"] = stamp
            if change_password:
                user.update({"isInitialPassword": False, "lastPasswordChangeTime": stamp,
                             "forceChangePasswordNextSignIn": False})

    def set_user(self, email: str, **fields: Any) -> None:
        """Any field as the console would leave it (``emailAliases``, ``status``, ``createdTime``, …)."""
        with self.lock:  # type: ignore[attr-defined]
            self.users[email.lower()].update(fields)

    def seed_review(self, domain: str) -> dict[str, str]:
        """Every case Alibaba Mail's open API can show the review (admin roles, forwarding and mailbox use it does
        not report), at ``domain``: case → address. One account sits in a sub-department, one has only signed in
        with a mail client (IMAP/POP/SMTP), one has an alias."""
        now = datetime.now(UTC)
        cases = {"admin": "postmaster", "fine": "sales.li", "client_only": "imap.user", "suspended": "intern",
                 "never": "new.starter", "temporary": "temp.sales", "inactive": "old.projects",
                 "departed": "former.staff"}
        team = self._new_department_for_review()
        for case, local in cases.items():
            email = f"{local}@{domain}"
            self.add_user(email, local.replace(".", " ").title(),  # type: ignore[attr-defined]
                          [team] if case == "fine" else ())
            self.set_user(email, createdTime=iso(now - timedelta(days=300)))
            if case not in ("never", "temporary", "client_only"):
                self.sign_in(email, now - timedelta(days=2))
        self.sign_in(f"imap.user@{domain}", now - timedelta(days=1), standard_protocol=True)
        self.set_user(f"sales.li@{domain}", emailAliases=[f"sales@{domain}"])
        self.set_user(f"intern@{domain}", status="FREEZE", freezedTime=iso(now - timedelta(days=30)))
        self.set_user(f"new.starter@{domain}", createdTime=iso(now - timedelta(days=20)))
        self.sign_in(f"temp.sales@{domain}", now - timedelta(days=3), change_password=False)
        self.sign_in(f"old.projects@{domain}", now - timedelta(days=120))
        return {case: f"{local}@{domain}" for case, local in cases.items()}

    def _new_department_for_review(self) -> str:
        with self.lock:  # type: ignore[attr-defined]
            department = {"id": "dept-review-sales", "name": "Sales", "parentId": self.root_id,  # type: ignore[attr-defined]
                          "createdTime": iso(datetime.now(UTC))}
            self.departments[department["id"]] = department  # type: ignore[attr-defined]
            return department["id"]
