"""Practice mode's world for the session: the sandbox serves the company's domain and name, and its own mail
server (with its own certificate and password) takes the invitations."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mailwizard.core.session.surroundings import Surroundings

if TYPE_CHECKING:
    from mailwizard.sandbox.practice import PracticeSandbox


class PracticeSurroundings(Surroundings):
    practice = True

    def __init__(self, sandbox: PracticeSandbox) -> None:
        self.sandbox = sandbox

    def company_renamed(self, name: str) -> None:
        self.sandbox.api.rename_organisation(name)  # the practice console is the company's

    def domain_chosen(self, domain: str, company: str) -> None:
        # the sandbox's DNS now serves this domain (in memory, instant), its console is the company's
        self.sandbox.use_domain(domain, company)

    def smtp_defaults(self) -> dict[str, object]:
        from mailwizard.sandbox.practice_smtp import USER

        return {"smtp_host": "127.0.0.1", "smtp_port": self.sandbox.smtp.port, "smtp_security": "starttls",
                "smtp_username": USER, "sender_address": USER}

    def smtp_password(self) -> str:
        from mailwizard.sandbox.practice_smtp import PASSWORD

        return PASSWORD  # the practice mail server's, filled in for the rehearsal

    def smtp_tls_context(self) -> Any:
        from mailwizard.sandbox.practice_smtp import client_context

        return client_context()  # verification stays on: the practice server's certificate only

    def app_credentials(self) -> tuple[str, str]:
        from mailwizard.sandbox.practice_api import APP_ID, SECRET

        return APP_ID, SECRET  # the practice console's, filled in for the rehearsal

    def resolver_delays(self) -> dict[str, float]:
        return self.sandbox.resolver_delays()

    def editable_zone(self) -> Any:
        return self.sandbox.zone

    def dns_host_base_url(self, host_id: str) -> str | None:
        api = self.sandbox.dns_api
        return api.base_url if api is not None else None  # the practice DNS host's API, on loopback

    def dns_host_credential(self) -> dict[str, str] | None:
        from mailwizard.sandbox.practice import DNS_TOKEN

        return {"token": DNS_TOKEN}  # any token works at the practice host; one is filled in for the rehearsal

    def sample_company(self, language: str) -> dict[str, str]:
        from mailwizard.sandbox.practice import SAMPLE_COMPANY

        return dict(SAMPLE_COMPANY.get(language) or SAMPLE_COMPANY["en"])  # shown as sample data, to change at will

    def migration_source(self) -> Any:
        from mailwizard.core.catalogue_reader import Text
        from mailwizard.core.migration.sources import SourceServer, SourceService

        return SourceService(
            id="practice", name=Text(*PRACTICE_SOURCE_NAME), note=Text(*PRACTICE_SOURCE_NOTE),
            server=SourceServer("127.0.0.1", self.sandbox.old_imap.port, "ssl"), app_password="unknown",
            password_page="", source="https://example.com/", also=(), checked="2026-12-03", confirmed=True)

    def migration_target(self) -> tuple[str, int] | None:
        return "127.0.0.1", self.sandbox.new_imap.port  # the practice provider's new mailboxes

    def migration_tls_context(self) -> Any:
        from mailwizard.sandbox.practice_smtp import client_context

        return client_context()  # verification stays on: the practice certificate only, as for the SMTP server

    def migration_login(self, address: str) -> tuple[str, str] | None:
        return f"{address.split('@')[0]}@{OLD_DOMAIN}", OLD_PASSWORD  # the old server takes any password


# practice mode's old mail server, as the "Move old mail in" window lists it (first, and chosen)
OLD_DOMAIN = "old-company.example"  # RFC 2606
OLD_PASSWORD = "practice"
PRACTICE_SOURCE_NAME = ("Practice: the old mail server", "练习：旧邮件服务器", "練習：舊郵件伺服器")
PRACTICE_SOURCE_NOTE = (
    "Practice: an old mail server on this computer, with an old mailbox for every login (any password works). "
    "Nothing real is copied.",
    "练习：本机上的旧邮件服务器，每个登录名都有一个旧邮箱（任何密码都可以）。不会复制任何真实邮件。",
    "練習：本機上的舊郵件伺服器，每個登入名稱都有一個舊信箱（任何密碼都可以）。不會複製任何真實郵件。")
