"""Practice mode's provider: Alibaba Mail's protocol, spoken to the sandbox API on loopback. Its own id
keeps its journal, passwords and settings apart from a real provider's."""

from __future__ import annotations

from urllib.parse import quote

import httpx

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
from mailwizard.core.providers.alibaba import AlibabaEndpoints, AlibabaProvider
from mailwizard.core.providers.base import NotConnected, NotFound


class PracticeProvider(AlibabaProvider):
    id = "practice"
    domain_api = False  # as its profile says (tests/unit/test_provider_profile.py holds them equal)

    def __init__(self, app_id: str, secret: str, endpoints: AlibabaEndpoints, **options) -> None:
        # practice can never reach a real provider: only the sandbox on this computer
        if any(httpx.URL(url).host not in ("127.0.0.1", "::1") for url in (endpoints.token_url, endpoints.api)):
            raise NotConnected()
        super().__init__(app_id, secret, endpoints, **options)

    async def activation(self, addresses: list[str], baselines: dict | None = None) -> ActivationReport:
        """Practice's sandbox tells who has signed in (its own call, mailwizard/sandbox/practice_api.py)."""
        now, members = now_utc(), []
        for address in addresses:
            try:
                data = (await self.api.get(f"{self.base}/practice/sign-ins/{quote(address, safe='@')}")).json()
            except NotFound:
                members.append(unknown(address))
                continue
            signed = moment(data.get("lastSignInTime"))
            if signed is None:
                members.append(invited(address, "", moment(data.get("createdTime")), now))
            else:
                state = PASSWORD_CHANGED if data.get("passwordChanged") else SIGNED_IN
                members.append(MemberActivation(address, "", state, stamp(signed), None))
        return ActivationReport(members, True, "mailwizard/sandbox/practice_api.py", stamp(now) or "")

    def __repr__(self) -> str:
        return f"PracticeProvider(api={self.endpoints.api!r})"
