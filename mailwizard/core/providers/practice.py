"""Practice mode's provider: Alibaba Mail's protocol, spoken to the sandbox API on loopback. Its own id
keeps its journal, passwords and settings apart from a real provider's."""

from __future__ import annotations

import httpx

from mailwizard.core.providers.alibaba import AlibabaEndpoints, AlibabaProvider
from mailwizard.core.providers.base import NotConnected


class PracticeProvider(AlibabaProvider):
    id = "practice"
    domain_api = False  # as its profile says (tests/unit/test_provider_profile.py holds them equal)

    def __init__(self, app_id: str, secret: str, endpoints: AlibabaEndpoints, **options) -> None:
        # practice can never reach a real provider: only the sandbox on this computer
        if any(httpx.URL(url).host not in ("127.0.0.1", "::1") for url in (endpoints.token_url, endpoints.api)):
            raise NotConnected()
        super().__init__(app_id, secret, endpoints, **options)

    def __repr__(self) -> str:
        return f"PracticeProvider(api={self.endpoints.api!r})"
