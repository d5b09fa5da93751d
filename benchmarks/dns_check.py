"""How parallel is a full DNS check? Run: python benchmarks/dns_check.py (after the test install).

Seven DNS servers on loopback (1 authoritative + 6 resolvers), each adding 100 ms before every
answer, serve a zone where every Google Workspace record is right. The baseline, measured in the
same run, is one single query to one of them. A check that asked its questions one by one would
take dozens of times the baseline; target: ratio <= 2.0. Prints one JSON line at the end.
"""

from __future__ import annotations

import asyncio
import json
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from mailwizard.core.dns.check import CheckConfig, count_spf_lookups, run_check
from mailwizard.core.dns.probe import Vantage, ask
from mailwizard.core.dns.service import records_for
from mailwizard.sandbox.dns_server import LoopbackDns
from tests.integration.test_dns_check import VALUES, google_zone

DELAY = 0.100
RUNS = 5


def main() -> None:
    zone = google_zone()
    # Google's real SPF chain is two levels deep, like this one.
    zone.set("_spf.google.com", "TXT", "v=spf1 include:_netblocks.google.com include:_netblocks2.google.com ~all")
    zone.add("_netblocks2.google.com", "TXT", "v=spf1 ip6:2001:db8::/32 ~all")
    servers = [LoopbackDns(zone, delay=DELAY) for _ in range(7)]
    for server in servers:
        server.__enter__()
    try:
        auth, *resolvers = servers
        config = CheckConfig(resolvers=tuple(Vantage("resolver", "127.0.0.1", s.port) for s in resolvers),
                             nameservers=(Vantage("authoritative", "127.0.0.1", auth.port),), timeout=3.0)
        records = records_for("google", "example.com", VALUES)

        async def single() -> float:
            start = time.perf_counter()
            await ask("example.com", "MX", Vantage("resolver", "127.0.0.1", resolvers[0].port), 3.0)
            return time.perf_counter() - start

        async def full() -> tuple[float, int, bool, float]:
            start = time.perf_counter()
            result = await run_check("example.com", records, config, count_spf=False)
            checked = time.perf_counter() - start
            await count_spf_lookups(result, config)  # the plan's SPF analysis, which follows
            questions = sum(len(r.cells) for r in result.records)
            return checked, questions, result.all_ok, time.perf_counter() - start

        singles = [asyncio.run(single()) for _ in range(RUNS)]
        fulls = [asyncio.run(full()) for _ in range(RUNS)]
    finally:
        for server in servers:
            server.__exit__(None, None, None)
    single_s = statistics.median(singles)
    wall_s = statistics.median(f[0] for f in fulls)
    with_spf_s = statistics.median(f[3] for f in fulls)
    assert all(f[2] for f in fulls), "the benchmark zone should be all correct"
    print(f"single query: {single_s * 1000:.0f} ms; full check ({fulls[0][1]} record x vantage cells, "
          f"7 servers, {DELAY * 1000:.0f} ms delay each): {wall_s * 1000:.0f} ms; with the SPF lookup count "
          f"that follows (two include levels deep): {with_spf_s * 1000:.0f} ms")
    print(json.dumps({"benchmark": "dns_check", "wall_s": round(wall_s, 4), "single_query_s": round(single_s, 4),
                      "ratio": round(wall_s / single_s, 2), "target": 2.0,
                      "with_spf_count_s": round(with_spf_s, 4)}))


if __name__ == "__main__":
    main()
