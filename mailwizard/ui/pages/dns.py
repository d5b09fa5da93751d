"""Step 3: the records to add, where to add them, and a live panel that watches them arrive."""

from __future__ import annotations

import datetime as dt
import html
from pathlib import Path

from PySide6.QtCore import QLocale, Qt, QTimer, QUrl
from PySide6.QtGui import QColor, QDesktopServices, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from mailwizard.core.dns import spf
from mailwizard.core.dns.check import CheckResult, outstanding
from mailwizard.core.dns.export import bind_snippet
from mailwizard.core.dns.hosts import DnsHost, identify, load_hosts
from mailwizard.core.dns.plan import ChangePlan
from mailwizard.core.flow import Step
from mailwizard.ui.controller import WizardController
from mailwizard.ui.messages import message
from mailwizard.ui.pages.base import WizardPage
from mailwizard.ui.status import Status, StatusLine, status_colour
from mailwizard.ui.widgets.connect_box import ConnectBox
from mailwizard.ui.widgets.dns_status_panel import DnsStatusPanel
from mailwizard.ui.widgets.table_rows import measure_rows_when_columns_settle

VALUE_COLUMN, NAME_COLUMN = 3, 2
UNKNOWN_VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the value cell holds an explanation, not a value


class DnsPage(WizardPage):
    step = Step.DNS

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)
        self._plan: ChangePlan | None = None
        self._result: CheckResult | None = None
        self._records_shown: tuple = ()
        self._values_language = ""

        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea(objectName="dns_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(content)
        self.layout_.addWidget(scroll, 1)

        self.connect_box = ConnectBox(controller)
        body.addWidget(self.connect_box)
        self.host_box = QLabel(objectName="host_guidance")
        self.host_box.setWordWrap(True)
        self.host_box.setOpenExternalLinks(True)
        self.host_box.setTextFormat(Qt.TextFormat.RichText)
        self.open_console = QPushButton(objectName="open_console")
        self.open_console.clicked.connect(self._open_console)
        # What to do first is always shown; how long changes take and the host's fine print on request
        # (a first screen full of TTLs and priority ranges lost people before the table)
        self.host_more_toggle = QToolButton(objectName="host_more_toggle", checkable=True)
        self.host_more_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.host_more_toggle.setAutoRaise(True)
        self.host_more_toggle.toggled.connect(self._show_host_more)
        self.host_more = QLabel(objectName="host_more")
        self.host_more.setWordWrap(True)
        self.host_more.setTextFormat(Qt.TextFormat.PlainText)
        self.host_more.hide()
        host_column = QVBoxLayout()
        host_column.setSpacing(2)
        host_column.addWidget(self.host_box)
        host_column.addWidget(self.host_more_toggle, 0, Qt.AlignmentFlag.AlignLeft)
        host_column.addWidget(self.host_more)
        host_row = QHBoxLayout()
        host_row.addLayout(host_column, 1)
        host_row.addWidget(self.open_console, 0, Qt.AlignmentFlag.AlignTop)
        body.addLayout(host_row)

        self.records_title = QLabel(objectName="records_title")
        self.records_title.setStyleSheet("font-weight: bold;")
        body.addWidget(self.records_title)
        self.records = QTableWidget(0, 6, objectName="records")
        self.records.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.records.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.records.verticalHeader().setVisible(False)
        self.records.setWordWrap(True)
        self.records.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.records.horizontalHeader().setSectionResizeMode(VALUE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.records.setMinimumHeight(200)
        measure_rows_when_columns_settle(self.records)  # rows ~140 px tall had left one record in view
        body.addWidget(self.records)
        copy_row = QHBoxLayout()
        self.copy_name = QPushButton(objectName="copy_name")
        self.copy_value = QPushButton(objectName="copy_value")
        self.copied = QLabel(objectName="copied")
        self.copy_name.clicked.connect(lambda: self._copy(NAME_COLUMN))
        self.copy_value.clicked.connect(lambda: self._copy(VALUE_COLUMN))
        self.save_zone = QPushButton(objectName="save_zone")
        self.save_printable = QPushButton(objectName="save_printable")
        self.save_zone.clicked.connect(self._ask_save_zone)
        self.save_printable.clicked.connect(self._ask_save_printable)
        for widget in (self.copy_name, self.copy_value, self.copied):
            copy_row.addWidget(widget)
        copy_row.addStretch(1)
        copy_row.addWidget(self.save_zone)
        copy_row.addWidget(self.save_printable)
        body.addLayout(copy_row)

        self.warnings = QLabel(objectName="plan_warnings")
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        body.addWidget(self.warnings)

        self.values_title = QLabel(objectName="values_title")
        self.values_title.setWordWrap(True)
        self.values_form = QFormLayout()
        self.value_fields: dict[str, QLineEdit] = {}
        body.addWidget(self.values_title)
        body.addLayout(self.values_form)

        self.panel_title = QLabel(objectName="panel_title")
        self.panel_title.setStyleSheet("font-weight: bold;")
        body.addWidget(self.panel_title)
        self.overall = StatusLine(objectName="dns_overall")
        body.addWidget(self.overall)
        self.panel = DnsStatusPanel()
        if controller.practice is not None:
            self.panel.practice_delays = controller.practice.resolver_delays()
        self.panel.setMinimumHeight(220)
        body.addWidget(self.panel)
        check_row = QHBoxLayout()
        self.last_checked = QLabel(objectName="last_checked")
        self.check_now = QPushButton(objectName="check_now")
        self.check_now.clicked.connect(controller.check_dns_now)
        check_row.addWidget(self.last_checked, 1)
        check_row.addWidget(self.check_now)
        body.addLayout(check_row)

        self._copied_timer = QTimer(self, singleShot=True, interval=2500)
        self._copied_timer.timeout.connect(self.copied.clear)
        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._show_last_checked)
        controller.dnsChecked.connect(self._show_result)
        self.retranslate()
        if controller.dns_result is not None:  # a check that ran before this page was first shown
            self._show_result(controller.dns_result)

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Add the DNS records"))
        self.intro.setText(self.tr(
            "Your DNS host is where your domain's settings live. Add the records below there, exactly as "
            "shown. We check the internet every few seconds and tell you when they have arrived; this can "
            "take from minutes to a few hours."))
        self.open_console.setText(self.tr("Open my DNS host"))
        self.records_title.setText(self.tr("Records to add"))
        self.records.setHorizontalHeaderLabels([
            self.tr("What it is for"), self.tr("Type"), self.tr("Name (host)"), self.tr("Value"),
            self.tr("Priority"), self.tr("What to do")])
        self.copy_name.setText(self.tr("Copy name"))
        self.copy_value.setText(self.tr("Copy value"))
        self.save_zone.setText(self.tr("Export the records for import…"))
        self.save_zone.setToolTip(self.tr("A file (called a zone file) that many DNS hosts can import in one go, "
                                          "instead of adding the records one by one."))
        self.save_printable.setText(self.tr("Save printable page…"))
        self.panel_title.setText(self.tr("What the internet sees now"))
        self.check_now.setText(self.tr("Check now"))
        self.panel.record_titles = {key: self.purpose(key) for key in self._keys()}
        self.panel.value_names = {key: self.value_label(key).rstrip(":：") for key in _VALUE_KEYS}
        self.panel.retranslate()
        self.connect_box.refresh()
        self.refresh()

    def purpose(self, key: str) -> str:
        names = {
            "verification": self.tr("Prove you own the domain"),
            "mx": self.tr("Receive email (MX)"),
            "mx_remove": self.tr("Old email service (MX)"),
            "spf_remove": self.tr("Second SPF record (only one may exist)"),
            "cname_remove": self.tr("Alias (CNAME) in the way of the records above"),
            "spf": self.tr("Allow sending (SPF)"),
            "dkim": self.tr("Sign outgoing email (DKIM)"),
            "dkim2": self.tr("Sign outgoing email (DKIM 2)"),
            "dmarc": self.tr("Anti-spoofing policy (DMARC)"),
            "autodiscover": self.tr("Automatic set-up in Outlook"),
            "mail": self.tr("Webmail address (optional)"),
        }
        return names.get(key, self.tr("Mail app settings ({name})").format(name=key))

    def _keys(self) -> list[str]:
        return [r.key for r in self.controller.dns_records()]

    # --- state ---------------------------------------------------------------------------
    def on_enter(self) -> None:
        super().on_enter()
        self.controller.restore_connection()
        self.controller.start_dns_watch()
        self._tick.start()

    def refresh(self) -> None:
        self._show_host()
        self._show_value_fields()
        self._show_records()
        self._show_overall()
        self._show_last_checked()

    def host(self) -> DnsHost:
        result = self.controller.dns_result
        names = result.delegation.nameservers if result and result.delegation.nameservers else \
            self.controller.state.domain_nameservers
        return identify(names, load_hosts())

    def _show_host(self) -> None:
        host, lang = self.host(), self.controller.language
        e = html.escape
        if host.id == "unknown":
            first = self.tr("We could not tell which company hosts your domain's DNS.")
        else:
            first = self.tr("Your domain's DNS is hosted at <b>{host}</b>.").format(host=e(host.name.get(lang)))
        apex = host.apex or self.tr("(leave empty)")
        parts = [
            first,
            e(host.where.get(lang)),
            e(self.tr("In the name (host) field, type the part shown in the table; for the domain itself type "
                      "{apex}.").format(apex=apex)),
        ]
        guide = self.tr("{host} help: how to add a record").format(host=host.name.get(lang))
        parts.append(f'<a href="{e(host.help_url)}">{e(guide)}</a>')
        self.host_box.setText("<br>".join(parts))
        more = [host.propagation.get(lang)] + ([host.notes.get(lang)] if host.notes else [])
        self.host_more.setText("\n".join(more))
        self._show_host_more(self.host_more_toggle.isChecked())

    def _show_host_more(self, shown: bool) -> None:
        self.host_more.setVisible(shown)
        self.host_more_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.host_more_toggle.setText(self.tr("Fewer details") if shown else self.tr("More details: how long "
                                                                                      "changes take, and tips"))

    def _open_console(self) -> None:
        if self.controller.practice is not None:
            from mailwizard.ui.widgets.practice_dns_host import PracticeDnsHostDialog

            dialog = PracticeDnsHostDialog(self.controller.practice.zone, self.controller.state.domain or "", self)
            dialog.accepted.connect(self.controller.check_dns_now)  # saved: watch it arrive
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
            return
        QDesktopServices.openUrl(QUrl(self.host().console_url))

    def _show_value_fields(self) -> None:
        self.values_title.setText(self.tr(
            "MailWizard cannot fetch these values from your provider for you: copy them from its admin console "
            "and paste them here:") if self.controller.state.connected_account else self.tr(
            "Some values come from your provider. Until MailWizard connects to it, copy them from your "
            "provider's admin console and paste them here:"))
        waiting = list(dict.fromkeys(p for r in self.controller.dns_records() for p in r.waiting_for))
        pasted = self.controller.state.dns_values
        wanted = list(dict.fromkeys(waiting + [k for k in pasted if k in _VALUE_KEYS]))
        if list(self.value_fields) != wanted or self._values_language != self.controller.language:
            self._values_language = self.controller.language
            while self.values_form.rowCount():
                self.values_form.removeRow(0)
            self.value_fields = {}
            records = self.controller.dns_records()
            for key in wanted:
                field = QLineEdit(objectName=f"value_{key}")
                field.setFont(_mono())
                field.editingFinished.connect(lambda k=key, f=field: self.controller.set_dns_value(k, f.text()))
                self.value_fields[key] = field
                column = QVBoxLayout()
                column.setSpacing(2)
                column.addWidget(field)
                note = next((r.note for r in records if key in r.waiting_for and r.note), None)
                if note:  # where the provider's console shows this value
                    hint = QLabel(note.get(self.controller.language) or note.get("en", ""), objectName=f"hint_{key}")
                    hint.setWordWrap(True)
                    hint.setStyleSheet("color: #4a5560;")
                    column.addWidget(hint)
                self.values_form.addRow(self.value_label(key), column)
        for key, field in self.value_fields.items():
            if not field.hasFocus() and field.text() != pasted.get(key, ""):
                field.setText(pasted.get(key, ""))
            field.setPlaceholderText(self.tr("paste from your provider's console"))
        self.values_title.setVisible(bool(self.value_fields))

    def value_label(self, key: str) -> str:
        return {
            "verification": self.tr("Verification code:"),
            "dkim": self.tr("DKIM value:"),
            "dkim_selector2": self.tr("Second DKIM value:"),
            "mx_host": self.tr("Mail server (MX) host:"),
            "spf_include": self.tr("SPF include domain:"),
            "tenant": self.tr("Tenant name:"),
        }.get(key, key + ":")

    def _show_records(self) -> None:
        host = self.host()
        domain = self.controller.state.domain or ""
        plan = self._result.plan if self._result else None
        records = self.controller.dns_records()
        rows: list[tuple[str, str, str, str, str, str]] = []
        planned = {(i.key, i.value): i for i in plan.items} if plan else {}
        for record in records:
            values = record.values if record.purpose == "mx" else (None,)
            for value in values:
                item = planned.get((record.key, value)) if value else next(
                    (i for i in (plan.items if plan else []) if i.key == record.key), None)
                text, priority = self._value_text(record, value, item, host)
                # before any check answered, what is there is not known: "Add" could make a second SPF record
                action = self._action_text(item.action if item else "checking" if plan is None else "add") \
                    if record.ready else self.tr("Paste the value first")
                rows.append((self.purpose(record.key), record.rtype, host.host_field(record.name, domain), text,
                             priority, action))
        for item in (plan.items if plan else []):
            if item.action == "remove":
                if item.rtype == "MX":
                    priority, target = item.value.split(maxsplit=1) if item.value else ("", "")
                else:
                    priority, target = "", item.value or ""
                rows.append((self.purpose(item.key), item.rtype, host.host_field(item.name, domain), target,
                             priority, self._action_text("remove")))
        warnings = [message(key, params) for key, params in (plan.warnings if plan else [])]
        shown = (tuple(rows), tuple(warnings))
        if shown == self._records_shown:
            return
        self._records_shown = shown
        self.records.setRowCount(len(rows))
        unknown = self._unknown_value_texts()
        for row, cells in enumerate(rows):
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column == VALUE_COLUMN and text in unknown:  # a sentence, not a value: never copied as one
                    item.setData(UNKNOWN_VALUE_ROLE, True)
                    font = item.font()
                    font.setItalic(True)
                    item.setFont(font)
                    item.setForeground(QColor(status_colour(Status.WAITING)))
                elif column in (NAME_COLUMN, VALUE_COLUMN):
                    item.setFont(_mono())
                self.records.setItem(row, column, item)
        self.records.resizeRowsToContents()
        self.warnings.setText("".join(f"<p>⚠ {html.escape(w)}</p>" for w in warnings))
        self.warnings.setVisible(bool(warnings))

    def _unknown_value_texts(self) -> tuple[str, str]:
        return (self.tr("Not known yet: paste it below, or connect above"),
                self.tr("Not known yet: copy it from your provider's console, paste it below"))

    def _value_text(self, record, value, item, host: DnsHost) -> tuple[str, str]:
        if not record.ready:  # connected, yet the API cannot give it (e.g. DKIM keys): only the console can
            return self._unknown_value_texts()[1 if self.controller.state.connected_account else 0], ""
        if record.purpose == "mx":
            priority, target = value.split(maxsplit=1)
            return host.target(target), priority
        if record.purpose == "spf":  # the whole record, merged with one already there once the check saw it
            if item is not None and item.value:
                return item.value, ""
            return spf.merge(None, record.values[0].removeprefix("include:"), record.spf_all), ""
        if record.purpose == "dmarc" and item is not None and item.value:
            return item.value, ""
        if record.rtype == "CNAME":
            return host.target(record.values[0]), ""
        return record.values[0], ""

    def _action_text(self, action: str) -> str:
        return {"add": self.tr("Add"), "replace": self.tr("Replace the existing one"),
                "keep": self.tr("Already there"), "remove": self.tr("Delete"),
                "unread": self.tr("Wait: your DNS host did not answer, so what is there now is not known"),
                "checking": self.tr("Checking what is there now…")}[action]

    def _copy(self, column: int) -> None:
        row = self.records.currentRow()
        if row < 0:
            self.copied.setText(self.tr("Click a row first."))
        elif column == VALUE_COLUMN and self.records.item(row, column).data(UNKNOWN_VALUE_ROLE):
            self.copied.setText(self.tr("This value is not known yet: paste it in the box below first."))
        else:
            QGuiApplication.clipboard().setText(self.records.item(row, column).text())
            self.copied.setText(self.tr("Copied"))
        self._copied_timer.start()

    # --- the live panel ------------------------------------------------------------------
    def _show_result(self, result: CheckResult) -> None:
        self._result = result
        self.panel.record_titles = {r.record.key: self.purpose(r.record.key) for r in result.records}
        self.panel.show_result(result)
        self._show_host()
        self._show_value_fields()
        self._show_records()
        self._show_overall()
        self._show_last_checked()
        self.changed.emit()

    def _show_overall(self) -> None:
        result = self._result
        state = self.controller.state
        if result is None:
            self.overall.set_status(Status.WAITING, self.tr("Checking your domain's records…"))
        elif result.all_ok:
            self.overall.set_status(Status.DONE, self.tr("All records are correct everywhere. You can go on."))
        else:
            self._show_not_yet(result, state.dns_verified)

    def _show_not_yet(self, result: CheckResult, verified: bool) -> None:
        """What is left, by who has to act: the user, the network, or only time."""
        left = outstanding(result, verified)
        if left.unreachable and left.yours == left.to_paste and (left.unreachable + left.yours == left.total
                                                                  or not verified):
            # the network first: "add, change or delete" would send people to the DNS host for nothing
            self.overall.set_status(Status.PROBLEM, self.tr(
                "The DNS servers did not answer, so the records cannot be checked yet. Check this computer's "
                "internet connection; we try again automatically."))
        elif left.yours and verified:
            self.overall.set_status(Status.ACTION, self.tr(
                "Ownership is proven, so you can go on — but 1 record still needs you: see “What to do” in "
                "the table above.") if left.yours == 1 else self.tr(
                "Ownership is proven, so you can go on — but {n} records still need you: see “What to do” in "
                "the table above.").format(n=left.yours))
        elif left.yours:
            self.overall.set_status(Status.ACTION, self.tr(
                "Some records above still need you: add, change or delete them as the “What to do” column says. "
                "We check again automatically."))
        elif left.unreachable and (left.unreachable == left.total or not verified):
            self.overall.set_status(Status.PROBLEM, self.tr(
                "The DNS servers did not answer, so the records cannot be checked yet. Check this computer's "
                "internet connection; we try again automatically."))
        elif verified and left.total == 0:  # only the record that proved it is still spreading
            self.overall.set_status(Status.WAITING, self.tr(
                "Ownership is proven, so you can go on. The record that proves it is still on its way to some "
                "public DNS servers; we keep watching it."))
        elif verified:
            self.overall.set_status(Status.WAITING, self.tr(
                "Ownership is proven, so you can go on. 1 other record is still on its way; we keep watching it.")
                if left.total == 1 else self.tr(
                "Ownership is proven, so you can go on. {n} other records are still on their way; we keep "
                "watching them.").format(n=left.total))
        else:
            self.overall.set_status(Status.WAITING, self.tr(
                "Your DNS host has the records; they are still on their way to the rest of the internet. Nothing "
                "to do but wait: we keep watching."))

    def _show_last_checked(self) -> None:
        result = self._result
        if result is None:
            saved = self.controller.saved_dns_snapshot()
            try:
                when = self._when(dt.datetime.fromisoformat(saved["checked_at"])) if saved else ""
            except (KeyError, TypeError, ValueError):
                when = ""
            self.last_checked.setText(self.tr("Last checked: {time}").format(time=when) if when else "")
            return
        text = self.tr("Last checked at {time}.").format(time=self._when(result.checked_at))
        if not result.all_ok:
            delay = self.controller.next_dns_check_in()
            if delay is not None:  # joined as each language joins two sentences (no space in Chinese)
                text = self.tr("{last} {next}").format(last=text, next=self.tr(
                    "Next check within {n} seconds.").format(n=int(delay)))
        self.last_checked.setText(text)

    @staticmethod
    def _when(checked_at: dt.datetime) -> str:
        """In the computer's time zone (checks are kept in UTC), with the date unless it is today: records can
        take up to two days to spread, and the wizard is reopened in between."""
        local = checked_at.astimezone() if checked_at.tzinfo else checked_at
        time = QLocale().toString(local.time(), QLocale.FormatType.ShortFormat)
        if local.date() == dt.date.today():
            return time
        return f"{QLocale().toString(local.date(), QLocale.FormatType.ShortFormat)} {time}"

    # --- export --------------------------------------------------------------------------
    def zone_text(self) -> str:
        return bind_snippet(self.controller.state.domain or "", self._result.plan) if self._result else ""

    def printable_html(self) -> str:
        e = html.escape
        rows = "".join("<tr>" + "".join(f"<td>{e(self.records.item(r, c).text())}</td>" for c in range(6)) + "</tr>"
                       for r in range(self.records.rowCount()))
        headers = "".join(f"<th>{e(self.records.horizontalHeaderItem(c).text())}</th>" for c in range(6))
        title = self.tr("DNS records for {domain}").format(domain=self.controller.shown_domain())
        return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{e(title)}</title>"
                "<style>body{font-family:sans-serif} td,th{border:1px solid #999;padding:4px 8px;"
                "font-family:monospace;word-break:break-all} th{background:#eee}</style></head><body>"
                f"<h1>{e(title)}</h1><p>{self.host_box.text()}</p><p>{e(self.host_more.text())}</p>"
                f"<table>{headers}{rows}</table>"
                f"{self.warnings.text()}</body></html>")

    def _ask_save_zone(self) -> None:
        suggested = f"{self.controller.state.domain}.zone"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save as zone file"), suggested,
                                              self.tr("Zone file") + " (*.zone *.txt)")
        if path:
            self.controller.save_text_file(Path(path), self.zone_text())

    def _ask_save_printable(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Save printable page"),
                                              f"{self.controller.state.domain}-dns.html", "HTML (*.html)")
        if path:
            self.controller.save_text_file(Path(path), self.printable_html(), then_open=True)

    @property
    def valid(self) -> bool:
        return self.controller.can_go_next()


_VALUE_KEYS = ("verification", "dkim", "dkim_selector2", "mx_host", "spf_include", "tenant")


def _mono() -> QFont:
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font
