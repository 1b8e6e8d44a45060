"""Errors of the deadline engine and of rule sets, each with a stable dotted code.

DisclosureRulesError
├── DeadlineError        an impossible or incomplete history, a date outside the regulations   ``deadline.*``
└── RuleSetError         a rule set that cannot be built or loosens a statutory limit          ``rules.*``
"""

from __future__ import annotations

from disclosure_rules._errors import DisclosureRulesError


class DeadlineError(DisclosureRulesError):
    """A request or item history the engine refuses to guess about; ``field`` names the offending input."""

    code = "deadline.invalid_history"

    def __init__(
        self, message: str, *, code: str, field: str | None = None, message_zh: str | None = None
    ) -> None:
        super().__init__(message, code=code, message_zh=message_zh)
        self.field = field


class RuleSetError(DisclosureRulesError):
    """A rule set that is malformed, names an unknown limit, or loosens a limit it may only tighten."""

    code = "rules.invalid"
