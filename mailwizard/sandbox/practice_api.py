"""Practice mode's provider: an admin API shaped like Alibaba Mail's (an app ID and secret, departments,
users, a domain whose MX records the provider checks itself), which now and then answers "too many
requests" as a busy real one does. The domain counts as verified once the practice DNS host's zone
carries the practice MX records — the provider looks at the zone, as a real one looks at the internet.
The practice company has a few accounts from before MailWizard, for the account review (sandbox/practice_review.py).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import unquote

from mailwizard.sandbox.alibaba_fake import AlibabaFake, AliError
from mailwizard.sandbox.fake_http import Request, Response
from mailwizard.sandbox.practice_review import PracticeReviewMixin

APP_ID = "practice-app"
SECRET = "practice-secret-not-a-real-one"


class PracticeApi(PracticeReviewMixin, AlibabaFake):
    def __init__(self, mx_visible: Callable[[str], bool], *, throttle_every: int | None = 9) -> None:
        super().__init__(app_id=APP_ID, secret=SECRET, domains=(), org_name="Practice Company",
                         throttle_every=throttle_every, retry_after=1)
        self._mx_visible = mx_visible
        self.route("GET", "/v2/practice/sign-ins/{user}", self._api(self._sign_ins))
        self._review_routes()

    def use_domain(self, domain: str) -> None:
        """The practice "console" has the company's domain added already."""
        with self.lock:
            if domain.lower() not in self.domains:
                self.add_domain(domain)
            self.seed_review(domain.lower())

    def rename_organisation(self, name: str) -> None:
        """The practice console belongs to the company the user typed (shown once connected)."""
        with self.lock:
            self.org_name = name
            self.departments[self.root_id]["name"] = name

    def issued_tokens(self) -> list[str]:
        """Every access token handed out (the practice self-test looks for them where they must not be)."""
        with self.lock:
            return list(self._tokens)

    def mail_password_ok(self, login: str, password: str) -> bool:
        """The practice mail server's sign-in to a new mailbox: an account the console made, with its password."""
        with self.lock:
            user = self.users.get(login.strip().lower())
            return bool(user and password and user.get("status") == "NORMAL" and user.get("_password") == password)

    def _get_domain(self, request: Request) -> Response:
        name = unquote(request.params["domain"]).lower()
        if name in self.domains and self._mx_visible(name):
            self.domains[name]["isMxVerified"] = self.domains[name]["isVerified"] = True
        return super()._get_domain(request)

    def _new_user(self, body: dict[str, Any], password: str) -> dict[str, Any]:
        user = super()._new_user(body, password)
        self._new_member(user)
        return user

    def _sign_ins(self, request: Request) -> Response:
        """Practice only (no real Alibaba call): who has signed in. Two members in three have, and changed the
        temporary password as they were made to; which ones is fixed by the address, so a rehearsal shows both
        (sandbox/practice_review.member_signed_in)."""
        user = self._find_user(request.params["user"])
        if user is None:
            raise AliError(404, "NotFound", "User does not exist.")
        return Response(200, {"lastSignInTime": user.get("lastLoginTime"),
                              "passwordChanged": not user.get("isInitialPassword", True),
                              "createdTime": user["createdTime"]})
