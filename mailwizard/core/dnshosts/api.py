"""The protocol every DNS host module speaks: find the zone, list its records, add, update, delete.

Records are exchanged in one neutral form (``ZoneRecord``) so the change plan, the backup, the journal
and the undo never see a host's own shape. Each module maps its host's errors onto ``Problem``; the UI
turns each problem into a translated sentence with what to do."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import StrEnum
from typing import Protocol


@dataclass(frozen=True)
class ZoneRecord:
    """One record as the DNS host holds it.

    ``name``: fully qualified, lower case, no trailing dot, IDN as its A-label (xn--…).
    ``rtype``: "A", "AAAA", "CNAME", "MX", "TXT", "NS", "SRV", "CAA", … (upper case).
    ``value``: the presentation form the app's DNS checks use (core/dns/probe.rdata_text): MX
    "10 mx.example.com" (preference, one space, host without the trailing dot); CNAME/NS the target
    without the trailing dot, lower case; TXT the text itself, unquoted, the host's 255-byte pieces
    joined with nothing between them; other types as the host shows them.
    ``ttl``: seconds. ``id``: the host's own id for the record ("" for one not made yet).
    ``extra``: host-specific settings to carry over unchanged when the record is restored from a backup
    (e.g. Cloudflare's ``proxied``, DNSPod's ``RecordLine``), as sorted (key, value) string pairs."""

    name: str
    rtype: str
    value: str
    ttl: int = 600
    id: str = ""
    extra: tuple[tuple[str, str], ...] = ()

    def same_content(self, other: ZoneRecord) -> bool:
        """The same record whatever its id and TTL (how a resumed run recognises its own earlier change)."""
        return (self.name, self.rtype, self.value) == (other.name, other.rtype, other.value)

    def without_id(self) -> ZoneRecord:
        return replace(self, id="")

    def to_json(self) -> dict:
        return {"name": self.name, "rtype": self.rtype, "value": self.value, "ttl": self.ttl, "id": self.id,
                "extra": [list(pair) for pair in self.extra]}

    @classmethod
    def from_json(cls, data: dict) -> ZoneRecord:
        return cls(name=data["name"], rtype=data["rtype"], value=data["value"], ttl=int(data["ttl"]),
                   id=data.get("id", ""), extra=tuple((str(k), str(v)) for k, v in data.get("extra", [])))


class Problem(StrEnum):
    """What went wrong, in the words the window uses (ui/messages: ``dnshost.<value>``)."""

    BAD_CREDENTIAL = "bad_credential"        # the key/token is wrong, expired or deleted
    PERMISSION = "permission"                # valid, but not allowed to read or edit this zone
    ZONE_NOT_FOUND = "zone_not_found"        # this account does not hold the domain
    RECORD_EXISTS = "record_exists"          # the host refuses a duplicate
    RATE_LIMITED = "rate_limited"            # too many requests: wait ``retry_after`` seconds
    ACCOUNT_REFUSED = "account_refused"      # the host does not offer its API to this account (GoDaddy)
    INVALID_RECORD = "invalid_record"        # the host refuses the record's content
    UNREACHABLE = "unreachable"              # no connection (nothing was changed)
    UNCERTAIN = "uncertain"                  # a change was sent and no answer came: read the zone again
    SERVICE = "service"                      # the host's own fault (5xx), nothing known to be changed


class DnsHostError(Exception):
    """``detail``: the host's own code and message for the log and the "details" box; never a secret."""

    def __init__(self, problem: Problem, detail: str = "", *, retry_after: float | None = None) -> None:
        super().__init__(f"{problem.value}: {detail}" if detail else problem.value)
        self.problem, self.detail, self.retry_after = problem, detail, retry_after


class DnsHostApi(Protocol):
    """One signed-in connection to one DNS host account. Every method raises ``DnsHostError``."""

    async def find_zone(self, domain: str) -> str:
        """The host's id for the zone that holds ``domain`` (its apex, A-label form)."""

    async def list_records(self, zone: str) -> list[ZoneRecord]:
        """Every record in the zone, all pages read."""

    async def add(self, zone: str, record: ZoneRecord) -> ZoneRecord:
        """Creates ``record``; returns it with the host's id."""

    async def update(self, zone: str, old: ZoneRecord, new: ZoneRecord) -> ZoneRecord:
        """Changes the record ``old`` (``old.id`` set) to ``new``'s content; returns it with its id."""

    async def delete(self, zone: str, record: ZoneRecord) -> None:
        """Removes the record ``record.id``."""

    async def aclose(self) -> None: ...


def normal_name(name: str) -> str:
    return name.strip().rstrip(".").lower()


def normal_target(value: str) -> str:
    return value.strip().rstrip(".").lower()


def mx_value(priority: int | str, host: str) -> str:
    return f"{int(priority)} {normal_target(host)}"


def split_mx(value: str) -> tuple[int, str]:
    priority, host = value.split(None, 1)
    return int(priority), normal_target(host)


def relative_name(fqdn: str, zone_apex: str) -> str:
    """"@" for the apex, else the part before the zone (what most hosts' APIs call the record's name)."""
    fqdn, zone_apex = normal_name(fqdn), normal_name(zone_apex)
    if fqdn == zone_apex:
        return "@"
    if fqdn.endswith("." + zone_apex):
        return fqdn[: -len(zone_apex) - 1]
    raise ValueError(f"{fqdn} is not in the zone {zone_apex}")


def full_name(relative: str, zone_apex: str) -> str:
    relative, zone_apex = normal_name(relative), normal_name(zone_apex)
    if relative in ("", "@"):
        return zone_apex
    return relative if relative == zone_apex or relative.endswith("." + zone_apex) else f"{relative}.{zone_apex}"
