"""Offscreen screenshots of the DNS step against a loopback zone: python tools/screenshots_dns.py [OUT_DIR].

Shows the records and host guidance, the panel mid-propagation, and all green, in English, 简体中文 and 繁體中文, the
window as the app sizes it on a 1366×768 laptop.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from _offscreen import application, close_wizard, languages, laptop_size, open_wizard, out_dir, wait

from mailwizard.core.dns.service import check_config
from mailwizard.core.flow import Step
from mailwizard.core.store import Store
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from tests.integration.test_dns_check import DKIM


def zone() -> Zone:
    z = Zone(zones={"com", "net", "test"})
    z.add("example.com", "MX", "10 mx.oldmail.net.")
    z.add("example.com", "TXT", "v=spf1 include:spf.oldmail.net ~all")
    z.add("spf.oldmail.net", "TXT", "v=spf1 ip4:192.0.2.0/24 ~all")
    z.add("_spf.google.com", "TXT", "v=spf1 ip4:198.51.100.0/24 ~all")
    return z


def main() -> None:
    out = out_dir()
    application()

    for lang in languages():
        auth_zone, stale_zone = zone(), zone()
        with LoopbackDns(auth_zone) as auth, LoopbackDns(stale_zone) as stale, tempfile.TemporaryDirectory() as tmp:
            store = Store(Path(tmp))
            config = check_config([f"127.0.0.1:{auth.port}", f"127.0.0.1:{stale.port}"],
                                  [f"127.0.0.1:{auth.port}"], timeout=0.5)
            window = open_wizard(store, lang, "google", "business-starter", resolver_port=auth.port, dns_config=config,
                                 domain_nameservers=("lara.ns.cloudflare.com",), current=Step.DNS)
            c = window.controller
            laptop_size(window)
            window.show()
            window.pages[Step.DNS].on_enter()
            wait(1.0)
            window.grab().save(str(out / f"dns-records-{lang}.png"))
            c.set_dns_value("verification", "abc123")
            for z in (auth_zone,):
                z.set("example.com", "TXT", "google-site-verification=abc123",
                      "v=spf1 include:spf.oldmail.net include:_spf.google.com ~all", ttl=3600)
                z.set("example.com", "MX", "1 smtp.google.com.")
            c.check_dns_now()
            wait(1.0)
            window.grab().save(str(out / f"dns-propagating-{lang}.png"))
            for z in (auth_zone, stale_zone):
                z.set("example.com", "TXT", "google-site-verification=abc123",
                      "v=spf1 include:spf.oldmail.net include:_spf.google.com ~all")
                z.set("example.com", "MX", "1 smtp.google.com.")
                z.set("google._domainkey.example.com", "TXT", DKIM)
                z.set("_dmarc.example.com", "TXT", "v=DMARC1; p=none")
            c.set_dns_value("dkim", DKIM)
            wait(1.5)
            window.grab().save(str(out / f"dns-done-{lang}.png"))
            close_wizard(window, store)
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
