"""Who has signed in at Google Workspace: Directory API users.get's ``lastLoginTime``, ``creationTime`` and
``changePasswordAtNextLogin`` (https://developers.google.com/workspace/admin/directory/reference/rest/v1/users;
the same fields in googleapiclient's discovery document admin.directory_v1.json). A user who never signed in has
``lastLoginTime`` "1970-01-01T00:00:00.000Z", the Unix epoch (not in Google's reference: seen by GAM,
https://github.com/GAM-team/GAM/issues/488, and https://github.com/doitintl/DoiT-AdminPulse-for-Workspace/issues/9;
unconfirmed by Google's docs). MailWizard makes every account with changePasswordAtNextLogin true, and Google clears
it once the person has chosen a password (unconfirmed: inferred from the field's description)."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING
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

if TYPE_CHECKING:
    from mailwizard.core.providers.google import GoogleProvider

SOURCE = "https://developers.google.com/workspace/admin/directory/reference/rest/v1/users"


def state_of(user: dict, address: str, now: dt.datetime) -> MemberActivation:
    name = str((user.get("name") or {}).get("fullName", ""))
    last = moment(user.get("lastLoginTime"))
    if last is None:
        return invited(address, name, moment(user.get("creationTime")), now)
    state = SIGNED_IN if user.get("changePasswordAtNextLogin") else PASSWORD_CHANGED
    return MemberActivation(address, name, state, stamp(last), None)


async def read_activation(provider: GoogleProvider, addresses: list[str]) -> ActivationReport:
    now, members = now_utc(), []
    for address in addresses:
        try:
            user = (await provider.api.get(f"{provider.endpoints.directory}/users/{quote(address)}")).json()
        except NotFound:
            members.append(unknown(address))
            continue
        members.append(state_of(user, address, now))
    return ActivationReport(members, True, SOURCE, stamp(now) or "")


async def set_password(provider: GoogleProvider, address: str, password: str) -> None:
    """A new temporary password, to be changed at the next sign-in: users.update with ``password`` and
    ``changePasswordAtNextLogin`` (https://developers.google.com/workspace/admin/directory/reference/rest/v1/users/
    update). Sent once: a lost answer is AmbiguousOutcome, never sent again by itself."""
    body = {"password": password, "changePasswordAtNextLogin": True}
    await provider.api.request("PUT", f"{provider.endpoints.directory}/users/{quote(address)}", json=body, once=True)
