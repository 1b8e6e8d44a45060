"""The scalar calendar methods convert foreign exceptions themselves instead of going through the API guard's wrapper.

The guard (``_api_guard``) wraps every public method so that a wrong argument leaves as the library's coded
``ArgumentError``; for the three scalar look-ups the wrapper's extra call cost as much as the look-up itself, so they
carry the conversion in their own body. These tests hold that the public behaviour is the guard's: the same codes for
the same wrong arguments, the library's own errors unchanged, and no wrapper left on the methods.
"""

from __future__ import annotations

import datetime as dt
import inspect
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

import disclosure_rules
from disclosure_rules import CalendarRangeError, DisclosureRulesError, InputError
from disclosure_rules._api_guard import as_library_error

if TYPE_CHECKING:
    from collections.abc import Callable

CAL = disclosure_rules.WorkingDayCalendar.china()
SELF_GUARDED = ("add_working_days", "is_working_day", "next_working_day_on_or_after", "working_days_between")
DAY = dt.date(2026, 3, 2)

not_a_date = st.one_of(
    st.none(),
    st.integers(),
    st.floats(allow_nan=False),
    st.text(max_size=5),
    st.lists(st.integers(), max_size=2),
)


def _calls(bad: object) -> list[tuple[str, Callable[[], object]]]:
    return [
        ("add_working_days", lambda: CAL.add_working_days(bad, 5)),  # type: ignore[arg-type]
        ("is_working_day", lambda: CAL.is_working_day(bad)),  # type: ignore[arg-type]
        ("next_working_day_on_or_after", lambda: CAL.next_working_day_on_or_after(bad)),  # type: ignore[arg-type]
        ("working_days_between", lambda: CAL.working_days_between(DAY, bad)),  # type: ignore[arg-type]
        ("working_days_between", lambda: CAL.working_days_between(bad, DAY)),  # type: ignore[arg-type]
    ]


@given(not_a_date)
def test_a_start_that_is_not_a_date_is_the_librarys_wrong_type_error(bad: object) -> None:
    for name, call in _calls(bad):
        with pytest.raises(InputError) as caught:
            call()
        assert caught.value.code == "input.wrong_type", name
        assert f"WorkingDayCalendar.{name}()" in str(caught.value)
        assert caught.value.__cause__ is not None  # the original error is kept for whoever debugs


@given(st.one_of(st.none(), st.floats(allow_nan=False), st.text(max_size=3)))
def test_a_count_that_is_not_an_integer_is_the_librarys_wrong_type_error(n: object) -> None:
    with pytest.raises(InputError) as caught:
        CAL.add_working_days(DAY, n)  # type: ignore[arg-type]
    assert caught.value.code == "input.wrong_type"


@given(
    st.integers(min_value=-(10**40), max_value=10**40), st.dates(dt.date(1990, 1, 1), dt.date(2040, 12, 31))
)
def test_every_answer_or_error_is_the_librarys_own(n: int, start: dt.date) -> None:
    errors: list[CalendarRangeError] = []
    try:
        answer = CAL.add_working_days(start, n)
    except CalendarRangeError as error:  # the library's own error passes unchanged, not re-wrapped
        errors.append(error)
    else:
        assert CAL.working_days_between(start, answer) == n or n <= 0
    assert all(error.code == "calendar.beyond_published_year" and error.__cause__ is None for error in errors)


def test_the_methods_carry_no_wrapper_and_every_other_public_method_is_guarded() -> None:
    for name, value in vars(disclosure_rules.WorkingDayCalendar).items():
        if name.startswith("_") or not inspect.isfunction(value):
            continue
        assert getattr(value, "__disclosure_rules_guarded__", False), name
        assert hasattr(value, "__wrapped__") == (name not in SELF_GUARDED), name


def test_the_conversion_is_the_guards() -> None:
    own = CalendarRangeError("beyond", message_zh="超出")
    assert as_library_error(own, "f") is own
    assert isinstance(as_library_error(KeyError("k"), "f"), InputError)
    assert as_library_error(OverflowError("o"), "f").code == "input.out_of_range"  # type: ignore[attr-defined]
    other = RuntimeError("r")
    assert as_library_error(other, "f") is other
    assert not isinstance(as_library_error(other, "f"), DisclosureRulesError)


@given(st.integers(min_value=1, max_value=6000), st.dates(dt.date(2008, 1, 1), dt.date(2026, 12, 31)))
def test_counting_back_past_the_first_year_names_the_day_before_it(n: int, start: dt.date) -> None:
    """Before the fix the error named 2008-01-01 itself and asked for next year's schedule (a wrong message)."""
    first = dt.date(2008, 1, 1)
    # the working days d with first <= d < start: the furthest a count back from start can reach
    before = CAL.working_days_between(first, start) + CAL.is_working_day(first) - CAL.is_working_day(start)
    if n <= before:
        assert CAL.add_working_days(start, -n) >= dt.date(2008, 1, 1)
        return
    with pytest.raises(CalendarRangeError) as caught:
        CAL.add_working_days(start, -n)
    assert "2007-12-31 is before 2008-01-01" in str(caught.value)
    assert "2007年12月31日早于2008年1月1日" in caught.value.message_zh


def test_the_first_working_day_of_2008_is_reachable_and_one_more_is_not() -> None:
    start = dt.date(2008, 3, 3)
    first_working = dt.date(2008, 1, 2)  # 2008-01-01 is 元旦
    back = CAL.working_days_between(first_working, start)  # counts start (a Monday), not 2008-01-02
    assert CAL.add_working_days(start, -back) == first_working
    with pytest.raises(CalendarRangeError, match="2007-12-31 is before"):
        CAL.add_working_days(start, -(back + 1))


def test_a_wrong_argument_is_worded_in_chinese_for_staff() -> None:
    with pytest.raises(InputError) as caught:
        CAL.add_working_days(None, 1)  # type: ignore[arg-type]
    assert caught.value.message_zh.startswith("传入的值类型不对")


@given(st.dates(dt.date(2008, 1, 1), dt.date(2026, 12, 31)))
def test_the_next_working_day_is_add_working_days_with_zero(day: dt.date) -> None:
    assert CAL.next_working_day_on_or_after(day) == CAL.add_working_days(day, 0)
