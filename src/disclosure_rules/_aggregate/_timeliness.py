"""Deadlines for the section 一 figures, from the deadline engine, cached per start day.

A request with no recorded history (no events, no confirmation day) is due on the day
:func:`~disclosure_rules._deadlines.request_deadline` gives for its receipt day alone (20 working days,
第三十三条第二款; 15 under the 2007 regulation, 第二十四条): that day depends only on the receipt day, so it is
computed once per distinct day. A request with events goes through the engine with its whole history (pauses
and approved extensions move the due date). An item is due 20 working days after it was formed or changed
(第二十六条; 2007: 第十八条). Where the calendar holds no schedule for a day (:class:`CalendarRangeError`) the
timeliness is *unknown* and counted as such, never guessed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from disclosure_rules._deadlines import NATIONAL_RULES, DeadlineError, proactive_deadline, request_deadline
from disclosure_rules._errors import CalendarRangeError
from disclosure_rules._records import InformationRequest, ProactiveItem

if TYPE_CHECKING:
    import datetime as dt

    from disclosure_rules._calendar import WorkingDayCalendar
    from disclosure_rules._deadlines import RuleSet

_PLACEHOLDER_ID = "-"


class Deadlines:
    """Due dates of requests and items (``None`` = unknown), memoised per start day.

    ``enabled=False`` turns timeliness off: every due date is unknown and the figures say so.
    """

    __slots__ = ("_calendar", "_enabled", "_item_due", "_request_due", "_rules")

    def __init__(
        self,
        *,
        enabled: bool = True,
        calendar: WorkingDayCalendar | None = None,
        rules: RuleSet | None = None,
    ) -> None:
        self._enabled = enabled
        self._calendar = calendar
        self._rules = rules or NATIONAL_RULES
        self._request_due: dict[dt.date, dt.date | None] = {}
        self._item_due: dict[dt.date, dt.date | None] = {}

    @property
    def enabled(self) -> bool:
        """Whether due dates are computed at all."""
        return self._enabled

    def request_due(self, received: dt.date) -> dt.date | None:
        """The reply deadline of a request received on ``received`` with no recorded history."""
        if not self._enabled:
            return None
        if received not in self._request_due:
            request = InformationRequest(id=_PLACEHOLDER_ID, received=received)
            self._request_due[received] = self.history_due(request)
        return self._request_due[received]

    def history_due(self, request: InformationRequest) -> dt.date | None:
        """The reply deadline of ``request`` with its whole history; ``DeadlineError`` if it cannot have happened."""
        if not self._enabled:
            return None
        try:
            return request_deadline(request, calendar=self._calendar, rules=self._rules).deadline
        except CalendarRangeError:
            return None

    def item_due(self, item: ProactiveItem) -> dt.date | None:
        """The proactive-disclosure deadline of ``item`` (from its change day, else its formation day)."""
        if not self._enabled:
            return None
        start = item.changed or item.formed
        if start not in self._item_due:
            probe = ProactiveItem(id=_PLACEHOLDER_ID, title="", formed=start)
            try:
                due = proactive_deadline(probe, calendar=self._calendar, rules=self._rules).deadline
            except CalendarRangeError:
                due = None
            self._item_due[start] = due
        return self._item_due[start]


__all__ = ["DeadlineError", "Deadlines"]
