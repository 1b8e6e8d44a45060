"""The duplicate-key check counts the keys a report was given; a 2021 or 2019 report's in one getter (issue 16).

``_keys_given`` fetches every nested model of a report whose nesting is fixed (each nested field one model) with
one ``attrgetter``; the count must be the walk's over its fields, for reports given every key or only some.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules import report_from_json
from disclosure_rules._models import LegacyReport, _fixed_nesting, _keys_given, _keys_walked, report_to_json
from tests.strategies import consistent_reports_2019, consistent_reports_2021

if TYPE_CHECKING:
    from disclosure_rules._models import AnyReport


@settings(max_examples=60, deadline=None)
@given(report=consistent_reports_2021() | consistent_reports_2019(), data=st.data())
def test_the_keys_are_counted_at_once_as_field_by_field(report: AnyReport, data: st.DataObject) -> None:
    document = json.loads(report_to_json(report))
    for table in ("requests", "review_litigation", "proactive_disclosure", "publication", "overview"):
        names = data.draw(st.lists(st.sampled_from(sorted(document[table])), max_size=4, unique=True))
        for name in names:
            del document[table][name]  # left to their defaults: fewer keys given
    given_back = report_from_json(json.dumps(document, ensure_ascii=False))
    assert _fixed_nesting(type(given_back)) is not None
    assert _keys_given(given_back) == _keys_walked(given_back) > 0
    assert _keys_given(given_back) <= json.dumps(document).count(":")  # a colon after every key


def test_a_legacy_report_is_walked() -> None:
    """Sections in tuples and optional figures: no fixed nesting."""
    assert _fixed_nesting(LegacyReport) is None
