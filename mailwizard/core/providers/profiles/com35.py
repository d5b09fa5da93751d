"""35.com (三五互联)'s profile: no admin API; accounts through the console's import file."""

from __future__ import annotations

from mailwizard.core.provider_profile import ProviderProfile

ID = "35com"  # the module cannot be named after it: a Python name cannot start with a digit

# ⚠️ no published password rule found: the conservative default applies
PROFILE = ProviderProfile(id=ID, console_import_layout=ID)
