"""Signatures and leave auto-replies without a provider (core/signatures/, core/session/signatures.py): each member
rendered in HTML (escaped) and plain text in the member's language, the design kept and read back whatever the store
holds, the auto-reply's dates, the per-member files with the client steps (sourced), what can be installed where,
and every key the step gives has a text."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import tomllib
from dataclasses import replace
from pathlib import Path

import pytest

from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.flow import Step
from mailwizard.core.members.model import Member
from mailwizard.core.resources import resources_dir
from mailwizard.core.session.runner import LoopRunner
from mailwizard.core.session.session import Session
from mailwizard.core.session.signatures import MESSAGE_KEYS
from mailwizard.core.session.signatures_events import SignatureFailed, SignatureFilesWritten
from mailwizard.core.signatures import render
from mailwizard.core.signatures.design import AutoReply, SignatureDesign
from mailwizard.core.signatures.files import CLIENTS, LogoProblem, folder_name, logo_data_url
from mailwizard.core.signatures.payload import payload
from mailwizard.core.store import Store

HOSTILE = Member(display_name='Eve "<script>alert(1)</script>', local_part="eve", job_title="<b>Boss</b>",
                 department="R&D", phone="+1 (555) 010-0000")
WANG = Member(display_name="王小明", local_part="wang", job_title="经理", department="销售部", phone="138 0000 0000")
PNG = b"\x89PNG\r\n\x1a\n" + b"\0" * 32


def test_everything_the_member_or_admin_typed_is_escaped() -> None:
    design = SignatureDesign(company="A & B <Ltd>", legal="<i>legal</i>", website='x.com/"onmouseover=1',
                             logo='https://x.com/a.png" onerror="alert(1)')
    shown = render.signature(design, HOSTILE, "eve@example.com", "en")
    assert "<script>" not in shown.html and "<b>Boss</b>" not in shown.html and "<i>legal</i>" not in shown.html
    assert "&lt;script&gt;" in shown.html and "A &amp; B &lt;Ltd&gt;" in shown.html and "R&amp;D" in shown.html
    assert '"onmouseover' not in shown.html and "onerror" not in shown.html  # a logo that is no plain URL: left out
    assert 'href="tel:+15550100000"' in shown.html
    assert shown.text.splitlines()[:3] == ["-- ", 'Eve "<script>alert(1)</script>', "<b>Boss</b> · R&D"]


def test_the_members_language_words_order_and_dates() -> None:
    design = SignatureDesign(company="Acme", phone="+86 10 1234 5678", languages={"wang@a.cn": "zh_TW"},
                             autoreply=AutoReply(start="2026-12-24", end="2027-01-02", contact="office@a.cn"))
    assert design.language_of("WANG@a.cn", "en") == "zh_TW" and design.language_of("x@a.cn", "zh_CN") == "zh_CN"
    cn = render.signature(design, WANG, "wang@a.cn", "zh_CN").text
    assert "销售部 · 经理" in cn and "电话：+86 10 1234 5678" in cn and "手机：138 0000 0000" in cn
    tw = render.signature(design, WANG, "wang@a.cn", "zh_TW").text
    assert "電話：" in tw and "電子郵件：wang@a.cn" in tw
    reply = render.autoreply(design, WANG, "wang@a.cn", "zh_TW")
    assert reply.subject == "自動回覆：王小明 不在辦公室"
    assert "於 2026年12月24日 至 2027年1月2日 期間" in reply.text and "請聯絡 office@a.cn" in reply.text
    en = render.autoreply(design, WANG, "wang@a.cn", "en")
    assert "from 24 December 2026 to 2 January 2027" in en.text and en.text.count("-- \n") == 1
    mine = replace(design, autoreply=replace(design.autoreply, subject="Away: {name}",
                                             body="Back on {end}. {unknown} stays."))
    assert render.autoreply(mine, WANG, "wang@a.cn", "en").text.startswith("Back on 2 January 2027. {unknown} stays.")


def test_the_auto_reply_dates_are_checked_and_sent_as_whole_days() -> None:
    assert AutoReply(start="2026-12-24", end="2026-12-23").problem() == "signature.end_before_start"
    assert AutoReply(start="24/12/2026").problem() == "signature.bad_date"
    assert AutoReply(start="2026-12-24").problem() == ""
    shanghai = dt.timezone(dt.timedelta(hours=8))
    sent = payload("autoreply", SignatureDesign(autoreply=AutoReply(start="2026-12-24", end="2026-12-24")), WANG,
                   "wang@a.cn", "en", shanghai)
    assert (sent["start"], sent["end"]) == ("2026-12-23T16:00:00Z", "2026-12-24T16:00:00Z")


def test_a_logo_file_is_embedded_in_the_files_only(tmp_path: Path) -> None:
    (tmp_path / "logo.png").write_bytes(PNG)
    url = logo_data_url(tmp_path / "logo.png")
    assert url == "data:image/png;base64," + base64.b64encode(PNG).decode()
    design = SignatureDesign(logo=url)
    assert url in render.signature(design, WANG, "w@a.cn", "en", embed_logo=True).html
    assert "<img" not in payload("signature", design, WANG, "w@a.cn", "en")["html"]  # a web signature: links only
    assert "<img" in payload("signature", SignatureDesign(logo="https://a.cn/l.png"), WANG, "w@a.cn", "en")["html"]
    (tmp_path / "big.png").write_bytes(PNG + b"\0" * 60_000)
    (tmp_path / "a.txt").write_text("not a picture")
    for name, key in (("big.png", "signature.logo_too_big"), ("a.txt", "signature.logo_unreadable"),
                      ("none.png", "signature.logo_unreadable")):
        with pytest.raises(LogoProblem) as caught:
            logo_data_url(tmp_path / name)
        assert caught.value.key == key


def test_the_design_is_read_back_whatever_the_store_holds() -> None:
    design = SignatureDesign(company="Acme", show_mobile=False, languages={"a@b.cn": "zh_CN"},
                             autoreply=AutoReply(subject="S", start="2026-01-01"))
    assert SignatureDesign.from_json(design.to_json()) == design
    assert SignatureDesign.from_json(None) == SignatureDesign()
    odd = SignatureDesign.from_json({"company": 5, "show_title": "yes", "languages": {"A@B.cn": "fr", "c@d.cn": "en"},
                                     "autoreply": {"start": 3, "end": "2026-02-01", "x": 1}, "unknown": 1})
    assert odd == SignatureDesign(languages={"c@d.cn": "en"}, autoreply=AutoReply(end="2026-02-01"))


@pytest.fixture
def session(tmp_path):
    seen: list = []
    s = Session(Store(tmp_path / "state"), load_catalogue(), LoopRunner(), frozenset(Step), emit=seen.append)
    s.update(provider_id="tencent", domain="a.cn")
    s.replace(members=(WANG, HOSTILE, Member(display_name="No Address")))
    yield s, seen
    s.shutdown()


def test_the_files_one_folder_per_member_with_the_steps_in_their_language(session, tmp_path) -> None:
    s, seen = session
    s.signatures.set_design(SignatureDesign(company="Acme", languages={"wang@a.cn": "zh_CN"}, logo=logo_data_url(
        _png(tmp_path))))
    folder = tmp_path / "out"

    async def go():
        s.signatures.write_files(str(folder))
        await s.runner.idle()

    asyncio.run(go())
    assert [e for e in seen if isinstance(e, SignatureFilesWritten)] == [SignatureFilesWritten(str(folder), 2)]
    assert sorted(p.name for p in folder.iterdir()) == ["eve@a.cn", "wang@a.cn"]
    wang = folder / "wang@a.cn"
    assert sorted(p.name for p in wang.iterdir()) == ["STEPS.txt", "autoreply.txt", "signature.htm", "signature.txt"]
    page = (wang / "signature.htm").read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in page and "data:image/png" in page
    assert (wang / "signature.txt").read_bytes().startswith(b"-- \r\n")
    steps = (wang / "STEPS.txt").read_text(encoding="utf-8")
    data = tomllib.loads((resources_dir() / "signatures" / "clients.toml").read_text(encoding="utf-8"))
    webmail = data["webmail"]["default"]  # Tencent Exmail: no webmail steps of its own (unconfirmed ones)
    for entry in [*(data["client"][c] for c in CLIENTS), webmail]:
        assert entry["name"]["zh_CN"] in steps and entry["source"] in steps
        assert all(step in steps for step in entry["steps"]["zh_CN"])
    assert "(unconfirmed)" in steps
    assert "Outlook for Windows" in (folder / "eve@a.cn" / "STEPS.txt").read_text(encoding="utf-8")
    assert not list(folder.rglob("*.part"))


def test_every_client_has_steps_and_a_source_in_three_languages() -> None:
    data = tomllib.loads((resources_dir() / "signatures" / "clients.toml").read_text(encoding="utf-8"))
    entries = [*data["client"].values(), *data["webmail"].values()]
    assert set(data["client"]) == set(CLIENTS) and {"google", "microsoft", "default"} <= set(data["webmail"])
    for entry in entries:
        assert entry["source"].startswith("https://") and entry["checked"]
        assert set(entry["name"]) == set(entry["steps"]) == {"en", "zh_CN", "zh_TW"}
        assert len({len(v) for v in entry["steps"].values()}) == 1  # the same steps in each language


def test_folder_names_are_safe_everywhere() -> None:
    assert folder_name('a:b/c\\d*e?f"g<h>i|j@x.cn.') == "a_b_c_d_e_f_g_h_i_j@x.cn"


def test_what_can_be_installed_where(session) -> None:
    s, seen = session
    assert s.signatures.can_install() == {"signature": "signature.not_connected",
                                          "autoreply": "signature.not_connected"}
    s.provider.api = object()  # signed in to Tencent Exmail: its profile offers no signature API
    assert s.signatures.can_install() == {"signature": "signature.no_api", "autoreply": "signature.no_api"}
    s.signatures.install("signature")
    assert seen[-1] == SignatureFailed("signature", "", "signature.no_api")
    assert s.signatures.preview("nobody@a.cn") == ("", "") and s.signatures.preview_autoreply("x@a.cn") == ("", "", "")
    html, text = s.signatures.preview("WANG@a.cn")
    assert "王小明" in html and text.startswith("-- \n")


def test_every_key_the_step_gives_has_a_text(qapp) -> None:
    from mailwizard.ui.messages import has_text

    assert [k for k in MESSAGE_KEYS if not has_text(k)] == []


def _png(folder: Path) -> Path:
    (folder / "logo.png").write_bytes(PNG)
    return folder / "logo.png"


def test_a_logo_file_chosen_in_the_window_is_read_off_the_thread(session, tmp_path) -> None:
    from mailwizard.core.session.signatures_events import SignatureDesignChanged

    s, seen = session
    (tmp_path / "big.gif").write_bytes(b"GIF89a" + b"\0" * 60_000)

    async def go(path: Path):
        s.signatures.set_logo_file(str(path))
        await s.runner.idle()

    asyncio.run(go(_png(tmp_path)))
    assert isinstance(seen[-1], SignatureDesignChanged) and s.signatures.design().logo.startswith("data:image/png")
    asyncio.run(go(tmp_path / "big.gif"))
    assert seen[-1] == SignatureFailed("", "", "signature.logo_too_big", "LogoProblem")
    assert s.signatures.design().logo.startswith("data:image/png")  # the one before stays


def test_the_window_adapter_carries_every_signature_event_and_intent(qapp) -> None:
    from dataclasses import fields

    from mailwizard.core.session import signatures_events
    from mailwizard.core.session.events import Event
    from mailwizard.core.session.signatures import SignaturesStep
    from mailwizard.ui import controller

    events = [e for e in vars(signatures_events).values()
              if isinstance(e, type) and issubclass(e, Event) and e is not Event]
    assert len(events) == 7
    for event in events:
        signal = getattr(controller.WizardController, event.signal)
        assert len(fields(event)) == len(str(signal.signatures[0]).split(",")) if fields(event) else True, event
    intents = {k: v for k, v in controller.INTENTS.items() if v.startswith("signatures.")}
    assert len(intents) == 11
    for name, target in intents.items():
        assert callable(getattr(SignaturesStep, target.partition(".")[2])), name
