"""Checking many published pages at once: one :class:`PageCheck` per file, in input order, in N processes.

Every page is read and audited once, by :func:`disclosure_rules.audit`, in a pool of worker processes
(``imap``: results come back in input order whatever process finished first). Results stream: what has been
checked is written to a temporary spill file as it arrives, not held in memory, so ten thousand pages need no
more memory than ten. A second, usually short, pass re-audits the pages whose agency's report for the year
before is among the input (the continuity checks need it) — a page is final only once the whole input has been
seen, which is why the first pass spills.
"""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import multiprocessing
import os
import pickle
import signal
import tempfile
from dataclasses import dataclass, field
from typing import IO, TYPE_CHECKING, Any, Final

from disclosure_rules._api_guard import public_class
from disclosure_rules._audit import AuditError, AuditResult, audit
from disclosure_rules._audit._auditor import UNKNOWN_AGENCY
from disclosure_rules._audit._documents import page_text
from disclosure_rules._audit._result import level_uncertain
from disclosure_rules._errors import InputError
from disclosure_rules._files import FileReadError, read_bytes
from disclosure_rules._models import AgencyLevel
from disclosure_rules._supervise._inputs import NOT_A_PAGE_EN, Candidate, candidates
from disclosure_rules._supervise._published import publication_date
from disclosure_rules._supervise._timeliness import LATE_CODE, LevelSource, late_publication

if TYPE_CHECKING:
    import datetime as dt
    from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence

    from disclosure_rules._models import AnyReport
    from disclosure_rules._validation import Finding

#: Pages a worker process takes at a time: small enough to keep both processes busy to the end.
CHUNK_PAGES: Final = 4
#: The tables whose cells are counted as read or not read (the canonical export's keys).
_TABLE_KEYS: Final = ("table2", "table3", "table4")
#: The code of a file passed over without being read as a report (not a page, or not readable).
NOT_A_PAGE: Final = "input.not_a_page"
UNREADABLE: Final = "input.unreadable"


@public_class
@dataclass(frozen=True, slots=True)
class PageCheck:
    """What checking one file gave: the page's summary and findings, or why it was passed over (``skipped``).

    ``agency_level`` is the level the publication deadline was judged by, ``level_source`` says whether it was
    ``"given"`` (the user's list of agencies) or ``"inferred"`` (from the agency's name); ``None`` when unknown.
    ``published`` is the date the page states next to 发布时间/发布日期. ``detail`` is the full JSON form of the
    audit (tables, figures, findings) when it was asked for.
    """

    file: str
    agency: str | None = None
    agency_level: AgencyLevel | None = None
    level_source: LevelSource | None = None
    year: int | None = None
    format: str | None = None
    confidence: float | None = None
    published: dt.date | None = None
    cells_read: int = 0
    cells_unread: int = 0
    findings: tuple[Finding, ...] = ()
    skipped: str | None = None
    skip_code: str | None = None
    #: ``skipped`` in English (the error's ``message``), for logs and the CLI's exception.
    skipped_en: str | None = field(default=None, compare=False)
    detail: dict[str, Any] | None = field(default=None, compare=False)

    @property
    def is_report(self) -> bool:
        """Whether the file was read as a report (else it was skipped, and ``skipped`` says why)."""
        return self.skipped is None

    @property
    def errors(self) -> int:
        """The number of error findings."""
        return sum(1 for finding in self.findings if finding.is_error)

    @property
    def warnings(self) -> int:
        """The number of warnings."""
        return len(self.findings) - self.errors

    @property
    def has_errors(self) -> bool:
        """Whether any finding is an error."""
        return any(finding.is_error for finding in self.findings)

    @property
    def late(self) -> Finding | None:
        """The ``audit.published_late`` finding, if the page was published after its due date."""
        return next((finding for finding in self.findings if finding.code == LATE_CODE), None)

    @property
    def codes(self) -> tuple[str, ...]:
        """The codes of the findings, each once, in the order found."""
        return tuple(dict.fromkeys(finding.code for finding in self.findings))

    def row(self) -> dict[str, str | int | float | None]:
        """The page as one flat row (CSV, JSON Lines): the columns of :data:`ROW_COLUMNS`."""
        return {
            "file": self.file,
            "agency": self.agency,
            "agency_level": self.agency_level.value if self.agency_level else None,
            "level_source": self.level_source,
            "year": self.year,
            "format": self.format,
            "confidence": self.confidence,
            "published": self.published.isoformat() if self.published else None,
            "late": None if self.published is None else self.late is not None,
            "cells_read": self.cells_read,
            "cells_unread": self.cells_unread,
            "errors": self.errors,
            "warnings": self.warnings,
            "codes": " ".join(self.codes),
        }


