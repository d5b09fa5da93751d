"""The copy INTO Google Workspace and Microsoft 365: the new mailboxes are real Dovecot servers that take no password
from MailWizard, only OAuth access tokens (SASL XOAUTH2 / OAUTHBEARER) checked by Dovecot's oauth2 passdb against
the loopback token services that issued them (tests/servers/imap_oauth.py): the service account's token per
member (GoogleFake's JWT grant), the admin's Exchange IMAP token from the refresh token (GraphFake). A copy arrives
identical; no delegation, no Full Access and a refused token each stop that member with its own message."""

from __future__ import annotations

import asyncio
import base64
import dataclasses
import json
from pathlib import Path

import pytest

from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.flow import Step
from mailwizard.core.migration.imap import ImapClient, TokenRefused
from mailwizard.core.providers.connection import AppRegistration, Connections, Endpoints
from mailwizard.core.providers.google import SCOPES as GOOGLE_SCOPES
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.google_mail_tokens import MAIL_SCOPE
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.microsoft import SCOPES as GRAPH_SCOPES
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.providers.service_account import ServiceAccountKey
from mailwizard.core.secrets import MemoryStore
from mailwizard.core.session.migration import DONE, FAILED, MemberCopy, SourceServer, secret_name
from mailwizard.core.session.migration_events import CopyFailed, MemberCopied, TargetAccessChecked
from mailwizard.core.session.runner import LoopRunner
from mailwizard.core.session.session import Session
from mailwizard.core.store import Store
from tests.integration.provider_helpers import ScriptedBrowser
from tests.integration.test_migration_copy import FOLDER_MAP, OLD_PW, of, trust, until_finished
from tests.servers.dovecot import TARGET_SPECIAL, LoopbackDovecot, seed_mailbox, skip_unless_dovecot
from tests.servers.google_fake import GoogleFake
from tests.servers.graph_fake import GraphFake
from tests.servers.imap_oauth import google_introspection, graph_introspection

pytestmark = pytest.mark.timeout(240)
FAST = RetryPolicy(attempts=2, base_delay=0.01, max_delay=0.05)
G, M = "example-corp.com", "contoso.onmicrosoft.com"
SA_EMAIL = "mailwizard@example-corp.iam.gserviceaccount.com"
PER_MEMBER = 150


def _expected(old: LoopbackDovecot, login: str) -> dict:
    from collections import Counter

    return {FOLDER_MAP.get(f, f): Counter(msgs) for f, msgs in old.messages(login).items()}


def _held(new: LoopbackDovecot, address: str) -> dict:
    from collections import Counter

    return {f: Counter(msgs) for f, msgs in new.messages(address).items()}


def _people(old: LoopbackDovecot, new: LoopbackDovecot, domain: str, names: list[str]) -> list[MemberCopy]:
    out = []
    for who in names:
        old.add_user(f"{who}@old.example", OLD_PW + who, folders=seed_mailbox(PER_MEMBER, who=who))
        new.add_user(f"{who}@{domain}", "never-used-" + who)  # a password MailWizard is never given
        out.append(MemberCopy(f"{who}@{domain}", f"{who}@{domain}", f"{who}@old.example"))
    return out


def _session(tmp_path: Path, seen: list, old: LoopbackDovecot, new: LoopbackDovecot, provider_id: str, admin: str,
             domain: str, api, secrets: MemoryStore | None = None) -> Session:
    s = Session(Store(tmp_path / "state"), load_catalogue(), LoopRunner(), frozenset(Step), emit=seen.append,
                connections=Connections(secrets or MemoryStore(), Endpoints.real()))
    s.update(provider_id=provider_id, domain=domain, connected_account=admin)
    s.provider.api = api
    s.migration.target_server = ("127.0.0.1", new.port)
    context = trust(old, new)
    s.migration.tls_context = lambda: context
    return s


async def _copy(s: Session, seen: list, old: LoopbackDovecot, members: list[MemberCopy]):
    for m in members:  # the old mailboxes' passwords only: none for the new ones
        s.migration.set_password("source", m.source_login, OLD_PW + m.source_login.split("@")[0])
    s.migration.start(SourceServer("127.0.0.1", old.port, "ssl"), members)
    return await until_finished(seen)


# --- Google Workspace: the service account's token per member --------------------------------------------------
@pytest.fixture
def google_world(tmp_path):
    skip_unless_dovecot()
    with GoogleFake(primary_domain=G, admin_email=f"admin@{G}") as fake, google_introspection(fake) as tokens, \
            LoopbackDovecot() as old, LoopbackDovecot(special=TARGET_SPECIAL, oauth2=tokens.conf) as new:
        yield fake, old, new


async def _service_account(fake: GoogleFake, delegated_scopes: set[str] | None = None):
    from joserfc.jwk import RSAKey

    key = RSAKey.generate_key(2048)
    fake.register_service_account(SA_EMAIL, key.as_pem(private=False), delegated_scopes=delegated_scopes)
    text = json.dumps({"type": "service_account", "client_email": SA_EMAIL,
                       "private_key": key.as_pem(private=True).decode(), "token_uri": fake.base_url + "/token"})
    conns = Connections(MemoryStore(), Endpoints(GoogleEndpoints.at(fake.base_url), GraphEndpoints.at(fake.base_url)),
                        policy=FAST, rate=None)
    provider, _account = await conns.connect_service_account(ServiceAccountKey.from_json(text, f"admin@{G}"))
    return provider


