"""The company's country, asked only where the provider's licences need it (Microsoft 365's usage location)."""

from __future__ import annotations

from PySide6.QtCore import QSignalBlocker, Signal
from PySide6.QtWidgets import QComboBox, QLabel, QVBoxLayout, QWidget

from mailwizard.core.countries import COMMON, country_choices, country_name


class CountryField(QWidget):
    """A list of countries, the likeliest first, and a line saying why it is asked. ``chosen(code)``."""

    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.combo = QComboBox(objectName="country")
        self.combo.setMaximumWidth(520)
        self.combo.setMaxVisibleItems(16)
        self.hint = QLabel(objectName="country_hint")
        self.hint.setWordWrap(True)
        column = QVBoxLayout(self)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(self.combo)
        column.addWidget(self.hint)
        self._language = ""
        self.combo.activated.connect(lambda _index: self.chosen.emit(self.combo.currentData() or ""))

    def show_choices(self, language: str, code: str, hint: str, unchosen: str) -> None:
        """The list in ``language`` (filled again only when the language changes), ``code`` selected;
        ``unchosen`` shows while nothing is."""
        self.combo.setPlaceholderText(unchosen)
        with QSignalBlocker(self.combo):
            if language != self._language:
                self._language = language
                self.combo.clear()
                for common in COMMON:
                    self.combo.addItem(country_name(common, language), common)
                self.combo.insertSeparator(self.combo.count())
                for other, name in country_choices(language):
                    self.combo.addItem(name, other)
            if not code:
                self.combo.setCurrentIndex(-1)
            elif self.combo.currentData() != code:
                self.combo.setCurrentIndex(self.combo.findData(code))
        self.hint.setText(hint)
