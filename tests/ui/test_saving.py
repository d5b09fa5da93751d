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
