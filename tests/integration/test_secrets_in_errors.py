"""A provider that quotes the Authorization header and the tokens back in its error: the journal keeps the
provider's words without them, and no log handler (the console's at DEBUG, the file's, one added later)
prints them."""

from __future__ import annotations

import asyncio
import io
import logging
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from mailwizard.core.logs import hide, redact, setup_logging
from mailwizard.core.members.bulk import create_accounts
from mailwizard.core.members.failures import read_failure
from mailwizard.core.providers.connection import AppRegistration, Connections, Endpoints
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.secrets import MemoryStore
from mailwizard.core.store import Store
from mailwizard.sandbox.fake_http import Fault
from tests.integration.provider_helpers import ScriptedBrowser, members
from tests.servers.google_fake import GoogleFake

GOOGLE_APP = AppRegistration("test-client-id", "test-client-secret")
DOMAIN = "example.com"


@pytest.fixture
def handlers(tmp_path: Path) -> Iterator[dict[str, io.StringIO | Path]]:
    """The app's logging: the console's handler (logging.basicConfig in app.main) first, then the log file at
    DEBUG, then a handler someone adds later; every library at DEBUG."""
    root, factory = logging.getLogger(), logging.getLogRecordFactory()
    levels = {name: logging.getLogger(name).level for name in ("", "httpx", "httpcore")}
    console, later = io.StringIO(), io.StringIO()
    console_handler = logging.StreamHandler(console)
    root.addHandler(console_handler)
    path = setup_logging(tmp_path / "logs", logging.DEBUG)
    root.setLevel(logging.DEBUG)
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.DEBUG)
    later_handler = logging.StreamHandler(later)
    later_handler.setFormatter(logging.Formatter("%(levelname)s %(name)s %(message)s"))
    root.addHandler(later_handler)
    yield {"console": console, "file": path, "added later": later}
    for handler in list(root.handlers):
        if handler in (console_handler, later_handler) or getattr(handler, "baseFilename", "").startswith(
                str(tmp_path)):
            root.removeHandler(handler)
            handler.close()
    for name, level in levels.items():
        logging.getLogger(name).setLevel(level)
    logging.setLogRecordFactory(factory)


def test_tokens_quoted_in_a_providers_error_reach_neither_the_journal_nor_any_log(
        tmp_path: Path, handlers: dict) -> None:
    store = Store(tmp_path / "state")
    accounts = members(DOMAIN, 2)
    log = logging.getLogger("mailwizard.core.providers")
    with GoogleFake(primary_domain="example-corp.com") as google:
        endpoints = Endpoints(GoogleEndpoints.at(google.base_url), GraphEndpoints.at(google.base_url))
        conns = Connections(MemoryStore(), endpoints, policy=RetryPolicy(attempts=3, base_delay=0.01), rate=None)

        async def scenario():
            provider, _account = await conns.connect("google", GOOGLE_APP, ScriptedBrowser(), "ok")
            token = provider.session.token  # type: ignore[attr-defined]
            said = (f"Invalid header Authorization: Bearer {token['access_token']}; "
                    f"refresh_token={token['refresh_token']}")
            body = {"error": {"code": 400, "message": said, "errors": [{"reason": "invalid", "message": said}]}}
            try:
                await provider.add_domain(DOMAIN)
                google.set_domain_verified(DOMAIN)
                google.inject(Fault.status(400, body, path="/users$", method="POST", times=1))
                report = await create_accounts(provider, accounts, store, concurrency=1)
                # what a developer's debug line or a library's request log would print
                log.debug("provider answered %s", body)
                async with httpx.AsyncClient() as client:  # a token in the query string (Tencent's style)
                    await client.get(f"{google.base_url}/admin/directory/v1/customer/my_customer/domains",
                                     params={"access_token": token["access_token"]})
                try:
                    raise RuntimeError(f"refused: {said}")
                except RuntimeError:
                    log.exception("create failed for client_secret=%s", GOOGLE_APP.client_secret)
            finally:
                await provider.close()
            return report, token

        report, token = asyncio.run(scenario())
        tokens = set(google.issued_tokens()) | {token["access_token"], token["refresh_token"], "test-client-secret"}
    [failed] = report.failed
    assert report.created == [accounts[1].address]
    state, _remote, error = store.journal_all("members:google")[failed]
    store.close()
    key, params = read_failure(error)
    assert state == "failed" and key == "provider.invalid"
    assert "Invalid header Authorization" in params["detail"]  # the provider's words are kept, not its tokens
    assert not [t for t in tokens if t in error or t in report.failed[failed]]
    for name, output in handlers.items():
        for handler in logging.getLogger().handlers:
            handler.flush()
        text = output.read_text(encoding="utf-8") if isinstance(output, Path) else output.getvalue()
        assert "provider answered" in text and "HTTP Request" in text and "RuntimeError" in text, name
        assert not [t for t in tokens if t in text], f"a token in the {name} log"


def test_what_is_hidden() -> None:
    hide("p4ss-Wörd-with-no-shape")  # a secret this run holds: hidden whatever surrounds it
    text = redact("Authorization: Basic dXNlcjpwYXNz url https://anna:S3cret@smtp.example.com/ "
                  "redirect /cb?code=4/0AbCdEf&state=x id_token eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiIxIn0.c2ln "
                  "the password is p4ss-Wörd-with-no-shape, plan Business Basic, error code: 403")
    for secret in ("dXNlcjpwYXNz", "S3cret", "4/0AbCdEf", "eyJhbGci", "p4ss-Wörd"):
        assert secret not in text
    assert "Business Basic" in text and "error code: 403" in text and "https://anna:[hidden]@smtp" in text
