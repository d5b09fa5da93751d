"""Tencent Exmail's open API on loopback, as the documentation describes it: ``gettoken`` with the
CorpID and secret, the access token as a query parameter, HTTP 200 with ``{"errcode", "errmsg"}`` for
every outcome, the address book (departments, users, batchcheck) with its validation, and errcode 45009
past the frequency limit. The tests drive it; practice mode runs it inside the app.

    with TencentFake(corp_id="wwcorp", secret="s3cret", domains=("example.com",)) as fake:
        TencentEndpoints.at(fake.base_url) …
        fake.expire_all_tokens()     # the next call answers 42001
        fake.throttle_every = 7      # every 7th API call answers 45009
"""

from __future__ import annotations

import re
import secrets
import time
from typing import Any

from mailwizard.sandbox.fake_http import FakeHttpServer, Request, Response
from mailwizard.sandbox.tencent_fake_groups import GroupAdminMixin

TOKEN_LIFETIME = 7200
_MOBILE = re.compile(r"^\+?[0-9-]{5,20}$")


def _error(code: int, message: str) -> Response:
    return Response(200, {"errcode": code, "errmsg": message})


def _ok(**fields: Any) -> Response:
    return Response(200, {"errcode": 0, "errmsg": "ok", **fields})


def password_ok(password: str) -> bool:
    """Exmail's rule: 8–32 characters with letters and digits (a weak one answers 60113-style errors)."""
    return (8 <= len(password) <= 32 and any(c.isalpha() for c in password)
            and any(c.isdigit() for c in password))


