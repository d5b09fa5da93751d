"""An HTML page as a PDF, drawn by Qt: QTextDocument lays the page out (Qt's rich-text subset of HTML and CSS:
https://doc.qt.io/qt-6/richtext-html-subset.html) and QPdfWriter writes it, A4, its fonts embedded
(https://doc.qt.io/qt-6/qpdfwriter.html). No widget and no QPixmap, so it runs on a worker thread (QPainter on a
QPdfWriter, and QImage, are usable outside the GUI thread: https://doc.qt.io/qt-6/threads-modules.html#painting-in-
threads) and from the command line, which makes an offscreen QGuiApplication for the fonts (``ensure_app``).

Text drawn off the GUI thread: Qt 5 asked QFontDatabase::supportsThreadedFontRendering(); Qt 6 dropped it, every
platform plugin drawing text in any thread (unconfirmed beyond Linux offscreen/xcb, where the tests run).

Chinese needs a font that has it: the document's default font names, per language, the system's own CJK font on
each platform (Microsoft YaHei / JhengHei, PingFang SC / TC, Noto Sans CJK, WenQuanYi), and Qt falls back to any
installed font that has a missing character."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtGui import QPdfWriter, QTextDocument

FAMILIES = {
    "en": ["Segoe UI", "Helvetica Neue", "Noto Sans", "DejaVu Sans", "Microsoft YaHei", "PingFang SC",
           "Noto Sans CJK SC", "WenQuanYi Micro Hei"],
    "zh_CN": ["Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei",
              "Segoe UI", "Noto Sans"],
    "zh_TW": ["Microsoft JhengHei", "PingFang TC", "Noto Sans CJK TC", "Source Han Sans TC", "WenQuanYi Micro Hei",
              "Segoe UI", "Noto Sans"],
}
MARGIN_MM = 15
RESOLUTION = 300  # dots per inch of the page's layout (text stays vector)


def ensure_app() -> None:
    """A QGuiApplication, made offscreen where there is none (the command line): fonts need one. A plain
    QCoreApplication made before cannot be replaced: the caller makes this one first."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtGui import QGuiApplication

    app = QCoreApplication.instance()
    if app is None:
        if sys.platform.startswith("linux") and not os.environ.get("DISPLAY") and \
                not os.environ.get("WAYLAND_DISPLAY"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        ensure_app.app = QGuiApplication([sys.argv[0] if sys.argv else "mailwizard"])  # type: ignore[attr-defined]
    elif not isinstance(app, QGuiApplication):
        raise RuntimeError("a PDF needs a QGuiApplication; a QCoreApplication was made first")


def write_pdf(page: str, path: Path, *, language: str = "en", images: dict[str, bytes] | None = None,
              title: str = "") -> int:
    """Write ``page`` (HTML) to ``path`` as a PDF; ``images``: name → PNG/JPEG/SVG bytes the page's <img src>
    names. Returns the number of pages. Raises OSError when the file cannot be written."""
    from PySide6.QtCore import QMarginsF, QUrl
    from PySide6.QtGui import QFont, QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

    ensure_app()
    _event_dispatcher()
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
                                     QPageLayout.Unit.Millimeter))
    writer.setResolution(RESOLUTION)
    writer.setCreator("MailWizard")
    if title:
        writer.setTitle(title)
    document = QTextDocument()
    font = QFont()
    font.setFamilies(FAMILIES.get(language, FAMILIES["en"]))
    font.setPointSizeF(10)
    document.setDefaultFont(font)
    for name, data in (images or {}).items():
        image = QImage.fromData(data)
        if not image.isNull():  # a resource given before the HTML: never loaded as a QPixmap (GUI thread only)
            document.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), image)
    _draw(document, writer, page)
    del document  # its layout points at the writer: it goes first
    del writer  # the file is finished when the writer goes
    try:
        written = path.read_bytes()
    except OSError:
        written = b""
    if not written.startswith(b"%PDF"):
        raise OSError(f"the PDF could not be written: {path.name}")
    return len(re.findall(rb"/Type\s*/Page(?![a-zA-Z])", written))  # each page's object (Qt writes them plain)


def _event_dispatcher() -> None:
    """A worker thread (Python's, adopted by Qt) gets an event dispatcher: the document's layout starts a timer at
    its end (to tell its new size), and Qt warns of a timer in a thread that has none. It never needs to fire."""
    from PySide6.QtCore import QEventLoop, QThread

    if QThread.currentThread().eventDispatcher() is None:
        QEventLoop()  # making one makes the thread's dispatcher, which stays with the thread


def _draw(document: QTextDocument, writer: QPdfWriter, page: str) -> None:
    """Page by page, each numbered at its foot, as QTextDocument.print_ does, but laid out here at once: print_
    lays out a copy of the document incrementally on timers, which a worker thread without an event loop has not."""
    from PySide6.QtCore import QRectF, QSizeF, Qt
    from PySide6.QtGui import QPainter

    document.documentLayout().setPaintDevice(writer)  # sizes in the writer's dots, fonts at its resolution
    area = writer.pageLayout().paintRectPixels(writer.resolution())
    foot = writer.resolution() * 0.3  # room for the page number
    width, height = area.width(), area.height() - foot
    document.setPageSize(QSizeF(width, height))
    document.setHtml(page)  # after the page is set: laid out once, not again on a timer
    pages = document.pageCount()  # the whole document laid out now
    painter = QPainter(writer)
    try:
        for number in range(pages):
            if number:
                writer.newPage()
            painter.save()
            painter.translate(0, -number * height)
            document.drawContents(painter, QRectF(0, number * height, width, height))
            painter.restore()
            painter.setFont(document.defaultFont())
            painter.drawText(QRectF(0, height, width, foot), Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom,
                             str(number + 1))
    finally:
        painter.end()
