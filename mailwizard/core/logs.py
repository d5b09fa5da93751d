"""The log file in the platform's user log directory, with secrets kept out of it.

Every record passes a redaction filter: anything that looks like a bearer token, a password field, a
private key or a long random-looking string is replaced, so a log sent to support reveals nothing.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

_SECRETS = [
    re.compile(r"(?i)(bearer\s+)[A-Za-z0-9._~+/=-]+"),
    re.compile(r"(?i)((?:password|passwd|secret|token|assertion|refresh_token|access_token|client_secret)"
               r"[\"']?\s*[:=]\s*[\"']?)[^\s\"',;&]+"),
    re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----", re.S),
    re.compile(r"\b(?:ya29\.|1//0|eyJ)[A-Za-z0-9._-]{10,}"),  # Google / JWT-shaped tokens
]


def redact(text: str) -> str:
    for pattern in _SECRETS:
        text = pattern.sub(lambda m: (m.group(1) if m.groups() else "") + "[hidden]", text)
    return text


class RedactingFilter(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = redact(record.getMessage())
        record.args = ()
        if record.exc_info:
            record.exc_text = redact(logging.Formatter().formatException(record.exc_info))
            record.exc_info = None
        return True


def log_dir() -> Path:
    from platformdirs import user_log_dir

    return Path(user_log_dir("MailWizard", "MailWizard"))


def log_file(directory: Path | None = None) -> Path:
    return (directory or log_dir()) / "mailwizard.log"


def setup_logging(directory: Path | None = None, level: int = logging.INFO) -> Path:
    """Log to a rotating file (5 × 1 MB); returns its path. Once: a second call changes nothing."""
    import logging.handlers

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
