"""The old-server check (core/migration/check.py) against a real Dovecot on loopback (tests/servers/dovecot.py: TLS
from the first byte with the test CA, and a server without TLS) and a tiny responder for the words only other
services say (tests/servers/imap_responder.py): each outcome typed, no password ever sent before TLS."""

from __future__ import annotations

import asyncio
import socket
import ssl

import pytest

from mailwizard.core.migration import check
from mailwizard.core.migration.check import check_server
from mailwizard.core.migration.sources import SourceServer
from tests.servers.dovecot import LoopbackDovecot, skip_unless_dovecot
from tests.servers.imap_responder import ImapResponder, Script

USER, PASSWORD = "li@old.example", "旧密码 with \"quotes\" \\ and spaces"


@pytest.fixture(scope="module")
def dovecot():
    skip_unless_dovecot()
    with LoopbackDovecot() as server:
        server.add_user(USER, PASSWORD)
        server.start()
        yield server


@pytest.fixture(scope="module")
def plain_dovecot():
    skip_unless_dovecot()
    with LoopbackDovecot(tls=False) as server:
        server.add_user(USER, PASSWORD)
        server.start()
        yield server


def run(server: SourceServer, password: str = PASSWORD, **kw) -> check.CheckResult:
    return asyncio.run(check_server(server, USER, password, timeout=5, **kw))


def trust(server) -> ssl.SSLContext:
    return ssl.create_default_context(cadata=server.ca_pem.decode())


def test_the_right_password_over_tls_is_ok_and_read_only(dovecot) -> None:
    result = run(SourceServer("localhost", dovecot.port, "ssl"), tls=trust(dovecot))
    assert result == check.CheckResult(True)


def test_a_wrong_password_is_bad_password_or_the_app_password_hint(dovecot) -> None:
    server = SourceServer("localhost", dovecot.port, "ssl")
    refused = run(server, "wrong", tls=trust(dovecot))
    assert (refused.ok, refused.problem) == (False, check.BAD_PASSWORD)
    assert "AUTHENTICATIONFAILED" in refused.detail and PASSWORD not in refused.detail
    hinted = run(server, "wrong", tls=trust(dovecot), app_password_hint=True)
    assert hinted.problem == check.APP_PASSWORD


def test_a_certificate_not_trusted_stops_before_any_login(dovecot) -> None:
    result = run(SourceServer("localhost", dovecot.port, "ssl"), tls=ssl.create_default_context())
    assert (result.ok, result.problem) == (False, check.TLS_UNTRUSTED)


def test_a_certificate_for_another_name_is_not_trusted(dovecot) -> None:
    # the test certificate names localhost and 127.0.0.1 only: the same server reached as another name fails
    result = asyncio.run(_with_sni("mail.other.example", dovecot.port, trust(dovecot)))
    assert result.problem == check.TLS_UNTRUSTED


async def _with_sni(name: str, port: int, context: ssl.SSLContext) -> check.CheckResult:
    # the host name is what TLS checks: resolve "mail.other.example" to loopback for this one call
    real = socket.getaddrinfo

    def fake(host, *args, **kwargs):
        return real("127.0.0.1" if host == name else host, *args, **kwargs)

    socket.getaddrinfo = fake
    try:
        return await check_server(SourceServer(name, port, "ssl"), USER, PASSWORD, tls=context, timeout=5)
    finally:
        socket.getaddrinfo = real


def test_a_server_without_tls_is_refused_and_never_gets_the_password(plain_dovecot) -> None:
    result = run(SourceServer("localhost", plain_dovecot.port, "starttls"), tls=ssl.create_default_context())
    assert (result.ok, result.problem) == (False, check.TLS_REFUSED)
    # TLS from the first byte at a plain port: the handshake fails, nothing is sent in clear
    result = run(SourceServer("localhost", plain_dovecot.port, "ssl"), tls=ssl.create_default_context())
    assert result.problem == check.TLS_REFUSED


def test_no_starttls_offered_means_no_login_line_at_all() -> None:
    with ImapResponder(Script(capability="IMAP4rev1 AUTH=PLAIN", users={USER: PASSWORD})) as server:
        result = run(SourceServer("127.0.0.1", server.port, "starttls"))
    assert result.problem == check.TLS_REFUSED
    assert [line.split()[1] for line in server.received] == ["CAPABILITY"]  # not LOGIN, not AUTHENTICATE


def test_nobody_listening_is_unreachable() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # bound, not listening: refused
        result = run(SourceServer("127.0.0.1", port, "ssl"))
    assert result.problem == check.UNREACHABLE


def test_a_server_that_never_greets_is_not_imap() -> None:
    with ImapResponder(Script(silent=True)) as server:
        result = asyncio.run(check_server(SourceServer("127.0.0.1", server.port, "starttls"), USER, PASSWORD,
                                          tls=ssl.create_default_context(), timeout=1))
    assert result.problem == check.NOT_IMAP


@pytest.mark.parametrize(("script", "problem"), [
    # Gmail's words when IMAP is off for the account, quoted by client projects (unconfirmed from Google)
    (Script(login_refusal="NO [ALERT] Your account is not enabled for IMAP use."), check.IMAP_DISABLED),
    (Script(login_refusal="NO [ALERT] Application-specific password required"), check.APP_PASSWORD),
    (Script(login_refusal="NO [UNAVAILABLE] try later"), check.UNAVAILABLE),
    (Script(login_refusal="NO [AUTHENTICATIONFAILED] Invalid credentials"), check.BAD_PASSWORD),
    (Script(capability="IMAP4rev1 LOGINDISABLED"), check.IMAP_DISABLED),
    (Script(greeting="* BYE too many connections"), check.UNAVAILABLE),
    (Script(greeting="220 smtp.example ESMTP"), check.NOT_IMAP),
    # 163/126 without the ID command: "Unsafe Login" at the mailbox (https://note.lispstudio.com/dacaf276…)
    (Script(users={USER: PASSWORD}, examine_refusal="NO SELECT Unsafe Login. Please contact kefu@188.com"),
     check.IMAP_DISABLED),
])
def test_each_refusal_is_typed(script: Script, problem: str) -> None:
    script.users = script.users or {}
    with ImapResponder(script, tls=True) as server:
        result = run(SourceServer("localhost", server.port, "ssl"), "wrong" if not script.users else PASSWORD,
                     tls=server.client_context())
    assert (result.ok, result.problem) == (False, problem)
    assert PASSWORD not in result.detail


def test_login_is_used_where_auth_plain_is_not_offered_and_the_inbox_only_examined() -> None:
    simple = "plain-password"
    with ImapResponder(Script(capability="IMAP4rev1 ID", users={USER: simple}), tls=True) as server:
        result = run(SourceServer("localhost", server.port, "ssl"), simple, tls=server.client_context())
    assert result.ok, result
    verbs = [line.split()[1].upper() for line in server.received if line.startswith("M")]
    assert verbs == ["CAPABILITY", "LOGIN", "CAPABILITY", "ID", "EXAMINE", "LOGOUT"]
    assert server.examined == ["EXAMINE"]  # never SELECT: nothing on the old server changes


def test_a_password_login_cannot_quote_is_not_sent_without_auth_plain() -> None:
    with ImapResponder(Script(capability="IMAP4rev1", users={USER: "密码"}), tls=True) as server:
        result = run(SourceServer("localhost", server.port, "ssl"), "密码\r\nA1 LOGOUT", tls=server.client_context())
    assert result.problem == check.BAD_PASSWORD
    assert not any("LOGIN" in line or "密码" in line for line in server.received)
