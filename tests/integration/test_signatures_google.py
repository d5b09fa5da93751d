"""Signatures and vacation auto-replies for 100 Google Workspace members through the Google fake's Gmail API, as the
session installs them (core/session/signatures.py, core/providers/google_signatures.py): a service account acting as
each member; faults injected (answers lost after the change, requests lost before it, server errors before and
after): every mailbox ends with exactly one change of each kind, a lost answer settled by reading back, never sent
again blindly; installing again sends nothing; a crash left "sending" is read back first. A browser sign-in cannot:
it says so (the files instead)."""

from __future__ import annotations

import asyncio
import json
from collections import Counter

import pytest

from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.flow import Step
from mailwizard.core.members.model import Member
from mailwizard.core.providers.connection import AppRegistration, Connections, Endpoints
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.google_signatures import visible
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.providers.service_account import ServiceAccountKey
from mailwizard.core.secrets import MemoryStore
from mailwizard.core.session.runner import LoopRunner
from mailwizard.core.session.session import Session
from mailwizard.core.session.signatures import SCOPE, SENDING
from mailwizard.core.session.signatures_events import (
    SignatureFailed,
    SignatureInstalled,
    SignatureInstallFinished,
    SignatureUncertain,
)
from mailwizard.core.signatures.design import AutoReply, SignatureDesign
from mailwizard.core.signatures.payload import fingerprint, payload
from mailwizard.core.store import Store
from mailwizard.sandbox.fake_http import Fault
from tests.integration.provider_helpers import ScriptedBrowser
from tests.servers.google_fake import GoogleFake

D = "example-corp.com"
ADMIN = f"admin@{D}"
FAST = RetryPolicy(attempts=4, base_delay=0.01, max_delay=0.05)
SA_EMAIL = "mailwizard@example-corp.iam.gserviceaccount.com"
COUNT = 100
DESIGN = SignatureDesign(company="Example Corp", phone="+86 21 5555 0000", logo="https://example-corp.com/logo.png",
                         legal="This message may be confidential.", languages={f"m007@{D}": "zh_CN"},
                         autoreply=AutoReply(start="2026-12-24", end="2027-01-02", contact=f"office@{D}"))


def _members() -> tuple[Member, ...]:
    return tuple(Member(display_name=f"Member {i:03}", local_part=f"m{i:03}", job_title="Engineer",
                        department="R&D", phone=f"+86 138 0000 {i:04}") for i in range(COUNT))


@pytest.fixture
def google():
    with GoogleFake(primary_domain=D, admin_email=ADMIN) as fake:
        for member in _members():
            fake.add_user(member.address(D))
        yield fake


@pytest.fixture
def world(google, tmp_path):
    """(session factory, events seen); each session signed in as the test asks, shut down at the end."""
    seen: list = []
    made: list[Session] = []

    def session(provider) -> Session:
        s = Session(Store(tmp_path / "state"), load_catalogue(), LoopRunner(), frozenset(Step), emit=seen.append)
        s.update(provider_id="google", domain=D, connected_account=ADMIN)
        s.replace(members=_members())
        s.provider.api = provider
        s.signatures.zone = __import__("datetime").UTC
        made.append(s)
        return s

    yield session, seen
    for s in made:
        s.shutdown()


def _connections(google: GoogleFake) -> Connections:
    return Connections(MemoryStore(), Endpoints(GoogleEndpoints.at(google.base_url), GraphEndpoints.at(
        google.base_url)), policy=FAST, rate=None)


async def _service_account(google: GoogleFake):
    from joserfc.jwk import RSAKey

    key = RSAKey.generate_key(2048)
    google.register_service_account(SA_EMAIL, key.as_pem(private=False))
    text = json.dumps({"type": "service_account", "client_email": SA_EMAIL,
                       "private_key": key.as_pem(private=True).decode(), "token_uri": google.base_url + "/token"})
    provider, _account = await _connections(google).connect_service_account(ServiceAccountKey.from_json(text, ADMIN))
    return provider


