"""How the invitations leave: through the provider's mail API from the signed-in admin's own mailbox (where the
profile says ``sends_invitations_via_api``; no password), or through an SMTP server (the provider's, prefilled from
its `[mail]` settings, with its guidance on which password to type). The rules are here; the page renders them."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mailwizard.core.invitations.sender import Sender
    from mailwizard.core.session.invitations import InvitationsStep

VIA = "via"          # in the session's smtp settings: VIA_SMTP when the admin chose SMTP over the provider's API
VIA_SMTP = "smtp"


class SendingChannel:
    def __init__(self, step: InvitationsStep) -> None:
        self.step = step

    @property
    def _session(self):
        return self.step.session

    def offers_api(self) -> bool:
        """The provider can send from the signed-in admin's mailbox (Google Workspace, Microsoft 365)."""
        return self._session.provider.profile.sends_invitations_via_api

    def uses_api(self) -> bool:
        """Invitations go through the provider's API unless the admin asked for SMTP instead."""
        return self.offers_api() and self._session.state.smtp.get(VIA) != VIA_SMTP

    def choose_smtp(self, smtp: bool) -> None:
        """"Send by SMTP instead" (True), or back to the provider's API (False); the SMTP settings are kept."""
        settings = {k: v for k, v in self._session.state.smtp.items() if k != VIA}
        if smtp:
            settings[VIA] = VIA_SMTP
        self._session.update(smtp=settings)

    def mailbox(self) -> str:
        """The signed-in admin's address the API sends from ("" until connected)."""
        return self._session.state.connected_account

    def sender_address(self) -> str:
        state = self._session.state
        if self.uses_api() and self.mailbox():
            return self.mailbox()
        return str(state.smtp.get("sender_address") or state.company.contact_email or "office@example.invalid")

    def password_guidance(self) -> str:
        """What to type as the SMTP password at this provider (its client password), in the UI's language; ""."""
        guidance = self._session.provider.profile.mail.client_password
        return guidance.get(self._session.language) if guidance is not None else ""

    def problem_before_sending(self) -> tuple[str, dict[str, str]] | None:
        """What is missing before anything can be sent, as a message key; None when ready."""
        if self.uses_api():
            return None if self.mailbox() else ("provider.not_connected", {})
        s = self.step.settings()
        if s.host and s.username and str(self._session.state.smtp.get("sender_address", "")):
            return None
        return "smtp.incomplete", {}  # said before trying, not as a failed sign-in

    def where(self) -> dict[str, str]:
        """The parameters a message about this way of sending names."""
        if self.uses_api():
            return {"provider": self._session.provider_name(), "address": self.mailbox()}
        s = self.step.settings()
        return {"host": s.host, "port": str(s.port)}

    def stopped_midway_key(self) -> str:
        return "mailapi.stopped_midway" if self.uses_api() else "smtp.stopped_midway"

    async def sender(self) -> Sender:
        step = self.step
        if self.uses_api():
            from mailwizard.core.invitations.api_sender import ProviderMailSender

            return ProviderMailSender(self._session.provider.api, self.mailbox(), self._session.provider_name(),
                                      pace=step.pace)
        from mailwizard.core.invitations.sender import InvitationSender

        return InvitationSender(step.settings(), await step.get_password(), tls_context=step.tls_context,
                                pace=step.pace, retry_delay=step.retry_delay)
