"""Loopback fake of West Digital's (西部数码) API v2 domain DNS actions, its state in a HostedZone.

As West does it (https://www.west.cn/CustomerCenter/doc/apiv2.html, domain_v2.html): ``POST /api/v2/domain/?act=…``
with a GBK form body carrying ``username``, ``time`` (ms) and ``token = md5(username + api_password + time)``; the
token is recomputed here and a wrong one answers errcode 10000; a ``time`` more than ten minutes off is refused
too (the token's validity: unconfirmed). Answers are GBK JSON ``{"result": 200, "clientid", "data"}`` or
``{"result": 500, "clientid", "msg", "errcode"}``. ``ip_refused=True`` plays a computer not on the account's API
whitelist (errcode 10002); ``read_only=True`` an account whose API may read but not change (errcode 20001 on
changes: unconfirmed); the duplicate (20118) and bad-id (20120) codes are unconfirmed too.
"""

from __future__ import annotations

import hashlib
import json
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import parse_qs

from mailwizard.sandbox.fake_http import FakeHttpServer, Request, Response
from mailwizard.sandbox.hosted_zone import HostedRecord, HostedZone

SKEW_MS = 10 * 60 * 1000
MAX_LIMIT = 1000
TYPES = {"A", "AAAA", "CNAME", "MX", "TXT", "NS", "SRV", "CAA"}
ACTS = {"getdnsrecord": "_list", "adddnsrecord": "_add", "moddnsrecord": "_mod", "deldnsrecord": "_delete"}
ALLOWED = {"getdnsrecord": {"domain", "limit", "pageno"},
           "adddnsrecord": {"domain", "host", "type", "value", "ttl", "level", "line"},
           "moddnsrecord": {"domain", "id", "value", "ttl", "level", "line"},
           "deldnsrecord": {"domain", "id"}}


