"""Who has signed in at Alibaba Mail, and the user object as the review reads it (core/providers/alibaba_review.py):
``GET /v2/users/{id or email}``'s ``lastLoginTime`` (webmail and the apps) and ``lastLoginTime4StandardProtocol``
(IMAP/POP/SMTP clients: the later of the two is the last sign-in; absent or the zero time: never),
``isInitialPassword`` (still the password an admin gave), ``status`` (``FREEZE``: frozen), ``createdTime``,
``emailAliases`` — from github.com/eryajf/go-alimail alimail/user.go (``User``), a client of the API: each
(unconfirmed) against Alibaba's own reference (https://mailhelp.aliyun.com/openapi could not be read). This module
imports nothing of alibaba.py (which calls it), so the two make no circle."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from mailwizard.core.activation import (
    PASSWORD_CHANGED,
    SIGNED_IN,
    ActivationReport,
    MemberActivation,
    invited,
    moment,
    now_utc,
    stamp,
    unknown,
)
from mailwizard.core.providers.base import NotFound
from mailwizard.core.review.model import ReviewAccount

if TYPE_CHECKING:
    from mailwizard.core.providers.alibaba import AlibabaProvider

USER_SOURCE = "https://github.com/eryajf/go-alimail/blob/main/alimail/user.go"
FROZEN, NORMAL = "FREEZE", "NORMAL"


def _latest(*values: object) -> str | None:
    times = [t for t in (moment(v) for v in values) if t is not None]
    return stamp(max(times)) if times else None


def account_of(user: dict[str, Any]) -> ReviewAccount:
    initial = user.get("isInitialPassword")
    return ReviewAccount(
        id=str(user.get("id", "")), address=str(user.get("email", "")).lower(), name=str(user.get("name") or ""),
        suspended=user.get("status") == FROZEN, created=stamp(moment(user.get("createdTime"))),
        last_sign_in=_latest(user.get("lastLoginTime"), user.get("lastLoginTime4StandardProtocol")),
        password_changed=(not initial) if isinstance(initial, bool) else None,
        aliases=tuple(str(a).lower() for a in user.get("emailAliases") or ()))


def activation_of(user: dict[str, Any], address: str, now: dt.datetime) -> MemberActivation:
    """Never signed in (neither sign-in time) → invited since ``createdTime``; signed in with ``isInitialPassword``
    still true → signed in; false → the password changed (the member's own)."""
    account = account_of(user)
    if account.last_sign_in is None:
        return invited(address, account.name, moment(account.created), now)
    state = PASSWORD_CHANGED if account.password_changed else SIGNED_IN
    return MemberActivation(address, account.name, state, account.last_sign_in, None)


async def read_activation(provider: AlibabaProvider, addresses: list[str]) -> ActivationReport:
    """AlibabaProvider.activation: each address's user object; one not found is "unknown". The source named is
    go-alimail's (unconfirmed against Alibaba's reference)."""
    now, members = now_utc(), []
    for address in addresses:
        try:
            user = (await provider.api.get(f"{provider.base}/users/{quote(address, safe='@')}")).json()
        except NotFound:
            members.append(unknown(address))
            continue
        members.append(activation_of(user, address, now))
    return ActivationReport(members, True, USER_SOURCE, stamp(now) or "")
