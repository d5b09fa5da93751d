"""Every page and dialog of practice mode, as a screen reader and the Tab key meet them: each focusable widget
has a name (its own, or its buddy label's), and Tab follows reading order (top to bottom, then left to right;
into the next column of a two-column layout is fine)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget
from pytestqt.exceptions import TimeoutError

from tests.ui.a11y import (
    backward_jumps,
    mnemonic_problems,
    tables_read_out_of_order,
    unnamed,
    unnamed_in_transcript,
)
from tests.ui.a11y_walk import walk_practice


@pytest.fixture(params=["en", "zh_CN", "zh_TW"])
def practice_in(request, qtbot, qloop):
    from PySide6.QtGui import QAccessible

    from mailwizard.practice import PracticeSession

    QAccessible.setActive(True)  # as with a screen reader running: Qt keeps its tree up to date only then
    session = PracticeSession(request.param, delays=(0.2, 0.5, 0.9), throttle_every=4)
    qtbot.addWidget(session.window)
    session.window.show()
    qtbot.waitExposed(session.window)
    yield session, request.param
    session.close()
    session.languages.apply("en")
    QAccessible.setActive(False)


def test_every_page_and_dialog_is_named_tabbed_in_reading_order_and_has_its_mnemonics(qtbot, practice_in) -> None:
    """In each language: every focusable widget named (its own name or its buddy label's), Tab in reading order,
    every push button with an Alt+letter of its own (Chinese: "登录(&S)"), and nothing interactive that a screen
    reader would announce by its role alone (an unnamed button, progress bar or table, a table without headers)."""
    session, lang = practice_in
    found: list[str] = []

    def audit(where: str, root: QWidget) -> None:
        if root is not session.window:
            qtbot.waitExposed(root)
        found.extend(f"{where}: no name: {w}" for w in unnamed(root))
        found.extend(f"{where}: Tab goes back: {j}" for j in backward_jumps(root))
        found.extend(f"{where}: {p}" for p in mnemonic_problems(root, lang))
        found.extend(f"{where}: read out without a name: {p}" for p in unnamed_in_transcript(root))
        found.extend(f"{where}: read out of order: {p}" for p in tables_read_out_of_order(root))

    def until(predicate, seconds: float) -> bool:
        try:
            qtbot.waitUntil(predicate, timeout=int(seconds * 1000))
        except TimeoutError:
            return False
        return True

    walk_practice(session, audit, until)
    assert found == [], "\n".join(found)


def test_a_status_line_is_read_out_word_first_and_a_problem_as_an_alert(qtbot, monkeypatch) -> None:
    from PySide6.QtGui import QAccessible

    from mailwizard.ui import access
    from mailwizard.ui.status import Status, StatusLine

    sent: list = []
    monkeypatch.setattr(access, "_send", lambda event: sent.append(event.type()))
    line = StatusLine(objectName="line")
    qtbot.addWidget(line)
    line.set_status(Status.WAITING, "Checking")  # not shown yet: nothing to announce
    line.show()
    qtbot.waitExposed(line)
    line.set_status(Status.PROBLEM, 'No answer from <a href="https://example.com/">the server</a>', rich=True)
    assert line.text.accessibleName() == "Problem: No answer from the server"
    assert sent == [QAccessible.Event.NameChanged, QAccessible.Event.Alert]
    assert line.text.focusPolicy() & Qt.FocusPolicy.TabFocus  # a link to reach by Tab
    line.set_status(Status.PROBLEM, 'No answer from <a href="https://example.com/">the server</a>', rich=True)
    assert len(sent) == 2  # the same again is not read out again
    line.set_status(Status.DONE, "Connected")
    assert sent[2:] == [QAccessible.Event.NameChanged] and line.text.accessibleName() == "Done: Connected"
    assert not line.text.focusPolicy() & Qt.FocusPolicy.TabFocus  # no link: no stop for Tab


@pytest.mark.parametrize("language", ["zh_CN", "zh_TW"])
def test_every_mnemonic_keeps_its_letter_in_chinese_as_登录_s(language: str) -> None:
    """Each English text with an Alt+letter ("&Sign in with {brand}", also on screens the practice walk does not
    reach) has it in Chinese too, as "登录(&S)": the same letter, in brackets, so Alt+S works in every language."""
    from tests.ui.a11y import mnemonic
    from tests.ui.helpers import _catalogue

    problems = []
    for (context, source), text in _catalogue(language).items():
        letter = mnemonic(source or "")
        if not letter:
            continue
        if f"(&{letter})" not in (text or "").upper():
            problems.append(f"{context}: {source!r} → {text!r}")
    assert problems == [], "\n".join(problems)
