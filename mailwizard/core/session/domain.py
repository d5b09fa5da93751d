"""The domain step: the company's details, its domain as typed and as checked, and whether the domain
exists in DNS."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Any

from mailwizard.core.flow import DomainPresence
from mailwizard.core.session import events

if TYPE_CHECKING:
    from mailwizard.core.dns.presence import PresenceResult
    from mailwizard.core.session.session import Session

PRESENCE_TASK = "domain-presence"


class DomainStep:
    def __init__(self, session: Session) -> None:
        self.session = session
        self._registrars = None

    @property
    def registrars(self):
        """Where to register a domain, read when first needed."""
        if self._registrars is None:
            from mailwizard.core.registrars import load_registrars

            self._registrars = load_registrars()
        return self._registrars

    def set_company(self, **fields: str) -> None:
        session = self.session
        session.update(company=replace(session.state.company, **fields))
        if fields.get("name"):
            session.surroundings.company_renamed(fields["name"])

    # --- a sample company (practice) ------------------------------------------------------
    _SAMPLED = ("name", "contact_name", "contact_email")

    def use_sample(self, before: str | None = None) -> None:
        """Start with the surroundings' sample company (practice's), in the UI language: where the details are
        all empty, or all still the sample of the language ``before`` (it follows the language). Never over what
        the user typed."""
        surroundings, language = self.session.surroundings, self.session.language
        sample = surroundings.sample_company(language)
        if not sample:
            return
        company = self.session.state.company
        now = tuple(getattr(company, key) for key in self._SAMPLED)
        previous = surroundings.sample_company(before or language) or {}
        if any(now) and now != tuple(previous.get(key, "") for key in self._SAMPLED):
            return
        self.set_company(**{key: sample[key] for key in self._SAMPLED})

    def is_sample(self) -> bool:
        """Some of the company's details are still the sample's (the page says they are sample data to change)."""
        company = self.session.state.company
        sample = self.session.surroundings.sample_company(self.session.language) or {}
        return any(getattr(company, key) and getattr(company, key) == sample.get(key) for key in self._SAMPLED)

    def asks_country(self) -> bool:
        """The chosen provider's licences need the country the accounts are for (Microsoft 365)."""
        return self.session.provider.profile.asks_country

    def country(self) -> str:
        """The country accounts are created for: the admin's answer, else the organisation's own (once signed
        in), else a guess from step 1's answers and the language; "" when nothing says."""
        from mailwizard.core.countries import guess_country

        state, session = self.session.state, self.session
        return (state.company.country or session.provider.tenant_country
                or guess_country(state.region, state.budget_currency, session.language))

    def set_country(self, code: str) -> None:
        from mailwizard.core.countries import is_country

        if is_country(code):
            self.set_company(country=code)

    def set_domain_input(self, text: str) -> None:
        from mailwizard.core.domains import check_domain  # idna and the suffix list: not needed for the first frame

        session = self.session
        state = session.state
        verdict = check_domain(text)
        domain = verdict.ascii if verdict.ok else None
        changes: dict[str, Any] = {"company": replace(state.company, domain_input=text), "domain": domain}
        if domain:
            session.surroundings.domain_chosen(domain, state.company.name)
        if domain != state.domain:
            # another domain: its presence, its records and its proof of ownership are all to be found again
            session.runner.cancel(PRESENCE_TASK)
            session.dns.reset()
            changes.update(domain_presence=DomainPresence.UNCHECKED, domain_nameservers=(), dns_verified=False,
                           dns_all_ok=False)
        session.update(**changes)

    def check_presence(self, label: str | None) -> None:
        session = self.session
        domain = session.state.domain
        if not domain:
            return
        session.emit(events.PresenceChanged(None))

        def done(result: PresenceResult) -> None:
            if session.state.domain != domain:
                return  # the user typed another domain meanwhile
            session.update(domain_presence=result.presence, domain_nameservers=result.nameservers)
            session.emit(events.PresenceChanged(result))

        from mailwizard.core.dns.presence import check_presence

        session.runner.run(PRESENCE_TASK, check_presence(domain, session.resolvers), label=label, on_result=done)

    def cancel_presence_check(self) -> None:
        self.session.runner.cancel(PRESENCE_TASK)
