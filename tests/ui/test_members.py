"""The Members step as a user drives it: typing, validation, import with the mapping dialog,
creation with progress, cancel and resume."""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QApplication,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QMessageBox,
)

from mailwizard.core.flow import DomainPresence, Step
from mailwizard.core.members.model import FIELDS, Member
from mailwizard.core.providers.connection import Connections, Endpoints
from mailwizard.core.providers.google import GoogleEndpoints
from mailwizard.core.providers.http import RetryPolicy
from mailwizard.core.providers.microsoft import GraphEndpoints
from mailwizard.core.secrets import MemoryStore
from mailwizard.sandbox.fake_http import Fault
from mailwizard.ui.status import Status
from tests.integration.provider_helpers import ScriptedBrowser
from tests.servers.google_fake import GoogleFake
from tests.ui.helpers import WAIT

CORPUS = Path(__file__).resolve().parents[1] / "data" / "members"


@pytest.fixture
def google():
    with GoogleFake(primary_domain="example-corp.com") as fake:
        fake._add_domain("example.com", verified=True)
        yield fake


def members_step(qtbot, open_wizard, google: GoogleFake | None = None, secrets: MemoryStore | None = None, *,
                 plan: tuple[str, str] = ("google", "business-starter")):
    """The Members step with the DNS step done; connected to the Google fake when one is given."""
    window = open_wizard("en")
    c = window.controller
    c.choose_plan(*plan)
    c.set_company(name="Example Ltd", contact_name="Wang Fang", contact_email="wangfang@163.com")
    c.set_domain_input("example.com")
    c.update(domain_presence=DomainPresence.EXISTS, dns_verified=True)  # the DNS step is done
    if google is not None:
        c.connections = Connections(secrets or MemoryStore(), Endpoints(
            GoogleEndpoints.at(google.base_url), GraphEndpoints.at(google.base_url)),
            policy=RetryPolicy(attempts=4, base_delay=0.01), rate=None)
        c.connect_provider("test-client-id", "test-client-secret", ScriptedBrowser(), "ok", "…")
        qtbot.waitUntil(lambda: c.provider is not None and bool(c.state.connected_account), timeout=WAIT)
    c.tasks.cancel("dns-watch")
    assert c.go_to(Step.MEMBERS)
    page = window.pages[Step.MEMBERS]
    assert window.stack.currentWidget() is page
    return window, page


def edit_cell(qtbot, page, row: int, field: str, text: str) -> None:
    index = page.proxy.mapFromSource(page.model.index(row, FIELDS.index(field)))
    if page.table.state() != QAbstractItemView.State.EditingState or page.table.currentIndex() != index:
        page.table.setCurrentIndex(index)
        page.table.edit(index)
    editors = [w for w in page.table.viewport().findChildren(QLineEdit) if w.isVisible()]
    editor = editors[-1]
    editor.setFocus()
    editor.selectAll()
    if text.isascii():
        qtbot.keyClicks(editor, text)
    else:
        from PySide6.QtGui import QInputMethodEvent

        event = QInputMethodEvent()
        event.setCommitString(text)
        QApplication.sendEvent(editor, event)
    page.table.commitData(editor)  # what the delegate does on Enter
    page.table.closeEditor(editor, QAbstractItemDelegate.EndEditHint.NoHint)


def test_typing_names_suggests_addresses_and_flags_problems(qtbot, open_wizard) -> None:
    window, page = members_step(qtbot, open_wizard)
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, page, 0, "display_name", "张伟")
    assert page.model.members[0].local_part == "zhang.wei"
    assert page.model.data(page.model.index(0, FIELDS.index("local_part"))) == "zhang.wei@example.com"
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, page, 1, "display_name", "张伟")
    assert page.model.members[1].local_part not in ("", "zhang.wei")  # never a silent duplicate
    edit_cell(qtbot, page, 1, "local_part", "zhang.wei")              # the user forces one anyway
    assert page.problem.status is Status.ACTION
    assert "already used by 张伟 in row 1" in page.problem.plain
    cell = page.model.index(1, FIELDS.index("local_part"))
    assert page.model.data(cell, Qt.ItemDataRole.BackgroundRole) is not None
    edit_cell(qtbot, page, 1, "local_part", "zhang.wei2")
    edit_cell(qtbot, page, 1, "personal_email", "not-an-email")
    assert "not a valid email address" in page.problem.plain
    assert not page.create_button.isEnabled()
    assert page.seats.text() == "2 people · your plan allows up to 300"
    assert [m.display_name for m in window.controller.members] == ["张伟", "张伟"]  # saved as typed


