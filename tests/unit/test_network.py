"""Reaching the internet: the OS trust store with verification on, and the system proxy."""

from __future__ import annotations

import ssl

from mailwizard.core.network import http_options, system_proxy, tls_context


def test_certificates_are_always_verified() -> None:
    context = tls_context()
    assert context.verify_mode == ssl.CERT_REQUIRED and context.check_hostname
    assert http_options()["verify"] is context


def test_the_system_proxy_is_honoured(monkeypatch) -> None:
    monkeypatch.setenv("HTTPS_PROXY", "http://proxy.corp.test:3128")
    assert system_proxy() == "http://proxy.corp.test:3128"
    assert http_options()["proxy"] == "http://proxy.corp.test:3128"
