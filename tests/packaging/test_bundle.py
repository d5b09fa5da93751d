"""The frozen app: built with build.spec, it carries its data and no unused Qt module, and starts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
EXCLUDED_QT = ("WebEngine", "Qml", "Quick", "Multimedia", "3DCore", "3DRender", "Charts", "Pdf", "Designer")


def ci_values() -> dict[str, str]:
    """The made-up app ids CI builds with (packaging/oauth_clients.py): the bundle then has built-in sign-in apps."""
    from tests.unit.test_oauth_clients import load_oauth_clients

    return dict(load_oauth_clients().CI_VALUES)


@pytest.fixture(scope="session")
def bundle(tmp_path_factory) -> Path:
    """The bundle .ci/run built (MAILWIZARD_BUNDLE), else one built here with the same spec; both with the CI's
    made-up app ids, outside dist/."""
    given = os.environ.get("MAILWIZARD_BUNDLE")
    if given:
        return Path(given)
    out = tmp_path_factory.mktemp("bundle")
    subprocess.run([sys.executable, "-m", "PyInstaller", str(ROOT / "build.spec"), "--noconfirm", "--log-level",
                    "ERROR", "--distpath", str(out / "dist"), "--workpath", str(out / "work")], cwd=ROOT, check=True,
                   timeout=600, env={**os.environ, **ci_values()})
    return out / "dist" / "MailWizard"


@pytest.fixture(scope="session")
def self_test(bundle: Path, tmp_path_factory) -> subprocess.CompletedProcess:
    """The frozen app's --self-test, run once for the tests that read it."""
    executable = bundle / ("MailWizard.exe" if sys.platform == "win32" else "MailWizard")
    home = tmp_path_factory.mktemp("home")
    return subprocess.run([str(executable), "--self-test"], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(home)})


def files(bundle: Path) -> list[str]:
    return [str(p.relative_to(bundle)).replace("\\", "/") for p in bundle.rglob("*") if p.is_file()]


@pytest.mark.timeout(900)
def test_the_bundle_carries_its_data(bundle: Path) -> None:
    names = files(bundle)
    for language in ("zh_CN", "zh_TW"):
        assert any(n.endswith(f"resources/translations/mailwizard_{language}.qm") for n in names)
        assert any(n.endswith(f"qtbase_{language}.qm") for n in names)  # Qt's own dialogs translated too
    for provider in ("google", "microsoft", "tencent", "alibaba", "west", "35com"):
        assert any(n.endswith(f"resources/providers/{provider}.toml") for n in names)
    assert any(n.endswith("resources/templates/invitation_zh_TW.html") for n in names)
    assert any(n.endswith("resources/dns_hosts/cloudflare.toml") for n in names)
    assert any(n.endswith("publicsuffixlist/public_suffix_list.dat") for n in names)
    assert any(n.endswith("resources/catalogue.marshal") for n in names)  # parsed ahead: start-up time
    assert not [n for n in names if n.endswith(".ts")]


@pytest.mark.timeout(900)
def test_the_bundle_leaves_unused_qt_modules_out(bundle: Path) -> None:
    names = files(bundle)
    assert not [n for n in names if any(f"Qt6{m}" in n or f"Qt{m}" in n for m in EXCLUDED_QT)]
    assert not [n for n in names if "wayland" in n.lower() or "eglfs" in n.lower()]


@pytest.mark.timeout(900)
def test_the_bundle_starts_no_multiprocessing_machinery(bundle: Path) -> None:
    """multiprocessing's run-time hook would import it (and pickle, socket, subprocess) before the first
    frame; nothing in the app starts a process pool."""
    from PyInstaller.archive.readers import CArchiveReader

    executable = bundle / ("MailWizard.exe" if sys.platform == "win32" else "MailWizard")
    archive = CArchiveReader(str(executable))
    assert "launcher" in archive.toc and "PYZ.pyz" in archive.toc
    assert "pyi_rth_multiprocessing" not in archive.toc
    modules = archive.open_embedded_archive("PYZ.pyz").toc
    assert "concurrent.futures.thread" in modules and "asyncio" in modules
    assert not [m for m in modules if m.split(".")[0] == "multiprocessing"]


@pytest.mark.timeout(900)
def test_the_bundled_app_passes_its_self_test(self_test: subprocess.CompletedProcess) -> None:
    assert self_test.returncode == 0, self_test.stderr[-2000:]
    assert self_test.stdout.strip().endswith("OK")


def test_the_bundle_holds_every_dns_hosts_module(self_test: subprocess.CompletedProcess) -> None:
    """They load by name from the data files (PyInstaller sees no import): the frozen app connects to each."""
    from mailwizard.core.dnshosts.registry import DEFAULT

    lines = self_test.stdout.splitlines()
    for host_id in DEFAULT.hosts():
        assert f"dns host {host_id}: {DEFAULT.api_for(host_id).module}" in lines, self_test.stdout


def test_the_bundle_makes_the_review_report(self_test: subprocess.CompletedProcess) -> None:
    """Its texts, Qt's PDF writer and the SVG logo's plugin are in the bundle: a PDF in each language."""
    lines = self_test.stdout.splitlines()
    for code in ("en", "zh_CN", "zh_TW"):
        assert f"review report {code}: 1 page(s)" in lines, self_test.stdout


@pytest.mark.timeout(900)
def test_built_with_the_publishers_app_ids_the_frozen_app_asks_for_no_registration(
        bundle: Path, self_test: subprocess.CompletedProcess) -> None:
    """build.spec wrote the variables into the bundle's oauth_clients.toml, and the frozen app's Connect box offers
    only "Sign in with …" for both browser sign-ins (its self-test reports what the box shows)."""
    import tomllib

    bundled = [p for p in bundle.rglob("oauth_clients.toml") if p.parent.name == "resources"]
    assert len(bundled) == 1
    data = tomllib.loads(bundled[0].read_text(encoding="utf-8"))
    values = ci_values()
    assert data["google"] == {"client_id": values["MAILWIZARD_GOOGLE_CLIENT_ID"],
                              "client_secret": values["MAILWIZARD_GOOGLE_CLIENT_SECRET"]}
    assert data["microsoft"] == {"client_id": values["MAILWIZARD_MICROSOFT_CLIENT_ID"]}
    lines = self_test.stdout.splitlines()
    assert "sign-in google: built-in app" in lines and "sign-in microsoft: built-in app" in lines, self_test.stdout


@pytest.mark.timeout(900)
def test_the_frozen_app_leaves_no_secret_of_a_practice_run(bundle: Path, tmp_path: Path) -> None:
    """Issue 8: the whole practice walk in the frozen app, then every password and token it used searched
    for in its state folder and logs."""
    from tests.practice_scan import leaks, run_walk

    executable = bundle / ("MailWizard.exe" if sys.platform == "win32" else "MailWizard")
    result = run_walk([str(executable)], tmp_path)
    assert len(result["secrets"]) >= 5
    assert leaks(tmp_path, result["secrets"]) == []