def test_a_copy_into_google_workspace_signs_in_with_each_members_token(google_world, tmp_path: Path) -> None:
    fake, old, new = google_world
    members = _people(old, new, G, ["li", "wang"])
    for m in members:
        fake.add_user(m.address)
    old.start()
    new.start()
    seen: list = []
    secrets = MemoryStore()

    async def scenario():
        s = _session(tmp_path, seen, old, new, "google", f"admin@{G}", G, await _service_account(fake), secrets)
        assert s.migration.target_auth() == "google_service_account"
        return await _copy(s, seen, old, members)

    finished = asyncio.run(scenario())
    assert of(seen, CopyFailed) == []
    assert {a: st.state for a, st in finished.summary.items()} == {m.address: DONE for m in members}
    assert sorted((e.address, e.copied) for e in of(seen, MemberCopied)) == [(m.address, PER_MEMBER)
                                                                             for m in members]
    for m in members:
        assert _held(new, m.address) == _expected(old, m.source_login)
    log = new.log()
    assert "method=XOAUTH2" in log and "method=PLAIN" not in log  # Dovecot took the tokens, never a password
    assert not any(secret_name("target", m.address) in secrets.values for m in members)


def test_google_without_delegation_for_the_mail_scope_says_which_scope(google_world, tmp_path: Path) -> None:
    fake, old, new = google_world
    members = _people(old, new, G, ["li"])
    fake.add_user(members[0].address)
    old.start()
    new.start()
    seen: list = []

    async def scenario():
        provider = await _service_account(fake, delegated_scopes=set(GOOGLE_SCOPES))  # all but the mail scope
        s = _session(tmp_path, seen, old, new, "google", f"admin@{G}", G, provider)
        return await _copy(s, seen, old, members)

    finished = asyncio.run(scenario())
    assert [(e.address, e.problem) for e in of(seen, CopyFailed)] == [(members[0].address,
                                                                       "migration.target_needs_delegation")]
    assert MAIL_SCOPE in of(seen, CopyFailed)[0].detail
    assert finished.summary[members[0].address].state == FAILED
    assert sum(len(v) for v in new.messages(members[0].address).values()) == 0


def test_login_oauth_xoauth2_and_oauthbearer_and_a_refused_token(google_world, tmp_path: Path) -> None:
    """ImapClient straight against Dovecot: both mechanisms sign in with a token the fake issued; a token it never
    issued is refused with the server's JSON reason decoded, and the token is nowhere in the error."""
    fake, _old, new = google_world
    new.add_user(f"li@{G}", "x")
    fake.add_user(f"li@{G}")
    new.start()

    async def scenario():
        provider = await _service_account(fake)
        from mailwizard.core.providers.google_mail_tokens import open_mail_tokens

        token = await open_mail_tokens(provider, f"admin@{G}").token(f"li@{G}")
        context = trust(new)
        for mech in ("XOAUTH2", "OAUTHBEARER"):
            client = await ImapClient.connect("127.0.0.1", new.port, "ssl", side="target", context=context)
            other = "AUTH=XOAUTH2" if mech == "OAUTHBEARER" else "AUTH=OAUTHBEARER"
            client.capabilities = frozenset(c for c in client.capabilities if c != other)
            await client.login_oauth(f"li@{G}", token)
            assert "IMAP4REV1" in client.capabilities
            await client.logout()
        client = await ImapClient.connect("127.0.0.1", new.port, "ssl", side="target", context=context)
        bad = "ya29.never-issued-" + "x" * 40
        with pytest.raises(TokenRefused) as refused:
            await client.login_oauth(f"li@{G}", bad)
        await client.logout()
        return refused.value, token

    refused, token = asyncio.run(scenario())
    assert refused.key == "migration.target_signin_again" and refused.side == "target"
    assert refused.reason.get("status") == "401" and refused.reason.get("schemes") == "bearer"
    assert "never-issued" not in str(refused) + refused.detail + repr(refused.args)
    assert token not in new.log() and base64.b64encode(token.encode()).decode()[:40] not in new.log()


# --- Microsoft 365: the admin's token, Full Access to each mailbox -----------------------------------------------
@pytest.fixture
def graph_world(tmp_path):
    skip_unless_dovecot()
    full_access: set[str] = set()
    with GraphFake() as fake, graph_introspection(fake, f"admin@{M}", full_access) as tokens, \
            LoopbackDovecot() as old, LoopbackDovecot(special=TARGET_SPECIAL, oauth2=tokens.conf) as new:
        yield fake, old, new, full_access


