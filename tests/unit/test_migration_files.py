"""The old services' table (core/migration/sources.py), the provider-run migration files for 50 members
(core/migration/provider_files.py) and the MX cut-over advice (core/migration/cutover.py)."""

from __future__ import annotations

import csv
import io
import os
import re
from pathlib import Path

import pytest

from mailwizard.core.catalogue_reader import CatalogueError
from mailwizard.core.migration import cutover, provider_files
from mailwizard.core.migration.provider_files import GOOGLE_MAPPING, IMAP_CSV, MigrationRow, RowProblem
from mailwizard.core.migration.sources import load_sources, parse
from mailwizard.core.providers.profiles import profile_for

SPEC_SERVICES = {"qq", "163", "126", "sina", "aliyun", "exmail", "outlook", "gmail", "other"}


# --- the table --------------------------------------------------------------------------------------------------
def test_every_service_the_issue_names_is_there_sourced_and_dated() -> None:
    services = load_sources()
    assert {s.id for s in services} == SPEC_SERVICES
    assert services[-1].id == "other" and services[-1].server.host == ""
    for s in services:
        assert s.source.startswith(("https://", "http://")), s.id
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", s.checked), s.id
        assert s.server.security in ("ssl", "starttls") and 0 < s.server.port < 65536
        assert all(s.name.get(lang) and s.note.get(lang) for lang in ("en", "zh_CN", "zh_TW")), s.id
        if s.id != "other":
            assert s.server.host and "." in s.server.host, s.id
        if not s.confirmed:  # what no page of the service itself said is marked so
            assert "(unconfirmed)" in _sourcing(s.id), s.id


def _sourcing(service_id: str) -> str:
    import tomllib

    from mailwizard.core.resources import resources_dir

    data = tomllib.loads((resources_dir() / "migration/sources.toml").read_text(encoding="utf-8"))
    return next(row["sourcing"] for row in data["service"] if row["id"] == service_id)


def test_the_services_that_want_an_app_password_say_so() -> None:
    by_id = {s.id: s for s in load_sources()}
    assert by_id["qq"].needs_app_password and by_id["gmail"].needs_app_password
    assert by_id["exmail"].app_password == "if_enabled"
    assert not by_id["outlook"].takes_password  # Microsoft: OAuth2/Modern Auth only
    assert by_id["other"].app_password == "unknown" and not by_id["other"].needs_app_password


@pytest.mark.parametrize(("change", "problem"), [
    ('security = "ssl"', 'security = "none"'),
    ("port = 993", "port = 0"),
    ('source = "https://a.example/"', 'source = "ftp://a.example/"'),
])
def test_a_broken_table_is_refused_with_the_field_named(change: str, problem: str) -> None:
    good = """schema = 1
[[service]]
id = "x"
host = "imap.x.example"
port = 993
security = "ssl"
app_password = "required"
password_page = ""
source = "https://a.example/"
checked = 2026-12-03
confirmed = true
name = { en = "X", zh_CN = "X", zh_TW = "X" }
note = { en = "n", zh_CN = "n", zh_TW = "n" }
"""
    assert parse(good)[0].server.host == "imap.x.example"
    with pytest.raises(CatalogueError, match=r"service\[0\]"):
        parse(good.replace(change, problem))


# --- the provider's own migration file ------------------------------------------------------------------------
def fifty() -> list[MigrationRow]:
    # awkward passwords on purpose: commas, quotes, spaces, CJK (the Microsoft CSV must quote them exactly)
    return [MigrationRow(f"user{i:02d}@new.example", f"old{i:02d}@old.example",
                         f"pw,{i}\"q' 密码" if i % 2 else f"plain{i}pass") for i in range(50)]


def test_profiles_name_their_file() -> None:
    assert profile_for("microsoft").migration_file == IMAP_CSV
    assert profile_for("google").migration_file == GOOGLE_MAPPING
    assert profile_for("tencent").migration_file == ""


def test_microsofts_csv_for_50_members_reads_back_exactly(tmp_path: Path) -> None:
    rows = fifty()
    path = tmp_path / "imap-migration.csv"
    assert provider_files.write(path, IMAP_CSV, rows) == 50
    raw = path.read_bytes()
    assert raw.startswith(b"EmailAddress,UserName,Password\r\n")  # the header, exactly (no spaces)
    read = list(csv.reader(io.StringIO(raw.decode("utf-8"), newline="")))
    assert read[0] == ["EmailAddress", "UserName", "Password"]
    assert read[1:] == [[r.address, r.source_login, r.password] for r in rows]
    if os.name == "posix":
        assert path.stat().st_mode & 0o077 == 0  # only this user may read the passwords
        path.chmod(0o644)  # a file that was there already (readable by others) is made private too
        provider_files.write(path, IMAP_CSV, rows)
        assert path.stat().st_mode & 0o077 == 0


