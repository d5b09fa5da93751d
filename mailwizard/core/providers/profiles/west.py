"""West Digital (west.cn)'s profile: no admin API; accounts through the console's import file."""

from __future__ import annotations

from mailwizard.core.provider_profile import ProviderProfile

ID = "west"

# ⚠️ no published password rule found: the conservative default applies
PROFILE = ProviderProfile(id=ID, console_import_layout=ID)