#: The columns of :meth:`PageCheck.row`, in order.
ROW_COLUMNS: Final = (
    "file",
    "agency",
    "agency_level",
    "level_source",
    "year",
    "format",
    "confidence",
    "published",
    "late",
    "cells_read",
    "cells_unread",
    "errors",
    "warnings",
    "codes",
)


@dataclass(frozen=True, slots=True)
class _Context:
    """What every worker needs, sent once per process."""

    previous: tuple[AnyReport, ...] = ()
    levels: Mapping[str, AgencyLevel] = field(default_factory=dict)
    detail: bool = False
    min_confidence: float = 0.0


def _count_cells(tables: Mapping[str, Any]) -> tuple[int, int]:
    read = unread = 0
    # A legacy report has no tables: nothing is counted, not three unread cells.
    stack: list[Any] = [tables[key] for key in _TABLE_KEYS if tables.get(key) is not None]
    while stack:
        value = stack.pop()
        if isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list | tuple):
            stack.extend(value)
        elif value is None:
            unread += 1
        else:
            read += 1
    return read, unread


def _level(
    report: AnyReport, levels: Mapping[str, AgencyLevel]
) -> tuple[AgencyLevel | None, LevelSource | None]:
    given = levels.get(report.agency.name)
    if given is not None:
        return given, "given"
    if report.agency.level is AgencyLevel.OTHER or report.agency.name == UNKNOWN_AGENCY:
        return None, None
    if level_uncertain(report.agency.name) is not None:
        return None, None  # a 设区的市 or a 县级市: not guessed (audit.level_uncertain says so)
    return report.agency.level, "inferred"


def _summarise(path: str, page: str, result: AuditResult, context: _Context) -> PageCheck:
    result = result.at_least(context.min_confidence)
    report = result.report
    published = publication_date(page)
    level, source = _level(report, context.levels)
    late = late_publication(published, level, source, report.year)
    if late is not None:
        result = result.model_copy(update={"findings": (*result.findings, late)})
    read, unread = _count_cells(result.tables)
    check = PageCheck(
        file=path,
        agency=report.agency.name,
        agency_level=level,
        level_source=source,
        year=report.year,
        format=result.format,
        confidence=result.confidence,
        published=published,
        cells_read=read,
        cells_unread=unread,
        findings=result.findings,
    )
    if not context.detail:
        return check
    detail = {**check.row(), "codes": list(check.codes), **result.to_json_dict(), "file": path}
    return dataclasses.replace(check, detail=detail)


def _read(path: str) -> str:
    """A page, or a PDF's or Word file's text (``AuditError`` when the document cannot be read)."""
    return page_text(read_bytes(path), path)


def _check_one(path: str, context: _Context, previous: Sequence[str] = ()) -> PageCheck:
    try:
        page = _read(path)
    except (InputError, AuditError) as exc:
        return PageCheck(
            file=path, skipped=exc.message_zh, skip_code=exc.code or UNREADABLE, skipped_en=exc.message
        )
    try:
        result = audit(page, previous=(*context.previous, *previous), source=path)
    except AuditError as exc:
        return PageCheck(file=path, skipped=exc.message_zh, skip_code=exc.code, skipped_en=exc.message)
    return _summarise(path, page, result, context)


