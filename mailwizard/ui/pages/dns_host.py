"""The DNS step's guidance for the user's DNS host: who it is, how to add a record there, a button to open it."""

from __future__ import annotations

import html

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QToolButton, QVBoxLayout, QWidget

from mailwizard.core.dns.hosts import DnsHost, identify, load_hosts
from mailwizard.ui.controller import WizardController

# Texts are looked up in the DnsPage translation context, where their zh_CN/zh_TW translations were made
# before this panel was split from the page: self.tr here would look under the panel's class name.


class DnsHostGuidance(QWidget):
    """Where the records go, told for the DNS host the domain's name servers point to."""

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        body = QVBoxLayout(self)  # the row sits in a column, as it did in the page's, so it is spaced the same
        body.setContentsMargins(0, 0, 0, 0)
        self.host_box = QLabel(objectName="host_guidance")
        self.host_box.setWordWrap(True)
        self.host_box.setOpenExternalLinks(True)
        self.host_box.setTextFormat(Qt.TextFormat.RichText)
        self.open_console = QPushButton(objectName="open_console")
        self.open_console.clicked.connect(self.open_host)
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
        # the host's help beside the button that opens it, not on a line of its own under the text
        self.host_help = QLabel(objectName="host_help")
        self.host_help.setOpenExternalLinks(True)
        self.host_help.setTextFormat(Qt.TextFormat.RichText)
        button_column = QVBoxLayout()
        button_column.setSpacing(2)
        button_column.addWidget(self.open_console)
        button_column.addWidget(self.host_help, 0, Qt.AlignmentFlag.AlignRight)
        button_column.addStretch(1)
        host_row = QHBoxLayout()
        host_row.addLayout(host_column, 1)
        host_row.addLayout(button_column)
        body.addLayout(host_row)

    def retranslate(self) -> None:
        self.open_console.setText(QCoreApplication.translate("DnsPage", "&Open my DNS host"))

    def host(self) -> DnsHost:
        result = self.controller.dns_result
        names = result.delegation.nameservers if result and result.delegation.nameservers else \
            self.controller.state.domain_nameservers
        return identify(names, load_hosts())

    def show_host(self) -> None:
        host, lang = self.host(), self.controller.language
        e = html.escape
        if host.id == "unknown":
            first = QCoreApplication.translate("DnsPage", "We could not tell which company hosts your domain's DNS.")
        else:
            first = QCoreApplication.translate("DnsPage", "Your domain's DNS is hosted at <b>{host}</b>.").format(
                host=e(host.name.get(lang)))
        apex = host.apex or QCoreApplication.translate("DnsPage", "(leave empty)")
        parts = [
            # joined as each language joins two sentences (no space in Chinese)
            QCoreApplication.translate("DnsPage", "{last} {next}").format(last=first, next=e(host.where.get(lang))),
            e(QCoreApplication.translate(
                "DnsPage", "In the name (host) field, type the part shown in the table; for the domain itself type "
                "{apex}.").format(apex=apex)),
        ]
        guide = QCoreApplication.translate("DnsPage", "{host} help: how to add a record").format(
            host=host.name.get(lang))
        self.host_help.setText(f'<a href="{e(host.help_url)}">{e(guide)}</a>')
        self.host_box.setText("<br>".join(parts))
        more = [host.propagation.get(lang)] + ([host.notes.get(lang)] if host.notes else [])
        self.host_more.setText("\n".join(more))
        self._show_host_more(self.host_more_toggle.isChecked())

    def _show_host_more(self, shown: bool) -> None:
        self.host_more.setVisible(shown)
        self.host_more_toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)
        self.host_more_toggle.setText(QCoreApplication.translate("DnsPage", "Fewer details") if shown else
                                      QCoreApplication.translate("DnsPage", "More details: how long changes take, "
                                                                            "and tips"))

    def open_host(self) -> None:
        zone = self.controller.surroundings.editable_zone()
        if zone is not None:  # practice mode's mock DNS host, in a window of its own
            from mailwizard.ui.widgets.practice_dns_host import PracticeDnsHostDialog

            dialog = PracticeDnsHostDialog(zone, self.controller.state.domain or "", self)
            dialog.accepted.connect(self.controller.check_dns_now)  # saved: watch it arrive
            dialog.finished.connect(dialog.deleteLater)
            dialog.open()
            return
        QDesktopServices.openUrl(QUrl(self.host().console_url))
