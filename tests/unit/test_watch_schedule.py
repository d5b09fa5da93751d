"""The scheduled DNS check's files for each operating system, read back as that system reads them, and the exact
commands that register and remove them (through a command runner that records)."""

from __future__ import annotations

import datetime as dt
import plistlib
import re
import shlex
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from mailwizard.core.watch import task_files
from mailwizard.core.watch.schedule import WatchSchedule, app_command

NS = {"t": task_files.TASK_NS}
EXE = r"C:\Program Files\MailWizard\MailWizard.exe"
SERVERS = ["--resolver", "127.0.0.1:5353", "--nameserver", "[::1]:53"]


class Recorder:
    def __init__(self, code: int = 0) -> None:
        self.commands: list[list[str]] = []
        self.code = code

    def __call__(self, argv: list[str]) -> int:
        self.commands.append(list(argv))
        return self.code


def windows_argv(line: str) -> list[str]:
    """A command line split as CommandLineToArgvW and the C runtime do (the rules list2cmdline writes for):
    https://learn.microsoft.com/en-us/cpp/c-language/parsing-c-command-line-arguments"""
    args, current, quoted, slashes, started = [], [], False, 0, False
    for char in line:
        if char == "\\":
            slashes += 1
            continue
        if char == '"':
            current.append("\\" * (slashes // 2))
            if slashes % 2:
                current.append('"')
            else:
                quoted = not quoted
            slashes, started = 0, True
            continue
        current.append("\\" * slashes)
        slashes = 0
        if char in " \t" and not quoted:
            if started or "".join(current):
                args.append("".join(current))
            current, started = [], False
        else:
            current.append(char)
            started = True
    current.append("\\" * slashes)
    if started or "".join(current):
        args.append("".join(current))
    return args


def systemd_argv(line: str) -> list[str]:
    """ExecStart= read as systemd reads it: specifiers (%% is a %, any other %X a specifier: refused here), then
    variables ($$ is a $, $NAME or ${NAME} a variable: refused here), then split with double quotes and C escapes
    (shlex in POSIX mode does the same for \\\\ and \\" inside double quotes)."""

    def specifier(match: re.Match[str]) -> str:
        assert match.group(1) == "%", f"%{match.group(1)} would be expanded by systemd"
        return "\0"

    def variable(match: re.Match[str]) -> str:
        assert match.group(1) == "$", f"${match.group(1)} would be expanded by systemd"
        return "\1"

    line = re.sub(r"%(.)", specifier, line)
    line = re.sub(r"\$([$A-Za-z_{])", variable, line)
    return shlex.split(line.replace("\0", "%").replace("\1", "$"))


def test_the_windows_task_runs_the_bundle_every_five_minutes_as_the_user_without_elevation(tmp_path: Path) -> None:
    state = tmp_path / "Users" / "王芳" / "App Data" / 'odd "name" 100%'
    runner = Recorder()
    schedule = WatchSchedule(state, system="windows", command=[EXE], run=runner,
                             now=lambda: dt.datetime(2026, 12, 3, 14, 0, 5, 123))
    xml = schedule.files(SERVERS)[schedule.task_file]
    assert xml.startswith("\ufeff".encode("utf-16")[:2])  # UTF-16 with its BOM, as Task Scheduler exports
    root = ET.fromstring(xml.decode("utf-16").split("\n", 1)[1])
    assert root.tag == f"{{{task_files.TASK_NS}}}Task" and root.get("version") == "1.2"
    assert root.findtext("t:Triggers/t:TimeTrigger/t:Repetition/t:Interval", namespaces=NS) == "PT5M"
    assert root.findtext("t:Triggers/t:TimeTrigger/t:StartBoundary", namespaces=NS) == "2026-12-03T14:00:05"
    assert root.findtext("t:Principals/t:Principal/t:LogonType", namespaces=NS) == "InteractiveToken"
    assert root.findtext("t:Principals/t:Principal/t:RunLevel", namespaces=NS) == "LeastPrivilege"
    assert root.findtext("t:Settings/t:MultipleInstancesPolicy", namespaces=NS) == "IgnoreNew"
    command = root.findtext("t:Actions/t:Exec/t:Command", namespaces=NS)
    arguments = root.findtext("t:Actions/t:Exec/t:Arguments", namespaces=NS)
    assert windows_argv(command) == [EXE]
    assert windows_argv(arguments) == ["dns", "watch", "--state-dir", str(state), *SERVERS]

    assert schedule.install(SERVERS)
    assert runner.commands == [["schtasks", "/Create", "/TN", "MailWizard DNS watch", "/XML",
                                str(state / "dns-watch-task.xml"), "/F"]]
    assert not schedule.task_file.exists()  # Task Scheduler keeps its own copy
    runner.commands.clear()
    assert schedule.remove()
    assert runner.commands == [["schtasks", "/Delete", "/TN", "MailWizard DNS watch", "/F"]]


def test_the_launch_agent_runs_every_300_seconds_in_the_users_gui_domain(tmp_path: Path) -> None:
    state = tmp_path / "Application Support" / "王芳的 MailWizard"
    runner = Recorder()
    command = ["/Applications/Mail Wizard.app/Contents/MacOS/MailWizard"]
    schedule = WatchSchedule(state, system="macos", home=tmp_path / "home", command=command, run=runner, uid=501)
    assert schedule.install(SERVERS)
    plist = tmp_path / "home" / "Library" / "LaunchAgents" / "com.mailwizard.dns-watch.plist"
    agent = plistlib.loads(plist.read_bytes())
    assert agent["Label"] == "com.mailwizard.dns-watch" and agent["StartInterval"] == 300
    assert agent["ProgramArguments"] == [*command, "dns", "watch", "--state-dir", str(state), *SERVERS]
    assert runner.commands == [["launchctl", "bootout", "gui/501/com.mailwizard.dns-watch"],  # one from before
                               ["launchctl", "bootstrap", "gui/501", str(plist)]]
    runner.commands.clear()
    assert schedule.remove()
    assert runner.commands == [["launchctl", "bootout", "gui/501/com.mailwizard.dns-watch"]]
    assert not plist.exists()


def test_the_systemd_user_timer_runs_the_service_every_five_minutes(tmp_path: Path) -> None:
    state = tmp_path / "data" / '王芳 "quoted" $HOME 100% \\ back'
    runner = Recorder()
    command = [str(tmp_path / "venv dir" / "bin" / "python"), "-m", "mailwizard"]
    schedule = WatchSchedule(state, system="linux", home=tmp_path / "home", command=command, run=runner)
    assert schedule.install(SERVERS)
    units = tmp_path / "home" / ".config" / "systemd" / "user"
    service = (units / "mailwizard-dns-watch.service").read_text(encoding="utf-8")
    timer = (units / "mailwizard-dns-watch.timer").read_text(encoding="utf-8")
    exec_start = next(line for line in service.splitlines() if line.startswith("ExecStart="))
    assert systemd_argv(exec_start[len("ExecStart="):]) == [*command, "dns", "watch", "--state-dir", str(state),
                                                            *SERVERS]
    assert "Type=oneshot" in service.splitlines()
    assert {"OnActiveSec=5min", "OnUnitActiveSec=5min", "WantedBy=timers.target"} <= set(timer.splitlines())
    assert runner.commands == [["systemctl", "--user", "daemon-reload"],
                               ["systemctl", "--user", "enable", "--now", "mailwizard-dns-watch.timer"]]
    runner.commands.clear()
    assert schedule.remove()
    assert runner.commands == [["systemctl", "--user", "disable", "--now", "mailwizard-dns-watch.timer"],
                               ["systemctl", "--user", "daemon-reload"]]
    assert not any(units.iterdir())


def test_a_refused_registration_leaves_nothing_behind(tmp_path: Path) -> None:
    runner = Recorder(code=1)
    schedule = WatchSchedule(tmp_path / "state", system="linux", home=tmp_path / "home", command=["/x"], run=runner)
    assert not schedule.install()
    assert ["systemctl", "--user", "disable", "--now", "mailwizard-dns-watch.timer"] in runner.commands
    assert not any((tmp_path / "home" / ".config" / "systemd" / "user").iterdir())


@pytest.mark.parametrize(("frozen", "system", "expected"), [
    (True, "windows", [EXE]),
    (False, "linux", ["/usr/bin/python3", "-m", "mailwizard"]),
])
def test_the_installed_apps_own_executable_is_run(frozen: bool, system: str, expected: list[str]) -> None:
    executable = EXE if frozen else "/usr/bin/python3"
    assert app_command(frozen=frozen, executable=executable, system=system) == expected
