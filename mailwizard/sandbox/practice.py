"""Practice mode's world: a DNS host whose zone the user edits, an authoritative server and three "public
resolvers" that see each change a little later (propagation), a provider API, and a mail server — all on
127.0.0.1, all started by the app and forgotten when it closes. Nothing here can reach a real provider.

    sandbox = PracticeSandbox().start()
    sandbox.use_domain("example.com")       # the company's domain, as typed on the Domain step
    sandbox.zone.replace_all([...])         # the mock DNS host's Save
    sandbox.check_config(), sandbox.resolver_config(), sandbox.api.base_url, sandbox.smtp.port
    sandbox.dns_api.base_url                # the practice DNS host's API: Cloudflare's, any token works
    sandbox.old_imap.port, sandbox.new_imap.port  # the old mail server (any password) and the new mailboxes
    sandbox.stop()
"""

from __future__ import annotations

from mailwizard.core.dns.config import ResolverConfig
from mailwizard.core.dns.service import check_config
from mailwizard.sandbox.cloudflare_dns_fake import CloudflareDnsFake
from mailwizard.sandbox.dns_server import LoopbackDns
from mailwizard.sandbox.hosted_zone import HostedZone as ApiZone
from mailwizard.sandbox.practice_api import APP_ID, SECRET, PracticeApi
from mailwizard.sandbox.practice_dns import DelayedView, HostedZone
from mailwizard.sandbox.practice_imap import PracticeImap
from mailwizard.sandbox.practice_mailboxes import new_mailbox, old_mailbox
from mailwizard.sandbox.practice_smtp import PASSWORD, USER, PracticeSmtp

# How far behind the DNS host each practice resolver is, in seconds: a realistic spread, short enough to
# watch (real resolvers take minutes to hours).
RESOLVER_DELAYS = (4.0, 10.0, 20.0)
NAMESERVERS = ("ns1.practice-dns.invalid.", "ns2.practice-dns.invalid.")
PRACTICE_MX = ("mx1.practice-mail.invalid", "mx2.practice-mail.invalid")
# What a freshly registered domain often has: the registrar's parking address and its mail forwarding,
# so the practice shows how to replace an old MX record.
STARTER_RECORDS = (("@", "A", "192.0.2.80", 600), ("www", "CNAME", "{domain}.", 600),
                   ("@", "MX", "10 mx.previous-host.invalid.", 600))

# What the key box holds at the practice DNS host (any token works there: it is practice, on loopback)
DNS_TOKEN = "practice-dns-token"

# The company practice starts with, in the UI language: sample data the Domain step shows as such, for the user to
# change. The domain stays theirs to type: checking it is worth rehearsing. (example.net: reserved, RFC 2606)
SAMPLE_COMPANY = {
    "en": {"name": "Practice Trading Ltd.", "contact_name": "Anna Lee", "contact_email": "anna.lee@example.net"},
    "zh_CN": {"name": "练习贸易有限公司", "contact_name": "王芳", "contact_email": "wangfang@example.net"},
    "zh_TW": {"name": "練習貿易有限公司", "contact_name": "陳怡君", "contact_email": "yijun.chen@example.net"},
}

__all__ = ["APP_ID", "DNS_TOKEN", "PASSWORD", "SAMPLE_COMPANY", "SECRET", "USER", "PracticeSandbox"]


