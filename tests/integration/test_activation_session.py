"""The activation step end to end (core/session/activation.py): who has signed in, read through Google's fake and
kept in the store; reminders through the invitations' own sender (Gmail API, SMTP), exactly once per click under a
lost answer, a second click a new send, in each member's language; a new temporary password set once."""

from __future__ import annotations

import asyncio
from collections import Counter
from dataclasses import replace

from mailwizard.core.activation import INVITED, PASSWORD_CHANGED, UNKNOWN
from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.flow import Step
from mailwizard.core.invitations.templates import Blocks
from mailwizard.core.members.model import Member
from mailwizard.core.providers.connection import AppRegistration, Connections, Endpoints
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.secrets import MemoryStore
from mailwizard.core.session.activation_events import ActivationFailed, ActivationRead, RemindDone, RemindProgress
from mailwizard.core.session.invitation_channel import VIA, VIA_SMTP
from mailwizard.core.session.invitations import InvitationTexts
from mailwizard.core.session.runner import LoopRunner
from mailwizard.core.session.session import Session
from mailwizard.core.store import Store
from mailwizard.sandbox.fake_http import Fault
from tests.integration.provider_helpers import ScriptedBrowser
from tests.servers.google_fake import DIRECTORY, GoogleFake
from tests.servers.graph_fake import GraphFake
from tests.servers.smtp_server import LoopbackSmtp

D = "example.com"
FAST = RetryPolicy(attempts=8, base_delay=0.01, max_delay=0.05)
TEXTS = InvitationTexts(Blocks("Your temporary password: {password}", "Your password will be handed to you.",
                               "Install the {app} app and sign in with {address}.",
                               "IMAP {imap_host} port {imap_port}, SMTP {smtp_host} port {smtp_port}."),
                        "Hello {name},", "Best regards.")
PEOPLE = [Member("Ann Never", "Never", "Ann", "ann", "ann@personal.example"),
          Member("Bo Changed", "Changed", "Bo", "bo", "bo@personal.example"),
          Member("张伟", "张", "伟", "zhang", "zw@personal.example"),
          Member("Gus Ghost", "Ghost", "Gus", "gus", "gus@personal.example")]


def make_session(tmp_path, fake, seen: list, conns: Connections | None = None, kind: str = "google") -> Session:
    store = Store(tmp_path)
    for m in PEOPLE:
        store.journal_put(f"members:{kind}", m.address(D), "created")
    conns = conns or Connections(MemoryStore(), Endpoints(GoogleEndpoints.at(fake.base_url),
                                                          GraphEndpoints.at(fake.base_url)), policy=FAST, rate=None)
    s = Session(store, load_catalogue(), LoopRunner(), frozenset(Step), connections=conns, emit=seen.append,
                call_later=lambda _d, save: save())
    s.update(provider_id=kind, domain=D, connected_account=getattr(fake, "admin_upn", "admin@example.com"),
             invitation_languages={f"zhang@{D}": "zh_CN"},
             company=replace(s.state.company, name="Example Trading", contact_name="Wang Fang",
                             contact_email="wangfang@example.com"))
    s.replace(members=tuple(PEOPLE))
    s.invitations.texts = lambda: TEXTS
    s.invitations.pace = 0
    return s


def seed(google: GoogleFake) -> None:
    for m in PEOPLE[:3]:
        google.add_user(m.address(D), m.given_name, m.family_name)
        google.users[m.address(D)]["changePasswordAtNextLogin"] = True
    google.member_signs_in(f"bo@{D}")


async def connected(s: Session, kind: str = "google") -> None:
    app = AppRegistration("test-client-id", "test-client-secret" if kind == "google" else None)
    provider, _account = await s.connections.connect(kind, app, ScriptedBrowser(), "ok")
    s.provider.api = provider


def of(seen: list, kind) -> list:
    return [e for e in seen if isinstance(e, kind)]


