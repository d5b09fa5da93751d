"""The bundled resources/oauth_clients.toml, written by build.spec from the publisher's app ids in environment
variables (README, "Publishing"). Without them the bundle gets the source tree's file: empty registrations, so
the Connect step asks for the organisation's own. Loaded by path (this folder is not a package: an
`import packaging` would find the PyPI project PyInstaller itself uses).

    MAILWIZARD_GOOGLE_CLIENT_ID       a Google Cloud OAuth client of type "Desktop app": ….apps.googleusercontent.com
    MAILWIZARD_GOOGLE_CLIENT_SECRET   its client secret (not confidential for an installed app, RFC 8252 §8.5)
    MAILWIZARD_MICROSOFT_CLIENT_ID    a multi-tenant Microsoft Entra app registration's Application (client) ID
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from pathlib import Path

GOOGLE_ID, GOOGLE_SECRET, MICROSOFT_ID = ("MAILWIZARD_GOOGLE_CLIENT_ID", "MAILWIZARD_GOOGLE_CLIENT_SECRET",
                                          "MAILWIZARD_MICROSOFT_CLIENT_ID")
VARIABLES = (GOOGLE_ID, GOOGLE_SECRET, MICROSOFT_ID)

# The values .ci/run builds its test bundle with: shaped like real ones, registered nowhere. build.spec refuses to
# write them into dist/ (where the Windows and macOS installers are made from).
CI_VALUES = {
    GOOGLE_ID: "000000000000-mailwizard-ci-only.apps.googleusercontent.com",
    GOOGLE_SECRET: "GOCSPX-mailwizard-ci-only",
    MICROSOFT_ID: "00000000-0000-0000-0000-00000000c1c1",
}

# A Google OAuth client ID as the Cloud Console gives it (<project number>-<hash>.apps.googleusercontent.com; the
# form is unconfirmed as a documented rule); an Entra Application (client) ID is a GUID ("The client ID (a string
# representing a GUID)",
# learn.microsoft.com/entra/msal/dotnet/getting-started/instantiate-public-client-config-options).
_GOOGLE_ID = re.compile(r"^[0-9]+-[0-9a-z-]+\.apps\.googleusercontent\.com$")
_GUID = re.compile(r"^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", re.I)
_PRINTABLE = re.compile(r"^[\x21-\x7e]+$")


class RegistrationError(ValueError):
    """The variables are set in part or do not look like the ids the publisher's consoles give."""


def registrations(env: Mapping[str, str]) -> dict[str, dict[str, str]]:
    """The registrations the variables name: {"google": {"client_id", "client_secret"}, "microsoft": {"client_id"}};
    a provider left out when its variables are unset."""
    value = {name: env.get(name, "").strip() for name in VARIABLES}
    found: dict[str, dict[str, str]] = {}
    if value[GOOGLE_ID] or value[GOOGLE_SECRET]:
        if not (value[GOOGLE_ID] and value[GOOGLE_SECRET]):
            raise RegistrationError(f"set both {GOOGLE_ID} and {GOOGLE_SECRET} (a Desktop app client needs its "
                                    "secret at the token endpoint), or neither")
        if not _GOOGLE_ID.match(value[GOOGLE_ID]):
            raise RegistrationError(f"{GOOGLE_ID} is not a Google OAuth client ID (….apps.googleusercontent.com)")
        if not _PRINTABLE.match(value[GOOGLE_SECRET]):
            raise RegistrationError(f"{GOOGLE_SECRET} has spaces or characters a client secret never has")
        found["google"] = {"client_id": value[GOOGLE_ID], "client_secret": value[GOOGLE_SECRET]}
    if value[MICROSOFT_ID]:
        if not _GUID.match(value[MICROSOFT_ID]):
            raise RegistrationError(f"{MICROSOFT_ID} is not an Entra Application (client) ID (a GUID)")
        found["microsoft"] = {"client_id": value[MICROSOFT_ID]}
    return found


def is_ci_build(env: Mapping[str, str]) -> bool:
    return any(env.get(name, "").strip() == CI_VALUES[name] for name in VARIABLES)


def render(header: str, found: Mapping[str, Mapping[str, str]]) -> str:
    """The file: the source tree's comment (what the publisher registers), then the values."""
    lines = [line for line in header.splitlines() if line.startswith("#")]
    lines += ["# Written by build.spec from " + ", ".join(VARIABLES) + ".", "schema = 1"]
    for provider, keys in (("google", ("client_id", "client_secret")), ("microsoft", ("client_id",))):
        lines += ["", f"[{provider}]"]
        # a JSON string of printable ASCII is a TOML basic string
        lines += [f"{key} = {json.dumps(found.get(provider, {}).get(key, ''))}" for key in keys]
    return "\n".join(lines) + "\n"


def bundled_file(source: Path, out_dir: Path, env: Mapping[str, str]) -> Path:
    """The oauth_clients.toml to ship: ``source`` itself when no variable is set, else one written in ``out_dir``."""
    found = registrations(env)
    if not found:
        return source
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / "oauth_clients.toml"
    target.write_text(render(source.read_text(encoding="utf-8"), found), encoding="utf-8")
    return target


if __name__ == "__main__":  # `python packaging/oauth_clients.py --ci-values`: the CI's VAR=value words (.ci/run)
    import sys

    if sys.argv[1:] != ["--ci-values"]:
        raise SystemExit("usage: oauth_clients.py --ci-values")
    print(" ".join(f"{name}={value}" for name, value in CI_VALUES.items()))
