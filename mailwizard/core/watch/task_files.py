"""The files that ask the operating system to run `mailwizard dns watch` every 5 minutes, as the user, with no
administrator rights: a Task Scheduler task (Windows), a LaunchAgent (macOS), a systemd user service and timer
(Linux). Each takes the command as a list of arguments and quotes it the way that system reads it."""

from __future__ import annotations

import datetime as dt
import plistlib
import subprocess
import xml.etree.ElementTree as ET

INTERVAL_MINUTES = 5
TASK_NAME = "MailWizard DNS watch"
AGENT_LABEL = "com.mailwizard.dns-watch"
UNIT_NAME = "mailwizard-dns-watch"
DESCRIPTION = "MailWizard: checks whether your email DNS records have arrived, until they have"

# Task Scheduler schema 1.2: https://learn.microsoft.com/en-us/windows/win32/taskschd/task-scheduler-schema
# (Repetition/Interval "PT5M", minimum 1 minute: .../taskschedulerschema-interval-repetitiontype-element;
# LogonType InteractiveToken runs as the user who registers it, only while they are logged on, and needs no
# stored password: .../taskschedulerschema-logontype-simpletype; RunLevel LeastPrivilege: no elevation)
TASK_NS = "http://schemas.microsoft.com/windows/2004/02/mit/task"


def windows_task(command: list[str], *, start: dt.datetime) -> bytes:
    """The task's XML for `schtasks /Create /XML FILE /TN NAME`, in UTF-16 with its BOM as Task Scheduler writes
    its own exports (UTF-8 input is not documented for /XML: unconfirmed)."""
    ET.register_namespace("", TASK_NS)

    def sub(parent: ET.Element, tag: str, text: str | None = None) -> ET.Element:
        element = ET.SubElement(parent, f"{{{TASK_NS}}}{tag}")
        if text is not None:
            element.text = text
        return element

    task = ET.Element(f"{{{TASK_NS}}}Task", version="1.2")
    sub(sub(task, "RegistrationInfo"), "Description", DESCRIPTION)
    trigger = sub(sub(task, "Triggers"), "TimeTrigger")
    repetition = sub(trigger, "Repetition")
    sub(repetition, "Interval", f"PT{INTERVAL_MINUTES}M")
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
                      ("RunOnlyIfNetworkAvailable", "true"), ("ExecutionTimeLimit", "PT4M"),
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


def launch_agent(command: list[str]) -> bytes:
    """~/Library/LaunchAgents/com.mailwizard.dns-watch.plist: ProgramArguments is an argv array (no quoting),
    StartInterval in seconds (launchd.plist(5): https://keith.github.io/xcode-man-pages/launchd.plist.5.html)."""
    return plistlib.dumps({
        "Label": AGENT_LABEL,
        "ProgramArguments": list(command),
        "StartInterval": INTERVAL_MINUTES * 60,
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


def systemd_units(command: list[str]) -> tuple[str, str]:
    """(mailwizard-dns-watch.service, mailwizard-dns-watch.timer). The timer runs the service 5 minutes after it
    is started, then 5 minutes after each run (OnActiveSec + OnUnitActiveSec: systemd.timer(5),
    https://www.freedesktop.org/software/systemd/man/latest/systemd.timer.html); OnUnitActiveSec alone never
    fires while the service has never run."""
    service = (f"[Unit]\nDescription={DESCRIPTION}\n\n"
               f"[Service]\nType=oneshot\nExecStart={' '.join(systemd_quote(a) for a in command)}\n")
    timer = (f"[Unit]\nDescription={DESCRIPTION}\n\n"
             f"[Timer]\nOnActiveSec={INTERVAL_MINUTES}min\nOnUnitActiveSec={INTERVAL_MINUTES}min\n"
             f"Unit={UNIT_NAME}.service\n\n[Install]\nWantedBy=timers.target\n")
    return service, timer
