"""What the session's world adds to a step: nothing for the real set-up; practice mode's sandbox follows the
company's name and domain and lends its own mail server. app.py chooses which."""

from __future__ import annotations

from typing import Any


class Surroundings:
    """The real world: the provider, DNS and mail server are the company's own, and need no telling.

    ``practice``: a rehearsal, nothing real is touched (the window says so on every step)."""

    practice = False

    def company_renamed(self, name: str) -> None:
        """The company's name was typed."""

    def domain_chosen(self, domain: str, company: str) -> None:
        """A valid domain was typed (ASCII form)."""

    def smtp_defaults(self) -> dict[str, object] | None:
        """The mail server to suggest for the invitations, or None for the provider's own."""
        return None

    def smtp_password(self) -> str | None:
        """A mail server password known without asking (practice's own server), else None."""
        return None

    def smtp_tls_context(self) -> Any:
        """The TLS context to trust the mail server with; None: the system's trust store."""
        return None

    def app_credentials(self) -> tuple[str, str] | None:
        """An app ID and secret known without asking (the practice console's), else None."""
        return None

    def resolver_delays(self) -> dict[str, float]:
        """Resolver label → how many seconds it lags behind the DNS host, where that is known (practice)."""
        return {}

    def editable_zone(self) -> Any:
        """The DNS host's zone the window may edit itself (practice's mock host), else None."""
        return None

    def dns_host_base_url(self, host_id: str) -> str | None:
        """Where the DNS host's API answers: None for the host's real API (practice: its loopback stand-in)."""
        return None

    def dns_host_credential(self) -> dict[str, str] | None:
        """A DNS-host API key known without asking (practice's, filled in for the rehearsal), else None."""
        return None

    def sample_company(self, language: str) -> dict[str, str] | None:
        """A sample company to start with — ``name``, ``contact_name``, ``contact_email`` in ``language`` — for the
        user to change (practice's), else None: the company's details are the user's to type."""
        return None

    def migration_source(self) -> Any:
        """An old mail server to offer first and preselect when moving the old mail in (practice's own, a
        core/migration/sources.SourceService), else None: the table of real services only."""
        return None

    def migration_target(self) -> tuple[str, int] | None:
        """Where the new mailboxes' IMAP server answers, when not the provider's catalogue one (practice's)."""
        return None

    def migration_tls_context(self) -> Any:
        """The TLS context the copy and its check trust the mail servers with; None: the system's trust store."""
        return None

    def migration_login(self, address: str) -> tuple[str, str] | None:
        """An old login and password for the person with this new address, known without asking (practice's
        old server takes any), else None."""
        return None
