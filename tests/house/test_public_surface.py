"""The public surface reads well: help() of a function stays short, docs' names are public."""

from __future__ import annotations

import inspect

import disclosure_rules


def test_help_of_a_public_function_prints_a_short_signature() -> None:
    """A default such as ``rules=NATIONAL_RULES`` is shown by a short repr, not 4,000 characters."""
    long = {}
    for name in disclosure_rules.__all__:
        value = getattr(disclosure_rules, name)
        if callable(value) and not isinstance(value, type):
            signature = str(inspect.signature(value))
            if len(signature) > 400:
                long[name] = len(signature)
    assert long == {}


def test_the_names_docs_and_users_need_are_public() -> None:
    for name in (
        "report_view",
        "ReportView",
        "roll_up_detailed",
        "RollUpProblem",
        "normalise_label",
        "parse_date",
    ):
        assert name in disclosure_rules.__all__
