"""Every subcommand of ``python -m disclosure_rules`` given hostile or odd input.

The project's rule (docs/contributing.md): "Bad input gets a clear error that names the field, row or file and
what was wrong; the CLI exits non-zero with one readable message, never a traceback, and never writes a
partial output file." Each case below runs the CLI in process (``disclosure_rules._cli.main``) and checks the
exit status, that stderr is exactly one line naming what was wrong, and that no file (partial output or
temporary file) appeared. A handful run as real subprocesses, where stdin bytes or the interpreter matter.
"""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest

from disclosure_rules._cli import main
from disclosure_rules._messages import is_chinese
from tests.requires import unavailable

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
REPORT_2021 = (EXAMPLES / "qingshan_natural_resources_2022.json").read_text(encoding="utf-8")
REPORT_LEGACY = (EXAMPLES / "wanlong_2017_legacy.json").read_text(encoding="utf-8")
REQUESTS = (EXAMPLES / "requests_2022.csv").read_text(encoding="utf-8-sig")
REQUEST_LINES = REQUESTS.splitlines()
DEEP = "[" * 100_000 + "]" * 100_000
# A folder nobody (not even root) can create files in.
UNWRITABLE = Path("/proc")


def _report(**changes: object) -> str:
    return json.dumps({**json.loads(REPORT_2021), **changes}, ensure_ascii=False)


def _request_row(**replacements: str) -> str:
    row = REQUEST_LINES[1]
    for old, new in replacements.items():
        row = row.replace(old, new)
    return f"{REQUEST_LINES[0]}\n{row}\n"


# name → content of the hostile input files, all in one folder ({name} in a case's argv is its path).
FILES: dict[str, str | bytes] = {
    "good.json": REPORT_2021,
    "legacy.json": REPORT_LEGACY,
    "empty.json": "",
    "junk.bin": bytes(range(256)) * 4,
    "list.json": "[1, 2]",
    "null.json": "null",
    "levels_bad.json": '{"青山镇": "村委会"}',
    "deep.json": DEEP,
    "dup.json": REPORT_2021.replace("{", '{"year": 2021, ', 1),
    "gbk.json": REPORT_2021.encode("gbk"),
    "utf16.json": REPORT_2021.encode("utf-16"),
    "huge_year.json": _report(year=10**400),
    "negative_year.json": _report(year=-5),
    "requests.csv": REQUESTS,
    "requests_bom.csv": "\ufeff" + REQUESTS,
    "requests_empty.csv": "",
    "requests_missing_columns.csv": "foo,bar\n1,2\n",
    "requests_empty_rows.csv": REQUEST_LINES[0] + "\n\n,,,,\n" + "\n".join(REQUEST_LINES[1:]) + "\n",
    "requests_bad_date.csv": _request_row(**{"2021-12-13": "2024-02-30"}),
    "requests_year_0001.csv": _request_row(**{"2021-12-13": "0001-01-01"}),
    "requests_bad_outcome.csv": _request_row(予以公开="随便"),
    "requests_utf16.csv": REQUESTS.encode("utf-16"),
    "requests_text.xlsx": REQUESTS,
    "requests_deep.jsonl": DEEP + "\n",
    "figures_bad_table4.json": '{"table4": ["a", 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1]}',
    "figures_negative.json": '{"table2": {"行政许可.本年处理决定数量": -1}}',
    "figures_unknown_cell.json": '{"table2": {"no such cell": 1}}',
    "figures_dup.json": '{"table4": [0,0,0,0,0,0,0,0,0,0,0,0,0,0,0], "table4": []}',
    "schedule_bad.toml": "year = [\n",
    "schedule_wrong.json": '{"year": "x"}',
    "scheme_deep.json": DEEP,
    "lines_deep.jsonl": DEEP + "\n",
    "lines_dup.jsonl": '{"title": "a", "title": "b"}\n',
    "self.json": REPORT_2021,
    "self.jsonl": '{"title": "x"}\n',
    "self.csv": REQUESTS,
}
DIRECTORIES = ("empty_folder", "templates_bad/html")
TEMPLATE_WITH_SYNTAX_ERROR = "templates_bad/html/standard.html"


