"""Every provider this build knows, by id; each one's profile is in the module of its name (35com: com35)."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from mailwizard.core.providers.profile import ProviderProfile

# Start-up needs only these ids (the catalogue reads their files); the profiles load with the first lookup.
LISTED = ("google", "microsoft", "tencent", "alibaba", "west", "35com")  # in the order the Provider step lists them
SANDBOX = "practice"  # practice mode's stand-in (`mailwizard --practice`), never listed with the others


def load() -> tuple[ProviderProfile, ...]:
    """The profiles of LISTED, then of SANDBOX."""
    from mailwizard.core.providers.profiles import alibaba, com35, google, microsoft, practice, tencent, west

    by_id = {m.PROFILE.id: m.PROFILE for m in (google, microsoft, tencent, alibaba, west, com35, practice)}
    return tuple(by_id[provider_id] for provider_id in (*LISTED, SANDBOX))
