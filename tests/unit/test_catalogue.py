"""The provider catalogue: the shipped files are complete and sourced; broken files are refused."""

from __future__ import annotations

import datetime as dt
import re
import shutil
from pathlib import Path

import pytest

from mailwizard.core.catalogue import (
    PRACTICE_ID,
    PROVIDER_IDS,
    CatalogueError,
    Fact,
    clear_cache,
    load_catalogue,
    load_provider,
    mail_settings,
    provider_dns,
)
from mailwizard.core.resources import resources_dir

TODAY = dt.date(2026, 11, 26)


def all_facts(provider) -> list[tuple[str, Fact]]:
    facts = [("setup", provider.setup), ("antispam", provider.antispam), ("support", provider.support),
             ("regions", provider.regions)]
    for plan in provider.plans:
        facts += [(f"{plan.id}.price", plan.price), (f"{plan.id}.storage", plan.storage),
                  (f"{plan.id}.seats", plan.seats)]
        if plan.setup is not None:
            facts.append((f"{plan.id}.setup", plan.setup))
    return facts


def test_every_provider_is_there_with_every_field() -> None:
    catalogue = load_catalogue()
    assert [p.id for p in catalogue.providers] == list(PROVIDER_IDS)
    for provider in catalogue.providers:
        assert provider.name.en and provider.name.zh_CN and provider.name.zh_TW
        assert set(provider.links) == {"website", "pricing", "admin_console", "help"}
        assert all(url.startswith("https://") for url in provider.links.values())
        assert provider.plans, provider.id


def test_every_fact_has_a_source_and_a_date_and_unconfirmed_ones_say_why() -> None:
    for provider in load_catalogue().providers:
        for name, fact in all_facts(provider):
            where = f"{provider.id}.{name}"
            assert fact.source.startswith("https://"), where
            assert dt.date(2020, 1, 1) <= fact.checked <= TODAY + dt.timedelta(days=365), where
            if not fact.confirmed:
                assert fact.note is not None and fact.note.en, where


RESEARCH_WORDS = ("third-party", "third party", "retrieved", "reported by", "citing", "summaris", "source",
                  "来源", "來源", "第三方", "原文", "你")


def test_notes_speak_to_the_user_not_about_the_research() -> None:
    """Notes are shown beside the value in the plan details; how a fact was found goes in a comment."""
    for provider in load_catalogue().providers:
        for name, fact in all_facts(provider):
            if fact.note is None:
                continue
            for lang in ("en", "zh_CN", "zh_TW"):
                text = fact.note.get(lang).lower()
                assert not [w for w in RESEARCH_WORDS if w in text], f"{provider.id}.{name} ({lang}): {text}"


def test_confirmed_prices_are_complete() -> None:
    for provider in load_catalogue().providers:
        for plan in provider.plans:
            price = plan.price.value
            if price is not None:
                assert price.currency in load_catalogue().rates.rates, f"{provider.id}.{plan.id}"
                assert price.period in ("month", "year") and price.per in ("user", "package")


def test_exchange_rates_are_sourced() -> None:
    rates = load_catalogue().rates
    assert rates.rates[rates.base] == 1.0
    assert {"USD", "CNY", "TWD"} <= set(rates.rates)
    assert rates.source.startswith("https://")
    assert rates.convert(100, "USD", "USD") == 100
    assert rates.convert(rates.rates["CNY"], "CNY", "USD") == pytest.approx(1.0)


@pytest.fixture
def google_copy(tmp_path: Path) -> Path:
    target = tmp_path / "google.toml"
    shutil.copy(resources_dir() / "providers" / "google.toml", target)
    return target


