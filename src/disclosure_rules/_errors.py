"""Error types of disclosure_rules, each with a stable ``code`` that tests and callers match.

::

    DisclosureRulesError            base class; ``code`` is a dotted, stable identifier
    ├── InputError                  unreadable or malformed input (file, field, row)      ``input.*``
    ├── CalendarRangeError          a date outside the published holiday schedules        ``calendar.*``
    └── (other modules add their own subclasses, always with a code)
"""

from __future__ import annotations


class DisclosureRulesError(Exception):
    """Base class of every error this library raises on purpose.

    ``code`` is stable across releases (``calendar.beyond_published_year``); the message is prose for
    people and may change.
    """

    code: str = "disclosure_rules.error"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code

    @property
    def message(self) -> str:
        """The human-readable message."""
        return str(self.args[0]) if self.args else ""


class InputError(DisclosureRulesError):
    """Input that cannot be read as what it claims to be; the message names the file, field or row."""

    code = "input.invalid"


class CalendarRangeError(DisclosureRulesError):
    """A working-day answer needed a day outside the years whose official schedule the calendar holds."""

    code = "calendar.beyond_published_year"
