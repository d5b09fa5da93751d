"""The README gets a newcomer started (issue 16, "First use"): the system libraries a Linux desktop needs, the
benchmarks run with the venv's Python, and screenshots of every step in the three languages, each file there."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_linux_system_libraries_are_listed() -> None:
    install = re.search(r"sudo apt-get install ([^`]+?)\n```", README, re.S)
    assert install, "no apt-get line for the Linux desktop"
    packages = install.group(1).replace("\\", " ").split()
    assert "libxcb-cursor0" in packages  # without it the window aborts at start (Qt 6.5+)
    assert {"libxkbcommon-x11-0", "libxcb-icccm4", "libxcb-keysyms1", "libxcb-render-util0"} <= set(packages)


def test_benchmarks_run_with_the_venvs_python() -> None:
    named = re.findall(r"`([^`]*benchmarks/\w+\.py)`", README)
    assert named
    assert all(command.startswith(".venv/bin/python ") for command in named), named


def test_every_step_has_screenshots_in_three_languages_and_they_exist() -> None:
    section = README.split("## Screenshots", 1)[1].split("\n## ", 1)[0]
    rows = [line for line in section.splitlines() if line.startswith("| ") and "docs/screenshots" in line]
    assert any(row.startswith("| Summary") for row in rows)
    for row in rows:
        images = re.findall(r"\(docs/screenshots/([^)]+)\)", row)
        assert [name.rsplit("-", 1)[1] for name in images] == ["en.png", "zh_CN.png", "zh_TW.png"], row
    for name in re.findall(r"\((docs/screenshots/[^)]+)\)", README):
        assert (ROOT / name).is_file(), name
