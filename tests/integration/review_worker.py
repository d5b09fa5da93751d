"""A separate process that runs review actions through the session's review step (core/session/review.py) against
Google's fake, so a test can kill it mid-action (as a crash or a power cut would) and check that the next run
leaves no half-done change and sends nothing twice.

    python -m tests.integration.review_worker BASE_URL TOKEN STATE_DIR DOMAIN ADMIN MODE [KIND|ADDRESS|TARGET ...]

MODE: ``act`` (each action once, in order), ``undo`` (each one's undo) or ``resume`` (settle what was left). The
last line is the review's history as JSON.
"""

from __future__ import annotations

import asyncio
import json
import sys
from pathlib import Path

from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.flow import Step
from mailwizard.core.providers.auth import TokenSession
from mailwizard.core.providers.google import GoogleEndpoints, GoogleProvider
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.review.model import ReviewAction
from mailwizard.core.session.runner import LoopRunner
from mailwizard.core.session.session import Session
from mailwizard.core.store import Store


async def main(base_url: str, token: str, state_dir: str, domain: str, admin: str, mode: str,
               actions: list[ReviewAction]) -> None:
    endpoints = GoogleEndpoints.at(base_url)
    tokens = TokenSession(endpoints.oauth, "test-client-id", {"access_token": token, "expires_in": 3600})
    provider = GoogleProvider(tokens, endpoints, policy=RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05),
                              rate=None)
    session = Session(Store(Path(state_dir)), load_catalogue(), LoopRunner(), frozenset(Step),
                      emit=lambda event: print(type(event).__name__, flush=True))
    session.update(provider_id="google", domain=domain, connected_account=admin)
    session.provider.api = provider
    review = session.review
    try:
        if mode == "resume":
            review.resume()
            await session.runner.idle()
        for action in actions:
            (review.run_action if mode == "act" else review.undo_action)(action)
            await session.runner.idle()
        history = [{"key": r.action.key, "state": r.state, "undoable": r.undoable} for r in review.history()]
        print(json.dumps(history), flush=True)
    finally:
        await provider.close()
        session.shutdown()


if __name__ == "__main__":
    base, token, state, domain, admin, mode = sys.argv[1:7]
    chosen = [ReviewAction(*text.split("|", 2)) for text in sys.argv[7:]]
    asyncio.run(main(base, token, state, domain, admin, mode, chosen))
