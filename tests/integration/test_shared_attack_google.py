"""The clash check before Create against the Google fake (attack21): an alias taken by another account, asked for a
member whose account is not made yet, is said as a clash — users.aliases.list on no such account answers 404."""

from __future__ import annotations

from mailwizard.core.members.shared_check import CLASH_EXISTING, remote_problems
from tests.integration.test_shared_google import DOMAIN, google, run  # noqa: F401
from tests.servers.google_fake import GoogleFake


def test_an_alias_someone_else_has_is_a_clash_for_an_account_not_made_yet(google: GoogleFake) -> None:  # noqa: F811
    google.add_user_alias(f"user000@{DOMAIN}", f"lina@{DOMAIN}")

    async def scenario(api):
        return await remote_problems(api, [], [(f"li.na@{DOMAIN}", f"lina@{DOMAIN}"),
                                               (f"user000@{DOMAIN}", f"lina@{DOMAIN}")], set())

    problems = run(google, scenario)
    assert [(p.subject, p.key, p.params["what"]) for p in problems] == [(f"lina@{DOMAIN}", CLASH_EXISTING, "alias")]