class TencentFake(GroupAdminMixin, FakeHttpServer):
    # Accounts the edition allows (None: no limit): user/create past them answers errcode 45024 帐号数量超过上限
    # and creates nothing (the code from an Exmail client's return-code table; the errmsg text unconfirmed)
    max_accounts: int | None = None

    def __init__(self, *, corp_id: str = "practice-corp", secret: str = "practice-secret",
                 domains: tuple[str, ...] = ("example.com",), company: str = "Example Ltd",
                 token_lifetime: int = TOKEN_LIFETIME, api_enabled: bool = True) -> None:
        super().__init__()
        self.corp_id, self.secret, self.token_lifetime = corp_id, secret, token_lifetime
        self.domains = {d.lower() for d in domains}
        self.api_enabled = api_enabled            # False: an edition without the API (errcode 48002)
        self.tokens: dict[str, float] = {}        # token → expiry (monotonic)
        self.departments: dict[int, dict[str, Any]] = {1: {"id": 1, "name": company, "parentid": 0, "order": 0}}
        self.users: dict[str, dict[str, Any]] = {}
        self.aliases: set[str] = set()
        self.throttle_every: int | None = None
        self.updates: list[dict[str, Any]] = []   # every user/update body carried out (passwords masked)
        self.token_requests = 0
        self._api_calls = 0
        for method, path, handler in (
            ("GET", "/cgi-bin/gettoken", self._gettoken),
            ("GET", "/cgi-bin/department/list", self._department_list),
            ("POST", "/cgi-bin/department/create", self._department_create),
            ("POST", "/cgi-bin/user/create", self._user_create),
            ("GET", "/cgi-bin/user/get", self._user_get),
            ("POST", "/cgi-bin/user/update", self._user_update),
            ("GET", "/cgi-bin/user/simplelist", self._user_simplelist),
            ("POST", "/cgi-bin/user/batchcheck", self._user_batchcheck),
            *self._group_routes(),  # mail groups (sandbox/tencent_fake_groups.py)
        ):
            self.route(method, path, handler if handler == self._gettoken else self._authorised(handler))

    # --- what tests and practice mode change ----------------------------------------------------------
    def expire_all_tokens(self) -> None:
        with self.lock:
            self.tokens = {token: 0.0 for token in self.tokens}

    def add_user(self, address: str, name: str = "", department: int = 1, *, enable: int = 1,
                 slaves: tuple[str, ...] = (), cpwd_login: int = 0) -> None:
        """An account that existed before MailWizard (made in the console)."""
        with self.lock:
            self.users[address.lower()] = {"userid": address.lower(), "name": name or address,
                                           "department": [department], "enable": enable,
                                           "slaves": [s.lower() for s in slaves], "cpwd_login": cpwd_login}
            self.aliases |= {s.lower() for s in slaves}

    def seed_review(self) -> dict[str, str]:
        """Every case the review can find here, as Exmail reports them; returns case → address."""
        d = sorted(self.domains)[0]
        cases = {"fine": f"fine@{d}", "disabled": f"disabled@{d}", "temporary": f"temporary@{d}",
                 "departed": f"departed@{d}"}
        self.add_user(cases["fine"], "Fine Person", slaves=(f"sales@{d}",))
        self.add_user(cases["disabled"], "Disabled Person", enable=0)
        self.add_user(cases["temporary"], "Temporary Person", cpwd_login=1)
        self.add_user(cases["departed"], "Departed Person")
        return cases

    def throttled(self) -> Response:
        return _error(45009, "api freq out of limit")

    # --- endpoints ------------------------------------------------------------------------------------
    def _gettoken(self, request: Request) -> Response:
        self.token_requests += 1
        if request.arg("corpid") != self.corp_id:
            return _error(40013, "invalid corpid")
        if request.arg("corpsecret") != self.secret:
            return _error(40001, "invalid credential")
        token = secrets.token_urlsafe(24)
        self.tokens[token] = time.monotonic() + self.token_lifetime
        return _ok(access_token=token, expires_in=self.token_lifetime)

    def _authorised(self, handler):
        def run(request: Request) -> Response:
            token = request.arg("access_token") or ""
            if token not in self.tokens:
                return _error(40014, "invalid access_token")
            if self.tokens[token] <= time.monotonic():
                return _error(42001, "access_token expired")
            if not self.api_enabled:
                return _error(48002, "api forbidden")
            self._api_calls += 1
            if self.throttle_every and self._api_calls % self.throttle_every == 0:
                return self.throttled()
            try:
                return handler(request)
            except (ValueError, TypeError, KeyError, AttributeError):
                return _error(40035, "invalid parameter")  # malformed JSON or a wrong type
        return run

    def _descendants(self, root: int) -> list[dict[str, Any]]:
        found, frontier = [], [root]
        while frontier:
            current = frontier.pop()
            found.append(self.departments[current])
            frontier += [d["id"] for d in self.departments.values() if d["parentid"] == current]
        return found

    def _department_list(self, request: Request) -> Response:
        root = int(request.arg("id") or 1)
        if root not in self.departments:
            return _error(60123, "invalid party id")
        # "获取指定部门及其下的子部门。id为1时可获取根部门下的子部门" (https://service.rtxmail.net/api/270.html,
        # a copy of Exmail's 获取部门列表): the root itself is never listed
        return _ok(department=[dict(d) for d in self._descendants(root) if d["id"] != 1])

    def _department_create(self, request: Request) -> Response:
        body = request.json()
        name, parent = str(body.get("name", "")).strip(), int(body.get("parentid", 0))
        if not name or len(name.encode("utf-8")) > 64 or any(c in name for c in "\\:*?\"<>|"):  # bytes, as the doc
            return _error(60001, "invalid party name")
        if parent not in self.departments:
            return _error(60123, "invalid party id")
        if any(d["name"] == name and d["parentid"] == parent for d in self.departments.values()):
            return _error(60008, "party name already exists")
        new_id = max(self.departments) + 1
        self.departments[new_id] = {"id": new_id, "name": name, "parentid": parent, "order": int(body.get("order", 0))}
        return Response(200, {"errcode": 0, "errmsg": "created", "id": new_id})

    def _address_problem(self, userid: str) -> Response | None:
        local, _, domain = userid.partition("@")
        if not local or domain not in self.domains or not re.fullmatch(r"[a-z0-9][a-z0-9._-]{0,63}", local):
            return _error(40003, "invalid userid")
        return None

    def _user_create(self, request: Request) -> Response:
        body = request.json()
        userid = str(body.get("userid", "")).strip().lower()
        problem = self._address_problem(userid)
        if problem is not None:
            return problem
        if userid in self.users or self._is_alias(userid) or userid in self.groups:
            return _error(60102, "userid existed")
        if self.max_accounts is not None and len(self.users) >= self.max_accounts:
            return _error(45024, "account count exceeds limit")
        name = str(body.get("name", "")).strip()
        if not name or len(name.encode("utf-8")) > 64:  # 1–64 bytes (exmail.qq.com/qy_mng_logic/doc#10014)
            return _error(60112, "invalid username")
        departments = body.get("department")
        if not isinstance(departments, list) or not departments or \
                any(int(d) not in self.departments for d in departments):
            return _error(60123, "invalid party id")
        if not password_ok(str(body.get("password", ""))):
            return _error(60126, "password is too weak")
        mobile = str(body.get("mobile", ""))
        if mobile and not _MOBILE.match(mobile):
            return _error(60103, "invalid mobile")
        self.users[userid] = {"userid": userid, "name": name, "department": [int(d) for d in departments],
                              "position": body.get("position", ""), "mobile": mobile,
                              "cpwd_login": int(body.get("cpwd_login", 0))}
        return Response(200, {"errcode": 0, "errmsg": "created"})

    def _user_get(self, request: Request) -> Response:
        user = self.users.get((request.arg("userid") or "").lower())
        if user is None:
            return _error(60111, "userid not found")
        # user/get answers userid, name, department, position, mobile, tel, extid, gender, enable, slaves and
        # cpwd_login (the 获取成员 answer as restated by github.com/Le1Feng/exmail, auto_active_fun.py)
        return _ok(**{"enable": 1, "slaves": [], "cpwd_login": 0,
                      **{k: v for k, v in user.items() if not k.startswith("_")}})

    def _user_update(self, request: Request) -> Response:
        """user/update (https://exmail.qq.com/qy_mng_logic/doc#10015): fields not given keep their values;
        ``enable`` 1/0, ``password`` (the same rule as at creation), ``cpwd_login`` 0/1."""
        body = request.json()
        user = self.users.get(str(body.get("userid", "")).strip().lower())
        if user is None:
            return _error(60111, "userid not found")
        known = {"userid", "name", "department", "position", "mobile", "tel", "extid", "gender", "slaves",
                 "enable", "password", "cpwd_login"}
        if set(body) - known:
            return _error(40035, "invalid parameter")  # (inferred) a field the call does not take
        for flag in ("enable", "cpwd_login"):
            if flag in body and body[flag] not in (0, 1):
                return _error(40035, "invalid parameter")  # (inferred)
        if "password" in body and not password_ok(str(body["password"])):
            return _error(60126, "password is too weak")
        if "slaves" in body and (problem := self._slaves_problem(user, body["slaves"])) is not None:
            return problem
        if "slaves" in body:
            self._set_slaves(user, body["slaves"])
        changes = {k: v for k, v in body.items() if k not in ("userid", "password", "slaves")}
        user.update(changes)
        if "password" in body:
            user["_password"] = body["password"]
        self.updates.append({**changes, "userid": user["userid"], **({"password": "***"} if "password" in body
                                                                      else {}),
                             **({"slaves": list(user["slaves"])} if "slaves" in body else {})})
        return _ok(errmsg="updated")

    def _user_simplelist(self, request: Request) -> Response:
        root = int(request.arg("department_id") or 1)
        if root not in self.departments:
            return _error(60123, "invalid party id")
        wanted = {d["id"] for d in self._descendants(root)} if request.arg("fetch_child") == "1" else {root}
        return _ok(userlist=[{"userid": u["userid"], "name": u["name"], "department": u["department"]}
                             for u in self.users.values() if set(u["department"]) & wanted])

    def _user_batchcheck(self, request: Request) -> Response:
        addresses = [str(a).lower() for a in request.json().get("userlist", [])]
        if not addresses or len(addresses) > 20:
            return _error(40035, "userlist must hold 1 to 20 addresses")
        result = []
        for address in addresses:
            if self._address_problem(address) is not None:
                kind = -1
            elif address in self.users:
                kind = 1
            elif self._is_alias(address):
                kind = 2
            elif address in self.groups:
                kind = 3
            else:
                kind = 0
            result.append({"user": address, "type": kind})
        return _ok(list=result)
