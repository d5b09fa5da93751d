"""Who has activated the account at Microsoft 365, without a premium licence: Graph's user ``createdDateTime`` and
``lastPasswordChangeDateTime`` (https://learn.microsoft.com/en-us/graph/api/resources/user — both read-only and
returned only on $select; "lastPasswordChangeDateTime: the time when this Microsoft Entra user last changed their
password or when their password was created"). ``signInActivity`` would tell the sign-in itself but needs a
Microsoft Entra ID P1 or P2 licence (same page), so it is not used. MailWizard makes every account with
forceChangePasswordNextSignIn, so the first sign-in changes the password: a change later than the creation (or than
a new temporary password MailWizard set, ``baselines``) is the member's own. Whether the creation and the first
password time differ by a second or two is not documented (unconfirmed): a margin absorbs it."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
from urllib.parse import quote

from mailwizard.core.activation import (
    PASSWORD_CHANGED,
    ActivationReport,
    MemberActivation,
    invited,
    moment,
    now_utc,
    stamp,
    unknown,
)
from mailwizard.core.providers.base import NotFound

if TYPE_CHECKING:
    from mailwizard.core.providers.microsoft import MicrosoftProvider

SOURCE = "https://learn.microsoft.com/en-us/graph/api/resources/user"
FIELDS = "id,userPrincipalName,displayName,createdDateTime,lastPasswordChangeDateTime"
MARGIN = dt.timedelta(minutes=2)  # the password set at creation (or by MailWizard) vs. the recorded time


def state_of(user: dict, address: str, now: dt.datetime, baseline: dt.datetime | None = None) -> MemberActivation:
    name = str(user.get("displayName") or "")
    created = moment(user.get("createdDateTime"))
    changed = moment(user.get("lastPasswordChangeDateTime"))
    start = max((t for t in (created, baseline) if t is not None), default=None)
    if changed is not None and start is not None and changed - start > MARGIN:
        return MemberActivation(address, name, PASSWORD_CHANGED, stamp(changed), None)
    return invited(address, name, start, now)


async def read_activation(provider: MicrosoftProvider, addresses: list[str],
                          baselines: dict[str, dt.datetime] | None = None) -> ActivationReport:
    now, members, baselines = now_utc(), [], baselines or {}
    for address in addresses:
        try:
            user = (await provider.api.get(f"{provider.graph}/users/{quote(address)}",
                                           params={"$select": FIELDS})).json()
        except NotFound:
            members.append(unknown(address))
            continue
        members.append(state_of(user, address, now, baselines.get(address.lower())))
    return ActivationReport(members, True, SOURCE, stamp(now) or "")


async def set_password(provider: MicrosoftProvider, address: str, password: str) -> None:
    """A new temporary password the member must change at the next sign-in: PATCH /users/{id} with passwordProfile
    (https://learn.microsoft.com/en-us/graph/api/user-update and resources/passwordprofile). Sent once."""
    body = {"passwordProfile": {"password": password, "forceChangePasswordNextSignIn": True}}
    await provider.api.request("PATCH", f"{provider.graph}/users/{quote(address)}", json=body, once=True)
