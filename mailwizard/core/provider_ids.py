"""The providers this build knows, by id: all the catalogue needs at start-up (their profiles load later)."""

LISTED = ("google", "microsoft", "tencent", "alibaba", "west", "35com")  # in the order the Provider step lists them
SANDBOX = "practice"  # practice mode's stand-in (`mailwizard --practice`), never listed with the others
