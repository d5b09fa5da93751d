"""The Invitations step as a newcomer met it (issue 16, "First use"): how the temporary passwords are handed over is
a choice of its own and the letter follows it; a run says "Sending" and how long is left; the test to the admin is
told apart from the real run; "Fix the address…" opens the Members step on the personal email to fix."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractItemView

from mailwizard.core.flow import Step, WizardState
from mailwizard.core.invitations.sender import SendReport
from mailwizard.core.members.model import FIELDS
from mailwizard.ui.pages.invitations_send import SendPanel
from mailwizard.ui.status import Status
from tests.servers.smtp_server import LoopbackSmtp
from tests.ui.helpers import WAIT
from tests.ui.test_invitations import _ready, invitations_step, smtp  # noqa: F401  (smtp: the fixture)


def test_the_password_hand_over_is_a_choice_and_the_letter_follows_it(qtbot, open_wizard,
                                                                      smtp: LoopbackSmtp) -> None:  # noqa: F811
    window, page = invitations_step(qtbot, open_wizard, smtp)
    box = page.handover_box
    assert box.isVisible() and box.title() == "How does each person get their temporary password?"
    assert box.options["sheet"].isChecked()  # the safest way, unless the admin says otherwise
    assert "print one sheet per person" in box.explanation.text()
    assert "on a printed sheet from 王芳" in page.preview.toPlainText()

    qtbot.mouseClick(box.options["in_person"], Qt.MouseButton.LeftButton)
    assert window.controller.state.password_handover == "in_person"
    assert "王芳 tells you it in person" in page.preview.toPlainText()
    assert "face to face or by phone" in box.explanation.text()

    page.runner.step.session.members.new_passwords["zhang.wei@example.com"] = "Tmp-Pass-123!"
    qtbot.mouseClick(box.options["email"], Qt.MouseButton.LeftButton)
    assert window.controller.state.password_handover == "email"
    letter = page.preview.toPlainText()
    assert "Tmp-Pass-123!" in letter and "change it when you first sign in" in letter
    assert "anyone who can read their personal mailbox" in box.explanation.text()
    # only the email choice puts it in the letter
    qtbot.mouseClick(box.options["sheet"], Qt.MouseButton.LeftButton)
    assert "Tmp-Pass-123!" not in page.preview.toPlainText()


def test_a_save_from_the_yes_no_box_reads_as_the_same_choice() -> None:
    assert WizardState.from_json({"invitation_include_password": True}).password_handover == "email"
    assert WizardState.from_json({"invitation_include_password": False}).password_handover == "sheet"
    assert WizardState.from_json({"password_handover": "in_person"}).password_handover == "in_person"
    assert WizardState.from_json({"password_handover": "carrier pigeon"}).password_handover == "sheet"


def test_a_run_says_sending_for_the_one_in_flight_and_the_time_left(qtbot, open_wizard,
                                                                    smtp: LoopbackSmtp) -> None:  # noqa: F811
    _window, page = invitations_step(qtbot, open_wizard, smtp)
    _ready(qtbot, page)
    smtp.delay = 0.6  # a slow server: the first one is on its way for a while
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    assert page.table.item(0, 2).text() == "Sending…" and page.table.item(1, 2).text() == "Not sent"
    assert page.status.text.text().count("Sending") and "Waiting" not in page.status.text.text()
    qtbot.waitUntil(lambda: page.table.item(1, 2).text() == "Sending…", timeout=WAIT)
    assert page.table.item(0, 2).text().startswith("Sent ")
    assert "1 of 2 sent · less than a minute left" in page.status.plain
    assert "Sending" in page.status.text.text() and "Waiting" not in page.status.text.text()
    qtbot.waitUntil(lambda: page.status.status is Status.DONE, timeout=WAIT)


def test_the_time_left_reads_as_people_say_it() -> None:
    report = SendReport(total=30, sent=["a", "b", "c"], skipped=["d"])
    assert SendPanel.progress_words(report, 90.0) == "4 of 30 sent · about 13 minutes left"
    assert SendPanel.progress_words(SendReport(total=3, sent=["a"]), 2.0) == (
        "1 of 3 sent · less than a minute left")
    assert SendPanel.progress_words(SendReport(total=2, sent=["a", "b"]), 5.0) == "2 of 2 sent"


def test_the_test_send_has_its_own_line_and_marks_no_one(qtbot, open_wizard,
                                                         smtp: LoopbackSmtp) -> None:  # noqa: F811
    window, page = invitations_step(qtbot, open_wizard, smtp)
    _ready(qtbot, page)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    assert page.sending.test_status.isVisible() and "Test: sending one to you" in page.sending.test_status.plain
    qtbot.waitUntil(lambda: page.sending.test_status.status is Status.DONE, timeout=WAIT)
    assert "not to anyone on the list" in page.sending.test_status.plain
    assert page.status.status is None  # the run's line says nothing about it
    assert [page.table.item(row, 2).text() for row in range(2)] == ["Not sent", "Not sent"]
    assert page.runner.statuses() == {} and page.send_button.text() == "&Send 2 invitations"
    # a test that cannot go out says so on its own line, and ends no run
    smtp.password = "changed"
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.sending.test_status.status is Status.PROBLEM, timeout=WAIT)
    assert page.sending.test_status.plain.startswith("Test: not sent.")
    assert page.status.status is None and not window.controller.state.invitations_done


def test_fix_the_address_opens_the_members_step_on_that_personal_email(qtbot, open_wizard,
                                                                      smtp: LoopbackSmtp) -> None:  # noqa: F811
    window, page = invitations_step(qtbot, open_wizard, smtp)
    _ready(qtbot, page)
    smtp.permanent["anna@personal.test"] = (550, "5.1.1 <anna@personal.test>: no such user")
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.sending.fix_button.isVisible(), timeout=WAIT)
    qtbot.mouseClick(page.sending.fix_button, Qt.MouseButton.LeftButton)
    members = window.pages[Step.MEMBERS]
    assert window.stack.currentWidget() is members
    current = members.proxy.mapToSource(members.table.currentIndex())
    assert members.model.members[current.row()].local_part == "anna.lee"
    assert current.column() == FIELDS.index("personal_email")
    assert members.table.state() == QAbstractItemView.State.EditingState  # ready to type
