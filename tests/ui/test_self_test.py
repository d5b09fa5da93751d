"""The packaged app's smoke test, run the way the installer's check runs it."""

from __future__ import annotations

import os
import subprocess
import sys


def test_self_test_exits_0_and_prints_ok(tmp_path) -> None:
    # the user's data folder under a fresh HOME, wherever the environment pointed it before
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path))
    result = subprocess.run([sys.executable, "-m", "mailwizard", "--self-test"], capture_output=True, text=True,
                            env=env, timeout=60)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1] == "OK"
    assert not (tmp_path / ".local" / "share" / "MailWizard").exists()  # the user's saved work is not touched
    assert list(tmp_path.rglob("*.sqlite3")) == []