def test_refresh_finds_each_state_and_the_report_is_kept(tmp_path) -> None:
    seen: list = []
    with GoogleFake() as google:
        seed(google)
        s = make_session(tmp_path, google, seen)

        async def run():
            await connected(s)
            s.activation.refresh()
            await s.runner.idle()
            await s.provider.api.close()

        asyncio.run(run())
    (read,) = of(seen, ActivationRead)
    states = {m.address: m.state for m in read.report.members}
    assert states == {f"ann@{D}": INVITED, f"bo@{D}": PASSWORD_CHANGED, f"zhang@{D}": INVITED, f"gus@{D}": UNKNOWN}
    assert s.activation.not_signed_in() == [f"ann@{D}", f"zhang@{D}", f"gus@{D}"]
    assert read.report.members[3].name == "Gus Ghost"  # the member's own name where the provider knows none
    s.flush()
    s.shutdown()
    again = Session(Store(tmp_path), load_catalogue(), LoopRunner(), frozenset(Step))
    again.update(provider_id="google")
    assert again.activation.report() == read.report  # kept in the store, read back after a restart
    again.shutdown()


def test_reminders_through_gmail_go_once_per_click_and_a_lost_answer_stays_uncertain(tmp_path) -> None:
    seen: list = []
    waiting = [f"ann@{D}", f"zhang@{D}", f"gus@{D}"]
    with GoogleFake() as google:
        seed(google)
        s = make_session(tmp_path, google, seen)

        async def run():
            await connected(s)
            google.inject(Fault.drop_after(times=1, path="/gmail/v1/users/me/messages/send", method="POST"))
            first = s.activation.remind(waiting, new_password=False)
            await s.runner.idle()
            after_first = len(google.sent_messages)
            second = s.activation.remind(waiting, new_password=False)  # the admin clicks again: a new send
            await s.runner.idle()
            await s.provider.api.close()
            return first, second, after_first

        first, second, after_first = asyncio.run(run())
        s.shutdown()
        sent = [m["To"].addresses[0].addr_spec for m in google.sent_messages]
        subjects = {m["To"].addresses[0].addr_spec: m["Subject"] for m in google.sent_messages}
    assert first and second and first != second
    done = of(seen, RemindDone)
    assert done[0].sent == 2 and done[0].uncertain == [f"ann@{D}"] and done[0].failed == []
    assert after_first == 3, "the one whose answer was lost did go out, once"
    assert done[1].sent == 3 and done[1].uncertain == []
    assert Counter(sent) == {"ann@personal.example": 2, "zw@personal.example": 2, "gus@personal.example": 2}
    assert of(seen, RemindProgress)[-1] == RemindProgress(3, 3)
    assert subjects["zw@personal.example"].startswith("请激活"), "the member's own language (zh_CN)"
    assert not any(ord(c) > 0x3000 for c in subjects["ann@personal.example"])  # the session's, English
    assert s.store.journal_get(f"remind:{first}", f"ann@{D}")[0] == "uncertain"


def test_reminders_over_smtp_dropped_after_data_are_uncertain_and_never_resent(tmp_path) -> None:
    seen: list = []
    with GoogleFake() as google, LoopbackSmtp() as smtp:
        s = make_session(tmp_path, google, seen)
        s.update(smtp={"smtp_host": "127.0.0.1", "smtp_port": smtp.port, "smtp_security": "starttls",
                       "smtp_username": smtp.user, "sender_address": "office@example.com", VIA: VIA_SMTP})
        s.invitations.tls_context = smtp.client_context()
        s.invitations.retry_delay = 0.01
        s.invitations._password = "correct horse"
        smtp.drop_after_data = 1.0  # every message arrives whole, then the line drops before the 250

        async def run():
            s.activation.remind([f"ann@{D}", f"bo@{D}"], new_password=False)
            await s.runner.idle()

        asyncio.run(run())
        s.shutdown()
        delivered = Counter(m[1][0] for m in smtp.messages)
    (done,) = of(seen, RemindDone)
    assert done.sent == 0 and sorted(done.uncertain) == [f"ann@{D}", f"bo@{D}"] and not of(seen, ActivationFailed)
    assert delivered == {"ann@personal.example": 1, "bo@personal.example": 1}, "each went once, none again"


