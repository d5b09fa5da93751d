"""`mailwizard --help` names every command the README shows, and every one the command line has."""

from __future__ import annotations

import argparse

import pytest

from mailwizard.app import main


def cli_commands() -> list[str]:
    """Each command of mailwizard-cli, a group's own commands after its name ("dns check")."""
    from mailwizard.cli import parser

    def names(p: argparse.ArgumentParser, prefix: str) -> list[str]:
        groups = [a for a in p._actions if isinstance(a, argparse._SubParsersAction)]
        if not groups:
            return [prefix]
        return [n for g in groups for name, sub in g.choices.items() for n in names(sub, f"{prefix} {name}".strip())]

    return names(parser(), "")


def test_help_lists_every_command(capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["--help"])
    assert exited.value.code == 0
    shown = capsys.readouterr().out
    assert "mailwizard dns check" in shown and "mailwizard members check" in shown
    for command in ("plans", "domain", "presence"):
        assert f"mailwizard-cli {command}" in shown
    commands = cli_commands()
    assert {"dns check", "members check", "plans", "domain", "presence"} <= set(commands)
    for command in commands:
        named = (f"mailwizard {command} ", f"mailwizard-cli {command} ")  # as the README writes the command
        assert any(n in shown for n in named), f"mailwizard --help does not name {command!r}"


def test_the_window_options_are_still_there(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["--help"])
    shown = capsys.readouterr().out
    for option in ("--lang", "--state-dir", "--resolver", "--practice", "--self-test"):
        assert option in shown


@pytest.mark.parametrize("argv", [["--lang", "zh_CN", "members", "check", "--help"],
                                  ["--lang=zh_CN", "members", "check", "--help"]])
def test_the_language_may_come_before_a_command(argv: list[str], capsys) -> None:
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 0
    assert "--domain" in capsys.readouterr().out  # the command's own help, not the window's


def test_a_start_without_options_gets_the_parsers_defaults() -> None:
    """A start with no options skips building the parser (start-up time): the same values as the parser's."""
    from mailwizard.app import parse_args, parser

    assert vars(parse_args([])) == vars(parser().parse_args([]))
