"""Readable for everyone: every status colour, link and banner text at least 4.5:1 (WCAG AA) against what it is
drawn on, in Fusion's light palette and in a dark one; and the colours follow the palette live."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QLabel, QStyleFactory

from mailwizard.ui import palette
from mailwizard.ui.status import Status, StatusLine

AA = 4.5


def light() -> QPalette:
    return QStyleFactory.create("Fusion").standardPalette()


@pytest.fixture(params=["light", "dark"])
def scheme(request, qapp) -> QPalette:
    return light() if request.param == "light" else palette.dark_palette()


def test_every_status_colour_link_and_banner_text_is_readable(scheme: QPalette) -> None:
    role = QPalette.ColorRole
    c = palette.colours(scheme)
    assert palette.is_dark(scheme) is (scheme.color(role.Window).lightness() < 128)
    window, base, text = (scheme.color(r).name() for r in (role.Window, role.Base, role.Text))
    link = scheme.color(role.Link).name()
    # status words and hints: on a page, in a table, in the connect card, in the recommendation banner
    backgrounds = {"window": window, "base": base, "card": c["card_bg"], "note": c["note_bg"]}
    pairs = [(f"{s.value} on {where}", c[s.value], bg) for s in Status for where, bg in backgrounds.items()]
    pairs += [(f"link on {where}", link, bg) for where, bg in backgrounds.items()]
    pairs += [("practice banner text", c["banner_text"], c["banner_bg"]),
              ("a cell with a problem", text, c["error_bg"]),
              ("problem beside the Back button", c["problem"], window),
              ("the invitation preview", c["paper_text"], c["paper"])]
    low = [(what, fg, bg, round(palette.contrast(fg, bg), 2)) for what, fg, bg in pairs
           if palette.contrast(fg, bg) < AA]
    assert low == []


def test_contrast_is_wcags() -> None:
    assert palette.contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert palette.contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.fixture
def dark_app(qapp):
    before = qapp.palette()
    yield qapp
    qapp.setPalette(before)


def test_colours_follow_the_palette_live(qtbot, dark_app) -> None:
    line = StatusLine(objectName="status")
    hint = QLabel()
    qtbot.addWidget(line)
    qtbot.addWidget(hint)
    palette.tint(hint, "color: {problem};")
    dark_app.setPalette(light())
    line.set_status(Status.DONE, "All set")
    assert 'color:#1b6e33' in line.text.text() and hint.styleSheet() == "color: #b3261e;"

    dark_app.setPalette(palette.dark_palette())  # the system switched to dark mode
    qtbot.waitUntil(lambda: 'color:#7ad391' in line.text.text())
    assert hint.styleSheet() == "color: #ff9b8f;" and line.plain == "All set"
    line.set_status(Status.PROBLEM, "Broken")
    assert "color:#ff9b8f" in line.text.text()

    dark_app.setPalette(light())
    qtbot.waitUntil(lambda: 'color:#b3261e' in line.text.text())


def test_a_dark_system_palette_with_an_unreadable_link_gets_a_readable_one(qtbot, dark_app) -> None:
    dark = palette.dark_palette()
    dark.setColor(QPalette.ColorRole.Link, QColor("#0000ff"))  # Qt's default link: dark blue on dark grey
    dark_app.setPalette(dark)
    qtbot.waitUntil(lambda: dark_app.palette().color(QPalette.ColorRole.Link).name() == "#8ab4f8")


FITS = """
import json, pathlib, tempfile
from PySide6.QtWidgets import QApplication
app = QApplication([])
from mailwizard.core.catalogue import load_catalogue
from mailwizard.core.store import Store
from mailwizard.ui.window import build_window
window, _ = build_window(Store(pathlib.Path(tempfile.mkdtemp())), load_catalogue(), lambda: None, "en")
window.show()
app.processEvents()
room = window.screen().availableGeometry()
print(json.dumps([window.frameGeometry().getRect(), room.getRect()]))
window.controller.shutdown()
"""


@pytest.mark.parametrize(("width", "height", "scale"), [(1366, 768, "1"), (1920, 1080, "1.5"), (3840, 2160, "2")])
def test_the_window_fits_the_screen(tmp_path, width: int, height: int, scale: str) -> None:
    import json
    import os
    import subprocess
    import sys

    screen = tmp_path / "screen.json"
    screen.write_text(json.dumps({"screens": [{"name": "s", "x": 0, "y": 0, "width": width, "height": height,
                                               "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}))
    env = {**os.environ, "QT_QPA_PLATFORM": f"offscreen:configfile={screen}", "QT_SCALE_FACTOR": scale,
           "HOME": str(tmp_path)}
    out = subprocess.run([sys.executable, "-c", FITS], capture_output=True, text=True, env=env, timeout=120,
                         check=True).stdout
    (x, y, w, h), (_rx, _ry, rw, rh) = json.loads(out.strip().splitlines()[-1])
    assert x >= 0 and y >= 0 and x + w <= rw and y + h <= rh, ((x, y, w, h), (rw, rh))
