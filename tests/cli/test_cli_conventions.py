"""The conventions every subcommand keeps (docs/contributing.md, issue 17).

- ``--version`` on the program and on every subcommand;
- options before or after the positional arguments;
- ``-o/--output`` on every command that writes, written atomically;
- dates as staff type them (2024年9月27日) and channels / levels by their Chinese names;
- an error is one stderr line: ``错误 [code]：`` and a Chinese message;
- usage names the program as it was invoked.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

import disclosure_rules
from disclosure_rules._cli import SCRIPT, build_parser, main, program_name

ROOT = Path(__file__).resolve().parents[2]
EXAMPLES = ROOT / "examples"
REPORT = str(EXAMPLES / "qingshan_natural_resources_2022.json")
SEED = str(EXAMPLES / "wanlong_2017_seed.txt")
REQUESTS = str(EXAMPLES / "requests_2022.csv")
_ERROR_LINE = re.compile(r"^\S.* 错误 \[[a-z_]+(\.[a-z_0-9]+)+\]：.*[\u4e00-\u9fff].*$")

#: One working command line per subcommand that writes, with ``-o`` added by the tests.
WRITERS: dict[str, list[str]] = {
    "render": ["render", REPORT, "--format", "txt"],
    "validate": ["validate", REPORT],
    "check": ["check", SEED],
    "deadline request": ["deadline", "request", "--received", "2024-09-27"],
    "deadline proactive": ["deadline", "proactive", "--formed", "2024-09-27"],
    "deadline report": ["deadline", "report", "--level", "县级政府", "--year", "2023"],
    "deadline fee": ["deadline", "fee", "--pages", "120"],
    "calendar": ["calendar", "--year", "2024"],
    "calendar import-notice": ["calendar", "import-notice", str(EXAMPLES / "holiday_notice_2026.txt")],
    "classify": ["classify", "content", "2024年部门预算"],
    "aggregate": ["aggregate", "--year", "2022", "--requests", REQUESTS],
    "roll-up": ["roll-up", REPORT],
    "schema": ["schema", "AnnualReport2021"],
}

#: Subcommands whose output is a binary file: they write only with ``-o`` (never to stdout).
BINARY_WRITERS: dict[str, list[str]] = {
    "template": ["template", "--format", "xlsx", "--year", "2023", "--agency", "某局", "--level", "政府部门"],
}

#: One failing command line per subcommand; each must fail with a coded Chinese line.
FAILING: dict[str, list[str]] = {
    "render": ["render", "nope.json"],
    "validate": ["validate", "nope.json"],
    "check": ["check", "nope.html"],
    "deadline request": ["deadline", "request", "--received", "2024-09-27", "--replied", "2024-09-01"],
    "deadline proactive": ["deadline", "proactive", "--formed", "2024-09-27", "--published", "2024-09-01"],
    "deadline report": ["deadline", "report", "--level", "县级政府", "--year", "2001"],
    "deadline fee": ["deadline", "fee", "--pages", "10", "--prior", "5"],
    "calendar": ["calendar", "--calendar-file", "nope.json"],
    "calendar import-notice": ["calendar", "import-notice", "nope.txt"],
    "template": ["template", "--format", "xlsx", "--previous", "nope.json", "-o", "out.xlsx"],
    "classify": ["classify", "content", "--input", "nope.jsonl"],
    "aggregate": ["aggregate", "--year", "2022", "--requests", "nope.csv"],
    "roll-up": ["roll-up", "nope.json"],
    "schema": ["schema", "NoSuchModel"],
}


def _leaf_commands() -> list[list[str]]:
    parser = build_parser()
    found: list[list[str]] = []

    def walk(node: object, path: list[str]) -> None:
        children = [
            action.choices
            for action in getattr(node, "_actions", [])
            if type(action).__name__ == "_SubParsersAction"
        ]
        # A command that runs by itself (``calendar``) is a leaf even when it also has actions below it.
        if not children or getattr(node, "_defaults", {}).get("func") is not None:
            found.append(path)
        for choices in children:
            for name, child in choices.items():
                walk(child, [*path, name])

    walk(parser, [])
    return found


def test_the_tables_cover_every_subcommand() -> None:
    leaves = {" ".join(path) for path in _leaf_commands()}
    assert leaves == set(WRITERS) | set(BINARY_WRITERS) == set(FAILING)


@pytest.mark.parametrize("path", [[], *_leaf_commands()], ids=lambda path: " ".join(path) or "(top)")
def test_version(path: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as done:
        main([*path, "--version"])
    assert done.value.code == 0
    assert capsys.readouterr().out.strip().endswith(disclosure_rules.__version__)


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_o_writes_the_output_to_a_file(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    argv = WRITERS[name]
    status = main(argv)
    to_stdout = capsys.readouterr().out
    target = tmp_path / "out.txt"
    assert main([*argv, "-o", str(target)]) == status
    assert capsys.readouterr().out == ""
    assert target.read_text(encoding="utf-8") == to_stdout
    assert [path.name for path in tmp_path.iterdir()] == ["out.txt"]


@pytest.mark.parametrize("name", sorted(WRITERS))
def test_options_before_or_after_positionals(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """``-o FILE`` moved to the front (right after the subcommand) gives the same file."""
    argv = WRITERS[name]
    depth = 2 if argv[0] == "deadline" or argv[:2] == ["calendar", "import-notice"] else 1
    first, second = tmp_path / "after.txt", tmp_path / "before.txt"
    main([*argv, "-o", str(first)])
    main([*argv[:depth], "-o", str(second), *argv[depth:]])
    capsys.readouterr()
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", sorted(BINARY_WRITERS))
def test_binary_writers_need_o_and_take_it_anywhere(
    name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = BINARY_WRITERS[name]
    first, second = tmp_path / "after.xlsx", tmp_path / "before.xlsx"
    assert main([*argv, "-o", str(first)]) == 0
    assert main([argv[0], "-o", str(second), *argv[1:]]) == 0
    capsys.readouterr()
    assert first.stat().st_size > 0
    assert second.stat().st_size > 0
    assert sorted(path.name for path in tmp_path.iterdir()) == ["after.xlsx", "before.xlsx"]


def test_options_between_positionals(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", SEED, "--format", "json", SEED]) == main(["check", "--format", "json", SEED, SEED])
    first, second = capsys.readouterr().out.split("\n]\n")[:2]
    assert json.loads(first + "\n]") == json.loads(second + "\n]")


@pytest.mark.parametrize("name", sorted(FAILING))
def test_errors_are_one_chinese_line_with_a_code(
    name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(FAILING[name]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    assert _ERROR_LINE.match(err.strip()), err


def _json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> object:
    assert main([*argv, "--format", "json"]) in {0, 1}
    return json.loads(capsys.readouterr().out)


def test_chinese_dates_and_channel_names(capsys: pytest.CaptureFixture[str]) -> None:
    iso = [
        "deadline",
        "request",
        "--received",
        "2024-09-27",
        "--channel",
        "online",
        "--confirmed",
        "2024-09-29",
    ]
    chinese = ["deadline", "request", "--received", "2024年9月27日", "--channel", "网上申请"]
    assert _json([*chinese, "--confirmed", "2024年9月29日"], capsys) == _json(iso, capsys)
    assert _json(["deadline", "request", "--received", "2024/9/27", "--channel", "当面"], capsys) == _json(
        ["deadline", "request", "--received", "2024-09-27", "--channel", "in_person"], capsys
    )


def test_chinese_dates_in_proactive_and_calendar(capsys: pytest.CaptureFixture[str]) -> None:
    assert _json(["deadline", "proactive", "--formed", "2024年9月27日"], capsys) == _json(
        ["deadline", "proactive", "--formed", "2024-09-27"], capsys
    )
    assert _json(["calendar", "--year", "2024", "--today", "2024年1月2日"], capsys) == _json(
        ["calendar", "--year", "2024", "--today", "2024-01-02"], capsys
    )


def test_level_by_its_chinese_names(capsys: pytest.CaptureFixture[str]) -> None:
    official = _json(["deadline", "report", "--level", "县级政府", "--year", "2023"], capsys)
    for name in ("县人民政府", "county_government", "COUNTY_GOVERNMENT"):
        assert _json(["deadline", "report", "--level", name, "--year", "2023"], capsys) == official


def test_aggregate_and_roll_up_take_chinese_level_names(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "r.json"
    base = ["aggregate", "--year", "2022", "--requests", REQUESTS, "--agency", "某局", "-o", str(out)]
    assert main([*base, "--agency-level", "街道办事处"]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["agency"]["level"] == "乡镇/街道"
    assert main(["roll-up", REPORT, "--agency-level", "省人民政府", "-o", str(out)]) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["agency"]["level"] == "省级政府"
    capsys.readouterr()


def test_program_name_follows_the_invocation() -> None:
    assert program_name("/usr/local/bin/disclosure-rules") == SCRIPT
    assert (
        program_name("/usr/lib/python3/site-packages/disclosure_rules/__main__.py")
        == "python -m disclosure_rules"
    )


def test_usage_names_the_script_when_run_as_the_script(tmp_path: Path) -> None:
    script = tmp_path / "disclosure-rules"
    script.write_text(
        "import sys\nfrom disclosure_rules._cli import main\nsys.exit(main())\n", encoding="utf-8"
    )
    src = str(Path(disclosure_rules.__file__).resolve().parents[1])
    for argv, prog in (
        ([str(script)], "disclosure-rules"),
        (["-m", "disclosure_rules"], "python -m disclosure_rules"),
    ):
        done = subprocess.run(
            [sys.executable, *argv, "render", "--bogus"],
            capture_output=True,
            text=True,
            check=False,
            env={"PYTHONPATH": src, "PATH": ""},
        )
        assert done.returncode == 2
        assert done.stderr.startswith(f"{prog} render: 错误 [cli.usage]："), done.stderr


@pytest.mark.parametrize(
    ("argv", "words"),
    [
        (["render", REPORT, "--format", "rtf"], ("--format", "'rtf'", "无效")),
        (["render"], ("缺少必填参数", "INPUT.json")),
        (["deadline", "request", "--received", "2024-02-30"], ("--received", "'2024-02-30'", "不是日期")),
        (
            ["deadline", "request", "--received", "2024-09-27", "--channel", "飞鸽"],
            ("--channel", "不是申请方式"),
        ),
        (["deadline", "report", "--level", "村委会", "--year", "2023"], ("--level", "不是机关层级")),
        (
            ["deadline", "report", "--level", "市人民政府", "--year", "2023"],
            ("--level", "县级市人民政府", "设区的市级人民政府"),
        ),
        (["template", "--level", "市政府"], ("--level", "县级市")),
        (["check", REPORT, "--jobs", "-1"], ("--jobs", "'-1' 不是进程数")),
        (["roll-up", REPORT, "--jobs", "two"], ("--jobs", "'two' 不是进程数")),
    ],
)
def test_usage_errors_are_chinese_too(
    argv: list[str], words: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as done:
        main(argv)
    assert done.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "错误 [cli.usage]：" in err
    assert all(word in err for word in words), err


@pytest.mark.parametrize(
    ("level", "words"),
    [
        ("村委会", ("--agency-level", "'村委会' 不是机关层级")),
        ("市政府", ("--agency-level", "县级市人民政府")),
    ],
)
def test_roll_up_agency_level_error_is_chinese(
    tmp_path: Path, level: str, words: tuple[str, ...], capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "rolled.json"
    assert main(["roll-up", REPORT, "--agency-level", level, "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "is not a level" not in err
    assert all(word in err for word in words), err
    assert not out.exists()
