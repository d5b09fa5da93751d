"""Registering and removing the scheduled DNS check with the operating system, through an injectable command
runner (the tests record the commands). Each runs this installation's own executable: the frozen bundle, or
this Python with `-m mailwizard`, with `dns watch --state-dir DIR` and the DNS servers the window asked.

Commands: schtasks /Create /XML FILE /TN NAME /F and /Delete /TN NAME /F
(https://learn.microsoft.com/en-us/windows-server/administration/windows-commands/schtasks-create, …-delete);
launchctl bootstrap gui/UID PLIST and bootout gui/UID/LABEL (launchctl(1), macOS 10.11 and later);
systemctl --user daemon-reload, enable --now / disable --now UNIT.timer (systemctl(1))."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from mailwizard.core.watch import task_files

log = logging.getLogger(__name__)

CommandRunner = Callable[[list[str]], int]  # argv → exit code


def run_command(argv: list[str]) -> int:
    """A command, without a console window on Windows; its exit code (127 when it is not there)."""
    flags = getattr(subprocess, "CREATE_NO_WINDOW", 0)
    try:
        done = subprocess.run(argv, capture_output=True, timeout=30, check=False, creationflags=flags)
    except (OSError, subprocess.TimeoutExpired) as exc:
        log.warning("%s could not run: %s", argv[0], exc)
        return 127
    if done.returncode:
        log.warning("%s exited with %s: %s", " ".join(argv[:3]), done.returncode,
                    done.stderr.decode("utf-8", "replace")[:300])
    return done.returncode


def app_command(*, frozen: bool | None = None, executable: str | None = None,
                system: str | None = None) -> list[str]:
    """How to start this installation of MailWizard: the bundle's own executable, or this Python with the
    package (on Windows pythonw.exe beside python.exe, so no console window opens every 5 minutes)."""
    frozen = bool(getattr(sys, "frozen", False)) if frozen is None else frozen
    executable = executable or sys.executable
    if frozen:
        return [executable]
    if (system or platform_name()) == "windows":
        quiet = Path(executable).with_name("pythonw.exe")
        if Path(executable).name.lower() == "python.exe" and quiet.exists():
            executable = str(quiet)
    return [executable, "-m", "mailwizard"]


def platform_name(platform: str | None = None) -> str | None:
    platform = platform or sys.platform
    if platform == "win32":
        return "windows"
    if platform == "darwin":
        return "macos"
    if platform.startswith("linux"):
        return "linux"
    return None


class WatchSchedule:
    """The scheduled check of one state folder. ``system``: "windows", "macos" or "linux"; ``job``: which
    (task_files.DNS_WATCH, the DNS watch; task_files.REVIEW_DUE, the daily review reminder)."""

    def __init__(self, state_dir: Path, *, system: str | None = None, home: Path | None = None,
                 command: Sequence[str] | None = None, run: CommandRunner = run_command,
                 uid: int | None = None, now: Callable[[], dt.datetime] = dt.datetime.now,
                 job: task_files.Job = task_files.DNS_WATCH) -> None:
        self.state_dir, self.job = state_dir, job
        self.system = system or platform_name()
        self.home = home or Path.home()
        self.base_command = list(command) if command is not None else app_command(system=self.system)
        self.run = run
        self.uid = uid if uid is not None else (os.getuid() if hasattr(os, "getuid") else 0)
        self.now = now

    @property
    def supported(self) -> bool:
        return self.system in ("windows", "macos", "linux")

    def command(self, servers: Sequence[str] = ()) -> list[str]:
        """What the operating system runs: ``servers`` are extra options (--resolver IP[:PORT], --nameserver …)."""
        return [*self.base_command, *self.job.args, "--state-dir", str(self.state_dir), *servers]

    # --- where the files go ----------------------------------------------------------------------------
    @property
    def task_file(self) -> Path:  # only while schtasks reads it
        return self.state_dir / f"{self.job.file_stem}.xml"

    @property
    def agent_file(self) -> Path:
        return self.home / "Library" / "LaunchAgents" / f"{self.job.agent_label}.plist"

    @property
    def unit_dir(self) -> Path:
        config = os.environ.get("XDG_CONFIG_HOME") if self.home == Path.home() else None
        return (Path(config) if config else self.home / ".config") / "systemd" / "user"

    def files(self, servers: Sequence[str] = ()) -> dict[Path, bytes]:
        command = self.command(servers)
        if self.system == "windows":
            return {self.task_file: task_files.windows_task(command, start=self.now(), job=self.job)}
        if self.system == "macos":
            return {self.agent_file: task_files.launch_agent(command, self.job)}
        service, timer = task_files.systemd_units(command, self.job)
        return {self.unit_dir / f"{self.job.unit_name}.service": service.encode("utf-8"),
                self.unit_dir / f"{self.job.unit_name}.timer": timer.encode("utf-8")}

    # --- the commands --------------------------------------------------------------------------------
    def install_commands(self) -> list[list[str]]:
        if self.system == "windows":
            return [["schtasks", "/Create", "/TN", self.job.task_name, "/XML", str(self.task_file), "/F"]]
        if self.system == "macos":
            return [["launchctl", "bootstrap", f"gui/{self.uid}", str(self.agent_file)]]
        return [["systemctl", "--user", "daemon-reload"],
                ["systemctl", "--user", "enable", "--now", f"{self.job.unit_name}.timer"]]

    def remove_commands(self) -> list[list[str]]:
        if self.system == "windows":
            return [["schtasks", "/Delete", "/TN", self.job.task_name, "/F"]]
        if self.system == "macos":
            return [["launchctl", "bootout", f"gui/{self.uid}/{self.job.agent_label}"]]
        return [["systemctl", "--user", "disable", "--now", f"{self.job.unit_name}.timer"],
                ["systemctl", "--user", "daemon-reload"]]

    def install(self, servers: Sequence[str] = ()) -> bool:
        """Write the files and register them; False (and nothing left behind) when the system refused."""
        if not self.supported:
            return False
        if self.system == "macos":  # bootstrap refuses a label that is loaded already: a registration before
            self.run(self.remove_commands()[0])
        files = self.files(servers)
        try:
            for path, data in files.items():
                path.parent.mkdir(parents=True, exist_ok=True)
                path.write_bytes(data)
        except OSError as exc:
            log.warning("the scheduled check could not be written: %s", exc)
            self._delete(files)
            return False
        ok = all(self.run(argv) == 0 for argv in self.install_commands())
        if self.system == "windows":
            self._delete(files)  # Task Scheduler keeps its own copy
        if not ok:
            self.remove()
        return ok

    def remove(self) -> bool:
        """Unregister and delete the files. On macOS the file goes first: launchctl bootout ends the watch that
        runs it. On Linux the timer is disabled while its file is still there to say what to disable."""
        if not self.supported:
            return False
        first, *rest = self.remove_commands()
        if self.system == "macos":
            self._delete(self.files())
        ok = self.run(first) == 0
        if self.system == "linux":
            self._delete(self.files())
        for argv in rest:
            self.run(argv)
        return ok

    @staticmethod
    def _delete(files: dict[Path, bytes]) -> None:
        for path in files:
            with contextlib.suppress(OSError):
                path.unlink(missing_ok=True)
