"""Hostile and unlucky input (issue 18): bounded time and memory, one clean error, all-or-nothing output.

Each class of the issue has regression cases here. The heaviest inputs run as real subprocesses under a
memory cap (``RLIMIT_AS``, 1.5 GB) and a time limit: every one must end with exit status 2, exactly one line
on stderr, no traceback and no file left behind. The limits themselves are in ``disclosure_rules._limits``
and docs/security.md.
"""

from __future__ import annotations

import importlib
import io
import json
import os
import re
import resource
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from hypothesis import given
from hypothesis import strategies as st

import disclosure_rules
from disclosure_rules import (
    AnnualReport2021,
    DisclosureRulesError,
    InputError,
    WorkingDayCalendar,
    audit,
    render,
    report_from_json,
    validate,
)
from disclosure_rules._aggregate._readers import tally_requests
from disclosure_rules._audit._document import cut_digit_runs, read_html
from disclosure_rules._cli import main
from disclosure_rules._limits import (
    GRID_SLOTS,
    LIMITS,
    MAX_COUNT,
    MAX_DIGIT_RUN,
    UNITS_ZH,
    Limit,
    LimitError,
    part_too_large,
    too_large,
)
from disclosure_rules._messages import is_chinese
from disclosure_rules._parsing import parse_date
from disclosure_rules._render._filters import markdown_escape
from disclosure_rules._safe_text import neutralise

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
REPORT_TEXT = (EXAMPLES / "qingshan_natural_resources_2022.json").read_text(encoding="utf-8")
REQUESTS = (EXAMPLES / "requests_2022.csv").read_text(encoding="utf-8-sig")
HEADER, FIRST_ROW = REQUESTS.splitlines()[:2]
# A real published report (copied text) with a long run of digits appended: the auditor reads it whole.
PAGE = (ROOT / "tests" / "data" / "published" / "anhui_szf_2015.txt").read_text(encoding="utf-8")
MEMORY_CAP = 1_500_000_000
TIME_LIMIT = 60


def _report(**changes: object) -> dict[str, object]:
    data: dict[str, object] = json.loads(REPORT_TEXT)
    for path, value in changes.items():
        node: dict[str, object] = data
        *parents, leaf = path.split("__")
        for part in parents:
            child = node[part]
            assert isinstance(child, dict)
            node = child
        node[leaf] = value
    return data


def _write(path: Path, data: object) -> Path:
    path.write_text(data if isinstance(data, str) else json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def _cap_memory() -> None:  # runs in the child before exec
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def _run(argv: list[str], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "disclosure_rules", *argv],
        capture_output=True,
        text=True,
        check=False,
        cwd=cwd,
        timeout=TIME_LIMIT,
        preexec_fn=_cap_memory,
        env={**os.environ, **(env or {})},
    )


def _clean_failure(done: subprocess.CompletedProcess[str], *words: str) -> None:
    assert done.returncode == 2, done.stderr
    assert done.stderr.count("\n") == 1, done.stderr
    assert "Traceback" not in done.stderr
    for word in words:
        assert word in done.stderr, done.stderr


# --------------------------------------------------------------------------------------------------
# Heavy inputs as subprocesses under a memory cap and a time limit
# --------------------------------------------------------------------------------------------------


def _template_folder(folder: Path, body: str) -> str:
    (folder / "tpl" / "html").mkdir(parents=True)
    (folder / "tpl" / "html" / "standard.html").write_text(body, encoding="utf-8")
    return str(folder / "tpl")


