"""The widgets of "Set up the records for me", fed the session's documented shapes directly: the preview's
groups and reasons, the key dialog (masked, trimmed, kept open on a wrong key), and the run's progress, result,
failure, "Try again" and undo."""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit, QMessageBox

from mailwizard.core.dns.hosts import load_hosts
from mailwizard.core.dnshosts.api import ZoneRecord
from mailwizard.ui.widgets.dns_apply_dialog import PREVIEW, RESULT, WORKING, ApplyActions, DnsApplyDialog
from mailwizard.ui.widgets.dns_change_rows import ELIDE_AT
from mailwizard.ui.widgets.dns_credential_dialog import DnsCredentialDialog, guide_html

DOMAIN = "example.com"
DKIM = "v=DKIM1; k=rsa; p=" + "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA" * 8


@dataclass(frozen=True)
class Change:  # the shape of core/dnshosts/changes.Change
    op: str
    before: ZoneRecord | None
    after: ZoneRecord | None
    reason: str
    params: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Info:  # the shape of core/dnshosts/registry.HostApiInfo
    host_id: str = "cloudflare"
    module: str = "cloudflare"
    fields: tuple = ({"key": "token", "secret": True, "label": {"en": "API token", "zh_CN": "API 令牌",
                                                                 "zh_TW": "API 權杖"}},)
    guide: dict = field(default_factory=lambda: {
        "en": "1. Open **My Profile → API Tokens**.\n2. Create Token."})
    credential_url: str = "https://dash.cloudflare.com/profile/api-tokens"
    guide_source: str = ""


def sample_changes() -> list[Change]:
    old_spf = ZoneRecord(DOMAIN, "TXT", "v=spf1 include:_spf.other.example ~all", 300, "r3")
    return [
        Change("add", None, ZoneRecord(DOMAIN, "MX", "10 mx1.practice-mail.invalid"), "dnshost.reason.add_mx"),
        Change("add", None, ZoneRecord(f"selector1._domainkey.{DOMAIN}", "TXT", DKIM), "dnshost.reason.add_dkim"),
        Change("update", old_spf, ZoneRecord(DOMAIN, "TXT", "v=spf1 include:_spf.other.example "
                                             "include:spf.practice-mail.invalid ~all", 300, "r3"),
               "dnshost.reason.merge_spf"),
        Change("delete", ZoneRecord(DOMAIN, "MX", "10 mx.previous-host.invalid", 600, "r1"), None,
               "dnshost.reason.remove_old_mx", {"host": "mx.previous-host.invalid"}),
        Change("add", None, ZoneRecord(f"_dmarc.{DOMAIN}", "TXT", "v=DMARC1; p=none"), "dnshost.reason.new_key"),
    ]


def cloudflare():
    return next(h for h in load_hosts() if h.id == "cloudflare")


def apply_dialog(qtbot, calls: list[str]) -> DnsApplyDialog:
    actions = ApplyActions(*(lambda n=n: calls.append(n) for n in ("preview", "apply", "undo", "cancel", "backup")))
    dialog = DnsApplyDialog("Cloudflare", actions, host=cloudflare(), domain=DOMAIN)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_preview_groups_the_changes_and_says_why_each_is_made(qtbot) -> None:
    calls: list[str] = []
    dialog = apply_dialog(qtbot, calls)
    assert not dialog.apply_button.isVisible()  # nothing to confirm while the zone is read
    dialog.show_preview(sample_changes(), [("plan.spf_multiple", {"count": "2"}),
                                           ("plan.dmarc_keep", {"value": "v=DMARC1; p=reject"})])
    assert dialog.stack.currentIndex() == PREVIEW
    rows = dialog.changes.rows()
    assert [r[0] for r in rows] == ["add", "add", "add", "update", "delete"]
    assert dialog.changes.groups == ["Add (3)", "Change (1)", "Remove (1)"]
    assert rows[0][1:3] == ("MX", "@")  # the name as Cloudflare's page shows it
    assert rows[4][4].startswith("Removed: it sends your email to the old service (mx.previous-host.invalid)")
    assert rows[3][4].startswith("Your SPF record gets your new provider added")
    assert rows[0][4] == "Delivers your email to your new provider."
    assert rows[2][4] == "Needed by your email provider"  # a reason with no words yet still says something
    dkim = dialog.changes.item(2, 2)  # after the "Add" heading and the MX row
    assert len(dkim.text()) <= ELIDE_AT and "…" in dkim.text() and dkim.toolTip() == DKIM
    assert "Now: v=spf1 include:_spf.other.example ~all" in dialog.changes.item(5, 2).toolTip()
    assert "stays exactly as it is" in dialog.untouched.text()
    # the plan's advice for typing by hand that the listed removals carry out is left out; the rest is shown
    assert dialog.warnings.isVisible() and "v=DMARC1; p=reject" in dialog.warnings.text()
    assert "SPF" not in dialog.warnings.text()
    assert dialog.apply_button.isVisible() and dialog.apply_button.isDefault()
    assert calls == []  # nothing applied before the confirm
    qtbot.mouseClick(dialog.apply_button, Qt.MouseButton.LeftButton)
    assert calls == ["apply"] and dialog.stack.currentIndex() == WORKING