async def _signed_in(fake: GraphFake, *, consent_imap: bool = True):
    graph = GraphEndpoints.at(fake.base_url)
    if not consent_imap:  # a sign-in made before MailWizard asked for IMAP
        graph = dataclasses.replace(graph, oauth=dataclasses.replace(graph.oauth, consent_scopes=()))
    conns = Connections(MemoryStore(), Endpoints(GoogleEndpoints.at(fake.base_url), graph), policy=FAST, rate=None)
    provider, _account = await conns.connect("microsoft", AppRegistration("test-client-id"), ScriptedBrowser(), "ok")
    return provider


def test_a_copy_into_microsoft_365_with_full_access_and_the_check_tells_who_is_missing(graph_world,
                                                                                      tmp_path: Path) -> None:
    fake, old, new, full_access = graph_world
    members = _people(old, new, M, ["bo", "cy", "di"])
    new.add_user(f"admin@{M}", "never-used-admin")
    full_access.update({f"bo@{M}", f"cy@{M}"})  # not di yet
    old.start()
    new.start()
    seen: list = []

    async def scenario():
        provider = await _signed_in(fake)
        s = _session(tmp_path, seen, old, new, "microsoft", f"admin@{M}", M, provider)
        assert s.migration.target_auth() == "microsoft_delegated"
        s.migration.check_access([m.target_login for m in members])
        while not of(seen, TargetAccessChecked):
            await asyncio.sleep(0.05)
        finished = await _copy(s, seen, old, members)
        await provider.close()
        return finished

    finished = asyncio.run(scenario())
    assert of(seen, TargetAccessChecked)[0].found == {f"bo@{M}": "", f"cy@{M}": "",
                                                      f"di@{M}": "migration.target_no_full_access"}
    assert [(e.address, e.problem) for e in of(seen, CopyFailed)] == [(f"di@{M}", "migration.target_no_full_access")]
    assert {a: st.state for a, st in finished.summary.items()} == {f"bo@{M}": DONE, f"cy@{M}": DONE,
                                                                   f"di@{M}": FAILED}
    for m in members[:2]:
        assert _held(new, m.address) == _expected(old, m.source_login)
    assert sum(len(v) for v in new.messages(f"di@{M}").values()) == 0
    tokens = [r for r in fake.requests if r.path.endswith("/oauth2/v2.0/token")]
    imap = [r.form() for r in tokens if "outlook.office.com" in r.form().get("scope", "")]
    assert len(imap) == 1  # one token for everyone, fetched once
    assert imap[0]["scope"].split() == ["https://outlook.office.com/IMAP.AccessAsUser.All", "offline_access"]
    redeemed = [r.form() for r in tokens if r.form().get("grant_type") == "authorization_code"]
    assert redeemed[0]["scope"].split() == list(GRAPH_SCOPES)  # the code was redeemed for Graph alone


def test_microsoft_without_imap_consent_or_with_a_dead_token_asks_to_sign_in_again(graph_world,
                                                                                  tmp_path: Path) -> None:
    fake, old, new, full_access = graph_world
    members = _people(old, new, M, ["bo"])
    full_access.add(f"bo@{M}")
    old.start()
    new.start()
    seen: list = []

    async def scenario():
        provider = await _signed_in(fake, consent_imap=False)
        s = _session(tmp_path, seen, old, new, "microsoft", f"admin@{M}", M, provider)
        first = await _copy(s, seen, old, members)
        await provider.close()
        seen.clear()
        provider = await _signed_in(fake)  # signed in again: consent given; then every token dies at once
        s2 = _session(tmp_path / "again", seen, old, new, "microsoft", f"admin@{M}", M, provider)
        await s2.migration.sign_in.tokens().token(f"bo@{M}")
        fake.expire_all_access_tokens()
        second = await _copy(s2, seen, old, members)
        await provider.close()
        return first, second

    first, second = asyncio.run(scenario())
    assert first.summary[f"bo@{M}"].problem == "migration.target_signin_again"
    assert second.summary[f"bo@{M}"].problem == "migration.target_signin_again"
    assert [e.problem for e in of(seen, CopyFailed)] == ["migration.target_signin_again"]
    assert sum(len(v) for v in new.messages(f"bo@{M}").values()) == 0


def test_not_connected_stops_each_member_before_anything_is_opened(tmp_path: Path) -> None:
    """Microsoft 365 chosen but the provider is not connected in this session: no token, no password asked for the
    new mailbox, and the old server is never even reached."""
    seen: list = []
    s = Session(Store(tmp_path / "state"), load_catalogue(), LoopRunner(), frozenset(Step), emit=seen.append,
                connections=Connections(MemoryStore(), Endpoints.real()))
    s.update(provider_id="microsoft", domain=M)
    s.migration.target_server = ("127.0.0.1", 9)  # nothing listens: a connection attempt would say so

    async def scenario():
        s.migration.set_password("source", "bo@old.example", "pw")
        s.migration.start(SourceServer("127.0.0.1", 9, "ssl"), [MemberCopy(f"bo@{M}", f"bo@{M}", "bo@old.example")])
        return await until_finished(seen)

    finished = asyncio.run(scenario())
    assert s.migration.target_auth() == "microsoft_delegated"
    assert [(e.address, e.problem) for e in of(seen, CopyFailed)] == [(f"bo@{M}", "migration.target_not_connected")]
    assert finished.summary[f"bo@{M}"].state == FAILED
