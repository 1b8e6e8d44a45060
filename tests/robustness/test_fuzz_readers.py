"""A small-budget fuzzing run over every reader and the public API (issue 18): each ends in a result or in the
library's own coded error, never a foreign exception.

The inputs are hostile by construction: a valid document with one value replaced by an extreme (huge ints,
exponents, control characters, long digit runs, deep nesting), or text stitched from the words the readers
look for. The budget is small (tens of examples per reader) so the run stays in CI; raise it locally with
``--hypothesis-profile`` or ``HYPOTHESIS_MAX_EXAMPLES`` when hunting.
"""

from __future__ import annotations

import contextlib
import inspect
import io
import json
import os
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import disclosure_rules
from disclosure_rules import AnnualReport2021, DisclosureRulesError
from disclosure_rules._aggregate._readers import tally_items, tally_requests

# The readers themselves, not the guarded public names: the guard (_api_guard) is a net, and the fuzzing
# must show that nothing falls into it.
from disclosure_rules._audit._auditor import audit
from disclosure_rules._calendar import parse_schedules
from disclosure_rules._classify._scheme import parse_scheme
from disclosure_rules._cli._common import CliError, parse_json
from disclosure_rules._models import report_from_json
from disclosure_rules._render._api import render
from disclosure_rules._validation import validate

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
REPORT: dict[str, Any] = json.loads(
    (EXAMPLES / "qingshan_natural_resources_2022.json").read_text(encoding="utf-8")
)
REQUEST_LINES = (EXAMPLES / "requests_2022.csv").read_text(encoding="utf-8-sig").splitlines()
ITEM_LINES = (EXAMPLES / "items_2022.csv").read_text(encoding="utf-8-sig").splitlines()
PAGE_WORDS = (
    "政府信息公开工作年度报告", "2022年", "主动公开", "信息", "条", "件", "收到", "申请", "办结", "予以公开",
    "行政复议", "行政诉讼", "占", "%", "。", "，", "\n", "\t", "|", "<td rowspan=9999>", "</td>", "<tr>",
    "<table>", "第三十六条", "十", "9" * 60, "1E+9999", "\x1b", "\u202e", " ",
    "<![foo[", "<![if !supportLists]>", "<![endif]>", "]]>", "<!x", "<?x", "<!--", "<script>", "<p a=1>",
)  # fmt: skip
EXAMPLES_PER_READER = int(os.environ.get("HYPOTHESIS_MAX_EXAMPLES", "30"))
FUZZ = settings(
    max_examples=EXAMPLES_PER_READER,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    derandomize=True,
)

extremes = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(10**30), max_value=10**30),
    st.sampled_from([10**4000, -(10**4000), 2**63, -1, 0]),
    st.floats(allow_nan=True, allow_infinity=True),
    st.sampled_from(["1E+999999", "1E-999999", "NaN", "-0", "9" * 5000, "25:61:99", "2022-02-30", ""]),
    st.text(max_size=40),
    st.lists(st.integers(), max_size=3),
    st.dictionaries(st.text(max_size=5), st.integers(), max_size=2),
)


