"""Practice mode walked to the Summary (as the accessibility walk goes, without its dialogs), for the tests of the
windows opened from there: ``yield from walk_to_summary(qtbot, monkeypatch)`` in a fixture."""

from __future__ import annotations

from pytestqt.exceptions import TimeoutError


def walk_to_summary(qtbot, monkeypatch):
    from mailwizard.practice import PracticeSession
    from tests.ui import a11y_walk
    from tests.ui.a11y_walk import walk_practice

    walked_dialog = a11y_walk.in_dialog

    def in_dialog(until, visit, where, name, open_, close) -> None:  # only the dialogs the walk needs to go on
        if where not in ("connect", "practice DNS host", "remind"):
            walked_dialog(until, visit, where, name, open_, close)

    monkeypatch.setattr(a11y_walk, "in_dialog", in_dialog)
    session = PracticeSession("en", delays=(0.2, 0.5, 0.9), throttle_every=None)
    qtbot.addWidget(session.window)
    session.window.show()
    qtbot.waitExposed(session.window)

    def until(predicate, seconds: float) -> bool:
        try:
            qtbot.waitUntil(predicate, timeout=int(seconds * 1000))
        except TimeoutError:
            return False
        return True

    try:
        walk_practice(session, lambda _where, _root: None, until, review=False)
        yield session
    finally:
        session.close()
