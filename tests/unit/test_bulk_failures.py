"""Why an account was not made, as the report and the journal keep it."""

from __future__ import annotations

from mailwizard.core.members.failures import failure_text, read_failure
from mailwizard.core.providers.base import InvalidRequest, PermissionDenied


def test_the_providers_words_travel_with_the_key() -> None:
    text = failure_text(InvalidRequest(detail="Invalid Given/Family Name: 姓"))
    assert read_failure(text) == ("provider.invalid", {"detail": "Invalid Given/Family Name: 姓"})
    assert failure_text(PermissionDenied()) == "provider.permission_denied"  # no parameters: the key alone


def test_a_journal_from_before_holds_the_key_alone() -> None:
    assert read_failure("provider.rate_limited") == ("provider.rate_limited", {})
    assert read_failure("provider.invalid\nnot json") == ("provider.invalid", {})


def test_a_password_quoted_back_by_the_provider_is_not_kept() -> None:
    text = failure_text(InvalidRequest(detail="password Xy7#pQ2m is too weak"), "Xy7#pQ2m")
    assert "Xy7#pQ2m" not in text
    assert read_failure(text)[1]["detail"] == "password … is too weak"