def _run(google: GoogleFake, session, body, *, browser: bool = False):
    async def scenario():
        if browser:
            provider, _a = await _connections(google).connect("google", AppRegistration(
                "test-client-id", "test-client-secret"), ScriptedBrowser(), "ok")
        else:
            provider = await _service_account(google)
        s = session(provider)
        try:
            return await body(s)
        finally:
            await s.runner.idle()
            await provider.close()

    return asyncio.run(scenario())


async def _install(s: Session, *kinds: str) -> None:
    for kind in kinds:
        s.signatures.install(kind)
        await s.runner.idle()


def _writes(google: GoogleFake) -> int:
    return sum(1 for r in google.requests if r.method in ("PUT", "PATCH") and "/settings/" in r.path)


def _of(seen: list, kind) -> list:
    return [e for e in seen if isinstance(e, kind)]


def _check_every_mailbox(google: GoogleFake, s: Session) -> None:
    for member in _members():
        address = member.address(D)
        language = s.signatures.language_of(address)
        sig = payload("signature", DESIGN, member, address, language)
        reply = payload("autoreply", DESIGN, member, address, language, __import__("datetime").UTC)
        assert visible(google.signatures[address]) == visible(sig["html"])
        vacation = google.vacations[address]
        assert vacation["enableAutoReply"] is True and vacation["responseSubject"] == reply["subject"]
        assert vacation["startTime"] == "1798070400000" and vacation["endTime"] == "1798934400000"  # UTC days
        assert visible(vacation["responseBodyHtml"]) == visible(reply["html"])
    assert google.gmail_writes == Counter({(k, m.address(D)): 1 for m in _members() for k in ("signature",
                                                                                              "autoreply")})


def test_100_members_exactly_once_under_faults(google: GoogleFake, world) -> None:
    session, seen = world
    sig, vac = "/settings/sendAs/", "/settings/vacation"
    for fault in (Fault.drop_after(times=4, path=sig, method="PATCH"),      # made, answer lost: read back → done
                  Fault.drop_before(times=3, path=sig, method="PATCH"),     # lost before: read back → not made
                  Fault.status(503, {"error": {"code": 503, "message": "Backend Error", "status": "UNAVAILABLE"}},
                               times=3, path=vac, method="PUT"),            # refused before: read back → not made
                  Fault.status_after(500, {"error": {"code": 500, "message": "Backend Error"}}, times=4, path=vac,
                                     method="PUT")):                        # made, then a server error: done
        google.inject(fault)

    async def first(s: Session) -> None:
        s.signatures.set_design(DESIGN)
        assert s.signatures.can_install() == {"signature": True, "autoreply": True}
        await _install(s, "signature", "autoreply")

    _run(google, session, first)
    finished = {e.kind: e for e in _of(seen, SignatureInstallFinished)}
    assert (finished["signature"].installed, finished["signature"].failed) == (COUNT - 3, 3)
    assert (finished["autoreply"].installed, finished["autoreply"].failed) == (COUNT - 3, 3)
    assert {e.problem for e in _of(seen, SignatureFailed)} == {"signature.not_applied"}
    assert not _of(seen, SignatureUncertain)
    assert max(google.gmail_writes.values()) == 1 and len(google.gmail_writes) == 2 * COUNT - 6
    # each refused or lost request was sent once only (nothing resent by itself): 6 writes more than carried out
    assert _writes(google) == 2 * COUNT

    seen.clear()
    _run(google, session, lambda s: _install(s, "signature", "autoreply"))  # install again: the 6 left are sent
    assert len(_of(seen, SignatureInstalled)) == 2 * COUNT and not _of(seen, SignatureFailed)
    _check_every_mailbox(google, _probe(world, google))
    assert _writes(google) == 2 * COUNT + 6

    seen.clear()
    _run(google, session, lambda s: _install(s, "signature", "autoreply"))  # and again: nothing is sent
    assert _writes(google) == 2 * COUNT + 6
    assert len(_of(seen, SignatureInstalled)) == 2 * COUNT


def _probe(world, google: GoogleFake) -> Session:
    """A session (not signed in) to ask the members' languages of."""
    s = world[0](None)
    s.signatures.set_design(DESIGN)
    return s


