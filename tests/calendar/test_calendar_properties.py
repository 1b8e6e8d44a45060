"""Property tests of the working-day arithmetic (the conventions the deadline engine relies on).

Conventions checked (《民法典》第二百零一条: the first day of a period is not counted): ``add_working_days(s, n)``
is the n-th working day strictly after ``s``; ``working_days_between(s, e)`` counts working days in ``(s, e]``.
Independent oracle: ``chinese_calendar.find_workday`` / ``get_workdays`` (a separate data set and algorithm).
"""

from __future__ import annotations

import datetime as dt

import chinese_calendar
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules import CalendarRangeError
from disclosure_rules._calendar import WorkingDayCalendar

CAL = WorkingDayCalendar.china()
# Starts up to the end of 2025 and counts up to 200 working days (< 290 calendar days) stay inside 2026.
starts = st.dates(min_value=dt.date(2008, 1, 1), max_value=dt.date(2025, 12, 31))
late_starts = st.dates(min_value=dt.date(2009, 1, 1), max_value=dt.date(2025, 12, 31))
counts = st.integers(min_value=1, max_value=200)
halves = st.integers(min_value=1, max_value=100)
working_starts = starts.filter(CAL.is_working_day)

FAST = settings(max_examples=300, deadline=None)


class TestAddWorkingDays:
    """第三十三条 etc.: "N个工作日内" — the deadline is the N-th working day after receipt (receipt not counted)."""

    @FAST
    @given(starts, counts)
    def test_the_deadline_is_a_working_day_after_the_start(self, start: dt.date, n: int) -> None:
        """Every result of add_working_days is a working day, strictly after the start for n >= 1."""
        deadline = CAL.add_working_days(start, n)
        assert CAL.is_working_day(deadline)
        assert deadline > start

    @FAST
    @given(starts, counts)
    def test_strictly_increasing_in_n(self, start: dt.date, n: int) -> None:
        """One more working day always gives a later deadline."""
        assert CAL.add_working_days(start, n) < CAL.add_working_days(start, n + 1)

    @FAST
    @given(starts, counts)
    def test_between_inverts_add(self, start: dt.date, n: int) -> None:
        """working_days_between(s, add_working_days(s, n)) == n for every s and n >= 1."""
        assert CAL.working_days_between(start, CAL.add_working_days(start, n)) == n

    @FAST
    @given(starts, halves, halves)
    def test_adding_a_then_b_equals_adding_a_plus_b(self, start: dt.date, a: int, b: int) -> None:
        """Composition: counting a days and then b more from the result is counting a + b days."""
        assert CAL.add_working_days(CAL.add_working_days(start, a), b) == CAL.add_working_days(start, a + b)

    @FAST
    @given(working_starts, st.integers(min_value=0, max_value=100), halves)
    def test_composition_from_a_working_day_start_with_zero(self, start: dt.date, a: int, b: int) -> None:
        """From a working-day start, n = 0 is the identity and composition holds for a >= 0."""
        assert CAL.add_working_days(start, 0) == start
        assert CAL.add_working_days(CAL.add_working_days(start, a), b) == CAL.add_working_days(start, a + b)

    @FAST
    @given(late_starts)
    def test_zero_rolls_forward_to_the_first_working_day_on_or_after(self, start: dt.date) -> None:
        """n = 0 is start itself if a working day, else the next one (《民法典》第二百零三条)."""
        rolled = CAL.add_working_days(start, 0)
        assert rolled == CAL.next_working_day_on_or_after(start)
        assert CAL.is_working_day(rolled)
        assert rolled >= start
        assert CAL.working_days_between(start - dt.timedelta(days=1), rolled) == 1

    @FAST
    @given(late_starts, counts)
    def test_backwards_is_the_mirror_image(self, start: dt.date, n: int) -> None:
        """n < 0 is the |n|-th working day strictly before start; from a working day, adding n back returns."""
        earlier = CAL.add_working_days(start, -n)
        assert earlier < start
        assert CAL.is_working_day(earlier)
        assert CAL.add_working_days(earlier, n) == CAL.add_working_days(start, 0)

    @settings(max_examples=150, deadline=None)
    @given(working_starts, counts)
    def test_agrees_with_chinese_calendar_find_workday(self, start: dt.date, n: int) -> None:
        """Independent oracle: for a working-day start, chinese_calendar.find_workday(n, start) is the same day."""
        assert CAL.add_working_days(start, n) == chinese_calendar.find_workday(n, start)


