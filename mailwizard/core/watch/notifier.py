"""The operating system's notifications, through desktop-notifier (https://github.com/samschott/desktop-notifier;
D-Bus org.freedesktop.Notifications on Linux, WinRT toasts on Windows, UNUserNotificationCenter on macOS, which
posts only from an app bundle: from a plain Python it does nothing and says so in the log). Loaded only when
`mailwizard dns watch` has something to tell."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable

log = logging.getLogger(__name__)

Notify = Callable[[str, str], Awaitable[bool]]  # (title, body) → posted
SEND_TIMEOUT = 10.0


async def desktop_notify(title: str, body: str) -> bool:
    try:
        from desktop_notifier import DesktopNotifier
    except ImportError:  # an installation without it: the watch's outcome still shows in its exit code
        log.warning("desktop-notifier is not installed: no notification")
        return False
    try:
        notifier = DesktopNotifier(app_name="MailWizard", app_icon=None)
        await asyncio.wait_for(notifier.send(title=title, message=body), SEND_TIMEOUT)
    except Exception as exc:  # no notification service (no D-Bus session, a locked-down desktop…)
        log.warning("the notification could not be posted: %s", type(exc).__name__)
        return False
    return True