def import_through_the_dialog(page, monkeypatch, source: Path, look) -> None:
    """The Import button with ``source`` chosen (read off the UI thread); ``look(dialog)`` runs on the mapping
    dialog, then OK; returns once the rows are in the table."""
    monkeypatch.setattr("mailwizard.ui.widgets.import_dialog.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(source), ""))

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # the file is still being read (a workbook: openpyxl loads the first time)
            QTimer.singleShot(50, answer)
            return
        look(dialog)
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    QTimer.singleShot(100, answer)
    before = len(page.model.members)
    page._ask_import()
    deadline = time.monotonic() + WAIT / 1000  # by the clock, not a count of turns: a busy machine reads slower
    while len(page.model.members) <= before and time.monotonic() < deadline:
        QTest.qWait(20)  # the reading task runs on the loop that qWait turns


def test_import_with_the_mapping_dialog(qtbot, open_wizard, monkeypatch) -> None:
    _window, page = members_step(qtbot, open_wizard)
    seen = {}

    def look(dialog) -> None:
        seen["title"] = dialog.windowTitle()
        seen["summary"] = dialog.summary.text()
        combo = dialog.columns["department"]
        assert combo.currentText() == "部门"  # understood on its own
        combo.setCurrentIndex(0)              # the user decides departments are not wanted

    import_through_the_dialog(page, monkeypatch, CORPUS / "gbk_comma_zh.csv", look)
    assert seen["title"] == "Import from gbk_comma_zh.csv"
    assert seen["summary"].startswith("4 rows are ready.")
    assert [m.display_name for m in page.model.members][:2] == ["刘洋", "陈静"]
    assert all(m.department == "" for m in page.model.members)


def test_a_chinese_domain_reads_as_people_write_it_and_any_form_of_it_can_be_typed(qtbot, open_wizard) -> None:
    window, page = members_step(qtbot, open_wizard)
    window.controller.set_domain_input("例子.中国")
    page.refresh()
    qtbot.mouseClick(page.add_button, Qt.MouseButton.LeftButton)
    edit_cell(qtbot, page, 0, "display_name", "李娜")
    address = page.model.index(0, FIELDS.index("local_part"))
    assert page.model.data(address) == "li.na@例子.中国"  # not li.na@xn--fsqu00a.xn--fiqs8s
    for typed in ("lina@例子.中国", "lina@xn--fsqu00a.xn--fiqs8s", "lina@例子。中国.", "ｌｉｎａ＠例子.中国"):
        edit_cell(qtbot, page, 0, "local_part", typed)
        assert page.model.members[0].local_part == "lina", typed
        assert page.model.problems == {}, typed
    edit_cell(qtbot, page, 0, "phone", "１３８００１３８０００")   # typed with a Chinese input method
    assert page.model.members[0].phone == "13800138000" and page.model.problems == {}


def test_a_names_only_file_shows_the_addresses_it_will_get(qtbot, open_wizard, monkeypatch) -> None:
    _window, page = members_step(qtbot, open_wizard)
    page.model.set_members([Member("张伟", "张", "伟", "zhang.wei")])  # already in the list: not suggested again
    page._edited()
    seen = {}

    def look(dialog) -> None:
        seen["summary"] = dialog.summary.text()
        seen["addresses"] = [dialog.preview.item(row, 2).text() for row in range(dialog.preview.rowCount())]

    import_through_the_dialog(page, monkeypatch, CORPUS / "names_only.csv", look)
    rows = len(seen["addresses"])
    assert rows >= 2 and seen["summary"] == f"{rows} rows are ready."  # nothing about problems when there are none
    imported = [m.local_part for m in page.model.members[1:]]
    assert seen["addresses"] == [f"{local}@example.com" for local in imported]  # the preview is what arrives
    assert all(imported) and "zhang.wei" not in imported


def test_an_unreadable_file_gets_a_clear_message(qtbot, open_wizard, monkeypatch) -> None:
    _window, page = members_step(qtbot, open_wizard)
    monkeypatch.setattr("mailwizard.ui.widgets.import_dialog.QFileDialog.getOpenFileName",
                        lambda *a, **k: (str(CORPUS / "encrypted.xlsx"), ""))
    seen = {}

    def close_box() -> None:  # the file is read off the UI thread: the message comes when it has been
        box = QApplication.activeModalWidget()
        if box is None:
            QTimer.singleShot(50, close_box)
            return
        seen["text"] = box.text()
        box.accept()

    QTimer.singleShot(50, close_box)
    page._ask_import()
    qtbot.waitUntil(lambda: "text" in seen, timeout=10_000)
    assert seen["text"].startswith("This file is protected with a password.")
    assert page.model.members == []


def test_create_with_progress_cancel_and_resume(qtbot, open_wizard, google: GoogleFake) -> None:
    secrets = MemoryStore()
    window, page = members_step(qtbot, open_wizard, google, secrets)
    people = [Member(f"Person {i}", "Person", str(i), f"person{i:02d}") for i in range(30)]
    page.model.set_members(people)
    page._edited()
    assert page.create_button.isEnabled() and page.create_button.text() == "&Create 30 accounts"
    google.inject(Fault.stall(0.15, times=30, path="^/admin/directory/v1/users$", method="POST"))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.progress.value() >= 5, timeout=WAIT)
    assert page.cancel_button.isVisible() and page.progress_text.text().startswith(tuple("0123456789"))
    qtbot.mouseClick(page.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.controller.tasks.is_running("members-create"), timeout=WAIT)
    created = google.created_user_posts
    assert 0 < created < 30
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)  # resume
    qtbot.waitUntil(lambda: page.create_status.status is Status.DONE, timeout=20000)
    assert google.created_user_posts == 30 and len([u for u in google.users if u.endswith("@example.com")]) == 30
    status = page.model.data(page.model.index(0, len(FIELDS)))
    assert status == "Created"
    assert window.controller.state.members_done and window.next_button.isEnabled()
    # the temporary passwords: in the keychain (and memory), never in the state directory
    on_disk = b"".join(p.read_bytes() for p in window.store.directory.rglob("*") if p.is_file())
    passwords = list(window.controller.new_passwords.values())
    assert len(passwords) == 30 and not [p for p in passwords if p.encode() in on_disk]
    assert "person00@example.com" in page.handover_html()
    assert len([k for k in secrets.values if k.startswith("member-password:")]) == 30
    # starting over leaves no temporary password behind in the keychain (no list to hand them over from)
    from tests.ui.test_wizard import answer_next_dialog

    answer_next_dialog("Clear and start over")
    assert window.confirm_start_over() is True
    window.controller.shutdown()  # quitting straight after: closing waits for the keychain to be cleared
    assert not [k for k in secrets.values if k.startswith("member-password:")]
    assert window.controller.new_passwords == {}