class WestFake(FakeHttpServer):
    def __init__(self, zone: HostedZone, *, credential: dict[str, str], allowed_zones: set[str] | None = None,
                 read_only: bool = False, delay: float = 0.0, ip_refused: bool = False,
                 clock: Callable[[], float] = time.time) -> None:
        super().__init__()
        self.zone, self.credential, self.allowed_zones = zone, dict(credential), allowed_zones
        self.read_only, self.latency, self.ip_refused, self.clock = read_only, delay, ip_refused, clock
        self.acts: list[str] = []
        self._client = 0
        self.route("POST", "/api/v2/domain/", self._serve)

    def _answer(self, payload: dict[str, Any]) -> Response:
        self._client += 1
        body = json.dumps({**payload, "clientid": f"2026120310{self._client:010d}"}, ensure_ascii=False)
        return Response(200, body.encode("gbk"), {"Content-Type": "text/html; charset=gbk"})

    def ok(self, data: Any = None) -> Response:
        return self._answer({"result": 200} if data is None else {"result": 200, "data": data})

    def error(self, errcode: int, msg: str) -> Response:
        return self._answer({"result": 500, "msg": msg, "errcode": errcode})

    def throttled(self) -> Response:
        return self.error(10003, "请求过于频繁，请稍后再试")      # the code and text: unconfirmed

    def _serve(self, request: Request) -> Response:
        act = request.arg("act", "") or ""
        self.acts.append(act)
        if not request.headers.get("content-type", "").startswith("application/x-www-form-urlencoded"):
            return self.error(10000, "username,time,token错误")
        try:
            form = {k: v[0] for k, v in parse_qs(request.body.decode("ascii"), encoding="gbk",
                                                  errors="strict").items()}
        except (UnicodeError, ValueError):
            return self.error(10000, "username,time,token错误")
        stamp = form.pop("time", "")
        sent_token, username = form.pop("token", ""), form.pop("username", "")
        expected = hashlib.md5((self.credential["username"] + self.credential["api_password"] + stamp)
                               .encode("gbk")).hexdigest()
        if username != self.credential["username"] or not stamp.isdigit() or sent_token != expected:
            return self.error(10000, "username,time,token错误")
        if abs(int(stamp) - self.clock() * 1000) > SKEW_MS:
            return self.error(10000, "token已过期")
        if self.ip_refused:
            return self.error(10002, "ip 授权失败")
        if act not in ACTS:
            return self.error(10004, "act参数错误")
        unknown = set(form) - ALLOWED[act]
        if unknown:
            return self.error(20000, f"未知参数 {','.join(sorted(unknown))}")
        domain = form.get("domain", "").rstrip(".").lower()
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            return self.error(20001, "无权操作或数据不存在")
        if domain != self.zone.apex or (self.allowed_zones is not None and domain not in self.allowed_zones):
            return self.error(20001, "无权操作或数据不存在")
        if self.read_only and act != "getdnsrecord":
            return self.error(20001, "无权操作或数据不存在")
        return getattr(self, ACTS[act])(form)

    def _item(self, record: HostedRecord) -> dict[str, Any]:
        apex = self.zone.apex
        host = "@" if record.name == apex else record.name[: -len(apex) - 1]
        level, value = 10, record.value
        if record.rtype == "MX":
            priority, value = record.value.split(None, 1)
            level = int(priority)
        return {"id": int(record.id), "item": host, "value": value, "type": record.rtype, "level": level,
                "ttl": record.ttl, "line": record.extra.get("line", ""), "pause": 0}

    def _list(self, form: dict[str, str]) -> Response:
        limit, pageno = int(form.get("limit", 20)), int(form.get("pageno", 1))
        if not 1 <= limit <= MAX_LIMIT or pageno < 1:
            return self.error(20000, "参数错误")
        records = self.zone.all()
        if not records:
            return self.error(30001, "查询数据结果为空")
        items = records[(pageno - 1) * limit: pageno * limit]
        return self.ok({"items": [self._item(r) for r in items], "limit": limit, "total": len(records),
                        "pageno": pageno, "totalpages": (len(records) + limit - 1) // limit})

    def _content(self, rtype: str, form: dict[str, str]) -> tuple[str, int] | Response:
        value, ttl = form.get("value", ""), int(form.get("ttl", 900))
        if not value:
            return self.error(20000, "记录值不能为空")
        if not 60 <= ttl <= 86400:
            return self.error(20000, "TTL值错误")
        if rtype == "MX":
            value = f"{int(form.get('level', 10))} {value.rstrip('.').lower()}"
        elif rtype in ("CNAME", "NS"):
            value = value.rstrip(".").lower()
        return value, ttl

    def _add(self, form: dict[str, str]) -> Response:
        rtype = form.get("type", "")
        if rtype not in TYPES:
            return self.error(20000, "解析类型错误")
        host = form.get("host", "@").lower()
        name = self.zone.apex if host in ("", "@") else f"{host}.{self.zone.apex}"
        content = self._content(rtype, form)
        if isinstance(content, Response):
            return content
        value, ttl = content
        line = form.get("line", "")
        if any(r.value == value and r.extra.get("line", "") == line for r in self.zone.find(name, rtype)):
            return self.error(20118, "记录已经存在重复添加")
        record = self.zone.add(name, rtype, value, ttl, **({"line": line} if line else {}))
        return self.ok({"id": int(record.id)})

    def _mod(self, form: dict[str, str]) -> Response:
        record = self.zone.records.get(form.get("id", ""))
        if record is None:
            return self.error(20120, "解析记录ID有误")
        if record.rtype == "MX" and "level" not in form:
            form = {**form, "level": record.value.split()[0]}
        content = self._content(record.rtype, form)
        if isinstance(content, Response):
            return content
        value, ttl = content
        self.zone.update(record.id, value=value, ttl=ttl)
        return self.ok()

    def _delete(self, form: dict[str, str]) -> Response:
        record = self.zone.records.get(form.get("id", ""))
        if record is None:
            return self.error(20120, "解析记录ID有误")
        self.zone.delete(record.id)
        return self.ok()
