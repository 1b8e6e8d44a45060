"""The development corpus: real reports as published, each with a hand-checked reading.

Every reading under ``tests/data/published/`` is a case: the auditor must read every number the reading lists
exactly (``null`` = not filled, or not on a page that is cut off), name the format, find the known errors it
has rules for, and raise no error the reading does not list. Cells the reader cannot settle on its own are
listed in ``PARSER_LIMITS`` with the reason (docs/audit.md explains each); they must come out as "not read",
never as a wrong number.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from disclosure_rules._audit import AuditResult, audit
from disclosure_rules._labels import table3_rows

DATA = Path(__file__).resolve().parents[1] / "data" / "published"
READINGS = sorted(DATA.glob("*.reading.json"))

# Glued digits with no identity to cut them by, and no number in the prose to settle them (docs/audit.md).
PARSER_LIMITS: dict[str, frozenset[str]] = {
    "pingtan_ptzhsyq_2019": frozenset(
        {
            "规范性文件.本年新制作数量",
            "规范性文件.本年新公开数量",
            "规范性文件.对外公开总数量",
            "行政许可.上一年项目数量",
            "行政许可.本年增/减",
            "行政许可.处理决定数量",
            "其他对外管理服务事项.上一年项目数量",
            "其他对外管理服务事项.本年增/减",
            "其他对外管理服务事项.处理决定数量",
            "行政处罚.上一年项目数量",
            "行政处罚.本年增/减",
            "行政处罚.处理决定数量",
            "行政强制.上一年项目数量",
            "行政强制.本年增/减",
            "行政强制.处理决定数量",
            "行政事业性收费.上一年项目数量",
            "行政事业性收费.本年增/减",
            "政府集中采购.采购项目数量",
            "政府集中采购.采购总金额",
        }
    ),
}
# Codes the auditor has rules for; a known error with another code is prose arithmetic it does not check.
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
# Known errors stated in a way the prose patterns do not recognise (docs/audit.md, "Not found").
NOT_FOUND: dict[str, frozenset[str]] = {
    # The six content groups are stated one per sentence ("一是…1条。二是…7条。"), not as a 其中 list.
    "luzhou_gulin_czj_2021": frozenset({"text.count_mismatch"}),
    # Two sentences in different subsections give two counts for the same website column (20 and 16).
    "yangling_sjj_2022": frozenset({"text.count_mismatch"}),
}
# Errors the auditor reports under another code than the reading, each explained in docs/audit.md.
# pingtan_ptx_2012's two shares ("占62.2%/37.8%" of the 2026 items, which fit 3978) were here until round 13: they
# are real inconsistencies of the page and its reading now lists them (docs/audit.md, "Thirteenth round").
EXPLAINED_EXTRA: dict[str, frozenset[str]] = {}
# Stated figures that come from an attached statistics table, not from a sentence.
NOT_IN_PROSE: dict[str, frozenset[str]] = {"pingtan_ptx_2012": frozenset({"lawsuits"})}


def _page(reading_path: Path) -> Path:
    stem = reading_path.name.removesuffix(".reading.json")
    pages = [p for p in DATA.glob(f"{stem}.*") if not p.name.endswith(".json")]
    assert len(pages) == 1, f"{stem}: expected one page next to the reading, found {pages}"
    return pages[0]


_CACHE: dict[Path, AuditResult] = {}


def _audit(reading_path: Path) -> AuditResult:
    if reading_path not in _CACHE:
        page = _page(reading_path)
        _CACHE[reading_path] = audit(page.read_text(encoding="utf-8"), source=page.name)
    return _CACHE[reading_path]


def _stem(reading_path: Path) -> str:
    return reading_path.name.removesuffix(".reading.json")


def _same_number(got: Any, expected: Any) -> bool:
    if expected is None or got is None:
        return got is expected
    if isinstance(got, str):  # 2019 采购总金额 is a text cell ("251000元")
        match = re.match(r"[\d.]+", got)
        return match is not None and Decimal(match.group(0)) == Decimal(str(expected))
    return Decimal(str(got)) == Decimal(str(expected))


def test_the_corpus_is_there() -> None:
    """The corpus of real published reports is part of the repository: at least 15 agencies."""
    assert len(READINGS) >= 15


@pytest.mark.parametrize("reading_path", READINGS, ids=_stem)
def test_format_and_numbers_read_exactly(reading_path: Path) -> None:
    reading = json.loads(reading_path.read_text(encoding="utf-8"))
    result = _audit(reading_path)
    assert result.format == reading["format"]
    if reading["format"] == "legacy":
        return
    limits = PARSER_LIMITS.get(_stem(reading_path), frozenset())
    table2 = result.tables["table2"]
    for key, expected in reading["section2"].items():
        if key in limits:
            assert table2[key] is None, f"{key}: a cell the reader cannot settle must stay unread"
            continue
        assert _same_number(table2[key], expected), f"表二 {key}: read {table2[key]!r}, expected {expected!r}"
    assert result.format in {"2021", "2019"}
    specs = table3_rows("2021") if result.format == "2021" else table3_rows("2019")
    rows = {row.canonical_label: index for index, row in enumerate(specs)}
    for label, expected_row in reading["section3"].items():
        assert label in rows, f"reading names a row the format does not have: {label}"
        assert result.tables["table3"][rows[label]] == expected_row, f"表三 {label}"
    if reading["section4"]:
        assert result.tables["table4"] == reading["section4"]
    if limits:
        assert any(f.code == "audit.ambiguous_digits" for f in result.findings)


@pytest.mark.parametrize("reading_path", READINGS, ids=_stem)
def test_known_errors_are_found(reading_path: Path) -> None:
    reading = json.loads(reading_path.read_text(encoding="utf-8"))
    result = _audit(reading_path)
    known = {error["code"] for error in reading.get("known_errors", [])} & CHECKED_CODES
    missing = known - NOT_FOUND.get(_stem(reading_path), frozenset())
    found = {finding.code for finding in result.findings}
    assert missing <= found, f"known errors not found: {sorted(missing - found)}"


@pytest.mark.parametrize("reading_path", READINGS, ids=_stem)
def test_no_unexplained_errors(reading_path: Path) -> None:
    reading = json.loads(reading_path.read_text(encoding="utf-8"))
    result = _audit(reading_path)
    known = {error["code"] for error in reading.get("known_errors", [])}
    errors = {finding.code for finding in result.findings if finding.is_error}
    extra = errors - known - EXPLAINED_EXTRA.get(_stem(reading_path), frozenset())
    assert not extra, f"errors the reading does not list: {sorted(extra)}"


@pytest.mark.parametrize("reading_path", READINGS, ids=_stem)
def test_stated_figures(reading_path: Path) -> None:
    reading = json.loads(reading_path.read_text(encoding="utf-8"))
    result = _audit(reading_path)
    got = {figure.name: figure.value for figure in result.figures}
    stated = reading.get("figures") or reading.get("narrative_figures") or {}
    names = {
        "requests_received": "requests_received",
        "reviews": "administrative_reviews",
        "lawsuits": "lawsuits",
    }
    if reading["format"] == "legacy":
        names |= {"proactive_total": "proactive_total", "fees": "fees_charged_yuan"}
    for key, name in names.items():
        if stated.get(key) is not None and key not in NOT_IN_PROSE.get(_stem(reading_path), frozenset()):
            assert got.get(name) == stated[key], f"{key}: read {got.get(name)!r}, stated {stated[key]!r}"
        elif key in stated and stated[key] is None:  # the reading says the page does not state it
            assert name not in got, f"{key}: read {got[name]!r}, but the page does not state it"
    # Labels in the readings are trimmed by hand; the counts must all be read, in the same breakdown.
    categories = [f.value for f in result.figures if f.name == "category"]
    for label, count in (stated.get("by_category") or {}).items():
        assert count in categories, f"category {label} ({count}) not read; read {categories}"
    for figure in result.figures:
        assert figure.sentence
        assert figure.location
