"""Opening practice mode from the real wizard: as its own app window, so nothing of it mixes with the real
set-up."""

from __future__ import annotations

import sys


def launch_practice_process() -> bool:
    """From the real wizard: practice opens as its own app window, so nothing of it mixes with the real set-up."""
    from PySide6.QtCore import QProcess

    if getattr(sys, "frozen", False):
        program, arguments = sys.executable, ["--practice"]
    else:
        program, arguments = sys.executable, ["-m", "mailwizard", "--practice"]
    return bool(QProcess.startDetached(program, arguments)[0])
