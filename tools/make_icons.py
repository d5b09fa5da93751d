"""Draws MailWizard's icon (an envelope with a spark) and writes resources/icons/mailwizard.{svg,png,ico,icns}.
Run once after changing the design: python tools/make_icons.py (the files are committed)."""

from __future__ import annotations

import os
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QByteArray, QRectF
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

SVG = """<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 256 256">
  <rect x="8" y="8" width="240" height="240" rx="52" fill="#2563eb"/>
  <rect x="44" y="78" width="168" height="116" rx="14" fill="#ffffff"/>
  <path d="M48 86 L128 146 L208 86" fill="none" stroke="#2563eb" stroke-width="12" stroke-linejoin="round"
        stroke-linecap="round"/>
  <path d="M196 28 l8 20 20 8 -20 8 -8 20 -8 -20 -20 -8 20 -8z" fill="#fde68a"/>
</svg>
"""


def main() -> None:
    out = Path(__file__).resolve().parent.parent / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    (out / "mailwizard.svg").write_text(SVG, encoding="utf-8")
    app = QGuiApplication.instance() or QGuiApplication([])
    renderer = QSvgRenderer(QByteArray(SVG.encode()))
    image = QImage(256, 256, QImage.Format.Format_ARGB32)
    image.fill(0)
    painter = QPainter(image)
    renderer.render(painter, QRectF(0, 0, 256, 256))
    painter.end()
    image.save(str(out / "mailwizard.png"))
    image.save(str(out / "mailwizard.ico"))
    image.save(str(out / "mailwizard.icns"))
    _ = app


if __name__ == "__main__":
    main()
