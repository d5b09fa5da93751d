"""The catalogue parsed at build time (core.catalogue_cache): the same documents as tomllib's, used only for the very
text they came from, and checked as strictly as a freshly parsed file."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from mailwizard.core import catalogue_cache
from mailwizard.core.catalogue import CatalogueError, clear_cache, load_catalogue
from mailwizard.core.resources import resources_dir


def catalogue_files(root: Path) -> list[Path]:
    return [*sorted((root / "providers").glob("*.toml")), root / "exchange_rates.toml"]


@pytest.fixture
def bundle(tmp_path: Path, monkeypatch) -> Path:
    """A copy of the resources with the cache in it, taken for the app's own resources folder."""
    root = tmp_path / "resources"
    shutil.copytree(resources_dir() / "providers", root / "providers")
    shutil.copy(resources_dir() / "exchange_rates.toml", root)
    monkeypatch.setattr("mailwizard.core.resources.resources_dir", lambda: root)
    clear_cache()
    yield root
    clear_cache()


def parses(monkeypatch) -> list[str]:
    parsed: list[str] = []
    real = tomllib.loads
    monkeypatch.setattr(tomllib, "loads", lambda text, **kw: parsed.append(text) or real(text, **kw))
    return parsed


def test_the_cached_documents_are_tomllibs(bundle: Path) -> None:
    catalogue_cache.write_cache(bundle, bundle, catalogue_files(bundle))
    for path in catalogue_files(bundle):
        text = path.read_text(encoding="utf-8")
        assert catalogue_cache.cached_document(path, text) == tomllib.loads(text), path.name


def test_a_bundle_with_the_cache_parses_nothing_and_gets_the_same_catalogue(bundle: Path, monkeypatch) -> None:
    fresh = load_catalogue(bundle)
    catalogue_cache.write_cache(bundle, bundle, catalogue_files(bundle))
    clear_cache()
    parsed = parses(monkeypatch)
    assert load_catalogue(bundle) == fresh
    assert parsed == []


def test_an_edited_file_is_parsed_afresh(bundle: Path, monkeypatch) -> None:
    catalogue_cache.write_cache(bundle, bundle, catalogue_files(bundle))
    google = bundle / "providers" / "google.toml"
    google.write_text(google.read_text(encoding="utf-8").replace('en = "Google Workspace"', 'en = "Edited"', 1),
                      encoding="utf-8")
    clear_cache()
    parsed = parses(monkeypatch)
    assert load_catalogue(bundle).provider("google").name.en == "Edited"
    assert len(parsed) == 1


def test_a_cached_document_is_checked_like_a_parsed_one(bundle: Path) -> None:
    google = bundle / "providers" / "google.toml"
    google.write_text(google.read_text(encoding="utf-8").replace("schema = 1", "schema = 2", 1), encoding="utf-8")
    catalogue_cache.write_cache(bundle, bundle, catalogue_files(bundle))
    clear_cache()
    with pytest.raises(CatalogueError, match="schema"):
        load_catalogue(bundle)


def test_an_unreadable_cache_is_as_good_as_none(bundle: Path, monkeypatch) -> None:
    (bundle / catalogue_cache.CACHE_NAME).write_bytes(b"not marshal data")
    clear_cache()
    parsed = parses(monkeypatch)
    assert load_catalogue(bundle).provider("google") is not None
    assert len(parsed) == len(catalogue_files(bundle)) - 1  # the practice provider is not in the catalogue


def test_with_the_cache_tomllib_does_not_load_before_the_first_frame(bundle: Path) -> None:
    catalogue_cache.write_cache(bundle, bundle, catalogue_files(bundle))
    script = ("import json, sys, pathlib\n"
              "import mailwizard.core.resources as r\n"
              f"r.resources_dir = lambda: pathlib.Path({str(bundle)!r})\n"
              "from mailwizard.core.catalogue import load_catalogue\n"
              "load_catalogue()\n"
              "print(json.dumps(sorted(sys.modules)))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60,
                         env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}).stdout
    assert "tomllib" not in json.loads(out)
