"""The log file keeps secrets out."""

from __future__ import annotations

import logging

from mailwizard.core.logs import redact, setup_logging


def test_tokens_passwords_and_keys_are_hidden() -> None:
    text = ('Authorization: Bearer ya29.a0AfH6SMBxyz123456 password="Temp-Pass-42x" '
            "refresh_token=1//0gAbCdEfGhIjKlMn client_secret: s3cr3t "
            "-----BEGIN PRIVATE KEY-----\nMIIEv\n-----END PRIVATE KEY----- user anna@example.com")
    cleaned = redact(text)
    for secret in ("ya29.a0AfH6SMBxyz123456", "Temp-Pass-42x", "1//0gAbCdEfGhIjKlMn", "s3cr3t", "MIIEv"):
        assert secret not in cleaned
    assert "anna@example.com" in cleaned  # what support needs stays readable


def test_the_log_file_gets_records_without_secrets(tmp_path) -> None:
    path = setup_logging(tmp_path)
    logger = logging.getLogger("mailwizard.test")
    try:
        raise ValueError("login failed for password=hunter2hunter2")
    except ValueError:
        logger.exception("sending failed with token=abcdef0123456789")
    for handler in logging.getLogger().handlers:
        handler.flush()
    content = path.read_text(encoding="utf-8")
    assert "sending failed" in content and "ValueError" in content
    assert "hunter2hunter2" not in content and "abcdef0123456789" not in content
    for handler in list(logging.getLogger().handlers):
        if getattr(handler, "baseFilename", "").startswith(str(tmp_path)):
            logging.getLogger().removeHandler(handler)
            handler.close()
