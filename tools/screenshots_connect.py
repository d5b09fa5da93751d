"""Offscreen screenshots of connecting to Google Workspace and binding the domain, against the
loopback fakes: python tools/screenshots_connect.py [OUT_DIR] (English and 简体中文)."""

from __future__ import annotations

import tempfile
from pathlib import Path

from _offscreen import application, close_wizard, languages, laptop_size, open_wizard, out_dir, wait, wait_until
from PySide6.QtWidgets import QScrollArea

from mailwizard.core.dns.service import check_config
from mailwizard.core.flow import Step
from mailwizard.core.providers.connection import Connections, Endpoints
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.secrets import MemoryStore
from mailwizard.core.store import Store
from mailwizard.sandbox.dns_server import LoopbackDns, Zone
from tests.integration.provider_helpers import ScriptedBrowser, txt_lookup
from tests.servers.google_fake import GoogleFake


def main() -> None:
    out = out_dir()
    application()

    for lang in languages():
        zone = Zone(zones={"com"})
        zone.add("example.com", "MX", "10 mx.oldmail.net.")
        with LoopbackDns(zone) as dns_server, tempfile.TemporaryDirectory() as tmp, \
                GoogleFake(primary_domain="example-corp.com", dns_txt=txt_lookup(dns_server.port)) as google:
            store = Store(Path(tmp))
            server = f"127.0.0.1:{dns_server.port}"
            connections = Connections(MemoryStore(), Endpoints(GoogleEndpoints.at(google.base_url),
                                                               GraphEndpoints.at(google.base_url)))
            window = open_wizard(store, lang, "google", "business-starter", resolver_port=dns_server.port,
                                 dns_config=check_config([server], [server], timeout=0.5), connections=connections,
                                 domain_nameservers=("f1g1ns1.dnspod.net",), current=Step.DNS)
            c = window.controller
            laptop_size(window)
            window.show()
            window.pages[Step.DNS].on_enter()
            wait(0.8)
            window.grab().save(str(out / f"connect-before-{lang}.png"))
            c.connect_provider("test-client-id", "test-client-secret", ScriptedBrowser(), "ok", "…")
            # signed in, the domain added and its verification value fetched: then the record can be added
            wait_until(lambda c=c: bool(c.state.dns_values.get("verification")), "the verification value")
            wait(0.5)
            window.grab().save(str(out / f"connect-bound-{lang}.png"))
            zone.add("example.com", "TXT", f"google-site-verification={c.state.dns_values['verification']}")
            c.check_dns_now()
            wait_until(lambda c=c: c.state.provider_verified, "Google to verify the domain")
            wait(0.5)
            page = window.pages[Step.DNS]
            page.findChild(QScrollArea, "dns_scroll").verticalScrollBar().setValue(0)
            window.grab().save(str(out / f"connect-verified-{lang}.png"))
            close_wizard(window, store)
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
