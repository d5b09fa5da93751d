"""The Invitations step against a real SMTP server on loopback (STARTTLS + AUTH)."""

from __future__ import annotations

import email
from email import policy

import pytest
from PySide6.QtCore import Qt

from mailwizard.core.flow import DomainPresence, Step
from mailwizard.core.members.model import Member
from mailwizard.ui.status import Status
from tests.servers.smtp_server import LoopbackSmtp
from tests.ui.helpers import WAIT


@pytest.fixture
def smtp():
    with LoopbackSmtp(user="office@example.com", password="correct horse") as server:
        yield server


def invitations_step(qtbot, open_wizard, smtp: LoopbackSmtp, lang: str = "en"):
    window = open_wizard(lang)
    c = window.controller
    c.choose_plan("west", "enterprise")  # no admin API: accounts made in the console, then confirmed
    c.set_company(name="例子贸易", contact_name="王芳", contact_email="wangfang@163.com")
    c.set_domain_input("example.com")
    c.update(domain_presence=DomainPresence.EXISTS, dns_verified=True, members_done=True,
             smtp={"smtp_host": "127.0.0.1", "smtp_port": smtp.port, "smtp_security": "starttls",
                   "smtp_username": "office@example.com", "sender_address": "office@example.com"})
    c.set_members([Member("张伟", "张", "伟", "zhang.wei", "zw@personal.test"),
                   Member("Anna Lee", "Lee", "Anna", "anna.lee", "anna@personal.test"),
                   Member("No Mail", local_part="nomail")])
    c.tasks.cancel("dns-watch")
    assert c.go_to(Step.INVITATIONS)
    page = window.pages[Step.INVITATIONS]
    page.runner.tls_context = smtp.client_context()
    page.runner.pace, page.runner.retry_delay = 0, 0.01
    page.refresh()
    return window, page


def test_preview_then_a_test_then_everyone(qtbot, open_wizard, smtp: LoopbackSmtp) -> None:
    window, page = invitations_step(qtbot, open_wizard, smtp)
    assert page.table.rowCount() == 2  # the person without a personal email gets none
    assert page.subject.text() == "Subject: Activate your new email address at 例子贸易"
    assert "zhang.wei@example.com" in page.preview.toPlainText()
    # by default the password comes on a printed sheet, and the letter says so
    assert "it comes on a printed sheet from 王芳" in page.preview.toPlainText()
    page.greeting.setText("Hi {name},")
    page.greeting.editingFinished.emit()
    assert "Hi 张伟," in page.preview.toPlainText()
    page.set_password("correct horse")
    qtbot.waitUntil(lambda: "password store" in page.password_note.text(), timeout=WAIT)
    qtbot.mouseClick(page.test_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.sending.test_status.status is Status.DONE, timeout=WAIT)
    assert [m[1] for m in smtp.messages] == [["wangfang@163.com"]]
    smtp.permanent["anna@personal.test"] = (550, "5.1.1 <anna@personal.test>: no such user")
    assert page.send_button.text() == "&Send 2 invitations"
    boxes = [page.table.cellWidget(row, 3) for row in range(2)]
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.status is Status.PROBLEM, timeout=WAIT)
    assert [page.table.cellWidget(row, 3) for row in range(2)] == boxes  # updated in place, not rebuilt per message
    assert page.table.item(0, 2).text().startswith("Sent ")
    assert page.table.item(1, 2).text().startswith("Failed: the address does not exist")
    assert page.table.item(1, 2).toolTip() == page.table.item(1, 2).text()  # readable even when the column is narrow
    assert page.table.rowHeight(1) >= page.table.sizeHintForRow(1)  # the row grew to show the reason in full
    delivered = email.message_from_bytes(smtp.messages[-1][2], policy=policy.default)
    assert delivered["To"].addresses[0].addr_spec == "zw@personal.test"
    # the admin fixes the address at the other end; re-send the failed one only
    del smtp.permanent["anna@personal.test"]
    qtbot.waitUntil(page.resend_failed_button.isVisible, timeout=WAIT)  # once the run has fully ended
    assert not page.send_button.isVisible()  # only the failed one left: one button for it, not two
    qtbot.mouseClick(page.resend_failed_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.status is Status.DONE, timeout=WAIT)
    assert [m[1][0] for m in smtp.messages].count("zw@personal.test") == 1
    assert window.controller.state.invitations_done and window.next_button.isEnabled()


def test_a_wrong_password_is_explained_and_nothing_is_marked_sent(qtbot, open_wizard, smtp: LoopbackSmtp) -> None:
    _window, page = invitations_step(qtbot, open_wizard, smtp)
    page.set_password("wrong")
    qtbot.wait(100)
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.status is Status.PROBLEM, timeout=WAIT)
    assert page.status.plain.startswith("The mail server refused the user name or password")
    assert smtp.messages == [] and page.table.item(0, 2).text() == "Not sent"
    # nothing was left half-sent: with the right password both go, neither held back as uncertain
    page.set_password("correct horse")
    qtbot.waitUntil(lambda: "password store" in page.password_note.text(), timeout=WAIT)
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.status is Status.DONE, timeout=WAIT)
    assert [page.table.item(row, 2).text().startswith("Sent ") for row in range(2)] == [True, True]
    assert len(smtp.messages) == 2


