"""Tencent Exmail (腾讯企业邮箱) through its open API (exmail.qq.com/qy_mng_logic/doc, 通讯录管理).

Sign-in is the CorpID and the secret of the 通讯录管理 app from the admin console (设置 > 接口设置 /
"API" in older consoles); ``GET /cgi-bin/gettoken`` turns them into an access token valid 7,200 s,
which travels as the ``access_token`` query parameter. Every answer is HTTP 200 with
``{"errcode": N, "errmsg": "…"}``; errcode 0 is success. The endpoint list is confirmed from a
client generated from the official docs (github.com/Le1Feng/exmail, auto_setting.py) and the
QQ::exmail CPAN SDK that links each call to its doc section (#10014 user/create …). The error
codes below are the Exmail/WeCom global return codes those SDKs and the docs' 全局返回码 list use.

There is no domain API: the domain is added and verified in the console (the wizard guides it) and
the DNS step checks Tencent's records.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from typing import Any

import httpx

from mailwizard.core.activation import ActivationReport, not_reported
from mailwizard.core.providers.app_token import AppTokenSession
from mailwizard.core.providers.base import (
    Account,
    AlreadyExists,
    DepartmentNotFound,
    DomainStatus,
    InvalidAddress,
    InvalidRequest,
    LicenseOption,
    NewAccount,
    NoApiAccess,
    NotFound,
    NotSupported,
    ProviderError,
    RemoteUser,
    RoleUnsupported,
    Seats,
    SeatsExhausted,
    TeamGroup,
    TooLong,
    WrongCredentials,
)
from mailwizard.core.providers.http import ApiClient, Retry, RetryPolicy, TokenRejected, retry_after

# Requests per second this app allows itself. Tencent publishes no per-second figure for the address-book
# API, only errcode 45009 when a limit is hit; 10/s keeps a 300-person run near half a minute.
DEFAULT_RATE = 10.0
ROOT_DEPARTMENT = 1       # the company itself; every other department hangs below it
BATCHCHECK_LIMIT = 20     # addresses per user/batchcheck call

BUSY = {-1}                                   # 系统繁忙: try again
THROTTLED = {45009, 45011, 45033}             # 接口调用超过限制 / 频率限制
TOKEN_INVALID = {40001, 40014, 42001}         # secret wrong or token invalid / 不合法的access_token / 超时
BAD_CREDENTIALS = {40001, 40013, 40091}       # at gettoken: wrong secret / 不合法的corpid / secret invalid
NO_PERMISSION = {48002, 60011, 60020}         # API 无权限 / 管理员权限不足 / IP 不在白名单
USER_EXISTS = {60102}                         # UserID 已存在
USER_MISSING = {60111}                        # UserID 不存在
INVALID_USERID = {40003, 60112}               # 不合法的 UserID / 成员名称不合法
DEPARTMENT_MISSING = {60003, 60123}           # 部门不存在 / 无效的部门 id
DEPARTMENT_EXISTS = {60008}                   # 部门名称已存在
# 帐号数量超过上限: every account the edition allows is in use (an Exmail client's return-code table, exMailMsgMapper,
# lists 45024 with that text; WeCom's global codes give it the same meaning, work.weixin.qq.com/api/doc/90000/90139/
# 90313 "错误码：45024"). Exmail's open API has no call that reports the number bought: its calls are the address
# book, useroption, log, mail/newcount and service/get_login_url (github.com/Le1Feng/exmail auto_setting.py,
# generated from exmail.qq.com/qy_mng_logic/doc); only the accounts are counted (user/simplelist).
ACCOUNTS_FULL = {45024}

# batchcheck "type": what an address is today
FREE, USER, ALIAS, GROUP, INVALID = 0, 1, 2, 3, -1


class _Errcode(Exception):
    def __init__(self, code: int, message: str) -> None:
        super().__init__(code)
        self.code, self.message = code, message


@dataclass(frozen=True)
class TencentEndpoints:
    api: str  # …/cgi-bin

    @classmethod
    def at(cls, base: str | None = None) -> TencentEndpoints:
        """``base``: a loopback fake's URL (tests, practice mode); None: Tencent's own host."""
        return cls(f"{base or 'https://api.exmail.qq.com'}/cgi-bin")


def _errcode(response: httpx.Response) -> tuple[int, str]:
    try:
        data = response.json()
    except ValueError:
        raise Retry() from None  # a truncated or HTML answer from a proxy: ask again
    return int(data.get("errcode", 0) or 0), str(data.get("errmsg", ""))


def classify(response: httpx.Response) -> None:
    status = response.status_code
    if status == 429 or status >= 500:
        raise Retry(retry_after(response))
    if status >= 400:
        raise ProviderError()
    code, message = _errcode(response)
    if code == 0:
        return
    if code in BUSY or code in THROTTLED:
        raise Retry()
    if code in TOKEN_INVALID:
        raise TokenRejected()
    if code in NO_PERMISSION:
        raise NoApiAccess(needed="exmail-api")
    if code in USER_EXISTS:
        raise AlreadyExists(what="")
    if code in USER_MISSING:
        raise NotFound()
    if code in ACCOUNTS_FULL:
        raise SeatsExhausted()
    raise _Errcode(code, message)


def _classify_token(response: httpx.Response) -> None:
    """At gettoken, 40001 means the secret is wrong, not that a token expired."""
    try:
        classify(response)
    except TokenRejected:
        raise WrongCredentials(reason="secret") from None
    except _Errcode as exc:
        if exc.code in BAD_CREDENTIALS:
            raise WrongCredentials(reason="corpid") from None
        raise InvalidRequest(detail=exc.message[:200]) from None


# A member's name and a department's name: 1–64 bytes (user/create, https://exmail.qq.com/qy_mng_logic/doc#10014,
# and department/create in the same document; the department page's anchor not confirmed). In UTF-8 a Chinese
# character is 3 bytes, so 21 of them fit; the encoding the service counts in is not stated (UTF-8 inferred: the
# API takes JSON).
NAME_BYTES = 64


def _within_bytes(text: str) -> None:
    if len(text.strip().encode("utf-8")) > NAME_BYTES:
        raise TooLong(value=text.strip(), limit=str(NAME_BYTES), chinese=str(NAME_BYTES // 3))


class TencentProvider:
    id = "tencent"
    domain_api = False  # as its profile says (tests/unit/test_provider_profile.py holds them equal)

    def __init__(self, corp_id: str, secret: str, endpoints: TencentEndpoints, *,
                 http: httpx.AsyncClient | None = None, policy: RetryPolicy | None = None, sleep=None,
                 rate: float | None = DEFAULT_RATE) -> None:
        from mailwizard.core.network import http_options

        self.corp_id, self.endpoints = corp_id, endpoints
        self._secret = secret
        self.http = http or httpx.AsyncClient(timeout=httpx.Timeout(20.0, connect=10.0), **http_options())
        kwargs: dict[str, Any] = {"sleep": sleep} if sleep else {}
        self._token_api = ApiClient(self.http, _classify_token, policy, **kwargs)
        self.session = AppTokenSession(self._fetch_token)
        self.api = ApiClient(self.http, classify, policy, auth_params=self.session.params,
                             on_unauthorized=self.session.refresh, rate=rate, **kwargs)
        self._departments: dict[str, int] | None = None
        self._department_lock = asyncio.Lock()

    def __repr__(self) -> str:
        return f"TencentProvider(corp_id={self.corp_id!r})"

    async def _fetch_token(self) -> tuple[str, float]:
        data = (await self._token_api.get(f"{self.endpoints.api}/gettoken",
                                          params={"corpid": self.corp_id, "corpsecret": self._secret})).json()
        return str(data["access_token"]), float(data.get("expires_in", 7200))

    async def _call(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        try:
            response = await self.api.request(method, f"{self.endpoints.api}/{path}", **kwargs)
        except _Errcode as exc:
            if exc.code in DEPARTMENT_MISSING:
                raise DepartmentNotFound(department="") from None
            if exc.code in INVALID_USERID:
                raise InvalidAddress(address="") from None
            raise InvalidRequest(detail=exc.message[:200]) from None
        return response.json()

    async def close(self) -> None:
        await self.http.aclose()

    async def whoami(self) -> Account:
        """Reading the departments proves the ID and secret work. The company's name is not among them:
        ``department/list?id=1`` lists the root's children only ("id为1时可获取根部门下的子部门",
        https://service.rtxmail.net/api/270.html, a copy of exmail.qq.com/qy_mng_logic/doc 获取部门列表, whose
        example lists only departments with parentid 1), and no call of the open API returns the company name
        (unconfirmed: none found in the 通讯录管理 / 功能设置 sections). So no name is claimed; the window shows
        the provider's name and the CorpID instead."""
        await self._call("GET", "department/list", params={"id": ROOT_DEPARTMENT})
        return Account(self.corp_id, "", self.corp_id)

    # --- domains: console only ----------------------------------------------------------------------
    async def add_domain(self, domain: str) -> DomainStatus:
        raise NotSupported()

    async def verify_domain(self, domain: str) -> DomainStatus:
        raise NotSupported()

    async def verification_value(self, domain: str) -> str:
        return ""  # ownership is proved by the MX records themselves

    async def tenant_values(self, domain: str) -> dict[str, str]:
        return {}

    # --- departments ----------------------------------------------------------------------------------
    async def departments(self) -> dict[str, int]:
        """Department name → id, the whole tree below the company."""
        data = await self._call("GET", "department/list", params={"id": ROOT_DEPARTMENT})
        return {str(d.get("name", "")): int(d["id"]) for d in data.get("department", [])
                if int(d.get("id", 0)) != ROOT_DEPARTMENT}

    async def department_id(self, name: str) -> int:
        """The department of that name (below the company), created the first time it is needed."""
        name = name.strip()
        if not name:
            return ROOT_DEPARTMENT
        async with self._department_lock:  # many accounts of one new department: one creation
            if self._departments is None or name not in self._departments:
                self._departments = await self.departments()
            if name not in self._departments:
                try:
                    data = await self._call("POST", "department/create",
                                            json={"name": name, "parentid": ROOT_DEPARTMENT, "order": 0})
                    self._departments[name] = int(data["id"])
                except ProviderError as exc:
                    # created by an earlier, dropped request, or by someone in the console meanwhile
                    self._departments = await self.departments()
                    if name not in self._departments:
                        raise exc from None
            return self._departments[name]

    # --- members --------------------------------------------------------------------------------------
    async def check_addresses(self, addresses: list[str]) -> dict[str, int]:
        """What each address is today (FREE, USER, ALIAS, GROUP, INVALID), 20 per call."""
        kinds: dict[str, int] = {}
        for start in range(0, len(addresses), BATCHCHECK_LIMIT):
            chunk = addresses[start:start + BATCHCHECK_LIMIT]
            data = await self._call("POST", "user/batchcheck", json={"userlist": chunk})
            for entry in data.get("list", []):
                kinds[str(entry.get("user", "")).lower()] = int(entry.get("type", INVALID))
        return kinds

    async def find_user(self, address: str) -> RemoteUser | None:
        kind = (await self.check_addresses([address])).get(address.lower(), FREE)
        return RemoteUser(address, address) if kind == USER else None

    async def create_user(self, account: NewAccount, license_sku: str | None = None) -> RemoteUser:
        if account.role != "user" or account.group:
            raise RoleUnsupported()  # before anything is created: the console gives roles and groups here
        for text in (account.display_name, account.department):
            _within_bytes(text)  # before anything is sent: the service counts bytes, not characters
        body: dict[str, Any] = {
            "userid": account.address,
            "name": account.display_name,
            "department": [await self.department_id(account.department)],
            "password": account.password,
            "cpwd_login": 1 if account.force_change else 0,  # must change the password at first sign-in
        }
        optional = {"position": account.job_title, "mobile": account.phone}
        body.update({k: v for k, v in optional.items() if v})
        try:
            await self._call("POST", "user/create", json=body)
        except InvalidAddress:
            raise InvalidAddress(address=account.address) from None
        except DepartmentNotFound:
            self._departments = None  # deleted in the console since it was listed
            raise DepartmentNotFound(department=account.department) from None
        return RemoteUser(account.address, account.address)

    async def finish_user(self, user: RemoteUser, license_sku: str | None = None,
                          role: str = "user", group: str = "", *, usage_location: str = "") -> None:
        """Nothing to add after creation: an Exmail account is a mailbox."""

    async def list_users(self) -> list[RemoteUser]:
        data = await self._call("GET", "user/simplelist", params={"department_id": ROOT_DEPARTMENT, "fetch_child": 1})
        return [RemoteUser(str(u["userid"]), str(u["userid"])) for u in data.get("userlist", [])]

    async def list_groups(self) -> list[TeamGroup]:
        return []  # team groups are managed in the console

    async def activation(self, addresses: list[str], baselines: dict | None = None) -> ActivationReport:
        """user/get carries no sign-in time (https://exmail.qq.com/qy_mng_logic/doc#10014). The API lists a login
        log, cgi-bin/log/login (系统日志; seen in github.com/Le1Feng/exmail auto_setting.py, made from that page);
        its request and answer are unconfirmed, so it is not used yet and the wizard says it cannot tell."""
        return not_reported(addresses, "https://exmail.qq.com/qy_mng_logic/doc")

    async def set_password(self, address: str, password: str) -> None:
        """A new temporary password, to be changed at the next sign-in: user/update with ``password`` and
        ``cpwd_login`` 1 ("用户重新登录时是否重设密码"; fields not given keep their values), https://exmail.qq.com/
        qy_mng_logic/doc#10015 (as restated by the QQ::exmail CPAN SDK). Sent once: a lost answer is
        AmbiguousOutcome, never sent again by itself."""
        body = {"userid": address, "password": password, "cpwd_login": 1}
        await self._call("POST", "user/update", json=body, once=True)

    async def license_options(self) -> list[LicenseOption]:
        return []

    async def seats(self, license_sku: str | None = None) -> Seats | None:
        """The accounts (user/simplelist); the number bought is shown only in the console (see ACCOUNTS_FULL)."""
        return Seats(None, len(await self.list_users()), "user/simplelist")
