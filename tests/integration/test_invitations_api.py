"""Invitations from the signed-in admin's mailbox through the Gmail API and Microsoft Graph sendMail, against the
loopback fakes, over connections made as the app makes them (Connections.connect with the browser sign-in)."""

from __future__ import annotations

import asyncio

import pytest

from mailwizard.core.invitations.api_sender import ProviderMailSender
from mailwizard.core.invitations.sender import UNCERTAIN, SendProblem, send_invitations
from mailwizard.core.invitations.templates import Blocks, Invitation, build_message
from mailwizard.core.providers.connection import AppRegistration, Connections, Endpoints
from mailwizard.core.providers.google import GMAIL_SEND_SCOPE, GoogleEndpoints
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.secrets import MemoryStore
from mailwizard.core.store import Store
from mailwizard.sandbox.fake_http import Fault
from tests.integration.provider_helpers import ScriptedBrowser
from tests.servers.google_fake import GMAIL_SEND, SCOPE_GMAIL_SEND, GoogleFake
from tests.servers.graph_fake import GraphFake

FAST = RetryPolicy(attempts=8, base_delay=0.01, max_delay=0.05)
BLOCKS = Blocks("Your temporary password: {password}", "Your temporary password will be handed to you separately.",
                "On your phone, install the {app} app and sign in with {address}.",
                "On your phone, add an account with IMAP {imap_host} port {imap_port} and SMTP {smtp_host} "
                "port {smtp_port}.")
APPS = {"google": AppRegistration("test-client-id", "test-client-secret"),
        "microsoft": AppRegistration("test-client-id")}
LOGO = (b"\x89PNG\r\n\x1a\n" + b"\0" * 64, "png")


def fake_for(kind: str, **options):
    return GoogleFake(**options) if kind == "google" else GraphFake(**options)


async def connect(kind: str, fake):
    endpoints = Endpoints(GoogleEndpoints.at(fake.base_url), GraphEndpoints.at(fake.base_url))
    conns = Connections(MemoryStore(), endpoints, policy=FAST, rate=None)
    return await conns.connect(kind, APPS[kind], ScriptedBrowser(), "ok")


def messages(count: int, sender: str):
    def invitation(i: int) -> Invitation:
        return Invitation("zh_CN", f"张伟{i}", f"zw{i}@personal.example", f"zhang.wei{i}@例子.中国", "例子贸易", "王芳",
                          "wangfang@163.com", "Google Workspace", "https://mail.google.com/", f"张伟{i}，您好：",
                          "祝工作顺利。", None, "Gmail")
    return [(f"m{i}", build_message(invitation(i), BLOCKS, sender=sender, sender_name="例子贸易 王芳",
                                    message_domain=sender.rsplit("@", 1)[-1], logo=LOGO)) for i in range(count)]


def sent_to(kind: str, fake) -> list[str]:
    """The personal address of every message the fake accepted, in order."""
    if kind == "google":
        return [m["To"].addresses[0].addr_spec for m in fake.sent_messages]
    return [m["toRecipients"][0]["emailAddress"]["address"] for m in fake.sent_mail]


@pytest.mark.parametrize("kind", ["google", "microsoft"])
def test_50_invitations_go_exactly_once_and_a_lost_answer_is_left_to_the_admin(kind: str, tmp_path) -> None:
    store = Store(tmp_path)
    scope = f"invitations:{kind}"
    with fake_for(kind) as fake:
        async def scenario():
            provider, account = await connect(kind, fake)
            sender = ProviderMailSender(provider, account.email, kind, pace=0)
            batch = messages(50, account.email)

            def lose_the_seventh(report) -> None:
                if len(report.sent) == 6 and not report.uncertain:
                    fake.inject(fake.lost_send_answer())  # the 7th is sent, and its answer never comes

            first = await send_invitations(sender, batch, store, scope, on_progress=lose_the_seventh)
            count_after_first = len(sent_to(kind, fake))
            again = await send_invitations(sender, batch, store, scope)  # a rerun: nothing goes twice
            count_after_rerun = len(sent_to(kind, fake))
            confirmed = await send_invitations(sender, batch, store, scope, resend={"m6"})  # the admin says so
            await provider.close()
            return first, again, confirmed, count_after_first, count_after_rerun

        first, again, confirmed, count_after_first, count_after_rerun = asyncio.run(scenario())
        addresses = sent_to(kind, fake)
    assert first.uncertain == ["m6"] and len(first.sent) == 49 and not first.failed
    assert count_after_first == 50  # the one whose answer was lost did go out
    assert store.journal_all(scope)["m6"][0] in (UNCERTAIN, "sent")
    assert again.sent == [] and again.uncertain == ["m6"] and len(again.skipped) == 49
    assert count_after_rerun == 50
    assert confirmed.sent == ["m6"] and len(addresses) == 51 and addresses.count("zw6@personal.example") == 2
    assert sorted(set(addresses)) == sorted(f"zw{i}@personal.example" for i in range(50))
    store.close()


