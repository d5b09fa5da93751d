"""The few colours the palette has no role for (status words, hints, banners, cards, a cell with a problem),
each with a light and a dark value chosen by whether the application palette is dark; and the one place
that re-applies them when the palette changes (the system switching to dark mode while the app runs).

Every value is at least 4.5:1 (WCAG AA) against the backgrounds it is drawn on, in Fusion's standard
palette and in ``dark_palette()`` (tests/ui/test_readable.py measures it)."""

from __future__ import annotations

import weakref
from collections.abc import Callable

from PySide6.QtGui import QColor, QGuiApplication, QPalette

# name: (light, dark)
COLOURS: dict[str, tuple[str, str]] = {
    "done": ("#1b6e33", "#7ad391"),
    "waiting": ("#4a5560", "#b4bec8"),  # also the grey of every hint and side note
    "action": ("#8a5300", "#f2b84b"),
    "problem": ("#b3261e", "#ff9b8f"),
    "banner_bg": ("#fff4ce", "#3b3216"),  # the practice banner
    "banner_text": ("#5c4400", "#f3dc8e"),
    "banner_border": ("#e8d48b", "#6e5c24"),
    "card_bg": ("#f4f7fb", "#252c35"),  # the DNS step's connect card
    "card_border": ("#dde4ee", "#3a4654"),
    "note_bg": ("#eef5ff", "#1e2a3b"),  # the provider step's recommendation
    "error_bg": ("#fde7e7", "#4a2323"),  # a member table cell with a problem (text: the palette's)
    "link": ("#0b57d0", "#8ab4f8"),
    "paper": ("#ffffff", "#ffffff"),  # the invitation preview: the email as a mail client shows it, light in both
    "paper_text": ("#1f1f1f", "#1f1f1f"),  # only where the palette's own link colour is not readable
}


def is_dark(palette: QPalette | None = None) -> bool:
    palette = palette if palette is not None else QGuiApplication.palette()
    role = QPalette.ColorRole
    return palette.color(role.Window).lightness() < palette.color(role.WindowText).lightness()


def colour(name: str, palette: QPalette | None = None) -> str:
    return COLOURS[name][1 if is_dark(palette) else 0]


def colours(palette: QPalette | None = None) -> dict[str, str]:
    dark = is_dark(palette)
    return {name: pair[1 if dark else 0] for name, pair in COLOURS.items()}


def dark_palette() -> QPalette:
    """A dark palette for Fusion, used when the system asks for dark and the style gives none."""
    role, group = QPalette.ColorRole, QPalette.ColorGroup
    palette = QPalette(QColor("#353535"), QColor("#2b2b2b"))  # button, window
    for r, value in ((role.WindowText, "#e6e6e6"), (role.Base, "#1f1f1f"), (role.AlternateBase, "#292929"),
                     (role.Text, "#e6e6e6"), (role.ButtonText, "#e6e6e6"), (role.BrightText, "#ff9b8f"),
                     (role.Highlight, "#2f65ca"), (role.HighlightedText, "#ffffff"), (role.Link, "#8ab4f8"),
                     (role.LinkVisited, "#c29ffa"), (role.ToolTipBase, "#3a3a3a"), (role.ToolTipText, "#eeeeee"),
                     (role.PlaceholderText, "#9a9a9a"), (role.Light, "#4a4a4a"), (role.Midlight, "#3e3e3e"),
                     (role.Mid, "#262626"), (role.Dark, "#1a1a1a"), (role.Shadow, "#0d0d0d")):
        palette.setColor(r, QColor(value))
    for r in (role.WindowText, role.Text, role.ButtonText):
        palette.setColor(group.Disabled, r, QColor("#8a8a8a"))
    return palette


def contrast(a: str | QColor, b: str | QColor) -> float:
    """WCAG 2 contrast ratio of two colours."""

    def luminance(c: QColor) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())

    la, lb = luminance(QColor(a)), luminance(QColor(b))
    return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)


# --- following the palette ------------------------------------------------------------------------------
_sheets: weakref.WeakKeyDictionary = weakref.WeakKeyDictionary()  # widget → style sheet template
_callbacks: list[weakref.ref] = []
_watching = False


def tint(widget, template: str) -> None:
    """``widget.setStyleSheet(template)`` with ``{problem}``, ``{banner_bg}``… filled in from the table, and
    filled in again whenever the palette changes. An empty template clears the sheet."""
    _watch()
    _sheets[widget] = template
    widget.setStyleSheet(template.format(**colours()) if template else "")


def on_change(callback: Callable[[], None]) -> None:
    """Call ``callback`` (a bound method: held weakly) after the palette changed."""
    _watch()
    _callbacks.append(weakref.WeakMethod(callback) if hasattr(callback, "__self__") else weakref.ref(callback))


def restyle() -> None:
    _readable_links()
    values = colours()
    for widget, template in list(_sheets.items()):
        try:
            widget.setStyleSheet(template.format(**values) if template else "")
        except RuntimeError:  # its C++ side is gone
            _sheets.pop(widget, None)
    for ref in list(_callbacks):
        callback = ref()
        try:
            if callback is not None:
                callback()
        except RuntimeError:
            callback = None
        if callback is None:
            _callbacks.remove(ref)


def _readable_links() -> None:
    app = QGuiApplication.instance()
    palette = app.palette()
    link = palette.color(QPalette.ColorRole.Link)
    if contrast(link, palette.color(QPalette.ColorRole.Base)) < 4.5 or \
            contrast(link, palette.color(QPalette.ColorRole.Window)) < 4.5:
        palette.setColor(QPalette.ColorRole.Link, QColor(colour("link", palette)))
        app.setPalette(palette)  # emits paletteChanged once more; then the link passes


def follow_scheme(scheme=None) -> None:
    """The system's colour scheme (Qt's hint): a dark palette when it is dark and the style kept a light one,
    the style's own back when it turns light."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    scheme = scheme if scheme is not None else app.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark and not is_dark():
        app.setPalette(dark_palette())
    elif scheme == Qt.ColorScheme.Light and is_dark():
        app.setPalette(app.style().standardPalette())


def start() -> None:
    """Follow the palette from now on, and the system's scheme as it is now."""
    _watch()
    follow_scheme()
    _readable_links()


def _watch() -> None:
    global _watching
    app = QGuiApplication.instance()
    if _watching or app is None:
        return
    _watching = True
    app.paletteChanged.connect(restyle)
    app.styleHints().colorSchemeChanged.connect(follow_scheme)
