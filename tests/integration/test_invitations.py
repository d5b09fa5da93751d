"""Invitations over a real SMTP server on loopback: STARTTLS, AUTH, 200 members parsed back."""

from __future__ import annotations

import asyncio
import email
import re
from email import policy

import pytest

from mailwizard.core.invitations.sender import (
    InvitationSender,
    SmtpProblem,
    SmtpSettings,
    send_invitations,
)
from mailwizard.core.invitations.templates import Blocks, Invitation, build_message
from mailwizard.core.store import Store
from tests.servers.smtp_server import LoopbackSmtp

BLOCKS = Blocks("Your temporary password: {password}", "Your temporary password will be handed to you separately.",
                "On your phone, install the {app} app and sign in with {address}.",
                "On your phone, add an account with IMAP {imap_host} port {imap_port} and SMTP {smtp_host} "
                "port {smtp_port}.")
SIGNIN = "https://mail.google.com/"


def invitation(i: int, *, language: str = "zh_CN", password: str | None = None) -> Invitation:
    return Invitation(language, f"张伟{i}", f"zw{i}@personal.example", f"zhang.wei{i}@例子.中国", "例子贸易",
                      "王芳", "wangfang@163.com", "Google Workspace", SIGNIN, f"张伟{i}，您好：", "祝工作顺利。",
                      password, "Gmail")


def messages(count: int, **kwargs) -> list[tuple[str, email.message.EmailMessage]]:
    return [(f"m{i}", build_message(invitation(i, **kwargs), BLOCKS, sender="office@example.com",
                                    sender_name="例子贸易 王芳", message_domain="example.com")) for i in range(count)]


def sender(smtp: LoopbackSmtp, password: str = "correct horse", **kwargs) -> InvitationSender:
    settings = SmtpSettings("127.0.0.1", smtp.port, "tls" if smtp.implicit_tls else "starttls", smtp.user, 5.0)
    return InvitationSender(settings, password, tls_context=smtp.client_context(), pace=0, retry_delay=0.01,
                            **kwargs)


def parse(raw: bytes) -> email.message.EmailMessage:
    return email.message_from_bytes(raw, policy=policy.default)


def test_200_invitations_arrive_and_are_correct(tmp_path) -> None:
    store = Store(tmp_path)
    with LoopbackSmtp() as smtp:
        report = asyncio.run(send_invitations(sender(smtp), messages(200), store, "invitations:google"))
        raw = [m[2] for m in smtp.messages]
    assert len(report.sent) == 200 and len(raw) == 200
    ids = set()
    for i, data in enumerate(raw):
        assert re.search(rb"(?<!\r)\n", data) is None, "no bare line feeds"
        message = parse(data)
        assert message["Subject"] == "请激活您在例子贸易的新邮箱"
        assert str(message["To"]) == f"张伟{i} <zw{i}@personal.example>"
        assert message["Date"] and message["Message-ID"]
        ids.add(message["Message-ID"])
        assert message.get_content_type() == "multipart/alternative"
        text = message.get_body(("plain",)).get_content()
        page = message.get_body(("html",)).get_content()
        assert f"zhang.wei{i}@例子.中国" in text and f"zhang.wei{i}@例子.中国" in page
        assert SIGNIN in text and f'href="{SIGNIN}"' in page
        assert "temporary password will be handed to you separately" in text
        assert "password:" not in text.lower()
    assert len(ids) == 200
    store.close()


def test_the_password_is_in_only_when_chosen(tmp_path) -> None:
    with LoopbackSmtp() as smtp:
        asyncio.run(send_invitations(sender(smtp), messages(1, password="Temp-Pass-42x"), Store(tmp_path), "s"))
        message = parse(smtp.messages[0][2])
    assert "Temp-Pass-42x" in message.get_body(("plain",)).get_content()


def test_temporary_failures_are_retried_and_permanent_ones_recorded(tmp_path) -> None:
    store = Store(tmp_path)
    with LoopbackSmtp(implicit_tls=True) as smtp:
        smtp.temporary["zw1@personal.example"] = 2
        smtp.permanent["zw2@personal.example"] = (550, "5.1.1 <zw2@personal.example>: no such user")
        report = asyncio.run(send_invitations(sender(smtp), messages(4), store, "s"))
        delivered = [m[1][0] for m in smtp.messages]
    assert report.failed == {"m2": "smtp.bad_address"}
    assert "zw1@personal.example" in delivered and len(delivered) == 3
    assert store.journal_get("s", "m2") == ("failed", "", "smtp.bad_address")
    store.close()


