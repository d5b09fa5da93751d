"""Every problem a DNS host's API can report, every reason a change is made and every way a run can stop has a
sentence in the window's words (ui/messages/dnshost.py)."""

from __future__ import annotations

import re
from pathlib import Path

from mailwizard.core.dnshosts.api import Problem
from mailwizard.ui.messages import has_text, message

ROOT = Path(__file__).resolve().parents[2] / "mailwizard"


def test_every_problem_and_reason_key_has_a_text(qapp) -> None:
    said_in_core = set()
    for path in [*(ROOT / "core" / "dnshosts").glob("*.py"), ROOT / "core" / "session" / "dns_apply.py",
                 ROOT / "core" / "session" / "dns_apply_events.py"]:
        text = path.read_text(encoding="utf-8")
        said_in_core |= set(re.findall(r'"(dnshost\.[a-z_.]+)', text))
        said_in_core |= {f"dnshost.{p}" for p in re.findall(r'DnsApplyFailed\("([a-z_]+)"', text)}
        said_in_core |= {f"dnshost.{p}" for p in re.findall(r'DnsCredentialChecked\(False, "([a-z_]+)"', text)}
    reasons = {f"dnshost.reason.add_{p}" for p in ("mx", "spf", "verification", "dkim", "dmarc", "record")}
    keys = {f"dnshost.{p.value}" for p in Problem} | said_in_core | reasons | {"dnshost.zone_changed"}
    assert "dnshost.reason.merge_spf" in keys and "dnshost.nothing_previewed" in keys
    assert sorted(k for k in keys if not has_text(k) and not k.endswith((".", "_"))) == []


def test_a_reason_names_what_it_is_about(qapp) -> None:
    assert "mx1.oldmail.net" in message("dnshost.reason.remove_old_mx", {"host": "mx1.oldmail.net"})
    text = message("dnshost.reason.remove_cname", {"name": "_dmarc.example.com", "target": "x.example.net"})
    assert "_dmarc.example.com" in text and "x.example.net" in text
