"""Activation after a fresh start (core/session/activation.py): the window asks once at start while someone has not
signed in, and the provider's sign-in is restored from the keychain first; a reminder sent before the Invitations
step has been shown in this run builds its messages from the words the window lends."""

from __future__ import annotations

import asyncio

from mailwizard.core.activation import INVITED, PASSWORD_CHANGED
from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.flow import Step
from mailwizard.core.providers.connection import Connections, Endpoints
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.secrets import MemoryStore
from mailwizard.core.session.activation_events import ActivationFailed, ActivationRead, RemindDone
from mailwizard.core.session.runner import LoopRunner
from mailwizard.core.session.session import Session
from mailwizard.core.store import Store
from tests.integration.test_activation_session import FAST, PEOPLE, TEXTS, D, connected, make_session, of, seed
from tests.servers.google_fake import GoogleFake


def signed_in_earlier(tmp_path, google: GoogleFake) -> Connections:
    """A first run: signed in (the refresh token kept in the keychain), invitations sent, then closed."""
    endpoints = Endpoints(GoogleEndpoints.at(google.base_url), GraphEndpoints.at(google.base_url))
    conns = Connections(MemoryStore(), endpoints, policy=FAST, rate=None)
    first = make_session(tmp_path / "first", google, [], conns)

    async def run():
        await connected(first)
        await first.provider.api.close()

    asyncio.run(run())
    first.shutdown()
    return conns


def fresh_start(tmp_path, google: GoogleFake, conns: Connections, seen: list) -> Session:
    s = make_session(tmp_path / "again", google, seen, conns)
    s.invitations.texts = None  # as after a start: the Invitations page has not been built
    s.update(invitations_done=True)
    assert s.provider.api is None
    return s


def test_at_start_the_sign_in_is_restored_and_read_once_a_run(tmp_path) -> None:
    seen: list = []
    with GoogleFake() as google:
        seed(google)
        conns = signed_in_earlier(tmp_path, google)
        s = fresh_start(tmp_path, google, conns, seen)

        async def run():
            started = s.activation.check_once()
            again_while_reading = s.activation.check_once()
            await s.runner.idle()
            later = s.activation.check_once()
            await s.provider.api.close()
            return started, again_while_reading, later

        started, again_while_reading, later = asyncio.run(run())
        s.shutdown()
    assert started and again_while_reading and not later  # one read a run: a second ask while reading joins it
    assert not of(seen, ActivationFailed)
    (read,) = of(seen, ActivationRead)
    states = {m.address: m.state for m in read.report.members}
    assert states[f"ann@{D}"] == INVITED and states[f"bo@{D}"] == PASSWORD_CHANGED


def test_nothing_is_read_at_start_before_the_invitations_nor_once_everyone_is_in(tmp_path) -> None:
    seen: list = []
    s = Session(Store(tmp_path), load_catalogue(), LoopRunner(), frozenset(Step), emit=seen.append,
                call_later=lambda _d, save: save())
    s.update(provider_id="west", domain=D, members_done=True)
    s.replace(members=tuple(PEOPLE[:2]))
    assert not s.activation.should_check()  # not invited yet
    s.update(invitations_done=True)
    assert s.activation.should_check()  # nobody has looked yet
    s.activation.refresh()  # West Digital reports nothing: everyone stays "not known", so it is asked again
    assert s.activation.should_check()
    s.shutdown()


def test_a_reminder_after_a_fresh_start_uses_the_lent_words_and_the_restored_sign_in(tmp_path) -> None:
    seen: list = []
    with GoogleFake() as google:
        seed(google)
        conns = signed_in_earlier(tmp_path, google)
        s = fresh_start(tmp_path, google, conns, seen)
        s.activation.lend_texts(lambda: TEXTS)

        async def run():
            s.activation.remind([f"ann@{D}"], new_password=True)
            await s.runner.idle()
            await s.provider.api.close()

        asyncio.run(run())
        s.shutdown()
        sent = [m for m in google.sent_messages if m["To"].addresses[0].addr_spec == "ann@personal.example"]
        password = google.users[f"ann@{D}"]["_password"]
    (done,) = of(seen, RemindDone)
    assert done.sent == 1 and done.failed == [] and not of(seen, ActivationFailed)
    assert len(sent) == 1 and sent[0].get_body(("plain",)).get_content().startswith("Hello Ann Never,")
    assert password in sent[0].get_body(("plain",)).get_content()


def test_a_reminder_without_any_words_says_why_instead_of_crashing(tmp_path) -> None:
    seen: list = []
    with GoogleFake() as google:
        seed(google)
        s = make_session(tmp_path, google, seen)
        s.invitations.texts = None
        assert s.activation.remind([f"ann@{D}"]) is None
        s.shutdown()
    assert [e.problem for e in of(seen, ActivationFailed)] == ["activation.failed"]
