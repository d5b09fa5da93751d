"""West Digital (西部数码, west.cn) DNS records through its business API v2, for domains it hosts.

Sources: the API v2 reference https://www.west.cn/CustomerCenter/doc/apiv2.html (mirrored at
https://faq.myhostadmin.net/CustomerCenter/doc/apiv2.html): service address ``https://api.west.cn/api/v2``, HTTPS
only, every parameter and answer in GB2312/GBK, "请合理使用api接口，注意请求频率，超限将在一定时间内暂停API权限";
1.2 身份验证: ``username``, ``time`` (milliseconds) and ``token = md5(username + api_password + time)`` as common
parameters (as go-acme/lego's westcn client sends them, providers/dns/internal/westcn/internal/client.go);
1.4 返回: ``{"result": 200, "clientid": …, "data": …}``, a failure ``{"result": 500, "msg": …, "errcode": …}``.
Domain actions (https://www.west.cn/CustomerCenter/doc/domain_v2.html): ``POST /domain/?act=getdnsrecord``
(domain, limit, pageno → data.items[id, item, value, type, level, ttl, line, pause], total, pageno, totalpages),
``adddnsrecord`` (domain, host, type, value, ttl, level, line → data.id), ``moddnsrecord`` (domain, id, value, ttl),
``deldnsrecord`` (domain, id). The item/field names of the list and the error codes below come from open-source
clients citing that page (lego's fixtures, marvinli001/edgeweir's westcn tests): marked (unconfirmed) where only
they say so. The API is offered to West Digital's agent (代理) accounts:
"只有西部数码正式代理合作伙伴才能使用API功能"."""

from __future__ import annotations

import asyncio
import hashlib
import json
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode

import httpx

from mailwizard.core.dnshosts import sending
from mailwizard.core.dnshosts.api import (
    DnsHostError,
    Problem,
    ZoneRecord,
    full_name,
    mx_value,
    normal_name,
    normal_target,
    relative_name,
    split_mx,
)

CREDENTIAL_FIELDS = ("username", "api_password")
API_ROOT = "https://api.west.cn"
PATH = "/api/v2/domain/"
PAGE = 100              # records per getdnsrecord page (the documented default is 20; the maximum is unconfirmed)
LINE = "line"           # ZoneRecord.extra key: West's 线路 ("" = default)
CHARSET = "gbk"

AUTH_FAILED = 10000     # "username,time,token错误" / 认证失败 (lego's fixture error.json)
IP_REFUSED = 10002      # "ip 授权失败": this computer's IP is not on the API whitelist (unconfirmed)
NOT_YOURS = 20001       # "无权操作或数据不存在" (unconfirmed)
EMPTY = 30001           # "查询数据结果为空": a zone without records (unconfirmed)
WHITELIST_HINT = "add this computer's public IP address to the API whitelist (管理中心 → API接口配置)"


def token(username: str, api_password: str, stamp: str) -> str:
    """1.2 身份验证: md5 of username + API password + the millisecond time, lower-case hex."""
    return hashlib.md5((username + api_password + stamp).encode(CHARSET), usedforsecurity=False).hexdigest()


def problem_for(errcode: int, message: str, *, change: bool) -> Problem:
    if errcode in (AUTH_FAILED, IP_REFUSED):
        return Problem.BAD_CREDENTIAL
    if errcode == NOT_YOURS:
        # reading: the account does not hold the domain; changing a zone it could read: refused
        return Problem.PERMISSION if change else Problem.ZONE_NOT_FOUND
    if "频繁" in message or "频率" in message or "超限" in message:     # the throttling answer (unconfirmed)
        return Problem.RATE_LIMITED
    if "已存在" in message or "已经存在" in message or "重复" in message:    # "记录已经存在重复添加" (unconfirmed)
        return Problem.RECORD_EXISTS
    if change and 20000 <= errcode < 30000:
        return Problem.INVALID_RECORD
    return Problem.SERVICE


def connect(credential: dict[str, str], *, base_url: str | None = None) -> WestApi:
    username, password = (credential.get(k, "") for k in CREDENTIAL_FIELDS)
    username = username.strip()
    if not username or not password:
        raise DnsHostError(Problem.BAD_CREDENTIAL, "the username and the API password are both needed")
    client = sending.new_client(base_url)
    return WestApi(username, password, client, base_url or API_ROOT)