@pytest.mark.parametrize(("old", "new", "complaint"), [
    ('source = "https://', 'source = "http://', "https"),
    ("checked = 2026-11-26", 'checked = "2026-11-26"', "date"),
    ('value = "api"', 'value = "automatic"', "one of"),
    ('currency = "USD"', 'currency = "dollars"', "ISO 4217"),
    ('id = "google"', 'id = "gmail"', "file name"),
    ('period = "month"', 'period = "week"', "one of"),
    ('spf_all = "~all"', 'spf_all = "all"', "one of"),         # [dns] and [mail]: the same parser, as strict
    ('verification = "txt"', 'verification = "dns"', "one of"),
    ("priority = 1", 'priority = "1"', "int"),
    ('host = "smtp.google.com"', 'host = "smtp google com"', "host name"),
    ('type = "TXT"', 'type = "A"', "one of"),
    ('spf_source = "https://', 'spf_source = "http://', "https"),
    ('signin_url = "https://', 'signin_url = "http://', "https"),
    ("smtp_port = 587", "smtp_port = 70000", "port"),
    ('smtp_security = "starttls"', 'smtp_security = "ssl"', "one of"),
])
def test_a_broken_file_is_refused_with_the_field_named(google_copy: Path, old: str, new: str, complaint: str) -> None:
    text = google_copy.read_text(encoding="utf-8")
    assert old in text
    google_copy.write_text(text.replace(old, new, 1), encoding="utf-8")
    field = re.escape(old.split(" = ")[0])
    with pytest.raises(CatalogueError, match=rf"^google\.toml: ([\w.\[\]]+\.)?{field}: .*{complaint}"):
        load_provider(google_copy)  # the file and the field, then what is wrong with it


def test_an_unconfirmed_fact_without_a_note_is_refused(google_copy: Path) -> None:
    text = google_copy.read_text(encoding="utf-8")
    start = text.index("[facts.antispam]")
    end = text.index("\n[", start + 1)
    block = "[facts.antispam]\nconfirmed = false\nsource = \"https://example.com/\"\nchecked = 2026-11-26\n"
    google_copy.write_text(text[:start] + block + text[end:], encoding="utf-8")
    with pytest.raises(CatalogueError, match="note"):
        load_provider(google_copy)


def test_dns_records_and_mail_settings_are_sourced_too() -> None:
    for pid in (*PROVIDER_IDS, PRACTICE_ID):
        dns, mail = provider_dns(pid), mail_settings(pid)
        assert dns.source.startswith("https://") and dns.spf_source.startswith("https://"), pid
        for record in dns.records:
            assert record.source.startswith("https://") and record.checked <= TODAY, f"{pid}.{record.key}"
        assert mail.source.startswith("https://") and mail.checked, pid


def test_a_provider_file_is_parsed_once_however_often_its_records_and_settings_are_asked_for(monkeypatch) -> None:
    """The DNS step asks for the records whenever it redraws, on the UI thread: no TOML parse each time."""
    import tomllib

    from mailwizard.core.dns.service import records_for
    from mailwizard.core.invitations.templates import load_mail_settings

    parsed: list[str] = []
    real_loads = tomllib.loads

    def counting_loads(text: str, **kwargs):
        parsed.append(text[:200])
        return real_loads(text, **kwargs)

    clear_cache()
    monkeypatch.setattr(tomllib, "loads", counting_loads)  # whichever module parses the file
    try:
        for _ in range(5):
            records_for("google", "example.com", {"verification": "abc"})
            records_for("tencent", "example.com", {})
            load_mail_settings("google")
        load_catalogue()
        assert [r.values for r in records_for("google", "example.com", {})][1] == ("1 smtp.google.com",)
    finally:
        clear_cache()
    # google.toml and tencent.toml once each; then the catalogue: the other real providers and the rates
    assert sum('id = "google"' in text for text in parsed) == 1
    assert sum('id = "tencent"' in text for text in parsed) == 1
    assert len(parsed) == len(PROVIDER_IDS) + 1


def test_a_name_that_is_not_a_provider_id_is_never_read_as_a_path() -> None:
    for read in (provider_dns, mail_settings):
        with pytest.raises(CatalogueError):
            read("../exchange_rates")