# What an error line quotes rather than says: paths, values as given ('rtf'), flags, model names.
_QUOTED = re.compile(r"'[^']*'|[\w.~<>-]*/[\w./-]*|--[\w-]+|\b(?:[A-Z][a-z]+){2,}\d*\b", flags=re.ASCII)
# Lines that end with another library's own reason in brackets, after the Chinese sentence (openpyxl's).
FOREIGN_REASON = frozenset({"aggregate-text-as-xlsx"})


def _prose(err: str, folder: Path, name: str) -> str:
    """The words of an error line for staff: after its code, without the files, values and flags it quotes."""
    _, _, message = err.replace(str(folder), "").partition("：")
    if name in FOREIGN_REASON:
        message = message.rstrip().rpartition("（")[0]
    return _QUOTED.sub("", message)


@dataclass(frozen=True)
class Case:
    """One command line, its exit status and the words its single stderr line must contain."""

    argv: tuple[str, ...]
    status: int
    says: tuple[str, ...]
    stdin: bytes | None = None


def case(*argv: str, status: int = 2, says: tuple[str, ...], stdin: bytes | None = None) -> Case:
    """A case; ``{name}`` in an argument is the path of that hostile file."""
    return Case(argv, status, says, stdin)


_AG = ("aggregate", "--year", "2022", "--requests")
_DL = ("deadline", "request", "--received")

