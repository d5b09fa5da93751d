"""A tiny IMAP responder on loopback for the old-server check's error cases that a real Dovecot cannot be made to
give: a service's own refusal words ([ALERT] "not enabled for IMAP", "Application-specific password required"),
LOGINDISABLED, a BYE greeting, something that is not IMAP, a server that never answers. Plain TCP or TLS from the
first byte (the test CA's certificate, tests/servers/smtp_server.make_certificates); it records every line it got,
so a test can see that no password reached it before TLS. As strict as the real ones: a command before the
greeting's turn or an untagged one is answered BAD; LOGIN/AUTHENTICATE only when the script allows it."""

from __future__ import annotations

import asyncio
import base64
import ssl
import threading
from dataclasses import dataclass, field

from tests.servers.smtp_server import make_certificates


@dataclass
class Script:
    greeting: str = "* OK [CAPABILITY IMAP4rev1 AUTH=PLAIN ID] ready"
    capability: str = "IMAP4rev1 AUTH=PLAIN ID"
    users: dict[str, str] = field(default_factory=dict)
    login_refusal: str = "NO [AUTHENTICATIONFAILED] Authentication failed."
    examine_refusal: str = ""     # "": EXAMINE works
    silent: bool = False          # accept the connection, never say anything


class ImapResponder:
    def __init__(self, script: Script, *, tls: bool = False) -> None:
        self.script, self.tls = script, tls
        self.received: list[str] = []
        self.examined: list[str] = []
        self.ca_pem = b""
        self._context: ssl.SSLContext | None = None
        if tls:
            self.ca_pem, cert, key = make_certificates()
            import tempfile
            from pathlib import Path

            folder = Path(tempfile.mkdtemp(prefix="mw-imapr-"))
            (folder / "c.pem").write_bytes(cert)
            (folder / "k.pem").write_bytes(key)
            self._context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            self._context.load_cert_chain(folder / "c.pem", folder / "k.pem")
        self.port = 0
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def client_context(self) -> ssl.SSLContext:
        return ssl.create_default_context(cadata=self.ca_pem.decode())

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(
            asyncio.start_server(self._serve, "127.0.0.1", 0, ssl=self._context))
        self.port = server.sockets[0].getsockname()[1]
        self._server = server
        self._ready.set()
        self._loop.run_forever()
        server.close()
        self._loop.run_until_complete(server.wait_closed())

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        s = self.script

        def say(line: str) -> None:
            writer.write(line.encode() + b"\r\n")

        try:
            if s.silent:
                await reader.read()
                return
            say(s.greeting)
            authed = False
            while line := (await reader.readline()).decode("utf-8", "replace").rstrip("\r\n"):
                self.received.append(line)
                tag, _, rest = line.partition(" ")
                verb, _, args = rest.partition(" ")
                verb = verb.upper()
                if not tag or not verb:
                    say("* BAD no tag")
                elif verb == "CAPABILITY":
                    say(f"* CAPABILITY {s.capability}")
                    say(f"{tag} OK done")
                elif verb == "AUTHENTICATE" and args.upper() == "PLAIN" and "AUTH=PLAIN" in s.capability:
                    say("+ ")
                    await writer.drain()
                    answer = (await reader.readline()).decode().strip()
                    self.received.append(answer)
                    try:
                        _authz, user, password = base64.b64decode(answer).decode().split("\0")
                    except ValueError:
                        say(f"{tag} BAD bad token")
                        continue
                    authed = s.users.get(user) == password
                    say(f"{tag} OK signed in" if authed else f"{tag} {s.login_refusal}")
                elif verb == "LOGIN" and "LOGINDISABLED" not in s.capability:
                    user, _, password = args.partition(" ")
                    authed = s.users.get(user.strip('"')) == password.strip('"')
                    say(f"{tag} OK signed in" if authed else f"{tag} {s.login_refusal}")
                elif verb == "ID" and "ID" in s.capability.split():
                    say('* ID ("name" "responder")')
                    say(f"{tag} OK ID done")
                elif verb in ("EXAMINE", "SELECT") and authed:
                    self.examined.append(verb)
                    say(f"{tag} {s.examine_refusal}" if s.examine_refusal else f"{tag} OK [READ-ONLY] done")
                elif verb == "LOGOUT":
                    say("* BYE bye")
                    say(f"{tag} OK bye")
                    await writer.drain()
                    return
                else:
                    say(f"{tag} BAD not now")
                await writer.drain()
        except (ConnectionError, ssl.SSLError):
            pass
        finally:
            writer.close()

    def __enter__(self) -> ImapResponder:
        self._thread.start()
        self._ready.wait(5)
        return self

    def __exit__(self, *exc: object) -> None:
        self._loop.call_soon_threadsafe(self._loop.stop)
        self._thread.join(5)