class WestApi:
    def __init__(self, username: str, api_password: str, client: httpx.AsyncClient, base_url: str, *,
                 clock: Callable[[], float] = time.time, sleep: sending.Sleep = asyncio.sleep) -> None:
        self._user, self._password = username, api_password
        self._client, self._root = client, base_url.rstrip("/")
        self._clock, self._sleep = clock, sleep

    def __repr__(self) -> str:  # never the password
        return f"WestApi({self._root}, {self._user})"

    async def _call(self, act: str, params: dict[str, Any], *, change: bool) -> Any:
        def build() -> tuple[str, bytes, dict[str, str]]:
            stamp = str(int(self._clock() * 1000))
            fields = {"username": self._user, "time": stamp, "token": token(self._user, self._password, stamp),
                      **{k: str(v) for k, v in params.items()}}
            try:
                body = urlencode(fields, encoding=CHARSET).encode("ascii")
            except UnicodeEncodeError:
                raise DnsHostError(Problem.INVALID_RECORD, f"{act}: a value has characters GBK cannot carry") \
                    from None
            return (f"{self._root}{PATH}?act={act}", body,
                    {"Content-Type": f"application/x-www-form-urlencoded; charset={CHARSET}"})

        response = await sending.send(self._client, build, change=change, what=act, sleep=self._sleep)
        try:
            answer = json.loads(response.content.decode(CHARSET, errors="replace"))
            result = int(answer["result"])
        except (ValueError, KeyError, TypeError):
            problem = Problem.UNCERTAIN if change else Problem.SERVICE
            raise DnsHostError(problem, f"{act}: HTTP {response.status_code}, not an API answer") from None
        if result == 200:
            return answer.get("data")
        errcode, message = int(answer.get("errcode") or 0), str(answer.get("msg", ""))
        message = message.replace(self._password, "***")
        problem = problem_for(errcode, message, change=change)
        detail = f"{act}: {errcode} {message}"
        if errcode == IP_REFUSED:
            detail += f" — {WHITELIST_HINT}"
        raise DnsHostError(problem, detail, retry_after=60.0 if problem is Problem.RATE_LIMITED else None)

    # --- the protocol --------------------------------------------------------------------------------
    async def find_zone(self, domain: str) -> str:
        labels = normal_name(domain).split(".")
        first: DnsHostError | None = None
        for i in range(len(labels) - 1):
            candidate = ".".join(labels[i:])
            try:
                await self._call("getdnsrecord", {"domain": candidate, "limit": 1, "pageno": 1}, change=False)
            except DnsHostError as exc:
                if exc.detail.startswith(f"getdnsrecord: {EMPTY} "):
                    return candidate
                if exc.problem is not Problem.ZONE_NOT_FOUND:
                    raise
                first = first or exc
                continue
            return candidate
        raise first or DnsHostError(Problem.ZONE_NOT_FOUND, domain)

    async def list_records(self, zone: str) -> list[ZoneRecord]:
        records: list[ZoneRecord] = []
        page = 1
        while True:
            try:
                data = await self._call("getdnsrecord", {"domain": zone, "limit": PAGE, "pageno": page},
                                        change=False)
            except DnsHostError as exc:
                if exc.detail.startswith(f"getdnsrecord: {EMPTY} "):
                    return records
                raise
            items = (data or {}).get("items") or []
            records.extend(self._record(zone, item) for item in items)
            pages = int((data or {}).get("totalpages") or 1)
            if not items or page >= pages:
                return records
            page += 1

    async def add(self, zone: str, record: ZoneRecord) -> ZoneRecord:
        params: dict[str, Any] = {"domain": zone, "host": relative_name(record.name, zone), "type": record.rtype,
                                  "ttl": int(record.ttl), "line": dict(record.extra).get(LINE, "")}
        if record.rtype == "MX":
            params["level"], params["value"] = split_mx(record.value)
        else:
            params["value"] = normal_target(record.value) if record.rtype in ("CNAME", "NS") else record.value
        data = await self._call("adddnsrecord", params, change=True)
        record_id = (data or {}).get("id")
        if record_id in (None, ""):
            raise DnsHostError(Problem.UNCERTAIN, "adddnsrecord: the answer had no id")
        return ZoneRecord(record.name, record.rtype, record.value, record.ttl, str(record_id),
                          ((LINE, dict(record.extra).get(LINE, "")),))

    async def update(self, zone: str, old: ZoneRecord, new: ZoneRecord) -> ZoneRecord:
        same_place = (normal_name(old.name), old.rtype) == (normal_name(new.name), new.rtype)
        if not same_place or (new.rtype == "MX" and split_mx(old.value)[0] != split_mx(new.value)[0]):
            # moddnsrecord changes only the value and TTL: anything else is a new record, then the old one goes
            made = await self.add(zone, ZoneRecord(new.name, new.rtype, new.value, new.ttl, "",
                                                   new.extra or old.extra))
            await self.delete(zone, old)
            return made
        value = split_mx(new.value)[1] if new.rtype == "MX" else (
            normal_target(new.value) if new.rtype in ("CNAME", "NS") else new.value)
        await self._call("moddnsrecord", {"domain": zone, "id": old.id, "value": value, "ttl": int(new.ttl)},
                         change=True)
        return ZoneRecord(new.name, new.rtype, new.value, new.ttl, old.id,
                          ((LINE, dict(old.extra).get(LINE, "")),))

    async def delete(self, zone: str, record: ZoneRecord) -> None:
        await self._call("deldnsrecord", {"domain": zone, "id": record.id}, change=True)

    async def aclose(self) -> None:
        await self._client.aclose()

    @staticmethod
    def _record(zone: str, item: dict[str, Any]) -> ZoneRecord:
        rtype = str(item.get("type", "")).upper()
        value = str(item.get("value", ""))
        if rtype == "MX":
            value = mx_value(item.get("level") or 0, value)
        elif rtype in ("CNAME", "NS"):
            value = normal_target(value)
        host = str(item.get("item", item.get("host", "@")))   # "item" in the list (unconfirmed), "host" when adding
        return ZoneRecord(full_name(host, zone), rtype, value, int(item.get("ttl") or 900), str(item.get("id", "")),
                          ((LINE, str(item.get("line") or "")),))
