"""Practice mode's mail server: aiosmtpd on 127.0.0.1 with STARTTLS and AUTH, keeping what it receives
in memory (the "outbox" practice mode shows). Its certificate ships in resources/sandbox/: it protects
nothing (loopback, practice), but it lets the invitation sender keep certificate verification on, trusting
only this certificate, exactly as it does with a real server."""

from __future__ import annotations

import socket
import ssl
import threading
from pathlib import Path

from mailwizard.core.resources import resources_dir

USER = "office@practice.invalid"
PASSWORD = "practice-mail-password"


def certificate_paths(root: Path | None = None) -> tuple[Path, Path]:
    folder = (root or resources_dir()) / "sandbox"
    return folder / "practice_smtp.crt", folder / "practice_smtp.key"


def client_context() -> ssl.SSLContext:
    """Verification on, trusting only the practice server's certificate."""
    return ssl.create_default_context(cafile=str(certificate_paths()[0]))


class _Handler:
    def __init__(self, server: PracticeSmtp) -> None:
        self.server = server

    async def handle_DATA(self, smtp, session, envelope):
        with self.server.lock:
            self.server.messages.append((envelope.mail_from, list(envelope.rcpt_tos), envelope.original_content
                                         or envelope.content))
        return "250 Message accepted (practice outbox: delivered to no one)"


class PracticeSmtp:
    def __init__(self) -> None:
        self.messages: list[tuple[str, list[str], bytes]] = []
        self.lock = threading.Lock()
        with socket.socket() as s:
            s.bind(("127.0.0.1", 0))
            self.port = s.getsockname()[1]
        self._controller = None

    @staticmethod
    def _authenticate(server, session, envelope, mechanism, auth_data):
        from aiosmtpd.smtp import AuthResult, LoginPassword

        if isinstance(auth_data, LoginPassword) and auth_data.login.decode() == USER \
                and auth_data.password.decode() == PASSWORD:
            return AuthResult(success=True)
        return AuthResult(success=False, handled=False)  # aiosmtpd answers 535 itself

    def start(self) -> PracticeSmtp:
        import logging

        from aiosmtpd.controller import Controller

        # aiosmtpd logs every sandbox connection at INFO: not worth a line in the user's log file
        logging.getLogger("mail.log").setLevel(logging.WARNING)

        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        cert, key = certificate_paths()
        context.load_cert_chain(str(cert), str(key))
        self._controller = Controller(_Handler(self), hostname="127.0.0.1", port=self.port, tls_context=context,
                                      require_starttls=True, auth_require_tls=True, authenticator=self._authenticate,
                                      auth_required=True)
        self._controller.start()
        return self

    def stop(self) -> None:
        if self._controller is not None:
            self._controller.stop()
            self._controller = None
