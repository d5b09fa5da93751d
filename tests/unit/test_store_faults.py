"""The saved work under real faults: only a file that really is damaged is set aside; a full disk, a folder that
cannot be written or a lock held by another program leave it where it is and say which it is (issue 16)."""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from mailwizard.core.store import DB_NAME, SCHEMA_VERSION, Problem, SetAsideReason, Store, StoreError
from tests.faults import fill, locked_by_another_program, pages_capped, read_only, tiny_disk


def saved_work(folder: Path) -> Store:
    store = Store(folder)
    store.put("session", {"wizard": {"company": {"name": "例子贸易"}}})
    store.journal_put("members:google", "anna@example.com", "created", "u-1")
    store.close()
    return store


def nothing_set_aside(folder: Path) -> bool:
    return [p.name for p in folder.iterdir() if p.name.startswith("mailwizard.") and "-20" in p.name] == []


def assert_intact(folder: Path) -> None:
    store = Store(folder)
    assert store.set_aside is None
    assert store.get("session") == {"wizard": {"company": {"name": "例子贸易"}}}
    assert store.journal_get("members:google", "anna@example.com") == ("created", "u-1", "")
    store.close()


def test_a_full_disk_at_start_leaves_the_saved_work_where_it_is(tmp_path: Path) -> None:
    with tiny_disk(tmp_path / "disk") as disk:
        folder = disk / "state"
        saved_work(folder)
        filler = fill(disk)
        with pytest.raises(StoreError) as raised:  # SQLite says SQLITE_IOERR_SHMSIZE here: a full disk all the same
            Store(folder)
        assert raised.value.problem is Problem.DISK_FULL
        assert raised.value.key == "store.disk_full" and raised.value.folder == folder
        assert nothing_set_aside(folder) and (folder / DB_NAME).stat().st_size > 0
        filler.unlink()
        assert_intact(folder)  # the next start, with space again, has everything, the journal too


