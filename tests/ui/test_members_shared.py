"""The Members step's shared addresses and aliases in practice mode, as an office manager meets them: suggestions from
the departments ticked to add, the panel following a language switch, a clash said on its row before anything is
made, the Create run making them and saying who each one reaches, the Summary and the hand-over sheet."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import Qt
from pytestqt.exceptions import TimeoutError

from mailwizard.core.flow import Step
from mailwizard.core.members.model import FIELDS
from mailwizard.core.members.shared import SharedAddress
from mailwizard.ui.pages.members_shared import ADD, ADDRESS, STATUS, TABLE_MIN_HEIGHT, WHO
from tests.ui.shared_walk import walk_to_members


@pytest.fixture
def practice(qtbot, qloop):
    from mailwizard.practice import PracticeSession

    session = PracticeSession("en", delays=(0.05, 0.1, 0.15), throttle_every=None)
    qtbot.addWidget(session.window)
    session.window.show()
    qtbot.waitExposed(session.window)
    yield session
    session.close()
    session.languages.apply("en")


def until(qtbot):
    def wait(predicate, seconds: float) -> bool:
        try:
            qtbot.waitUntil(predicate, timeout=int(seconds * 1000))
        except TimeoutError:
            return False
        return True
    return wait


def audit(window, lang: str) -> None:
    from tests.ui.a11y import backward_jumps, mnemonic_problems, unnamed, unnamed_in_transcript

    found = [*(f"no name: {w}" for w in unnamed(window)), *(f"Tab goes back: {j}" for j in backward_jumps(window)),
             *mnemonic_problems(window, lang),
             *(f"read out without a name: {p}" for p in unnamed_in_transcript(window))]
    assert found == [], "\n".join(found)
    assert letters_twice(window) == []


def letters_twice(window) -> list[str]:
    """Alt+letters that two things on screen answer to: buttons, menus, the tabs and the labels of fields."""
    from collections import Counter

    from PySide6.QtWidgets import QLabel, QMenuBar, QPushButton, QTabWidget

    from tests.ui.a11y import mnemonic

    texts = [a.text() for bar in window.findChildren(QMenuBar) for a in bar.actions() if a.isVisible()]
    texts += [b.text() for b in window.findChildren(QPushButton) if b.isVisible() and b.isEnabled()]
    texts += [t.tabText(i) for t in window.findChildren(QTabWidget) if t.isVisible() for i in range(t.count())]
    texts += [label.text() for label in window.findChildren(QLabel) if label.isVisible() and label.buddy()]
    counts = Counter(mnemonic(t) for t in texts if mnemonic(t))
    return sorted(f"Alt+{letter}: {[t for t in texts if mnemonic(t) == letter]}" for letter, n in counts.items()
                  if n > 1)


def rows(panel) -> dict[str, tuple[bool, str, str]]:
    """Address (first line of its cell) → (ticked, who receives its mail, status)."""
    table = panel.table
    return {table.item(r, ADDRESS).text().split("\n")[0]: (
        table.item(r, ADD).checkState() == Qt.CheckState.Checked, table.item(r, WHO).text(),
        table.item(r, STATUS).text()) for r in range(table.rowCount())}


def row_of(panel, address: str) -> int:
    return next(r for r in range(panel.table.rowCount())
                if panel.table.item(r, ADDRESS).text().split("\n")[0] == address)


def test_department_lists_are_suggested_ticked_to_add_and_follow_a_language_switch(qtbot, practice) -> None:
    page = walk_to_members(practice, until(qtbot))
    window, c = practice.window, practice.window.controller
    qtbot.mouseClick(page.tabs.tabBar(), Qt.MouseButton.LeftButton, pos=page.tabs.tabBar().tabRect(1).center())
    assert page.tabs.currentWidget() is page.shared and page.tabs.tabText(1) == "Shar&ed addresses"
    panel = page.shared
    shown = rows(panel)
    # one list per department found in the member list, its people receiving it; none ticked yet
    assert shown["sales@example.com"] == (False, "李娜 and 王芳", "Suggested: the “销售部” people in your list")
    assert shown["finance@example.com"][:2] == (False, "张伟")
    assert shown["support@example.com"][0] is False and "Anna Chen" in shown["support@example.com"][1]
    assert "info@example.com" in shown and c.shared_addresses() == ()

    panel.table.item(row_of(panel, "sales@example.com"), ADD).setCheckState(Qt.CheckState.Checked)  # "Add"
    assert [a.local_part for a in c.shared_addresses()] == ["sales"]
    assert c.shared_addresses()[0].recipients == ("li.na", "wang.fang")
    assert rows(panel)["sales@example.com"] == (True, "李娜 and 王芳", "Will be created with the accounts")
    assert page.tabs.tabText(1) == "Shar&ed addresses (1)"
    # sales@ takes mail from outside; practice (Alibaba's API) cannot allow that: its console steps are shown
    assert c.shared_addresses()[0].outside and "people outside the company mail a shared address" in \
        panel.console.text() and "<ol>" in panel.console.text()
    qtbot.waitUntil(lambda: panel.console_scroll.isVisible())
    assert panel.table.height() >= TABLE_MIN_HEIGHT  # the steps scroll; the list keeps room for its rows

    panel.table.selectRow(0)  # the editor filled in: every part of the tab named, in reading order, with mnemonics
    audit(window, "en")

    window.switch_language("zh_CN")
    assert panel.table.horizontalHeaderItem(WHO).text() == "邮件发给"
    shown = rows(panel)
    assert shown["sales@example.com"][:2] == (True, "李娜和王芳")
    assert shown["info@example.com"][0] is False
    info = panel.table.item(row_of(panel, "info@example.com"), ADDRESS).text()
    assert info.split("\n")[1] != "Information" and page.tabs.tabText(1) == "共享地址（1）(&E)"
    audit(window, "zh_CN")
    window.switch_language("en")
    assert rows(panel)["sales@example.com"][1] == "李娜 and 王芳"


def test_a_clash_is_said_on_its_row_and_nothing_is_created(qtbot, practice) -> None:
    page = walk_to_members(practice, until(qtbot))
    c, panel = practice.window.controller, page.shared
    page.tabs.setCurrentIndex(1)
    qtbot.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)  # "Add a shared address": typed by the user
    editor = panel.editor
    assert editor.local_part.isEnabled() and not editor.local_part.text()
    editor.local_part.setText("off")  # being typed: a refresh from elsewhere (the window's) leaves it as it is
    page.refresh()
    assert editor.local_part.text() == "off"
    editor.local_part.setText("li.na")  # 李娜's own address
    editor.local_part.editingFinished.emit()
    editor.recipients.item(1).setCheckState(Qt.CheckState.Checked)
    assert c.shared_addresses()[0].local_part == "li.na" and c.shared_addresses()[0].recipients == ("wang.fang",)
    status = rows(panel)["li.na@example.com"][2]
    assert status.startswith("Needs your action: li.na@example.com is already 李娜's own address.")
    assert "Choose another name" in status
    assert not page.create_button.isEnabled()  # refused before anything is made

    # a name the provider has already for someone else: said once the provider has been asked (after typing stops)
    editor.local_part.setText("reception")
    editor.local_part.editingFinished.emit()
    qtbot.waitUntil(lambda: "exists at" in rows(panel)["reception@example.com"][2], timeout=10000)
    assert rows(panel)["reception@example.com"][2] == (
        "Needs your action: reception@example.com exists at the provider already (a person's mailbox), and "
        "MailWizard did not make it. Choose another name, or remove the existing one in the provider's console first.")

    editor.local_part.setText("office")
    editor.local_part.editingFinished.emit()
    assert rows(panel)["office@example.com"][2] == "Will be created with the accounts"
    qtbot.waitUntil(page.create_button.isEnabled)

    qtbot.waitUntil(lambda: not panel._check_soon.isActive(), timeout=5000)  # the last check of the shared list
    qtbot.wait(500)                                                          # ... asked and answered
    # an alias that is someone else's address: its cell marked, the line under the table says which row and why
    aliases = page.model.index(0, FIELDS.index("aliases"))
    page.model.setData(aliases, "Wang.Fang@example.com; lina")
    page._edited()
    assert page.model.members[0].aliases == "wang.fang, lina"
    assert page.model.data(aliases, Qt.ItemDataRole.BackgroundRole) is not None
    assert page.problem.plain.startswith("Row 1: ") and "wang.fang@example.com" in page.problem.plain
    assert not page.create_button.isEnabled()
    page.model.setData(aliases, "lina, reception")  # the provider's own: said once it has been asked
    page._edited()
    qtbot.waitUntil(lambda: "reception@example.com exists at the provider" in page.problem.plain, timeout=10000)
    assert page.model.data(aliases, Qt.ItemDataRole.BackgroundRole) is not None
    page.model.setData(aliases, "lina")
    page._edited()
    qtbot.waitUntil(lambda: not page.problem.plain, timeout=10000)
    assert page.model.data(aliases, Qt.ItemDataRole.BackgroundRole) is None
    assert "Other addresses of the same mailbox" in page.model.data(aliases, Qt.ItemDataRole.ToolTipRole)
    assert "Other addresses of the same mailbox" in page.model.headerData(
        FIELDS.index("aliases"), Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)


def test_create_makes_them_says_who_they_reach_and_the_summary_and_sheet_say_it(qtbot, practice) -> None:
    page = walk_to_members(practice, until(qtbot))
    window, c, panel = practice.window, practice.window.controller, page.shared
    page.tabs.setCurrentIndex(1)
    c.set_shared_addresses([SharedAddress("sales", "Sales", ("li.na", "wang.fang"), "department", "销售部"),
                            SharedAddress("info", "Information", ("wang.fang",), "common", "info")])
    panel.refresh()
    qtbot.waitUntil(page.create_button.isEnabled)
    assert page.create_button.text() == "&Create 4 accounts"
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: c.state.members_done, timeout=30000)
    qtbot.waitUntil(lambda: c.shared_done(), timeout=30000)
    shown = rows(panel)
    assert shown["sales@example.com"][2] == "Done: Mail to sales@example.com reaches 李娜 and 王芳."
    assert shown["info@example.com"][2] == "Done: Mail to info@example.com reaches 王芳."
    assert not panel.table.item(row_of(panel, "sales@example.com"), ADD).flags() & Qt.ItemFlag.ItemIsUserCheckable
    statuses = c.shared_statuses()
    assert statuses["alias:lina@example.com"][0] == statuses["alias:david.zhang@example.com"][0] == "created"
    assert "Shared addresses and aliases: 5 of 5" in page.progress_text.text()
    assert page.create_button.text() == "All accounts created" and not page.create_button.isEnabled()
    assert page.run.handover_button.isVisible() and window.next_button.isEnabled()
    panel.table.selectRow(0)
    assert letters_twice(window) == []  # "Print hand-over sheets…" and Next beside the tab and the form

    sheet = page.handover_html()
    assert "Mail sent to these addresses also arrives in your mailbox: lina@example.com" in sheet
    assert "You also receive the mail sent to: sales@example.com (Sales), info@example.com (Information)" in sheet
    assert ("Mail sent to these addresses also arrives in your mailbox: zhangw@example.com, david.zhang@example.com"
            in sheet)
    window.switch_language("zh_CN")  # Chinese punctuation: "：" and "（）", not the English ": " and " ()"
    try:
        assert rows(panel)["sales@example.com"][2].startswith("已完成："), rows(panel)
        sheet = page.handover_html()
        assert "您的新邮箱地址：<b>" in sheet and "sales@example.com（Sales）" in sheet
    finally:
        window.switch_language("en")

    c.update(invitations_done=True)
    assert c.go_to(Step.SUMMARY)
    summary = window.pages[Step.SUMMARY].body.text()
    assert "sales@example.com — mail reaches 李娜 and 王芳" in summary
    assert "info@example.com — mail reaches 王芳" in summary
    assert "张伟: zhangw@example.com, david.zhang@example.com" in summary


def test_without_an_api_the_console_steps_are_numbered_instead(qtbot, open_wizard) -> None:
    from tests.ui.shared_walk import PEOPLE
    from tests.ui.test_members import members_step

    window, page = members_step(qtbot, open_wizard, plan=("west", "enterprise"))  # no admin API: the console
    c = window.controller
    page.model.set_members(list(PEOPLE))
    page._edited()
    page.tabs.setCurrentIndex(1)
    c.set_shared_addresses([SharedAddress("sales", "Sales", ("li.na",), "department", "销售部")])
    page.shared.refresh()
    steps = page.shared.console
    assert steps.isVisible() and "<ol><li>" in steps.text()
    assert "shared addresses in the West Digital admin console" in steps.text()
    assert "aliases in the West Digital admin console" in steps.text()
    assert rows(page.shared)["sales@example.com"][2].startswith("Needs your action: Set it up in the West Digital")


def test_too_many_aliases_marks_that_member_s_aliases(qtbot, open_wizard, monkeypatch) -> None:
    from mailwizard.core.members.shared_check import SharedProblem
    from tests.ui.shared_walk import PEOPLE
    from tests.ui.test_members import members_step

    window, page = members_step(qtbot, open_wizard)
    c = window.controller
    page.model.set_members(list(PEOPLE))
    too_many = SharedProblem("zhang.wei@example.com", "shared.too_many_aliases", {
        "address": "zhang.wei@example.com", "member": "张伟", "count": "2", "limit": "1"})
    monkeypatch.setattr(c.session.shared, "problems", lambda: [too_many])  # a provider that allows one alias each
    page._edited()
    cell = page.model.index(2, FIELDS.index("aliases"))
    assert page.model.data(cell, Qt.ItemDataRole.BackgroundRole) is not None
    assert page.model.data(page.model.index(0, FIELDS.index("aliases")), Qt.ItemDataRole.BackgroundRole) is None
    assert page.problem.plain == ("Row 3: 张伟 has 2 aliases; the provider allows 1 per person. Remove some of them "
                                  "or make them a shared address instead.")


def test_a_part_the_api_cannot_do_gets_its_console_steps_and_the_rest_is_made(qtbot, open_wizard, monkeypatch) -> None:
    """As Microsoft 365: Graph makes the groups, aliases need the Exchange admin center (its steps, numbered)."""
    from mailwizard.core.providers.shared_api import SharedSupport
    from tests.ui.shared_walk import PEOPLE
    from tests.ui.test_members import members_step

    window, page = members_step(qtbot, open_wizard)
    c = window.controller
    monkeypatch.setattr(c.session.shared, "support", lambda: SharedSupport(
        groups=True, aliases=False, members_listed=True, outside_mail=True))
    monkeypatch.setattr(c.session.shared, "console_steps", lambda lang: {
        "groups": ["Open Groups."],  # written for the console, not needed: the API makes them
        "aliases": ["Open the Exchange admin center.", "Choose the mailbox, then Email addresses."]})
    page.model.set_members(list(PEOPLE))
    page._edited()
    page.tabs.setCurrentIndex(1)
    c.set_shared_addresses([SharedAddress("sales", "Sales", ("li.na",), "department", "销售部")])
    page.shared.refresh()
    steps = page.shared.console.text()
    assert "shared addresses in" not in steps  # the API makes those
    assert "To add the aliases in the Google Workspace admin console:" in steps
    assert ("<ol><li>Open the Exchange admin center.</li><li>Choose the mailbox, then Email addresses.</li></ol>"
            in steps)
    assert rows(page.shared)["sales@example.com"][2] == "Will be created with the accounts"
    page.model.set_members([replace(m, aliases="") for m in PEOPLE])  # no aliases asked for: no steps for them
    page._edited()
    page.shared.refresh()
    assert not page.shared.console.isVisible()
