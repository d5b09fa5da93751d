"""Real Dovecot accepting exactly the access tokens the loopback token services issued: each fake (GoogleFake,
GraphFake) gets a token introspection service beside it (its own loopback HTTP server reading the fake's tokens —
the fakes' own routes are held to Google's and Graph's published APIs), answering in RFC 7662's shape (``active``,
``username``, ``scope``), and Dovecot's
oauth2 passdb asks it about every XOAUTH2 / OAUTHBEARER sign-in (``introspection_mode = post``: it POSTs
``token=<token>``; https://doc.dovecot.org/2.3/configuration_manual/authentication/oauth2/). Dovecot itself checks
the answer: active, the scope it wants, and that the token's user is the user signing in (db-oauth2.c
db_oauth2_validate_username compares the two through ``username_format``).

- Google (``google_conf``): a token per member from the service account (JWT grant, ``sub`` = the member): the
  token's user must be the member exactly; scope https://mail.google.com/.
- Microsoft 365 (``graph_conf``): ONE token, the admin's, for every member's mailbox (XOAUTH2 user = the member),
  scope https://outlook.office.com/IMAP.AccessAsUser.All. Dovecot compares the domains only (``%Ld``), and Full
  Access is Exchange's to decide: the introspection answer lists the mailboxes the admin may open
  (``full_access``, ",a,b,") and the passdb's ``allow_nets`` lets the sign-in through only when the member is in
  it (Dovecot 2.3's ``%{if;…;*;…}`` wildcard conditional), as Exchange refuses a mailbox without Full Access.
"""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Callable
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from urllib.parse import parse_qs

GOOGLE_SCOPE = "https://mail.google.com/"
IMAP_SCOPE = "https://outlook.office.com/IMAP.AccessAsUser.All"
_INACTIVE = {"active": "false"}


class Introspection:
    """A loopback HTTP server answering Dovecot's POST token=<token> with ``answer(token)`` as JSON. ``conf``:
    Dovecot's oauth2 settings pointing at it."""

    def __init__(self, answer: Callable[[str], dict], scope: str, extra: str = "") -> None:
        self.answer, self.scope, self.extra = answer, scope, extra
        self.asked: list[str] = []
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                token = parse_qs(self.rfile.read(length).decode()).get("token", [""])[0]
                outer.asked.append(token)
                payload = json.dumps(outer.answer(token)).encode()
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(payload)))
                self.end_headers()
                self.wfile.write(payload)

            def log_message(self, *args: object) -> None:  # quiet
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()

    @property
    def conf(self) -> str:
        url = f"http://127.0.0.1:{self.server.server_address[1]}/introspect"
        return (f"introspection_mode = post\nintrospection_url = {url}\nusername_attribute = username\n"
                f"active_attribute = active\nactive_value = true\nscope = {self.scope}\ntimeout_msecs = 10000\n"
                f"{self.extra}")

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()

    def __enter__(self) -> Introspection:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def google_introspection(fake) -> Introspection:
    """GoogleFake's access tokens: the user each was minted for (the JWT's ``sub``) and its scopes."""
    def answer(token: str) -> dict:
        with fake.lock:
            grant = fake._access.get(token)
        if grant is None or grant["expires"] < time.monotonic():
            return _INACTIVE
        return {"active": "true", "username": grant["subject"], "scope": " ".join(sorted(grant["scopes"]))}

    return Introspection(answer, GOOGLE_SCOPE)


def graph_introspection(fake, admin: str, full_access: set[str]) -> Introspection:
    """GraphFake's access tokens, all the admin's; ``full_access``: the mailboxes the admin may open (a set the test
    changes as the admin gives access; the admin's own always opens)."""
    def answer(token: str) -> dict:
        with fake.lock:
            grant = fake.access_tokens.get(token)
        if grant is None or grant["expires_at"] < time.monotonic():
            return _INACTIVE
        opens = ",".join(sorted({admin.lower(), *(a.lower() for a in full_access)}))
        return {"active": "true", "username": admin, "scope": " ".join(grant["scopes"]), "full_access": f",{opens},"}

    refuse = "%{if;%{oauth2:full_access};*;*,%Lu,*;127.0.0.0/8;192.0.2.1/32}"
    return Introspection(answer, IMAP_SCOPE, f"username_format = %Ld\npass_attrs = allow_nets={refuse}\n")
