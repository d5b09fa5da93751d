"""One reader of `IP[:PORT]` specs for `--resolver`, `--nameserver` and the resolver settings."""

from __future__ import annotations

import pytest

from mailwizard.core.dns import config
from mailwizard.core.dns.config import PUBLIC_RESOLVERS, ResolverConfig, parse_server_spec, resolver_config
from mailwizard.core.dns.probe import Vantage
from mailwizard.core.dns.service import check_config, parse_server


@pytest.mark.parametrize(("spec", "parsed"), [
    ("192.0.2.1", ("192.0.2.1", None)),
    (" 192.0.2.1:5353 ", ("192.0.2.1", 5353)),
    ("::1", ("::1", None)),                      # a bare IPv6 address: its colons are no port
    ("[::1]:5353", ("::1", 5353)),
    ("[2001:db8::1]", ("2001:db8::1", None)),
])
def test_a_spec_is_read_one_way(spec: str, parsed: tuple[str, int | None]) -> None:
    assert parse_server_spec(spec) == parsed


def test_a_port_that_is_no_number_is_refused() -> None:
    with pytest.raises(ValueError):
        parse_server_spec("192.0.2.1:dns")


def test_the_dns_check_and_the_domain_step_read_the_same_spec_alike() -> None:
    """`--resolver [::1]:5353` was the host "[::1]:5353" for the domain step and ::1 port 5353 for the check."""
    for spec in ("127.0.0.1:5353", "[::1]:5353", "::1"):
        address, port = parse_server_spec(spec)
        assert parse_server(spec, "resolver") == Vantage("resolver", address, port or 53)
        assert resolver_config([spec]) == ResolverConfig((address,), port or 53)
        assert check_config([spec]).resolvers == (Vantage("resolver", address, port or 53),)


def test_without_specs_the_systems_resolvers_come_before_the_public_ones(monkeypatch) -> None:
    monkeypatch.setattr(config, "system_resolvers", lambda: ("192.0.2.53",))
    assert resolver_config([]) == ResolverConfig(("192.0.2.53", *PUBLIC_RESOLVERS))


def test_the_command_line_does_not_import_the_window_s_start_up() -> None:
    import ast
    from pathlib import Path

    import mailwizard.cli

    tree = ast.parse(Path(mailwizard.cli.__file__).read_text(encoding="utf-8"))
    imported = {n.module for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)} | {
        a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
    assert "mailwizard.app" not in imported
