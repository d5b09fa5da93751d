"""Translations: complete, compiled from the current sources, and every core message key has a text."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mailwizard.core.domains import DOMAIN_KEYS, EMAIL_KEYS
from mailwizard.core.resources import resources_dir

TRANSLATIONS = resources_dir() / "translations"
LANGUAGES = ("zh_CN", "zh_TW")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")


def messages(language: str) -> list[ET.Element]:
    return ET.parse(TRANSLATIONS / f"mailwizard_{language}.ts").getroot().findall(".//message")


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_message_is_translated_and_keeps_its_placeholders(language: str) -> None:
    found = messages(language)
    assert len(found) > 100
    for message in found:
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, source
        text = translation.text or ""
        assert text.strip(), source
        assert sorted(PLACEHOLDER.findall(text)) == sorted(PLACEHOLDER.findall(source)), source
        assert text != source or not re.search("[a-z]{4,}", source) or source.startswith("{"), source  # acronyms stay


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_compiled_files_match_their_sources(language: str, tmp_path: Path) -> None:
    lrelease = shutil.which("pyside6-lrelease") or str(Path(sys.executable).parent / "pyside6-lrelease")
    fresh = tmp_path / "fresh.qm"
    subprocess.run([lrelease, "-silent", str(TRANSLATIONS / f"mailwizard_{language}.ts"), "-qm", str(fresh)],
                   check=True)
    committed = TRANSLATIONS / f"mailwizard_{language}.qm"
    assert committed.read_bytes() == fresh.read_bytes(), "run: python tools/update_translations.py"


def test_the_sources_list_every_string_in_the_code(tmp_path: Path) -> None:
    """lupdate on today's code finds nothing new: no user-visible text is missing from the .ts."""
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).parent / "pyside6-lupdate")
    root = Path(__file__).resolve().parents[2]
    sources = sorted(str(p) for p in (root / "mailwizard" / "ui").rglob("*.py"))
    scratch = tmp_path / "scratch.ts"
    shutil.copy(TRANSLATIONS / "mailwizard_zh_CN.ts", scratch)
    subprocess.run([lupdate, *sources, "-no-obsolete", "-locations", "none", "-ts", str(scratch)], check=True,
                   capture_output=True)
    unfinished = [m.findtext("source") for m in ET.parse(scratch).getroot().findall(".//message")
                  if m.find("translation").get("type") == "unfinished"]
    assert unfinished == [], "run: python tools/update_translations.py, then translate"


def test_every_message_key_from_core_has_a_text(qapp) -> None:
    import importlib
    import pkgutil

    from mailwizard.core import providers
    from mailwizard.core.members.console_import_file import MESSAGE_KEYS
    from mailwizard.core.providers import base
    from mailwizard.ui.messages import has_text

    for module in pkgutil.iter_modules(providers.__path__):
        importlib.import_module(f"{providers.__name__}.{module.name}")
    errors, todo = [], [base.ProviderError]
    while todo:  # every error the provider layer raises, found by type, not listed by hand
        cls = todo.pop()
        errors.append(cls)
        todo += cls.__subclasses__()
    assert len(errors) >= 20
    keys = [*DOMAIN_KEYS, *EMAIL_KEYS, *MESSAGE_KEYS, *(c.key for c in errors), "presence.checking",
            "presence.exists", "presence.not_registered", "presence.no_nameservers", "presence.unreachable"]
    assert [k for k in keys if not has_text(k)] == []


def test_every_key_the_moving_in_preparation_gives_has_a_text(qapp) -> None:
    from mailwizard.core.session.migration_prep import message_keys
    from mailwizard.ui.messages import has_text, migprep

    assert [k for k in message_keys() if not has_text(k)] == []
    assert set(migprep.texts()) == set(message_keys())  # and no text for a key nothing gives


def test_every_message_key_is_found_in_its_own_family(qapp) -> None:
    """A message's module loads when its key is first asked for (start-up time): each key's first word names the
    one module that has it, and every module of the package is in the table."""
    import importlib
    import pkgutil

    from mailwizard.ui import messages

    modules = {m.name for m in pkgutil.iter_modules(messages.__path__)}
    assert set(messages.FAMILIES.values()) == modules
    for name in sorted(modules):
        for key in importlib.import_module(f"{messages.__name__}.{name}").texts():
            assert messages.FAMILIES.get(key.partition(".")[0]) == name, key
            assert messages.has_text(key), key
    assert not messages.has_text("nothing.such") and messages.message("nothing.such") == "nothing.such"


def test_no_translate_alias_hides_strings_from_lupdate() -> None:
    """`tr = QCoreApplication.translate; tr("Ctx", "text")` is read by lupdate as tr(source, comment):
    the text lands in the wrong context and never shows translated. Call it by its full name."""
    root = Path(__file__).resolve().parents[2] / "mailwizard"
    offenders = [str(p.relative_to(root)) for p in root.rglob("*.py")
                 if re.search(r"=\s*QCoreApplication\.translate\s*$", p.read_text(encoding="utf-8"), re.M)]
    assert offenders == []
