"""The DNS watch's notification in words (the headless `mailwizard dns watch` and the tray say the same)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mailwizard.core.watch.outcome import Outcome


def notification(outcome: Outcome, domain: str) -> tuple[str, str]:
    """(title, body) in the current language: everything arrived, or each wrong record with what to do."""
    from mailwizard.core.domains import check_domain
    from mailwizard.core.watch.outcome import ARRIVED
    from mailwizard.ui.messages import message

    shown = check_domain(domain).unicode or domain
    if outcome.kind == ARRIVED:
        return message("watch.arrived_title", {"domain": shown}), message("watch.arrived", {"domain": shown})
    reasons = " ".join(f"{f.rtype} {f.name}: {message(f.message_key, dict(f.params))}" for f in outcome.findings)
    return message("watch.wrong_title", {"domain": shown}), message("watch.wrong", {"reasons": reasons})