def test_an_interrupted_run_resumes_sending_each_invitation_once(tmp_path) -> None:
    store = Store(tmp_path)
    with LoopbackSmtp() as smtp:

        async def interrupted() -> None:
            stop = asyncio.Event()

            def progress(report) -> None:
                if len(report.sent) == 70:
                    stop.set()  # the user clicked Cancel

            await send_invitations(sender(smtp), messages(200), store, "s", on_progress=progress, stop=stop)

        asyncio.run(interrupted())
        assert len(smtp.messages) == 70
        report = asyncio.run(send_invitations(sender(smtp), messages(200), store, "s"))
        recipients = [m[1][0] for m in smtp.messages]
    assert len(report.skipped) == 70 and len(report.sent) == 130
    assert len(recipients) == 200 and len(set(recipients)) == 200
    store.close()


def test_a_wrong_password_says_so_and_marks_nothing_sent(tmp_path) -> None:
    store = Store(tmp_path)
    with LoopbackSmtp() as smtp:
        with pytest.raises(SmtpProblem) as caught:
            asyncio.run(send_invitations(sender(smtp, password="wrong"), messages(3), store, "s"))
        assert smtp.messages == []
    assert caught.value.key == "smtp.auth_failed"
    assert all(state[0] != "sent" for state in store.journal_all("s").values())
    # nothing is left as "sending" either: with the right password every message goes, none held as uncertain
    with LoopbackSmtp() as smtp:
        again = asyncio.run(send_invitations(sender(smtp), messages(3), store, "s"))
        assert len(smtp.messages) == 3
    assert again.sent == ["m0", "m1", "m2"] and again.uncertain == []
    store.close()


def test_a_server_offering_no_encryption_is_named_as_such(tmp_path) -> None:
    store = Store(tmp_path)
    with LoopbackSmtp(starttls=False) as smtp:
        with pytest.raises(SmtpProblem) as caught:
            asyncio.run(send_invitations(sender(smtp), messages(1), store, "s"))
        assert smtp.messages == [] and smtp.logins == []  # the password never went in the clear
    assert caught.value.key == "smtp.no_starttls"  # not "could not be reached"
    store.close()


def test_an_untrusted_certificate_is_refused(tmp_path) -> None:
    import ssl

    with LoopbackSmtp() as smtp:
        strict = InvitationSender(SmtpSettings("127.0.0.1", smtp.port, "starttls", smtp.user, 5.0),
                                  "correct horse", tls_context=ssl.create_default_context(), pace=0)
        with pytest.raises(SmtpProblem) as caught:
            asyncio.run(send_invitations(strict, messages(1), Store(tmp_path), "s"))
        assert smtp.messages == []
    assert caught.value.key == "smtp.certificate"


def test_a_run_killed_during_a_send_reports_that_invitation_as_uncertain(tmp_path) -> None:
    """The app stopped in the middle of an SMTP exchange: it may have arrived, so it is not resent
    without the admin's word; the rest are sent once."""
    store = Store(tmp_path)
    store.journal_put("s", "m1", "sending")
    with LoopbackSmtp() as smtp:
        report = asyncio.run(send_invitations(sender(smtp), messages(3), store, "s"))
        assert report.uncertain == ["m1"] and sorted(report.sent) == ["m0", "m2"]
        again = asyncio.run(send_invitations(sender(smtp), messages(3), store, "s", resend={"m1"}))
        assert again.sent == ["m1"] and len(smtp.messages) == 3
    store.close()


def test_the_company_logo_travels_inside_the_message(tmp_path) -> None:
    png = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000"
                        "1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")
    built = build_message(invitation(1), BLOCKS, sender="office@example.com", sender_name="例子贸易",
                          message_domain="example.com", logo=(png, "png"))
    with LoopbackSmtp() as smtp:
        asyncio.run(send_invitations(sender(smtp), [("m1", built)], Store(tmp_path), "s"))
        message = parse(smtp.messages[0][2])
    related = message.get_body(("related",))
    page = related.get_body(("html",)).get_content()
    image = next(p for p in related.iter_parts() if p.get_content_maintype() == "image")
    assert image.get_content() == png
    assert f'src="cid:{image["Content-ID"][1:-1]}"' in page


def test_phone_settings_give_server_and_port_apart() -> None:
    """A phone's mail app has separate Server and Port fields: "host:port" typed as a server fails."""
    from dataclasses import replace

    from mailwizard.core.invitations.templates import render

    manual = replace(invitation(1), phone_app="", imap="imap.exmail.qq.com:993", smtp="smtp.exmail.qq.com:465")
    _subject, text, _html = render(manual, BLOCKS)
    assert "IMAP imap.exmail.qq.com port 993 and SMTP smtp.exmail.qq.com port 465" in text
    assert "qq.com:993" not in text


def test_no_server_settings_known_gives_no_empty_ones() -> None:
    from dataclasses import replace

    from mailwizard.core.invitations.templates import render

    blocks = replace(BLOCKS, phone_unknown="On your phone, add {address}; your provider's help gives the settings.")
    manual = replace(invitation(1), phone_app="", imap="", smtp="")  # West Digital, 35.com: nothing published
    _subject, text, _html = render(manual, blocks)
    assert "On your phone, add zhang.wei1@例子.中国; your provider's help gives the settings." in text
    assert "port  and" not in text and "IMAP  port" not in text
