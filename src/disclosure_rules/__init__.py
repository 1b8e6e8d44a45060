"""disclosure_rules: China's Open Government Information (政府信息公开) rules as a typed library."""

from __future__ import annotations

from disclosure_rules._errors import CalendarRangeError, DisclosureRulesError, InputError

__all__ = [
    "CalendarRangeError",
    "DisclosureRulesError",
    "InputError",
]

__version__ = "0.1.0"
