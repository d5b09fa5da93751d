"""The provider profile: one per provider, light to look up, and the one place generic code learns a provider's ways."""

from __future__ import annotations

import ast
import asyncio
import json
import subprocess
import sys
from pathlib import Path

import pytest

from mailwizard.core.catalogue import PRACTICE_ID, PROVIDER_IDS
from mailwizard.core.members.password_policy import DEFAULT_POLICY
from mailwizard.core.provider_profile import (
    ALIMAIL_CONSOLE,
    APP_ID,
    CONNECT_APP_SECRET,
    CONNECT_BROWSER,
    CORP_ID,
    DESKTOP_APP,
    EXMAIL_CONSOLE,
    NO_PROVIDER,
    PUBLIC_CLIENT,
    SANDBOX_CONSOLE,
)
from mailwizard.core.providers.profiles import profile_for, profiles
from mailwizard.core.resources import resources_dir

PACKAGE = Path(__file__).resolve().parents[2] / "mailwizard"


def test_every_provider_in_the_catalogue_has_a_profile() -> None:
    for provider_id in (*PROVIDER_IDS, PRACTICE_ID):
        assert profile_for(provider_id).id == provider_id
    data_files = {path.stem for path in (resources_dir() / "providers").glob("*.toml")}
    assert [p.id for p in profiles()] == [*PROVIDER_IDS, PRACTICE_ID]
    assert set(PROVIDER_IDS) | {PRACTICE_ID} == data_files
    assert [p.id for p in profiles() if p.sandbox] == [PRACTICE_ID]


def test_no_provider_or_an_unknown_one_gets_the_neutral_profile() -> None:
    for provider_id in (None, "", "somewhere-else"):
        profile = profile_for(provider_id)
        assert profile is NO_PROVIDER
        assert not profile.connectable and not profile.role_api and not profile.service_account
        assert profile.password_policy is DEFAULT_POLICY
        assert profile.mail.signin_url == ""


def test_the_profiles_say_what_the_old_tables_said() -> None:
    """Behaviour stays as it was when these lived in base.py, table.py and ui/invitations.py."""
    assert [p.id for p in profiles() if p.connectable] == ["google", "microsoft", "tencent", "alibaba", "practice"]
    assert [p.id for p in profiles() if p.connect == CONNECT_APP_SECRET] == ["tencent", "alibaba", "practice"]
    assert [p.id for p in profiles() if p.role_api] == ["google", "microsoft"]
    assert {p.id: p.phone_app for p in profiles() if p.phone_app} == {"google": "Gmail", "microsoft": "Outlook"}
    assert [p.id for p in profiles() if p.service_account] == ["google"]
    assert [p.id for p in profiles() if p.domain_api] == ["google", "microsoft"]
    assert [p.id for p in profiles() if p.connectable and not p.reads_domain_status] == ["tencent"]
    assert {p.id: p.oauth_client for p in profiles() if p.oauth_client} == {"google": DESKTOP_APP,
                                                                             "microsoft": PUBLIC_CLIENT}
    assert {p.id: p.app_id_label for p in profiles() if p.app_id_label} == {
        "tencent": CORP_ID, "alibaba": APP_ID, "practice": APP_ID}
    assert {p.id: p.console_steps for p in profiles() if p.console_steps} == {
        "tencent": EXMAIL_CONSOLE, "alibaba": ALIMAIL_CONSOLE, "practice": SANDBOX_CONSOLE}


@pytest.mark.parametrize("profile", profiles(), ids=lambda p: p.id)
def test_each_way_of_connecting_has_what_it_needs(profile) -> None:
    if profile.connect == CONNECT_BROWSER:
        assert profile.oauth_endpoints and profile.open_with_token and profile.oauth_client
        assert profile.open_with_app_secret is None
    elif profile.connect == CONNECT_APP_SECRET:
        assert profile.open_with_app_secret and profile.app_id_label and profile.console_steps
        assert profile.oauth_endpoints is None and profile.open_with_token is None and not profile.service_account
    else:
        assert profile.connect == "" and not profile.connectable
        assert not (profile.open_with_token or profile.open_with_app_secret or profile.service_account)
        assert not (profile.domain_api or profile.reads_domain_status or profile.role_api)
    if profile.connectable and not profile.domain_api:
        assert profile.console_steps  # the UI walks the admin through adding the domain in the console


@pytest.mark.parametrize("profile", [p for p in profiles() if p.connectable], ids=lambda p: p.id)
def test_opening_the_api_gives_that_provider(profile) -> None:
    from mailwizard.core.providers.auth import TokenSession
    from mailwizard.core.providers.connection import AppSecret, Endpoints
    from mailwizard.core.providers.service_account import ServiceAccountKey

    endpoints = Endpoints.loopback("http://127.0.0.1:9")

    async def opened() -> list[str]:
        providers = []
        if profile.open_with_token:
            session = TokenSession(profile.oauth_endpoints(endpoints), "client", {"access_token": "t"})
            providers.append(profile.open_with_token(session, endpoints))
        if profile.open_with_app_secret:
            providers.append(profile.open_with_app_secret(AppSecret("id", "secret"), endpoints))
        if profile.open_with_service_account:
            key = ServiceAccountKey("sa@example.iam.gserviceaccount.com", "KEY", "http://127.0.0.1:9/token",
                                    "admin@example.com")
            providers.append(profile.open_with_service_account(key, endpoints))
        for provider in providers:
            await provider.close()
        return [p.id for p in providers]

    assert set(asyncio.run(opened())) == {profile.id}