class TestWorkingDaysBetween:
    """The count of working days d with start < d <= end."""

    @settings(max_examples=150, deadline=None)
    @given(starts, st.integers(min_value=0, max_value=400))
    def test_agrees_with_chinese_calendar_get_workdays(self, start: dt.date, span: int) -> None:
        """Independent oracle: the number of chinese-calendar workdays in [start + 1, end]."""
        end = min(start + dt.timedelta(days=span), dt.date(2026, 12, 31))
        expected = len(chinese_calendar.get_workdays(start + dt.timedelta(days=1), end)) if end > start else 0
        assert CAL.working_days_between(start, end) == expected

    @FAST
    @given(starts, starts)
    def test_antisymmetric(self, a: dt.date, b: dt.date) -> None:
        """Swapping the ends negates the count."""
        assert CAL.working_days_between(a, b) == -CAL.working_days_between(b, a)


class TestBatchEqualsScalar:
    """The numpy forms give the scalar answers element by element."""

    @settings(max_examples=60, deadline=None)
    @given(st.lists(starts, min_size=1, max_size=40), st.integers(min_value=-150, max_value=200))
    def test_add_array_scalar_n(self, days: list[dt.date], n: int) -> None:
        """add_working_days_array(starts, n)[i] == add_working_days(starts[i], n)."""
        days = [d for d in days if d.year > 2008 or n >= 0]
        array = np.array(days, dtype="datetime64[D]")
        got = CAL.add_working_days_array(array, n).astype(dt.date).tolist()
        assert got == [CAL.add_working_days(d, n) for d in days]

    @settings(max_examples=60, deadline=None)
    @given(
        st.lists(st.tuples(late_starts, st.integers(min_value=-150, max_value=200)), min_size=1, max_size=40)
    )
    def test_add_array_per_element_n(self, pairs: list[tuple[dt.date, int]]) -> None:
        """With an array of counts, each element uses its own n."""
        array = np.array([d for d, _ in pairs], dtype="datetime64[D]")
        steps = np.array([n for _, n in pairs])
        got = CAL.add_working_days_array(array, steps).astype(dt.date).tolist()
        assert got == [CAL.add_working_days(d, n) for d, n in pairs]

    @settings(max_examples=60, deadline=None)
    @given(st.lists(st.tuples(starts, starts), min_size=1, max_size=40))
    def test_between_array(self, pairs: list[tuple[dt.date, dt.date]]) -> None:
        """working_days_between_array(starts, ends)[i] == working_days_between(starts[i], ends[i])."""
        a = np.array([s for s, _ in pairs], dtype="datetime64[D]")
        b = np.array([e for _, e in pairs], dtype="datetime64[D]")
        assert CAL.working_days_between_array(a, b).tolist() == [
            CAL.working_days_between(s, e) for s, e in pairs
        ]


class TestBounds:
    """The calendar refuses rather than guesses beyond the last published notice."""

    @settings(max_examples=100, deadline=None)
    @given(st.dates(min_value=dt.date(2026, 12, 1), max_value=dt.date(2026, 12, 31)), st.integers(30, 400))
    def test_counting_past_the_last_year_raises(self, start: dt.date, n: int) -> None:
        """An answer needing a day of the next (unpublished) year raises calendar.beyond_published_year."""
        with pytest.raises(CalendarRangeError) as info:
            CAL.add_working_days(start, n)
        assert info.value.code == "calendar.beyond_published_year"
