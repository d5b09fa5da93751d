"""The Tencent Exmail fake's mail groups (邮件群组) and account aliases (``slaves``), mixed into
sandbox/tencent_fake.TencentFake, as exmail.qq.com/qy_mng_logic/doc describes them (the request and answer fields as
restated by the QQ::exmail CPAN SDK, metacpan.org/pod/QQ::exmail::group and ::user, which links each call to its
section):

- group/create (#10022): ``groupid`` (an address), ``groupname``, members from ``userlist`` / ``grouplist`` /
  ``department`` — "至少一个" (at least one of them), ``allow_type`` (群发权限: 0 企业成员, 1 任何人, 2 组内成员,
  3 指定成员, then ``allow_userlist``); answer ``{"errcode": 0, "errmsg": "created"}``.
- group/update (#10023): ``groupid`` and any of the same fields; group/get (#10025): the same fields back.
- user/update (#10015) ``slaves``: "别名列表 1.Slaves 上限为5个 2.Slaves 为邮箱格式"; fields not given keep their
  values, so the list sent is the account's whole list.

Error codes: the Exmail return-code table third-party clients carry (an exMailMsgMapper; a util.GetErrcode) — 600005
别名与userid或者Groupid冲突, 600006 别名数量达到上限, 600004 别名无效, 600007 Groupid无效, 600008 邮件群组不存在,
600009 群组成员为空, 600013 群发权限类型无效, 600015 邮件群组已存在, 600016 Userlist部分成员未找到, 600019 邮件群组名称
含有非法字符, 600023 群发权限成员缺失, 600024 Groupid与userid或者别名冲突 — not read on Tencent's own page
(unconfirmed). The group name's limit of 64 bytes is WeCom's 邮件群组 page's (developer.work.weixin.qq.com/document/
path/95510, "长度限定64字节"): taken for Exmail's (unconfirmed). That group/update's ``userlist`` replaces the list
is read from "成员由userlist,grouplist,department共同组成" (unconfirmed).
"""

from __future__ import annotations

import re
from typing import Any

from mailwizard.sandbox.fake_http import Request, Response

MAX_SLAVES = 5
GROUP_NAME_BYTES = 64
ALLOW_TYPES = (0, 1, 2, 3)


def _error(code: int, message: str) -> Response:
    return Response(200, {"errcode": code, "errmsg": message})