def test_password_policies_name_their_source() -> None:
    for profile in profiles():
        policy = profile.password_policy
        assert policy is DEFAULT_POLICY or policy.source.startswith("https://"), profile.id
        assert policy.min_length <= policy.max_length


def test_every_console_import_layout_is_a_profile_s_and_exists() -> None:
    folder = resources_dir() / "console_import"
    layouts = {p.console_import_layout for p in profiles() if p.console_import_layout}
    assert layouts == {path.stem for path in folder.glob("*.toml")}


def test_mail_settings_and_dns_through_the_profile() -> None:
    assert profile_for("google").mail.imap_host == "imap.gmail.com"
    assert profile_for("microsoft").mail.signin_url == "https://outlook.office.com/mail/"
    assert profile_for("west").mail.smtp_host == ""
    assert [mx.host for mx in profile_for("tencent").dns.mx] == ["mxbiz1.qq.com", "mxbiz2.qq.com"]


def test_a_profile_lookup_loads_nothing_heavy() -> None:
    """The first window may ask a profile (can it connect?): no httpx, no provider API module. The catalogue
    it loads reads only the providers' ids and listings: the profiles and the [dns] and [mail] types wait."""
    script = ("import json, sys\n"
              "from mailwizard.core.catalogue import load_catalogue\n"
              "load_catalogue()\n"
              "print(json.dumps(sorted(sys.modules)))\n"
              "from mailwizard.core.providers.profiles import profile_for\n"
              "p = profile_for('google')\n"
              "assert p.connectable and p.password_policy and p.mail.signin_url and p.dns.mx\n"
              "print(json.dumps(sorted(sys.modules)))\n")
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60,
                         cwd=PACKAGE.parent).stdout
    catalogue, profile = (set(json.loads(line)) for line in out.strip().splitlines()[-2:])
    assert catalogue & {"mailwizard.core.catalogue_sections", "mailwizard.core.provider_profile",
                        "mailwizard.core.providers.profiles.google"} == set()
    heavy = {"httpx", "authlib", "asyncio", "ssl", "mailwizard.core.providers.base",
             "mailwizard.core.providers.google", "mailwizard.core.providers.connection"}
    assert profile & heavy == set()


# --- generic modules never test a provider id ---------------------------------------------------------------

# a provider's own modules: its API client (core/providers/<id>.py) and its profile (core/providers/profiles/);
# and the list of the ids this build knows (core/provider_ids.py)
OWN = {f"core/providers/{stem}.py" for stem in ("google", "microsoft", "tencent", "alibaba", "practice")} | {
    "core/provider_ids.py"}


def generic_modules() -> list[Path]:
    core = [p for p in (PACKAGE / "core").rglob("*.py")
            if p.relative_to(PACKAGE).as_posix() not in OWN and "profiles" not in p.relative_to(PACKAGE).parts]
    return sorted(core) + sorted((PACKAGE / "ui").rglob("*.py"))


def provider_ids() -> set[str]:
    # from the data files, not from the profiles: the test must not trust what it checks
    return {path.stem for path in (resources_dir() / "providers").glob("*.toml")}


def test_generic_modules_name_no_provider() -> None:
    ids = provider_ids()
    assert {"google", "35com", "practice"} <= ids
    offenders = []
    for path in generic_modules():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value in ids:
                offenders.append(f"{path.relative_to(PACKAGE).as_posix()}:{node.lineno}: {node.value!r}")
    assert offenders == [], "ask the provider's profile (core/provider_profile.py) instead:\n" + "\n".join(offenders)


def test_the_generic_modules_checked_include_those_that_once_named_providers() -> None:
    checked = {p.relative_to(PACKAGE).as_posix() for p in generic_modules()}
    assert {"core/providers/connection.py", "core/providers/base.py", "core/provider_profile.py",
            "core/members/passwords.py", "core/members/table.py", "core/catalogue.py", "core/dns/expected.py",
            "core/invitations/templates.py", "ui/widgets/connect_box.py", "ui/widgets/app_secret_dialog.py",
            } <= checked


@pytest.mark.parametrize("module, cls", [("google", "GoogleProvider"), ("microsoft", "MicrosoftProvider"),
                                         ("tencent", "TencentProvider"), ("alibaba", "AlibabaProvider"),
                                         ("practice", "PracticeProvider")])
def test_each_provider_api_says_what_its_profile_says(module: str, cls: str) -> None:
    import importlib

    api = getattr(importlib.import_module(f"mailwizard.core.providers.{module}"), cls)
    assert (api.id, api.domain_api) == (profile_for(module).id, profile_for(module).domain_api)
