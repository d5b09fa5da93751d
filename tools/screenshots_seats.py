"""Offscreen screenshots of the Members step's seats line: Microsoft 365 with more people on the list than
licences left (Create held), and Google Workspace, whose API does not say how many were bought (with the mailbox
size column hidden) — in English, 简体中文 and 繁體中文: python tools/screenshots_seats.py [OUT_DIR]."""

from __future__ import annotations

import tempfile
from pathlib import Path

from _offscreen import application, close_wizard, open_wizard, out_dir, wait

from mailwizard.core.flow import Step
from mailwizard.core.members.model import Member
from mailwizard.core.providers.connection import Connections, Endpoints
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.secrets import MemoryStore
from mailwizard.core.store import Store
from tests.integration.provider_helpers import ScriptedBrowser
from tests.servers.google_fake import GoogleFake
from tests.servers.graph_fake import GraphFake

PEOPLE = [("张伟", "zhang.wei"), ("欧阳娜娜", "ouyang.nana"), ("单雄信", "shan.xiongxin"), ("曾国藩", "zeng.guofan"),
          ("Anna Lee", "anna.lee"), ("李娜", "li.na"), ("王芳", "wang.fang")]


def shoot(fake, lang: str, provider: str, plan: str, secret: str | None, name: str, out: Path) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(Path(tmp))
        connections = Connections(MemoryStore(), Endpoints(GoogleEndpoints.at(fake.base_url),
                                                           GraphEndpoints.at(fake.base_url)), rate=None)
        window = open_wizard(store, lang, provider, plan, connections=connections, height=720, dns_verified=True)
        c = window.controller
        c.connect_provider("test-client-id", secret, ScriptedBrowser(), "ok", "…")
        wait(1.0)
        c.tasks.cancel("dns-watch")
        c.go_to(Step.MEMBERS)
        window.show()
        page = window.pages[Step.MEMBERS]
        page.model.set_members([Member(n, local_part=a, personal_email=f"{a}@163.com") for n, a in PEOPLE])
        page._edited()
        page.table.resizeColumnsToContents()
        wait(0.5)
        window.grab().save(str(out / f"seats-{name}-{lang}.png"))
        close_wizard(window, store)


def main() -> None:
    out = out_dir()
    application()
    for lang in ("en", "zh_CN", "zh_TW"):
        with GraphFake() as graph:
            sku = graph.skus[0]
            sku["prepaidUnits"]["enabled"], sku["consumedUnits"] = 20, 15  # 5 left, 7 on the list
            shoot(graph, lang, "microsoft", "business-basic", None, "held", out)
        with GoogleFake(primary_domain="example-corp.com") as google:
            google._add_domain("example.com", verified=True)
            for local in ("admin", "boss", "office"):  # accounts the company had before
                google.add_user(f"{local}@example-corp.com")
            shoot(google, lang, "google", "business-starter", "test-client-secret", "unreported", out)
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
