"""The publisher's instructions (README "Publishing", the comment of resources/oauth_clients.toml) are generated
from the SCOPES the code requests: adding a scope fails this test until tools/publishing_doc.py is run again."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

from mailwizard.core.providers import google, microsoft

ROOT = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def doc():
    spec = importlib.util.spec_from_file_location("publishing_doc", ROOT / "tools" / "publishing_doc.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    yield module
    sys.modules.pop(spec.name, None)


def test_the_readme_and_the_registration_file_say_what_the_code_requests(doc) -> None:
    assert doc.stale() == [], "run: python tools/publishing_doc.py"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split(doc.START, 1)[1].split(doc.END, 1)[0]
    for scope in google.SCOPES:
        assert f"`{doc.short(scope)}`" in section
    for scope in microsoft.SCOPES:
        assert f"`{scope}`" in section


def test_a_changed_scope_list_makes_the_generated_text_stale(doc, monkeypatch) -> None:
    """What the other test sees when SCOPES change without running the tool (here: the invitation scopes
    taken out again)."""
    gmail = "https://www.googleapis.com/auth/gmail.send"
    assert gmail in google.SCOPES and "Mail.Send" in microsoft.SCOPES
    monkeypatch.setattr(google, "SCOPES", tuple(s for s in google.SCOPES if s != gmail))
    monkeypatch.setattr(microsoft, "SCOPES", tuple(s for s in microsoft.SCOPES if s != "Mail.Send"))
    monkeypatch.setattr(doc.readme_section, "__defaults__", (google.SCOPES, microsoft.SCOPES))
    monkeypatch.setattr(doc.toml_comment, "__defaults__", (google.SCOPES, microsoft.SCOPES))
    assert doc.stale() == [doc.README, doc.TOML]
    section = doc.readme_section()
    assert "| Gmail API | `gmail.send` |" not in section and "| `Mail.Send` |" not in section
    assert "Mail.Send" not in doc.toml_comment()


def test_a_scope_nobody_described_stops_the_generator(doc) -> None:
    with pytest.raises(doc.UndescribedScope, match=r"admin\.directory\.orgunit"):
        doc.readme_section((*google.SCOPES, "https://www.googleapis.com/auth/admin.directory.orgunit"))
