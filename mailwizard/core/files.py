"""Writing a file the user keeps (an export, an import file for a console) so that a failed write never leaves
half a file where a good one was: a temporary file beside it, flushed to disk, then put in its place."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write(path: Path, data: bytes, *, private: bool = False) -> None:
    """``private`` keeps mkstemp's owner-only mode (a file with passwords); otherwise an ordinary document's mode,
    or the mode the file had."""
    fd, temp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if private:
            os.chmod(temp, 0o600)
        else:
            os.chmod(temp, path.stat().st_mode & 0o777 if path.exists() else 0o644)
        os.replace(temp, path)
    except BaseException:
        Path(temp).unlink(missing_ok=True)
        raise
