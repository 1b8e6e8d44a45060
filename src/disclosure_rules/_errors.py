"""Error types of disclosure_rules, each with a stable ``code`` that tests and callers match.

::

    DisclosureRulesError            base class; ``code`` is a dotted, stable identifier; ``message_zh`` for staff
    ├── InputError                  unreadable or malformed input (file, field, row)      ``input.*``
    ├── CalendarRangeError          a date outside the published holiday schedules        ``calendar.*``
    └── (other modules add their own subclasses, always with a code)
"""

from __future__ import annotations

from disclosure_rules._messages import chinese_message


class DisclosureRulesError(Exception):
    """Base class of every error this library raises on purpose.

    ``code`` is stable across releases (``calendar.beyond_published_year``); the message is prose for
    people and may change. ``message_zh`` is what staff read (the CLI prints it): a Chinese sentence given
    where the error is raised, else the catalogue's sentence for the code with the particulars in brackets
    (see ``_messages.py``).
    """

    code: str = "disclosure_rules.error"
    _message_zh: str | None = None

    def __init__(self, message: str, *, code: str | None = None, message_zh: str | None = None) -> None:
        super().__init__(message)
        if code is not None:
            self.code = code
        self._message_zh = message_zh

    @property
    def message_zh(self) -> str:
        """The message in Chinese for the staff who fix the input; it names the file, field or row."""
        if self._message_zh:
            return self._message_zh
        return chinese_message(self.code, self.message)

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
