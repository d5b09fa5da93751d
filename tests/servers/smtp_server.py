"""A real SMTP server on loopback (aiosmtpd) with STARTTLS or implicit TLS and AUTH, for the invitation
tests. Its certificate comes from a throw-away CA the tests trust, so verification stays on.

    with LoopbackSmtp(user="office@example.com", password="pw") as smtp:
        ... send to 127.0.0.1:smtp.port, trusting smtp.ca_pem ...
        smtp.messages  # [(envelope from, [recipients], raw bytes)]
    smtp.temporary["a@x.com"] = 2   # the next two RCPT TO for a@x.com answer 451
    smtp.permanent["b@x.com"] = (550, "5.1.1 <b@x.com>: no such user")
    smtp.drop_at_rcpt["c@x.com"] = 1  # the next RCPT TO for c@x.com: the line drops, no answer (before DATA)
    smtp.drop_after_data = 0.05       # ~5% of messages: taken in full, then the line drops before the 250
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ipaddress
import random
import socket
import ssl
import tempfile
import threading
from pathlib import Path

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, AuthResult, LoginPassword
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def make_certificates() -> tuple[bytes, bytes, bytes]:
    """(CA certificate PEM, server certificate PEM, server key PEM) for 127.0.0.1 and localhost."""
    now = dt.datetime.now(dt.UTC)
    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "MailWizard test CA")])
    ca = (x509.CertificateBuilder().subject_name(ca_name).issuer_name(ca_name).public_key(ca_key.public_key())
          .serial_number(x509.random_serial_number()).not_valid_before(now - dt.timedelta(days=1))
          .not_valid_after(now + dt.timedelta(days=7))
          .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
          .add_extension(x509.KeyUsage(digital_signature=True, key_cert_sign=True, crl_sign=True,
                                       content_commitment=False, key_encipherment=False, data_encipherment=False,
                                       key_agreement=False, encipher_only=False, decipher_only=False), critical=True)
          .sign(ca_key, hashes.SHA256()))
    key = ec.generate_private_key(ec.SECP256R1())
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "localhost")]))
            .issuer_name(ca_name).public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1)).not_valid_after(now + dt.timedelta(days=7))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("localhost"),
                                                       x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]),
                           critical=False)
            .add_extension(x509.ExtendedKeyUsage([x509.oid.ExtendedKeyUsageOID.SERVER_AUTH]), critical=False)
            .sign(ca_key, hashes.SHA256()))
    return (ca.public_bytes(serialization.Encoding.PEM), cert.public_bytes(serialization.Encoding.PEM),
            key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()))


class _Handler:
    def __init__(self, server: LoopbackSmtp) -> None:
        self.server = server

    async def handle_RCPT(self, smtp, session, envelope, address, rcpt_options):
        with self.server.lock:
            drop = self.server.drop_at_rcpt.get(address, 0) > 0
            if drop:
                self.server.drop_at_rcpt[address] -= 1
        if drop:
            await _drop(smtp)
        with self.server.lock:
            if self.server.temporary.get(address, 0) > 0:
                self.server.temporary[address] -= 1
                return "451 4.3.0 Temporary failure, try again later"
            if address in self.server.permanent:
                code, text = self.server.permanent[address]
                return f"{code} {text}"
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, smtp, session, envelope):
        self.server.data_started.set()
        if self.server.delay:  # a slow server: the answer to DATA takes this long
            await asyncio.sleep(self.server.delay)
        with self.server.lock:
            self.server.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content
                                         or envelope.content))
            gone = self.server.stop_after is not None and len(self.server.messages) >= self.server.stop_after
            self.server.gone = self.server.gone or gone
            drop = self.server.drop_after_data and self.server.random.random() < self.server.drop_after_data
            if drop:
                self.server.dropped.extend(envelope.rcpt_tos)
        if drop:  # the message is in (it will be delivered), but its 250 never leaves: the line drops here
            await _drop(smtp)
        if gone:  # the server goes away once it has taken this many (a restart, a dropped line)
            threading.Thread(target=self.server._controller.stop, daemon=True).start()
        return "250 Message accepted for delivery"


async def _drop(smtp) -> None:
    """The line drops with no answer: the connection is cut (no QUIT, no reply), and aiosmtpd's own
    connection_lost cancels this handler, so nothing is written after the cut."""
    smtp.transport.abort()
    await asyncio.sleep(30)  # cancelled as soon as the connection is seen lost
    raise AssertionError("the connection should have been cut")


class LoopbackSmtp:
    def __init__(self, *, user: str = "office@example.com", password: str = "correct horse",
                 implicit_tls: bool = False, starttls: bool = True) -> None:
        self.user, self.password, self.implicit_tls = user, password, implicit_tls
        self.starttls = starttls  # False: a plain server offering no encryption at all
        self.port = _free_port()
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.temporary: dict[str, int] = {}
        self.permanent: dict[str, tuple[int, str]] = {}
        self.logins: list[str] = []
        self.delay = 0.0                      # seconds before each DATA is answered
        self.stop_after: int | None = None    # the server stops once it has accepted this many messages
        self.gone = False
        self.drop_at_rcpt: dict[str, int] = {}   # address → how many of its next RCPT TO drop the line
        self.drop_after_data = 0.0               # share of messages taken in full whose 250 is never sent
        self.dropped: list[str] = []             # recipients of the messages whose answer was dropped
        self.random = random.Random(16)          # the same drops on every run
        self.data_started = threading.Event()
        self.lock = threading.Lock()
        ca, cert, key = make_certificates()
        self.ca_pem = ca
        self._dir = tempfile.TemporaryDirectory()
        cert_path, key_path = Path(self._dir.name) / "cert.pem", Path(self._dir.name) / "key.pem"
        cert_path.write_bytes(cert)
        key_path.write_bytes(key)
        self.server_context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        self.server_context.load_cert_chain(cert_path, key_path)

    def client_context(self) -> ssl.SSLContext:
        """What the app uses in tests: verification on, trusting only the test CA."""
        context = ssl.create_default_context(cadata=self.ca_pem.decode())
        return context

    def _authenticate(self, server, session, envelope, mechanism, auth_data) -> AuthResult:
        if isinstance(auth_data, LoginPassword):
            user, password = auth_data.login.decode(), auth_data.password.decode()
            self.logins.append(user)
            if user == self.user and password == self.password:
                return AuthResult(success=True)
        # handled=False: aiosmtpd then answers 535 itself (PITFALLS.md: True leaves the client hanging)
        return AuthResult(success=False, handled=False)

    def __enter__(self) -> LoopbackSmtp:
        handler = _Handler(self)
        kwargs = dict(hostname="127.0.0.1", port=self.port, authenticator=self._authenticate, auth_required=True)
        if self.implicit_tls:
            self._controller = Controller(handler, ssl_context=self.server_context, auth_require_tls=False, **kwargs)
        elif not self.starttls:
            self._controller = Controller(handler, auth_require_tls=False, **kwargs)
        else:
            self._controller = Controller(handler, tls_context=self.server_context, require_starttls=True,
                                          auth_require_tls=True, **kwargs)
        self._controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if not self.gone:  # already stopped itself (stop_after)
            self._controller.stop()
        self._dir.cleanup()


__all__ = ["SMTP", "LoopbackSmtp", "make_certificates"]
