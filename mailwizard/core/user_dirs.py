"""Where the user's saved work and log live: platformdirs' user data and log folders for MailWizard.

On Linux with the XDG variables unset or absolute and an absolute $HOME — where every platformdirs from 4.3 on
gives the same answer — the two paths are worked out here: importing platformdirs cost ~5 ms before the first
frame. Anything else (macOS, Windows, a relative or blank XDG variable, no usable $HOME) asks platformdirs
itself. tests/unit/test_user_dirs.py holds the two to the same answers.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP = "MailWizard"


def data_dir() -> Path:
    """platformdirs.user_data_dir("MailWizard", "MailWizard")"""
    base = _xdg("XDG_DATA_HOME", ".local/share")
    if base is None:
        from platformdirs import user_data_dir

        return Path(user_data_dir(APP, APP))
    return Path(os.path.join(base, APP))


def log_dir() -> Path:
    """platformdirs.user_log_dir("MailWizard", "MailWizard")"""
    base = _xdg("XDG_STATE_HOME", ".local/state")
    if base is None:
        from platformdirs import user_log_dir

        return Path(user_log_dir(APP, APP))
    return Path(os.path.join(base, APP, "log"))


def _xdg(variable: str, default: str) -> str | None:
    """The base folder on Linux when it is certain; None: ask platformdirs."""
    if not sys.platform.startswith("linux"):
        return None
    value = os.environ.get(variable, "")
    if value.startswith("/"):
        return value
    home = os.environ.get("HOME", "")
    if value or not home.startswith("/"):
        return None
    return f"{home.rstrip('/')}/{default}"  # as os.path.expanduser("~/" + default) makes it
