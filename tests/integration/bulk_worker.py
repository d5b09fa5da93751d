"""A separate process that creates accounts, so a test can kill it mid-run (as a crash or a power cut
would) and check that the next run neither duplicates nor forgets anything.

    python -m tests.integration.bulk_worker BASE_URL ACCESS_TOKEN STATE_DIR DOMAIN COUNT
"""

from __future__ import annotations

import asyncio
import sys
from pathlib import Path

from mailwizard.core.members.bulk import create_accounts
from mailwizard.core.providers.auth import TokenSession
from mailwizard.core.providers.google import GoogleEndpoints, GoogleProvider
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.store import Store
from tests.integration.provider_helpers import members


async def main(base_url: str, token: str, state_dir: str, domain: str, count: int) -> None:
    endpoints = GoogleEndpoints.at(base_url)
    session = TokenSession(endpoints.oauth, "test-client-id", {"access_token": token, "expires_in": 3600})
    provider = GoogleProvider(session, endpoints, policy=RetryPolicy(attempts=8, base_delay=0.01, max_delay=0.05),
                              rate=None)
    store = Store(Path(state_dir))
    try:
        report = await create_accounts(provider, members(domain, count), store, concurrency=4)
        print(f"created {len(report.created)} skipped {len(report.skipped)} failed {len(report.failed)}", flush=True)
    finally:
        await provider.close()
        store.close()


if __name__ == "__main__":
    base, token, state, domain, count = sys.argv[1:6]
    asyncio.run(main(base, token, state, domain, int(count)))
