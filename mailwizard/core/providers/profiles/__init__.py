"""Every provider's profile, by id; each one is in the module of its name (35com: com35)."""

from __future__ import annotations

from functools import cache

from mailwizard.core.provider_ids import LISTED, SANDBOX
from mailwizard.core.provider_profile import NO_PROVIDER, ProviderProfile

__all__ = ["LISTED", "SANDBOX", "profile_for", "profiles"]


def profiles() -> tuple[ProviderProfile, ...]:
    """Every provider's profile, in the order the Provider step lists them; practice mode's sandbox last."""
    return _registry()[0]


def profile_for(provider_id: str | None) -> ProviderProfile:
    """The provider's profile; no provider chosen yet, or an id this build does not know: NO_PROVIDER."""
    return _registry()[1].get(provider_id or "", NO_PROVIDER)


@cache
def _registry() -> tuple[tuple[ProviderProfile, ...], dict[str, ProviderProfile]]:
    from mailwizard.core.providers.profiles import alibaba, com35, google, microsoft, practice, tencent, west

    by_id = {m.PROFILE.id: m.PROFILE for m in (google, microsoft, tencent, alibaba, west, com35, practice)}
    found = tuple(by_id[provider_id] for provider_id in (*LISTED, SANDBOX))
    return found, {p.id: p for p in found}