def test_progress_then_result_then_a_confirmed_undo(qtbot, monkeypatch) -> None:
    calls: list[str] = []
    dialog = apply_dialog(qtbot, calls)
    changes = sample_changes()
    dialog.show_preview(changes, [])
    dialog.apply_button.click()
    dialog.show_progress(1, 5, changes[1])
    assert dialog.progress.text() == "1 of 5"
    assert dialog.current.text().startswith("Adding TXT selector1._domainkey")
    assert dialog.run_list.isVisible() and dialog.run_list.done == {2}  # per item: the DKIM row ticked
    assert dialog.run_list.item(2, 0).data(Qt.ItemDataRole.AccessibleDescriptionRole) == "Done"
    assert dialog.time_left.text().startswith("Time left")
    assert dialog.cancel_button.isVisible() and not dialog.close_button.isVisible()
    dialog.show_done(5)
    assert dialog.stack.currentIndex() == RESULT
    assert dialog.result.plain == "5 changes made at Cloudflare."
    assert dialog.undo_button.isVisible() and dialog.save_backup.isVisible() and dialog.close_button.isDefault()
    dialog.save_backup.click()
    assert calls == ["apply", "backup"]
    # Undo asks first, with the consequence in words; "Keep them" changes nothing
    answers = iter(["keep", "undo"])

    def exec_(box) -> int:
        wanted = next(answers)
        button = next(b for b in box.buttons() if box.buttonRole(b) == (
            QMessageBox.ButtonRole.DestructiveRole if wanted == "undo" else QMessageBox.ButtonRole.RejectRole))
        assert "goes back to what it was before" in box.text()
        box.clickedButton = lambda b=button: b
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    dialog.undo_button.click()
    assert calls == ["apply", "backup"]
    dialog.undo_button.click()
    assert calls == ["apply", "backup", "undo"] and dialog.stack.currentIndex() == WORKING
    dialog.show_progress(2, 5, changes[3])
    assert dialog.working_title.text().startswith("Undoing")
    assert dialog.current.text().startswith("Putting back MX @ 10 mx.previous-host.invalid")
    assert dialog.run_list.isVisible() and dialog.run_list.done == {7}  # the removed MX's row, ticked
    dialog.show_undone()
    assert dialog.result.plain.startswith("Undone: every record at Cloudflare is back")
    assert not dialog.undo_button.isVisible()