HEAVY: dict[str, tuple[Callable[[Path], list[str]], tuple[str, ...], dict[str, str]]] = {
    "render-amount-exponent": (
        lambda f: [
            "render",
            str(
                _write(
                    f / "r.json",
                    _report(proactive_disclosure__administrative_fees={"amount_10k_yuan": "1E+999999"}),
                )
            ),
            "-o",
            str(f / "out.html"),
        ],
        ("本年收费金额", "最多18位数字"),
        {},
    ),
    "validate-dev-zero": (lambda _: ["validate", "/dev/zero"], ("limits.input_bytes",), {}),
    "check-dev-zero": (lambda _: ["check", "/dev/zero"], ("limits.input_bytes",), {}),
    "roll-up-dev-zero": (lambda _: ["roll-up", "/dev/zero"], ("limits.input_bytes",), {}),
    "calendar-dev-zero": (
        lambda _: ["calendar", "--calendar-file", "/dev/zero"],
        ("limits.input_bytes",),
        {},
    ),
    "deadline-rules-dev-zero": (
        lambda _: ["deadline", "request", "--received", "2024-03-01", "--rules", "/dev/zero"],
        ("limits.input_bytes",),
        {},
    ),
    "classify-input-dev-zero": (
        # classify --input streams line by line: a file with no line breaks is refused at its first long line.
        lambda _: ["classify", "content", "--input", "/dev/zero"],
        ("limits.record_line_bytes",),
        {},
    ),
    "aggregate-dev-zero": (
        lambda f: ["aggregate", "--year", "2022", "--requests", "/dev/zero", "-o", str(f / "out.json")],
        ("limits.record_file_bytes",),
        {"DISCLOSURE_RULES_MAX_RECORD_FILE_BYTES": "20000000"},
    ),
    "render-template-repeat": (
        lambda f: [
            "render",
            str(EXAMPLES / "qingshan_natural_resources_2022.json"),
            "--template-dir",
            _template_folder(f, "{{ 'x' * 10**10 }}"),
            "-o",
            str(f / "out.html"),
        ],
        ("limits.template_output_chars",),
        {},
    ),
    "render-template-loops": (
        lambda f: [
            "render",
            str(EXAMPLES / "qingshan_natural_resources_2022.json"),
            "--template-dir",
            _template_folder(
                f, "{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}{% endfor %}"
            ),
            "-o",
            str(f / "out.html"),
        ],
        ("limits.template_seconds",),
        {"DISCLOSURE_RULES_MAX_TEMPLATE_SECONDS": "2"},
    ),
}


@pytest.mark.parametrize("name", list(HEAVY))
def test_heavy_input_ends_in_one_line_within_memory_and_time(name: str, tmp_path: Path) -> None:
    make_argv, words, env = HEAVY[name]
    argv = make_argv(tmp_path)
    before = {path.name for path in tmp_path.rglob("*")}
    started = time.monotonic()
    done = _run(argv, tmp_path, env)
    _clean_failure(done, *words)
    assert time.monotonic() - started < TIME_LIMIT
    assert {path.name for path in tmp_path.rglob("*")} == before, "a file was left behind"


# --------------------------------------------------------------------------------------------------
# 1. Unbounded numbers
# --------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"proactive_disclosure__administrative_fees": {"amount_10k_yuan": "1E+999999"}}, "amount_10k_yuan"),
        ({"proactive_disclosure__administrative_fees": {"amount_10k_yuan": "1E-999999"}}, "amount_10k_yuan"),
        ({"proactive_disclosure__administrative_licensing": {"decisions": MAX_COUNT + 1}}, "decisions"),
    ],
)
def test_numbers_beyond_the_bounds_are_refused(change: dict[str, object], field: str) -> None:
    with pytest.raises(InputError, match=field) as caught:
        report_from_json(json.dumps(_report(**change)))
    assert caught.value.code == "input.invalid_report"


def test_the_largest_count_is_accepted() -> None:
    report = report_from_json(
        json.dumps(_report(proactive_disclosure__administrative_licensing={"decisions": MAX_COUNT}))
    )
    assert isinstance(report, AnnualReport2021)
    assert report.proactive_disclosure.administrative_licensing.decisions == MAX_COUNT