class PracticeSandbox:
    def __init__(self, delays: tuple[float, ...] = RESOLVER_DELAYS, *, throttle_every: int | None = 9) -> None:
        self.zone = HostedZone(zones=set(), negative_ttl=60)
        self.zone.snapshot()
        self.authoritative = LoopbackDns(self.zone)
        self.resolvers = [LoopbackDns(DelayedView(self.zone, delay)) for delay in delays]
        self.api = PracticeApi(self._mx_visible, throttle_every=throttle_every)
        self.smtp = PracticeSmtp()
        # the company's old mail server (any login, any password: an old mailbox seeded for it) and the practice
        # provider's IMAP server (the accounts the console made, each with its password): the copy's rehearsal
        self.old_imap = PracticeImap(lambda _login, password: bool(password), old_mailbox)
        self.new_imap = PracticeImap(self.api.mail_password_ok, lambda _login: new_mailbox())
        # the practice DNS host's API, shaped like Cloudflare's: made for the domain when it is chosen
        self.dns_api: CloudflareDnsFake | None = None
        self.zone.on_replaced = self._follow_save
        self.domain = ""
        self._started = False

    def __repr__(self) -> str:
        return f"PracticeSandbox(domain={self.domain!r}, started={self._started})"

    def start(self) -> PracticeSandbox:
        self.authoritative.__enter__()
        for resolver in self.resolvers:
            resolver.__enter__()
        self.api.start()
        self.smtp.start()
        self.old_imap.start()
        self.new_imap.start()
        if self.dns_api is not None:
            self.dns_api.start()
        self._started = True
        return self

    def stop(self) -> None:
        if not self._started:
            return
        self._started = False
        if self.dns_api is not None:
            self.dns_api.stop()
        self.smtp.stop()
        self.old_imap.stop()
        self.new_imap.stop()
        self.api.stop()
        for server in (*self.resolvers, self.authoritative):
            server.__exit__(None, None, None)

    def use_domain(self, domain: str, company: str = "") -> None:
        """The company's domain (ASCII form): it exists, is delegated to the practice DNS host, and has the
        starter records. Typing another domain starts it afresh. ``company`` names the practice organisation."""
        if company:
            self.api.rename_organisation(company)
        domain = domain.rstrip(".").lower()
        if not domain or domain == self.domain:
            return
        self.domain = domain
        with self.zone.lock:
            self.zone.zones.clear()
            self.zone.zones.add(domain)
        rows = [(domain, "NS", ns, 86400) for ns in NAMESERVERS]
        rows += [(domain if name == "@" else f"{name}.{domain}", rtype, value.format(domain=domain), ttl)
                 for name, rtype, value, ttl in STARTER_RECORDS]
        if self.dns_api is not None:
            self.dns_api.stop()
        # the zone the API reads and writes; every change it makes is published to the practice DNS at once
        store = ApiZone(domain, self.zone, id_prefix="practice")
        self.dns_api = CloudflareDnsFake(store, credential={}, accept_any_token=True)
        if self._started:
            self.dns_api.start()
        self.zone.replace_all(rows)
        self.api.use_domain(domain)

    def _follow_save(self, rows: list[tuple[str, str, str, int]]) -> None:
        """The mock DNS host's Save: the API's zone becomes the same records (without publishing them again).
        The apex NS records are the host's own, as at Cloudflare, and not listed."""
        if self.dns_api is None:
            return
        store = self.dns_api.zone
        served, store.served = store.served, None
        try:
            for record in store.all():
                store.delete(record.id)
            for name, rtype, value, ttl in rows:
                name, rtype = name.rstrip(".").lower(), rtype.upper()
                if rtype == "NS" and name == store.apex:
                    continue
                if rtype in ("MX", "CNAME", "NS"):
                    value = value.rstrip(".") if rtype == "MX" else value.rstrip(".").lower()
                store.add(name, rtype, value, ttl)
        finally:
            store.served = served

    def _mx_visible(self, domain: str) -> bool:
        """What the practice provider's own check sees: the MX records at the authoritative server."""
        with self.zone.lock:
            values = [value for value, _ttl in self.zone.records.get((domain, "MX"), [])]
        hosts = {value.split()[-1].rstrip(".").lower() for value in values}
        return set(PRACTICE_MX) <= hosts

    # --- what the wizard is pointed at ----------------------------------------------------------------
    def check_config(self, timeout: float = 1.0):
        return check_config([f"127.0.0.1:{r.port}" for r in self.resolvers],
                            [f"127.0.0.1:{self.authoritative.port}"], timeout=timeout)

    def resolver_delays(self) -> dict[str, float]:
        """Each practice "public DNS server" (its vantage label) → how many seconds it lags the DNS host."""
        return {f"resolver:127.0.0.1:{r.port}": r.zone.delay for r in self.resolvers}

    def resolver_config(self) -> ResolverConfig:
        return ResolverConfig(("127.0.0.1",), self.authoritative.port)
