"""Tencent Exmail's account review (core/review/api.ReviewApi) over an open TencentProvider, from what its open API
documents (exmail.qq.com/qy_mng_logic/doc, 通讯录管理; the request and answer fields as restated by the QQ::exmail
CPAN SDK, metacpan.org/pod/QQ::exmail::user, and the client generated from the docs, github.com/Le1Feng/exmail
auto_active_fun.py):

- the accounts: user/simplelist of the root department with fetch_child=1, then user/get of each
  (https://exmail.qq.com/qy_mng_logic/doc#10017: the anchor (unconfirmed), after user/delete #10016):
  ``enable`` ("启用/禁用成员。1表示启用成员，0表示禁用成员"), ``slaves`` (别名列表, the aliases),
  ``cpwd_login`` ("用户重新登录时是否重设密码, 登陆重设密码后，该标志位还原": 1 while the person has not yet
  chosen their own password), ``name``.
- not reported: sign-ins (only the 系统日志 log/login call has them, reached with another app's secret, not the
  address-book app's MailWizard signs in with), when the account was made, admin roles (given in the console; the
  API has no call for them), forwarding (no call in 通讯录管理 or 功能设置: useroption's types are 安全登录 and
  IMAP/POP only, https://exmail.qq.com/qy_mng_logic/doc#10020) and mailbox use (none documented).
- the one action: suspend = user/update ``{"userid", "enable": 0}`` (https://exmail.qq.com/qy_mng_logic/doc#10015,
  "如果非必须的字段未指定，则不更新该字段之前的设置值"), undo ``"enable": 1``. Sent once; a lost answer is settled by
  reading the account again. There is no signed-in person to lock out: the API signs in as an app.
"""

from __future__ import annotations

import asyncio
import datetime as dt
from typing import TYPE_CHECKING, Any

from mailwizard.core.activation import stamp
from mailwizard.core.providers.base import InvalidRequest, NotFound
from mailwizard.core.review.model import (
    ALIASES,
    PASSWORD,
    STATUS,
    SUSPEND,
    ReviewAccount,
    ReviewAction,
    ReviewSnapshot,
)

if TYPE_CHECKING:
    from mailwizard.core.providers.tencent import TencentProvider

DOC = "https://exmail.qq.com/qy_mng_logic/doc"
USER_GET_DOC = DOC + "#10017"  # (anchor unconfirmed)
SOURCES = {STATUS: USER_GET_DOC, ALIASES: USER_GET_DOC, PASSWORD: USER_GET_DOC}
AT_ONCE = 4  # user/get calls at the same time (the provider's own rate limit spaces them)


class TencentReview:
    def __init__(self, provider: TencentProvider) -> None:
        self.p = provider

    def actions(self) -> frozenset[str]:
        return frozenset({SUSPEND})

    async def snapshot(self) -> ReviewSnapshot:
        users = await self.p.list_users()
        gate = asyncio.Semaphore(AT_ONCE)

        async def one(address: str) -> ReviewAccount | None:
            async with gate:
                return await self.account(address)

        found = await asyncio.gather(*(one(u.address) for u in users))
        accounts = tuple(a for a in found if a is not None)  # one deleted meanwhile is simply gone
        return ReviewSnapshot(accounts, "", frozenset(SOURCES), dict(SOURCES), stamp(dt.datetime.now(dt.UTC)) or "")

    async def account(self, address: str) -> ReviewAccount | None:
        try:
            data = await self.p._call("GET", "user/get", params={"userid": address})
        except NotFound:
            return None
        return _account(data, address)

    async def prepare(self, action: ReviewAction) -> dict | None:
        """What the undo will need, read before anything is sent (ReviewApi.prepare): whether it was disabled."""
        if action.kind != SUSPEND:
            raise InvalidRequest(detail=f"not offered here: {action.kind}")
        before = await self.account(action.address)
        if before is None:
            raise NotFound(what=action.address)
        return {"suspended": before.suspended}

    async def apply(self, action: ReviewAction) -> dict:
        undo = await self.prepare(action) or {}
        await self._enable(action.address, 0)
        return undo

    async def undo(self, action: ReviewAction, undo: dict) -> None:
        if action.kind == SUSPEND and not undo.get("suspended"):  # disabled before: left as it was
            await self._enable(action.address, 1)

    def is_applied(self, action: ReviewAction, account: ReviewAccount | None) -> bool:
        return action.kind == SUSPEND and account is not None and account.suspended

    async def _enable(self, address: str, enable: int) -> None:
        await self.p._call("POST", "user/update", json={"userid": address, "enable": enable}, once=True)


def _account(data: dict[str, Any], address: str) -> ReviewAccount:
    userid = str(data.get("userid") or address).lower()
    cpwd = data.get("cpwd_login")
    return ReviewAccount(
        id=userid, address=userid, name=str(data.get("name", "")),
        suspended=str(data.get("enable", 1)) == "0",
        password_changed=None if cpwd is None else str(cpwd) != "1",
        aliases=tuple(dict.fromkeys(str(a).lower() for a in data.get("slaves") or [] if a)))


def open_review(provider: TencentProvider) -> TencentReview:
    return TencentReview(provider)