def test_a_roll_up_beyond_the_count_limit_is_a_coded_error(tmp_path: Path) -> None:
    paths = []
    for number in (1, 2):
        data = _report(proactive_disclosure__administrative_licensing={"decisions": MAX_COUNT})
        data["agency"] = {"name": f"机关{number}", "level": "政府部门", "region_code": None}
        paths.append(str(_write(tmp_path / f"{number}.json", data)))
    with pytest.raises(DisclosureRulesError) as caught:
        disclosure_rules.roll_up([report_from_json((tmp_path / f"{n}.json").read_text()) for n in (1, 2)])
    assert caught.value.code == "aggregate.roll_up_overflow"
    assert caught.value.message_zh == (
        f"表二“行政许可”行“本年处理决定数量”列的合计超出一份报告能容纳的最大数（应不大于{MAX_COUNT}）"
    )
    assert main(["roll-up", *paths]) == 2


def test_a_run_of_thousands_of_digits_in_a_page_is_cut_and_noted() -> None:
    result = audit(PAGE + "\n本年主动公开信息" + "9" * 5000 + "条。\n")
    notes = [finding for finding in result.findings if finding.code == "audit.reader_limit"]
    assert notes
    assert "5000" in notes[0].message


# --------------------------------------------------------------------------------------------------
# 2. Super-linear reading
# --------------------------------------------------------------------------------------------------


def test_a_run_of_300000_digits_is_read_in_linear_time() -> None:
    started = time.monotonic()
    audit(PAGE + "\n本年主动公开信息" + "9" * 300_000 + "x。\n")
    assert time.monotonic() - started < 20  # quadratic: over 120 s before the fix