def test_disk_full_while_opening_is_not_damage(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a file from the first builds (no journal table yet): opening it must add one, which needs a new page
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.executescript("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
                       "CREATE TABLE state (key TEXT PRIMARY KEY, value TEXT NOT NULL, updated TEXT NOT NULL);")
    conn.execute("INSERT INTO meta VALUES ('schema_version', ?)", (str(SCHEMA_VERSION),))
    conn.execute("INSERT INTO state VALUES ('session', '{\"wizard\": {}}', 'now')")
    conn.commit()
    conn.close()
    before = (tmp_path / DB_NAME).read_bytes()
    with pages_capped(monkeypatch), pytest.raises(StoreError) as raised:
        Store(tmp_path)
    assert raised.value.problem is Problem.DISK_FULL
    assert nothing_set_aside(tmp_path) and (tmp_path / DB_NAME).read_bytes() == before
    store = Store(tmp_path)  # space again: the old file is taken up, the journal added
    assert store.set_aside is None and store.get("session") == {"wizard": {}}
    store.close()


def test_a_first_start_on_a_full_disk_leaves_no_empty_file_behind(tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    with pages_capped(monkeypatch), pytest.raises(StoreError) as raised:
        Store(tmp_path)
    assert raised.value.problem is Problem.DISK_FULL
    store = Store(tmp_path)  # not "your saved work was empty": there never was any
    assert store.set_aside is None
    store.close()


def test_a_save_on_a_full_disk_fails_as_disk_full_and_keeps_what_was_saved(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    saved_work(tmp_path)
    with pages_capped(monkeypatch):
        store = Store(tmp_path)
        with pytest.raises(StoreError) as raised:
            store.put("session", {"wizard": {"company": {"name": "x" * 200_000}}})
        assert raised.value.problem is Problem.DISK_FULL
        with pytest.raises(StoreError):
            store.journal_put("members:google", "bo@example.com", "attempted", "", "x" * 200_000)
        store.close()
    assert_intact(tmp_path)


def test_a_read_only_folder_is_said_and_left_alone(tmp_path: Path) -> None:
    folder = tmp_path / "state"
    saved_work(folder)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    with read_only(folder):
        with pytest.raises(StoreError) as raised:
            Store(folder)
        assert raised.value.problem is Problem.NO_PERMISSION and raised.value.key == "store.no_permission"
        with pytest.raises(StoreError) as inside:  # a folder that cannot be made there
            Store(folder / "more")
        assert inside.value.problem is Problem.NO_PERMISSION
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before
    assert_intact(folder)


def test_a_file_locked_by_another_program_is_in_use_not_damaged(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    saved_work(tmp_path)
    monkeypatch.setattr(Store, "BUSY_TIMEOUT", 0.2)
    with locked_by_another_program(tmp_path / DB_NAME), pytest.raises(StoreError) as raised:
        Store(tmp_path)
    assert raised.value.problem is Problem.IN_USE
    assert nothing_set_aside(tmp_path)
    assert_intact(tmp_path)


def test_an_empty_file_is_kept_aside_with_its_reason(tmp_path: Path) -> None:
    (tmp_path / DB_NAME).write_bytes(b"")
    store = Store(tmp_path)
    assert store.set_aside is not None and store.set_aside.reason is SetAsideReason.EMPTY
    assert store.set_aside.moved_to.exists() and store.set_aside.moved_to.stat().st_size == 0
    store.close()


@pytest.mark.parametrize("tables", [
    "CREATE TABLE other (x);",  # a database, but not MailWizard's
    "CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);"
    "CREATE TABLE journal (scope, item, state, remote_id, error, updated);"
    "INSERT INTO meta VALUES ('schema_version', '1');",  # the saved state's table is gone
])
def test_a_file_without_the_tables_is_kept_aside(tmp_path: Path, tables: str) -> None:
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.executescript(tables)
    conn.close()
    store = Store(tmp_path)
    assert store.set_aside is not None and store.set_aside.reason is SetAsideReason.INCOMPLETE
    kept = sqlite3.connect(store.set_aside.moved_to)
    assert kept.execute("SELECT count(*) FROM sqlite_master").fetchone()[0] >= 1
    kept.close()
    store.close()


@pytest.mark.parametrize("value", ['{"wizard": {"company": ', '"a string, not the session"'])
def test_an_unreadable_session_row_is_kept_aside_never_replaced(tmp_path: Path, value: str) -> None:
    saved_work(tmp_path)
    conn = sqlite3.connect(tmp_path / DB_NAME)
    conn.execute("UPDATE state SET value=? WHERE key='session'", (value,))
    conn.commit()
    conn.close()
    store = Store(tmp_path)
    assert store.set_aside is not None and store.set_aside.reason is SetAsideReason.UNREADABLE
    kept = sqlite3.connect(store.set_aside.moved_to)
    assert kept.execute("SELECT value FROM state WHERE key='session'").fetchone() == (value,)
    assert kept.execute("SELECT count(*) FROM journal").fetchone() == (1,)
    kept.close()
    assert store.get("session") is None
    store.close()


def test_other_rows_may_hold_any_json(tmp_path: Path) -> None:
    store = Store(tmp_path)
    store.put("language", "zh_TW")
    store.put("members", [{"given_name": "安娜"}])
    store.close()
    again = Store(tmp_path)
    assert again.set_aside is None and again.get("language") == "zh_TW"
    again.close()


def test_damage_found_by_sqlite_is_still_set_aside(tmp_path: Path) -> None:
    store = Store(tmp_path)
    for n in range(300):
        store.put(f"k{n}", {"v": "y" * 400})
    store.close()
    data = bytearray((tmp_path / DB_NAME).read_bytes())
    data[4096 * 3:4096 * 3 + 3000] = b"\xff" * 3000  # a page in the middle overwritten
    (tmp_path / DB_NAME).write_bytes(bytes(data))
    store = Store(tmp_path)
    assert store.set_aside is not None and store.set_aside.reason is SetAsideReason.CORRUPTED
    assert json.dumps(store.get("k1")) == "null"  # the fresh file
    store.close()


def test_start_over_on_a_full_disk_clears_nothing_and_says_so(tmp_path: Path) -> None:
    from mailwizard.core.catalogue import load_catalogue
    from mailwizard.core.flow import Step
    from mailwizard.core.session.events import SaveFailed
    from mailwizard.core.session.runner import LoopRunner
    from mailwizard.core.session.session import Session

    with tiny_disk(tmp_path / "disk") as disk:
        folder = disk / "state"
        saved_work(folder)
        store = Store(folder)
        events: list = []
        session = Session(store, load_catalogue(), LoopRunner(), frozenset(Step), emit=events.append)
        filler = fill(disk)
        session.start_over()
        assert [e.key for e in events if isinstance(e, SaveFailed)] == ["save.disk_full"]
        assert session.state.company.name == "例子贸易"  # nothing forgotten in the window either
        filler.unlink()
        session.shutdown()
        store.close()
        again = Store(folder)
        assert again.get("session")["wizard"]["company"]["name"] == "例子贸易"
        assert again.journal_get("members:google", "anna@example.com") == ("created", "u-1", "")
        again.close()
