"""Practice mode's account review: Alibaba Mail's (core/providers/alibaba_review.py) plus what the practice
sandbox reports through its own calls (sandbox/practice_review.py) — admin roles, forwarding, mailbox use — so a
rehearsal shows the whole review, with removing an admin role and a forwarding, each undone."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING, Any, ClassVar
from urllib.parse import quote

from mailwizard.core.providers.alibaba_review import AlibabaReview
from mailwizard.core.providers.base import AlreadyExists, NotFound
from mailwizard.core.review.model import (
    FACTS,
    REMOVE_ADMIN,
    REMOVE_FORWARDING,
    SUSPEND,
    AdminRole,
    Forwarding,
    ReviewAccount,
    ReviewAction,
)

if TYPE_CHECKING:
    from mailwizard.core.providers.practice import PracticeProvider

SOURCE = "mailwizard/sandbox/practice_review.py"


def _fields(facts: dict[str, Any]) -> dict[str, Any]:
    return {"admin_roles": tuple(AdminRole(str(r["id"]), str(r["name"])) for r in facts.get("adminRoles", ())),
            "forwarding": tuple(Forwarding(str(f["id"]), str(f["to"]).lower(), "auto")
                                for f in facts.get("forwarding", ())),
            "used_mb": facts.get("usedMb"), "quota_mb": facts.get("quotaMb")}


class PracticeReview(AlibabaReview):
    reported: ClassVar[frozenset[str]] = frozenset(FACTS)
    sources: ClassVar[dict[str, str]] = {
        **{fact: SOURCE for fact in FACTS}, **AlibabaReview.sources}

    def __init__(self, provider: PracticeProvider) -> None:
        super().__init__(provider)
        self.base = f"{provider.base}/practice/accounts"

    def actions(self) -> frozenset[str]:
        return frozenset({SUSPEND, REMOVE_ADMIN, REMOVE_FORWARDING})

    def _url(self, address: str, *rest: str) -> str:
        return "/".join([self.base, quote(address, safe="@"), *(quote(p, safe="") for p in rest)])

    async def _extra(self, users: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
        if len(users) == 1:
            address = str(users[0].get("email", "")).lower()
            return {address: _fields((await self.provider.api.get(self._url(address))).json())}
        facts = (await self.provider.api.get(self.base)).json().get("accounts", {})
        return {str(address).lower(): _fields(f) for address, f in facts.items()}

    async def prepare(self, action: ReviewAction) -> dict | None:
        if action.kind == SUSPEND:
            return await super().prepare(action)
        account = await self.account(action.address)
        if account is None:
            raise NotFound(what=action.address)
        if action.kind == REMOVE_ADMIN:
            role = next((r for r in account.admin_roles if r.id == action.target), None)
            if role is None:
                raise NotFound(what=action.target)
            return {"id": role.id, "name": role.name}
        forwarding = next((f for f in account.forwarding if f.id == action.target), None)
        if forwarding is None:
            raise NotFound(what=action.target)
        return {"id": forwarding.id, "to": forwarding.to}

    async def apply(self, action: ReviewAction) -> dict:
        if action.kind == SUSPEND:
            return await super().apply(action)
        undo = await self.prepare(action) or {}
        kind = "adminRoles" if action.kind == REMOVE_ADMIN else "forwarding"
        await self.provider.api.request("DELETE", self._url(action.address, kind, str(undo["id"])), once=True)
        return undo

    async def undo(self, action: ReviewAction, undo: dict) -> None:
        if action.kind == SUSPEND:
            return await super().undo(action, undo)
        kind = "adminRoles" if action.kind == REMOVE_ADMIN else "forwarding"
        with contextlib.suppress(AlreadyExists):  # back already (given again meanwhile): what the undo wants
            await self.provider.api.post(self._url(action.address, kind), json=dict(undo), once=True)

    def is_applied(self, action: ReviewAction, account: ReviewAccount | None) -> bool:
        if action.kind == SUSPEND:
            return super().is_applied(action, account)
        if account is None:
            return False
        held = account.admin_roles if action.kind == REMOVE_ADMIN else account.forwarding
        return all(item.id != action.target for item in held)


def open_review(provider: PracticeProvider) -> PracticeReview:
    return PracticeReview(provider)
