"""The window's first size, place and icon: the preferred size where the screen's free area holds it, else as much as
it holds (a 1366×768 or 1280×720 laptop), centred."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

PREFERRED_SIZE = QSize(1240, 800)
MINIMUM_SIZE = QSize(860, 560)
# What the window system adds around the window (title bar, borders), which is not known before it is shown:
# a 1366×768 laptop with a 40-pixel taskbar leaves 728 pixels, a title bar takes about 30 of them.
FRAME = QSize(16, 40)


def default_size(available: QRect) -> QSize:
    """The window's first size: the preferred one where the screen's free area (without taskbars and docks)
    holds it with its frame, else as much as it holds — never less than the window's minimum."""
    return QSize(max(MINIMUM_SIZE.width(), min(PREFERRED_SIZE.width(), available.width() - FRAME.width())),
                 max(MINIMUM_SIZE.height(), min(PREFERRED_SIZE.height(), available.height() - FRAME.height())))


def place_on_screen(window: QWidget) -> None:
    window.setMinimumSize(MINIMUM_SIZE)
    screen = QGuiApplication.primaryScreen()
    available = screen.availableGeometry() if screen is not None else QRect(0, 0, 1920, 1080)
    size = default_size(available)
    window.resize(size)
    # move() places the frame: centred with it, its title bar on the screen
    window.move(available.x() + max(0, (available.width() - size.width() - FRAME.width()) // 2),
                available.y() + max(0, (available.height() - size.height() - FRAME.height()) // 2))


def set_window_icon(window: QWidget) -> None:
    from PySide6.QtGui import QIcon

    from mailwizard.core.resources import resources_dir

    window.setWindowIcon(QIcon(str(resources_dir() / "icons" / "mailwizard.svg")))  # sharp at any scale
