"""Practice mode's account review: the practice company's accounts that were there before MailWizard (each one a case
the review finds: an extra admin, mail forwarded outside, a full mailbox, a suspended account, one never used, one
still on its temporary password, one long inactive) and the members the user makes (two in three sign in; the first
who does forwards their mail to a private address; any left out of the staff spreadsheet: departed), and the
practice-only calls (mixed into sandbox/practice_api.PracticeApi) for what Alibaba Mail's open API does not report —
admin roles, forwarding and mailbox use — so a rehearsal shows every part of the review and every action with its
undo. Nothing here is a real Alibaba Mail call (those are sandbox/alibaba_fake*.py's).

    GET    /v2/practice/accounts                          → {"accounts": {email: facts}}
    GET    /v2/practice/accounts/{user}                   → facts: {"adminRoles": [{"id", "name"}],
                                                              "forwarding": [{"id", "to"}], "usedMb", "quotaMb"}
    DELETE /v2/practice/accounts/{user}/adminRoles/{id}   POST …/adminRoles {"id", "name"}
    DELETE /v2/practice/accounts/{user}/forwarding/{id}   POST …/forwarding {"id", "to"}
"""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from typing import Any
from urllib.parse import unquote

from mailwizard.sandbox.alibaba_fake_users import AliError, iso
from mailwizard.sandbox.fake_http import Request, Response

QUOTA_MB = 2048.0
SUPER_ADMIN = {"id": "role-super-admin", "name": "Super administrator"}
ADMIN = {"id": "role-admin", "name": "Administrator"}
# The forwarding's outside address: example.org is reserved (RFC 2606), never a real mailbox
OUTSIDE = "front.desk.home@example.org"

# local part → (name, days since made, days since last sign-in or None: never, password changed, facts)
SEEDED: dict[str, tuple[str, int, int | None, bool, dict[str, Any]]] = {
    # the organisation's super admin: who is signed in to the practice console (never flagged)
    "postmaster": ("Postmaster", 400, 0, True, {"adminRoles": [SUPER_ADMIN], "usedMb": 310.0}),
    # an admin role left on a helper's account
    "it.helper": ("IT Helper", 380, 12, True, {"adminRoles": [ADMIN], "usedMb": 95.0}),
    # mail sent on to a private address outside the company
    "reception": ("Reception", 300, 1, True, {"forwarding": [{"id": "fwd-1", "to": OUTSIDE}], "usedMb": 640.0}),
    # a mailbox at 97% of its quota
    "archive": ("Mail Archive", 500, 3, True, {"usedMb": 1990.0}),
    # suspended, and still holding an account
    "intern": ("Summer Intern", 200, 150, True, {"status": "FREEZE", "usedMb": 40.0}),
    # made three weeks ago and never used
    "new.starter": ("New Starter", 21, None, False, {"usedMb": 0.0}),
    # signed in, still on the temporary password
    "temp.sales": ("Temporary Sales", 30, 5, False, {"usedMb": 12.0}),
    # no sign-in for four months
    "old.projects": ("Old Projects", 600, 120, True, {"usedMb": 820.0}),
}


def member_signed_in(email: str) -> bool:
    """The members the user makes: two in three have signed in and changed the temporary password, which ones
    fixed by the address (practice activation's own rule, sandbox/practice_api.py)."""
    return hashlib.sha256(email.encode()).digest()[0] % 3 != 0


