"""A provider whose certificate is not trusted (a company proxy inspecting TLS, a wrong clock) is a certificate
problem, said at once, not "could not reach" after retries; a refused connection is still "could not reach"."""

from __future__ import annotations

import asyncio
import socket
import ssl
import tempfile
from pathlib import Path

import httpx
import pytest

from mailwizard.core.providers.base import Unreachable
from mailwizard.core.providers.http import ApiClient, RetryPolicy
from mailwizard.ui.messages import message
from tests.servers.smtp_server import make_certificates


def _never(_response: httpx.Response) -> None:
    return None


async def _call(url: str, context: ssl.SSLContext, sleeps: list[float]) -> httpx.Response:
    async def sleep(seconds: float) -> None:
        sleeps.append(seconds)

    async with httpx.AsyncClient(verify=context) as client:
        api = ApiClient(client, _never, RetryPolicy(attempts=3), sleep=sleep)
        return await api.request("GET", url)


async def _against_tls_server(context: ssl.SSLContext, sleeps: list[float],
                              certificates: tuple[bytes, bytes, bytes] | None = None) -> httpx.Response:
    _ca, cert, key = certificates or make_certificates()
    with tempfile.TemporaryDirectory() as tmp:
        (Path(tmp) / "cert.pem").write_bytes(cert)
        (Path(tmp) / "key.pem").write_bytes(key)
        server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        server_context.load_cert_chain(Path(tmp) / "cert.pem", Path(tmp) / "key.pem")

    async def answer(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            await reader.readuntil(b"\r\n\r\n")
            writer.write(b"HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\n{}")
            await writer.drain()
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()

    server = await asyncio.start_server(answer, "127.0.0.1", 0, ssl=server_context)
    port = server.sockets[0].getsockname()[1]
    try:
        return await _call(f"https://127.0.0.1:{port}/admin/users", context, sleeps)
    finally:
        server.close()


def test_an_untrusted_certificate_is_a_certificate_problem_said_at_once() -> None:
    sleeps: list[float] = []
    with pytest.raises(Unreachable) as caught:
        asyncio.run(_against_tls_server(ssl.create_default_context(), sleeps))
    assert caught.value.key == "provider.certificate" and caught.value.params == {"host": "127.0.0.1"}
    assert sleeps == []  # not retried: the certificate will not change in a second
    text = message(caught.value.key, caught.value.params)
    assert "certificate of 127.0.0.1" in text and "could not reach" not in text


def test_the_same_server_trusted_answers() -> None:
    certificates = make_certificates()
    context = ssl.create_default_context(cadata=certificates[0].decode())
    assert asyncio.run(_against_tls_server(context, [], certificates)).status_code == 200


def test_a_refused_connection_is_still_could_not_reach() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]  # closed once the block ends: nothing listens there
    sleeps: list[float] = []
    with pytest.raises(Unreachable) as caught:
        asyncio.run(_call(f"https://127.0.0.1:{port}/", ssl.create_default_context(), sleeps))
    assert caught.value.key == "provider.unreachable" and len(sleeps) == 2


def test_a_token_exchange_failing_on_the_certificate_says_so_too() -> None:
    # auth.py, service_account.py and alibaba.py raise Unreachable(host=…) from the httpx error they caught
    def exchange() -> None:
        try:
            try:
                raise ssl.SSLCertVerificationError(1, "certificate verify failed: self-signed certificate")
            except ssl.SSLError as tls:
                raise httpx.ConnectError("[SSL: CERTIFICATE_VERIFY_FAILED]") from tls
        except httpx.TransportError as exc:
            raise Unreachable(host="oauth2.googleapis.com") from exc

    with pytest.raises(Unreachable) as caught:
        exchange()
    assert caught.value.key == "provider.certificate"
