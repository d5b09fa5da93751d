"""Does the old mail server answer, over TLS, to this login? Connect, TLS (from the first byte or STARTTLS, the
certificate always verified), sign in (AUTHENTICATE PLAIN, RFC 4616, where offered; else LOGIN), EXAMINE the
inbox read-only, log out. Nothing is changed on the server, and no password is sent before TLS is up.

The answer is a typed CheckResult; its ``problem`` is one of PROBLEMS (the message key is ``migprep.check.<it>``).
Response codes are RFC 5530's ([AUTHENTICATIONFAILED], [UNAVAILABLE], [PRIVACYREQUIRED]...); a few services'
own words are recognised too (each cited below)."""

from __future__ import annotations

import asyncio
import base64
import contextlib
import logging
import re
import ssl
from dataclasses import dataclass

from mailwizard.core.migration.sources import SourceServer

log = logging.getLogger(__name__)

OK = ""
BAD_PASSWORD = "bad_password"          # the server refused the login
APP_PASSWORD = "app_password"          # refused, and this service wants its app password / 授权码 instead
OAUTH_ONLY = "oauth_only"              # the service takes no password from other programs at all
TLS_REFUSED = "tls_refused"            # the server offers no TLS (STARTTLS missing) or TLS failed: nothing sent
TLS_UNTRUSTED = "tls_untrusted"        # its certificate is not trusted (or names another host)
UNREACHABLE = "unreachable"            # no answer at that host and port
IMAP_DISABLED = "imap_disabled"        # signed in, but IMAP is turned off for the account (or the login blocked)
UNAVAILABLE = "unavailable"            # the server said it cannot serve now ([UNAVAILABLE], BYE)
NOT_IMAP = "not_imap"                  # something answered, not an IMAP server
PROBLEMS = (BAD_PASSWORD, APP_PASSWORD, OAUTH_ONLY, TLS_REFUSED, TLS_UNTRUSTED, UNREACHABLE, IMAP_DISABLED,
            UNAVAILABLE, NOT_IMAP)

# Words services answer with when IMAP is off for the account or a safer password is needed. Gmail: "[ALERT] Your
# account is not enabled for IMAP use", "[ALERT] Application-specific password required" (quoted by client
# projects, e.g. https://github.com/k9mail/k-9/issues — unconfirmed from Google); 163/126: "Unsafe Login" without
# the ID command (https://note.lispstudio.com/dacaf276000eb6a58da4f0ecc45cd0e2); QQ's wording (unconfirmed).
_DISABLED = re.compile(r"not enabled for imap|imap (access )?(is )?(disabled|not enabled)|unsafe login|"
                       r"imap.{0,20}(未开启|未開啟|关闭|關閉)", re.I)
_APP_PASSWORD = re.compile(r"application-specific password|app password|authori[sz]ation code|授权码|授權碼|"
                           r"专用密码|專用密碼", re.I)


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    problem: str = OK
    detail: str = ""   # for the log and the "details" line: the server's own words, never the password


class _Failed(Exception):
    def __init__(self, problem: str, detail: str = "") -> None:
        super().__init__(problem)
        self.problem, self.detail = problem, detail


