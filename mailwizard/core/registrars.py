"""Registrars to suggest when the company's domain is not registered yet (resources/registrars.toml)."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

from mailwizard.core.catalogue_reader import LANGS, Text
from mailwizard.core.resources import resources_dir

_REGION_FOR_LANGUAGE = {"zh_CN": "cn", "zh_TW": "tw", "en": "global"}


@dataclass(frozen=True)
class Registrar:
    id: str
    name: Text
    url: str
    regions: tuple[str, ...]


def load_registrars(path: Path | None = None) -> tuple[Registrar, ...]:
    data = tomllib.loads((path or resources_dir() / "registrars.toml").read_text(encoding="utf-8"))
    return tuple(
        Registrar(r["id"], Text(*(r["name"][lang] for lang in LANGS)), r["url"], tuple(r["regions"]))
        for r in data["registrars"]
    )


# Country-code endings that only local, accredited registrars sell (CNNIC, TWNIC).
_REGION_FOR_TLD = {"cn": "cn", "xn--fiqs8s": "cn", "xn--fiqz9s": "cn", "tw": "tw", "xn--kpry57d": "tw",
                   "xn--kprw13d": "tw"}


def registrars_for(language: str, registrars: tuple[Registrar, ...], domain: str | None = None) -> list[Registrar]:
    """Registrars that sell the domain's ending first (a .cn or .中国 domain needs a Chinese one),
    else those for the user's language, then the international ones."""
    tld = (domain or "").rstrip(".").rsplit(".", 1)[-1].lower()
    region = _REGION_FOR_TLD.get(tld) or _REGION_FOR_LANGUAGE.get(language, "global")
    local = [r for r in registrars if region in r.regions]
    rest = [r for r in registrars if r not in local and "global" in r.regions]
    return local + rest
