"""What a screen-reader or keyboard user meets on a window: focusable widgets without a name, and a tab order
that jumps backwards on the screen. Used by tests/ui/test_accessibility.py."""

from __future__ import annotations

import itertools
import re

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


# --- what a screen reader announces --------------------------------------------------------------------------
# Roles a user acts on (or finds their way by): each needs a name, or the screen reader says only "button".
INTERACTIVE = {QAccessible.Role.Button, QAccessible.Role.CheckBox, QAccessible.Role.RadioButton,
               QAccessible.Role.ComboBox, QAccessible.Role.EditableText, QAccessible.Role.SpinBox,
               QAccessible.Role.Slider, QAccessible.Role.Link, QAccessible.Role.PageTab, QAccessible.Role.ProgressBar,
               QAccessible.Role.Table, QAccessible.Role.List, QAccessible.Role.Tree, QAccessible.Role.ColumnHeader,
               QAccessible.Role.MenuItem, QAccessible.Role.ButtonMenu, QAccessible.Role.ButtonDropDown}
# containers that say nothing themselves: their children are read as if they were the parent's
_SILENT = {QAccessible.Role.Client, QAccessible.Role.Pane, QAccessible.Role.Grouping, QAccessible.Role.Window,
           QAccessible.Role.Dialog, QAccessible.Role.Separator, QAccessible.Role.Whitespace,
           QAccessible.Role.ScrollBar, QAccessible.Role.Splitter, QAccessible.Role.Grip}
_STATES = ("focused", "checked", "disabled", "readOnly", "passwordEdit", "expanded", "collapsed", "defaultButton",
           "busy")


def _role(iface) -> str:
    return iface.role().name


def _announcement(iface, column: str = "") -> tuple[str, str, str, str, list[str]]:
    state = iface.state()
    states = [name for name in _STATES if getattr(state, name)]
    if state.checkable and not state.checked:
        states.append("not checked")
    value = iface.text(QAccessible.Text.Value)
    values = iface.valueInterface()
    if values is not None and not value:
        value = str(values.currentValue())
    name = iface.text(QAccessible.Text.Name).strip()
    if column:
        name = f"{column}: {name}" if name else f"{column}: (empty)"
    return _role(iface), name, iface.text(QAccessible.Text.Description).strip(), value.strip(), states


def transcript(root: QWidget) -> list[tuple[int, str, str, str, str, list[str], bool]]:
    """What a screen reader's cursor meets on ``root``, in the order of the accessibility tree (the order the
    screen reader reads): (depth, role, name, description, value, states, named as its role needs). Hidden
    parts are left out; a table's cells carry their column header's name, as a screen reader reads it."""
    lines: list = []

    def visit(iface, depth: int) -> None:
        if iface is None or iface.state().invisible:
            return
        role = iface.role()
        if role in _SILENT and not iface.text(QAccessible.Text.Name).strip():
            for index in range(iface.childCount()):
                visit(iface.child(index), depth)
            return
        if role == QAccessible.Role.Table:
            table(iface, depth)
            return
        role_name, name, description, value, states = _announcement(iface)
        lines.append((depth, role_name, name, description, value, states, bool(name) or role not in INTERACTIVE))
        for index in range(iface.childCount()):
            visit(iface.child(index), depth + 1)

    def table(iface, depth: int) -> None:
        role_name, name, description, value, states = _announcement(iface)
        lines.append((depth, role_name, name, description, value, states, bool(name)))
        headers: list[str] = []
        column = 0
        for index in range(iface.childCount()):
            child = iface.child(index)
            if child is None or child.state().invisible:
                continue
            role = child.role()
            if role == QAccessible.Role.ColumnHeader:
                headers.append(child.text(QAccessible.Text.Name).strip())
                lines.append((depth + 1, *_announcement(child), bool(headers[-1])))
            elif role == QAccessible.Role.RowHeader:
                column = 0
                lines.append((depth + 1, *_announcement(child), True))
            elif role == QAccessible.Role.Cell:
                header = headers[column % len(headers)] if headers else ""
                column += 1
                lines.append((depth + 1, *_announcement(child, header), True))
            else:
                visit(child, depth + 1)
        if not headers:  # cells without a header: the screen reader reads bare values
            lines.append((depth + 1, "ColumnHeader", "", "", "", [], False))

    visit(QAccessible.queryAccessibleInterface(root), 0)
    return lines


def transcript_text(where: str, root: QWidget) -> str:
    out = [f"== {where} =="]
    for depth, role, name, description, value, states, _ok in transcript(root):
        line = f"{'  ' * depth}{role}: {name or '(no name)'}"
        if value:
            line += f" = {value}"
        if states:
            line += f" [{', '.join(states)}]"
        if description and description != name:
            line += f" — {description}"
        out.append(line)
    return "\n".join(out) + "\n"


def unnamed_in_transcript(root: QWidget) -> list[str]:
    """Interactive parts a screen reader would announce by their role alone, and tables with no column headers."""
    return [f"{role} {description or value or '(nothing to go by)'}"
            for _depth, role, _name, description, value, _states, ok in transcript(root) if not ok]


# --- mnemonics ---------------------------------------------------------------------------------------------
MNEMONIC_FREE = {"cancel"}  # Esc does it; a dialog's button box's Cancel has no name but its role


def mnemonic(text: str) -> str:
    """The letter Alt+ presses: after a single "&" ("&&" is a literal ampersand)."""
    index = 0
    while (index := text.find("&", index)) >= 0 and index + 1 < len(text):
        if text[index + 1] != "&":
            return text[index + 1].upper()
        index += 2
    return ""


def mnemonic_problems(root: QWidget, lang: str) -> list[str]:
    """Push buttons shown on ``root`` without a mnemonic, Chinese ones not in the "登录(&S)" form, and two
    buttons (or a button and a menu) sharing one letter."""
    from PySide6.QtWidgets import QDialogButtonBox, QMenuBar, QPushButton

    problems: list[str] = []
    taken: dict[str, str] = {}
    for bar in root.findChildren(QMenuBar):
        for action in bar.actions():
            if action.isVisible() and mnemonic(action.text()):
                taken[mnemonic(action.text())] = f"menu {action.text()!r}"
    for button in root.findChildren(QPushButton):
        if not (button.isVisibleTo(root) and button.isVisible() and button.isEnabled()) \
                or button.window() is not root.window():  # a disabled one says why ("All invitations sent")
            continue
        box = button.parentWidget()
        role = box.buttonRole(button) if isinstance(box, QDialogButtonBox) else None
        if button.objectName() in MNEMONIC_FREE or role == QDialogButtonBox.ButtonRole.RejectRole:
            continue
        text, letter = button.text(), mnemonic(button.text())
        if not letter:
            problems.append(f"no mnemonic: {describe(button)}")
            continue
        if lang.startswith("zh") and not re.search(r"\(&[A-Za-z0-9]\)", text):
            problems.append(f"not in the 登录(&S) form: {describe(button)}")
        if letter in taken:
            problems.append(f"Alt+{letter} twice: {taken[letter]} and {describe(button)}")
        taken[letter] = describe(button)
    return problems
