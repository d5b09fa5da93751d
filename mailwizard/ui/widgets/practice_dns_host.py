"""Practice mode's mock DNS host: a control panel laid out like a real one (host, type, priority, value,
TTL; Add record, Delete, Save), editing the sandbox zone. Saved records reach the practice resolvers
over the next seconds, as at a real host."""

from __future__ import annotations

import ipaddress
import re

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from mailwizard.ui import palette
from mailwizard.ui.access import cell_reads, tab_after

TYPES = ("A", "CNAME", "MX", "TXT", "AAAA")
_HOSTNAME = re.compile(r"^(?=.{1,253}\.?$)([A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?\.)*"
                       r"[A-Za-z0-9_](?:[A-Za-z0-9_-]{0,61}[A-Za-z0-9])?\.?$")


def value_problem(rtype: str, value: str) -> bool:
    """True when a real DNS host would refuse the value for this type."""
    try:
        if rtype == "A":
            ipaddress.IPv4Address(value)
        elif rtype == "AAAA":
            ipaddress.IPv6Address(value)
    except ValueError:
        return True
    if rtype in ("MX", "CNAME"):
        return not _HOSTNAME.match(value)
    return len(value) > 2048
HOST, TYPE, PRIORITY, VALUE, TTL = range(5)


def _absolute(host: str, domain: str) -> str:
    host = host.strip().rstrip(".")
    if host in ("", "@"):
        return domain
    return host if host == domain or host.endswith("." + domain) else f"{host}.{domain}"


def _relative(name: str, domain: str) -> str:
    return "@" if name == domain else name.removesuffix("." + domain)


class PracticeDnsHostDialog(QDialog):
    def __init__(self, zone, domain: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("practice_dns_host")
        self.zone, self.domain = zone, domain
        self.setWindowTitle(self.tr("Practice DNS host — {domain}").format(domain=domain))
        intro = QLabel(self.tr(
            "This stands in for your DNS host's control panel (DNSPod, Alibaba Cloud DNS, GoDaddy…). Add the "
            "records the DNS step lists, then click Save. As at a real host, the practice public DNS servers "
            "see the change a little later."), objectName="practice_dns_intro")
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 5, objectName="practice_dns_table")
        self.table.setHorizontalHeaderLabels([self.tr("Host"), self.tr("Type"), self.tr("Priority"),
                                              self.tr("Value"), self.tr("TTL")])
        self.table.setAccessibleName(self.tr("Records at the practice DNS host"))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(VALUE, QHeaderView.ResizeMode.Stretch)
        header.setStyleSheet("QHeaderView::section { padding: 0 6px; }")  # bold CJK headers were clipped
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setVisible(False)
        self.add_button = QPushButton(self.tr("&Add record"), objectName="add_record")
        self.delete_button = QPushButton(self.tr("&Delete"), objectName="delete_record")
        self.add_button.clicked.connect(lambda: self.add_row())
        self.delete_button.clicked.connect(self.delete_selected)
        row = QHBoxLayout()
        row.addWidget(self.add_button)
        row.addWidget(self.delete_button)
        row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("&Save"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        self.problem = QLabel(objectName="practice_dns_problem")
        self.problem.setWordWrap(True)
        palette.tint(self.problem, "color: {problem};")
        self.problem.hide()
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        for name, rtype, value, ttl in zone.rows():
            if rtype == "NS":
                continue  # the delegation is the host's own business, as at real hosts
            priority = ""
            if rtype == "MX":
                priority, _, value = value.partition(" ")
            self.add_row(_relative(name, domain), rtype, value.rstrip(".") if rtype in ("MX", "CNAME") else value,
                         priority, ttl)
        self.resize(920, 520)

    def _type_reads(self, kind: QComboBox) -> None:
        for row in range(self.table.rowCount()):  # rows move up as others are deleted
            if self.table.cellWidget(row, TYPE) is kind:
                cell_reads(self.table, row, TYPE, kind)

    def add_row(self, host: str = "@", rtype: str = "TXT", value: str = "", priority: str = "",
                ttl: int = 600) -> int:
        row = self.table.rowCount()
        self.table.insertRow(row)
        self.table.setItem(row, HOST, QTableWidgetItem(host))
        kind = QComboBox(objectName="record_type")
        kind.addItems(TYPES)
        kind.setCurrentText(rtype)
        self.table.setCellWidget(row, TYPE, kind)
        cell_reads(self.table, row, TYPE, kind)
        kind.currentIndexChanged.connect(lambda _i, k=kind: self._type_reads(k))
        self.table.setItem(row, PRIORITY, QTableWidgetItem(str(priority)))
        self.table.setItem(row, VALUE, QTableWidgetItem(value))
        ttl_item = QTableWidgetItem(str(ttl))
        ttl_item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.table.setItem(row, TTL, ttl_item)
        self.table.setCurrentCell(row, HOST if not value else VALUE)
        tab_after(self.table, *(self.table.cellWidget(r, TYPE) for r in range(self.table.rowCount())))
        return row

    def set_row(self, row: int, host: str, rtype: str, value: str, priority: str = "") -> None:
        self.table.item(row, HOST).setText(host)
        self.table.cellWidget(row, TYPE).setCurrentText(rtype)
        self.table.item(row, PRIORITY).setText(priority)
        self.table.item(row, VALUE).setText(value)

    def delete_selected(self) -> None:
        for row in sorted({i.row() for i in self.table.selectedIndexes()}, reverse=True):
            self.table.removeRow(row)

    def records(self) -> list[tuple[str, str, str, int]]:
        """The table as zone rows (absolute names; MX "priority host."), blank rows skipped."""
        rows = [(self.domain, "NS", value, ttl) for name, rtype, value, ttl in self.zone.rows() if rtype == "NS"]
        for row in range(self.table.rowCount()):
            value = self.table.item(row, VALUE).text().strip()
            if not value:
                continue
            rtype = self.table.cellWidget(row, TYPE).currentText()
            name = _absolute(self.table.item(row, HOST).text(), self.domain)
            ttl_text = self.table.item(row, TTL).text().strip()
            ttl = int(ttl_text) if ttl_text.isdigit() else 600
            if rtype in ("MX", "CNAME"):
                value = value.rstrip(".") + "."
            if rtype == "MX":
                priority = self.table.item(row, PRIORITY).text().strip()
                value = f"{int(priority) if priority.isdigit() else 10} {value}"
            rows.append((name, rtype, value, ttl))
        return rows

    def save(self) -> None:
        for row in range(self.table.rowCount()):
            rtype = self.table.cellWidget(row, TYPE).currentText()
            value = self.table.item(row, VALUE).text().strip()
            if value and value_problem(rtype, value.rstrip(".") if rtype in ("MX", "CNAME") else value):
                self.table.setCurrentCell(row, VALUE)
                self.problem.setText(self.tr("Row {row}: “{value}” is not a valid value for a {type} record. "
                                             "Copy it again from the DNS step.").format(row=row + 1, value=value,
                                                                                     type=rtype))
                self.problem.show()
                return
        self.zone.replace_all(self.records())
        self.accept()
