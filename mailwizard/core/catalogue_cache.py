"""The catalogue's TOML files parsed ahead, at build time, into the bundle (start-up time: parsing the seven
files with tomllib took ~10 ms before the first frame, and importing tomllib ~3 ms more).

``resources/catalogue.marshal`` maps each file's path under resources/ to (its text, its parsed document). A
document is used only for a file whose text is exactly the one it was parsed from, so an edited file, or a
folder other than the bundle's own, is parsed afresh; a source tree has no cache and always parses. Only the
parsing is saved: the catalogue checks every document as strictly either way. marshal, not pickle: it holds
data only (TOML's dates are stored as 1-tuples of their ordinal; TOML has no tuples of its own).
"""

from __future__ import annotations

import datetime as dt
import marshal
from pathlib import Path
from typing import Any

CACHE_NAME = "catalogue.marshal"
_UNREAD = object()
_entries: Any = _UNREAD


def cached_document(path: Path, text: str) -> dict[str, Any] | None:
    """The document parsed at build time from exactly ``text`` (the file at ``path``), or None."""
    from mailwizard.core.resources import resources_dir

    entry = _cache(resources_dir()).get(_key(path))
    if entry is None or entry[0] != text:
        return None
    return _decode(entry[1])


def write_cache(root: Path, out: Path, files: list[Path]) -> Path:
    """Parse ``files`` (under ``root``, the resources folder) into ``out``/catalogue.marshal (build.spec)."""
    import tomllib

    entries = {}
    for path in files:
        text = path.read_text(encoding="utf-8")
        entries[path.relative_to(root).as_posix()] = (text, _encode(tomllib.loads(text)))
    out.mkdir(parents=True, exist_ok=True)
    target = out / CACHE_NAME
    target.write_bytes(marshal.dumps(entries))
    return target


def forget() -> None:
    """Read the cache file again when next asked (tests)."""
    global _entries
    _entries = _UNREAD


def _cache(root: Path) -> dict[str, Any]:
    global _entries
    if _entries is _UNREAD:
        try:
            _entries = marshal.loads((root / CACHE_NAME).read_bytes())
            if not isinstance(_entries, dict):
                _entries = {}
        except (OSError, ValueError, EOFError, TypeError):  # none (a source tree), or unreadable: parse the files
            _entries = {}
    return _entries


def _key(path: Path) -> str:
    """"providers/google.toml", "exchange_rates.toml": where the file is under its resources folder."""
    return f"{path.parent.name}/{path.name}" if path.parent.name == "providers" else path.name


def _encode(value: Any) -> Any:
    if isinstance(value, dict):
        return {key: _encode(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_encode(item) for item in value]
    if type(value) is dt.date:
        return (value.toordinal(),)
    if isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"the catalogue cache holds no {type(value).__name__} (only TOML's strings, numbers and dates)")


def _decode(value: Any) -> Any:
    kind = type(value)
    if kind is dict:
        return {key: _decode(item) for key, item in value.items()}
    if kind is list:
        return [_decode(item) for item in value]
    if kind is tuple:
        return dt.date.fromordinal(value[0])
    return value
