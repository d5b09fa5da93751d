"""The DNS step: the records the provider needs (computed once per change of their inputs), the pasted
values, the resolver list, the live watch, and the last check (kept, saved, and shown again at a restart)."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from mailwizard.core.session import events

if TYPE_CHECKING:
    from mailwizard.core.dns.check import CheckResult
    from mailwizard.core.dns.expected import ExpectedRecord
    from mailwizard.core.dns.monitor import DnsMonitor
    from mailwizard.core.session.session import Session

log = logging.getLogger(__name__)

DNS_TASK = "dns-watch"


def snapshot(result: CheckResult) -> dict:
    """What the panel shows, saved so a restart shows the last check at once."""
    return {
        "domain": result.domain,
        "checked_at": result.checked_at.isoformat(),
        "vantages": [v.label for v in result.vantages],
        "records": {
            r.record.key: {"state": r.state.value, "message_key": r.message_key, "params": r.params,
                           "cells": {c.vantage: c.state.value for c in r.cells}}
            for r in result.records
        },
    }


def ownership_proven(result: CheckResult, proven_before: bool) -> bool:
    """A check that could not read the ownership record (offline, the DNS host down) keeps an earlier proof:
    a time-out must not lock the steps after DNS again."""
    return result.verified or (proven_before and result.ownership_unread)


class DnsStep:
    def __init__(self, session: Session) -> None:
        self.session = session
        self.result: CheckResult | None = None  # the last check of this run (None until one answered)
        self._monitor: DnsMonitor | None = None
        self._records_key: tuple | None = None
        self._records: list[ExpectedRecord] = []

    def reset(self) -> None:
        """Another provider or domain, or starting over: what was checked no longer applies."""
        self.stop_watch()
        self.result = None

    # --- the records ---------------------------------------------------------------------------
    def records(self) -> list[ExpectedRecord]:
        """The records the chosen provider needs at the domain; worked out again only when the provider, the
        domain or a pasted value changes."""
        state = self.session.state
        if not state.provider_id or not state.domain:
            return []
        key = (state.provider_id, state.domain, tuple(sorted(state.dns_values.items())))
        if key != self._records_key:
            from mailwizard.core.dns.service import records_for

            self._records = records_for(state.provider_id, state.domain, state.dns_values)
            self._records_key = key
        return self._records

    def set_value(self, key: str, value: str) -> None:
        """A value pasted from the provider's console (verification, DKIM…); empty removes it."""
        values = dict(self.session.state.dns_values)
        if value.strip():
            values[key] = value.strip()
        else:
            values.pop(key, None)
        self.session.update(dns_values=values)
        self.check_now()

    def merge_values(self, values: dict[str, str]) -> None:
        """Values the provider's API gave (its verification value, its tenant's records)."""
        merged = dict(self.session.state.dns_values)
        merged.update({k: v for k, v in values.items() if v})
        self.session.update(dns_values=merged)

    # --- which resolvers -----------------------------------------------------------------------
    def resolver_list(self) -> list[str]:
        return [v.address if v.port == 53 else f"{v.address}:{v.port}" for v in self.session.dns_config.resolvers]

    def set_resolver_list(self, specs: list[str]) -> bool:
        """The public resolvers every check asks from now on (settings). False if one is not an IP address."""
        import ipaddress

        from mailwizard.core.dns.service import check_config

        current = self.session.dns_config
        try:
            config = check_config(specs, [f"{v.address}:{v.port}" for v in current.nameservers],
                                  timeout=current.timeout, authoritative_port=current.authoritative_port)
            for vantage in config.resolvers:
                ipaddress.ip_address(vantage.address)
        except ValueError:
            return False
        self.session.set_dns_config(config)
        self.session.replace(resolvers=tuple(specs))
        self.stop_watch()
        self.start_watch()
        return True

    # --- the live watch ------------------------------------------------------------------------
    def start_watch(self) -> None:
        """Check now and keep checking (with back-off) until every record is right."""
        runner = self.session.runner
        if runner.is_running(DNS_TASK) and self._monitor is not None:
            return
        state = self.session.state
        domain = state.domain
        if not domain or not state.provider_id:
            return

        from mailwizard.core.dns.check import count_spf_lookups, run_check
        from mailwizard.core.dns.monitor import DnsMonitor

        async def check() -> CheckResult:
            # The panel first (one round trip), then the SPF lookup count for the plan.
            config = self.session.dns_config
            quick = await run_check(domain, self.records(), config, count_spf=False)
            self._checked(quick)
            return await count_spf_lookups(quick, config)

        self._monitor = DnsMonitor(check, self._checked)
        runner.run(DNS_TASK, self._monitor.run(until_all_ok=True), label=None, on_result=lambda _: None)

    def check_now(self) -> None:
        if self._monitor is not None and self.session.runner.is_running(DNS_TASK):
            self._monitor.check_now()
        else:
            self.start_watch()

    def stop_watch(self) -> None:
        self.session.runner.cancel(DNS_TASK)
        self._monitor = None

    def next_check_in(self) -> float | None:
        running = self._monitor is not None and self.session.runner.is_running(DNS_TASK)
        return self._monitor.next_delay() if running else None

    def _checked(self, result: CheckResult) -> None:
        session = self.session
        if result.domain != session.state.domain:
            return
        self.result = result
        if result.verified:
            session.provider.domain_seen_in_dns()
        verified = ownership_proven(result, session.state.dns_verified)
        session.keep(dns_snapshot=snapshot(result))
        session.update(dns_verified=verified, dns_all_ok=result.done)
        session.dns_watch.checked(result)  # everything arrived: no scheduled check any more
        session.emit(events.DnsChecked(result))

    def saved_snapshot(self) -> dict | None:
        """The last check saved before the app was closed, for the domain chosen now."""
        data = self.session.saved.dns_snapshot
        return data if isinstance(data, dict) and data.get("domain") == self.session.state.domain else None

