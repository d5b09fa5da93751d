"""Practice mode's profile: Alibaba Mail's way of connecting, against the sandbox on this computer."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from mailwizard.core.provider_profile import APP_ID, CONNECT_APP_SECRET, SANDBOX_CONSOLE, ProviderProfile

if TYPE_CHECKING:
    from mailwizard.core.providers.base import Provider
    from mailwizard.core.providers.connection import AppSecret, Endpoints
    from mailwizard.core.providers.shared_api import SharedApi
    from mailwizard.core.review.api import ReviewApi


def _open_with_app_secret(credentials: AppSecret, endpoints: Endpoints, **options: Any) -> Provider:
    from mailwizard.core.providers.alibaba import AlibabaEndpoints
    from mailwizard.core.providers.practice import PracticeProvider

    return PracticeProvider(credentials.app_id, credentials.secret, AlibabaEndpoints.at(endpoints.alibaba_base),
                            **options)


def _open_shared(provider: Provider) -> SharedApi:
    from mailwizard.core.providers.alibaba_shared import open_shared

    return open_shared(provider)  # type: ignore[arg-type]


def _open_review(provider: Provider) -> ReviewApi:
    from mailwizard.core.providers.practice_review import open_review

    return open_review(provider)  # type: ignore[arg-type]


PROFILE = ProviderProfile(
    id="practice",
    sandbox=True,
    connect=CONNECT_APP_SECRET,
    domain_api=False,          # the practice console has the domain already (sandbox/practice.py)
    reads_domain_status=True,
    role_api=False,
    # the sandbox is not a provider with a published rule: the default policy, as before profiles
    app_id_label=APP_ID,
    console_steps=SANDBOX_CONSOLE,
    open_with_app_secret=_open_with_app_secret,
    open_review=_open_review,
    # Alibaba Mail's groups and aliases (core/providers/alibaba_shared.py) against the sandbox's
    # (sandbox/alibaba_fake_groups.py)
    open_shared=_open_shared,
)