# The context of the worker processes, set once per process by the pool's initializer.
_WORKER: dict[str, _Context] = {}


def _init_worker(context: _Context) -> None:
    default_signals()
    _WORKER["context"] = context


def default_signals() -> None:
    """In a worker process: SIGTERM and SIGHUP end it at once, as by default.

    A worker forked from the CLI inherits its handler that turns these signals into an exception (to remove
    temporary files); the pool ends its workers with SIGTERM, which must not print a traceback from each.
    """
    for name in ("SIGTERM", "SIGHUP"):
        if hasattr(signal, name):
            signal.signal(getattr(signal, name), signal.SIG_DFL)


def _first_pass(candidate: Candidate) -> PageCheck:
    if candidate.note is not None:
        return PageCheck(
            file=candidate.path, skipped=candidate.note, skip_code=NOT_A_PAGE, skipped_en=NOT_A_PAGE_EN
        )
    return _check_one(candidate.path, _WORKER["context"])


def _first_pass_packed(candidate: Candidate) -> tuple[tuple[str, int] | None, bytes]:
    """A page checked and pickled where it was checked, with its agency/year key: the parent only files it."""
    check = _first_pass(candidate)
    key = None
    if check.agency and check.agency != UNKNOWN_AGENCY and check.year is not None:
        key = (check.agency, check.year)
    return key, pickle.dumps(check, protocol=pickle.HIGHEST_PROTOCOL)


def _second_pass(item: tuple[str, str]) -> PageCheck:
    """A page again, with its agency's page of the year before (audited again by ``audit``, from its text)."""
    path, earlier = item
    previous: tuple[str, ...] = ()
    with contextlib.suppress(FileReadError):  # it was read a moment ago; if it is gone, no continuity check
        previous = (_read(earlier),)
    return _check_one(path, _WORKER["context"], previous)


def _workers(jobs: int) -> int:
    if jobs < 0:
        msg = f"jobs: {jobs} is negative"
        raise ValueError(msg)
    return jobs or os.cpu_count() or 1


class _Spill:
    """Pickled results in a temporary file, read back by position (``pread``: no shared file position)."""

    def __init__(self) -> None:
        self._file: IO[bytes] = tempfile.TemporaryFile()  # noqa: SIM115 - closed by close(), used across methods
        self._places: list[tuple[int, int]] = []
        self._end = 0

    def add(self, data: bytes) -> None:
        """File one pickled :class:`PageCheck`."""
        self._file.write(data)
        self._places.append((self._end, len(data)))
        self._end += len(data)

    def get(self, index: int) -> PageCheck:
        offset, length = self._places[index]
        record: PageCheck = pickle.loads(  # noqa: S301 - our own temporary file
            os.pread(self._file.fileno(), length, offset)
        )
        return record

    def __len__(self) -> int:
        return len(self._places)

    def flush(self) -> None:
        self._file.flush()

    def close(self) -> None:
        self._file.close()


def _map(
    function: Callable[[Any], PageCheck],
    items: Iterable[Any],
    pool: Any,  # noqa: ANN401 - multiprocessing.pool.Pool, or None for this process
) -> Iterator[PageCheck]:
    if pool is None:
        return map(function, items)
    results: Iterator[PageCheck] = pool.imap(function, items, CHUNK_PAGES)
    return results


