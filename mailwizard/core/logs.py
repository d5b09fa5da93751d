"""The log file in the platform's user log directory, with secrets kept out of every log.

Every record is redacted as it is made (a LogRecord factory, so every handler — the console's, the file's,
one added later — gets it clean): anything that looks like a bearer token, a password field or URL password,
a token in a query string, a private key or a JWT is replaced, and so is every secret this run has held
(``hide``), so a log sent to support reveals nothing. The journal's failure texts pass ``redact`` too.
"""

from __future__ import annotations

import logging
import re
import threading
from functools import cache
from pathlib import Path

# compiled when the first record is made, not at start-up (~2 ms before the first frame)
_SECRET_PATTERNS = (
    r"(?i)(authorization[\"']?\s*[:=]\s*[\"']?(?:[a-z]+\s+)?)[^\s\"',;&]+",  # any scheme
    r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+",
    r"(?i)((?:password|passwd|pwd|secret|token|assertion|refresh_token|access_token|client_secret|"
    r"api_key|apikey)[\"']?\s*[:=]\s*[\"']?)[^\s\"',;&]+",
    r"([?&]code=)[^&\s\"']+",  # an OAuth authorization code in a redirect URL
    r"(?i)(\b[a-z][a-z0-9+.-]*://[^/\s:@]*:)[^/\s@]+(?=@)",  # https://user:password@host
    r"(?s)-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----",
    r"\b(?:ya29\.|1//0|eyJ)[A-Za-z0-9._-]{10,}",  # Google's tokens, JWTs (Microsoft's tokens)
)
_MIN_HIDDEN = 8      # shorter values are not secrets worth hiding, and would blank out common words
_MAX_HIDDEN = 256    # the newest ones: a run holds a handful of tokens and passwords at a time
_hidden: tuple[str, ...] = ()
_hidden_lock = threading.Lock()


def hide(value: str) -> None:
    """A secret this run holds (a token, a client secret, a password): replaced wherever ``redact`` runs, whatever
    the words around it. Kept in memory only."""
    global _hidden
    if len(value) < _MIN_HIDDEN:
        return
    with _hidden_lock:
        if value not in _hidden:
            # longest first, so a token that contains another is hidden whole
            _hidden = tuple(sorted((value, *_hidden[-(_MAX_HIDDEN - 1):]), key=len, reverse=True))


@cache
def _secrets() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(pattern) for pattern in _SECRET_PATTERNS)


def redact(text: str) -> str:
    for value in _hidden:
        if value in text:
            text = text.replace(value, "[hidden]")
    for pattern in _secrets():
        text = pattern.sub(lambda m: (m.group(1) if m.groups() else "") + "[hidden]", text)
    return text


def _redact_record(record: logging.LogRecord) -> logging.LogRecord:
    try:
        message = record.getMessage()
    except Exception:  # arguments that do not fit the format: logged as they are, without secrets
        message = f"{record.msg} {record.args!r}"
    record.msg, record.args = redact(message), ()
    if record.exc_info:
        record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
        record.exc_info = None
    if record.stack_info:
        record.stack_info = redact(record.stack_info)
    return record


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        _redact_record(record)
        return True


def install_redaction() -> None:
    """Every log record redacted as it is made, before any handler (or filter) sees it. Once per process."""
    previous = logging.getLogRecordFactory()
    if getattr(previous, "redacting", False):
        return

    def factory(*args, **kwargs) -> logging.LogRecord:
        return _redact_record(previous(*args, **kwargs))

    factory.redacting = True  # type: ignore[attr-defined]
    logging.setLogRecordFactory(factory)


def log_dir() -> Path:
    from mailwizard.core.user_dirs import log_dir as user_log_dir

    return user_log_dir()


def log_file(directory: Path | None = None) -> Path:
    return (directory or log_dir()) / "mailwizard.log"


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    """Log to a rotating file (5 × 1 MB); returns its path. Once: a second call changes nothing."""
    import logging.handlers

    install_redaction()
    path = log_file(directory)
    root = logging.getLogger()
    if any(getattr(h, "baseFilename", None) == str(path) for h in root.handlers):
        return path
    path.parent.mkdir(parents=True, exist_ok=True)
    handler = logging.handlers.RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root.addHandler(handler)
    root.setLevel(min(root.level or level, level))
    # httpx logs every request URL at INFO, and Tencent's API carries its access token in the URL
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)
    return path
