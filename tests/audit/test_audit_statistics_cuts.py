"""The statistics table's glued runs: the one predicate for a run every cut of which puts the year above its total."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._audit._statistics import _cuts, _cuts_above, _every_cut


@given(st.text(alphabet="0123456789", min_size=1, max_size=7))
def test_the_cuts_above_are_every_cut_when_none_keeps_the_year_within(digits: str) -> None:
    every = _every_cut(digits)
    assert _cuts_above(digits) == (every if not _cuts(digits) else [])
    assert all(year > running for year, running in _cuts_above(digits))


def test_a_run_that_only_cuts_above_is_named_and_one_that_fits_is_not() -> None:
    assert _cuts_above("10") == [(1, 0)]  # 受理政府信息公开申请总数条10 (pingtan_nyn_2017): only 1 | 0
    assert _cuts_above("12") == []  # 1 | 2 keeps the year within its running total
    assert _cuts_above("7") == []  # one digit: no cut at all, left to the note on unread runs
