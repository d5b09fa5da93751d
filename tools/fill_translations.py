"""Set translations from a JSON file {source: {"zh_CN": …, "zh_TW": …}}, replacing unfinished entries
whether empty or guessed by lupdate's same-text heuristic.

    python tools/fill_translations.py new.json && python tools/update_translations.py --release
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_MESSAGE = re.compile(r"(<source>)([^<]*)(</source>\s*<translation) type=\"unfinished\">[^<]*(</translation>)")


def set_all(language: str, texts: dict[str, dict[str, str]]) -> int:
    path = ROOT / "resources" / "translations" / f"mailwizard_{language}.ts"
    count = 0

    def replace(match: re.Match[str]) -> str:
        nonlocal count
        source = html.unescape(match.group(2))
        if source not in texts:
            return match.group(0)
        count += 1
        translated = html.escape(texts[source][language], quote=False).replace("'", "&apos;").replace('"', "&quot;")
        return f"{match.group(1)}{match.group(2)}{match.group(3)}>{translated}{match.group(4)}"

    path.write_text(_MESSAGE.sub(replace, path.read_text(encoding="utf-8")), encoding="utf-8")
    return count


if __name__ == "__main__":
    texts = json.loads(Path(sys.argv[1]).read_text(encoding="utf-8"))
    for language in ("zh_CN", "zh_TW"):
        print(language, set_all(language, texts))
