"""What the practice secret-scan tests share: run the unattended practice walk (from source or the frozen
app) with every user folder inside a temporary one, then search every file there for each secret used."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from urllib.parse import quote


def run_walk(command: list[str], home: Path) -> dict:
    temp = home / "tmp"  # the temporary folder too: a debug dump there would leave the secret on disk
    temp.mkdir(parents=True, exist_ok=True)
    env = dict(os.environ, HOME=str(home), XDG_DATA_HOME=str(home / "data"), XDG_CONFIG_HOME=str(home / "config"),
               XDG_STATE_HOME=str(home / "state"), XDG_CACHE_HOME=str(home / "cache"), QT_QPA_PLATFORM="offscreen",
               APPDATA=str(home / "appdata"), LOCALAPPDATA=str(home / "localappdata"), TMPDIR=str(temp),
               TEMP=str(temp), TMP=str(temp))
    done = subprocess.run([*command, "--self-test", "--practice", "--lang", "zh_CN", "--state-dir",
                           str(home / "practice-state")], env=env, capture_output=True, text=True, timeout=240)
    line = next((x for x in reversed(done.stdout.splitlines()) if x.startswith("{")), "")
    assert line, f"no result line (exit {done.returncode}): {done.stderr[-2000:]}"
    result = json.loads(line)
    assert done.returncode == 0 and result["practice_walk"] == "ok", result
    return result


def leaks(home: Path, secrets: list[str]) -> list[tuple[str, str]]:
    """(file, secret) for every secret found in any form a file could hold it."""
    found = []
    files = [p for p in home.rglob("*") if p.is_file()]
    for secret in secrets:
        forms = {secret.encode(), secret.encode("utf-16-le"), quote(secret, safe="").encode(),
                 json.dumps(secret).strip('"').encode()}  # as JSON escapes it
        for path in files:
            data = path.read_bytes()
            if any(form in data for form in forms):
                found.append((str(path.relative_to(home)), secret[:3] + "…"))
    return found
