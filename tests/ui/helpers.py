"""What a user of each language should see: read from the shipped translation sources."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache

from mailwizard.core.resources import resources_dir

# ms a test waits for a condition: generous, for a 2-CPU machine busy with other work (qtbot.waitUntil returns
# as soon as the condition holds, so a quick machine waits no longer for it)
WAIT = 30_000


@lru_cache(maxsize=4)
def _catalogue(language: str) -> dict[tuple[str, str], str]:
    root = ET.parse(resources_dir() / "translations" / f"mailwizard_{language}.ts").getroot()
    return {(ctx.findtext("name"), m.findtext("source")): m.findtext("translation")
            for ctx in root.findall("context") for m in ctx.findall("message")}


def translation(language: str, context: str, source: str) -> str:
    if language == "en":
        return source
    return _catalogue(language)[(context, source)]
