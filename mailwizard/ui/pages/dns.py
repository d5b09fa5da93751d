"""Step 3: the records to add, where to add them, and a live panel that watches them arrive."""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QFileDialog, QFrame, QScrollArea, QSplitter, QVBoxLayout, QWidget

from mailwizard.core.dns.check import CheckResult
from mailwizard.core.dns.export import bind_snippet
from mailwizard.core.dns.hosts import DnsHost
from mailwizard.core.flow import Step
from mailwizard.ui.access import read_in_order
from mailwizard.ui.controller import WizardController
from mailwizard.ui.pages.base import WizardPage
from mailwizard.ui.pages.dns_apply import DnsApplyOffer
from mailwizard.ui.pages.dns_host import DnsHostGuidance
from mailwizard.ui.pages.dns_records import DnsRecordsPanel, purpose
from mailwizard.ui.pages.dns_values import VALUE_KEYS, DnsValuesForm, value_label
from mailwizard.ui.pages.dns_watch import DnsWatchPanel, when
from mailwizard.ui.widgets.connect_box import ConnectBox


class DnsPage(WizardPage):
    step = Step.DNS

    def __init__(self, controller: WizardController, parent: QWidget | None = None) -> None:
        super().__init__(controller, parent)

        # Two panes, one above the other: what to add (scrolls on its own) and the live panel, always in view
        # below it. One scrolling column holding both had put the panel below the fold of a laptop screen, in
        # a scroll area inside a scrolling page.
        content = QWidget()
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 8, 0)
        scroll = QScrollArea(objectName="dns_scroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop for Tab: it follows the focus inside
        scroll.setWidget(content)
        scroll.setMinimumHeight(120)

        self.connect_box = ConnectBox(controller)
        body.addWidget(self.connect_box)
        # where the DNS host has an API: "Set up the records for me", above the guidance to type them by hand
        self.guidance = DnsHostGuidance(controller)
        self.apply_offer = DnsApplyOffer(controller, self.host)
        body.addWidget(self.apply_offer)
        body.addWidget(self.guidance)
        self.records_panel = DnsRecordsPanel(controller)
        self.records_panel.save_zone.clicked.connect(self._ask_save_zone)
        self.records_panel.save_printable.clicked.connect(self._ask_save_printable)
        body.addWidget(self.records_panel)
        self.values = DnsValuesForm(controller)
        body.addLayout(self.values)
        body.addStretch(1)
        self.watch = DnsWatchPanel(controller)
        self.splitter = QSplitter(Qt.Orientation.Vertical, objectName="dns_splitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(scroll)
        self.splitter.addWidget(self.watch)
        self.splitter.setStretchFactor(0, 1)  # a taller window gives the records more room; the panel keeps its rows
        self.splitter.setStretchFactor(1, 0)
        read_in_order(self.splitter)  # the panel had been read first ("Some records above still need you")
        self.layout_.addWidget(self.splitter, 1)
        self._panes_moved = False  # once the admin drags the divider, the page leaves the panes as they put them
        self.splitter.splitterMoved.connect(self._panes_moved_by_hand)
        self._size_panes_soon = QTimer(self, singleShot=True, interval=0)
        self._size_panes_soon.timeout.connect(self.size_panes)
        # the widgets tests and tools reach for, where they were before the page was split into panels
        self.host_box, self.open_console = self.guidance.host_box, self.guidance.open_console
        self.host_more, self.host_more_toggle = self.guidance.host_more, self.guidance.host_more_toggle
        self.records, self.warnings = self.records_panel.records, self.records_panel.warnings
        self.copy_value, self.copied = self.records_panel.copy_value, self.records_panel.copied
        self.values_title = self.values.values_title
        self.overall, self.panel, self.check_now = self.watch.overall, self.watch.panel, self.watch.check_now

        self._tick = QTimer(self, interval=1000)
        self._tick.timeout.connect(self._show_last_checked)
        controller.dnsChecked.connect(self._show_result)
        self.retranslate()
        if controller.dns_result is not None:  # a check that ran before this page was first shown
            self._show_result(controller.dns_result)

    @property
    def _result(self) -> CheckResult | None:
        """The last check, as the session holds it (the page keeps no copy)."""
        return self.controller.dns_result

    @property
    def value_fields(self) -> dict:
        return self.values.value_fields  # rebuilt as the records wait for other values

    @property
    def _records_shown(self) -> tuple | None:
        return self.records_panel.shown

    @_records_shown.setter
    def _records_shown(self, shown: tuple | None) -> None:
        self.records_panel.shown = shown  # None: the table is drawn again by the next _show_records

    # --- texts ---------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.heading.setText(self.tr("Add the DNS records"))
        self.intro.setText(self.tr(
            "Your DNS host is where your domain's settings live. Add the records below there, exactly as "
            "shown. We check the internet every few seconds and tell you when they have arrived; this can "
            "take from minutes to a few hours."))
        self.guidance.retranslate()
        self.apply_offer.retranslate()
        self.records_panel.retranslate()
        self.watch.retranslate()
        self.panel.record_titles = {key: purpose(key) for key in self._keys()}
        self.panel.value_names = {key: value_label(key).rstrip(":：") for key in VALUE_KEYS}
        self.panel.retranslate(self._result)
        self.connect_box.refresh()
        self.refresh()

    def _keys(self) -> list[str]:
        return [r.key for r in self.controller.dns_records()]

    # --- state ---------------------------------------------------------------------------
    def on_enter(self) -> None:
        super().on_enter()
        self.controller.restore_connection()
        self.controller.start_dns_watch()
        self.controller.dns_apply_enter()  # the DNS host's key looked up in the keychain, a stopped run found
        self._tick.start()

    def refresh(self) -> None:
        self.guidance.show_host()
        self.apply_offer.refresh()
        self.values.show_fields()
        self._show_records()
        self._show_overall()
        self._show_last_checked()

    def host(self) -> DnsHost:
        return self.guidance.host()

    def _show_records(self) -> None:
        self.records_panel.show_records(self._result, self.host())

    # --- the live panel ------------------------------------------------------------------
    def _show_result(self, result: CheckResult) -> None:
        self.panel.record_titles = {r.record.key: purpose(r.record.key) for r in result.records}
        self.panel.show_result(result)
        self.guidance.show_host()
        self.apply_offer.refresh()
        self.values.show_fields()
        self._show_records()
        self._show_overall()
        self._show_last_checked()
        self._size_panes_soon.start()  # once the grid's rows are measured
        self.changed.emit()

    def size_panes(self) -> None:
        """The live panel as tall as its rows, up to 45 % of the height: the records above keep the rest."""
        total = sum(self.splitter.sizes())
        if self._panes_moved or total <= 0:
            return
        panel = min(self.watch.sizeHint().height(), total * 45 // 100)
        self.splitter.setSizes([total - panel, panel])

    def _panes_moved_by_hand(self) -> None:
        self._panes_moved = True

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._size_panes_soon.start()

    def _show_overall(self) -> None:
        self.watch.show_overall(self._result)

    def _show_last_checked(self) -> None:
        self.watch.show_last_checked(self._result)

    _when = staticmethod(when)  # where it was before the watch panel took it over

    # --- export --------------------------------------------------------------------------
    def zone_text(self) -> str:
        return bind_snippet(self.controller.state.domain or "", self._result.plan) if self._result else ""

    def printable_html(self) -> str:
        e = html.escape
        title = self.tr("DNS records for {domain}").format(domain=self.controller.shown_domain())
        return (f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{e(title)}</title>"
                "<style>body{font-family:sans-serif} td,th{border:1px solid #999;padding:4px 8px;"
                "font-family:monospace;word-break:break-all} th{background:#eee}</style></head><body>"
                f"<h1>{e(title)}</h1><p>{self.host_box.text()}<br>{self.guidance.host_help.text()}</p>"
                f"<p>{e(self.host_more.text())}</p>"
                f"{self.records_panel.table_html()}"
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

    def _open_console(self) -> None:
        self.guidance.open_host()

    @property
    def valid(self) -> bool:
        return self.controller.can_go_next()