def test_googles_mapping_for_50_members_has_no_header_and_no_quotes(tmp_path: Path) -> None:
    rows = [MigrationRow(r.address, r.source_login, f"plain{i}pass") for i, r in enumerate(fifty())]
    path = tmp_path / "mapping.csv"
    assert provider_files.write(path, GOOGLE_MAPPING, rows) == 50
    lines = path.read_bytes().decode("utf-8").split("\r\n")
    assert lines[-1] == "" and len(lines) == 51
    # Google's text-file format: Google Workspace address, legacy address, legacy password (answer 6244351)
    assert lines[0] == "user00@new.example,old00@old.example,plain0pass"
    assert lines[49] == "user49@new.example,old49@old.example,plain49pass"
    assert '"' not in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(("kind", "row", "key"), [
    (GOOGLE_MAPPING, MigrationRow("a@new.example", "a@old.example", 'has,comma'), "migprep.file.google_unquotable"),
    (GOOGLE_MAPPING, MigrationRow("a@new.example", "a", "pw"), "migprep.file.google_unquotable"),
    (IMAP_CSV, MigrationRow("a@new.example", "a@old.example", "two\nlines"), "migprep.file.bad_character"),
    (IMAP_CSV, MigrationRow("a@new.example", "a@old.example", ""), "migprep.file.incomplete"),
    (IMAP_CSV, MigrationRow("no-at-sign", "a@old.example", "pw"), "migprep.file.incomplete"),
])
def test_a_row_the_file_cannot_hold_is_refused_naming_the_member_not_the_password(kind, row, key, tmp_path) -> None:
    with pytest.raises(RowProblem) as caught:
        provider_files.write(tmp_path / "f.csv", kind, [row])
    assert caught.value.key == key and caught.value.address == row.address
    assert not (tmp_path / "f.csv").exists()
    assert row.password not in repr(row) or not row.password


def test_the_same_mailbox_twice_is_refused(tmp_path: Path) -> None:
    rows = [MigrationRow("a@new.example", "a@old.example", "x1"), MigrationRow("A@new.example", "b@old.example", "x2")]
    with pytest.raises(RowProblem, match="duplicate"):
        provider_files.write(tmp_path / "f.csv", IMAP_CSV, rows)


def test_removing_overwrites_then_deletes(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "imap-migration.csv"
    provider_files.write(path, IMAP_CSV, fifty())
    size = path.stat().st_size
    seen: list[bytes] = []
    unlink = Path.unlink

    def look_then_unlink(self: Path, *args, **kwargs) -> None:
        seen.append(self.read_bytes())  # what is on the disk at the moment it is deleted
        unlink(self, *args, **kwargs)

    monkeypatch.setattr(Path, "unlink", look_then_unlink)
    assert provider_files.remove(path) is True
    assert seen == [b"\0" * size]
    assert not path.exists() and list(tmp_path.iterdir()) == []
    assert provider_files.remove(path) is False


# --- the cut-over -------------------------------------------------------------------------------------------------
def keys(plan: cutover.CutoverPlan) -> list[str]:
    return [step.key.rpartition(".")[2] for step in plan.steps]


def test_a_long_ttl_is_lowered_a_ttl_ahead_and_the_old_mailbox_kept() -> None:
    plan = cutover.advise("example.com", 86400, ("10 mx.old.example",), ("smtp.google.com",))
    assert keys(plan) == ["lower_ttl", "copy_first", "switch", "keep_old", "final_copy", "restore_ttl"]
    assert plan.steps[0].params == {"ttl": "86400", "low": "300", "hours": "24"}
    assert cutover.advise("example.com", 3600, ("10 mx.old.example",)).steps[0].params["hours"] == "2"  # not "1 hours"
    assert plan.mx == ("mx.old.example",) and not plan.already_new


def test_a_short_ttl_needs_no_lowering() -> None:
    plan = cutover.advise("example.com", 300, ("10 mx.old.example",), ("smtp.google.com",))
    assert keys(plan) == ["copy_first", "switch", "keep_old", "final_copy"]


def test_switched_already_leaves_the_stragglers_and_the_final_copy() -> None:
    plan = cutover.advise("example.com", 300, ("1 smtp.google.com.",), ("smtp.google.com",))
    assert plan.already_new
    assert keys(plan) == ["keep_old", "final_copy", "restore_ttl"]


def test_no_mx_record_read_says_so() -> None:
    plan = cutover.advise("example.com", None, (), ("smtp.google.com",))
    assert keys(plan)[0] == "lower_ttl_unknown" and plan.ttl is None


def test_the_ttl_is_read_from_the_domains_own_server() -> None:
    import asyncio

    from mailwizard.core.dns.probe import Vantage
    from mailwizard.sandbox.dns_server import LoopbackDns, Zone

    zone = Zone(zones={"example.com"})
    zone.add("example.com", "MX", "10 mx.old.example.", ttl=7200)
    with LoopbackDns(zone) as server:
        ns = (Vantage("authoritative", "127.0.0.1", server.port),)
        ttl, mx, authoritative = asyncio.run(cutover.read_mx("example.com", [], nameservers=ns, timeout=2))
        none = asyncio.run(cutover.read_mx("other.example.com", [], nameservers=ns, timeout=2))
    assert (ttl, mx, authoritative) == (7200, ("10 mx.old.example",), True)
    assert none == (None, (), True)
