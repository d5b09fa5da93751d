"""Tencent Exmail's shared addresses (邮件群组, mail groups) and personal aliases (``slaves``, 别名) through its open
API (core/providers/shared_api.SharedApi) over an open TencentProvider.

From exmail.qq.com/qy_mng_logic/doc (通讯录管理), the fields as restated by the QQ::exmail CPAN SDK, which links each
call to its section (metacpan.org/pod/QQ::exmail::group, ::user):
- group/create (https://exmail.qq.com/qy_mng_logic/doc#10022): ``groupid`` (the address), ``groupname``, the members
  from ``userlist`` / ``grouplist`` / ``department`` — at least one of them ("至少一个") — and ``allow_type``
  (群发权限, required: 0 企业成员 only the company, 1 任何人 anyone, 2 组内成员, 3 指定成员).
- group/update (#10023) takes the same fields, group/get (#10025) gives them back: the delivery check reads
  ``userlist``.
- user/update (#10015) ``slaves``: "别名列表 1.Slaves 上限为5个 2.Slaves 为邮箱格式" — five aliases per account;
  fields not given keep their values, so the list sent is the account's whole list. user/get (#10017) gives
  ``slaves`` back.
- user/batchcheck (#10020): what an address is — "-1:帐号号无效; 0:帐号名未被占用; 1:主帐号; 2:别名帐号; 3:邮件群组帐号"
  (core/providers/tencent.py check_addresses) — the clash check.
Error codes from the Exmail return-code table of third-party clients (exMailMsgMapper, util.GetErrcode: 600005
别名与userid或者Groupid冲突, 600006 别名数量达到上限, 600008 邮件群组不存在, 600015 邮件群组已存在, 600024 Groupid与
userid或者别名冲突 …), not read on Tencent's own page (unconfirmed). The group name's 64 bytes: WeCom's 邮件群组 page
(developer.work.weixin.qq.com/document/path/95510), taken for Exmail's (unconfirmed).

A group cannot be made empty (members "至少一个"; 600009 群组成员为空), and SharedApi makes a group before it adds its
members. So ``create_group`` only checks that the address is free and hands back the group to be; the first
``add_members`` sends group/create with its members (once: a lost answer is settled by group/get before anything is
sent again; an address holds one group only, so it is never made twice). The group's id is its address, as Tencent's
``groupid`` is; a group still to be made carries its ``allow_type`` after a "#" so that a resumed run — which
rebuilds the group from its journal — makes it as it was asked.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mailwizard.core.providers.base import (
    AlreadyExists,
    AmbiguousOutcome,
    InvalidRequest,
    NotFound,
    TooLong,
)
from mailwizard.core.providers.shared_api import ALIAS, FREE, GROUP, USER, RemoteGroup, SharedSupport
from mailwizard.core.providers.tencent import ALIAS as TENCENT_ALIAS
from mailwizard.core.providers.tencent import GROUP as TENCENT_GROUP
from mailwizard.core.providers.tencent import USER as TENCENT_USER
from mailwizard.core.providers.tencent import _Errcode

if TYPE_CHECKING:
    from mailwizard.core.providers.tencent import TencentProvider

DOC = "https://exmail.qq.com/qy_mng_logic/doc#10022"
MAX_ALIASES = 5             # user/update #10015 "Slaves 上限为5个"
GROUP_NAME_BYTES = 64       # (unconfirmed) WeCom's limit for the same call
EVERYONE, COMPANY = 1, 0    # allow_type: 1 任何人, 0 企业成员

TAKEN = {600001, 600002, 600005, 600015, 600024}  # a clash with an account, an alias or a group (unconfirmed codes)
GROUP_MISSING = {600008}

SUPPORT = SharedSupport(groups=True, aliases=True, members_listed=True, outside_mail=True,
                        group_name_max_bytes=GROUP_NAME_BYTES,
                        aliases_per_user=MAX_ALIASES, source="https://exmail.qq.com/qy_mng_logic/doc")


def _to_be(address: str, allow_type: int) -> str:
    return f"{address}#{allow_type}"


def _allow_type(group: RemoteGroup, default: int) -> int:
    _, _, after = group.id.partition("#")
    return int(after) if after in ("0", "1") else default


class TencentShared:
    support = SUPPORT

    def __init__(self, provider: TencentProvider) -> None:
        self.p = provider

    async def _call(self, method: str, path: str, *, once: bool = False, **kwargs: Any) -> dict[str, Any]:
        try:
            response = await self.p.api.request(method, f"{self.p.endpoints.api}/{path}", once=once, **kwargs)
        except _Errcode as exc:
            if exc.code in TAKEN:
                raise AlreadyExists(what="") from None
            if exc.code in GROUP_MISSING:
                raise NotFound() from None
            raise InvalidRequest(detail=exc.message[:200]) from None
        return response.json()

    async def who_has(self, address: str) -> str:
        kind = (await self.p.check_addresses([address.lower()])).get(address.lower())
        return {TENCENT_USER: USER, TENCENT_ALIAS: ALIAS, TENCENT_GROUP: GROUP}.get(kind, FREE)  # type: ignore[arg-type]

    async def _get(self, address: str) -> dict[str, Any] | None:
        try:
            return await self._call("GET", "group/get", params={"groupid": address.lower()})
        except NotFound:
            return None

    async def find_group(self, address: str) -> RemoteGroup | None:
        data = await self._get(address)
        if data is None:
            return None
        return RemoteGroup(address.lower(), str(data.get("groupid") or address).lower(), str(data.get("groupname", "")))

    async def create_group(self, address: str, name: str, *, outside: bool) -> RemoteGroup:
        """Nothing is sent that makes anything (see the module's docstring): the address must be free."""
        address, name = address.lower(), name.strip() or address.split("@")[0]
        if len(name.encode("utf-8")) > GROUP_NAME_BYTES:
            raise TooLong(value=name, limit=str(GROUP_NAME_BYTES), chinese=str(GROUP_NAME_BYTES // 3))
        if await self.who_has(address) != FREE:
            raise AlreadyExists(what=address)
        return RemoteGroup(_to_be(address, EVERYONE if outside else COMPANY), address, name)

    async def add_members(self, group: RemoteGroup, addresses: list[str]) -> None:
        wanted = list(dict.fromkeys(a.lower() for a in addresses))
        for _ in range(3):
            data = await self._get(group.address)
            if data is None:
                if not wanted:
                    return  # nothing to make it with: the run refuses a shared address without recipients
                body = {"groupid": group.address, "groupname": group.name or group.address.split("@")[0],
                        "userlist": wanted, "allow_type": _allow_type(group, EVERYONE)}
                try:
                    await self._call("POST", "group/create", json=body, once=True)
                    return
                except (AlreadyExists, AmbiguousOutcome):
                    # a lost answer, or made meanwhile: read back (group/get) before anything is sent again. An
                    # address holds one group only (600015 邮件群组已存在), so a create can never make two.
                    continue
            present = [str(u).lower() for u in data.get("userlist") or []]
            missing = [a for a in wanted if a not in present]
            if not missing:
                return
            try:
                # the whole list: sending it again changes nothing, so a lost answer is looked at and sent again
                await self._call("POST", "group/update", json={"groupid": group.address, "userlist": present + missing})
                return
            except AmbiguousOutcome:
                continue
        raise AmbiguousOutcome()

    async def group_members(self, group: RemoteGroup) -> list[str]:
        data = await self._get(group.address)
        if data is None:
            raise NotFound(what=group.address)
        return [str(u).lower() for u in data.get("userlist") or []]

    async def aliases(self, address: str) -> list[str]:
        data = await self._call("GET", "user/get", params={"userid": address.lower()})
        return [str(s).lower() for s in data.get("slaves") or []]

    async def add_alias(self, address: str, alias: str) -> None:
        """Sent once with the account's whole list; AlreadyExists when the alias is another account's, an alias
        elsewhere or a group's."""
        alias, current = alias.lower(), await self.aliases(address)
        if alias in current:
            return
        if len(current) >= MAX_ALIASES:
            raise InvalidRequest(detail=f"{address}: {MAX_ALIASES} aliases already")
        try:
            await self._call("POST", "user/update", json={"userid": address.lower(), "slaves": [*current, alias]},
                             once=True)
        except AlreadyExists:
            raise AlreadyExists(what=alias) from None


def open_shared(provider: TencentProvider) -> TencentShared:
    return TencentShared(provider)