@pytest.mark.parametrize(("provider", "encoding", "header"), [("west", "utf-8-sig", "邮箱地址"),
                                                         ("35com", "gbk", "用户名")])
def test_without_an_admin_api_the_console_import_file_and_a_manual_confirmation(
        qtbot, open_wizard, monkeypatch, tmp_path, provider, encoding, header) -> None:
    window, page = members_step(qtbot, open_wizard, plan=(provider, "enterprise"))
    c = window.controller
    page.model.set_members([Member("张伟", "张", "伟", "zhang.wei", department="=cmd"),
                            Member("曾國藩", "曾", "國藩", "zeng.guofan")])
    page._edited()
    assert page.create_button.text() == "&Save the import file…" and page.create_button.isEnabled()
    assert "has no admin API" in page.create_status.plain
    target = tmp_path / "import.csv"
    monkeypatch.setattr("mailwizard.ui.pages.members.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "import_file_saved") is not None, timeout=WAIT)
    text = target.read_bytes().decode(encoding)
    assert text.splitlines()[0].split(",")[0 if provider == "35com" else 1] == header
    assert "曾國藩" in text and "'=cmd" in text  # Traditional characters kept; formula neutralised
    saved = page.findChild(QMessageBox, "import_file_saved")
    assert "import.csv" in saved.text() and "could not confirm" in saved.text()
    assert ("temporary passwords" in saved.text()) == (provider == "west")  # only West's layout has a password
    saved.close()
    qtbot.mouseClick(page.manual_done_button, Qt.MouseButton.LeftButton)
    assert c.state.members_done and window.next_button.isEnabled()


def test_a_name_the_console_encoding_cannot_hold_is_reported_not_mangled(qtbot, open_wizard, monkeypatch,
                                                                         tmp_path) -> None:
    _window, page = members_step(qtbot, open_wizard, plan=("35com", "enterprise"))
    page.model.set_members([Member("张伟", "张", "伟", "zhang.wei"), Member("王䶮", "王", "䶮", "wang.yan")])
    page._edited()
    target = tmp_path / "import.csv"
    monkeypatch.setattr("mailwizard.ui.pages.members.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.create_status.status is Status.PROBLEM, timeout=WAIT)
    assert "䶮" in page.create_status.plain and "2" in page.create_status.plain and not target.exists()


def test_addresses_taken_at_the_provider_and_a_plan_that_would_fit(qtbot, open_wizard, google: GoogleFake) -> None:
    google.add_user("li.na@example.com", "Na", "Li")
    window, page = members_step(qtbot, open_wizard, google)
    page.model.set_members([Member("李娜", "李", "娜", "li.na")])
    page._edited()
    qtbot.waitUntil(lambda: "li.na" in page.model.existing, timeout=WAIT)
    assert "already exists at your provider" in page.problem.plain
    window.controller.choose_plan("google", "business-starter")
    page.model.set_members([Member(f"P{i}", local_part=f"p{i}") for i in range(301)])
    page._edited()
    assert "Your plan holds 300 accounts and the list has 301." in page.problem.plain
    assert "would hold everyone" in page.problem.plain


def test_the_permissions_cell_offers_what_the_provider_can_apply(qtbot, open_wizard) -> None:
    from PySide6.QtWidgets import QComboBox

    window, page = members_step(qtbot, open_wizard)
    page.model.set_members([Member("李娜", "李", "娜", "li.na")])
    page._edited()
    index = page.proxy.mapFromSource(page.model.index(0, FIELDS.index("permissions")))
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    combo = page.table.viewport().findChild(QComboBox, "permission_editor")
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Member", "Member + team group", "Can manage users", "Can manage users + team group"]
    combo.setCurrentIndex(2)
    page.table.commitData(combo)
    assert page.model.members[0].permissions == "user_admin" and not page.model.problems
    combo.setCurrentIndex(3)
    page.table.commitData(combo)
    assert page.model.members[0].permissions == "team_admin"
    assert page.model.problems[0][0].key == "member.group_missing"  # no team group chosen yet
    from mailwizard.core.providers.base import TeamGroup

    page._groups_loaded([TeamGroup("g1", "Sales", "sales@example.com")])  # as when connected
    assert page.group.isVisible() and page.group.itemText(1) == "Sales <sales@example.com>"
    page.group.setCurrentIndex(1)
    assert window.controller.state.team_group_id == "g1" and not page.model.problems
    combo.setCurrentIndex(2)
    page.table.commitData(combo)

    # Tencent's API cannot give admin roles: the choice is gone and an imported admin is flagged
    window.controller.choose_plan("tencent", "professional")
    page.on_enter()
    assert page.model.problems[0][0].key == "member.role_unsupported"
    assert "admin console" in page.problem.plain
    page.table.closePersistentEditor(index)
    page.table.setCurrentIndex(index)
    page.table.edit(index)
    combo = [w for w in page.table.viewport().findChildren(QComboBox, "permission_editor") if w.isVisible()][-1]
    assert [combo.itemText(i) for i in range(combo.count())] == ["Member"]


def test_more_people_than_the_console_takes_are_saved_as_several_files(qtbot, open_wizard, monkeypatch,
                                                                      tmp_path) -> None:
    window, page = members_step(qtbot, open_wizard, plan=("alibaba", "standard"))
    window.controller.connections = Connections(MemoryStore(), Endpoints.real())  # passwords in memory only
    page.model.set_members([Member(f"员工{i}", "员", f"工{i}", f"staff{i}") for i in range(3001)])
    page._edited()
    assert page.create_button.text() == "&Save the import file…"
    target = tmp_path / "import.csv"
    monkeypatch.setattr("mailwizard.ui.pages.members.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), ""))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "import_file_saved") is not None, timeout=20000)
    first, second = tmp_path / "import-1.csv", tmp_path / "import-2.csv"
    assert not target.exists() and first.exists() and second.exists()
    assert len(first.read_bytes().decode("gbk").splitlines()) == 3001  # header + 3,000, the console's limit
    assert len(second.read_bytes().decode("gbk").splitlines()) == 2
    saved = page.findChild(QMessageBox, "import_file_saved").text()
    assert "import-1.csv … import-2.csv" in saved and "in 2 files" in saved


def test_one_person_reads_as_one_not_as_a_plural(qtbot, open_wizard) -> None:
    _window, page = members_step(qtbot, open_wizard)
    page.model.set_members([Member("李娜", "李", "娜", "li.na"), Member("", "", "", "bad address!")])
    page._edited()
    assert page.problem.plain == "Row 2: Type the person's name."  # one row: no "(1 rows need attention)"
    page.model.set_members([Member("李娜", "李", "娜", "li.na")])
    page._edited()
    assert page.create_button.text() == "&Create 1 account"


def test_the_time_left_reads_as_people_say_it(qtbot, open_wizard) -> None:
    window = open_wizard("en")
    page = window.pages[Step.MEMBERS]
    assert page.progress_words(0, 40, 0.0) == "0 of 40 created"
    assert page.progress_words(25, 40, 5.0) == "25 of 40 created · less than a minute left"  # not "about 0 s"
    assert page.progress_words(10, 400, 60.0) == "10 of 400 created · about 39 minutes left"
    assert page.progress_words(40, 40, 9.0) == "40 of 40 created"
    assert page.progress_words(5, 5, 2.0, not_created=2) == "3 of 5 created · 2 not created"


def test_a_run_with_refused_accounts_says_so_and_why(qtbot, open_wizard, google: GoogleFake) -> None:
    from mailwizard.ui.widgets.members_model import STATUS_COLUMN
    from tests.servers.google_fake import google_error

    window, page = members_step(qtbot, open_wizard, google, MemoryStore())
    page.model.set_members([Member(f"P {i}", "P", str(i), f"p{i}") for i in range(5)])
    page._edited()
    google.inject(Fault.status(400, google_error(400, "Invalid Given/Family Name: FamilyName", "invalid"),
                               times=2, path="^/admin/directory/v1/users$", method="POST"))
    qtbot.mouseClick(page.create_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.controller.tasks.is_running("members-create"), timeout=20000)
    # the outcome stays on screen once the run is over: it was set, then cleared straight away
    assert page.create_status.status is Status.PROBLEM
    import re

    refused = [row + 1 for row in range(5)
               if page.model.data(page.model.index(row, STATUS_COLUMN)).startswith("Problem")]
    assert re.match(rf"3 created, 2 could not be created\. Row {refused[0]}: The provider refused the request: "
                    r"Invalid Given/Family Name: FamilyName\. Fix them", page.create_status.plain)
    assert page.progress_text.text() == "3 of 5 created · 2 not created"
    window.switch_language("zh_CN")  # what the run left to say is said again in the new language
    assert page.create_status.plain.startswith("已创建 3 个，2 个无法创建。第 ")
    assert page.progress_text.text().startswith("已创建 3/5")
    window.switch_language("en")
    cells = sorted(page.model.data(page.model.index(row, STATUS_COLUMN)) for row in range(5))
    assert cells[0] == "Created" and cells.count("Created") == 3
    assert cells[-1] == "Problem: The provider refused the request: Invalid Given/Family Name: FamilyName"


def test_the_status_sits_beside_the_address(qtbot, open_wizard) -> None:
    from mailwizard.ui.widgets.members_model import STATUS_COLUMN

    window = open_wizard("en")
    page = window.pages[Step.MEMBERS]
    header = page.table.horizontalHeader()
    assert header.visualIndex(STATUS_COLUMN) == header.visualIndex(FIELDS.index("local_part")) + 1
    assert page.model.headerData(STATUS_COLUMN, Qt.Orientation.Horizontal) == "Status"  # the model's order kept


def test_the_import_preview_names_duplicates_by_the_files_own_rows(qtbot, tmp_path) -> None:
    from mailwizard.core.members.reading import read_table
    from mailwizard.ui.widgets.import_dialog import ImportDialog

    source = tmp_path / "staff.csv"
    source.write_text("Name,Email\nZhang Wei,zhang.wei\nLi Na,li.na\nZhang Wei (Beijing),zhang.wei\n"
                      "Wang Fang,wang.fang\n", encoding="utf-8")
    already = [Member("王芳", local_part="wang.fang")]
    dialog = ImportDialog(read_table(source), source.name, "example.com", already)
    qtbot.addWidget(dialog)
    problem = {dialog.preview.item(r, 0).text(): dialog.preview.item(r, 3).text()
               for r in range(dialog.preview.rowCount())}
    # the Row column shows the file's lines (the header is line 1): the other Zhang Wei is on line 2
    assert problem["4"].startswith("This address is already used by Zhang Wei in row 2.")
    assert problem["5"].startswith("This address is already used by 王芳, who is in your list already.")
    assert problem["2"] == "OK"


def test_a_workbook_with_a_cover_sheet_says_where_the_list_was_found(qtbot, open_wizard, monkeypatch) -> None:
    _window, page = members_step(qtbot, open_wizard)
    seen = {}

    def look(dialog) -> None:
        seen["labels"] = [label.text() for label in dialog.findChildren(QLabel)]

    import_through_the_dialog(page, monkeypatch, CORPUS / "xlsx_second_sheet.xlsx", look)
    assert any(text.startswith("The list is on the sheet “员工”. Read 2 rows.") for text in seen["labels"])
    assert [m.display_name for m in page.model.members] == ["张伟", "李娜"]
