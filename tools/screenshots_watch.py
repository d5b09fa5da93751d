"""Offscreen screenshots of the question asked when the window is closed while DNS records are on their way, over
the DNS step, in English, 简体中文 and 繁體中文: with a system tray (keep watching there, and the box for the
scheduled check) and without one (only the scheduled check). python tools/screenshots_watch.py [OUT_DIR]."""

from __future__ import annotations

import tempfile
from pathlib import Path

from _offscreen import application, close_wizard, languages, open_wizard, out_dir, wait
from PySide6.QtGui import QColor, QPainter

from mailwizard.core.flow import Step
from mailwizard.core.store import Store
from mailwizard.ui.close_watch import KeepWatchingBox


def main() -> None:
    out = out_dir()
    application()
    for lang in languages():
        with tempfile.TemporaryDirectory() as tmp:
            store = Store(Path(tmp))
            window = open_wizard(store, lang, "google", "business-starter", current=Step.DNS, dns_verified=True)
            window.show()
            wait(0.6)
            for variant, tray in (("tray", True), ("no-tray", False)):
                box = KeepWatchingBox(window, tray=tray, can_schedule=True, scheduled=False)
                box.show()
                wait(0.3)
                shot = window.grab()
                painter = QPainter(shot)
                painter.fillRect(shot.rect(), QColor(0, 0, 0, 96))  # the window behind the question, dimmed
                picture = box.grab()
                painter.drawPixmap((shot.width() - picture.width()) // 2, (shot.height() - picture.height()) // 3,
                                   picture)
                painter.end()
                shot.save(str(out / f"keep-watching-{variant}-{lang}.png"))
                box.grab().save(str(out / f"keep-watching-{variant}-{lang}-box.png"))
                box.close()
            close_wizard(window, store)
    print(f"screenshots in {out}")


if __name__ == "__main__":
    main()
