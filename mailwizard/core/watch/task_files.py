"""The files that ask the operating system to run a MailWizard command on a schedule, as the user, with no
administrator rights: a Task Scheduler task (Windows), a LaunchAgent (macOS), a systemd user service and timer
(Linux). Each takes the command as a list of arguments and quotes it the way that system reads it. Two jobs:
`mailwizard dns watch` every 5 minutes (DNS_WATCH) and the daily review reminder `mailwizard review due --notify`
(REVIEW_DUE), at 10:00 local time, or at the next start-up or wake-up when the computer was off then."""

from __future__ import annotations

import datetime as dt
import plistlib
import subprocess
import xml.etree.ElementTree as ET
from dataclasses import dataclass

INTERVAL_MINUTES = 5
TASK_NAME = "MailWizard DNS watch"
AGENT_LABEL = "com.mailwizard.dns-watch"
UNIT_NAME = "mailwizard-dns-watch"
DESCRIPTION = "MailWizard: checks whether your email DNS records have arrived, until they have"
DAILY_HOUR = 10  # the daily job's local time


@dataclass(frozen=True)
class Job:
    task_name: str       # Task Scheduler's name
    agent_label: str     # the LaunchAgent's label (and its file's name)
    unit_name: str       # the systemd units' name
    description: str
    args: tuple[str, ...]  # after the app's own command
    file_stem: str       # the task's XML in the state folder while schtasks reads it
    interval_minutes: int = INTERVAL_MINUTES
    daily: bool = False  # at DAILY_HOUR every day (missed runs made up) instead of every interval_minutes


DNS_WATCH = Job(TASK_NAME, AGENT_LABEL, UNIT_NAME, DESCRIPTION, ("dns", "watch"), "dns-watch-task")
REVIEW_DUE = Job("MailWizard review reminder", "com.mailwizard.review-due", "mailwizard-review-due",
                 "MailWizard: tells you once when the regular review of your email accounts is due",
                 ("review", "due", "--notify"), "review-due-task", daily=True)

# Task Scheduler schema 1.2: https://learn.microsoft.com/en-us/windows/win32/taskschd/task-scheduler-schema
# (Repetition/Interval "PT5M", minimum 1 minute: .../taskschedulerschema-interval-repetitiontype-element;
# LogonType InteractiveToken runs as the user who registers it, only while they are logged on, and needs no
# stored password: .../taskschedulerschema-logontype-simpletype; RunLevel LeastPrivilege: no elevation)
TASK_NS = "http://schemas.microsoft.com/windows/2004/02/mit/task"


