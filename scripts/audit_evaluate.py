"""Measure the auditor on a set of published pages with hand readings (docs/audit.md, "Accuracy").

    PYTHONPATH=src python scripts/audit_evaluate.py tests/data/published          # development set
    PYTHONPATH=src python scripts/audit_evaluate.py tests/data/published_blind    # blind set: once per change

Each ``<name>.reading.json`` next to its page is the hand reading (format in tests/data/published/README.md).
Printed: format and year right; table 三/四 cells read right, read wrong, read into a cell that is blank or not
on the page, and left unread; the same for the table 二 cells the reading lists; the known arithmetic errors
found; error-severity findings the reading does not list (false alarms); headline prose figures read right,
wrong or invented, and the figures read where an older reading has no such key (not scored; listed with
``--unscored``). Pages the auditor refuses count as format wrong with every cell unread.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from disclosure_rules._audit import AuditError, AuditResult, audit
from disclosure_rules._labels import table3_rows

CHECKED_CODES = frozenset(
    {
        "table3.flow",
        "table3.outcomes_sum",
        "table3.applicant_sum",
        "table4.sum",
        "text.table_mismatch",
        "text.count_mismatch",
        "text.share_mismatch",
        "legacy.count_mismatch",
        "legacy.share_mismatch",
    }
)
# The headline figures: the reading's key, the auditor's figure name, and the reading's key for the same figure where a
# legacy page states it only in its statistics table (附表): a figure the auditor reads from there is neither stated in
# prose nor invented, but it must equal the table.
FIGURES = {
    "requests_received": ("requests_received", "appendix_requests"),
    "reviews": ("administrative_reviews", "appendix_reviews"),
    "lawsuits": ("lawsuits", "appendix_lawsuits"),
    "proactive_total": ("proactive_total", "appendix_proactive"),
}


@dataclass
class Tally:
    """Counts over a set of pages."""

    pages: int = 0
    format_right: int = 0
    years_known: int = 0
    year_right: int = 0
    refused: int = 0
    visible: int = 0
    right: int = 0
    wrong: int = 0
    into_blank: int = 0
    table2_listed: int = 0
    table2_wrong: int = 0
    table2_into_blank: int = 0
    known_errors: int = 0
    errors_found: int = 0
    false_alarms: int = 0
    figures_stated: int = 0
    figures_right: int = 0
    figures_wrong: int = 0
    figures_invented: int = 0
    figures_unscored: int = 0
    problems: list[str] = field(default_factory=list)
    unscored: list[str] = field(default_factory=list)


def _number(value: Any) -> Decimal | None:  # noqa: ANN401 - a cell as read: int, Decimal, text or None
    if value is None:
        return None
    if isinstance(value, str):
        match = re.match(r"-?[\d.]+", value)
        return Decimal(match.group(0)) if match else None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        return None


def _page(reading_path: Path) -> Path:
    stem = reading_path.name.removesuffix(".reading.json")
    pages = [p for p in reading_path.parent.glob(f"{stem}.*") if not p.name.endswith(".json")]
    return pages[0]


def _cells(tally: Tally, name: str, expected: Any, got: Any, where: str) -> None:  # noqa: ANN401 - JSON cells
    want, have = _number(expected), _number(got)
    if want is not None:
        tally.visible += 1
        if have == want:
            tally.right += 1
        elif have is not None:
            tally.wrong += 1
            tally.problems.append(f"{name}: {where} read {got!r}, page has {expected!r}")
    elif have is not None:
        tally.into_blank += 1
        tally.problems.append(f"{name}: {where} read {got!r}, blank or not on the page")


def _tables(tally: Tally, name: str, reading: dict[str, Any], result: AuditResult | None) -> None:
    fmt = reading["format"]
    specs = table3_rows("2019" if fmt == "2019" else "2021")
    labels = [row.canonical_label for row in specs]
    got3: list[list[Any]] = []
    got4: list[Any] = []
    if result is not None and result.format in {"2021", "2019"}:
        got3 = list(result.tables.get("table3") or [])
        got4 = list(result.tables.get("table4") or [])
        if result.format != fmt:  # rows of another format: compare by label
            other = [row.canonical_label for row in table3_rows(result.format)]
            by_label = dict(zip(other, got3, strict=False))
            got3 = [by_label.get(label, [None] * 7) for label in labels]
    section3: dict[str, list[Any]] = reading.get("section3") or {}
    for index, label in enumerate(labels):
        expected_row = section3.get(label, [None] * 7)
        got_row = got3[index] if index < len(got3) else [None] * 7
        for column in range(7):
            _cells(tally, name, expected_row[column], got_row[column], f"表三 {label} 第{column + 1}列")
    section4: list[Any] = reading.get("section4") or [None] * 15
    for column in range(15):
        _cells(
            tally,
            name,
            section4[column],
            got4[column] if column < len(got4) else None,
            f"表四 第{column + 1}格",
        )
    table2 = result.tables.get("table2") or {} if result is not None else {}
    for key, expected in (reading.get("section2") or {}).items():
        tally.table2_listed += 1
        want, have = _number(expected), _number(table2.get(key))
        if want is not None and have is not None and want != have:
            tally.table2_wrong += 1
            tally.problems.append(f"{name}: 表二 {key} read {table2.get(key)!r}, page has {expected!r}")
        elif want is None and have is not None:
            tally.table2_into_blank += 1
            tally.problems.append(f"{name}: 表二 {key} read {table2.get(key)!r}, blank on the page")


def _figures(tally: Tally, name: str, reading: dict[str, Any], result: AuditResult | None) -> None:
    stated = reading.get("figures") or reading.get("narrative_figures") or {}
    got = {figure.name: figure.value for figure in result.figures} if result is not None else {}
    for key, (figure, appendix_key) in FIGURES.items():
        in_appendix = stated.get(appendix_key)
        if stated.get(key) is not None:
            tally.figures_stated += 1
            if got.get(figure) == stated[key]:
                tally.figures_right += 1
            elif figure in got:
                tally.figures_wrong += 1
                tally.problems.append(f"{name}: figure {key} read {got[figure]}, stated {stated[key]}")
        elif figure in got and in_appendix is not None:
            if got[figure] != in_appendix:
                tally.figures_wrong += 1
                tally.problems.append(f"{name}: figure {key} read {got[figure]}, the 附表 has {in_appendix}")
        elif figure in got and (key in stated or reading["format"] == "legacy"):
            tally.figures_invented += 1
            tally.problems.append(f"{name}: figure {key} read {got[figure]}, not stated on the page")
        elif figure in got:
            # An older reading without the key cannot say whether the figure is on the page: counted and listed, so
            # that an invented figure cannot hide behind a missing key.
            tally.figures_unscored += 1
            tally.unscored.append(f"{name}: figure {key} read {got[figure]}, the reading has no such key")


def evaluate(folder: Path) -> Tally:
    """Run the auditor on every page with a reading in ``folder`` and count."""
    tally = Tally()
    for reading_path in sorted(folder.glob("*.reading.json")):
        name = reading_path.name.removesuffix(".reading.json")
        reading = json.loads(reading_path.read_text(encoding="utf-8"))
        page = _page(reading_path)
        result: AuditResult | None
        try:
            result = audit(page.read_text(encoding="utf-8"), source=page.name)
        except AuditError as error:
            result = None
            tally.refused += 1
            tally.problems.append(f"{name}: refused ({error.code}): {error}")
        tally.pages += 1
        if result is not None and result.format == reading["format"]:
            tally.format_right += 1
        elif result is not None:
            tally.problems.append(f"{name}: format {result.format}, page is {reading['format']}")
        if reading.get("year") is not None:
            tally.years_known += 1
            year = result.year if result is not None else None
            if year == reading["year"]:
                tally.year_right += 1
            else:
                tally.problems.append(f"{name}: year {year}, page is on {reading['year']}")
        _tables(tally, name, reading, result)
        _figures(tally, name, reading, result)
        _findings(tally, name, reading, result)
    return tally


def _findings(tally: Tally, name: str, reading: dict[str, Any], result: AuditResult | None) -> None:
    known = {error["code"] for error in reading.get("known_errors", [])}
    found = {finding.code for finding in result.findings} if result is not None else set()
    for code in sorted(known & CHECKED_CODES):
        tally.known_errors += 1
        if code in found:
            tally.errors_found += 1
        else:
            tally.problems.append(f"{name}: known error {code} not found")
    for finding in result.findings if result is not None else ():
        if finding.is_error and finding.code not in known:
            tally.false_alarms += 1
            tally.problems.append(
                f"{name}: false alarm {finding.code} ({finding.location}): {finding.message}"
            )


def _percent(part: int, whole: int) -> str:
    return f"{100 * part / whole:.1f}%" if whole else "n/a"


def main(argv: list[str] | None = None) -> int:
    """Print the figures for one folder of readings."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("folder", type=Path)
    parser.add_argument("--quiet", action="store_true", help="only the summary")
    parser.add_argument(
        "--unscored", action="store_true", help="list the figures read where the reading has no such key"
    )
    args = parser.parse_args(argv)
    start = time.perf_counter()
    tally = evaluate(args.folder)
    elapsed = time.perf_counter() - start
    if not args.quiet:
        for line in tally.problems:
            print("  " + line)
    if args.unscored:
        for line in tally.unscored:
            print("  " + line)
    print(f"set: {args.folder} ({tally.pages} pages, {elapsed:.2f} s)")
    print(f"format right: {tally.format_right}/{tally.pages} ({_percent(tally.format_right, tally.pages)})")
    print(f"year right: {tally.year_right}/{tally.years_known}; refused pages: {tally.refused}")
    print(
        f"table 三/四 visible cells: {tally.visible}; read right {tally.right} ({_percent(tally.right, tally.visible)}); "
        f"read wrong {tally.wrong}; read into a blank cell {tally.into_blank}"
    )
    print(
        f"table 二 listed cells: {tally.table2_listed}; read wrong {tally.table2_wrong}; "
        f"read into a blank cell {tally.table2_into_blank}"
    )
    print(f"known inconsistencies found: {tally.errors_found}/{tally.known_errors}")
    print(f"error-severity false alarms: {tally.false_alarms}")
    print(
        f"prose figures stated: {tally.figures_stated}; read right {tally.figures_right}; "
        f"wrong {tally.figures_wrong}; invented {tally.figures_invented}"
    )
    print(f"figures read where the reading has no such key (not scored): {tally.figures_unscored}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