def test_the_email_is_in_the_admins_language_or_the_members(qtbot, open_wizard, smtp: LoopbackSmtp) -> None:
    _window, page = invitations_step(qtbot, open_wizard, smtp, "zh_CN")
    assert page.subject.text().endswith("请激活您在例子贸易的新邮箱")
    assert "zhang.wei@example.com" in page.preview.toPlainText()
    page.table.setCurrentCell(1, 0)
    box = page.table.cellWidget(1, 3)
    box.setCurrentIndex(box.findData("zh_TW"))  # Anna reads Traditional Chinese
    assert "請啟用您在例子贸易的新公司信箱" in page.subject.text()


def test_a_logo_shows_in_the_preview_and_travels_with_the_email(qtbot, open_wizard, smtp: LoopbackSmtp,
                                                                 tmp_path) -> None:
    from PySide6.QtCore import QBuffer, QIODevice
    from PySide6.QtGui import QColor, QImage

    image = QImage(40, 20, QImage.Format.Format_RGB32)
    image.fill(QColor("#1e3a8a"))
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    logo = tmp_path / "logo.png"
    logo.write_bytes(bytes(buffer.data()))
    window, page = invitations_step(qtbot, open_wizard, smtp)
    page.set_logo(str(logo))
    qtbot.waitUntil(lambda: page.logo_label.text() == "logo.png", timeout=WAIT)
    assert window.controller.state.logo_path == str(logo)
    assert 'src="data:image/png;base64,' in page.preview.toHtml()  # the preview shows it, not only the email
    message = email.message_from_bytes(page.runner.message(page.runner.recipients()[0]).as_bytes(),
                                       policy=policy.default)
    related = message.get_body(("related",))
    assert any(p.get_content_maintype() == "image" for p in related.iter_parts())
    (tmp_path / "big.png").write_bytes(b"\x89PNG" + b"0" * 400_000)
    page.set_logo(str(tmp_path / "big.png"))
    qtbot.waitUntil(lambda: "smaller than 300 KB" in page.logo_label.text(), timeout=WAIT)


def test_no_one_with_a_personal_email_is_said_and_the_step_can_be_finished(qtbot, open_wizard,
                                                                           smtp: LoopbackSmtp) -> None:
    window, page = invitations_step(qtbot, open_wizard, smtp)
    window.controller.set_members([Member("No Mail", local_part="nomail"), Member("李娜", "李", "娜", "li.na")])
    page.refresh()
    assert page.table.rowCount() == 0
    assert page.send_button.text() == "No one to invite yet" and not page.send_button.isEnabled()
    assert page.status.status is Status.ACTION and "no one to invite by email" in page.status.plain
    assert page.subject.text().startswith("Example (no one to send it to yet) — Subject:")
    page.send()  # even asked to (the button is disabled), a run to no one is never reported as "all sent"
    qtbot.wait(100)
    assert page.status.status is Status.ACTION and "no one to invite by email" in page.status.plain
    assert not window.next_button.isEnabled() and page.skip_button.isVisible()
    qtbot.mouseClick(page.skip_button, Qt.MouseButton.LeftButton)
    assert window.controller.state.invitations_done and window.next_button.isEnabled()
    assert window.controller.state.invitations_skipped  # the Summary says so instead of "all sent"
    assert page.status.status is Status.DONE and not page.skip_button.isVisible()
    assert smtp.messages == []
    # a personal email added later: that person is invited as usual, and the message about no one is gone
    assert window.controller.go_to(Step.MEMBERS)  # back to Members to add a personal email, then here again
    window.controller.set_members([Member("李娜", "李", "娜", "li.na", "lina@personal.test")])
    assert window.controller.go_to(Step.INVITATIONS)
    assert not window.controller.state.invitations_done and not window.controller.state.invitations_skipped
    assert not window.next_button.isEnabled()  # someone to invite now: the step is open again
    assert page.send_button.text() == "&Send 1 invitation" and page.send_button.isEnabled()
    assert page.status.status is None and not page.skip_button.isVisible()