@pytest.mark.parametrize("piece", ["9条", "公开信息1条", "占9条"])
def test_a_sentence_of_many_figures_is_read_in_linear_time(piece: str) -> None:
    started = time.monotonic()
    audit(PAGE + "\n" + piece * (100_000 // len(piece)) + "\n")
    assert time.monotonic() - started < 10  # quadratic: about 90 s before the shares' words were bounded


def test_digit_runs_are_cut_to_the_limit() -> None:
    cut, notes = cut_digit_runs("a" + "1" * (MAX_DIGIT_RUN + 5) + "b12c")
    assert cut == "a" + "1" * MAX_DIGIT_RUN + "…b12c"
    assert len(notes) == 1


def test_merged_cells_claim_a_bounded_number_of_grid_slots() -> None:
    cells = "".join('<td rowspan="200" colspan="200">1</td>' for _ in range(50))
    document = read_html(f"<table><tr>{cells}</tr><tr><td>2</td></tr></table>")
    assert document.notes, "the reader must say what it dropped"
    assert "rowspan=200" in document.notes[0]
    assert 200 * 200 * (GRID_SLOTS.value // (200 * 200) + 1) >= GRID_SLOTS.value


# --------------------------------------------------------------------------------------------------
# 3. Size caps and records
# --------------------------------------------------------------------------------------------------


def test_the_input_cap_is_overridable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    report = _write(tmp_path / "r.json", REPORT_TEXT)
    monkeypatch.setenv("DISCLOSURE_RULES_MAX_INPUT_BYTES", "100")
    assert main(["validate", str(report)]) == 2
    monkeypatch.setenv("DISCLOSURE_RULES_MAX_INPUT_BYTES", str(10**6))
    assert main(["validate", str(report)]) == 0
    monkeypatch.setenv("DISCLOSURE_RULES_MAX_INPUT_BYTES", "lots")
    assert main(["validate", str(report)]) == 2


@pytest.mark.parametrize(
    ("content", "code"),
    [
        (f'{HEADER}\n{FIRST_ROW},"{"x" * 140_000}"\n', "aggregate.bad_csv"),
        (f"{HEADER}\n{FIRST_ROW},extra\n", "aggregate.extra_cells"),
    ],
)
def test_csv_records_beyond_the_header_or_the_field_limit(content: str, code: str) -> None:
    with pytest.raises(DisclosureRulesError) as caught:
        tally_requests(io.BytesIO(content.encode("utf-8")), "r.csv", 2022)
    assert caught.value.code == code
    assert caught.value.message_zh.startswith("“r.csv”第2行")
    assert is_chinese(caught.value.message_zh), caught.value.message_zh


@pytest.mark.parametrize(
    ("name", "content", "says"),
    [
        ("big.csv", 'title\n"' + "x" * 140_000 + '"\n', ("cli.invalid_record", "第2行：不是有效的 CSV")),
        ("extra.csv", "title\nabc,def\n", ("cli.invalid_record", "第2行：该行的单元格比表头多")),
        (
            "dup.jsonl",
            '{"title": "a", "title": "b"}\n',
            ("input.duplicate_key", "第1行：同一对象中有重复的键"),
        ),
    ],
)
def test_classify_records_refuse_what_they_would_drop(
    name: str, content: str, says: tuple[str, str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The line names the code, the file and its line, in Chinese."""
    code, words = says
    path = _write(tmp_path / name, content)
    assert main(["classify", "content", "--input", str(path)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"[{code}]" in err
    assert f"{name}”{words}" in err


def test_a_duplicate_key_in_json_lines_records_is_refused() -> None:
    line = {"id": "1", "received": "2022-03-01", "applicant_type": "自然人", "outcome": "granted"}
    text = json.dumps(line, ensure_ascii=False).replace("{", '{"id": "0", ', 1) + "\n"
    with pytest.raises(DisclosureRulesError, match="appears twice"):
        tally_requests(io.BytesIO(text.encode("utf-8")), "r.jsonl", 2022)


@pytest.mark.parametrize("text", ["2022-01-02 25:61:99", "2022-01-02 23:60", "2022/1/2 24:00:00"])
def test_impossible_times_are_refused(text: str) -> None:
    with pytest.raises(ValueError, match="not a date"):
        parse_date(text)


def test_possible_times_are_accepted() -> None:
    assert str(parse_date("2022-01-02 23:59:59")) == "2022-01-02"


def test_a_sheet_of_empty_rows_is_refused_not_read_for_minutes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    openpyxl = importlib.import_module("openpyxl")  # the xlsx extra, part of the test extra; no type stubs
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(HEADER.split(","))
    for row in range(2, 200):
        sheet.cell(row=row, column=1).value = ""
    sheet.append(FIRST_ROW.split(","))
    path = tmp_path / "requests.xlsx"
    workbook.save(path)
    monkeypatch.setenv("DISCLOSURE_RULES_MAX_XLSX_EMPTY_ROWS", "100")
    with path.open("rb") as stream, pytest.raises(DisclosureRulesError) as caught:
        tally_requests(stream, str(path), 2022)
    assert caught.value.code == "limits.xlsx_empty_rows"
    assert isinstance(caught.value, LimitError)  # the limits table's own error, worded by ``too_large``
    assert caught.value.message_zh == (
        f"{path}：第102行之前的连续空行：超过上限 100 行；确需处理请设置环境变量 DISCLOSURE_RULES_MAX_XLSX_EMPTY_ROWS"
    )
    assert caught.value.message == (
        f"{path}: empty rows in a row before row 102: over the limit of 100 rows; "
        "set the environment variable DISCLOSURE_RULES_MAX_XLSX_EMPTY_ROWS to raise it"
    )
    monkeypatch.setenv("DISCLOSURE_RULES_MAX_XLSX_EMPTY_ROWS", "1000")
    with path.open("rb") as stream:
        tally, _ = tally_requests(stream, str(path), 2022)
    assert tally is not None


# --------------------------------------------------------------------------------------------------
# 4. A value taken for a path
# --------------------------------------------------------------------------------------------------


def test_a_schedule_file_holding_a_string_is_not_opened(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    secret = _write(tmp_path / "secret.json", '{"year": 2027}')
    schedule = _write(tmp_path / "schedule.json", json.dumps(str(secret)))
    assert main(["calendar", "--calendar-file", str(schedule)]) == 2
    err = capsys.readouterr().err
    assert "calendar.invalid_schedule" in err
    assert "不是 str" in err
    assert "2027" not in err


def test_the_api_refuses_schedule_data_that_is_a_string() -> None:
    from disclosure_rules._calendar import parse_schedules  # noqa: PLC0415 - the reader under test

    with pytest.raises(DisclosureRulesError) as caught:
        parse_schedules("/etc/passwd", "file.json")
    assert caught.value.code == "calendar.invalid_schedule"
    assert "不是 str" in caught.value.message_zh
    assert WorkingDayCalendar.china() is not None


# --------------------------------------------------------------------------------------------------
# 5. User templates
# --------------------------------------------------------------------------------------------------

TEMPLATE_BOMBS = {
    "repeat": "{{ 'x' * 10**10 }}",
    "center": "{{ ''|center(10**10) }}",
    "power": "{{ 7 ** (10 ** 9) }}",
    "ljust": "{{ 'x'.ljust(10**10) }}",
    "format": "{{ '%9999999999s'|format('x') }}",
    "str-format": "{{ '{:>9999999999}'.format('x') }}",
    "list": "{% set l = [1] * 10**9 %}",
    "range": "{% for a in range(10**9) %}{% endfor %}",
    "output": "{% for a in range(99999) %}{% for b in range(99999) %}xxxxxxxxxx{% endfor %}{% endfor %}",
    "recursion": "{% macro f() %}{{ f() }}{% endmacro %}{{ f() }}",
    "concat-doubling": "{% set ns = namespace(a='x') %}{% for i in range(64) %}{% set ns.a = ns.a ~ ns.a %}{% endfor %}",
    "plus-doubling": "{% set ns = namespace(a='x') %}{% for i in range(64) %}{% set ns.a = ns.a + ns.a %}{% endfor %}",
    "join-doubling": "{% set ns = namespace(a='x') %}{% for i in range(64) %}{% set ns.a = [ns.a, ns.a]|join %}{% endfor %}",
    "method-doubling": "{% set ns = namespace(a='x') %}{% for i in range(64) %}{% set ns.a = ''.join([ns.a, ns.a]) %}{% endfor %}",
}


@pytest.fixture(scope="module")
def example_report() -> AnnualReport2021:
    report = report_from_json(REPORT_TEXT)
    assert isinstance(report, AnnualReport2021)
    return report


@pytest.mark.parametrize("name", list(TEMPLATE_BOMBS))
def test_a_template_bomb_is_a_coded_error(
    name: str, tmp_path: Path, example_report: AnnualReport2021, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISCLOSURE_RULES_MAX_TEMPLATE_OUTPUT_CHARS", "2000000")
    folder = _template_folder(tmp_path, TEMPLATE_BOMBS[name])
    started = time.monotonic()
    with pytest.raises(DisclosureRulesError) as caught:
        render(example_report, "html", folder)
    assert caught.value.code.startswith(("limits.template", "render.template_recursion"))
    assert time.monotonic() - started < 10


def test_a_template_loop_without_output_is_stopped_by_the_clock(
    tmp_path: Path, example_report: AnnualReport2021, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DISCLOSURE_RULES_MAX_TEMPLATE_SECONDS", "1")
    folder = _template_folder(
        tmp_path, "{% set l = [1] * 99999 %}{% for a in l %}{% for b in l %}{% endfor %}{% endfor %}"
    )
    with pytest.raises(DisclosureRulesError) as caught:
        render(example_report, "html", folder)
    assert caught.value.code == "limits.template_seconds"


def test_a_link_out_of_the_template_folder_is_refused(
    tmp_path: Path, example_report: AnnualReport2021
) -> None:
    secret = _write(tmp_path / "secret.txt", "SECRET")
    (tmp_path / "tpl" / "html").mkdir(parents=True)
    (tmp_path / "tpl" / "html" / "standard.html").symlink_to(secret)
    with pytest.raises(DisclosureRulesError) as caught:
        render(example_report, "html", tmp_path / "tpl")
    assert caught.value.code == "render.template_outside_folder"


def test_an_included_partial_is_escaped_by_the_output_format(
    tmp_path: Path, example_report: AnnualReport2021
) -> None:
    folder = _template_folder(tmp_path, "{% include 'html/part.txt' %}")
    (tmp_path / "tpl" / "html" / "part.txt").write_text("{{ '<b>' }}", encoding="utf-8")
    assert render(example_report, "html", folder) == "&lt;b&gt;"


def test_a_sensible_template_still_renders(tmp_path: Path, example_report: AnnualReport2021) -> None:
    folder = _template_folder(
        tmp_path, "{% for i in range(3) %}{{ i * 2 }}{{ 2 ** 10 }}{% endfor %}{{ 'ab' * 2 }}"
    )
    assert render(example_report, "html", folder) == "010242102441024abab"


# --------------------------------------------------------------------------------------------------
# 6. Markdown and text output
# --------------------------------------------------------------------------------------------------


def test_markdown_values_stay_on_their_line_and_link_nothing() -> None:
    escaped = markdown_escape("第一行\n\n# 标题\rhttps://evil.example www.evil.example a@b.cn \x1b[2J\u202e")
    assert "\n" not in escaped
    assert "\r" not in escaped
    assert "https\\://" in escaped
    assert "www\\." in escaped
    assert "a\\@b" in escaped
    assert "\x1b" not in escaped
    assert "\u202e" not in escaped
    assert "\\u001b" in escaped


def test_neutralise_keeps_json_meaning() -> None:
    value = {"name": "a\x85b\u202ec\x1b"}
    text = neutralise(json.dumps(value, ensure_ascii=False))
    assert json.loads(text) == value


def test_control_characters_never_reach_stdout_stderr_or_text_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], example_report: AnnualReport2021
) -> None:
    hostile = example_report.model_copy(
        update={"problems_and_improvements": "改进\x1b]0;pwned\x07\u202e\x9b"}
    )
    source = _write(tmp_path / "r.json", hostile.model_dump_json())
    for output_format in ("md", "txt"):
        out = tmp_path / f"out.{output_format}"
        assert main(["render", str(source), "--format", output_format, "-o", str(out)]) == 0
        text = out.read_text(encoding="utf-8")
        assert not any(char in text for char in "\x1b\x07\u202e\x9b"), output_format
    assert main(["render", str(source), "--format", "txt"]) == 0
    assert main(["validate", str(tmp_path / "nope\x1b[31m.json")]) == 2
    captured = capsys.readouterr()
    assert "\x1b" not in captured.out
    assert "\x1b" not in captured.err
    assert captured.err.count("\n") == 1


# --------------------------------------------------------------------------------------------------
# 7. All or nothing
# --------------------------------------------------------------------------------------------------


def test_aggregate_writes_both_outputs_or_neither(tmp_path: Path) -> None:
    report = tmp_path / "A.json"
    argv = ["aggregate", "--year", "2022", "--requests", str(EXAMPLES / "requests_2022.csv")]
    assert main([*argv, "-o", str(report), "--stats", "/dev/full"]) == 2
    assert not report.exists()
    assert main([*argv, "-o", "/dev/full", "--stats", str(tmp_path / "B.json")]) == 2
    assert sorted(path.name for path in tmp_path.iterdir()) == []


def test_a_failed_rename_puts_back_the_outputs_already_committed(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from disclosure_rules._cli._common import CliError, write_outputs  # noqa: PLC0415 - the writer under test

    first, second = tmp_path / "a.json", tmp_path / "b.json"
    first.write_text("old", encoding="utf-8")
    replace = Path.replace

    def failing(self: Path, target: str | os.PathLike[str]) -> Path:
        if Path(target).name == "b.json":
            raise OSError(28, "No space left on device")
        return replace(self, target)

    monkeypatch.setattr(Path, "replace", failing)
    with pytest.raises(CliError, match=r"b\.json") as caught:
        write_outputs([(str(first), "new a"), (str(second), "new b")])
    assert caught.value.code == "cli.cannot_write"
    assert caught.value.message_zh.endswith("b.json：无法写入（磁盘空间已满）")
    assert first.read_text(encoding="utf-8") == "old"
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a.json"]


def test_no_output_inside_the_template_folder(tmp_path: Path) -> None:
    folder = _template_folder(tmp_path, "mine")
    target = Path(folder) / "html" / "standard.html"
    assert (
        main(
            [
                "render",
                str(EXAMPLES / "qingshan_natural_resources_2022.json"),
                "--template-dir",
                folder,
                "-o",
                str(target),
            ]
        )
        == 2
    )
    assert target.read_text(encoding="utf-8") == "mine"


def test_a_long_but_valid_output_name_works(tmp_path: Path) -> None:
    target = tmp_path / ("报" * 80 + ".md")  # 240 bytes of a 255-byte limit
    assert (
        main(
            [
                "render",
                str(EXAMPLES / "qingshan_natural_resources_2022.json"),
                "--format",
                "md",
                "-o",
                str(target),
            ]
        )
        == 0
    )
    assert [path.name for path in tmp_path.iterdir()] == [target.name]


def _wait_for_handler(pid: int, signum: int) -> None:
    """Wait until the child catches ``signum`` (Linux lists caught signals in /proc/PID/status)."""
    ends = time.monotonic() + TIME_LIMIT
    while time.monotonic() < ends:
        status = Path(f"/proc/{pid}/status").read_text(encoding="ascii")
        caught = next(line for line in status.splitlines() if line.startswith("SigCgt:"))
        if int(caught.split()[1], 16) >> (signum - 1) & 1:
            time.sleep(0.5)  # into the render, past the handler's installation
            return
        time.sleep(0.05)
    pytest.fail("the child never installed its signal handler")


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP])
def test_a_signal_during_a_run_leaves_no_temporary_file(signum: int, tmp_path: Path) -> None:
    folder = _template_folder(
        tmp_path, "{% for a in range(99999) %}{% for b in range(99999) %}{% endfor %}{% endfor %}"
    )
    child = subprocess.Popen(
        [
            sys.executable,
            "-m",
            "disclosure_rules",
            "render",
            str(EXAMPLES / "qingshan_natural_resources_2022.json"),
            "--template-dir",
            folder,
            "-o",
            str(tmp_path / "out.html"),
        ],
        stderr=subprocess.PIPE,
        text=True,
    )
    _wait_for_handler(child.pid, signum)
    child.send_signal(signum)
    _, err = child.communicate(timeout=TIME_LIMIT)
    assert child.returncode == -signum, err
    assert "terminated" in err
    assert "Traceback" not in err
    assert sorted(path.name for path in tmp_path.iterdir()) == ["tpl"]


# --------------------------------------------------------------------------------------------------
# 8. Double counting
# --------------------------------------------------------------------------------------------------


def test_roll_up_refuses_a_report_given_twice(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    first = _write(tmp_path / "a.json", REPORT_TEXT)
    copy = _write(tmp_path / "b.json", REPORT_TEXT)
    for argv in (
        [str(first), str(first)],
        [str(first), str(tmp_path / "." / "a.json")],
        [str(first), str(copy)],
    ):
        assert main(["roll-up", *argv]) == 2
        err = capsys.readouterr().err
        assert "[cli.repeated_input]" in err
        assert "重复计入" in err
        assert err.count("\n") == 1


# --------------------------------------------------------------------------------------------------
# 9. The Python API
# --------------------------------------------------------------------------------------------------


def test_validate_none_is_the_librarys_own_error() -> None:
    with pytest.raises(InputError) as caught:
        validate(None)  # type: ignore[arg-type]
    assert caught.value.code == "input.wrong_type"
    assert isinstance(caught.value, TypeError)  # callers who caught TypeError still do


def test_an_out_of_range_value_is_the_librarys_own_error() -> None:
    with pytest.raises(DisclosureRulesError) as caught:
        disclosure_rules.largest_remainder_shares([10**5000, 1], precision=10**400)
    assert caught.value.code.startswith("input.")


def test_docs_list_every_limit() -> None:
    from disclosure_rules._limits import LIMITS  # noqa: PLC0415 - the table the page documents

    page = (ROOT / "docs" / "security.md").read_text(encoding="utf-8")
    for limit in LIMITS:
        assert f"`{limit.name}`" in page, limit.name
        assert f"`{limit.env}`" in page, limit.env
    assert f"{MAX_COUNT:,}" in page


API_UNDER_A_CAP = """
import json, sys
import disclosure_rules as dr
report = dr.report_from_json(open(sys.argv[1], encoding="utf-8").read())
calls = [
    lambda: dr.validate(None),
    lambda: dr.render(report, "html", sys.argv[2]),
    lambda: dr.audit("9" * 300000),
    lambda: dr.roll_up([report, None]),
    lambda: dr.report_from_json(sys.argv[3]),
    lambda: dr.largest_remainder_shares([10**30, 1], precision=10**9),
]
for call in calls:
    try:
        call()
        print("ok")
    except dr.DisclosureRulesError as exc:
        print(exc.code)
"""


def test_the_public_api_under_a_memory_cap(tmp_path: Path) -> None:
    folder = _template_folder(tmp_path, "{{ ''|center(10**10) }}")
    huge = json.dumps(_report(proactive_disclosure__administrative_fees={"amount_10k_yuan": "1E+999999"}))
    done = subprocess.run(
        [
            sys.executable,
            "-c",
            API_UNDER_A_CAP,
            str(EXAMPLES / "qingshan_natural_resources_2022.json"),
            folder,
            huge,
        ],
        capture_output=True,
        text=True,
        check=False,
        timeout=TIME_LIMIT,
        preexec_fn=_cap_memory,
    )
    assert done.returncode == 0, done.stderr
    codes = done.stdout.split()
    assert codes[0] == "input.wrong_type"
    assert codes[1] == "limits.template_output_chars"
    assert codes[2].startswith("audit.")
    assert codes[3] == "input.wrong_type"
    assert codes[4] == "input.invalid_report"
    assert codes[5].startswith(("input.", "ok"))


@pytest.mark.parametrize("limit", LIMITS, ids=lambda limit: limit.name)
def test_a_limit_error_names_its_unit_in_chinese(limit: Limit) -> None:
    """The one line a clerk reads is Chinese throughout: the cap and the measured size in 字节, 页, 行 …"""
    message = too_large("报告.pdf", limit, limit.value + 1).message_zh
    assert UNITS_ZH[limit.unit] in message
    assert not re.search(r"\d [a-z]", message), message


@given(
    st.sampled_from(LIMITS),
    st.text(alphabet=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF), min_size=1, max_size=8),
)
def test_a_limit_error_names_the_input_in_each_language(limit: Limit, part: str) -> None:
    """A part of an input is named in the Chinese line in Chinese, in the English message in English."""
    error = part_too_large("x.csv", part, "a line", limit)
    assert error.message_zh.startswith(f"x.csv：{part}：超过上限 {limit.value} ")
    assert error.message.startswith(f"x.csv: a line: over the limit of {limit.value} {limit.unit}")
    assert part not in error.message
    assert too_large("x.csv", limit).message.startswith("x.csv: over the limit")