def test_the_message_arrives_whole_through_gmail(tmp_path) -> None:
    with GoogleFake() as fake:
        async def scenario():
            provider, account = await connect("google", fake)
            await send_invitations(ProviderMailSender(provider, account.email, "Google", pace=0),
                                   messages(1, account.email), Store(tmp_path), "s")
            await provider.close()

        asyncio.run(scenario())
        message = fake.sent_messages[0]
    assert message["From"].addresses[0].addr_spec == "admin@example.com"
    assert message["Subject"] == "请激活您在例子贸易的新邮箱"
    assert "zhang.wei0@例子.中国" in message.get_body(("html",)).get_content()
    assert any(part.get_content_type() == "image/png" for part in message.walk())


def test_the_message_arrives_whole_through_graph(tmp_path) -> None:
    with GraphFake() as fake:
        async def scenario():
            provider, account = await connect("microsoft", fake)
            await send_invitations(ProviderMailSender(provider, account.email, "Microsoft 365", pace=0),
                                   messages(1, account.email), Store(tmp_path), "s")
            await provider.close()

        asyncio.run(scenario())
        message = fake.sent_mail[0]
    assert message["subject"] == "请激活您在例子贸易的新邮箱"
    assert message["body"]["contentType"] == "HTML" and "zhang.wei0@例子.中国" in message["body"]["content"]
    assert message["toRecipients"] == [{"emailAddress": {"name": "张伟0", "address": "zw0@personal.example"}}]
    assert message["replyTo"][0]["emailAddress"]["address"] == "wangfang@163.com"
    logo = message["attachments"][0]
    assert logo["isInline"] and f'cid:{logo["contentId"]}' in message["body"]["content"]


def test_a_sign_in_without_the_send_scope_is_named_and_nothing_is_marked(tmp_path) -> None:
    store = Store(tmp_path)
    everything_else = ["openid", "email", *(s for s in GoogleEndpoints.at(None).oauth.scopes
                                            if s.startswith("https://") and s != SCOPE_GMAIL_SEND)]
    with GoogleFake(granted_scopes=everything_else) as fake:  # the admin's grant predates sending
        async def scenario():
            provider, account = await connect("google", fake)
            try:
                await send_invitations(ProviderMailSender(provider, account.email, "Google Workspace", pace=0),
                                       messages(3, account.email), store, "s")
            finally:
                await provider.close()

        with pytest.raises(SendProblem) as problem:
            asyncio.run(scenario())
        assert fake.sent_messages == []
    assert problem.value.key == "mailapi.permission"
    assert problem.value.params == {"needed": GMAIL_SEND_SCOPE, "provider": "Google Workspace",
                                    "address": "admin@example.com"}
    assert all(state == "" for state, *_ in store.journal_all("s").values())  # not sent, not uncertain
    store.close()


def test_the_daily_sending_limit_stops_the_run_at_once(tmp_path) -> None:
    store = Store(tmp_path)
    with GoogleFake() as fake:
        fake.inject(GoogleFake.sending_limit_response(times=5))

        async def scenario():
            provider, account = await connect("google", fake)
            try:
                await send_invitations(ProviderMailSender(provider, account.email, "Google Workspace", pace=0),
                                       messages(3, account.email), store, "s")
            finally:
                await provider.close()

        with pytest.raises(SendProblem) as problem:
            asyncio.run(scenario())
        asked = [r for r in fake.requests if r.path == GMAIL_SEND]
    assert problem.value.key == "mailapi.sending_limit"
    assert len(asked) == 1  # not waited out with retries: it can last for hours
    store.close()


@pytest.mark.parametrize("kind", ["google", "microsoft"])
def test_a_server_error_on_a_send_is_uncertain_and_never_retried(kind: str, tmp_path) -> None:
    store = Store(tmp_path)
    path = GMAIL_SEND if kind == "google" else "/v1.0/me/sendMail"
    with fake_for(kind) as fake:
        # a 500 that does not say whether the message went: it may have
        fake.inject(Fault.status(500, {"error": {"code": 500, "message": "Internal error"}}, path=path, method="POST"))

        async def scenario():
            provider, account = await connect(kind, fake)
            try:
                return await send_invitations(ProviderMailSender(provider, account.email, kind, pace=0),
                                              messages(2, account.email), store, "s")
            finally:
                await provider.close()

        report = asyncio.run(scenario())
        asked = [r for r in fake.requests if r.path == path]
    assert report.uncertain == ["m0"] and report.sent == ["m1"]
    assert len(asked) == 2  # one each: the uncertain one was not sent again
    store.close()
