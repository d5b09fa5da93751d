"""What the provider integration tests share: a scripted browser, DNS lookups against the loopback
server, and members to create."""

from __future__ import annotations

import threading

import dns.message
import dns.query
import httpx

from mailwizard.core.providers.base import NewAccount


class ScriptedBrowser:
    """Plays the admin's browser: opens the sign-in URL, "consents", follows the redirect back to
    MailWizard's loopback listener. Runs in a thread, as a real browser runs beside the app."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self.threads: list[threading.Thread] = []

    def __call__(self, url: str) -> None:
        self.opened.append(url)
        thread = threading.Thread(target=self._visit, args=(url,), daemon=True)
        thread.start()
        self.threads.append(thread)

    @staticmethod
    def _visit(url: str) -> None:
        with httpx.Client(timeout=10) as client:
            answer = client.get(url, follow_redirects=False)
            if answer.status_code in (301, 302, 303, 307):
                client.get(answer.headers["location"])


def txt_lookup(port: int):
    """What the provider's own verifier sees: TXT records asked from the loopback DNS server."""

    def lookup(domain: str) -> list[str]:
        query = dns.message.make_query(domain, "TXT")
        try:
            response = dns.query.udp(query, "127.0.0.1", timeout=1.0, port=port)
        except Exception:
            return []
        return [b"".join(r.strings).decode() for rrset in response.answer for r in rrset]

    return lookup


def members(domain: str, count: int) -> list[NewAccount]:
    return [NewAccount(address=f"user{i:03d}@{domain}", given_name=f"Given{i}", family_name=f"Family{i}",
                       display_name=f"Given{i} Family{i}", password=f"Temp-Pass-{i:03d}x")
            for i in range(count)]


def failure_keys(report) -> dict[str, str]:
    """Address → the message key of why it was not created (the report also keeps the provider's words)."""
    from mailwizard.core.members.failures import read_failure

    return {address: read_failure(text)[0] for address, text in report.failed.items()}