def test_a_lost_answer_that_cannot_be_read_back_stays_uncertain_and_is_read_before_any_resend(google, world) -> None:
    session, seen = world
    one = [f"m001@{D}"]
    google.inject(Fault.drop_after(times=1, path="/settings/sendAs/", method="PATCH"))
    google.inject(Fault.status(503, {"error": {"code": 503, "message": "Backend Error"}}, times=4,
                               path="/settings/sendAs/", method="GET"))  # every read-back attempt

    async def body(s: Session) -> None:
        s.signatures.set_design(DESIGN)
        s.signatures.install("signature", one)
        await s.runner.idle()

    _run(google, session, body)
    assert [(e.kind, e.address) for e in _of(seen, SignatureUncertain)] == [("signature", one[0])]
    assert google.gmail_writes[("signature", one[0])] == 1
    seen.clear()
    _run(google, session, lambda s: _install(s, "signature"))  # read back first: it was made, not sent again
    assert google.gmail_writes[("signature", one[0])] == 1 and _writes(google) == COUNT
    assert len(_of(seen, SignatureInstalled)) == COUNT


def test_a_crash_left_sending_is_read_back_before_anything_is_sent(google, world, tmp_path) -> None:
    session, seen = world
    made, lost = f"m002@{D}", f"m003@{D}"
    store = Store(tmp_path / "state")
    for address in (made, lost):
        member = next(m for m in _members() if m.address(D) == address)
        data = payload("signature", DESIGN, member, address, "en")
        store.journal_put(SCOPE, f"signature:{address}", SENDING,
                          json.dumps({"mark": fingerprint(data), "provider": "google"}))
        if address == made:  # the change reached Gmail before the crash
            google.signatures[address] = data["html"]
    store.close()

    async def body(s: Session) -> None:
        s.signatures.set_design(DESIGN)
        s.signatures.install("signature", [made, lost])
        await s.runner.idle()

    _run(google, session, body)
    assert google.gmail_writes[("signature", made)] == 0 and google.gmail_writes[("signature", lost)] == 1
    assert {e.address for e in _of(seen, SignatureInstalled)} == {made, lost}
    assert Store(tmp_path / "state").journal_get(SCOPE, f"signature:{made}")[0] == "done"


def test_a_browser_sign_in_says_it_needs_delegation_and_sends_nothing(google, world) -> None:
    session, seen = world

    async def body(s: Session) -> dict:
        s.signatures.set_design(DESIGN)
        can = s.signatures.can_install()
        await _install(s, "signature", "autoreply")
        return can

    can = _run(google, session, body, browser=True)
    assert can == {"signature": "signature.needs_delegation", "autoreply": "signature.needs_delegation"}
    assert [e.problem for e in _of(seen, SignatureFailed)] == ["signature.needs_delegation"] * 2
    assert _writes(google) == 0


def test_the_fake_keeps_gmails_rules(google, world) -> None:
    """Another user's settings, a signature over 10,000 characters, a vacation ending before it starts, an empty
    auto-reply: each refused as Gmail documents it (gmail.v1.json, support.google.com/mail/answer/8395)."""
    async def body(s: Session) -> list[int]:
        gmail = s.provider.api.endpoints.gmail
        api = s.provider.profile.open_signatures(s.provider.api)._api(f"m004@{D}")
        codes = []
        for method, tail, sent in (
                ("PATCH", f"sendAs/m005@{D}", {"signature": "x"}),                      # not this user's address
                ("PATCH", f"sendAs/m004@{D}", {"signature": "x" * 10_001}),
                ("PUT", "vacation", {"enableAutoReply": True, "responseSubject": "Away", "startTime": "2000",
                                     "endTime": "1000"}),
                ("PUT", "vacation", {"enableAutoReply": True})):
            try:
                await api.request(method, f"{gmail}/users/me/settings/{tail}", json=sent, once=True)
                codes.append(200)
            except Exception as exc:
                codes.append(type(exc).__name__)
        other = s.provider.profile.open_signatures(s.provider.api)._api(f"m004@{D}")
        try:
            await other.request("GET", f"{gmail}/users/m006@{D}/settings/vacation")
        except Exception as exc:
            codes.append(type(exc).__name__)
        return codes

    assert _run(google, world[0], body) == ["NotFound", "InvalidRequest", "InvalidRequest", "InvalidRequest",
                                            "PermissionDenied"]
    assert not google.gmail_writes
