"""Texts for the message keys that core returns. Each says what is wrong, why, what to do."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QCoreApplication

# One module per family of keys, each key in exactly one of them, found by the key's first word: a module
# loads with the first of its messages (the first window shows one message, a plan recommendation; loading all
# eight families for it cost ~3 ms before the first frame). tests/unit/test_translations.py checks the table.
FAMILIES = {
    "dns": "dns_records", "row": "dns_records", "plan": "dns_records",
    "domain": "domain", "email": "domain", "presence": "domain",
    "required": "general", "save": "general", "store": "general", "task": "general",
    "mailapi": "mailapi",
    "console_import": "members", "member": "members", "import": "members",
    "recommend": "plans",
    "provider": "provider", "secrets": "provider",
    "smtp": "smtp",
    "dnshost": "dnshost",
    "watch": "watch",
    "activation": "activation",
    "review": "review",
    "reviewdoc": "review_doc",
    "signature": "signature",
    "migprep": "migprep",
    "migration": "migration",
    "shared": "shared",
}


def _family(name: str) -> dict[str, str]:
    # each named in full, not by import_module: PyInstaller bundles the modules it sees imported
    if name == "plans":
        from mailwizard.ui.messages import plans as family
    elif name == "dns_records":
        from mailwizard.ui.messages import dns_records as family
    elif name == "domain":
        from mailwizard.ui.messages import domain as family
    elif name == "general":
        from mailwizard.ui.messages import general as family
    elif name == "mailapi":
        from mailwizard.ui.messages import mailapi as family
    elif name == "members":
        from mailwizard.ui.messages import members as family
    elif name == "provider":
        from mailwizard.ui.messages import provider as family
    elif name == "dnshost":
        from mailwizard.ui.messages import dnshost as family
    elif name == "activation":
        from mailwizard.ui.messages import activation as family
    elif name == "watch":
        from mailwizard.ui.messages import watch as family
    elif name == "review":
        from mailwizard.ui.messages import review as family
    elif name == "review_doc":
        from mailwizard.ui.messages import review_doc as family
    elif name == "signature":
        from mailwizard.ui.messages import signature as family
    elif name == "migprep":
        from mailwizard.ui.messages import migprep as family
    elif name == "migration":
        from mailwizard.ui.messages import migration as family
    elif name == "shared":
        from mailwizard.ui.messages import shared as family
    else:
        from mailwizard.ui.messages import smtp as family
    return family.texts()


def _texts() -> dict[str, str]:
    """Every key's text."""
    texts: dict[str, str] = {}
    for name in dict.fromkeys(FAMILIES.values()):
        texts.update(_family(name))
    return texts


def _text(key: str) -> str | None:
    family = FAMILIES.get(key.partition(".")[0])
    return _family(family).get(key) if family is not None else None


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
    if key == "shared.clash_existing" and params and params.get("what"):  # "user" → "a person's mailbox"
        params = {**params, "what": _format(f"shared.what.{params['what']}", params)}
    if key == "email.bad_domain" and params and params.get("reason"):
        # "The part after @ is not a valid domain." + what exactly is wrong with it
        return f"{_format(key, params)} {_format(params['reason'], params)}"
    return _format(key, params)


def _format(key: str, params: Mapping[str, str] | None) -> str:
    text = _text(key)
    if text is None:
        return key
    try:
        return text.format(**(params or {}))
    except (KeyError, IndexError, ValueError):
        return text  # a translation with a broken {field} still says something useful


def has_text(key: str) -> bool:
    return _text(key) is not None