CASES: dict[str, Case] = {
    # render / validate: the report file
    "render-missing": case("render", "{nope.json}", says=("nope.json", "cli.not_found")),
    "render-directory": case("render", "{empty_folder}", says=("empty_folder", "cli.is_directory")),
    "render-empty": case("render", "{empty.json}", says=("empty.json", "不是有效的 JSON")),
    "render-binary": case("render", "{junk.bin}", says=("junk.bin", "cli.not_utf8")),
    "render-list": case("render", "{list.json}", says=("list.json", "顶层")),
    "render-null": case("render", "{null.json}", says=("null.json", "顶层")),
    "render-deep": case("render", "{deep.json}", says=("deep.json", "不是有效的 JSON")),
    "render-duplicate-key": case("render", "{dup.json}", says=("dup.json", "'year'", "input.duplicate_key")),
    "render-gbk": case("render", "{gbk.json}", says=("gbk.json", "cli.not_utf8")),
    "render-utf16": case("render", "{utf16.json}", says=("utf16.json", "UTF-16")),
    "render-huge-year": case("render", "{huge_year.json}", says=("huge_year.json", "“报告年度”：")),
    "render-stdin-binary": case("render", "-", says=("<stdin>", "UTF-16"), stdin=b"\xff\xfe\x00junk"),
    "render-stdin-empty": case("render", "-", says=("<stdin>", "不是有效的 JSON"), stdin=b""),
    "render-unknown-flag": case("render", "{good.json}", "--bogus", says=("--bogus",)),
    "render-repeated-flag": case(
        "render", "{good.json}", "--format", "md", "--format", "rtf", says=("--format", "'rtf'")
    ),
    "render-template-dir-missing": case(
        "render", "{good.json}", "--template-dir", "{nope}", says=("nope", "render.template_dir_not_found")
    ),
    "render-template-syntax-error": case(
        "render",
        "{good.json}",
        "--template-dir",
        "{templates_bad}",
        "-o",
        "{out.html}",
        says=("html/standard.html", "第 1 行", "render.template_syntax"),
    ),
    "render-output-is-input": case(
        "render", "{self.json}", "-o", "{self.json}", says=("self.json", "cli.output_is_input")
    ),
    "render-output-is-directory": case(
        "render", "{good.json}", "-o", "{empty_folder}", says=("empty_folder", "cli.cannot_write")
    ),
    "render-output-folder-missing": case(
        "render", "{good.json}", "-o", "{nope}/out.html", says=("nope", "不存在")
    ),
    "render-output-unwritable": case(
        "render", "{good.json}", "-o", f"{UNWRITABLE}/report.html", says=("report.html", "cli.cannot_write")
    ),
    "render-docx-without-output": case(
        "render", "{good.json}", "--format", "docx", says=("docx", "-o FILE.docx")
    ),
    "render-docx-with-template-dir": case(
        "render",
        "{good.json}",
        "--template-dir",
        "{templates_bad}",
        "-o",
        "{out.docx}",
        says=("render.template_dir_not_supported",),
    ),
    "render-pdf-output-folder-missing": case(
        "render", "{good.json}", "-o", "{nope}/out.pdf", says=("nope", "cli.cannot_write")
    ),
    "render-pdf-template-syntax-error": case(
        "render",
        "{good.json}",
        "--template-dir",
        "{templates_bad}",
        "-o",
        "{out.pdf}",
        says=("html/standard.html", "render.template_syntax"),
    ),
    "render-docx-output-unwritable": case(
        "render", "{good.json}", "-o", f"{UNWRITABLE}/report.docx", says=("report.docx", "cli.cannot_write")
    ),
    "validate-negative-year": case("validate", "{negative_year.json}", says=("negative_year.json", "year")),
    "validate-previous-binary": case(
        "validate", "{good.json}", "--previous", "{junk.bin}", says=("junk.bin", "cli.not_utf8")
    ),
    "validate-stdin-binary": case("validate", "-", says=("<stdin>", "cli.not_utf8"), stdin=b"{\x80\x81}"),
    # check
    "check-missing": case("check", "{nope.html}", says=("nope.html", "cli.not_found")),
    # A folder is walked (issue 13); an empty one has nothing to check.
    "check-directory": case(
        "check", "{empty_folder}", says=("empty_folder", "cli.no_input", "没有要检查的文件")
    ),
    "check-empty": case("check", "{empty.json}", says=("empty.json", "audit.unrecognised_format")),
    "check-binary": case("check", "{junk.bin}", says=("junk.bin", "audit.unrecognised_format")),
    "check-negative-jobs": case("check", "{good.json}", "--jobs", "-1", says=("--jobs",)),
    "check-levels-not-a-table": case(
        "check",
        "{good.json}",
        "--agency-levels",
        "{list.json}",
        says=("list.json", "cli.invalid_input", "机关名称 → 层级"),
    ),
    "check-levels-unknown": case(
        "check",
        "{good.json}",
        "--agency-levels",
        "{levels_bad.json}",
        says=("levels_bad.json", "不是机关层级"),
    ),
    # A streamed output (check, classify) is refused as every other output is: coded, in Chinese.
    "check-output-unwritable": case(
        "check",
        "{good.json}",
        "-o",
        f"{UNWRITABLE}/checks.csv",
        says=("checks.csv", "cli.cannot_write", "无法写入"),
    ),
    "check-dashboard-is-output": case(
        "check",
        "{good.json}",
        "-o",
        "{out.csv}",
        "--dashboard",
        "{out.csv}",
        says=("out.csv", "cli.same_output_twice", "两个输出"),
    ),
    # deadline
    "deadline-february-30": case(*_DL, "2024-02-30", says=("--received", "'2024-02-30'")),
    "deadline-year-1": case(*_DL, "0001-01-01", says=("--received", "deadline.before_regulation")),
    "deadline-year-9999": case(*_DL, "9999-12-31", says=("--received", "calendar.beyond_published_year")),
    "deadline-as-of-9999": case(
        *_DL, "2024-03-01", "--as-of", "9999-12-31", says=("--as-of", "calendar.beyond_published_year")
    ),
    "deadline-huge-extension": case(
        *_DL, "2024-03-01", "--extension", "9" * 30, says=("--extension", "deadline.extension_over_limit")
    ),
    "deadline-negative-extension": case(*_DL, "2024-03-01", "--extension", "-5", says=("--extension",)),
    "deadline-reply-before-receipt": case(
        *_DL, "2024-03-01", "--replied", "2024-01-01", says=("--replied", "deadline.reply_before_receipt")
    ),
    "deadline-correction-period-before-notice": case(
        *_DL,
        "2024-03-01",
        "--correction-requested",
        "2024-03-02",
        "--correction-period-end",
        "2024-02-01",
        says=("--correction-period-end", "deadline.event_before_receipt"),
    ),
    "deadline-rules-deep": case(*_DL, "2024-03-01", "--rules", "{deep.json}", says=("deep.json", "嵌套过深")),
    "deadline-rules-list": case(
        *_DL, "2024-03-01", "--rules", "{list.json}", says=("list.json", "rules.malformed")
    ),
    "deadline-calendar-file-toml": case(
        *_DL, "2024-03-01", "--calendar-file", "{schedule_bad.toml}", says=("schedule_bad.toml", "TOML")
    ),
    "deadline-calendar-file-wrong": case(
        *_DL,
        "2024-03-01",
        "--calendar-file",
        "{schedule_wrong.json}",
        says=("--calendar-file", "schedule_wrong.json", "calendar.invalid_schedule"),
    ),
    "deadline-report-huge-year": case(
        "deadline",
        "report",
        "--level",
        "省级政府",
        "--year",
        "9" * 20,
        says=("--year", "deadline.year_out_of_range"),
    ),
    "deadline-fee-negative": case(
        "deadline", "fee", "--pages", "-1", says=("--pages", "cli.usage", "是负数")
    ),
    "deadline-fee-huge": case(
        "deadline", "fee", "--per-request", "9" * 40, says=("--per-request", "fee.quantity_too_large")
    ),
    # calendar
    "calendar-year-0": case(
        "calendar", "--year", "0", says=("--year", "cli.invalid_input", "不是有效的年份")
    ),
    "calendar-year-huge": case(
        "calendar", "--year", "9" * 12, says=("--year", "cli.invalid_input", "不是有效的年份")
    ),
    "calendar-year-negative": case(
        "calendar", "--year", "-3", says=("--year", "cli.invalid_input", "不是有效的年份")
    ),
    "calendar-year-beyond": case(
        "calendar", "--year", "2090", says=("2090", "calendar.beyond_published_year")
    ),
    "calendar-today-february-30": case("calendar", "--today", "2024-02-30", says=("--today", "2024-02-30")),
    "calendar-file-deep": case("calendar", "--calendar-file", "{deep.json}", says=("deep.json", "嵌套过深")),
    "calendar-file-null": case(
        "calendar", "--calendar-file", "{null.json}", says=("null.json", "calendar.invalid_schedule")
    ),
    "calendar-file-duplicate-key": case(
        "calendar",
        "--calendar-file",
        "{dup.json}",
        says=("dup.json", "'year' 出现了两次", "input.duplicate_key"),
    ),
    # classify
    "classify-input-deep": case(
        "classify",
        "content",
        "--input",
        "{lines_deep.jsonl}",
        says=("lines_deep.jsonl”第1行", "cli.invalid_json", "不是有效的 JSON"),
    ),
    "classify-input-duplicate-key": case(
        "classify",
        "content",
        "--input",
        "{lines_dup.jsonl}",
        says=("lines_dup.jsonl”第1行", "'title'", "input.duplicate_key"),
    ),
    "classify-input-binary": case("classify", "outcome", "--input", "{junk.bin}", says=("junk.bin", "UTF-8")),
    "classify-input-empty-csv": case(
        "classify",
        "applicant",
        "--input",
        "{requests_empty.csv}",
        says=("requests_empty.csv", "cli.invalid_record", "没有表头行"),
    ),
    "classify-scheme-deep": case(
        "classify", "content", "x", "--scheme", "{scheme_deep.json}", says=("scheme_deep.json", "嵌套过深")
    ),
    "classify-scheme-list": case(
        "classify", "content", "x", "--scheme", "{list.json}", says=("list.json", "classify.invalid_scheme")
    ),
    "classify-stdin-binary": case(
        "classify", "content", "--input", "-", says=("<stdin>", "UTF-16"), stdin=b"\xff\xfe\x00"
    ),
    "classify-output-is-input": case(
        "classify",
        "content",
        "--input",
        "{self.jsonl}",
        "--output",
        "{self.jsonl}",
        says=("cli.output_is_input",),
    ),
    # aggregate
    "aggregate-missing": case(*_AG, "{nope.csv}", says=("nope.csv", "cli.not_found")),
    "aggregate-directory": case(*_AG, "{empty_folder}", says=("empty_folder", "cli.is_directory")),
    "aggregate-empty": case(
        *_AG, "{requests_empty.csv}", says=("requests_empty.csv", "aggregate.missing_column")
    ),
    "aggregate-missing-columns": case(
        *_AG, "{requests_missing_columns.csv}", says=("requests_missing_columns.csv", "现有表头：foo、bar")
    ),
    "aggregate-empty-rows": case(
        *_AG, "{requests_empty_rows.csv}", says=("requests_empty_rows.csv”第2行", "字段")
    ),
    "aggregate-bad-date": case(
        *_AG, "{requests_bad_date.csv}", says=("requests_bad_date.csv”第2行", "2024-02-30")
    ),
    "aggregate-year-0001": case(
        *_AG, "{requests_year_0001.csv}", says=("requests_year_0001.csv”第2行", "2008年5月1日")
    ),
    "aggregate-unknown-outcome": case(
        *_AG, "{requests_bad_outcome.csv}", says=("requests_bad_outcome.csv”第2行", "“随便”")
    ),
    "aggregate-utf16": case(*_AG, "{requests_utf16.csv}", says=("requests_utf16.csv", "UTF-16")),
    "aggregate-text-as-xlsx": case(
        *_AG, "{requests_text.xlsx}", says=("requests_text.xlsx", "aggregate.bad_xlsx")
    ),
    "aggregate-jsonl-deep": case(
        *_AG, "{requests_deep.jsonl}", says=("requests_deep.jsonl”第1行", "嵌套过深")
    ),
    "aggregate-encoding-without-bom": case(
        *_AG, "{requests.csv}", "--encoding", "utf-16", says=("requests.csv", "aggregate.encoding")
    ),
    "aggregate-encoding-not-text": case(
        *_AG, "{requests.csv}", "--encoding", "rot13", says=("requests.csv", "不是文本编码")
    ),
    "aggregate-stdin-binary": case(*_AG, "-", says=("“-”", "UTF-16"), stdin=b"\xff\xfe\x00\x01"),
    "aggregate-same-file-twice": case(
        *_AG, "{requests.csv}", "--requests", "{requests.csv}", says=("--requests", "cli.repeated_input")
    ),
    "aggregate-year-out-of-range": case(
        "aggregate", "--year", "99999", "--requests", "{requests.csv}", says=("--year", "99999")
    ),
    "aggregate-previous-legacy": case(
        *_AG,
        "{requests.csv}",
        "--previous",
        "{legacy.json}",
        says=("叙述式报告", "aggregate.previous_format"),
    ),
    "aggregate-figures-bad-table4": case(
        *_AG,
        "{requests.csv}",
        "--figures",
        "{figures_bad_table4.json}",
        says=("figures_bad_table4.json", "table4"),
    ),
    "aggregate-figures-negative": case(
        *_AG,
        "{requests.csv}",
        "--figures",
        "{figures_negative.json}",
        says=("figures_negative.json", "表二“行政许可”行“本年处理决定数量”列"),
    ),
    "aggregate-figures-unknown-cell": case(
        *_AG,
        "{requests.csv}",
        "--figures",
        "{figures_unknown_cell.json}",
        says=("figures_unknown_cell.json", "input.unknown_cell"),
    ),
    "aggregate-figures-duplicate-key": case(
        *_AG, "{requests.csv}", "--figures", "{figures_dup.json}", says=("figures_dup.json", "'table4'")
    ),
    "aggregate-empty-agency": case(*_AG, "{requests.csv}", "--agency", "", says=("--agency",)),
    "aggregate-output-is-input": case(*_AG, "{self.csv}", "-o", "{self.csv}", says=("cli.output_is_input",)),
    "aggregate-stats-written-output-not": case(
        *_AG,
        "{requests.csv}",
        "--stats",
        "{stats.json}",
        "-o",
        f"{UNWRITABLE}/report.json",
        says=("report.json", "cli.cannot_write"),
    ),
    "aggregate-stats-and-output-same-file": case(
        *_AG,
        "{requests.csv}",
        "--stats",
        "{out.json}",
        "-o",
        "{out.json}",
        says=("out.json", "cli.same_output_twice", "两个输出"),
    ),
    # roll-up
    "roll-up-legacy": case("roll-up", "{legacy.json}", says=("2017", "aggregate.roll_up_format")),
    "roll-up-empty-folder": case(
        "roll-up", "{empty_folder}", says=("empty_folder", "cli.no_input", "没有 .json")
    ),
    "roll-up-empty-agency": case("roll-up", "{good.json}", "--agency", "", says=("--agency",)),
    "roll-up-negative-jobs": case("roll-up", "{good.json}", "--jobs", "-1", says=("--jobs",)),
    "roll-up-output-is-input": case(
        "roll-up", "{self.json}", "-o", "{self.json}", says=("cli.output_is_input",)
    ),
    # schema and the top level
    "schema-unknown-model": case("schema", "Nope", says=("“Nope”", "cli.unknown_model")),
    "unknown-command": case("frobnicate", says=("'frobnicate'",)),
    "unknown-top-flag": case("--bogus", says=("COMMAND",)),
}


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The hostile input files, written once."""
    root = tmp_path_factory.mktemp("hostile")
    for name, content in FILES.items():
        path = root / name
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
    for name in DIRECTORIES:
        (root / name).mkdir(parents=True)
    (root / TEMPLATE_WITH_SYNTAX_ERROR).write_text("{% if %}", encoding="utf-8")
    return root


def _argv(argv: tuple[str, ...], folder: Path) -> list[str]:
    out = []
    for arg in argv:
        if arg.startswith("{") and "}" in arg:
            name, _, rest = arg[1:].partition("}")
            out.append(str(folder / name) + rest)
        else:
            out.append(arg)
    return out


def _listing(folder: Path) -> set[str]:
    return {str(path.relative_to(folder)) for path in folder.rglob("*")}


def _contents(folder: Path) -> dict[str, bytes]:
    return {str(path.relative_to(folder)): path.read_bytes() for path in folder.rglob("*") if path.is_file()}


def test_the_foreign_reasons_are_cases() -> None:
    assert CASES.keys() >= FOREIGN_REASON


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_input_is_one_line_and_leaves_nothing(
    name: str, folder: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Rule: "Bad input gets a clear error that names the field, row or file and what was wrong; the CLI exits
    non-zero with one readable message, never a traceback, and never writes a partial output file."
    """
    if ("unwritable" in name or "output-not" in name) and not UNWRITABLE.is_dir():
        unavailable("needs /proc as a folder no one can write in (CI runs on Linux)")
    given = CASES[name]
    if given.stdin is not None:
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(given.stdin), encoding="utf-8"))
    listed, before = _listing(folder), _contents(folder)
    try:
        status = main(_argv(given.argv, folder))
    except SystemExit as exc:  # argparse usage errors
        status = exc.code if isinstance(exc.code, int) else 2
    err = capsys.readouterr().err
    assert status == given.status, err
    assert err.count("\n") == 1, f"expected one line on stderr, got:\n{err}"
    assert "Traceback" not in err
    for words in given.says:
        assert words in err, f"{words!r} missing from: {err}"
    assert is_chinese(_prose(err, folder, name)), f"not Chinese: {err}"
    assert _listing(folder) == listed, "a file was left behind"
    assert _contents(folder) == before, "an input file was changed"


