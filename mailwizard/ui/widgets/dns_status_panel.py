"""The live DNS-status grid: one row per record, one column per vantage point, a last column
saying what to do. Only cells whose content changed are touched (no flicker, no lost selection)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSize, Qt, QTimer
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QStyle, QTableWidget, QTableWidgetItem, QWidget

from mailwizard.core.dns.check import DEFAULT_RESOLVERS, CheckResult
from mailwizard.core.dns.verdict import State
from mailwizard.ui import palette
from mailwizard.ui.messages import message
from mailwizard.ui.status import Status, status_colour
from mailwizard.ui.widgets.table_rows import rows_height

_ICONS = {
    State.OK: QStyle.StandardPixmap.SP_DialogApplyButton,
    State.PROPAGATING: QStyle.StandardPixmap.SP_BrowserReload,
    State.WAITING: QStyle.StandardPixmap.SP_MessageBoxInformation,
    State.MISSING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    State.WRONG: QStyle.StandardPixmap.SP_MessageBoxWarning,
    State.CONFLICT: QStyle.StandardPixmap.SP_MessageBoxCritical,
    State.TIMEOUT: QStyle.StandardPixmap.SP_MessageBoxCritical,
    State.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
}
# each record state in the colour of the status word it amounts to, so the grid and the sentences agree
_TONE = {State.OK: Status.DONE, State.PROPAGATING: Status.WAITING, State.WAITING: Status.WAITING,
         State.MISSING: Status.ACTION, State.WRONG: Status.ACTION, State.CONFLICT: Status.PROBLEM,
         State.TIMEOUT: Status.PROBLEM, State.ERROR: Status.PROBLEM}
_NAMES = {address: name for name, address in DEFAULT_RESOLVERS}


PLAIN_ROLE = Qt.ItemDataRole.UserRole + 1


def _colour(item: QTableWidgetItem) -> None:
    """A correct cell in the text's own colour, any other in its status word's (light or dark)."""
    state = State(item.data(Qt.ItemDataRole.UserRole))
    item.setData(Qt.ItemDataRole.ForegroundRole, None if item.data(PLAIN_ROLE) else QColor(status_colour(_TONE[state])))


def state_word(state: State) -> str:
    return {
        State.OK: QCoreApplication.translate("DnsPanel", "Correct"),
        State.MISSING: QCoreApplication.translate("DnsPanel", "Missing"),
        State.WRONG: QCoreApplication.translate("DnsPanel", "Wrong value"),
        State.CONFLICT: QCoreApplication.translate("DnsPanel", "Conflict"),
        State.PROPAGATING: QCoreApplication.translate("DnsPanel", "On its way"),
        State.TIMEOUT: QCoreApplication.translate("DnsPanel", "No answer"),
        State.ERROR: QCoreApplication.translate("DnsPanel", "Server error"),
        State.WAITING: QCoreApplication.translate("DnsPanel", "Needs value"),
    }[state]


class DnsStatusPanel(QTableWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 0, parent)
        self.setObjectName("dns_status")
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.setWordWrap(True)
        self.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.horizontalHeader().setStretchLastSection(True)
        self._shown: dict[tuple[int, int], tuple[str, str]] = {}
        self._layout: tuple[tuple[str, ...], tuple[str, ...]] = ((), ())
        self.record_titles: dict[str, str] = {}
        self.value_names: dict[str, str] = {}  # value field ({dkim}, …) → its name in the user's language
        self.updates = 0  # cells written since the last reset: lets tests see that unchanged cells are left alone
        self.practice_delays: dict[str, float] = {}  # practice mode: vantage label → seconds behind the DNS host
        self.compact = False  # the vantage cells as icons alone, their headers as names alone: see _fit
        self._fit_pending = False
        palette.on_change(self._recolour)

    def vantage_title(self, label: str) -> str:
        kind, _, rest = label.partition(":")
        address = rest.split(":")[0].strip("[]")
        if label in self.practice_delays:  # loopback addresses mean nothing to the user: say what each one is
            number = list(self.practice_delays).index(label) + 1
            return QCoreApplication.translate("DnsPanel", "Practice public DNS {n}\n{s} s behind").format(
                n=number, s=f"{self.practice_delays[label]:g}")
        if kind == "authoritative":
            if address in ("127.0.0.1", "::1"):
                return QCoreApplication.translate("DnsPanel", "Your DNS host")
            return QCoreApplication.translate("DnsPanel", "Your DNS host\n{address}").format(address=address)
        if address in ("127.0.0.1", "::1"):
            address = rest  # servers on this computer (tests) differ only by their port
        name = _NAMES.get(address)
        return f"{name}\n{address}" if name else QCoreApplication.translate(
            "DnsPanel", "Public DNS\n{address}").format(address=address)

    def show_result(self, result: CheckResult) -> None:
        rows = tuple(r.record.key for r in result.records)
        columns = tuple(v.label for v in result.vantages)
        if (rows, columns) != self._layout:
            self._layout = (rows, columns)
            self._shown.clear()
            self.setRowCount(len(rows))
            self.setColumnCount(len(columns) + 1)
        self._set_headers()
        for row, status in enumerate(result.records):
            cells = {c.vantage: c for c in status.cells}
            for column, label in enumerate(columns):
                cell = cells.get(label)
                if cell is None:
                    continue
                tooltip = message(cell.message_key, self._named(cell.params))
                if cell.observed:
                    tooltip += "\n" + QCoreApplication.translate("DnsPanel", "Seen: {values}").format(
                        values="; ".join(cell.observed))
                self._set(row, column, cell.state, state_word(cell.state), tooltip)
            self._set(row, len(columns), status.state, message(status.message_key, self._named(status.params)), None)
        self._fit()
        self.resizeRowsToContents()
        self.updateGeometry()  # the page gives the grid the height its rows need

    def _fit(self) -> None:
        """Eight columns of words (the DNS host and six public DNS servers) left "What to do" a few pixels on a
        1366×768 laptop, its rows so tall that the grid looked empty. Where the words do not fit beside a
        readable "What to do", each server's cell shows its icon alone (the word stays in its tooltip and is
        what a screen reader reads) and its header the server's name alone (the address in the tooltip)."""
        last = self.columnCount() - 1
        room = self.viewport().width()
        if last < 1 or room <= 0:
            return
        metrics, icon = self.fontMetrics(), self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        full = short = 0  # the servers' columns with their words, and as icons under names
        for column in range(last):
            header = self.horizontalHeaderItem(column)
            words = [self.item(r, column).data(Qt.ItemDataRole.AccessibleTextRole) or ""
                     for r in range(self.rowCount()) if self.item(r, column) is not None]
            lines = (header.toolTip() if header is not None else "").splitlines() or [""]
            full += max([icon + 16 + metrics.horizontalAdvance(w) for w in words]
                        + [16 + metrics.horizontalAdvance(line) for line in lines])
            short += max(icon + 16, 16 + metrics.horizontalAdvance(lines[0]))
        readable = max(metrics.averageCharWidth() * 30, room * 3 // 10)  # "What to do" in a few lines a row
        # only where icons win "What to do" real room: long server names (practice mode's) gain it nothing
        compact = room - full < readable and (room - short) - (room - full) > metrics.averageCharWidth() * 12
        if compact == self.compact:
            return
        self.compact = compact
        self._set_headers()
        for row in range(self.rowCount()):
            for column in range(last):
                item = self.item(row, column)
                if item is not None:
                    item.setText("" if compact else item.data(Qt.ItemDataRole.AccessibleTextRole) or "")
        self.resizeRowsToContents()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._fit_pending is False:
            self._fit_pending = True
            QTimer.singleShot(0, self._fit_after_resize)

    def _fit_after_resize(self) -> None:
        self._fit_pending = False
        was = self.compact
        self._fit()
        if self.compact != was:
            self.updateGeometry()

    def sizeHint(self) -> QSize:
        """As tall as the header and the rows (at least three rows' worth), so the page can show it whole."""
        empty = self.verticalHeader().defaultSectionSize()
        return QSize(super().sizeHint().width(), rows_height(self) + max(0, 3 - self.rowCount()) * empty)

    def _named(self, params: dict[str, str]) -> dict[str, str]:
        if "value" not in params:
            return params
        names = [self.value_names.get(p.strip(), p.strip()) for p in params["value"].split(",")]
        return {**params, "value": QCoreApplication.translate("Format", ", ").join(names)}

    def retranslate(self, result: CheckResult | None = None) -> None:
        """Headers and every cell in the current language (a cell's words were the language of its check);
        ``result``: the last check, which the session keeps."""
        if result is not None:
            self.show_result(result)
        else:
            self._set_headers()

    def _recolour(self) -> None:
        for row in range(self.rowCount()):
            for column in range(self.columnCount()):
                item = self.item(row, column)
                if item is not None and item.data(Qt.ItemDataRole.UserRole) is not None:
                    _colour(item)

    def _set_headers(self) -> None:
        rows, columns = self._layout
        self.setVerticalHeaderLabels([self.record_titles.get(k, k) for k in rows])
        titles = [self.vantage_title(c) for c in columns]
        self.setHorizontalHeaderLabels([t.splitlines()[0] if self.compact and t else t for t in titles]
                                       + [QCoreApplication.translate("DnsPanel", "What to do")])
        for column, title in enumerate(titles):
            self.horizontalHeaderItem(column).setToolTip(title)

    def _set(self, row: int, column: int, state: State, text: str, tooltip: str | None) -> None:
        key = (state.value, text + (tooltip or ""))
        if self._shown.get((row, column)) == key:
            return
        self._shown[(row, column)] = key
        item = self.item(row, column) or QTableWidgetItem()
        item.setData(Qt.ItemDataRole.AccessibleTextRole, text)  # the word, also where the cell shows its icon alone
        item.setText("" if self.compact and tooltip is not None else text)
        item.setIcon(self.style().standardIcon(_ICONS[state]))
        item.setData(Qt.ItemDataRole.UserRole, state.value)
        item.setData(PLAIN_ROLE, state is State.OK and tooltip is None)
        _colour(item)
        item.setToolTip(tooltip or text)
        # read after the word; the "What to do" cell is its own words (read twice they only confuse)
        item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, tooltip)
        if self.item(row, column) is None:
            self.setItem(row, column, item)
        self.updates += 1
