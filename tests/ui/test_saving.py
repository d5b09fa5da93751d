"""The window saves as the user goes (its own timer, a moment after the last change), not only when it closes:
what a crash or a kill relies on."""

from __future__ import annotations

from mailwizard.core.session.state import SESSION_KEY
from tests.ui.helpers import WAIT


def test_a_change_in_the_window_is_on_disk_a_moment_later_while_it_stays_open(qtbot, open_wizard) -> None:
    window = open_wizard("en")
    window.controller.set_company(name="例子贸易")
    saved = lambda: (window.controller.store.get(SESSION_KEY) or {}).get("wizard", {})  # noqa: E731
    qtbot.waitUntil(lambda: saved().get("company", {}).get("name") == "例子贸易", timeout=WAIT)
    assert window.isVisible()  # nothing closed: the save came on its own


def test_a_save_on_a_full_disk_says_so_plainly_and_closing_asks_first(qtbot, open_wizard, monkeypatch,
                                                                     state_dir) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

    from mailwizard.core.store import Store
    from tests.faults import pages_capped

    Store(state_dir).close()  # saved work from an earlier start
    with pages_capped(monkeypatch):  # the store's file cannot grow: SQLite's own SQLITE_FULL (issue 16)
        window = open_wizard("en")
    long_name = "例子贸易" * 20_000
    window.controller.set_company(name=long_name)
    qtbot.waitUntil(lambda: "the disk is full" in window.problem_label.text(), timeout=3000)
    assert window.problem_label.text().startswith("Your latest changes could not be saved: the disk is full.")
    assert window.controller.state.company.name == long_name  # still in the window

    def answer(button_text: str, before=lambda: None) -> None:
        def click() -> None:
            box = QApplication.activeModalWidget()
            assert isinstance(box, QMessageBox) and box.objectName() == "unsaved_box", box
            assert "the disk is full" in box.informativeText()
            before()
            next(b for b in box.findChildren(QPushButton) if b.text() == button_text).click()
        QTimer.singleShot(50, click)

    answer("Cancel")
    window.close()
    assert window.isVisible()  # not closed: the changes would be lost
    space_again = lambda: window.store._conn.execute("PRAGMA max_page_count=1073741823")  # noqa: E731
    answer("Try again", before=space_again)
    window.close()
    assert not window.isVisible()
    window.store.close()
    again = open_wizard("en")
    assert again.controller.state.company.name == long_name


def test_an_empty_state_file_is_explained_and_kept(qtbot, open_wizard, state_dir) -> None:
    from PySide6.QtWidgets import QMessageBox

    state_dir.mkdir(parents=True)
    (state_dir / "mailwizard.sqlite3").write_bytes(b"")
    window = open_wizard("en")
    box = window.findChild(QMessageBox, "set_aside_box")
    assert box is not None and box.isVisible()
    assert box.informativeText().startswith("The file with your saved work is empty")
    assert str(window.store.set_aside.moved_to) in box.informativeText()
    box.accept()
