""""Signatures and auto-replies…" from the Summary, in practice mode: the design changed in the window shows in the
live preview for the person chosen (HTML and plain text), is kept by the session, the logo is embedded, the files
are saved one folder per person, practice's provider says it sets none itself, and the leave auto-reply's dates
and wording reach the preview."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate

from mailwizard.core.flow import Step
from mailwizard.ui.status import Status
from tests.ui.summary_walk import walk_to_summary

WAIT = 20_000
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000")  # a 1×1 PNG's header…
PNG += bytes.fromhex("1f15c4890000000d49444154789c6360000002000154a24f5d0000000049454e44ae426082")


@pytest.fixture
def walked(qtbot, qloop, monkeypatch):
    yield from walk_to_summary(qtbot, monkeypatch)


def opened(qtbot, session):
    more = session.window.pages[Step.SUMMARY].more
    assert more.signatures_button.text() == "&Signatures and auto-replies…"
    more.signatures_button.click()
    window = more.signatures_window
    qtbot.waitUntil(window.isVisible, timeout=WAIT)
    return window


def test_the_design_shows_live_in_each_persons_preview_and_is_kept(qtbot, walked) -> None:
    c = walked.window.controller
    window = opened(qtbot, walked)
    assert window.width() <= 1366 - 16 and window.height() <= 768 - 40
    design = window.design
    people = [design.person.itemData(i) for i in range(design.person.count())]
    assert people == [a for a, _m in c.signature_members()] and len(people) == 3
    member = dict(c.signature_members())[people[1]]
    design.person.setCurrentIndex(1)
    qtbot.keyClicks(design.company_edits["company"], "Example Trading")
    qtbot.waitUntil(lambda: "Example Trading" in design.text.toPlainText(), timeout=WAIT)  # typing: a moment later
    assert member.display_name in design.text.toPlainText() and "Example Trading" in design.html.toHtml()
    assert c.signature_design().company == "Example Trading"
    if member.job_title:
        assert member.job_title in design.text.toPlainText()
        design.person_boxes["title"].setChecked(False)
        qtbot.waitUntil(lambda: member.job_title not in design.text.toPlainText(), timeout=WAIT)
        assert c.signature_design().show_title is False
    design.language.setCurrentIndex(2)  # 简体中文
    qtbot.waitUntil(lambda: c.signature_design().language == "zh_CN", timeout=WAIT)


def test_the_logo_and_the_files(qtbot, walked, tmp_path: Path) -> None:
    c = walked.window.controller
    window = opened(qtbot, walked)
    logo = tmp_path / "logo.png"
    logo.write_bytes(PNG)
    c.set_signature_logo_file(str(logo))
    qtbot.waitUntil(lambda: c.signature_design().logo.startswith("data:image/png"), timeout=WAIT)
    qtbot.waitUntil(lambda: window.design.logo_remove.isVisible(), timeout=WAIT)
    assert "picture" in window.design.logo_label.text()
    window.design.logo_remove.click()
    assert c.signature_design().logo == "" and not window.design.logo_remove.isVisible()
    install = window.install
    assert install.install.isHidden() and install.api_status.plain  # practice sets none: why, in words
    assert "signature." not in install.api_status.plain
    folder = tmp_path / "signatures"
    folder.mkdir()
    window.save_files(str(folder))
    qtbot.waitUntil(lambda: install.files_status.status is Status.DONE, timeout=WAIT)
    made = sorted(p.name for p in folder.iterdir())
    assert made == sorted(a for a, _m in c.signature_members())
    assert {p.name for p in (folder / made[0]).iterdir()} >= {"signature.htm", "signature.txt", "STEPS.txt"}
    assert not install.open_folder.isHidden() and str(folder) in install.files_status.plain


def test_the_auto_replys_dates_and_wording_reach_its_preview(qtbot, walked) -> None:
    c = walked.window.controller
    window = opened(qtbot, walked)
    reply = window.reply
    assert reply.person.itemData(0) == "" and reply.chosen() is None  # everyone first
    kept = c.signature_design().autoreply
    assert (kept.start, kept.end) == reply.dates()  # the dates shown are the ones kept
    reply.first.setDate(QDate(2027, 2, 10))
    reply.last.setDate(QDate(2027, 2, 17))
    reply.message.setPlainText("Away from {start} until {end}. Write to {contact}.")
    qtbot.keyClicks(reply.contact, "office@example.com")
    qtbot.waitUntil(lambda: "office@example.com" in reply.preview.toPlainText(), timeout=WAIT)
    assert c.signature_design().autoreply.start == "2027-02-10" and c.signature_design().autoreply.end == "2027-02-17"
    assert "{" not in reply.preview.toPlainText()
    reply.last.setDate(QDate(2027, 2, 1))  # before the first day: held at it
    qtbot.waitUntil(lambda: c.signature_design().autoreply.end == "2027-02-10", timeout=WAIT)
    assert reply.turn_on.isHidden() and "signature." not in reply.status.plain
