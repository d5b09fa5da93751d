"""What is sent for one member and kind (the payload core/signatures/api.py describes), and its fingerprint kept in
the install journal: the same design installed again finds the same fingerprint done and sends nothing."""

from __future__ import annotations

import datetime as dt
import hashlib
import json

from mailwizard.core.members.model import Member
from mailwizard.core.signatures import render
from mailwizard.core.signatures.design import AUTOREPLY, SignatureDesign


def payload(kind: str, design: SignatureDesign, member: Member, address: str, language: str,
            zone: dt.tzinfo | None = None) -> dict:
    """The auto-reply's dates are whole days in ``zone`` (the computer's own when None): from the start day's
    midnight to the midnight after the end day, as UTC."""
    if kind == AUTOREPLY:
        reply = render.autoreply(design, member, address, language)
        start, end = design.autoreply.dates()
        return {"subject": reply.subject, "html": reply.html, "text": reply.text,
                "start": _utc(start, zone), "end": _utc(end + dt.timedelta(days=1) if end else None, zone)}
    shown = render.signature(design, member, address, language, embed_logo=False)
    return {"html": shown.html, "text": shown.text}


def fingerprint(data: dict) -> str:
    return hashlib.sha256(json.dumps(data, sort_keys=True, ensure_ascii=False).encode()).hexdigest()[:32]


def _utc(day: dt.date | None, zone: dt.tzinfo | None) -> str:
    if day is None:
        return ""
    local = dt.datetime.combine(day, dt.time(0), zone) if zone else dt.datetime.combine(day, dt.time(0)).astimezone()
    return local.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
