"""What a screen reader would announce on every page and dialog of practice mode, in English, 简体中文 and 繁體中文:
Qt's accessibility tree (what NVDA, VoiceOver and Orca are given), walked in its order, one line per part — role,
name, value, state, description — into OUT_DIR/transcript-<lang>.txt. Lines saying "(no name)" on a button, field,
table or progress bar are what a blind user would hear as a bare role.

    python tools/screen_reader_transcript.py [OUT_DIR]      (SCREENSHOT_LANGS=en,zh_TW for fewer languages)

A real screen reader's walk cannot run offscreen; this is the next best thing (tests/ui/test_accessibility.py fails
on an unnamed interactive part)."""

from __future__ import annotations

import time

from _offscreen import application, languages, out_dir, wait
from PySide6.QtGui import QAccessible
from PySide6.QtWidgets import QApplication

from mailwizard.practice import PracticeSession
from tests.ui.a11y import transcript_text
from tests.ui.a11y_walk import walk_practice


def until(predicate, seconds: float) -> bool:
    end = time.monotonic() + seconds
    while not predicate():
        if time.monotonic() > end:
            return False
        wait(0.02)
    return True


def transcribe(lang: str) -> str:
    session = PracticeSession(lang, delays=(0.2, 0.4, 0.6), throttle_every=None)
    session.window.show()
    wait(0.3)
    parts: list[str] = []

    def visit(where: str, root) -> None:
        until(root.isVisible, 5)
        QApplication.processEvents()
        parts.append(transcript_text(where, root))

    try:
        walk_practice(session, visit, until)
    finally:
        session.close()
        session.languages.apply("en")
    return "\n".join(parts)


def main() -> None:
    application()
    QAccessible.setActive(True)  # as with a screen reader running: Qt keeps its tree up to date only then
    out = out_dir()
    for lang in languages():
        path = out / f"transcript-{lang}.txt"
        path.write_text(transcribe(lang), encoding="utf-8")
        print(path)


if __name__ == "__main__":
    main()
