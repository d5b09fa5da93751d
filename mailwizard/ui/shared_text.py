"""Shared addresses and aliases in words: who a shared address reaches, its status after the run, the console steps,
and the lines the Summary and the hand-over sheet print. Used by the Members step's panel, the Summary and the sheet
(texts in the "SharedPanel" translation context)."""

from __future__ import annotations

import html
from collections.abc import Callable, Iterable, Mapping, Sequence

from PySide6.QtCore import QCoreApplication

from mailwizard.core.members.model import Member
from mailwizard.core.members.shared import SharedAddress, alias_parts
from mailwizard.ui.status import Status

MOST_NAMES = 4  # more people than this: "Li Na, Wang Fang, Zhang Wei and 5 others"


def people(names: Sequence[str]) -> str:
    """"Li Na", "Li Na and Wang Fang", "Li Na, Wang Fang and Zhang Wei" (李娜、王芳和张伟), "… and 3 others"."""
    names = [n for n in names if n]
    if not names:
        return QCoreApplication.translate("SharedPanel", "nobody")
    if len(names) > MOST_NAMES:
        shown = comma().join(names[:MOST_NAMES - 1])
        return QCoreApplication.translate("SharedPanel", "{names} and {n} others").format(
            names=shown, n=len(names) - MOST_NAMES + 1)
    if len(names) == 1:
        return names[0]
    return QCoreApplication.translate("SharedPanel", "{names} and {last}").format(
        names=comma().join(names[:-1]), last=names[-1])


def comma() -> str:
    """Between the items of a list: ", " (English), "、" (Chinese)."""
    return QCoreApplication.translate("SharedPanel", ", ")


def name_of(members: Iterable[Member], domain: str) -> dict[str, str]:
    """Address and local part → the member's name (their address when the name is empty)."""
    names: dict[str, str] = {}
    for m in members:
        if m.local_part:
            shown = m.display_name or m.local_part
            names[m.local_part.lower()] = shown
            names[m.address(domain).lower()] = shown
    return names


def group_key(address: str) -> str:
    return f"group:{address}"


def alias_key(address: str) -> str:
    return f"alias:{address}"


def state_words(state: str, error: str, provider: str) -> tuple[Status | None, str]:
    """A shared address's or an alias's journal state in words, with its status ("", no run yet: nothing)."""
    if state == "created":
        return Status.DONE, QCoreApplication.translate("SharedPanel", "Created")
    if state == "attempted":
        return Status.WAITING, QCoreApplication.translate("SharedPanel", "Being created")
    if state == "taken":
        return Status.ACTION, QCoreApplication.translate(
            "SharedPanel", "Already taken at {provider} by someone else: choose another address and create "
            "again.").format(provider=provider)
    if state == "failed":
        from mailwizard.core.members.failures import read_failure
        from mailwizard.ui.messages import message

        reason = message(*read_failure(error)) if error else ""
        return Status.PROBLEM, QCoreApplication.translate("SharedPanel", "Not created: {reason}").format(
            reason=reason)
    return None, ""


def reaches(address: str, listed: Sequence[str], wanted: Sequence[str], names: Mapping[str, str]) -> tuple[Status,
                                                                                                         str]:
    """The delivery check: who the provider listed as receiving ``address``'s mail, against who should."""
    got = [names.get(a.lower(), a) for a in listed]
    missing = [names.get(w.lower(), w) for w in wanted if w.lower() not in {a.lower() for a in listed}]
    text = QCoreApplication.translate("SharedPanel", "Mail to {address} reaches {people}.").format(
        address=address, people=people(got))
    if missing:
        return Status.ACTION, text + " " + QCoreApplication.translate(
            "SharedPanel", "Not yet: {people} — click Create again to add them.").format(people=people(missing))
    return Status.DONE, text


def steps_html(title: str, steps: Sequence[str]) -> str:
    """Numbered console steps under a bold title."""
    if not steps:
        return ""
    items = "".join(f"<li>{html.escape(s)}</li>" for s in steps)
    return f"<p><b>{html.escape(title)}</b></p><ol>{items}</ol>"


def summary_lines(addresses: Sequence[SharedAddress], members: Sequence[Member], domain: str, shown_domain: str,
                  statuses: Mapping[str, tuple[str, str]], delivery: Mapping[str, Sequence[str]]) -> list[str]:
    """One line per shared address for the Summary: "sales@例子.中国 — mail reaches Li Na and Wang Fang"."""
    names = name_of(members, domain)
    lines = []
    for item in addresses:
        address = item.address(domain)
        shown = f"{item.local_part}@{shown_domain or domain}"
        state = statuses.get(group_key(address), ("", ""))[0]
        if address in delivery:
            who = people([names.get(a.lower(), a) for a in delivery[address]])
            lines.append(QCoreApplication.translate("SharedPanel", "{address} — mail reaches {people}").format(
                address=shown, people=who))
        elif state == "created":  # the provider does not list a group's members
            who = people([names.get(r.lower(), r) for r in item.recipients])
            lines.append(QCoreApplication.translate(
                "SharedPanel", "{address} — created; meant for {people} (the provider does not list who receives "
                "it)").format(address=shown, people=who))
        else:
            who = people([names.get(r.lower(), r) for r in item.recipients])
            lines.append(QCoreApplication.translate(
                "SharedPanel", "{address} — not created yet; meant for {people}").format(address=shown, people=who))
    return lines


def handover_lines(member: Member, addresses: Sequence[SharedAddress], shown_domain: str,
                   works: Callable[[str, str], bool] = lambda _part, _local: True) -> list[str]:
    """What a member's hand-over sheet adds: their other addresses and the shared addresses they receive.
    ``works(part, local part)`` ("aliases"/"groups"): False leaves out one not made (failed, taken, not yet)."""
    lines = []
    own = [f"{a}@{shown_domain}" for a in alias_parts(member.aliases) if works("aliases", a)]
    if own:
        lines.append(QCoreApplication.translate(
            "SharedPanel", "Mail sent to these addresses also arrives in your mailbox: {addresses}").format(
            addresses=comma().join(own)))
    local = member.local_part.lower()
    shared = [QCoreApplication.translate("SharedPanel", "{address} ({name})").format(
        address=f"{a.local_part}@{shown_domain}", name=a.name) if a.name else f"{a.local_part}@{shown_domain}"
              for a in addresses if local and local in {r.lower() for r in a.recipients}
              and works("groups", a.local_part)]
    if shared:
        lines.append(QCoreApplication.translate("SharedPanel", "You also receive the mail sent to: {addresses}").format(
            addresses=comma().join(shared)))
    return lines
