"""The review's flags and staff list as JSON (the store keeps them: ``review:<provider>`` holds
ReviewSnapshot.to_json() with a "flags" list beside it, ``review-staff`` the staff list). No Qt."""

from __future__ import annotations

from mailwizard.core.review.model import ReviewAction, ReviewFlag, StaffList


def flag_to_json(flag: ReviewFlag) -> dict:
    action = flag.action
    return {"address": flag.address, "kind": flag.kind, "params": dict(flag.params),
            "action": None if action is None else {"kind": action.kind, "address": action.address,
                                                   "target": action.target}}


def flag_from_json(data: dict) -> ReviewFlag:
    action = data.get("action")
    return ReviewFlag(str(data.get("address", "")), str(data.get("kind", "")),
                      {str(k): str(v) for k, v in (data.get("params") or {}).items()},
                      ReviewAction(**action) if isinstance(action, dict) else None)


def staff_to_json(staff: StaffList) -> dict:
    return {"addresses": sorted(staff.addresses), "names": sorted(staff.names), "source": staff.source,
            "read_at": staff.read_at}


def staff_from_json(data: dict) -> StaffList:
    return StaffList(frozenset(data.get("addresses", ())), frozenset(data.get("names", ())),
                     str(data.get("source", "")), str(data.get("read_at", "")))
