"""From records to report: count records into partial tables, build the report, roll reports up.

Request and item records are streamed into partial tables, the annual report is built from their sum, and many
agencies' reports roll up into a regional summary.

    tally_requests / tally_items (stream)    files (CSV, JSON Lines, .xlsx) → partial tables, bounded memory
    tally_records                            InformationRequest / ProactiveItem records → partial tables
    Tally (+)                                partial tables add up: per file, per process, per machine
    report_from_tally / build_report         partial tables → AnnualReport2021 (+ section 一 figures, notes)
    legacy_figures                           counts by category and channel, largest-remainder shares
    roll_up                                  many reports → one summary, agencies with errors listed

See docs/aggregate.md.
"""

from __future__ import annotations

from disclosure_rules._aggregate._counting import RequestColumns, RequestCounter
from disclosure_rules._aggregate._errors import AggregateError, BadRow, BadRowError, EncodingError
from disclosure_rules._aggregate._items import ItemColumns, ItemCounter
from disclosure_rules._aggregate._legacy import (
    breakdown,
    half_up_share,
    legacy_figures,
)
from disclosure_rules._aggregate._readers import (
    ITEM_HEADERS,
    REQUEST_HEADERS,
    FileFormat,
    ReadInfo,
    count_request_stream,
    detect_encoding,
    detect_format,
    tally_items,
    tally_requests,
)
from disclosure_rules._aggregate._report import (
    AggregateNote,
    AggregateResult,
    SectionOneFigures,
    build_report,
    report_from_tally,
    section_one_figures,
    tally_records,
)
from disclosure_rules._aggregate._rollup import (
    RollUpProblem,
    RollUpResult,
    identities_hold,
    roll_up,
    roll_up_detailed,
)
from disclosure_rules._aggregate._tally import ItemTally, RequestTally, Tally
from disclosure_rules._aggregate._timeliness import Deadlines
from disclosure_rules._shares import largest_remainder_shares

__all__ = [
    "ITEM_HEADERS",
    "REQUEST_HEADERS",
    "AggregateError",
    "AggregateNote",
    "AggregateResult",
    "BadRow",
    "BadRowError",
    "Deadlines",
    "EncodingError",
    "FileFormat",
    "ItemColumns",
    "ItemCounter",
    "ItemTally",
    "ReadInfo",
    "RequestColumns",
    "RequestCounter",
    "RequestTally",
    "RollUpProblem",
    "RollUpResult",
    "SectionOneFigures",
    "Tally",
    "breakdown",
    "build_report",
    "count_request_stream",
    "detect_encoding",
    "detect_format",
    "half_up_share",
    "identities_hold",
    "largest_remainder_shares",
    "legacy_figures",
    "report_from_tally",
    "roll_up",
    "roll_up_detailed",
    "section_one_figures",
    "tally_items",
    "tally_records",
    "tally_requests",
]
