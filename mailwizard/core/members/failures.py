"""Why an account could not be made, as the report and the journal keep it: a message key and its parameters
in one line of text each."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mailwizard.core.providers.base import ProviderError


def failure_text(exc: ProviderError, password: str = "") -> str:
    """Why an account could not be made, as kept in the report and the journal: the message key, and its
    parameters (the provider's own words, e.g. which field it refused) on a second line when there are any.
    A provider that quoted the temporary password, a token or a secret back would not get it onto disk."""
    from mailwizard.core.logs import redact

    if not exc.params:
        return exc.key
    params = {k: redact(v.replace(password, "…") if password else v) for k, v in exc.params.items()}
    return f"{exc.key}\n{json.dumps(params, ensure_ascii=False)}"


def read_failure(text: str) -> tuple[str, dict[str, str]]:
    """(message key, parameters) from failure_text(); a journal from before it holds the key alone."""
    key, _, params = text.partition("\n")
    try:
        loaded = json.loads(params) if params else {}
    except ValueError:
        loaded = {}
    return key, {k: str(v) for k, v in loaded.items()} if isinstance(loaded, dict) else {}