class PracticeReviewMixin:
    """Needs PracticeApi's ``users``, ``lock``, ``_find_user``, ``_body``, ``_new_user``, ``route`` and ``_api``."""

    users: dict[str, dict[str, Any]]
    review_changes = 0     # practice-only changes (admin roles, forwarding) that reached their handler

    def _review_routes(self) -> None:
        base = "/v2/practice/accounts"
        for method, pattern, handler in (
                ("GET", base, self._all_facts), ("GET", base + "/{user}", self._facts),
                ("DELETE", base + "/{user}/adminRoles/{id}", self._remove_role),
                ("POST", base + "/{user}/adminRoles", self._add_role),
                ("DELETE", base + "/{user}/forwarding/{id}", self._remove_forwarding),
                ("POST", base + "/{user}/forwarding", self._add_forwarding)):
            self.route(method, pattern, self._api(handler))  # type: ignore[attr-defined]

    # --- what practice starts with ------------------------------------------------------------
    def seed_review(self, domain: str, now: datetime | None = None) -> None:
        """The accounts the practice company had before MailWizard, at ``domain`` (those of an earlier domain go:
        the user typed another one)."""
        now = now or datetime.now(UTC)
        with self.lock:  # type: ignore[attr-defined]
            for email in [e for e, u in self.users.items() if u.get("_seeded") and not e.endswith("@" + domain)]:
                del self.users[email]
            for local, (name, made, signed, changed, facts) in SEEDED.items():
                email = f"{local}@{domain}"
                if email in self.users:
                    continue
                user = self._new_user({"email": email, "name": name}, "")  # type: ignore[attr-defined]
                for key in ("lastLoginTime", "lastPasswordChangeTime"):
                    user.pop(key, None)
                user.update({"_seeded": True, "createdTime": iso(now - timedelta(days=made)),
                             "isInitialPassword": not changed, "status": facts.get("status", "NORMAL"),
                             "_adminRoles": [dict(r) for r in facts.get("adminRoles", [])],
                             "_forwarding": [dict(f) for f in facts.get("forwarding", [])],
                             "_usedMb": facts.get("usedMb", 0.0), "_quotaMb": QUOTA_MB})
                if signed is not None:
                    user["lastLoginTime"] = iso(now - timedelta(days=signed))
                if facts.get("status") == "FREEZE":
                    user["freezedTime"] = iso(now - timedelta(days=max(0, (signed or 0) - 1)))

    def _new_member(self, user: dict[str, Any]) -> None:
        """A member the user made: the sign-in practice reports for them, a little mailbox use."""
        user.setdefault("_adminRoles", [])
        user.setdefault("_forwarding", [])
        user.setdefault("_usedMb", float(hashlib.sha256(user["email"].encode()).digest()[1] % 50))
        user.setdefault("_quotaMb", QUOTA_MB)
        if not user.get("_seeded") and member_signed_in(user["email"]):
            user.update({"lastLoginTime": user["createdTime"], "isInitialPassword": False,
                         "lastPasswordChangeTime": user["createdTime"]})
            # the first member who signs in sends their mail on to a private address, as people do
            if not any(u.get("_forwarding") for u in self.users.values() if not u.get("_seeded")):
                local = user["email"].split("@")[0]
                user["_forwarding"] = [{"id": "fwd-member", "to": f"{local}.home@example.org"}]

    # --- the practice-only calls --------------------------------------------------------------
    @staticmethod
    def _facts_of(user: dict[str, Any]) -> dict[str, Any]:
        return {"adminRoles": [dict(r) for r in user.get("_adminRoles", [])],
                "forwarding": [dict(f) for f in user.get("_forwarding", [])],
                "usedMb": user.get("_usedMb", 0.0), "quotaMb": user.get("_quotaMb", QUOTA_MB)}

    def _user_for(self, request: Request) -> dict[str, Any]:
        user = self._find_user(request.params["user"])  # type: ignore[attr-defined]
        if user is None:
            raise AliError(404, "NotFound", "User does not exist.")
        return user

    def _all_facts(self, request: Request) -> Response:
        return Response(200, {"accounts": {e: self._facts_of(u) for e, u in self.users.items()}})

    def _facts(self, request: Request) -> Response:
        return Response(200, self._facts_of(self._user_for(request)))

    def _remove(self, request: Request, key: str) -> Response:
        self.review_changes += 1
        user, target = self._user_for(request), unquote(request.params["id"])
        kept = [item for item in user[key] if item["id"] != target]
        if len(kept) == len(user[key]):
            raise AliError(404, "NotFound", f"{target} is not on this account.")
        user[key] = kept
        return Response(200, self._facts_of(user))

    def _add(self, request: Request, key: str, field: str) -> Response:
        self.review_changes += 1
        user, body = self._user_for(request), self._body(request)  # type: ignore[attr-defined]
        if not all(isinstance(body.get(k), str) and body[k] for k in ("id", field)):
            raise AliError(400, "InvalidParameter", f"id and {field} are required.")
        if any(item["id"] == body["id"] for item in user[key]):
            raise AliError(409, "AlreadyExists", f"{body['id']} is already on this account.")
        user[key].append({"id": body["id"], field: body[field]})
        return Response(200, self._facts_of(user))

    def _remove_role(self, request: Request) -> Response:
        return self._remove(request, "_adminRoles")

    def _add_role(self, request: Request) -> Response:
        return self._add(request, "_adminRoles", "name")

    def _remove_forwarding(self, request: Request) -> Response:
        return self._remove(request, "_forwarding")

    def _add_forwarding(self, request: Request) -> Response:
        return self._add(request, "_forwarding", "to")
