"""The user's data and log folders: where platformdirs puts them, also where MailWizard works them out itself (on
Linux, without importing platformdirs before the first frame)."""

from __future__ import annotations

import sys

import platformdirs
import pytest

from mailwizard.core import user_dirs

ENVIRONMENTS = [
    {"HOME": "/home/li"},
    {"HOME": "/home/li/"},
    {"HOME": "/home/li//"},
    {"HOME": "/"},
    {"HOME": "/home/li", "XDG_DATA_HOME": "/data/xdg", "XDG_STATE_HOME": "/state/xdg/"},
    {"HOME": "/home/li", "XDG_DATA_HOME": "", "XDG_STATE_HOME": ""},
    {"HOME": "/home/li", "XDG_DATA_HOME": "relative/data", "XDG_STATE_HOME": "  "},
    {"HOME": "relative", "XDG_DATA_HOME": "/data/xdg"},
    {"HOME": "", "XDG_STATE_HOME": "/state"},
]


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="worked out by MailWizard itself on Linux only")
@pytest.mark.parametrize("environment", ENVIRONMENTS)
def test_the_folders_are_platformdirs_own(environment: dict[str, str], monkeypatch) -> None:
    for variable in ("HOME", "XDG_DATA_HOME", "XDG_STATE_HOME"):
        monkeypatch.delenv(variable, raising=False)
    for variable, value in environment.items():
        monkeypatch.setenv(variable, value)
    assert str(user_dirs.data_dir()) == str(platformdirs.user_data_dir("MailWizard", "MailWizard"))
    assert str(user_dirs.log_dir()) == str(platformdirs.user_log_dir("MailWizard", "MailWizard"))


def test_elsewhere_platformdirs_answers(monkeypatch) -> None:
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(platformdirs, "user_data_dir", lambda *names: "C:/Users/li/AppData/Local/MailWizard/MailWizard")
    monkeypatch.setattr(platformdirs, "user_log_dir", lambda *names: "C:/Users/li/AppData/Local/MailWizard/Logs")
    assert user_dirs.data_dir().as_posix() == "C:/Users/li/AppData/Local/MailWizard/MailWizard"
    assert user_dirs.log_dir().as_posix() == "C:/Users/li/AppData/Local/MailWizard/Logs"
