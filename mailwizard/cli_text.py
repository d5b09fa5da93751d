"""What the command line says and in which language: each message as key, params and the text the window
would show, with the app's translations loaded without a window."""

from __future__ import annotations

import json
import sys
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from typing import Any

from mailwizard.core.domains import DomainCheck


def said(key: str, params: Mapping[str, str] | None = None) -> dict[str, Any]:
    """A message as the JSON gives it: key, params and the text the window would show."""
    from mailwizard.ui.messages import message

    return {"key": key, "params": dict(params or {}), "text": message(key, params)}


@contextmanager
def speaking(language: str) -> Iterator[None]:
    """The app's translations for ``language`` while a command runs. They are installed on the application
    object, so one is made if there is none: a QCoreApplication, which needs no window or display. English
    installs nothing (the texts are written in it) but still sets how numbers and money are written."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from mailwizard.ui.i18n import LanguageManager

    app = QCoreApplication.instance()
    if language != "en" and app is None:
        app = QCoreApplication([sys.argv[0] if sys.argv else "mailwizard-cli"])  # held while the command runs
    previous = QLocale()
    languages = LanguageManager()
    languages.apply(language)
    try:
        yield
    finally:  # translators are application-wide: a caller in the same process (the tests) gets its own back
        languages.apply("en")
        QLocale.setDefault(previous)


def domain_problem(verdict: DomainCheck) -> dict[str, Any]:
    """Why a domain was refused, as the domain step says it (with the domain it suggests instead)."""
    params = dict(verdict.params, **({"suggestion": verdict.suggestion} if verdict.suggestion else {}))
    return {"ok": False, **said(verdict.key, params), "suggestion": verdict.suggestion}


def refuse(problem: dict[str, Any], as_json: bool) -> int:
    """A command that cannot run on what it was given: the reason on stdout as JSON, or on stderr in words."""
    if as_json:
        print(json.dumps(problem, ensure_ascii=False))
    else:
        print(problem["text"], file=sys.stderr)
    return 2
