"""The live DNS grid on a laptop screen: with the DNS host and the six public DNS servers, eight columns of words had
left "What to do" a few pixels wide and its rows so tall that the grid looked empty (a 1366×768 laptop). Where the
words do not fit, each server's cell shows its icon (the word in its tooltip and for screen readers) under the
server's name."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace

from PySide6.QtGui import QAccessible

from mailwizard.core.dns.check import DEFAULT_RESOLVERS
from mailwizard.core.dns.verdict import State
from mailwizard.ui.widgets.dns_status_panel import DnsStatusPanel

VANTAGES = ["authoritative:198.51.100.7"] + [f"resolver:{address}" for _, address in DEFAULT_RESOLVERS]


def result(keys=("mx", "spf", "dkim", "dmarc")) -> SimpleNamespace:
    cells = lambda key: tuple(SimpleNamespace(vantage=v, state=State.WRONG, message_key="dns.wrong_value",  # noqa: E731
                                              params={}, observed=()) for v in VANTAGES)
    records = tuple(SimpleNamespace(record=SimpleNamespace(key=k), cells=cells(k), state=State.WRONG,
                                    message_key="dns.wrong_value", params={}) for k in keys)
    return SimpleNamespace(records=records, vantages=tuple(SimpleNamespace(label=v) for v in VANTAGES),
                           checked_at=dt.datetime.now(dt.UTC))


def test_eight_columns_on_a_laptop_leave_what_to_do_readable(qtbot) -> None:
    panel = DnsStatusPanel()
    qtbot.addWidget(panel)
    panel.resize(990, 400)  # the grid's width in a 1240-pixel window (the 1366×768 laptop's)
    panel.show()
    qtbot.waitExposed(panel)
    panel.show_result(result())
    last = panel.columnCount() - 1
    readable = panel.fontMetrics().averageCharWidth() * 30
    assert panel.compact and panel.columnWidth(last) >= readable
    assert panel.item(0, 1).text() == "" and panel.item(0, 1).toolTip()
    assert panel.horizontalHeaderItem(1).text() == "Google" and "8.8.8.8" in panel.horizontalHeaderItem(1).toolTip()
    cell = QAccessible.queryAccessibleInterface(panel).child(panel.columnCount() + 1 + 2)  # row 1, column 1
    assert cell.text(QAccessible.Text.Name) == "Wrong value"  # what a screen reader reads in the icon's cell
    assert panel.rowHeight(0) < panel.fontMetrics().height() * 6

    panel.resize(2400, 400)  # room for every word: the words come back
    qtbot.waitUntil(lambda: not panel.compact, timeout=2000)
    assert panel.item(0, 1).text() == "Wrong value" and panel.horizontalHeaderItem(1).text() == "Google\n8.8.8.8"