class GroupAdminMixin:
    """Needs TencentFake's ``users``, ``aliases``, ``domains`` and ``departments``. ``groups``: address → group.
    Counters: ``group_creates`` (groups made), ``group_updates`` (updates carried out), ``slave_updates``."""

    users: dict[str, dict[str, Any]]
    aliases: set[str]
    domains: set[str]
    departments: dict[int, dict[str, Any]]
    group_creates = group_updates = slave_updates = 0

    def _group_routes(self) -> list[tuple[str, str, Any]]:
        self.groups: dict[str, dict[str, Any]] = {}
        return [("POST", "/cgi-bin/group/create", self._group_create),
                ("POST", "/cgi-bin/group/update", self._group_update),
                ("GET", "/cgi-bin/group/get", self._group_get)]

    def add_group(self, address: str, name: str = "", userlist: tuple[str, ...] = (), allow_type: int = 0) -> None:
        """A group made in the console before MailWizard."""
        with self.lock:  # type: ignore[attr-defined]
            self.groups[address.lower()] = {"groupid": address.lower(), "groupname": name or address,
                                             "userlist": [u.lower() for u in userlist], "grouplist": [],
                                             "department": [], "allow_type": allow_type, "allow_userlist": []}

    def _is_alias(self, address: str) -> bool:
        return address in self.aliases or any(address in u.get("slaves", []) for u in self.users.values())

    def _valid_address(self, address: str) -> bool:
        local, _, domain = address.partition("@")
        return bool(local) and domain in self.domains and bool(re.fullmatch(r"[a-z0-9][a-z0-9._-]{0,63}", local))

    # --- aliases (user/update slaves) ----------------------------------------------------------------
    def _slaves_problem(self, user: dict[str, Any], slaves: Any) -> Response | None:
        if not isinstance(slaves, list) or not all(isinstance(s, str) for s in slaves):
            return _error(600004, "invalid slaves")
        wanted = [s.strip().lower() for s in slaves]
        if len(wanted) > MAX_SLAVES:
            return _error(600006, "slaves count exceeds limit")
        own = set(user.get("slaves", []))
        for slave in wanted:
            if not self._valid_address(slave):
                return _error(600004, "invalid slave")
            if slave == user["userid"] or slave in self.users or slave in self.groups or \
                    (slave not in own and self._is_alias(slave)):
                return _error(600005, "slave conflicts with userid or groupid")
        return None

    def _set_slaves(self, user: dict[str, Any], slaves: list[str]) -> None:
        wanted = list(dict.fromkeys(s.strip().lower() for s in slaves))
        self.aliases -= set(user.get("slaves", []))
        user["slaves"] = wanted
        self.aliases |= set(wanted)
        self.slave_updates += 1

    # --- groups -------------------------------------------------------------------------------------
    def _members_problem(self, body: dict[str, Any], allow_type: Any) -> Response | None:
        userlist, grouplist, departments = (body.get(k, []) for k in ("userlist", "grouplist", "department"))
        if not all(isinstance(v, list) for v in (userlist, grouplist, departments)):
            return _error(40035, "invalid parameter")
        if not (userlist or grouplist or departments):
            return _error(600009, "group member is empty")
        if any(str(u).lower() not in self.users for u in userlist):
            return _error(600016, "userlist partly not found")
        if any(str(g).lower() not in self.groups for g in grouplist):
            return _error(600018, "grouplist partly not found")
        if any(int(d) not in self.departments for d in departments):
            return _error(600017, "partylist partly not found")
        if allow_type not in ALLOW_TYPES:
            return _error(600013, "invalid allow_type")
        if allow_type == 3 and not body.get("allow_userlist"):
            return _error(600023, "allow_userlist missing")
        return None

    @staticmethod
    def _name_problem(name: Any) -> Response | None:
        if not isinstance(name, str) or not name.strip() or len(name.encode("utf-8")) > GROUP_NAME_BYTES \
                or any(c in name for c in "\\:*?\"<>|"):
            return _error(600019, "invalid groupname")
        return None

    def _group_create(self, request: Request) -> Response:
        body = request.json()
        groupid = str(body.get("groupid", "")).strip().lower()
        if not self._valid_address(groupid):
            return _error(600007, "invalid groupid")
        if groupid in self.groups:
            return _error(600015, "group existed")
        if groupid in self.users or self._is_alias(groupid):
            return _error(600024, "groupid conflicts with userid or slave")
        if "allow_type" not in body:
            return _error(600013, "invalid allow_type")  # 必须 at create (#10022)
        problem = self._name_problem(body.get("groupname")) or self._members_problem(body, body["allow_type"])
        if problem is not None:
            return problem
        self.groups[groupid] = {"groupid": groupid, "groupname": body["groupname"].strip(),
                                "userlist": [str(u).lower() for u in body.get("userlist", [])],
                                "grouplist": [str(g).lower() for g in body.get("grouplist", [])],
                                "department": [int(d) for d in body.get("department", [])],
                                "allow_type": body["allow_type"],
                                "allow_userlist": [str(u).lower() for u in body.get("allow_userlist", [])]}
        self.group_creates += 1
        return _error(0, "created")

    def _group_update(self, request: Request) -> Response:
        body = request.json()
        group = self.groups.get(str(body.get("groupid", "")).strip().lower())
        if group is None:
            return _error(600008, "group not found")
        known = {"groupid", "groupname", "userlist", "grouplist", "department", "allow_type", "allow_userlist"}
        if set(body) - known:
            return _error(40035, "invalid parameter")  # (inferred) a field the call does not take
        if "groupname" in body and (problem := self._name_problem(body["groupname"])) is not None:
            return problem
        merged = {**group, **{k: v for k, v in body.items() if k != "groupid"}}
        problem = self._members_problem(merged, merged["allow_type"])
        if problem is not None:
            return problem
        for key in ("userlist", "grouplist", "allow_userlist"):
            merged[key] = [str(v).lower() for v in merged[key]]
        group.update(merged)
        self.group_updates += 1
        return _error(0, "updated")

    def _group_get(self, request: Request) -> Response:
        group = self.groups.get((request.arg("groupid") or "").strip().lower())
        if group is None:
            return _error(600008, "group not found")
        return Response(200, {"errcode": 0, "errmsg": "ok", **{k: (list(v) if isinstance(v, list) else v)
                                                               for k, v in group.items()}})