def test_a_failure_says_what_to_do_and_try_again_resumes(qtbot) -> None:
    calls: list[str] = []
    dialog = apply_dialog(qtbot, calls)
    dialog.show_failed("bad_credential", "Authentication error (10000)", 0)  # reading the zone failed
    assert dialog.result.status.value == "problem" and "Nothing was changed" in dialog.next_steps.text()
    assert "10000" in dialog.details.text()
    assert dialog.retry_button.text() == "&Try again" and not dialog.save_backup.isVisible()  # nothing to back up
    dialog.retry_button.click()
    assert calls == ["preview"]  # no preview was shown: it reads the zone again, it does not apply
    dialog.show_preview(sample_changes(), [])
    dialog.apply_button.click()
    dialog.show_progress(2, 5, sample_changes()[3])
    dialog.show_failed("rate_limited", "429", 2)
    assert "2 of 5 changes were made" in dialog.next_steps.text()
    assert dialog.result.plain.startswith("Your DNS host asked MailWizard to slow down")
    # the button says what the message says to click ("… then click Apply again")
    assert dialog.retry_button.text() == "&Apply again" and "Apply again" in dialog.result.plain
    assert "“Apply again” goes on where it stopped" in dialog.next_steps.text()
    assert dialog.retry_button.isDefault() and dialog.undo_button.isVisible()
    dialog.retry_button.click()
    assert calls == ["preview", "apply", "apply"]
    # Cancel while working stops (through the session) and offers to go on
    dialog.cancel_button.click()
    assert calls[-1] == "cancel" and dialog.retry_button.isVisible() and dialog.isVisible()


def test_the_key_dialog_masks_trims_and_stays_open_on_a_wrong_key(qtbot) -> None:
    checked: list[dict] = []
    cancelled: list[bool] = []
    dialog = DnsCredentialDialog(Info(), "Cloudflare", "en", checked.append, lambda: cancelled.append(True))
    qtbot.addWidget(dialog)
    dialog.show()
    token = dialog.fields["token"]
    assert token.echoMode() == QLineEdit.EchoMode.Password and token.accessibleName() == "API token"
    assert "1. Open <b>My Profile → API Tokens</b>.</p>" in dialog.guide.text()
    assert "2. Create Token." in dialog.guide.text()
    assert dialog.open_page.isVisible() and not dialog.ok.isEnabled()
    token.setText("  abc123\n ")
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert checked == [{"token": "abc123"}]
    assert dialog.busy.isVisible() and not dialog.ok.isEnabled() and not token.isEnabled()
    dialog.show_checked(False, "bad_credential", "Invalid API Token (1000)")
    assert dialog.isVisible() and dialog.status.status.value == "problem"
    assert dialog.status.plain.startswith("Your DNS host did not accept this key")
    assert token.isEnabled() and dialog.focusWidget() is token
    # Cancel during a check stops the check; the dialog stays to fix the key
    dialog.start_check()
    dialog.cancel.click()
    assert cancelled == [True] and dialog.isVisible() and not dialog.checking
    dialog.show_checked(True, None, "")  # the stopped check's late answer is ignored
    assert dialog.isVisible()
    dialog.start_check()
    dialog.show_checked(True, None, "")
    assert not dialog.isVisible() and dialog.result() == dialog.DialogCode.Accepted


def test_the_key_dialog_says_once_that_the_key_is_kept_for_this_session_only(qtbot) -> None:
    dialog = DnsCredentialDialog(Info(), "Cloudflare", "en", lambda v: None, lambda: None, practice=True,
                                 prefill={"token": "practice"})
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.open_page.isVisible()  # practice: no real console to open
    assert dialog.ok.isEnabled()
    dialog.show_in_memory()
    assert "only until MailWizard closes" in dialog.kept.text()


def test_guide_lines_become_a_numbered_list() -> None:
    assert guide_html("Intro\n1. One\n2、Two\nAfter") == ('<p>Intro</p><p style="margin-left:12px">1. One</p>'
                                                         '<p style="margin-left:12px">2. Two</p><p>After</p>')
    assert "&lt;b&gt;" in guide_html("1. <b>")


def test_focus_and_escape(qtbot) -> None:
    calls: list[str] = []
    dialog = apply_dialog(qtbot, calls)
    dialog.show_preview(sample_changes(), [])
    dialog.activateWindow()
    assert dialog.apply_button.isDefault()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and calls == []


def test_a_button_quoted_in_a_sentence_loses_its_mnemonic() -> None:
    from mailwizard.ui.widgets.dns_apply_dialog import plain

    labels = ("&Apply again", "再次应用(&A)", "再次套用 (&A)")
    assert [plain(t) for t in labels] == ["Apply again", "再次应用", "再次套用"]
