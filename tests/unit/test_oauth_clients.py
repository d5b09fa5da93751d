"""MailWizard's own sign-in apps: build.spec's oauth_clients.toml from the publisher's variables, read back as the
app reads it, and the session's rule for the Connect step's form."""

from __future__ import annotations

import asyncio
import importlib.util
import tomllib
from pathlib import Path

import pytest

from mailwizard.core.flow import Company
from mailwizard.core.providers.connection import AppRegistration, default_registration
from mailwizard.core.store import Store
from tests.unit.test_session import open_session

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "resources" / "oauth_clients.toml"


def load_oauth_clients():
    """packaging/oauth_clients.py by path, as build.spec loads it (`packaging` is also a PyPI project)."""
    spec = importlib.util.spec_from_file_location("mailwizard_packaging_oauth_clients",
                                                  ROOT / "packaging" / "oauth_clients.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


oauth_clients = load_oauth_clients()
REAL_LOOKING = {"MAILWIZARD_GOOGLE_CLIENT_ID": "123456789012-abcdef0123.apps.googleusercontent.com",
                "MAILWIZARD_GOOGLE_CLIENT_SECRET": "GOCSPX-abc\"def\\",
                "MAILWIZARD_MICROSOFT_CLIENT_ID": "11111111-2222-3333-4444-555555555555"}


def test_without_the_variables_the_bundle_ships_the_empty_file(tmp_path: Path) -> None:
    assert oauth_clients.bundled_file(SOURCE, tmp_path, {}) == SOURCE
    assert default_registration("google", SOURCE.parent) is None
    assert default_registration("microsoft", SOURCE.parent) is None
    assert not list(tmp_path.iterdir())


def test_the_variables_become_the_registrations_the_app_reads(tmp_path: Path) -> None:
    written = oauth_clients.bundled_file(SOURCE, tmp_path, REAL_LOOKING)
    assert written == tmp_path / "oauth_clients.toml"
    text = written.read_text(encoding="utf-8")
    # the publisher's instructions travel with the values
    assert [line for line in SOURCE.read_text(encoding="utf-8").splitlines() if line.startswith("#")] == \
        [line for line in text.splitlines() if line.startswith("#")][:-1]
    assert tomllib.loads(text)["schema"] == 1
    default_registration.cache_clear()
    try:
        assert default_registration("google", tmp_path) == AppRegistration(
            REAL_LOOKING["MAILWIZARD_GOOGLE_CLIENT_ID"], REAL_LOOKING["MAILWIZARD_GOOGLE_CLIENT_SECRET"])
        assert default_registration("microsoft", tmp_path) == AppRegistration(
            REAL_LOOKING["MAILWIZARD_MICROSOFT_CLIENT_ID"])
    finally:
        default_registration.cache_clear()


def test_one_provider_alone_leaves_the_other_asking_for_a_registration(tmp_path: Path) -> None:
    only = {"MAILWIZARD_MICROSOFT_CLIENT_ID": REAL_LOOKING["MAILWIZARD_MICROSOFT_CLIENT_ID"]}
    data = tomllib.loads(oauth_clients.bundled_file(SOURCE, tmp_path, only).read_text(encoding="utf-8"))
    assert data["google"] == {"client_id": "", "client_secret": ""}
    assert data["microsoft"]["client_id"] == only["MAILWIZARD_MICROSOFT_CLIENT_ID"]


@pytest.mark.parametrize(("env", "said"), [
    ({"MAILWIZARD_GOOGLE_CLIENT_ID": REAL_LOOKING["MAILWIZARD_GOOGLE_CLIENT_ID"]}, "both"),  # no secret
    ({"MAILWIZARD_GOOGLE_CLIENT_SECRET": "s"}, "both"),                                      # no ID
    ({"MAILWIZARD_GOOGLE_CLIENT_ID": "my-project", "MAILWIZARD_GOOGLE_CLIENT_SECRET": "s"}, "not a Google OAuth"),
    ({"MAILWIZARD_GOOGLE_CLIENT_ID": REAL_LOOKING["MAILWIZARD_GOOGLE_CLIENT_ID"],
      "MAILWIZARD_GOOGLE_CLIENT_SECRET": "two words"}, "spaces"),
    ({"MAILWIZARD_MICROSOFT_CLIENT_ID": "contoso.onmicrosoft.com"}, "GUID"),                 # a tenant, not an app
])
def test_a_mistyped_or_partial_registration_stops_the_build(env: dict, said: str, tmp_path: Path) -> None:
    with pytest.raises(oauth_clients.RegistrationError, match=said):
        oauth_clients.bundled_file(SOURCE, tmp_path, env)


def test_the_ci_values_are_well_formed_and_known_as_the_cis() -> None:
    assert set(oauth_clients.registrations(oauth_clients.CI_VALUES)) == {"google", "microsoft"}
    assert oauth_clients.is_ci_build(oauth_clients.CI_VALUES)
    assert not oauth_clients.is_ci_build(REAL_LOOKING)


def test_build_spec_keeps_the_cis_values_out_of_dist() -> None:
    spec = (ROOT / "build.spec").read_text(encoding="utf-8")
    assert 'oauth_clients["is_ci_build"](os.environ)' in spec and '(ROOT / "dist")' in spec
    assert 'oauth_clients["bundled_file"](OAUTH_CLIENTS' in spec and "p != OAUTH_CLIENTS" in spec


def test_a_built_in_app_means_the_simple_sign_in_and_its_id_is_never_offered_as_the_organisations(
        tmp_path: Path, monkeypatch) -> None:
    builtin = {"google": AppRegistration("1-x.apps.googleusercontent.com", "s"), "microsoft": AppRegistration("m")}
    monkeypatch.setattr("mailwizard.core.providers.connection.default_registration", builtin.get)
    session, _runner, _seen = open_session(Store(tmp_path))
    session.update(domain="example.com", company=Company("例子贸易", "李娜", "li.na@163.com", "example.com"))
    provider = session.provider

    async def walk() -> None:  # choosing a plan starts tasks on the running loop
        for provider_id, plan_id in (("google", "business-starter"), ("microsoft", "business-basic")):
            provider.choose_plan(provider_id, plan_id)
            assert provider.signs_in_simply()
            assert provider.client_id() == ""  # not the other provider's client either
            session.update(oauth_client_id=builtin[provider_id].client_id)  # signed in with it before
            assert provider.client_id() == ""
            session.update(oauth_client_id="the-organisations-own")
            assert provider.client_id() == "the-organisations-own" and provider.signs_in_simply()
        provider.choose_plan("tencent", session.catalogue.provider("tencent").plans[0].id)
        assert not provider.signs_in_simply()  # an ID and secret from the console: no browser sign-in
        monkeypatch.setattr("mailwizard.core.providers.connection.default_registration", lambda _id: None)
        provider.choose_plan("google", "business-starter")
        assert not provider.signs_in_simply()  # a copy built without one: the registration form, as before
        with pytest.raises(RuntimeError):
            provider.sign_in(lambda _url: None, "", "")
        await asyncio.sleep(0.05)

    asyncio.run(walk())
