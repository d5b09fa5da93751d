"""What a screen-reader or keyboard user meets on a window: focusable widgets without a name, and a tab order
that jumps backwards on the screen. Used by tests/ui/test_accessibility.py."""

from __future__ import annotations

import itertools

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QLabel, QWidget

TOLERANCE = 4  # px: widgets on one row are rarely aligned to the pixel


def tabbable(widget: QWidget, root: QWidget) -> bool:
    return (widget.isVisibleTo(root) and widget.isVisible() and widget.isEnabled()
            and bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.window() is root.window()
            and widget.focusProxy() is None)


def name_of(widget: QWidget) -> str:
    iface = QAccessible.queryAccessibleInterface(widget)
    return (iface.text(QAccessible.Text.Name) if iface is not None else "").strip()


def describe(widget: QWidget) -> str:
    text = widget.text() if isinstance(widget, (QAbstractButton, QLabel)) else ""
    return f"{type(widget).__name__}#{widget.objectName() or '?'}{f' {text[:30]!r}' if text else ''}"


def unnamed(root: QWidget) -> list[str]:
    """Focusable widgets a screen reader would announce with no name."""
    return [describe(w) for w in [root, *root.findChildren(QWidget)] if tabbable(w, root) and not name_of(w)]


def geometry(widget: QWidget, other: QWidget | None = None) -> QRect:
    """Where ``widget`` is on the screen; seen from ``other`` outside a scroll area it is in, the scroll area's
    place (its content is one block of the page, read before what follows it)."""
    parent = widget.parentWidget()
    while other is not None and parent is not None:
        if isinstance(parent, QAbstractScrollArea) and not parent.isAncestorOf(other):
            widget = parent
        parent = parent.parentWidget()
    return QRect(widget.mapToGlobal(QPoint(0, 0)), widget.size())


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits, in order, once round."""
    window = root.window()
    chain: list[QWidget] = []
    widget = window.nextInFocusChain()
    for _ in range(5000):
        if widget is window:
            break
        if tabbable(widget, root) and widget not in chain and (root is window or root.isAncestorOf(widget)):
            chain.append(widget)
        widget = widget.nextInFocusChain()
    return chain


def backward_jumps(root: QWidget) -> list[str]:
    """Tab steps that go back against reading order: up (unless into a column to the right of where it was),
    or left on the same row. The last step back to the first widget is Tab going round, not a jump."""
    chain = tab_chain(root)
    problems = []
    for before, after in itertools.pairwise(chain):
        a, b = geometry(before, after), geometry(after, before)
        same_row = b.top() < a.bottom() - TOLERANCE and a.top() < b.bottom() - TOLERANCE
        up = b.top() < a.top() - TOLERANCE and not same_row
        into_next_column = b.left() >= a.right() - TOLERANCE
        left = same_row and b.right() <= a.left() + TOLERANCE
        if (up and not into_next_column) or left:
            problems.append(f"{describe(before)} {a.getRect()} → {describe(after)} {b.getRect()}")
    return problems
