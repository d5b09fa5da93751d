"""Texts for the message keys that core returns. Each says what is wrong, why, what to do."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

from mailwizard.ui.messages import dns_records, dnshost, domain, general, mailapi, members, plans, provider, smtp


def _texts() -> dict[str, str]:
    # One module per family of keys; each key is in exactly one of them.
    return {**domain.texts(), **general.texts(), **dns_records.texts(), **provider.texts(), **members.texts(),
            **smtp.texts(), **plans.texts(), **mailapi.texts(), **dnshost.texts()}


def duration(seconds: int) -> str:
    """Seconds as an office manager reads them: "about 5 minutes", "about 2 hours"."""
    if seconds < 90:
        return QCoreApplication.translate("Messages", "about a minute")
    if seconds < 90 * 60:
        return QCoreApplication.translate("Messages", "about {n} minutes").format(n=round(seconds / 60))
    return QCoreApplication.translate("Messages", "about {n} hours").format(n=round(seconds / 3600))


def message(key: str, params: Mapping[str, str] | None = None) -> str:
    if params and params.get("seconds", "").isdigit():
        params = {**params, "duration": duration(int(params["seconds"]))}
    if key == "email.bad_domain" and params and params.get("reason"):
        # "The part after @ is not a valid domain." + what exactly is wrong with it
        return f"{_format(key, params)} {_format(params['reason'], params)}"
    return _format(key, params)


def _format(key: str, params: Mapping[str, str] | None) -> str:
    text = _texts().get(key)
    if text is None:
        return key
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return text  # a translation with a broken {field} still says something useful


def has_text(key: str) -> bool:
    return key in _texts()