def check_pages(  # noqa: PLR0913 - keyword-only options of one batch
    paths: Iterable[str],
    *,
    jobs: int = 1,
    previous: Sequence[AnyReport] = (),
    levels: Mapping[str, AgencyLevel] | None = None,
    detail: bool = False,
    progress: Callable[[], None] | None = None,
    min_confidence: float = 0.0,
) -> Iterator[PageCheck]:
    """Check every page the paths stand for (files; folders, walked recursively), yielding results in order.

    ``jobs`` processes audit the pages (0: one per CPU core). ``previous`` holds reports of earlier years that
    are not themselves checked; pages of the same agency among the input are each other's previous years too.
    ``levels`` gives agencies' levels by name (else a level is inferred from the name). Files that are not
    report pages come back with ``skipped`` set. ``progress`` is called once per file as it is checked.
    ``min_confidence`` (0-1, see ``CONFIDENCE_THRESHOLDS`` in docs/audit.md) leaves out the findings and prose
    figures the auditor is less sure of; the default 0 keeps them all.
    """
    return check_found(
        list(candidates(paths)),
        jobs=jobs,
        previous=previous,
        levels=levels,
        detail=detail,
        progress=progress,
        min_confidence=min_confidence,
    )


def check_found(  # noqa: PLR0913 - keyword-only options of one batch
    found: Sequence[Candidate],
    *,
    jobs: int = 1,
    previous: Sequence[AnyReport] = (),
    levels: Mapping[str, AgencyLevel] | None = None,
    detail: bool = False,
    progress: Callable[[], None] | None = None,
    min_confidence: float = 0.0,
) -> Iterator[PageCheck]:
    """:func:`check_pages` over files already listed (the CLI lists them first, to size its progress bar)."""
    workers = min(_workers(jobs), max(len(found), 1))
    if not 0 <= min_confidence <= 1:
        message = f"min_confidence must be between 0 and 1, not {min_confidence!r}"
        raise ValueError(message)
    context = _Context(
        previous=tuple(previous), levels=dict(levels or {}), detail=detail, min_confidence=min_confidence
    )
    return _run(list(found), context, workers, progress)


def _run(
    found: list[Candidate], context: _Context, workers: int, progress: Callable[[], None] | None
) -> Iterator[PageCheck]:
    pool = None
    if workers > 1:
        # The workers are forked from this process: frozen objects are left out of the collector's passes, so
        # the children do not copy every page of the parent's heap when their collector first runs.
        gc.freeze()
        try:
            pool = multiprocessing.get_context().Pool(workers, initializer=_init_worker, initargs=(context,))
        finally:
            gc.unfreeze()
    else:
        _init_worker(context)
    spill = _Spill()
    try:
        keys: dict[tuple[str, int], int] = {}
        page_keys: list[tuple[str, int] | None] = []
        first: Iterator[tuple[tuple[str, int] | None, bytes]] = (
            map(_first_pass_packed, found)
            if pool is None
            else pool.imap(_first_pass_packed, found, CHUNK_PAGES)
        )
        for index, (key, blob) in enumerate(first):
            spill.add(blob)
            if progress is not None:
                progress()
            if key is not None:
                keys.setdefault(key, index)
            page_keys.append(key)
        spill.flush()
        again = [
            (index, keys[(key[0], key[1] - 1)])
            for index, key in enumerate(page_keys)
            if key is not None
            and (key[0], key[1] - 1) in keys
            and not _is_previous_given(context, key[0], key[1] - 1)
        ]
        redone = _map(_second_pass, _second_items(again, spill), pool)
        pending = iter(again)
        next_again = next(pending, (None, None))[0]
        for index in range(len(spill)):
            if index == next_again:
                yield next(redone)
                next_again = next(pending, (None, None))[0]
            else:
                yield spill.get(index)
    finally:
        spill.close()
        if pool is not None:
            pool.terminate()
            pool.join()


def _is_previous_given(context: _Context, agency: str, year: int) -> bool:
    return any(report.agency.name == agency and report.year == year for report in context.previous)


def _second_items(again: list[tuple[int, int]], spill: _Spill) -> Iterator[tuple[str, str]]:
    for index, earlier_index in again:
        yield spill.get(index).file, spill.get(earlier_index).file
