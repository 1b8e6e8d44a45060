"""Counting proactively disclosed items (主动公开) for section 二 and the section 一 figures.

Items are few (thousands a year, not millions), so each row becomes a :class:`ProactiveItem` and goes through
the deadline engine (第二十六条: 20 working days from formation or change). Rows are still streamed: an item is
counted and forgotten.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Final

from pydantic import ValidationError

from disclosure_rules._aggregate._errors import BadRow, RowProblem
from disclosure_rules._aggregate._tally import BadRows, ItemTally
from disclosure_rules._aggregate._timeliness import DeadlineError, Deadlines
from disclosure_rules._formatting import chinese_date
from disclosure_rules._labels import table2_row_label
from disclosure_rules._parsing import first_error, parse_date, validation_summary_zh
from disclosure_rules._records import ProactiveItem
from disclosure_rules._text import normalise_label

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Sequence

#: Label for items published without a category, so that the category counts still add up to the total.
UNCATEGORISED: Final = "未分类"
#: Label for items published without a channel.
NO_CHANNEL: Final = "未注明"
#: Table 二 rows (第二十条第（一）项) an item's category can name; 规范性文件 is the 2019 wording of the second.
_DOCUMENT_ROWS: Final = {
    normalise_label(table2_row_label(row_field, report_format)): table2_row_label(row_field)
    for row_field in ("rules", "normative_documents")
    for report_format in ("2021", "2019")
}
_CHANNEL_SPLIT: Final = re.compile(r"[;；、,，|/]+")


@dataclass(frozen=True, slots=True)
class ItemColumns:
    """Where each item field sits in a row (``None``: no such column) and the header names."""

    id: int
    title: int
    formed: int
    changed: int | None = None
    published: int | None = None
    category: int | None = None
    channels: int | None = None
    document_number: int | None = None
    agency: int | None = None
    names: tuple[str, ...] = ()

    def name(self, index: int | None, field: str) -> str:
        """The header of a column, for messages."""
        if index is not None and index < len(self.names):
            return self.names[index]
        return field


def split_channels(text: str) -> tuple[str, ...]:
    """The channels of an item as one cell writes them (``门户网站；公共查阅点``)."""
    return tuple(part.strip() for part in _CHANNEL_SPLIT.split(text) if part.strip())


class ItemCounter:
    """Counts item rows or records for one report year into an :class:`ItemTally`."""

    def __init__(self, year: int, *, deadlines: Deadlines | None = None, skip_bad_rows: bool = False) -> None:
        self.year = year
        self._start = dt.date(year, 1, 1)
        self._end = dt.date(year, 12, 31)
        self._deadlines = deadlines or Deadlines()
        self._published = self._on_time = self._late = self._unknown = 0
        self._pending = self._outside = self._records = self._categorised = 0
        self._by_category: Counter[str] = Counter()
        self._by_channel: Counter[str] = Counter()
        self._documents: Counter[str] = Counter()
        self._bad = BadRows(skip=skip_bad_rows)

    def tally(self) -> ItemTally:
        """What has been counted so far."""
        return ItemTally(
            year=self.year,
            published=self._published,
            published_on_time=self._on_time,
            published_late=self._late,
            published_timeliness_unknown=self._unknown,
            by_category=Counter(self._by_category),
            by_channel=Counter(self._by_channel),
            documents_issued=Counter(self._documents),
            pending=self._pending,
            outside_year=self._outside,
            categorised=self._categorised,
            records=self._records + self._bad.count,
            bad_rows=tuple(self._bad.listed),
            bad_row_count=self._bad.count,
        )

    def count_rows(
        self,
        rows: Iterable[Sequence[str]],
        columns: ItemColumns,
        *,
        source: str,
        line: Callable[[], int],
        progress: Callable[[int], None] | None = None,
    ) -> None:
        """Count item rows laid out as ``columns`` says."""
        for done, row in enumerate(rows, start=1):
            try:
                item = self._item(row, columns)
                self._count(item, columns)
            except RowProblem as problem:
                self.reject(problem.bad_row(source, line()))
            if progress is not None and done % 4096 == 0:
                progress(done)

    def count_records(self, items: Iterable[ProactiveItem], *, source: str = "<records>") -> None:
        """Count :class:`ProactiveItem` records (the line of a bad one is its position, from 1)."""
        for position, item in enumerate(items, start=1):
            try:
                self._count(item, None)
            except RowProblem as problem:
                self.reject(problem.bad_row(source, position))

    def reject(self, bad: BadRow) -> None:
        """Report a bad row: raise :class:`BadRowError`, or list it when bad rows are skipped."""
        self._bad.reject(bad)

    @staticmethod
    def _text(row: Sequence[str], index: int | None) -> str:
        if index is None:
            return ""
        value = row[index]
        return (value if isinstance(value, str) else str(value)).strip()

    def _date(
        self, row: Sequence[str], columns: ItemColumns, index: int | None, field: str
    ) -> dt.date | None:
        text = self._text(row, index)
        if not text:
            return None
        try:
            return parse_date(text)
        except ValueError as exc:
            raise RowProblem.not_a_date(columns.name(index, field), text, exc) from None

    def _item(self, row: Sequence[str], columns: ItemColumns) -> ProactiveItem:
        # Every column the layout reads must be in the row: a short row (a quote left open swallows cells)
        # is a bad row, not an IndexError.
        used = (columns.id, columns.title, columns.formed, columns.changed, columns.published, columns.category,
                columns.channels, columns.document_number, columns.agency)  # fmt: skip
        width = max(index for index in used if index is not None) + 1
        if len(row) < width:
            raise RowProblem.too_few_fields(len(row), len(columns.names))
        item_id = self._text(row, columns.id)
        if not item_id:
            raise RowProblem.empty(columns.name(columns.id, "id"), "the item id", "信息编号")
        formed = self._date(row, columns, columns.formed, "formed")
        if formed is None:
            raise RowProblem.empty(
                columns.name(columns.formed, "formed"), "the formation date", "信息形成日期"
            )
        channels = split_channels(self._text(row, columns.channels))
        try:
            return ProactiveItem(
                id=item_id,
                title=self._text(row, columns.title),
                formed=formed,
                changed=self._date(row, columns, columns.changed, "changed"),
                published=self._date(row, columns, columns.published, "published"),
                category=self._text(row, columns.category) or None,
                channels=channels,
                document_number=self._text(row, columns.document_number) or None,
                agency=self._text(row, columns.agency) or None,
            )
        except ValidationError as exc:  # pragma: no cover - every field is checked above
            where, message = first_error(exc)
            raise RowProblem(
                where.partition(".")[0],
                "record",
                message,
                message_zh=f"信息{item_id}有误，{validation_summary_zh(exc, top='整体', count=False)}",
            ) from None

    def _count(self, item: ProactiveItem, columns: ItemColumns | None) -> None:
        start = item.changed or item.formed
        if item.changed is not None and item.changed < item.formed:
            raise RowProblem(
                _column(columns, "changed"),
                "order",
                f"item {item.id}: changed on {item.changed.isoformat()}, before it was formed ({item.formed.isoformat()})",
                message_zh=f"信息{item.id}：变更日期{chinese_date(item.changed)}早于形成日期{chinese_date(item.formed)}",
            )
        if item.published is not None and item.published < start:
            raise RowProblem(
                _column(columns, "published"),
                "order",
                f"item {item.id}: published on {item.published.isoformat()}, before it was formed or changed "
                f"({start.isoformat()})",
                message_zh=f"信息{item.id}：公开日期{chinese_date(item.published)}早于形成或变更日期{chinese_date(start)}",
            )
        published = (
            item.published
            if item.published is not None and self._start <= item.published <= self._end
            else None
        )
        due: dt.date | None = None
        if published is not None:
            try:
                due = self._deadlines.item_due(item)
            except DeadlineError as exc:
                column = _column(columns, exc.field or "formed")
                raise RowProblem(
                    column, "history", f"[{exc.code}] {exc.message}", message_zh=exc.message_zh
                ) from None
        # Nothing below can fail: the row is counted whole or not at all.
        self._records += 1
        if item.category:
            self._categorised += 1
        document_row = _DOCUMENT_ROWS.get(normalise_label(item.category or ""))
        if document_row is not None and self._start <= item.formed <= self._end:
            self._documents[document_row] += 1  # table 二 本年制发件数 (第二十条第（一）项)
        if published is not None:
            self._count_published(item, published, due)
        elif start <= self._end and (item.published is None or item.published > self._end):
            self._pending += 1  # formed or changed by 31 December, not published by then
        else:
            self._outside += 1

    def _count_published(self, item: ProactiveItem, published: dt.date, due: dt.date | None) -> None:
        self._published += 1
        if due is None:
            self._unknown += 1
        elif published <= due:
            self._on_time += 1
        else:
            self._late += 1
        self._by_category[item.category or UNCATEGORISED] += 1
        for channel in dict.fromkeys(item.channels) or (NO_CHANNEL,):
            self._by_channel[channel] += 1


def _column(columns: ItemColumns | None, field: str) -> str:
    if columns is None:
        return field
    index = getattr(columns, field, None)
    return columns.name(index if isinstance(index, int) else None, field)
