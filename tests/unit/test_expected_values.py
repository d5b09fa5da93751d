"""Values pasted from a provider's console fill the records once, however much of the record was copied."""

from __future__ import annotations

import pytest

from mailwizard.core.dns.expected import fill
from mailwizard.core.dns.service import records_for


@pytest.mark.parametrize(("template", "pasted", "filled"), [
    ("google-site-verification={verification}", "abc123", "google-site-verification=abc123"),
    ("google-site-verification={verification}", "google-site-verification=abc123", "google-site-verification=abc123"),
    ("MS={verification}", "MS=ms12345678", "MS=ms12345678"),
    ("MS={verification}", "ms=ms12345678", "MS=ms12345678"),   # typed, not copied
    ("MS={verification}", "ms12345678", "MS=ms12345678"),      # the token itself starts like the prefix: kept
    ("include:{spf_include}", "include:spf.west.cn", "include:spf.west.cn"),
    ("{dkim}", "v=DKIM1; p=AAAA", "v=DKIM1; p=AAAA"),           # no prefix: nothing to take off
])
def test_a_value_copied_with_its_prefix_is_not_prefixed_again(template: str, pasted: str, filled: str) -> None:
    assert fill(template, "example.com", {template[template.index("{") + 1:template.index("}")]: pasted}) == (
        filled, ())


def test_the_domain_is_never_cut_to_fit_a_template() -> None:
    """Only pasted values are trimmed: mail.{domain} for the domain mail.example.com stays mail.mail.…"""
    assert fill("mail.{domain}", "mail.example.com", {"domain": "ignored"}) == ("mail.mail.example.com", ())


def test_unknown_fields_are_still_waited_for() -> None:
    assert fill("{mx_host}", "example.com", {}) == ("{mx_host}", ("mx_host",))


@pytest.mark.parametrize(("provider", "pasted", "record"), [
    ("google", "google-site-verification=abc123", "google-site-verification=abc123"),
    ("microsoft", "MS=ms12345678", "MS=ms12345678"),
])
def test_every_provider_with_a_prefixed_value_gets_it_once(provider: str, pasted: str, record: str) -> None:
    by_key = {r.key: r for r in records_for(provider, "example.com", {"verification": pasted})}
    assert by_key["verification"].values == (record,)


def test_a_pasted_spf_include_is_included_once() -> None:
    by_key = {r.key: r for r in records_for("west", "example.com", {"spf_include": "include:spf.west.cn"})}
    assert by_key["spf"].values == ("include:spf.west.cn",)
