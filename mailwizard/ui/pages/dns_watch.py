"""The DNS step's live view of what the internet sees: a headline saying who has to act, the grid, the last check."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from mailwizard.core.dns.check import CheckResult, outstanding
from mailwizard.ui.controller import WizardController
from mailwizard.ui.pages.dns_records import purpose
from mailwizard.ui.status import Status, StatusLine
from mailwizard.ui.widgets.dns_status_panel import DnsStatusPanel

# Texts are looked up in the DnsPage translation context, where their zh_CN/zh_TW translations were made
# before this panel was split from the page: self.tr here would look under the panel's class name.


def when(checked_at: dt.datetime) -> str:
    """In the computer's time zone (checks are kept in UTC), with the date unless it is today: records can
    take up to two days to spread, and the wizard is reopened in between."""
    local = checked_at.astimezone() if checked_at.tzinfo else checked_at
    time = QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
    if local.date() == dt.date.today():
        return time
    return f"{QLocale().toString(local.date(), QLocale.FormatType.ShortFormat)} {time}"


class DnsWatchPanel(QWidget):
    """Follows the checks the controller runs; the page hands it each result."""

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        body = QVBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
        self.panel_title = QLabel(objectName="panel_title")
        self.panel_title.setStyleSheet("font-weight: bold;")
        body.addWidget(self.panel_title)
        self.overall = StatusLine(objectName="dns_overall")
        body.addWidget(self.overall)
        self.panel = DnsStatusPanel()
        self.panel.practice_delays = controller.surroundings.resolver_delays()
        self.panel.setMinimumHeight(110)  # the header and a few rows; the page gives it what its rows need
        self.panel.setTabKeyNavigation(False)  # Tab moves on to Check now; the arrows move between cells
        body.addWidget(self.panel, 1)
        check_row = QHBoxLayout()
        self.last_checked = QLabel(objectName="last_checked")
        self.check_now = QPushButton(objectName="check_now")
        self.check_now.clicked.connect(controller.check_dns_now)
        check_row.addWidget(self.last_checked, 1)
        check_row.addWidget(self.check_now)
        body.addLayout(check_row)

    def retranslate(self) -> None:
        self.panel_title.setText(QCoreApplication.translate("DnsPage", "What the internet sees now"))
        self.check_now.setText(QCoreApplication.translate("DnsPage", "Chec&k now"))
        self.panel.setAccessibleName(self.panel_title.text())

    def show_overall(self, result: CheckResult | None) -> None:
        state = self.controller.state
        if result is None:
            self.overall.set_status(Status.WAITING, QCoreApplication.translate(
                "DnsPage", "Checking your domain's records…"))
        elif result.done and result.left_out:
            names = QCoreApplication.translate("DnsPage", ", ").join(purpose(r.record.key) for r in result.left_out)
            self.overall.set_status(Status.DONE, (QCoreApplication.translate(
                "DnsPage", "All the records your mail needs are correct everywhere. You can go on. Optional and not "
                "added yet: {records}. Add it at your DNS host whenever you like.")
                if len(result.left_out) == 1 else QCoreApplication.translate(
                "DnsPage", "All the records your mail needs are correct everywhere. You can go on. Optional and not "
                "added yet: {records}. Add them at your DNS host whenever you like.")
            ).format(records=names))
        elif result.done:
            self.overall.set_status(Status.DONE, QCoreApplication.translate(
                "DnsPage", "All records are correct everywhere. You can go on."))
        else:
            self._show_not_yet(result, state.dns_verified)

    def _show_not_yet(self, result: CheckResult, verified: bool) -> None:
        """What is left, by who has to act: the user, the network, or only time."""
        left = outstanding(result, verified)
        if left.unreachable and left.yours == left.to_paste and (left.unreachable + left.yours == left.total
                                                                  or not verified):
            # the network first: "add, change or delete" would send people to the DNS host for nothing
            self.overall.set_status(Status.PROBLEM, QCoreApplication.translate(
                "DnsPage", "The DNS servers did not answer, so the records cannot be checked yet. Check this "
                "computer's internet connection; we try again automatically."))
        elif left.yours and verified:
            self.overall.set_status(Status.ACTION, QCoreApplication.translate(
                "DnsPage", "Ownership is proven, so you can go on — but 1 record still needs you: see “What to do” "
                "in the table above.") if left.yours == 1 else QCoreApplication.translate(
                "DnsPage", "Ownership is proven, so you can go on — but {n} records still need you: see “What to "
                "do” in the table above.").format(n=left.yours))
        elif left.yours:
            self.overall.set_status(Status.ACTION, QCoreApplication.translate(
                "DnsPage", "Some records above still need you: add, change or delete them as the “What to do” "
                "column says. We check again automatically."))
        elif left.unreachable and (left.unreachable == left.total or not verified):
            self.overall.set_status(Status.PROBLEM, QCoreApplication.translate(
                "DnsPage", "The DNS servers did not answer, so the records cannot be checked yet. Check this "
                "computer's internet connection; we try again automatically."))
        elif verified and left.total == 0:  # only the record that proved it is still spreading
            self.overall.set_status(Status.WAITING, QCoreApplication.translate(
                "DnsPage", "Ownership is proven, so you can go on. The record that proves it is still on its way to "
                "some public DNS servers; we keep watching it."))
        elif verified:
            self.overall.set_status(Status.WAITING, QCoreApplication.translate(
                "DnsPage", "Ownership is proven, so you can go on. 1 other record is still on its way; we keep "
                "watching it.")
                if left.total == 1 else QCoreApplication.translate(
                "DnsPage", "Ownership is proven, so you can go on. {n} other records are still on their way; we "
                "keep watching them.").format(n=left.total))
        else:
            self.overall.set_status(Status.WAITING, QCoreApplication.translate(
                "DnsPage", "Your DNS host has the records; they are still on their way to the rest of the internet. "
                "Nothing to do but wait: we keep watching."))

    def show_last_checked(self, result: CheckResult | None) -> None:
        if result is None:
            saved = self.controller.saved_dns_snapshot()
            try:
                checked = when(dt.datetime.fromisoformat(saved["checked_at"])) if saved else ""
            except (KeyError, TypeError, ValueError):
                checked = ""
            self.last_checked.setText(QCoreApplication.translate("DnsPage", "Last checked: {time}").format(
                time=checked) if checked else "")
            return
        text = QCoreApplication.translate("DnsPage", "Last checked at {time}.").format(time=when(result.checked_at))
        if not result.done:
            delay = self.controller.next_dns_check_in()
            if delay is not None:  # joined as each language joins two sentences (no space in Chinese)
                text = QCoreApplication.translate("DnsPage", "{last} {next}").format(
                    last=text, next=QCoreApplication.translate("DnsPage", "Next check within {n} seconds.").format(
                        n=int(delay)))
        self.last_checked.setText(text)
