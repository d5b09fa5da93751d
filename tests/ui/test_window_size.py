"""The window on a laptop screen: it fits 1366×768 and 1280×720 at 100 % scaling, and on the DNS step the live
panel is in view, without scrolling, once the records are shown (issue 16, "First use")."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, QRect
from PySide6.QtWidgets import QAbstractScrollArea

from mailwizard.core.dns.service import check_config
from mailwizard.core.flow import Step
from mailwizard.sandbox.dns_server import LoopbackDns
from mailwizard.ui.status import Status
from mailwizard.ui.window_size import FRAME, default_size
from tests.ui.helpers import WAIT
from tests.ui.test_dns_step import bare_zone
from tests.ui.test_wizard import choose_google, domain_page, fill_company

ROOT = Path(__file__).resolve().parents[2]
# the screens' free areas: a 40-pixel taskbar (Windows), a 27-pixel top bar (GNOME)
LAPTOPS = [QRect(0, 0, 1366, 728), QRect(0, 0, 1280, 680), QRect(0, 27, 1366, 741), QRect(0, 27, 1280, 693)]


@pytest.mark.parametrize("available", LAPTOPS, ids=lambda r: f"{r.width()}x{r.height()}")
def test_the_first_size_fits_the_screen_with_its_frame(available: QRect) -> None:
    size = default_size(available)
    assert size.width() + FRAME.width() <= available.width()
    assert size.height() + FRAME.height() <= available.height()
    assert default_size(QRect(0, 0, 1920, 1040)).toTuple() == (1240, 800)  # a desktop screen: the preferred size


SCRIPT = """
import json, sys
from pathlib import Path
from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.dns.presence import ResolverConfig
from mailwizard.core.store import Store
from PySide6.QtWidgets import QApplication
app = QApplication(sys.argv[:1])
from mailwizard.ui.window import build_window
store = Store(Path(sys.argv[1]))
window, _ = build_window(store, load_catalogue(), ResolverConfig(("127.0.0.1",), 9), "zh_TW")
for page in window.pages.all():  # every page built: none may make the window taller than the screen
    window.stack.setCurrentWidget(page)
window.show()
app.processEvents()
available = app.primaryScreen().availableGeometry()
print(json.dumps({"geometry": window.geometry().getRect(), "available": available.getRect(),
                  "minimum": window.minimumSizeHint().toTuple()}))
window.controller.shutdown()
store.close()
"""


@pytest.mark.parametrize("screen", [(1366, 768), (1280, 720)], ids=lambda s: f"{s[0]}x{s[1]}")
def test_the_app_sizes_its_window_to_the_screen(tmp_path: Path, screen: tuple[int, int]) -> None:
    config = tmp_path / "screen.json"
    config.write_text(json.dumps({"screens": [{"name": "laptop", "x": 0, "y": 0, "width": screen[0],
                                               "height": screen[1], "logicalDpi": 96, "logicalBaseDpi": 96,
                                               "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={config}", "HOME": str(tmp_path),
           "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "state")], env=env, capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    shown = json.loads(done.stdout.strip().splitlines()[-1])
    x, y, width, height = shown["geometry"]
    assert shown["available"] == [0, 0, *screen]
    # the frame the window system adds fits as well (the offscreen screen has no taskbar: see LAPTOPS for one)
    assert width + FRAME.width() <= screen[0] and height + FRAME.height() <= screen[1]
    assert x >= 0 and y >= 0
    assert shown["minimum"][1] <= height  # nothing forced it taller
    # nor would it on the same screen with a taskbar
    assert shown["minimum"][1] <= default_size(QRect(0, 0, screen[0], screen[1] - 40)).height()


@pytest.mark.parametrize("available", LAPTOPS[:2], ids=lambda r: f"{r.width()}x{r.height()}")
def test_the_live_panel_is_in_view_once_the_records_are_shown(qtbot, open_wizard, available: QRect) -> None:
    with LoopbackDns(bare_zone()) as host:
        server = f"127.0.0.1:{host.port}"
        window = open_wizard("en", dns_config=check_config([server], [server], timeout=0.5))
        window.resize(default_size(available))  # as the app sizes it on this screen
        choose_google(qtbot, window)
        fill_company(qtbot, window)
        qtbot.waitUntil(lambda: domain_page(window).presence.status is Status.DONE, timeout=WAIT)
        window.next_button.click()
        page = window.pages[Step.DNS]
        qtbot.waitUntil(lambda: page._result is not None and page.panel.rowCount() > 0, timeout=WAIT)
        qtbot.wait(50)  # the rows measured, the panes laid out
        assert window.height() <= default_size(available).height()  # no page forces it taller
        assert page.records.rowCount() >= 5 and page.records.isVisible()

        page_bottom = page.mapTo(window, QPoint(0, page.height())).y()
        for widget in (page.overall, page.panel, page.check_now):
            top = widget.mapTo(window, QPoint(0, 0)).y()
            assert 0 <= top < page_bottom, widget.objectName()
            visible = widget.visibleRegion().boundingRect()
            assert not visible.isEmpty(), widget.objectName()  # not clipped away by a scroll area
        # the grid's header and its first rows are in view, and so is the top of the records to add
        grid = page.panel
        rows = grid.rowViewportPosition(1) + grid.rowHeight(1)
        assert grid.visibleRegion().boundingRect().height() >= grid.horizontalHeader().height() + rows
        assert page.records.visibleRegion().boundingRect().height() >= (
            page.records.horizontalHeader().height() + page.records.rowHeight(0))
        # and no scroll bar of a scroll area above the panel had to move to show it
        for area in page.findChildren(QAbstractScrollArea):
            if area.isAncestorOf(page.panel):
                assert area.verticalScrollBar().value() == 0


def test_the_pasted_values_fold_away_once_all_are_in(qtbot, open_wizard) -> None:
    with LoopbackDns(bare_zone()) as host:
        server = f"127.0.0.1:{host.port}"
        window = open_wizard("en", dns_config=check_config([server], [server], timeout=0.5))
        choose_google(qtbot, window)
        fill_company(qtbot, window)
        qtbot.waitUntil(lambda: domain_page(window).presence.status is Status.DONE, timeout=WAIT)
        window.next_button.click()
        page = window.pages[Step.DNS]
        qtbot.waitUntil(lambda: page._result is not None, timeout=WAIT)
        assert page.value_fields["verification"].isVisible() and not page.values.values_toggle.isVisible()
        window.controller.set_dns_value("verification", "abc123")
        page.refresh()
        assert page.value_fields["verification"].isVisible()  # the DKIM value is still wanted
        window.controller.set_dns_value("dkim", "v=DKIM1; k=rsa; p=AAAA")
        page.refresh()
        toggle = page.values.values_toggle
        assert toggle.isVisible() and toggle.text() == "Values pasted from your provider: Verification code, DKIM value"
        assert not page.value_fields["verification"].isVisible() and not page.values_title.isVisible()
        toggle.click()  # to change one
        assert page.value_fields["dkim"].isVisible() and page.value_fields["dkim"].text() == "v=DKIM1; k=rsa; p=AAAA"
