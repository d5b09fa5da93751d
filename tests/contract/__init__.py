"""Contract checks of the test fakes against the providers' own machine-readable API descriptions.

``google_discovery``: Google's discovery documents (shipped in google-api-python-client); ``graph_sdk``: the URL
templates and models of Microsoft's msgraph-sdk. Each fake calls its checker first thing for every request; a
request outside the contract is answered with the provider's 400/404 AND recorded here, and the autouse fixture in
tests/conftest.py fails the test that made it (``pytest.mark.contract_violation`` for tests that mean to).
"""

from __future__ import annotations

import threading

_lock = threading.Lock()
_violations: list[str] = []


def record(fake: str, method: str, path: str, reason: str) -> None:
    """Remember that ``fake`` refused ``method path`` for ``reason`` (called from the fakes' server threads)."""
    with _lock:
        _violations.append(f"{fake}: {method} {path}: {reason}")


def take() -> list[str]:
    """The violations recorded since the last call, and forget them."""
    with _lock:
        found = list(_violations)
        _violations.clear()
        return found
