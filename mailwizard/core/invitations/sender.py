"""The exactly-once sending run, shared by every way of sending (a ``Sender``): SMTP here (STARTTLS or implicit TLS,
certificates verified, retries for temporary failures and a clear reason for permanent ones), the provider's own
mail API in api_sender.py. Each member's status is kept in the store's journal — planned, "sending" before the
message goes out, then "sent", "failed" or "uncertain" — so a resumed run sends each invitation once.

An invitation found "sending" at the start of a run (the app stopped during the exchange), or journalled
"uncertain" (its answer was lost after the request went out), may or may not have arrived: it is reported as
uncertain and sent again only when the admin says so.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from email.message import EmailMessage
from typing import TYPE_CHECKING, Protocol

import aiosmtplib

from mailwizard.core.network import tls_context as tls_context_default

if TYPE_CHECKING:
    from mailwizard.core.store import Store

SENDING, SENT, FAILED, UNCERTAIN = "sending", "sent", "failed", "uncertain"


@dataclass(frozen=True)
class SmtpSettings:
    host: str
    port: int
    security: str            # "starttls" | "tls" | "none" (loopback tests only)
    username: str
    timeout: float = 30.0


class SendProblem(Exception):
    """The whole run cannot go on (wrong password, no server, certificate, no permission): nothing more is sent."""

    def __init__(self, key: str, **params: str) -> None:
        super().__init__(key)
        self.key, self.params = key, params


class SmtpProblem(SendProblem):
    """A SendProblem of the SMTP way."""


class Uncertain(Exception):
    """The message went out and its answer was lost (connection dropped, time-out, a server error that does not say
    "not sent"): it may have arrived. Journalled "uncertain" for the admin to decide; never sent again by itself."""


class Sender(Protocol):
    """One way of sending: ``send_one`` raises PermanentFailure (this message only), Uncertain (this message only)
    or SendProblem (the run stops); ``pace`` seconds between messages."""

    pace: float

    async def send_one(self, message: EmailMessage) -> None: ...

    async def close(self) -> None: ...


@dataclass
class SendReport:
    total: int
    sent: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)       # sent in an earlier run
    uncertain: list[str] = field(default_factory=list)     # interrupted mid-send earlier: ask before resending
    failed: dict[str, str] = field(default_factory=dict)   # member → message key
    statuses: dict[str, str] = field(default_factory=dict)

    @property
    def done(self) -> int:
        return len(self.sent) + len(self.skipped) + len(self.uncertain) + len(self.failed)


def _permanent_key(code: int, text: str) -> str:
    lowered = text.lower()
    if code in (550, 551, 553) and ("relay" in lowered or "5.7.1" in lowered):
        return "smtp.relay_denied"
    if code in (550, 551, 553, 501, 510, 511):
        return "smtp.bad_address"
    if code in (552, 554):
        return "smtp.rejected"
    return "smtp.rejected"


class InvitationSender:
    def __init__(self, settings: SmtpSettings, password: str, *, tls_context: ssl.SSLContext | None = None,
                 pace: float = 1.0, retries: int = 3, retry_delay: float = 5.0) -> None:
        self.settings, self._password = settings, password
        self.tls_context = tls_context or tls_context_default()  # the OS trust store; verification always on
        self.pace, self.retries, self.retry_delay = pace, retries, retry_delay
        self._client: aiosmtplib.SMTP | None = None

    async def _connect(self) -> aiosmtplib.SMTP:
        s = self.settings
        client = aiosmtplib.SMTP(hostname=s.host, port=s.port, timeout=s.timeout, tls_context=self.tls_context,
                                 use_tls=s.security == "tls", start_tls=s.security == "starttls")
        try:
            await client.connect()
            if s.username:
                await client.login(s.username, self._password)
        except aiosmtplib.SMTPAuthenticationError:
            await _quietly_close(client)
            raise SmtpProblem("smtp.auth_failed") from None
        except ssl.SSLCertVerificationError:
            await _quietly_close(client)
            raise SmtpProblem("smtp.certificate", host=s.host) from None
        except (aiosmtplib.SMTPConnectError, aiosmtplib.SMTPConnectTimeoutError, aiosmtplib.SMTPTimeoutError,
                OSError) as exc:
            await _quietly_close(client)
            if isinstance(getattr(exc, "__cause__", None), ssl.SSLCertVerificationError):
                raise SmtpProblem("smtp.certificate", host=s.host) from None
            raise SmtpProblem("smtp.unreachable", host=s.host, port=str(s.port)) from None
        except aiosmtplib.SMTPException as exc:
            await _quietly_close(client)
            if s.security == "starttls" and "starttls" in str(exc).lower():  # reached, but no encryption offered
                raise SmtpProblem("smtp.no_starttls", host=s.host, port=str(s.port)) from exc
            raise SmtpProblem("smtp.unreachable", host=s.host, port=str(s.port)) from exc
        return client

    async def close(self) -> None:
        if self._client is not None:
            await _quietly_close(self._client)
            self._client = None

    async def send_one(self, message: EmailMessage) -> None:
        """Send, retrying temporary (4xx) failures and a line dropped before the message body went out; raises
        SmtpProblem, PermanentFailure, or Uncertain when the line dropped (or went silent) after the body and its
        terminating "." went out: the server may have taken it, so it is never sent again by itself."""
        for attempt in range(self.retries + 1):
            if self._client is None or not self._client.is_connected:
                self._client = await self._connect()
            watch = _BodyWatch(self._client)
            try:
                await self._client.send_message(message)
                return
            except aiosmtplib.SMTPRecipientsRefused as exc:
                code, text = exc.recipients[0].code, exc.recipients[0].message
            except aiosmtplib.SMTPResponseException as exc:  # an answer: not taken (RFC 5321 4.2.1, 4.2.5)
                code, text = exc.code, exc.message
            except (aiosmtplib.SMTPServerDisconnected, aiosmtplib.SMTPTimeoutError) as exc:
                await _quietly_close(self._client)
                self._client = None
                if watch.body_sent:  # no answer to the end of the data: it may have been delivered
                    raise Uncertain() from exc
                code, text = 421, "disconnected"  # before the body: nothing was taken, sending again is safe
            finally:
                watch.stop()
            if code >= 500:
                raise PermanentFailure(_permanent_key(code, text), code)
            if attempt == self.retries:
                raise PermanentFailure("smtp.temporary", code)
            await asyncio.sleep(self.retry_delay * (2 ** attempt))
        raise PermanentFailure("smtp.temporary", 0)


class _BodyWatch:
    """Notes whether the message body (with its terminating "." line) was handed to the connection during one
    ``send_message``: aiosmtplib writes "DATA", waits for 354, then writes the body in one piece. Until then a lost
    line means the server cannot have the message; from then on it may (RFC 5321 section 4.1.1.4: the mail is the
    server's to deliver once it answers 250 to the end of the data, and that answer is what went missing)."""

    def __init__(self, client: aiosmtplib.SMTP) -> None:
        self.body_sent, self._after_data = False, False
        self._protocol = client.protocol
        if self._protocol is not None:
            self._write = self._protocol.write
            self._protocol.write = self._watched  # type: ignore[method-assign]

    def _watched(self, data: bytes) -> None:
        self._write(data)  # raises, and notes nothing, when the line is already gone
        if self._after_data and data.endswith(b".\r\n"):  # not an RSET after a refused DATA
            self.body_sent = True
        self._after_data = len(data) == 6 and bytes(data).upper() == b"DATA\r\n"

    def stop(self) -> None:
        if self._protocol is not None and "write" in vars(self._protocol):
            del self._protocol.write  # back to the class's own method


class PermanentFailure(Exception):
    def __init__(self, key: str, code: int) -> None:
        super().__init__(key)
        self.key, self.code = key, code


async def _quietly_close(client: aiosmtplib.SMTP) -> None:
    try:
        if client.is_connected:
            await client.quit()
    except (aiosmtplib.SMTPException, OSError):
        client.close()


async def send_invitations(
    sender: Sender,
    messages: list[tuple[str, EmailMessage]],
    store: Store,
    scope: str,
    *,
    resend: set[str] = frozenset(),
    on_progress: Callable[[SendReport], None] | None = None,
    running: asyncio.Event | None = None,
    stop: asyncio.Event | None = None,
) -> SendReport:
    """``messages``: (member key, message). ``resend``: keys the admin confirmed to send again.
    ``running`` cleared pauses between messages; ``stop`` set ends the run between messages (Cancel),
    so no message is left half-sent."""
    journal = store.journal_all(scope)
    report = SendReport(len(messages))
    try:
        for index, (key, message) in enumerate(messages):
            state = (journal.get(key) or ("",))[0]
            if state == SENT and key not in resend:
                report.skipped.append(key)
                report.statuses[key] = SENT
                continue
            if state in (SENDING, UNCERTAIN) and key not in resend:
                report.uncertain.append(key)
                report.statuses[key] = state  # "sending": the app stopped during it; "uncertain": its answer was lost
                continue
            if running is not None:
                await running.wait()
            if stop is not None and stop.is_set():
                break
            if index and report.sent and sender.pace:
                await asyncio.sleep(sender.pace)  # stay under the provider's sending limits
            store.journal_put(scope, key, SENDING)
            try:
                await sender.send_one(message)
            except PermanentFailure as exc:
                store.journal_put(scope, key, FAILED, "", exc.key)
                report.failed[key] = exc.key
                report.statuses[key] = FAILED
            except Uncertain:
                store.journal_put(scope, key, UNCERTAIN)  # may have arrived: the admin decides, never resent alone
                report.uncertain.append(key)
                report.statuses[key] = UNCERTAIN
            except SendProblem:
                store.journal_put(scope, key, "", "", "")  # never reached the server: not sent, not uncertain
                raise
            else:
                # recorded without an await in between: a cancellation cannot fall between "accepted" and "sent"
                store.journal_put(scope, key, SENT, dt.datetime.now(dt.UTC).isoformat(timespec="seconds"))
                report.sent.append(key)
                report.statuses[key] = SENT
            if on_progress is not None:
                on_progress(report)
    finally:
        await sender.close()
    return report
