"""Where the read-only data files (resources/) are: source tree, installed wheel or frozen bundle."""

from __future__ import annotations

import sys
from functools import lru_cache
from pathlib import Path


@lru_cache(maxsize=1)
def resources_dir() -> Path:
    package = Path(__file__).resolve().parent.parent
    candidates = [
        Path(getattr(sys, "_MEIPASS", "")) / "resources" if hasattr(sys, "_MEIPASS") else None,
        package / "resources",          # wheel: hatch force-includes resources/ into the package
        package.parent / "resources",   # source tree / editable install
    ]
    for candidate in candidates:
        if candidate is not None and (candidate / "providers").is_dir():
            return candidate
    raise FileNotFoundError("MailWizard's resources folder is missing; reinstall the application.")
