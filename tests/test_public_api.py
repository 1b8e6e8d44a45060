"""The public facade: a small, sorted ``__all__``; everything else is private."""

from __future__ import annotations

import disclosure_rules


def _isort_key(name: str) -> tuple[int, str]:
    """Constants, then classes, then functions, each alphabetical (ruff RUF022's order)."""
    if name.isupper():
        return (0, name)
    return (1, name) if name[0].isupper() else (2, name)


def test_all_is_sorted_and_unique() -> None:
    names = list(disclosure_rules.__all__)
    assert names == sorted(names, key=_isort_key)
    assert len(names) == len(set(names))


def test_every_public_name_resolves_and_is_not_private() -> None:
    for name in disclosure_rules.__all__:
        assert not name.startswith("_")
        assert getattr(disclosure_rules, name) is not None


def test_core_names_are_public() -> None:
    for name in (
        "AnnualReport2021",
        "AnnualReport2019",
        "LegacyReport",
        "validate",
        "Finding",
        "WorkingDayCalendar",
        "CalendarRangeError",
        "request_deadline",
        "proactive_deadline",
        "report_deadline",
        "processing_fee",
        "InformationRequest",
        "ProactiveItem",
        "render",
        "audit",
        "build_report",
        "roll_up",
    ):
        assert name in disclosure_rules.__all__, name