def windows_task(command: list[str], *, start: dt.datetime, job: Job = DNS_WATCH) -> bytes:
    """The task's XML for `schtasks /Create /XML FILE /TN NAME`, in UTF-16 with its BOM as Task Scheduler writes
    its own exports (UTF-8 input is not documented for /XML: unconfirmed). A daily job has a CalendarTrigger,
    ScheduleByDay/DaysInterval 1 (.../taskschedulerschema-calendartrigger-triggergroup-element,
    .../taskschedulerschema-schedulebyday-calendartriggertype-element); StartWhenAvailable runs a missed one."""
    ET.register_namespace("", TASK_NS)

    def sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
        element = ET.SubElement(parent, f"{{{TASK_NS}}}{tag}")
        if text is not None:
            element.text = text
        return element

    task = ET.Element(f"{{{TASK_NS}}}Task", version="1.2")
    sub(sub(task, "RegistrationInfo"), "Description", job.description)
    if job.daily:
        trigger = sub(sub(task, "Triggers"), "CalendarTrigger")
        first = start.replace(hour=DAILY_HOUR, minute=0, second=0, microsecond=0, tzinfo=None)
        sub(trigger, "StartBoundary", first.isoformat())
        sub(trigger, "Enabled", "true")
        sub(sub(trigger, "ScheduleByDay"), "DaysInterval", "1")
    else:
        trigger = sub(sub(task, "Triggers"), "TimeTrigger")
        repetition = sub(trigger, "Repetition")
        sub(repetition, "Interval", f"PT{job.interval_minutes}M")
        sub(repetition, "StopAtDurationEnd", "false")
        sub(trigger, "StartBoundary", start.replace(microsecond=0, tzinfo=None).isoformat())
        sub(trigger, "Enabled", "true")
    principal = sub(sub(task, "Principals"), "Principal", None)
    principal.set("id", "Author")
    sub(principal, "LogonType", "InteractiveToken")
    sub(principal, "RunLevel", "LeastPrivilege")
    settings = sub(task, "Settings")
    for tag, text in (("MultipleInstancesPolicy", "IgnoreNew"), ("DisallowStartIfOnBatteries", "false"),
                      ("StopIfGoingOnBatteries", "false"), ("StartWhenAvailable", "true"),
                      ("RunOnlyIfNetworkAvailable", "false" if job.daily else "true"),
                      ("ExecutionTimeLimit", "PT4M"),
                      ("Enabled", "true"), ("Hidden", "false")):
        sub(settings, tag, text)
    actions = sub(task, "Actions")
    actions.set("Context", "Author")
    exec_ = sub(actions, "Exec")
    program = command[0]
    # the program alone (quoted as Task Scheduler's own editor quotes one with spaces), then the arguments as one
    # command line, each quoted by the rules every Windows program's argv parser follows (list2cmdline)
    sub(exec_, "Command", f'"{program}"' if " " in program else program)
    sub(exec_, "Arguments", subprocess.list2cmdline(command[1:]))
    text = ET.tostring(task, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-16"?>\n' + text).encode("utf-16")


def launch_agent(command: list[str], job: Job = DNS_WATCH) -> bytes:
    """~/Library/LaunchAgents/<label>.plist: ProgramArguments is an argv array (no quoting), StartInterval in
    seconds, or StartCalendarInterval (Hour, Minute) for a daily job, run at wake when it was missed asleep
    (launchd.plist(5): https://keith.github.io/xcode-man-pages/launchd.plist.5.html)."""
    when = ({"StartCalendarInterval": {"Hour": DAILY_HOUR, "Minute": 0}} if job.daily
            else {"StartInterval": job.interval_minutes * 60})
    return plistlib.dumps({
        "Label": job.agent_label,
        "ProgramArguments": list(command),
        **when,
        "RunAtLoad": False,
        "ProcessType": "Background",
        "LowPriorityIO": True,
    })


def systemd_quote(argument: str) -> str:
    """One argument of ExecStart=: in double quotes, with C-style escapes for backslash and quote, and % and $
    doubled (specifiers and variables are expanded inside quotes too). systemd.service(5), "Command lines":
    https://www.freedesktop.org/software/systemd/man/latest/systemd.service.html#Command%20lines"""
    escaped = (argument.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
               .replace("%", "%%").replace("$", "$$"))
    return f'"{escaped}"'


def systemd_units(command: list[str], job: Job = DNS_WATCH) -> tuple[str, str]:
    """(<unit>.service, <unit>.timer). The timer runs the service 5 minutes after it is started, then 5 minutes
    after each run (OnActiveSec + OnUnitActiveSec: systemd.timer(5),
    https://www.freedesktop.org/software/systemd/man/latest/systemd.timer.html); OnUnitActiveSec alone never
    fires while the service has never run. A daily job: OnCalendar at DAILY_HOUR with Persistent=true, which runs
    a run missed while the computer was off at the next start (same page)."""
    service = (f"[Unit]\nDescription={job.description}\n\n"
               f"[Service]\nType=oneshot\nExecStart={' '.join(systemd_quote(a) for a in command)}\n")
    when = (f"OnCalendar=*-*-* {DAILY_HOUR:02d}:00:00\nPersistent=true\n" if job.daily else
            f"OnActiveSec={job.interval_minutes}min\nOnUnitActiveSec={job.interval_minutes}min\n")
    timer = (f"[Unit]\nDescription={job.description}\n\n"
             f"[Timer]\n{when}"
             f"Unit={job.unit_name}.service\n\n[Install]\nWantedBy=timers.target\n")
    return service, timer
