"""Partial tables: what a stream of records adds up to, kept as counters that can be added together.

A province-wide run is a sum: count each file (or each chunk of a file) into a :class:`Tally`, add the tallies,
and build the report once from the sum. Addition is exact and order-free, so the work splits across
processes or machines (docs/aggregate.md). Table 三 cells are a ``Counter`` keyed by ``(row code, column
code)`` over the six applicant columns; 总计 rows and columns are derived when the report is built.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field, fields
from typing import Any, Final, TypeVar

from disclosure_rules._aggregate._errors import AggregateError, BadRow, BadRowError

#: How many skipped rows a tally lists one by one; beyond this only the count grows (bounded memory). The
#: count is always exact, so nothing is dropped without being counted.
MAX_LISTED_BAD_ROWS: Final = 10_000


class BadRows:
    """A counter's bad rows: raised at once, or (``skip``) counted exactly and the first ones listed."""

    __slots__ = ("count", "listed", "skip")

    def __init__(self, *, skip: bool) -> None:
        self.skip = skip
        self.listed: list[BadRow] = []
        self.count = 0

    def reject(self, bad: BadRow) -> None:
        """Raise :class:`BadRowError` for ``bad``, or count and list it when bad rows are skipped."""
        if not self.skip:
            raise BadRowError(bad, message_zh=bad.describe_zh())
        self.count += 1
        if len(self.listed) < MAX_LISTED_BAD_ROWS:
            self.listed.append(bad)


CellKey = tuple[str, str]
"""``(row code, applicant column code)`` of a table 三 cell, e.g. ``("granted", "natural_person")``."""


_Tally = TypeVar("_Tally", "RequestTally", "ItemTally")


def _summed(first: _Tally, second: _Tally) -> _Tally:
    """Field by field: the year kept (it must be the same), the bad rows listed up to the bound, the rest added."""
    _same_year(first.year, second.year)
    values: dict[str, Any] = {}
    for name in (part.name for part in fields(first)):
        mine, theirs = getattr(first, name), getattr(second, name)
        if name == "year":
            values[name] = mine
        elif name == "bad_rows":
            values[name] = (mine + theirs)[:MAX_LISTED_BAD_ROWS]
        else:
            values[name] = mine + theirs
    return type(first)(**values)


@dataclass(frozen=True, slots=True)
class RequestTally:
    """Requests counted for one report year.

    ``cells`` holds 本年新收 (``new_received``), 上年结转 (``carried_over``), the outcome rows and 结转下年度
    (``carried_forward``) per applicant column. ``answered_*`` count the requests closed in the year by
    timeliness (on time, late, unknown: no deadline could be computed). ``received_after_year`` and
    ``closed_before_year`` are valid records that belong to no cell of this year's table.
    """

    year: int
    cells: Counter[CellKey] = field(default_factory=Counter)
    answered_on_time: int = 0
    answered_late: int = 0
    answered_timeliness_unknown: int = 0
    received_after_year: int = 0
    closed_before_year: int = 0
    records: int = 0
    bad_rows: tuple[BadRow, ...] = ()
    bad_row_count: int = 0

    def __add__(self, other: RequestTally) -> RequestTally:
        """The tally of both inputs together (same year only)."""
        if not isinstance(other, RequestTally):
            return NotImplemented
        return _summed(self, other)

    def cell(self, row_code: str, column_code: str) -> int:
        """One cell (0 when nothing was counted there)."""
        return self.cells[row_code, column_code]

    @property
    def answered(self) -> int:
        """Requests closed in the year (三、（七）总计 of the six columns)."""
        return self.answered_on_time + self.answered_late + self.answered_timeliness_unknown


@dataclass(frozen=True, slots=True)
class ItemTally:
    """Proactively disclosed items counted for one report year.

    ``published`` counts items published in the year; ``published_on_time`` / ``_late`` / ``_timeliness_unknown``
    split them against the 20-working-day limit (第二十六条). ``by_category`` and ``by_channel`` count the
    items published in the year (an item on two channels counts under both). ``documents_issued`` counts
    items formed in the year whose category is 规章 or 行政规范性文件 (table 二 本年制发件数, keyed by the
    table 二 row label; ``categorised`` counts the items that had a category at all, so that a 0 there means
    "none" rather than "not recorded"). ``pending`` counts items formed or changed by 31 December and not
    published by then.
    """

    year: int
    published: int = 0
    published_on_time: int = 0
    published_late: int = 0
    published_timeliness_unknown: int = 0
    by_category: Counter[str] = field(default_factory=Counter)
    by_channel: Counter[str] = field(default_factory=Counter)
    documents_issued: Counter[str] = field(default_factory=Counter)
    pending: int = 0
    outside_year: int = 0
    categorised: int = 0
    records: int = 0
    bad_rows: tuple[BadRow, ...] = ()
    bad_row_count: int = 0

    def __add__(self, other: ItemTally) -> ItemTally:
        """The tally of both inputs together (same year only)."""
        if not isinstance(other, ItemTally):
            return NotImplemented
        return _summed(self, other)


@dataclass(frozen=True, slots=True)
class Tally:
    """Requests and items of one report year; ``a + b`` is the tally of both inputs."""

    requests: RequestTally
    items: ItemTally

    @classmethod
    def empty(cls, year: int) -> Tally:
        """Nothing counted yet."""
        return cls(RequestTally(year), ItemTally(year))

    @property
    def year(self) -> int:
        """The report year."""
        return self.requests.year

    def __add__(self, other: Tally) -> Tally:
        """The tally of both inputs together (same year only)."""
        if not isinstance(other, Tally):
            return NotImplemented
        return Tally(self.requests + other.requests, self.items + other.items)

    @property
    def bad_rows(self) -> tuple[BadRow, ...]:
        """The skipped rows listed (at most :data:`MAX_LISTED_BAD_ROWS` per kind)."""
        return self.requests.bad_rows + self.items.bad_rows

    @property
    def bad_row_count(self) -> int:
        """How many rows were skipped in all (exact)."""
        return self.requests.bad_row_count + self.items.bad_row_count


def _same_year(first: int, second: int) -> None:
    if first != second:
        raise AggregateError(
            f"cannot add the tally of {second} to that of {first}: a report covers one year",
            code="aggregate.year_mismatch",
            message_zh=f"不能把{second}年的台账统计并入{first}年的：一份报告只统计一个年度",
        )
