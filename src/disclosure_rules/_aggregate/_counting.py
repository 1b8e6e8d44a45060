"""The streaming core: count rows into a :class:`~disclosure_rules._aggregate._tally.Tally` without models.

Rows arrive as sequences of strings (a CSV row, or a JSON Lines / spreadsheet record laid out the same way).
The hot loop turns each field into a small integer through dictionaries filled on first sight (a date string
→ its ordinal and its place relative to the report year; an outcome label → its row), and counts the tuple
``(received period, closed period, late, outcome, applicant)`` in a dictionary of a few hundred keys at most.
Anything the dictionaries do not know — a new date, a typo, an empty field, a key never seen — takes the
slow path, which checks every field, fills the dictionaries, or reports the row with its file, line and
column. Memory is bounded by the number of distinct dates and labels, not by the number of rows.

How a request lands in table 三 for year Y (国办公开办函〔2021〕30号, table note 一 + 二 = 三（七）+ 四):

* received in Y → 一、本年新收; received before Y and not closed before 1 January → 二、上年结转;
* closed in Y → its outcome row under 三 (exactly one row: "只计这一情形"); open on 31 December (no closed
  date, or closed after Y) → 四、结转下年度继续办理;
* received after Y or closed before Y: not in Y's table (counted as ``received_after_year`` /
  ``closed_before_year``, never dropped silently).

Every request counted on the left of the note is counted once on the right, so the identity holds by
construction.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass
from itertools import islice
from typing import TYPE_CHECKING, Final

from pydantic import ValidationError

from disclosure_rules._aggregate._errors import BadRow, RowProblem
from disclosure_rules._aggregate._matching import (
    APPLICANT_CODES,
    OUTCOME_CODES,
    applicant_index,
    is_undivided_other,
    outcome_index,
)
from disclosure_rules._aggregate._tally import BadRows, RequestTally
from disclosure_rules._aggregate._timeliness import DeadlineError, Deadlines
from disclosure_rules._formatting import chinese_date
from disclosure_rules._labels import COLUMN_CODE_BY_APPLICANT_TYPE, TABLE3_APPLICANT_COLUMNS, table3_row
from disclosure_rules._parsing import (
    ParseError,
    load_json,
    parse_date,
    validation_summary,
    validation_summary_zh,
)
from disclosure_rules._records import InformationRequest, RequestChannel

if TYPE_CHECKING:
    from collections.abc import Callable, Iterable, Iterator, Sequence

#: Rows per chunk between two progress callbacks.
CHUNK_ROWS: Final = 16_384
#: Free-text outcomes and names remembered after classification; beyond this they are classified each time.
MAX_CACHED_FREE_TEXT: Final = 50_000

_OPEN: Final = 10**9  # ordinal of "not closed": after every date
_BEFORE, _IN, _AFTER, _NOT_CLOSED = 0, 1, 2, 3
_UNKNOWN_DUE: Final = 3  # added to the received period when no deadline could be computed
_NO_OUTCOME: Final = -1

# (received period [+3 if the deadline is unknown], closed period, late, outcome row, applicant column)
_Key = tuple[int, int, bool, int, int]
_APPLICANT_LABELS: Final = "、".join(column.label for column in TABLE3_APPLICANT_COLUMNS)


@dataclass(frozen=True, slots=True)
class RequestColumns:
    """Where each request field sits in a row (``None``: the input has no such column) and its header name."""

    id: int
    received: int
    outcome: int
    closed: int
    applicant_type: int | None = None
    applicant_name: int | None = None
    channel: int | None = None
    confirmed: int | None = None
    events: int | None = None
    names: tuple[str, ...] = ()

    def name(self, index: int | None, field: str) -> str:
        """The header of a column, for messages (the field name when the header is unknown)."""
        if index is not None and index < len(self.names):
            return self.names[index]
        return field

    @property
    def width(self) -> int:
        """How many fields a row needs for every known column."""
        used = [
            i for i in (self.id, self.received, self.outcome, self.closed, *self._optional) if i is not None
        ]
        return max(used) + 1

    @property
    def _optional(self) -> tuple[int | None, ...]:
        return (self.applicant_type, self.applicant_name, self.channel, self.confirmed, self.events)

    @property
    def has_history(self) -> bool:
        """Whether rows may carry an event history or a confirmation day (the deadline engine's input)."""
        return self.events is not None or self.confirmed is not None


def _period(ordinal: int, start: int, end: int) -> int:
    if ordinal < start:
        return _BEFORE
    return _IN if ordinal <= end else _AFTER


class RequestCounter:
    """Counts request rows or records for one report year into a :class:`RequestTally`.

    ``skip_bad_rows`` lists bad rows instead of raising :class:`BadRowError` on the first one;
    ``classify_free_text`` sends outcomes that are no table 三 label, and missing applicant types, through
    the classifiers (:mod:`disclosure_rules._classify`); only *clear* decisions are accepted.
    """

    def __init__(
        self,
        year: int,
        *,
        deadlines: Deadlines | None = None,
        skip_bad_rows: bool = False,
        classify_free_text: bool = False,
    ) -> None:
        self.year = year
        self._start = dt.date(year, 1, 1).toordinal()
        self._end = dt.date(year, 12, 31).toordinal()
        self._deadlines = deadlines or Deadlines()
        self._classify = classify_free_text
        self._counts: dict[_Key, int] = {}
        # received text → (ordinal, period [+3 when the deadline is unknown], deadline ordinal)
        self._received: dict[str, tuple[int, int, int]] = {}
        # closed text → (ordinal, period); the empty string means still open
        self._closed: dict[str, tuple[int, int]] = {"": (_OPEN, _NOT_CLOSED)}
        self._outcomes: dict[str, int] = {"": _NO_OUTCOME}
        self._applicants: dict[str, int] = {}
        self._bad = BadRows(skip=skip_bad_rows)

    @property
    def classifies(self) -> bool:
        """Whether free-text outcomes and missing applicant types go through the classifiers."""
        return self._classify

    # -- results ------------------------------------------------------------------------------------

    def tally(self) -> RequestTally:
        """What has been counted so far."""
        cells: Counter[tuple[str, str]] = Counter()
        on_time = late_count = unknown = after = before = records = 0
        for (received, closed, late, outcome, applicant), n in self._counts.items():
            records += n
            period = received % _UNKNOWN_DUE
            if period == _AFTER:
                after += n
                continue
            if closed == _BEFORE:
                before += n
                continue
            column = APPLICANT_CODES[applicant]
            cells["new_received" if period == _IN else "carried_over", column] += n
            if closed == _IN:
                cells[OUTCOME_CODES[outcome], column] += n
                if received >= _UNKNOWN_DUE:
                    unknown += n
                elif late:
                    late_count += n
                else:
                    on_time += n
            else:
                cells["carried_forward", column] += n
        return RequestTally(
            year=self.year,
            cells=cells,
            answered_on_time=on_time,
            answered_late=late_count,
            answered_timeliness_unknown=unknown,
            received_after_year=after,
            closed_before_year=before,
            records=records + self._bad.count,
            bad_rows=tuple(self._bad.listed),
            bad_row_count=self._bad.count,
        )

    # -- rows of text --------------------------------------------------------------------------------

    def count_rows(
        self,
        rows: Iterable[Sequence[str]],
        columns: RequestColumns,
        *,
        source: str,
        line: Callable[[], int],
        progress: Callable[[int], None] | None = None,
    ) -> None:
        """Count rows laid out as ``columns`` says; ``line()`` gives the current row's line for messages."""
        if columns.applicant_type is None:
            self._count_rows_checked(rows, columns, source=source, line=line, progress=progress)
            return
        if columns.has_history:
            # Rows with events or a confirmation day need the engine; the others take the fast path.
            rows = self._divert_history(rows, columns, source, line)
        iid, ir, ic, io, ia = (
            columns.id,
            columns.received,
            columns.closed,
            columns.outcome,
            columns.applicant_type,
        )
        received, closed, outcomes, applicants, counts = (
            self._received,
            self._closed,
            self._outcomes,
            self._applicants,
            self._counts,
        )
        iterator = iter(rows)
        done = 0
        while True:
            row: Sequence[str] | None = None
            for row in islice(iterator, CHUNK_ROWS):
                try:
                    r_ordinal, r_period, due = received[row[ir]]
                    c_ordinal, c_period = closed[row[ic]]
                    key = (r_period, c_period, c_ordinal > due, outcomes[row[io]], applicants[row[ia]])
                    if c_ordinal < r_ordinal or not row[iid]:
                        self._slow(row, columns, source, line)
                        continue
                    counts[key] += 1
                except (KeyError, IndexError):
                    self._slow(row, columns, source, line)
            if row is None:
                return
            done += CHUNK_ROWS
            if progress is not None:
                progress(done)

    def _divert_history(
        self, rows: Iterable[Sequence[str]], columns: RequestColumns, source: str, line: Callable[[], int]
    ) -> Iterator[Sequence[str]]:
        history = [index for index in (columns.events, columns.confirmed) if index is not None]
        for row in rows:
            try:
                if any(row[index] for index in history):
                    self._slow(row, columns, source, line)
                    continue
            except IndexError:
                pass  # a short row: the fast path sends it to the checks, which name the problem
            yield row

    def _count_rows_checked(
        self,
        rows: Iterable[Sequence[str]],
        columns: RequestColumns,
        *,
        source: str,
        line: Callable[[], int],
        progress: Callable[[int], None] | None,
    ) -> None:
        for done, row in enumerate(rows, start=1):
            self._slow(row, columns, source, line)
            if progress is not None and done % CHUNK_ROWS == 0:
                progress(done)

    def _slow(
        self, row: Sequence[str], columns: RequestColumns, source: str, line: Callable[[], int]
    ) -> None:
        try:
            key = self._row_key(row, columns)
        except RowProblem as problem:
            self.reject(problem.bad_row(source, line()))
            return
        self._counts[key] = self._counts.get(key, 0) + 1

    def reject(self, bad: BadRow) -> None:
        """Report a bad row: raise :class:`BadRowError`, or list it when bad rows are skipped."""
        self._bad.reject(bad)

    def _field(self, row: Sequence[str], index: int | None) -> str:
        if index is None:
            return ""
        value = row[index]
        return value if isinstance(value, str) else str(value)

    def _row_key(self, row: Sequence[str], columns: RequestColumns) -> _Key:
        if len(row) < columns.width:
            raise RowProblem.too_few_fields(len(row), len(columns.names))
        if not self._field(row, columns.id):  # the same test as the hot loop's, so both paths agree
            raise RowProblem.empty(columns.name(columns.id, "id"), "the request id", "申请编号")
        received_text = self._field(row, columns.received)
        closed_text = self._field(row, columns.closed)
        received = self._date(received_text, columns.name(columns.received, "received"), required=True)
        closed = self._date(closed_text, columns.name(columns.closed, "closed"), required=False)
        if closed is not None and received is not None and closed < received:
            raise RowProblem(
                columns.name(columns.closed, "closed"),
                "order",
                f"closed on {closed.isoformat()}, before it was received ({received.isoformat()})",
                closed_text,
                message_zh=f"办结日期{chinese_date(closed)}早于收到申请日期{chinese_date(received)}",
            )
        assert received is not None  # noqa: S101 - required=True never returns None
        outcome = self._outcome(self._field(row, columns.outcome), columns)
        applicant = self._applicant(row, columns)
        self._check_outcome_and_closed(outcome, closed, columns)
        events_text = self._field(row, columns.events).strip()
        confirmed_text = self._field(row, columns.confirmed).strip()
        if events_text or confirmed_text:
            due = self._history_due(row, columns, received, closed, outcome, applicant)
        else:
            try:
                self._remember_received(received_text, received)
            except DeadlineError as exc:  # e.g. received before the 2007 Regulations took effect
                column = columns.name(columns.received, "received")
                raise RowProblem(
                    column, "history", f"[{exc.code}] {exc.message}", received_text, message_zh=exc.message_zh
                ) from None
            due = self._deadlines.request_due(received)
        if closed_text.strip() == "" or closed is None:
            self._closed.setdefault(closed_text, (_OPEN, _NOT_CLOSED))
        else:
            self._closed.setdefault(closed_text, (closed.toordinal(), self._period(closed)))
        return self._key(received, closed, due, outcome, applicant)

    def _check_outcome_and_closed(
        self, outcome: int, closed: dt.date | None, columns: RequestColumns
    ) -> None:
        if closed is not None and outcome == _NO_OUTCOME:
            raise RowProblem(
                columns.name(columns.outcome, "outcome"),
                "closed_without_outcome",
                f"the request was closed on {closed.isoformat()} but its outcome is empty",
                message_zh=f"申请已于{chinese_date(closed)}办结，但办理结果为空",
            )
        if closed is None and outcome != _NO_OUTCOME:
            raise RowProblem(
                columns.name(columns.closed, "closed"),
                "outcome_without_closed",
                f"the outcome is {OUTCOME_CODES[outcome]} but the closed date is empty",
                message_zh=f"已填办理结果“{table3_row(OUTCOME_CODES[outcome]).canonical_label}”，但办结日期为空",
            )

    def _period(self, day: dt.date) -> int:
        return _period(day.toordinal(), self._start, self._end)

    def _key(
        self, received: dt.date, closed: dt.date | None, due: dt.date | None, outcome: int, applicant: int
    ) -> _Key:
        r_period = self._period(received) + (_UNKNOWN_DUE if due is None else 0)
        c_period = _NOT_CLOSED if closed is None else self._period(closed)
        late = closed is None or due is None or closed > due
        return (r_period, c_period, late, outcome, applicant)

    def _remember_received(self, text: str, received: dt.date) -> None:
        if text not in self._received:
            due = self._deadlines.request_due(received)
            period = self._period(received) + (_UNKNOWN_DUE if due is None else 0)
            self._received[text] = (received.toordinal(), period, due.toordinal() if due is not None else 0)

    def _date(self, text: str, column: str, *, required: bool) -> dt.date | None:
        if not text.strip():
            if required:
                raise RowProblem.empty(column, "the date", "日期")
            return None
        try:
            return parse_date(text)
        except ValueError as exc:
            raise RowProblem.not_a_date(column, text, exc) from None

    def _outcome(self, text: str, columns: RequestColumns) -> int:
        cached = self._outcomes.get(text)
        if cached is not None:
            return cached
        column = columns.name(columns.outcome, "outcome")
        if not text.strip():
            return _NO_OUTCOME
        found = outcome_index(text)
        if found is None and is_undivided_other(text):
            raise RowProblem(
                column,
                "outcome",
                "“（六）其他处理” is split in the 2021 format: name 1 (“逾期不补正”), 2 (“逾期未缴费”) or 3 (“其他”)",
                text,
                message_zh=(
                    f"“{text}”：2021年格式把（六）其他处理分为三项，请写明1.申请人无正当理由逾期不补正、"
                    "2.申请人逾期未按收费通知要求缴纳费用或3.其他"
                ),
            )
        if found is None and self._classify:
            found = _classify_outcome(text)
        if found is None:
            hint = "" if self._classify else " (free text: use classify_free_text / --classify-free-text)"
            raise RowProblem(
                column,
                "outcome",
                f"{text!r} is not an outcome row of table 三{hint}",
                text,
                message_zh=f"“{text}”不是表三的办理结果项",
            )
        if len(self._outcomes) < MAX_CACHED_FREE_TEXT:
            self._outcomes[text] = found
        return found

    def _applicant(self, row: Sequence[str], columns: RequestColumns) -> int:
        text = self._field(row, columns.applicant_type)
        cached = self._applicants.get(text)
        if cached is not None:
            return cached
        column = columns.name(columns.applicant_type, "applicant_type")
        found = applicant_index(text) if text.strip() else None
        if found is not None:
            self._applicants[text] = found
            return found
        name = self._field(row, columns.applicant_name).strip()
        if self._classify and name:
            classified = _classify_applicant(name, text.strip() or None)
            if classified is not None:
                return classified
        if not text.strip():
            raise RowProblem.empty(column, "the applicant type", "申请人类型")
        raise RowProblem(
            column,
            "applicant",
            f"{text!r} is not an applicant column of table 三",
            text,
            message_zh=f"“{text}”不是表三的申请人类型（{_APPLICANT_LABELS}）",
        )

    def _history_due(  # noqa: PLR0913, PLR0917 - the fields already parsed, passed on to the engine
        self,
        row: Sequence[str],
        columns: RequestColumns,
        received: dt.date,
        closed: dt.date | None,
        outcome: int,
        applicant: int,
    ) -> dt.date | None:
        events_column = columns.name(columns.events, "events")
        events_text = self._field(row, columns.events).strip()
        try:
            events = load_json(events_text, unique_keys=False) if events_text else []
        except ParseError as exc:
            raise RowProblem(
                events_column,
                "json",
                f"the event history is {exc}",
                events_text,
                message_zh=f"办理过程记录{exc.message_zh}",
            ) from None
        channel_text = self._field(row, columns.channel).strip()
        channel = RequestChannel.IN_PERSON
        if channel_text:
            found = RequestChannel.parse(channel_text)
            if found is None:
                raise RowProblem(
                    columns.name(columns.channel, "channel"),
                    "channel",
                    f"{channel_text!r} is not a request channel",
                    message_zh=f"“{channel_text}”不是申请渠道",
                )
            channel = found
        confirmed = self._date(
            self._field(row, columns.confirmed), columns.name(columns.confirmed, "confirmed"), required=False
        )
        try:
            request = InformationRequest.model_validate(
                {
                    "id": self._field(row, columns.id).strip(),
                    "received": received,
                    "channel": channel,
                    "confirmed": confirmed,
                    "applicant_type": APPLICANT_CODES[applicant],
                    "outcome": None if outcome == _NO_OUTCOME else OUTCOME_CODES[outcome],
                    "closed": closed,
                    "events": events,
                }
            )
        except ValidationError as exc:
            summary = validation_summary(exc, top="", count=False)
            raise RowProblem(
                events_column,
                "history",
                summary,
                events_text,
                message_zh=f"办理过程记录有误，{validation_summary_zh(exc, top='整体', count=False)}",
            ) from None
        return self._due_with_history(request, events_column)

    def _due_with_history(self, request: InformationRequest, column: str) -> dt.date | None:
        try:
            return self._deadlines.history_due(request)
        except DeadlineError as exc:
            raise RowProblem(
                exc.field or column, "history", f"[{exc.code}] {exc.message}", message_zh=exc.message_zh
            ) from None

    # -- records -------------------------------------------------------------------------------------

    def count_records(self, requests: Iterable[InformationRequest], *, source: str = "<records>") -> None:
        """Count :class:`InformationRequest` records (the line of a bad one is its position, from 1)."""
        for position, request in enumerate(requests, start=1):
            try:
                key = self._record_key(request)
            except RowProblem as problem:
                self.reject(problem.bad_row(source, position))
                continue
            self._counts[key] = self._counts.get(key, 0) + 1

    def _record_key(self, request: InformationRequest) -> _Key:
        if request.closed is not None and request.closed < request.received:
            raise RowProblem(
                "closed",
                "order",
                f"request {request.id}: closed on {request.closed.isoformat()}, before it was received "
                f"({request.received.isoformat()})",
                message_zh=(
                    f"申请{request.id}：办结日期{chinese_date(request.closed)}"
                    f"早于收到申请日期{chinese_date(request.received)}"
                ),
            )
        if request.applicant_type is None:
            raise RowProblem(
                "applicant_type",
                "missing",
                f"request {request.id}: the applicant type is empty",
                message_zh=f"申请{request.id}：申请人类型为空",
            )
        applicant = APPLICANT_CODES.index(_column_code(request))
        if request.outcome is None:
            outcome = _NO_OUTCOME
        elif request.outcome in OUTCOME_CODES:
            outcome = OUTCOME_CODES.index(request.outcome)
        else:
            raise RowProblem(
                "outcome",
                "outcome",
                f"request {request.id}: {request.outcome} is not a row of the 2021 table 三 (split “其他处理” in 1/2/3)",
                message_zh=f"申请{request.id}：“{request.outcome}”不是2021年格式表三的办理结果项（其他处理应分为1、2、3项）",
            )
        self._check_outcome_and_closed(outcome, request.closed, _RECORD_COLUMNS)
        if request.events or request.confirmed is not None:
            due = self._due_with_history(request, "events")
        else:
            due = self._deadlines.request_due(request.received)
        return self._key(request.received, request.closed, due, outcome, applicant)


_RECORD_COLUMNS: Final = RequestColumns(
    id=0, received=1, outcome=2, closed=3, names=("id", "received", "outcome", "closed")
)


def _column_code(request: InformationRequest) -> str:
    assert request.applicant_type is not None  # noqa: S101 - checked by the caller
    return COLUMN_CODE_BY_APPLICANT_TYPE[request.applicant_type]


def _classify_outcome(text: str) -> int | None:
    from disclosure_rules._classify import Confidence, classify_outcome  # noqa: PLC0415 - optional path

    result = classify_outcome(text)
    if result.confidence is Confidence.CLEAR and result.category in OUTCOME_CODES:
        return OUTCOME_CODES.index(result.category)
    return None


def _classify_applicant(name: str, declared: str | None) -> int | None:
    from disclosure_rules._classify import Confidence, classify_applicant  # noqa: PLC0415 - optional path

    try:
        result = classify_applicant(name, declared)
    except ValueError:
        result = classify_applicant(name)
    if result.confidence is Confidence.CLEAR and result.category is not None:
        return APPLICANT_CODES.index(COLUMN_CODE_BY_APPLICANT_TYPE[result.category])
    return None
