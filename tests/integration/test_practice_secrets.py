"""Issue 8's secret scan, from source: after the unattended practice walk, no password or token it used is
in the state folder or the logs. (tests/packaging runs the same against the frozen app.)"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from tests.practice_scan import leaks, run_walk


@pytest.mark.timeout(300)
def test_no_password_or_token_of_a_practice_run_is_left_on_disk(tmp_path: Path) -> None:
    result = run_walk([sys.executable, "-m", "mailwizard"], tmp_path)
    secrets = result["secrets"]
    # the app secret, the mail password, the access token(s) and both members' temporary passwords
    assert len(secrets) >= 5
    files = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert any(p.name == "mailwizard.log" and p.stat().st_size > 0 for p in files)  # it did log the run
    assert any(p.suffix == ".sqlite3" for p in files)                                # and kept its state
    assert leaks(tmp_path, secrets) == []


def test_the_scan_finds_a_secret_that_is_there(tmp_path: Path) -> None:
    (tmp_path / "logs").mkdir()
    (tmp_path / "logs" / "mailwizard.log").write_text("token=abc%2Bdef", encoding="utf-8")
    (tmp_path / "state.bin").write_bytes("pässwörd".encode("utf-16-le"))
    assert leaks(tmp_path, ["abc+def", "pässwörd", "absent"]) == [("logs/mailwizard.log", "abc…"),
                                                                    ("state.bin", "päs…")]
