"""The daily review reminder's registration (core/watch/task_files.REVIEW_DUE through WatchSchedule): at 10:00
local time every day, a run missed while the computer was off made up, beside the DNS watch and under its own
names, so one never removes the other."""

from __future__ import annotations

import datetime as dt
import plistlib
import xml.etree.ElementTree as ET
from pathlib import Path

from mailwizard.core.watch import task_files
from mailwizard.core.watch.schedule import WatchSchedule
from mailwizard.core.watch.task_files import DNS_WATCH, REVIEW_DUE

NS = {"t": task_files.TASK_NS}


class Recorder:
    def __init__(self) -> None:
        self.commands: list[list[str]] = []

    def __call__(self, argv: list[str]) -> int:
        self.commands.append(argv)
        return 0


def test_windows_a_daily_calendar_trigger_at_ten(tmp_path: Path) -> None:
    runner = Recorder()
    schedule = WatchSchedule(tmp_path / "state", system="windows", command=[r"C:\MailWizard\MailWizard.exe"],
                             run=runner, job=REVIEW_DUE, now=lambda: dt.datetime(2026, 12, 3, 17, 42, 9))
    root = ET.fromstring(schedule.files()[schedule.task_file].decode("utf-16"))
    trigger = root.find("t:Triggers/t:CalendarTrigger", NS)
    assert trigger.find("t:StartBoundary", NS).text == "2026-12-03T10:00:00"
    assert trigger.find("t:ScheduleByDay/t:DaysInterval", NS).text == "1"
    assert root.find("t:Triggers/t:TimeTrigger", NS) is None
    assert root.find("t:Settings/t:StartWhenAvailable", NS).text == "true"
    assert root.find("t:Actions/t:Exec/t:Arguments", NS).text.startswith("review due --notify --state-dir ")
    assert schedule.install()
    assert runner.commands == [["schtasks", "/Create", "/TN", "MailWizard review reminder", "/XML",
                                str(tmp_path / "state" / "review-due-task.xml"), "/F"]]


def test_macos_a_calendar_interval(tmp_path: Path) -> None:
    schedule = WatchSchedule(tmp_path / "state", system="macos", home=tmp_path / "home", command=["/mw"],
                             run=Recorder(), job=REVIEW_DUE, uid=501)
    agent = plistlib.loads(schedule.files()[schedule.agent_file])
    assert agent["Label"] == "com.mailwizard.review-due" and "StartInterval" not in agent
    assert agent["StartCalendarInterval"] == {"Hour": 10, "Minute": 0}
    assert agent["ProgramArguments"] == ["/mw", "review", "due", "--notify", "--state-dir", str(tmp_path / "state")]
    assert schedule.remove_commands() == [["launchctl", "bootout", "gui/501/com.mailwizard.review-due"]]


def test_linux_a_persistent_calendar_timer_beside_the_dns_watch(tmp_path: Path) -> None:
    runner = Recorder()
    review = WatchSchedule(tmp_path / "state", system="linux", home=tmp_path / "home", command=["/mw"], run=runner,
                           job=REVIEW_DUE)
    dns = WatchSchedule(tmp_path / "state", system="linux", home=tmp_path / "home", command=["/mw"], run=runner,
                        job=DNS_WATCH)
    assert review.install() and dns.install()
    units = tmp_path / "home" / ".config" / "systemd" / "user"
    timer = (units / "mailwizard-review-due.timer").read_text(encoding="utf-8").splitlines()
    assert {"OnCalendar=*-*-* 10:00:00", "Persistent=true", "Unit=mailwizard-review-due.service"} <= set(timer)
    assert not any(line.startswith("OnActiveSec") for line in timer)
    review.remove()
    assert sorted(p.name for p in units.iterdir()) == ["mailwizard-dns-watch.service", "mailwizard-dns-watch.timer"]
