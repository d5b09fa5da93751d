"""The steps after set-up — who has signed in, the account review and its report, signatures and auto-replies,
moving the old mail in — each made when first used. A mixin of Session's, so session.py keeps to the wizard's
own steps and its wiring, and a new step after set-up is added here."""

from __future__ import annotations

from functools import cached_property
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # each loads when first used, after the first window is up (start-up time)
    from mailwizard.core.session.activation import ActivationStep
    from mailwizard.core.session.migration import MigrationStep
    from mailwizard.core.session.migration_prep import MigrationPrepStep
    from mailwizard.core.session.review import ReviewStep
    from mailwizard.core.session.review_report import ReviewReportStep
    from mailwizard.core.session.signatures import SignaturesStep

# Reset at start over (Session.start_over), in this order, those that were made
STEPS = ("activation", "review", "review_report", "signatures", "migration", "migration_prep")


class AfterSetupSteps:
    """Session's steps after set-up; each takes the session itself."""

    @cached_property
    def activation(self) -> ActivationStep:
        from mailwizard.core.session.activation import ActivationStep

        return ActivationStep(self)  # type: ignore[arg-type]

    @cached_property
    def review(self) -> ReviewStep:
        from mailwizard.core.session.review import ReviewStep

        return ReviewStep(self)  # type: ignore[arg-type]

    @cached_property
    def review_report(self) -> ReviewReportStep:
        from mailwizard.core.session.review_report import ReviewReportStep

        return ReviewReportStep(self)  # type: ignore[arg-type]

    @cached_property
    def signatures(self) -> SignaturesStep:
        from mailwizard.core.session.signatures import SignaturesStep

        return SignaturesStep(self)  # type: ignore[arg-type]

    @cached_property
    def migration(self) -> MigrationStep:
        from mailwizard.core.session.migration import MigrationStep

        return MigrationStep(self)  # type: ignore[arg-type]

    @cached_property
    def migration_prep(self) -> MigrationPrepStep:
        from mailwizard.core.session.migration_prep import MigrationPrepStep

        return MigrationPrepStep(self)  # type: ignore[arg-type]
