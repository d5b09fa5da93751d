"""The DNS step's side of the controller: expected records, the resolver list, the live watch and its
saved snapshot."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from mailwizard.ui.tasks import to_thread

if TYPE_CHECKING:
    from mailwizard.core.dns.check import CheckResult
    from mailwizard.core.dns.expected import ExpectedRecord

log = logging.getLogger("mailwizard.ui.controller")

DNS_TASK = "dns-watch"
DNS_SNAPSHOT_KEY = "dns_snapshot"
RESOLVERS_KEY = "dns_resolvers"


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


class DnsActions:
    """Mixed into WizardController (which owns the signals, the state and the task runner)."""

    # --- DNS records ----------------------------------------------------------------------
    def dns_records(self) -> list[ExpectedRecord]:
        from mailwizard.core.dns.service import records_for

        state = self._state
        if not state.provider_id or not state.domain:
            return []
        return records_for(state.provider_id, state.domain, state.dns_values)

    def set_dns_value(self, key: str, value: str) -> None:
        values = dict(self._state.dns_values)
        if value.strip():
            values[key] = value.strip()
        else:
            values.pop(key, None)
        self.update(dns_values=values)
        self.check_dns_now()

    def resolver_list(self) -> list[str]:
        return [v.address if v.port == 53 else f"{v.address}:{v.port}" for v in self.dns_config.resolvers]

    def set_resolver_list(self, specs: list[str]) -> bool:
        """The public resolvers the panel watches (settings). False if one is not an IP address."""
        import ipaddress

        from mailwizard.core.dns.service import check_config

        try:
            config = check_config(specs, [f"{v.address}:{v.port}" for v in self.dns_config.nameservers],
                                  timeout=self.dns_config.timeout,
                                  authoritative_port=self.dns_config.authoritative_port)
            for vantage in config.resolvers:
                ipaddress.ip_address(vantage.address)
        except ValueError:
            return False
        self.dns_config = config
        self._writer.submit(self._write, RESOLVERS_KEY, specs)
        self.stop_dns_watch()
        self.start_dns_watch()
        return True

    def start_dns_watch(self) -> None:
        """Check now and keep checking (with back-off) until every record is right."""
        if self.tasks.is_running(DNS_TASK) and self._monitor is not None:
            return
        domain = self._state.domain
        if not domain or not self._state.provider_id:
            return

        from mailwizard.core.dns.check import count_spf_lookups, run_check
        from mailwizard.core.dns.monitor import DnsMonitor

        async def check() -> CheckResult:
            # The panel first (one round trip), then the SPF lookup count for the plan.
            quick = await run_check(domain, self.dns_records(), self.dns_config, count_spf=False)
            self._dns_result(quick)
            return await count_spf_lookups(quick, self.dns_config)

        self._monitor = DnsMonitor(check, self._dns_result)
        self.tasks.run(DNS_TASK, self._monitor.run(until_all_ok=True), label=None, on_result=lambda _: None)

    def check_dns_now(self) -> None:
        if self._monitor is not None and self.tasks.is_running(DNS_TASK):
            self._monitor.check_now()
        else:
            self.start_dns_watch()

    def stop_dns_watch(self) -> None:
        self.tasks.cancel(DNS_TASK)
        self._monitor = None

    def next_dns_check_in(self) -> float | None:
        return self._monitor.next_delay() if self._monitor is not None and self.tasks.is_running(DNS_TASK) else None

    def _dns_result(self, result: CheckResult) -> None:
        if result.domain != self._state.domain:
            return
        self.dns_result = result
        if result.verified and self.provider is not None and not self._state.provider_verified:
            self.verify_with_provider()
        self._saved_snapshot = snapshot(result)
        self._writer.submit(self._write, DNS_SNAPSHOT_KEY, self._saved_snapshot)
        # a check that could not read the ownership record (offline, the DNS host down) keeps an earlier proof:
        # a time-out must not lock the steps after DNS again
        verified = result.verified or (self._state.dns_verified and result.ownership_unread)
        self.update(dns_verified=verified, dns_all_ok=result.all_ok)
        self.dnsChecked.emit(result)

    def saved_dns_snapshot(self) -> dict | None:
        """The last check saved before the app was closed (read once at start)."""
        data = self._saved_snapshot
        return data if isinstance(data, dict) and data.get("domain") == self._state.domain else None

    def save_text_file(self, path: Path, text: str, *, then_open: bool = False) -> None:
        """Write an export off the UI thread; open it afterwards if asked (a printable page)."""
        def opened(_result: object) -> None:
            if then_open:
                from PySide6.QtCore import QUrl  # not before the first frame: QUrl's enums cost ~1 ms
                from PySide6.QtGui import QDesktopServices

                QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        self.tasks.run(f"save-{path.name}", to_thread(path.write_text, text, encoding="utf-8"),
                       label=None, on_result=opened,
                       on_error=lambda exc: self.saveFailed.emit(str(exc)))