class _Imap:
    """Just enough IMAP4rev1 (RFC 3501) for the check: tagged commands, untagged lines, continuations."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter, timeout: float) -> None:
        self.reader, self.writer, self.timeout, self.n = reader, writer, timeout, 0

    async def line(self) -> str:
        raw = await asyncio.wait_for(self.reader.readline(), self.timeout)
        if not raw:
            raise _Failed(UNAVAILABLE, "the server closed the connection")
        text = raw.decode("utf-8", "replace").rstrip("\r\n")
        literal = re.search(r"\{(\d+)\}$", text)
        if literal:  # a literal inside an untagged answer: read it and the rest of the line
            await asyncio.wait_for(self.reader.readexactly(int(literal.group(1))), self.timeout)
            text += " " + await self.line()
        return text

    async def send(self, data: str) -> None:
        self.writer.write(data.encode("utf-8") + b"\r\n")
        await asyncio.wait_for(self.writer.drain(), self.timeout)

    async def command(self, text: str, *, then: list[str] | None = None) -> tuple[str, list[str]]:
        """Send a tagged command; ``then``: what to send at each "+" continuation. → (tagged line, untagged)."""
        self.n += 1
        tag = f"M{self.n}"
        await self.send(f"{tag} {text}")
        untagged: list[str] = []
        pending = list(then or ())
        while True:
            line = await self.line()
            if line.startswith("+"):
                await self.send(pending.pop(0) if pending else "*")  # "*": cancel an exchange we cannot finish
            elif line.startswith(tag + " "):
                return line[len(tag) + 1:], untagged
            else:
                untagged.append(line)
                if line.upper().startswith("* BYE"):
                    raise _Failed(UNAVAILABLE, line[2:])


def _capabilities(lines: list[str], tagged: str = "") -> set[str]:
    found: set[str] = set()
    for line in (*lines, tagged):
        match = re.search(r"(?:^\* |\[)CAPABILITY ([^\]]*)", line, re.I)
        if match:
            found.update(word.upper() for word in match.group(1).split())
    return found


def _quoted(text: str) -> str | None:
    """An IMAP quoted string, or None when it needs a literal (CR, LF, or not 7-bit)."""
    if any(c in text for c in "\r\n\0") or not text.isascii():
        return None
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _login_problem(tagged: str, app_password_hint: bool) -> str:
    upper = tagged.upper()
    if "[UNAVAILABLE]" in upper:
        return UNAVAILABLE
    if "[PRIVACYREQUIRED]" in upper:
        return TLS_REFUSED
    if _DISABLED.search(tagged):
        return IMAP_DISABLED
    if _APP_PASSWORD.search(tagged) or app_password_hint:
        return APP_PASSWORD
    return BAD_PASSWORD


async def check_server(server: SourceServer, login: str, password: str, *, tls: ssl.SSLContext | None = None,
                       app_password_hint: bool = False, timeout: float = 20.0) -> CheckResult:
    """Sign in to the old server once, read-only. ``tls``: the context to verify its certificate with (None: the
    system's trust store, core/network.py); ``app_password_hint``: the table says this service wants an app
    password / 授权码, so a refused login says so."""
    if server.security not in ("ssl", "starttls"):
        return CheckResult(False, TLS_REFUSED, f"security {server.security!r}: MailWizard signs in only over TLS")
    if tls is None:
        from mailwizard.core.network import tls_context

        tls = tls_context()
    writer: asyncio.StreamWriter | None = None
    try:
        try:
            reader, writer = await asyncio.wait_for(asyncio.open_connection(
                server.host, server.port, ssl=tls if server.security == "ssl" else None,
                server_hostname=server.host if server.security == "ssl" else None), timeout)
        except ssl.SSLCertVerificationError as exc:
            return CheckResult(False, TLS_UNTRUSTED, exc.verify_message or str(exc))
        except ssl.SSLError as exc:
            return CheckResult(False, TLS_REFUSED, exc.reason or type(exc).__name__)
        except (OSError, TimeoutError) as exc:
            return CheckResult(False, UNREACHABLE, f"{server.host}:{server.port}: {type(exc).__name__} {exc}")
        imap = _Imap(reader, writer, timeout)
        return await _session(imap, server, login, password, tls, app_password_hint)
    except _Failed as exc:
        return CheckResult(False, exc.problem, exc.detail)
    except ssl.SSLCertVerificationError as exc:  # STARTTLS's handshake
        return CheckResult(False, TLS_UNTRUSTED, exc.verify_message or str(exc))
    except ssl.SSLError as exc:
        return CheckResult(False, TLS_REFUSED, exc.reason or type(exc).__name__)
    except (TimeoutError, asyncio.IncompleteReadError, ConnectionError) as exc:
        return CheckResult(False, UNAVAILABLE, f"the server stopped answering ({type(exc).__name__})")
    finally:
        if writer is not None:
            writer.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(writer.wait_closed(), 2)


async def _session(imap: _Imap, server: SourceServer, login: str, password: str, tls: ssl.SSLContext,
                   app_password_hint: bool) -> CheckResult:
    try:
        greeting = await imap.line()
    except TimeoutError:  # e.g. STARTTLS chosen at a port that expects TLS from the first byte
        raise _Failed(NOT_IMAP, "no IMAP greeting (a port that expects TLS from the first byte?)") from None
    if greeting.upper().startswith("* BYE"):
        raise _Failed(UNAVAILABLE, greeting[2:])
    if not greeting.upper().startswith(("* OK", "* PREAUTH")):
        raise _Failed(NOT_IMAP, greeting[:200])
    if server.security == "starttls":
        tagged, lines = await imap.command("CAPABILITY")
        if "STARTTLS" not in _capabilities(lines, tagged):  # never sign in in clear: stop here
            raise _Failed(TLS_REFUSED, "the server offers no STARTTLS")
        tagged, _lines = await imap.command("STARTTLS")
        if not tagged.upper().startswith("OK"):
            raise _Failed(TLS_REFUSED, tagged)
        await imap.writer.start_tls(tls, server_hostname=server.host)
    tagged, lines = await imap.command("CAPABILITY")
    caps = _capabilities(lines, tagged)
    if "IMAP4REV1" not in caps and "IMAP4REV2" not in caps:
        raise _Failed(NOT_IMAP, "no IMAP4rev1 capability")
    if "AUTH=PLAIN" in caps:  # RFC 4616: any UTF-8 password, no quoting rules
        token = base64.b64encode(f"\0{login}\0{password}".encode()).decode("ascii")
        tagged, _lines = await imap.command("AUTHENTICATE PLAIN", then=[token])
    elif "LOGINDISABLED" in caps:
        raise _Failed(IMAP_DISABLED, "LOGINDISABLED and no AUTH=PLAIN")
    else:
        user, secret = _quoted(login), _quoted(password)
        if user is None or secret is None:  # a literal would be needed: the server's AUTH=PLAIN is the way
            raise _Failed(BAD_PASSWORD, "a login or password this server cannot take without AUTH=PLAIN")
        tagged, _lines = await imap.command(f"LOGIN {user} {secret}")
    if not tagged.upper().startswith("OK"):
        raise _Failed(_login_problem(tagged, app_password_hint), _scrub(tagged, password))
    tagged, lines = await imap.command("CAPABILITY")
    if "ID" in _capabilities(lines, tagged) | caps:  # RFC 2971: 163/126 refuse mailboxes without it ("Unsafe Login")
        await imap.command('ID ("name" "MailWizard" "vendor" "MailWizard")')
    tagged, _lines = await imap.command('EXAMINE "INBOX"')  # read-only: nothing on the old server changes
    if not tagged.upper().startswith("OK"):
        problem = UNAVAILABLE if "[UNAVAILABLE]" in tagged.upper() else IMAP_DISABLED
        raise _Failed(problem, _scrub(tagged, password))
    with contextlib.suppress(_Failed, TimeoutError, ConnectionError):
        await imap.command("LOGOUT")
    return CheckResult(True)


def _scrub(text: str, password: str) -> str:
    """A server's words for the log, without the password (a server may echo what it got)."""
    return text.replace(password, "***")[:300] if password else text[:300]