def test_a_new_temporary_password_is_set_once_and_mailed_with_the_reminder(tmp_path) -> None:
    seen: list = []
    with GoogleFake() as google:
        seed(google)
        s = make_session(tmp_path, google, seen)

        async def run():
            await connected(s)
            # ann's new password: the answer is lost after the change (uncertain: not set again, not mailed)
            google.inject(Fault.drop_after(times=1, path=DIRECTORY + f"/users/ann%40{D}", method="PUT"))
            s.activation.remind([f"ann@{D}", f"zhang@{D}"], new_password=True)
            await s.runner.idle()
            await s.provider.api.close()

        asyncio.run(run())
        s.shutdown()
        sent = {m["To"].addresses[0].addr_spec: m for m in google.sent_messages}
        new = google.users[f"zhang@{D}"]["_password"]
        updates = google.password_updates
    (done,) = of(seen, RemindDone)
    assert done.sent == 1 and done.uncertain == [f"ann@{D}"] and updates == 2
    assert list(sent) == ["zw@personal.example"]
    assert new in sent["zw@personal.example"].get_body(("plain",)).get_content()
    assert google.users[f"zhang@{D}"]["changePasswordAtNextLogin"] is True
    assert f"zhang@{D}" in s.store.get("activation-baselines:google")


def test_reminders_through_graph_and_a_new_password_is_mailwizards_not_the_members(tmp_path) -> None:
    """sendMail's answer lost: uncertain, once; the new temporary password moves lastPasswordChangeDateTime, and
    the next read still counts the member as waiting (MailWizard's own change, kept as a baseline)."""
    seen: list = []
    with GraphFake() as graph:
        for m in PEOPLE[:3]:
            graph.add_user(m.address(D), m.display_name)
            graph.age_user(m.address(D), 3)  # made three days ago: a password change now is far from it
        s = make_session(tmp_path, graph, seen, kind="microsoft")

        async def run():
            await connected(s, "microsoft")
            graph.inject(graph.lost_send_answer())
            s.activation.remind([f"ann@{D}", f"zhang@{D}"], new_password=True)
            await s.runner.idle()
            s.activation.refresh()
            await s.runner.idle()
            await s.provider.api.close()

        asyncio.run(run())
        s.shutdown()
        sent = [m["toRecipients"][0]["emailAddress"]["address"] for m in graph.sent_mail]
        subjects = {m["toRecipients"][0]["emailAddress"]["address"]: m["subject"] for m in graph.sent_mail}
    (done,) = of(seen, RemindDone)
    assert done.sent == 1 and done.uncertain == [f"ann@{D}"] and done.failed == []
    assert sent == ["ann@personal.example", "zw@personal.example"], "each once, the lost one too"
    assert subjects["zw@personal.example"].startswith("请激活")
    (read,) = of(seen, ActivationRead)
    zhang = graph.users[f"zhang@{D}"]
    assert zhang["lastPasswordChangeDateTime"][:10] > zhang["createdDateTime"][:10]  # moved by the reset
    assert {m.address: m.state for m in read.report.members} == {
        f"ann@{D}": INVITED, f"bo@{D}": INVITED, f"zhang@{D}": INVITED, f"gus@{D}": UNKNOWN}


def test_a_provider_without_an_admin_api_reports_nothing_and_says_so(tmp_path) -> None:
    seen: list = []
    s = Session(Store(tmp_path), load_catalogue(), LoopRunner(), frozenset(Step), emit=seen.append,
                call_later=lambda _d, save: save())
    s.update(provider_id="west", domain=D, members_done=True)  # accounts made by hand in West Digital's console
    s.replace(members=tuple(PEOPLE[:2]))
    s.activation.refresh()
    (read,) = of(seen, ActivationRead)
    assert not read.report.reported and read.report.source.startswith("https://www.west.cn")
    assert [(m.address, m.name, m.state) for m in read.report.members] == [
        (f"ann@{D}", "Ann Never", UNKNOWN), (f"bo@{D}", "Bo Changed", UNKNOWN)]
    assert s.activation.not_signed_in() == [f"ann@{D}", f"bo@{D}"]
    s.shutdown()