def _leaf_paths(node: Any, prefix: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    if isinstance(node, dict):
        return [path for key, value in node.items() for path in _leaf_paths(value, (*prefix, key))] or [
            prefix
        ]
    if isinstance(node, list):
        return [
            path for index, value in enumerate(node) for path in _leaf_paths(value, (*prefix, index))
        ] or [prefix]
    return [prefix]


LEAVES = _leaf_paths(REPORT)


def _replaced(document: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    copy = json.loads(json.dumps(document))
    node = copy
    for part in path[:-1]:
        node = node[part]
    node[path[-1]] = value
    return copy


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False, default=str, allow_nan=True)


@FUZZ
@given(path=st.sampled_from(LEAVES), value=extremes)
def test_report_json_reader(path: tuple[Any, ...], value: Any) -> None:
    try:
        report = report_from_json(_json(_replaced(REPORT, path, value)))
    except DisclosureRulesError:
        return
    findings = validate(report)
    if isinstance(report, AnnualReport2021):
        try:
            text = render(report, "md", allow_errors=True)
        except DisclosureRulesError:
            return
        assert len(text) < 1_000_000
    assert isinstance(findings, list)


@FUZZ
@given(text=st.text(max_size=400))
def test_report_json_reader_on_any_text(text: str) -> None:
    with contextlib.suppress(DisclosureRulesError):
        report_from_json(text)


def _rows(lines: list[str], draw: st.DrawFn) -> str:
    header, *rows = lines
    cells = [row.split(",") for row in rows[:3]]
    for row in cells:
        if draw(st.booleans()):
            index = draw(st.integers(min_value=0, max_value=len(row) - 1))
            row[index] = draw(
                st.sampled_from(["", "9" * 5000, "25:61:99", "2022-01-02 25:61:99", '"', "\x00", "1E+999"])
            )
        if draw(st.booleans()):
            row.append(draw(st.text(max_size=5)))
    return "\n".join([header, *(",".join(row) for row in cells)]) + "\n"


@st.composite
def request_files(draw: st.DrawFn) -> tuple[str, bytes]:
    if draw(st.booleans()):
        return "r.csv", _rows(REQUEST_LINES, draw).encode("utf-8")
    record = {"id": "1", "received": "2022-03-01", "applicant_type": "自然人", "outcome": "granted"}
    key = draw(st.sampled_from(sorted(record)))
    line = _json(_replaced(record, (key,), draw(extremes)))
    if draw(st.booleans()):
        line = line.replace("{", f'{{"{key}": 1, ', 1)
    return "r.jsonl", (line + "\n").encode("utf-8")


@FUZZ
@given(file=request_files())
def test_request_record_readers(file: tuple[str, bytes]) -> None:
    name, data = file
    with contextlib.suppress(DisclosureRulesError):
        tally_requests(io.BytesIO(data), name, 2022)


@st.composite
def item_files(draw: st.DrawFn) -> str:
    return _rows(ITEM_LINES, draw)


@FUZZ
@given(text=item_files())
def test_item_record_reader(text: str) -> None:
    with contextlib.suppress(DisclosureRulesError):
        tally_items(io.BytesIO(text.encode("utf-8")), "items.csv", 2022)


@FUZZ
@given(words=st.lists(st.sampled_from(PAGE_WORDS), min_size=1, max_size=60))
def test_page_reader(words: list[str]) -> None:
    try:
        result = audit("".join(words))
    except DisclosureRulesError:
        return
    assert result is not None


@FUZZ
@given(
    value=st.one_of(
        extremes,
        st.fixed_dictionaries({"year": extremes}),
        st.fixed_dictionaries({"year": st.just(2027), "days_off": extremes, "working_days": extremes}),
    )
)
def test_schedule_reader(value: Any) -> None:
    with contextlib.suppress(DisclosureRulesError):
        parse_schedules(value, "schedule.json")


@FUZZ
@given(text=st.one_of(st.text(max_size=200), st.sampled_from(["[" * 5000, '{"a": ' + "9" * 5000 + "}"])))
def test_scheme_reader(text: str) -> None:
    for syntax in ("json", "toml"):
        with contextlib.suppress(DisclosureRulesError):
            parse_scheme(text, syntax)


@FUZZ
@given(text=st.one_of(st.text(max_size=200), st.just("[" * 100_000), st.just('{"a": 1, "a": 2}')))
def test_cli_json_reader(text: str) -> None:
    with contextlib.suppress(CliError):
        parse_json(text, "input.json")


PUBLIC_FUNCTIONS = sorted(
    name for name in disclosure_rules.__all__ if inspect.isfunction(getattr(disclosure_rules, name))
)


@pytest.mark.parametrize("name", PUBLIC_FUNCTIONS)
def test_public_functions_raise_only_their_own_errors(name: str) -> None:
    function = getattr(disclosure_rules, name)
    positional = [
        parameter
        for parameter in inspect.signature(function).parameters.values()
        if parameter.kind in {parameter.POSITIONAL_ONLY, parameter.POSITIONAL_OR_KEYWORD}
        and parameter.default is parameter.empty
    ]

    @settings(max_examples=15, deadline=None, derandomize=True)
    @given(arguments=st.lists(extremes, min_size=len(positional), max_size=len(positional)))
    def call(arguments: list[Any]) -> None:
        with contextlib.suppress(DisclosureRulesError):
            function(*arguments)

    call()


def test_public_methods_raise_only_their_own_errors() -> None:
    calendar = disclosure_rules.WorkingDayCalendar.china()
    values: tuple[Any, ...] = (None, "x", 10**400, Decimal("1E+999999"), float("nan"))
    for value in values:
        with contextlib.suppress(DisclosureRulesError):
            calendar.is_working_day(value)
        with contextlib.suppress(DisclosureRulesError):
            calendar.add_working_days(value, value)


@pytest.mark.parametrize(
    "junk",
    ["<![foo[ x ]]>", "<![ foo [", "<![if !x]><![bar[", "<p>a</p><![x[ y"],
    ids=["closed", "open", "mixed", "late"],
)
def test_unknown_marked_sections_are_text_not_a_parser_assertion(junk: str) -> None:
    # html.parser asserts on a marked section it does not know; the auditor reads such markup as text.
    page = f"<html><body>{junk}<p>2022年政府信息公开工作年度报告</p><p>本年度主动公开政府信息12条。</p></body></html>"
    error: DisclosureRulesError | None = None
    try:
        audit(page)
    except DisclosureRulesError as exc:
        error = exc
    assert error is None or error.code.startswith("audit.")