# --------------------------------------------------------------------------------------------------
# A few real subprocesses: stdin as bytes, the interpreter's own recursion limit, the exit status.
# --------------------------------------------------------------------------------------------------

SUBPROCESS_CASES = {
    "validate-deep-json": (["validate", "{deep.json}"], None, "deep.json"),
    "validate-stdin-binary": (["validate", "-"], b"\xff\xfe\x00junk", "<stdin>"),
    "aggregate-stdin-utf16": (
        ["aggregate", "--year", "2022", "--requests", "-"],
        REQUESTS.encode("utf-16"),
        "UTF-16",
    ),
    "calendar-file-deep": (["calendar", "--calendar-file", "{deep.json}"], None, "deep.json"),
    "render-output-is-input": (["render", "{self.json}", "-o", "{self.json}"], None, "cli.output_is_input"),
}


@pytest.mark.parametrize("name", list(SUBPROCESS_CASES))
def test_hostile_input_as_a_subprocess(name: str, folder: Path) -> None:
    """Rule: "the CLI exits non-zero with one readable message, never a traceback" — as users run it."""
    argv, stdin, words = SUBPROCESS_CASES[name]
    before = _contents(folder)
    done = subprocess.run(
        [sys.executable, "-m", "disclosure_rules", *_argv(tuple(argv), folder)],
        input=stdin if stdin is not None else b"",
        capture_output=True,
        check=False,
        cwd=ROOT,
        timeout=60,
    )
    err = done.stderr.decode("utf-8")
    assert done.returncode == 2, err
    assert err.count("\n") == 1, err
    assert "Traceback" not in err
    assert words in err
    assert _contents(folder) == before


def test_output_through_a_symbolic_link_keeps_the_link(tmp_path: Path) -> None:
    """Rule: output is "written atomically" — to the file a link names; the link itself is not replaced."""
    real = tmp_path / "real.txt"
    real.write_text("old", encoding="utf-8")
    link = tmp_path / "link.txt"
    link.symlink_to(real.name)
    assert main(["deadline", "fee", "--pages", "3", "-o", str(link)]) == 0
    assert link.is_symlink()
    assert "信息处理费" in real.read_text(encoding="utf-8")
    assert sorted(path.name for path in tmp_path.iterdir()) == ["link.txt", "real.txt"]
