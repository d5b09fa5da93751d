"""Countries and regions a company can be in (ISO 3166-1 alpha-2), named in the three languages the window
speaks, from resources/countries.toml (generated from the Unicode CLDR by tools/make_countries.py)."""

from __future__ import annotations

import tomllib
from functools import cache

from mailwizard.core.resources import resources_dir

_LANGUAGE_COLUMN = {"en": 0, "zh_CN": 1, "zh_TW": 2}
# A first guess before the admin answers: the currency of the budget says more than the language does
# (a zh_CN reader may well work in Singapore); USD and EUR say nothing
_BY_CURRENCY = {"CNY": "CN", "TWD": "TW", "HKD": "HK"}
_BY_LANGUAGE = {"zh_CN": "CN", "zh_TW": "TW"}
# where most people reading this window are: listed first, above the whole list
COMMON = ("CN", "HK", "MO", "TW", "SG", "MY", "US", "CA", "GB", "AU")


@cache
def _names() -> dict[str, tuple[str, ...]]:
    data = tomllib.loads((resources_dir() / "countries.toml").read_text(encoding="utf-8"))
    return {code: tuple(names) for code, names in data["countries"].items()}


def is_country(code: str) -> bool:
    return code in _names()


def country_name(code: str, language: str) -> str:
    names = _names().get(code)
    return names[_LANGUAGE_COLUMN.get(language, 0)] if names else code


def country_choices(language: str) -> list[tuple[str, str]]:
    """(code, name) in the reader's alphabetical order: Chinese names by their pinyin (kept in the file)."""
    column = _LANGUAGE_COLUMN.get(language, 0)
    names = _names()
    order = (lambda code: names[code][0].casefold()) if column == 0 else (lambda code: names[code][column + 2])
    return [(code, names[code][column]) for code in sorted(names, key=order)]


def guess_country(region: str, currency: str, language: str) -> str:
    """From what step 1 asked: mainland China, the budget's currency, then the language; "" if none says."""
    if region == "cn_mainland":
        return "CN"
    return _BY_CURRENCY.get(currency) or _BY_LANGUAGE.get(language, "")
