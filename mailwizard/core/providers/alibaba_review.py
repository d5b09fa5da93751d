"""Alibaba Mail's account review (core/review/api.ReviewApi) over an open AlibabaProvider.

What the open API reports, per account (``GET /v2/users/{id or email}``, and the same user objects listed
department by department, ``GET /v2/departments/{id}/users``), from github.com/eryajf/go-alimail alimail/user.go
(``User``) and alimail/common.go — a client of the API, not Alibaba's own reference, which could not be read
(https://mailhelp.aliyun.com/openapi), so each is (unconfirmed) against Alibaba's own words:
- ``status``: ``NORMAL`` 正常 or ``FREEZE`` 被冻结 (frozen: cannot sign in); ``freezedTime``.
- ``lastLoginTime`` (webmail and the apps) and ``lastLoginTime4StandardProtocol`` (IMAP/POP/SMTP clients): the
  later of the two is the last sign-in; absent or the zero time: never.
- ``isInitialPassword``: still on the password an admin gave (true) — "password unchanged".
- ``emailAliases``: the account's other addresses.
- ``createdTime``.
Not reported by the open API as far as any source reached says (so "not reported by Alibaba Mail"): admin roles
(the console's 管理员设置), forwarding (each member's own 自动转发 setting in webmail), mailbox use and size.

Actions: suspend = ``PATCH /v2/users/{id}`` ``{"status": "FREEZE"}``, undone with ``{"status": "NORMAL"}``
(go-alimail's UpdateUserReq carries ``status``; that PATCH takes it alone: unconfirmed).
(The reminder's new temporary password, ``resetPassword``: AlibabaProvider.set_password.)
Who has signed in (AlibabaProvider.activation, the wizard's activation step) is read from the same fields:
core/providers/alibaba_activation.py, (unconfirmed) as the review's are.
The postmaster account is the organisation's own admin, the one that signs in to the console
(https://www.alibabacloud.com/help/en/alibaba-mail/latest/how-to-reset-password-of-employee-accounts: "Log on to
Alibaba Mail with the postmaster account and go to the mail management console").
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import quote

from mailwizard.core.activation import now_utc, stamp
from mailwizard.core.providers.alibaba import ROOT_DEPARTMENT
from mailwizard.core.providers.alibaba_activation import FROZEN, NORMAL, USER_SOURCE, account_of
from mailwizard.core.providers.base import NotFound, NotSupported
from mailwizard.core.review.model import (
    ACTIVITY,
    ALIASES,
    PASSWORD,
    STATUS,
    SUSPEND,
    ReviewAccount,
    ReviewAction,
    ReviewSnapshot,
)

if TYPE_CHECKING:
    from mailwizard.core.providers.alibaba import AlibabaProvider

API_SOURCE = "https://www.alibabacloud.com/help/en/alibaba-mail/latest/open-api-platform"
ADMIN_LOCAL_PART = "postmaster"


class AlibabaReview:
    reported: ClassVar[frozenset[str]] = frozenset({STATUS, ACTIVITY, PASSWORD, ALIASES})
    sources: ClassVar[dict[str, str]] = {**dict.fromkeys((STATUS, ACTIVITY, PASSWORD, ALIASES), USER_SOURCE),
                                         "api": API_SOURCE}

    def __init__(self, provider: AlibabaProvider) -> None:
        self.provider = provider

    def actions(self) -> frozenset[str]:
        return frozenset({SUSPEND})

    # --- reading ------------------------------------------------------------------------------
    async def _users(self) -> list[dict[str, Any]]:
        """Every account's user object, department by department from the root (one in two departments once)."""
        provider, users, queue, seen = self.provider, {}, [ROOT_DEPARTMENT], set()
        while queue:
            department = queue.pop(0)
            if department in seen:
                continue
            seen.add(department)
            path = f"{provider.base}/departments/{quote(department, safe='$')}"
            for user in await provider._pages(f"{path}/users", "users"):
                users.setdefault(str(user["id"]), user)
            queue += [str(d["id"]) for d in await provider._pages(f"{path}/departments", "departments")]
        # a listing that leaves the status out is completed from the account itself (unconfirmed which it does)
        return [u if "status" in u else await self._user(str(u["id"])) or u for u in users.values()]

    async def _user(self, key: str) -> dict[str, Any] | None:
        try:
            return (await self.provider.api.get(f"{self.provider.base}/users/{quote(key, safe='@')}")).json()
        except NotFound:
            return None

    async def _admin_address(self, accounts: tuple[ReviewAccount, ...]) -> str:
        org = (await self.provider.api.get(f"{self.provider.base}/organization/$current")).json()
        domain = str(org.get("domain") or "").lower()
        admins = [a.address for a in accounts if a.address.split("@")[0] == ADMIN_LOCAL_PART]
        return next((a for a in admins if a.endswith("@" + domain)), admins[0] if admins else "")

    async def _extra(self, users: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
        """More ReviewAccount fields per address, where a subclass reads more than the open API reports."""
        return {}

    async def snapshot(self) -> ReviewSnapshot:
        users = await self._users()
        extra = await self._extra(users)
        accounts = tuple(sorted((self._with(account_of(u), extra) for u in users), key=lambda a: a.address))
        return ReviewSnapshot(accounts, await self._admin_address(accounts), self.reported, dict(self.sources),
                              stamp(now_utc()) or "")

    @staticmethod
    def _with(account: ReviewAccount, extra: dict[str, dict[str, Any]]) -> ReviewAccount:
        from dataclasses import replace

        return replace(account, **extra.get(account.address, {}))

    async def account(self, address: str) -> ReviewAccount | None:
        user = await self._user(address)
        if user is None:
            return None
        return self._with(account_of(user), await self._extra([user]))

    # --- acting -------------------------------------------------------------------------------
    async def _set_status(self, address: str, status: str) -> None:
        await self.provider.api.request("PATCH", f"{self.provider.base}/users/{quote(address, safe='@')}",
                                        json={"status": status}, once=True)

    async def prepare(self, action: ReviewAction) -> dict | None:
        """What the undo will need, read before anything is sent (ReviewApi.prepare): the status before."""
        if action.kind != SUSPEND:
            raise NotSupported()
        before = await self._user(action.address)
        if before is None:
            raise NotFound(what=action.address)
        return {"status": NORMAL if before.get("status") != FROZEN else FROZEN}

    async def apply(self, action: ReviewAction) -> dict:
        undo = await self.prepare(action) or {}
        await self._set_status(action.address, FROZEN)
        return undo

    async def undo(self, action: ReviewAction, undo: dict) -> None:
        if action.kind != SUSPEND:
            raise NotSupported()
        await self._set_status(action.address, NORMAL if undo.get("status") != FROZEN else FROZEN)

    def is_applied(self, action: ReviewAction, account: ReviewAccount | None) -> bool:
        return action.kind == SUSPEND and account is not None and account.suspended


def open_review(provider: AlibabaProvider) -> AlibabaReview:
    return AlibabaReview(provider)
