"""The saved state: round trip, Start over, and files that cannot be used are kept aside."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from mailwizard.core.store import DB_NAME, SCHEMA_VERSION, SetAsideReason, Store


def test_values_survive_a_restart(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.put("wizard", {"current": "domain", "company": {"name": "例子贸易"}})
    store.close()
    again = Store(tmp_path)
    assert again.get("wizard") == {"current": "domain", "company": {"name": "例子贸易"}}
    assert again.set_aside is None
    again.close()


def test_start_over_clears_the_state_and_the_journals(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.put("wizard", {"a": 1})
    store.journal_put("members:google", "a@example.com", "created")
    store.clear()
    assert store.get("wizard") is None and store.journal_all("members:google") == {}
    store.close()
    again = Store(tmp_path)  # cleared on disk, not only in this connection
    assert again.get("wizard") is None and again.journal_all("members:google") == {}
    again.close()


def test_a_corrupted_file_is_renamed_never_deleted(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).write_bytes(b"this is not a database, it is a damaged file" * 100)
    store = Store(tmp_path)
    assert store.set_aside is not None
    assert store.set_aside.reason is SetAsideReason.CORRUPTED
    assert store.set_aside.moved_to.read_bytes().startswith(b"this is not a database")
    assert "corrupted" in store.set_aside.moved_to.name
    store.put("wizard", {"fresh": True})  # and the new file works
    assert store.get("wizard") == {"fresh": True}
    store.close()


def test_a_file_from_a_newer_version_is_kept_aside(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.executescript("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                       "CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated TEXT NOT NULL);")
    conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION + 1),))
    conn.execute("INSERT INTO state VALUES ('wizard', '{\"future\": 1}', 'now')")
    conn.commit()
    conn.close()
    store = Store(tmp_path)
    assert store.set_aside is not None
    assert store.set_aside.reason is SetAsideReason.NEWER_VERSION
    assert store.set_aside.version == SCHEMA_VERSION + 1
    kept = sqlite3.connect(store.set_aside.moved_to)
    assert kept.execute("SELECT value FROM state").fetchone() == ('{"future": 1}',)
    kept.close()
    assert store.get("wizard") is None
    store.close()


def test_the_schema_version_is_recorded(tmp_path: Path) -> None:
    Store(tmp_path).close()
    conn = sqlite3.connect(tmp_path / DB_NAME)
    assert conn.execute("SELECT value FROM meta WHERE key='schema_version'").fetchone() == (str(SCHEMA_VERSION),)
    conn.close()
