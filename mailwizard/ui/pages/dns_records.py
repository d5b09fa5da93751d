"""The DNS step's records to add: the table to copy from, its copy and export buttons, the plan's warnings."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtGui import QColor, QFont, QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mailwizard.core.dns import spf
from mailwizard.core.dns.check import CheckResult
from mailwizard.core.dns.hosts import DnsHost
from mailwizard.ui import palette
from mailwizard.ui.controller import WizardController
from mailwizard.ui.messages import message
from mailwizard.ui.status import Status, status_colour
from mailwizard.ui.widgets.table_rows import hug_rows, measure_rows_when_columns_settle

VALUE_COLUMN, NAME_COLUMN = 3, 2
UNKNOWN_VALUE_ROLE = Qt.ItemDataRole.UserRole + 1  # the value cell holds an explanation, not a value

# Texts are looked up in the DnsPage translation context, where their zh_CN/zh_TW translations were made
# before this panel was split from the page: self.tr here would look under the panel's class name.


def purpose(key: str) -> str:
    names = {
        "verification": QCoreApplication.translate("DnsPage", "Prove you own the domain"),
        "mx": QCoreApplication.translate("DnsPage", "Receive email (MX)"),
        "mx_remove": QCoreApplication.translate("DnsPage", "Old email service (MX)"),
        "spf_remove": QCoreApplication.translate("DnsPage", "Second SPF record (only one may exist)"),
        "cname_remove": QCoreApplication.translate("DnsPage", "Alias (CNAME) in the way of the records above"),
        "spf": QCoreApplication.translate("DnsPage", "Allow sending (SPF)"),
        "dkim": QCoreApplication.translate("DnsPage", "Sign outgoing email (DKIM)"),
        "dkim2": QCoreApplication.translate("DnsPage", "Sign outgoing email (DKIM 2)"),
        "dmarc": QCoreApplication.translate("DnsPage", "Anti-spoofing policy (DMARC)"),
        "autodiscover": QCoreApplication.translate("DnsPage", "Automatic set-up in Outlook"),
        "mail": QCoreApplication.translate("DnsPage", "Webmail address (optional)"),
    }
    return names.get(key, QCoreApplication.translate("DnsPage", "Mail app settings ({name})").format(name=key))


class DnsRecordsPanel(QWidget):
    """What to add at the DNS host, row by row; the page tells it the latest check and the host."""

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.shown: tuple | None = ()
        palette.on_change(self._recolour)
        body = QVBoxLayout(self)
        body.setContentsMargins(0, 0, 0, 0)
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
        # as tall as its rows: the column it sits in scrolls, so the table never scrolls inside it
        self.records.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        measure_rows_when_columns_settle(self.records, lambda: hug_rows(self.records, least_rows=3))
        hug_rows(self.records, least_rows=3)  # rows ~140 px tall had left one record in view
        self.records.setTabKeyNavigation(False)  # Tab goes on to the copy buttons; the arrows choose a row
        body.addWidget(self.records)
        copy_row = QHBoxLayout()
        self.copy_name = QPushButton(objectName="copy_name")
        self.copy_value = QPushButton(objectName="copy_value")
        self.copied = QLabel(objectName="copied")
        self.copy_name.clicked.connect(lambda: self._copy(NAME_COLUMN))
        self.copy_value.clicked.connect(lambda: self._copy(VALUE_COLUMN))
        # the page saves the exports: the printable one holds the host guidance as well as this table
        self.save_zone = QPushButton(objectName="save_zone")
        self.save_printable = QPushButton(objectName="save_printable")
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
        self._copied_timer = QTimer(self, singleShot=True, interval=2500)
        self._copied_timer.timeout.connect(self.copied.clear)

    def retranslate(self) -> None:
        self.records_title.setText(QCoreApplication.translate("DnsPage", "Records to add"))
        self.records.setAccessibleName(self.records_title.text())
        self.records.setHorizontalHeaderLabels([
            QCoreApplication.translate("DnsPage", "What it is for"), QCoreApplication.translate("DnsPage", "Type"),
            QCoreApplication.translate("DnsPage", "Name (host)"), QCoreApplication.translate("DnsPage", "Value"),
            QCoreApplication.translate("DnsPage", "Priority"), QCoreApplication.translate("DnsPage", "What to do")])
        self.copy_name.setText(QCoreApplication.translate("DnsPage", "Copy na&me"))
        self.copy_value.setText(QCoreApplication.translate("DnsPage", "Copy &value"))
        self.save_zone.setText(QCoreApplication.translate("DnsPage", "&Export the records for import…"))
        self.save_zone.setToolTip(QCoreApplication.translate(
            "DnsPage", "A file (called a zone file) that many DNS hosts can import in one go, "
            "instead of adding the records one by one."))
        self.save_printable.setText(QCoreApplication.translate("DnsPage", "Save &printable page…"))

    def show_records(self, result: CheckResult | None, host: DnsHost) -> None:
        domain = self.controller.state.domain or ""
        plan = result.plan if result else None
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
                    if record.ready else QCoreApplication.translate("DnsPage", "Paste the value first")
                rows.append((purpose(record.key), record.rtype, host.host_field(record.name, domain), text,
                             priority, action))
        for item in (plan.items if plan else []):
            if item.action == "remove":
                if item.rtype == "MX":
                    priority, target = item.value.split(maxsplit=1) if item.value else ("", "")
                else:
                    priority, target = "", item.value or ""
                rows.append((purpose(item.key), item.rtype, host.host_field(item.name, domain), target,
                             priority, self._action_text("remove")))
        warnings = [message(key, params) for key, params in (plan.warnings if plan else [])]
        shown = (tuple(rows), tuple(warnings))
        if shown == self.shown:
            return
        self.shown = shown
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
                    item.setFont(mono())
                self.records.setItem(row, column, item)
        self.records.resizeRowsToContents()
        hug_rows(self.records, least_rows=3)
        self.warnings.setText("".join(f"<p>⚠ {html.escape(w)}</p>" for w in warnings))
        self.warnings.setVisible(bool(warnings))

    def _recolour(self) -> None:
        for row in range(self.records.rowCount()):
            item = self.records.item(row, VALUE_COLUMN)
            if item is not None and item.data(UNKNOWN_VALUE_ROLE):
                item.setForeground(QColor(status_colour(Status.WAITING)))

    def _unknown_value_texts(self) -> tuple[str, str]:
        return (QCoreApplication.translate("DnsPage", "Not known yet: paste it below, or connect above"),
                QCoreApplication.translate("DnsPage", "Not known yet: copy it from your provider's console, paste "
                                                      "it below"))

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
        return {"add": QCoreApplication.translate("DnsPage", "Add"),
                "replace": QCoreApplication.translate("DnsPage", "Replace the existing one"),
                "keep": QCoreApplication.translate("DnsPage", "Already there"),
                "remove": QCoreApplication.translate("DnsPage", "Delete"),
                "unread": QCoreApplication.translate(
                    "DnsPage", "Wait: your DNS host did not answer, so what is there now is not known"),
                "checking": QCoreApplication.translate("DnsPage", "Checking what is there now…")}[action]

    def _copy(self, column: int) -> None:
        row = self.records.currentRow()
        if row < 0:
            self.copied.setText(QCoreApplication.translate("DnsPage", "Click a row first."))
        elif column == VALUE_COLUMN and self.records.item(row, column).data(UNKNOWN_VALUE_ROLE):
            self.copied.setText(QCoreApplication.translate(
                "DnsPage", "This value is not known yet: paste it in the box below first."))
        else:
            QGuiApplication.clipboard().setText(self.records.item(row, column).text())
            self.copied.setText(QCoreApplication.translate("DnsPage", "Copied"))
        self._copied_timer.start()

    def table_html(self) -> str:
        """The table as it is shown, for the printable page."""
        e = html.escape
        rows = "".join("<tr>" + "".join(f"<td>{e(self.records.item(r, c).text())}</td>" for c in range(6)) + "</tr>"
                       for r in range(self.records.rowCount()))
        headers = "".join(f"<th>{e(self.records.horizontalHeaderItem(c).text())}</th>" for c in range(6))
        return f"<table>{headers}{rows}</table>"


def mono() -> QFont:
    font = QFont("monospace")
    font.setStyleHint(QFont.StyleHint.Monospace)
    return font