def test_the_providers_server_settings_are_one_line_until_changed(qtbot, open_wizard) -> None:
    window = open_wizard("en")
    c = window.controller
    c.choose_plan("google", "business-starter")
    c.set_company(name="例子贸易", contact_name="王芳", contact_email="wangfang@163.com")
    c.set_domain_input("example.com")
    c.update(domain_presence=DomainPresence.EXISTS, dns_verified=True, members_done=True)
    c.tasks.cancel("dns-watch")
    assert c.go_to(Step.INVITATIONS)
    page = window.pages[Step.INVITATIONS]
    # Google sends from the signed-in admin's mailbox; SMTP is a choice
    assert page.server_box.api_line.isVisible() and not page.username.isVisible()
    page.server_box.use_smtp.linkActivated.emit("smtp")
    assert page.server_summary.isVisible() and not page.host.isVisible() and not page.port.isVisible()
    assert page.server_summary.text() == "Server smtp.gmail.com, port 587, STARTTLS: as Google Workspace gives them."
    assert page.username.isVisible()  # whose mailbox sends them is always shown
    # the contact's 163.com address cannot sign in to Google's server: not suggested, an example instead
    assert page.username.text() == "" and page.username.placeholderText() == (
        "your new address, e.g. wangfang@example.com")
    c.set_members([Member("张伟", "张", "伟", "zhang.wei", "zw@personal.test")])
    page.runner.send_test()  # said at once, not as a failed sign-in after a round trip
    assert page.status.status is Status.PROBLEM and page.status.plain.startswith("Fill in the mailbox")
    qtbot.mouseClick(page.change_server, Qt.MouseButton.LeftButton)
    assert page.host.isVisible() and page.host.text() == "smtp.gmail.com"
    page.host.setText("smtp.example.net")
    page.host.editingFinished.emit()
    qtbot.mouseClick(page.change_server, Qt.MouseButton.LeftButton)  # "Hide": but a changed server stays shown
    assert page.host.isVisible() and not page.server_summary.isVisible()


def _ready(qtbot, page) -> None:
    page.set_password("correct horse")
    qtbot.waitUntil(lambda: "password store" in page.password_note.text(), timeout=WAIT)


def test_stop_says_so_at_once_and_the_end_counts_what_was_left(qtbot, open_wizard, smtp: LoopbackSmtp) -> None:
    window, page = invitations_step(qtbot, open_wizard, smtp)
    _ready(qtbot, page)
    smtp.delay = 1.0
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(smtp.data_started.is_set, timeout=WAIT)
    qtbot.mouseClick(page.stop_button, Qt.MouseButton.LeftButton)
    assert page.status.plain == "Stopping after the invitation being sent…"  # not silence while it finishes
    qtbot.waitUntil(lambda: not window.controller.tasks.is_running("invitations-send"), timeout=WAIT)
    assert page.status.status is Status.ACTION  # it said "All invitations are sent" with one left
    assert page.status.plain == "Stopped: 1 of 2 sent. Click Send to send the rest."
    assert len(smtp.messages) == 1 and not window.controller.state.invitations_done
    window.switch_language("zh_CN")  # how the run ended is said again in the new language
    assert page.status.plain.startswith("已停止：已发送 1/2")


def test_a_server_that_goes_away_mid_run_does_not_say_nothing_was_sent(qtbot, open_wizard,
                                                                        smtp: LoopbackSmtp) -> None:
    _window, page = invitations_step(qtbot, open_wizard, smtp)
    _ready(qtbot, page)
    smtp.stop_after = 1
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.status.status is Status.PROBLEM, timeout=20000)
    assert page.status.plain.startswith(f"1 sent, then the mail server 127.0.0.1:{smtp.port} stopped answering.")
    assert "nothing was sent" not in page.status.plain


def test_an_address_the_mail_format_cannot_hold_fails_alone(qtbot, open_wizard, smtp: LoopbackSmtp) -> None:
    window, page = invitations_step(qtbot, open_wizard, smtp)
    window.controller.set_members([*window.controller.members[:2],
                                   Member("李娜", "李", "娜", "li.na", "李娜@例子.中国")])
    page.refresh()
    _ready(qtbot, page)
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.controller.tasks.is_running("invitations-send") and
                    page.status.status is not None and page.status.status is not Status.WAITING, timeout=WAIT)
    assert sorted(m[1][0] for m in smtp.messages) == ["anna@personal.test", "zw@personal.test"]  # the others went
    row = next(r for r in range(page.table.rowCount()) if page.table.item(r, 0).text() == "李娜")
    assert page.table.item(row, 2).text().startswith("Failed: the letters before the @ cannot be sent to")


def test_an_invitation_left_unclear_stays_unclear_and_send_does_not_loop_on_it(qtbot, open_wizard,
                                                                            smtp: LoopbackSmtp) -> None:
    window, page = invitations_step(qtbot, open_wizard, smtp)
    # the app stopped while sending 张伟's (it may have arrived): the journal says "sending"
    window.controller.store.journal_put(page.runner.scope(), "zhang.wei@example.com", "sending")
    page.runner.read_statuses()  # read the journal again, as a restart does
    page.runner.statuses()
    qtbot.waitUntil(lambda: page.table.item(0, 2).text() == "Unclear: the app stopped while sending", timeout=WAIT)
    assert page.send_button.text() == "&Send 1 invitation"  # Anna's; 张伟's waits for the admin's word
    _ready(qtbot, page)
    qtbot.mouseClick(page.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not window.controller.tasks.is_running("invitations-send") and
                    page.status.status is Status.ACTION, timeout=WAIT)
    assert [m[1] for m in smtp.messages] == [["anna@personal.test"]]  # 张伟's not sent a second time
    assert page.table.item(0, 2).text() == "Unclear: the app stopped while sending"  # not "Not sent"
    assert page.send_button.text() == "All invitations sent" or not page.send_button.isEnabled()
