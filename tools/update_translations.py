"""Refresh the Qt Linguist sources from the code and compile them.

    python tools/update_translations.py          # lupdate (keeps existing translations) + lrelease
    python tools/update_translations.py --release  # only compile the .ts files
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("zh_CN", "zh_TW")


def tool(name: str) -> str:
    found = shutil.which(name) or str(Path(sys.executable).parent / name)
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "mailwizard" / "ui").rglob("*.py"))


def ts_path(language: str) -> Path:
    return TRANSLATIONS / f"mailwizard_{language}.ts"


def qm_path(language: str) -> Path:
    return TRANSLATIONS / f"mailwizard_{language}.qm"


def update() -> None:
    for language in LANGUAGES:
        subprocess.run([tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
                        "-target-language", language, "-ts", str(ts_path(language))], cwd=ROOT, check=True)
    release()


def release() -> None:
    for language in LANGUAGES:
        subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts_path(language)), "-qm", str(qm_path(language))],
                       cwd=ROOT, check=True)


if __name__ == "__main__":
    if "--release" in sys.argv:
        release()
    else:
        update()
