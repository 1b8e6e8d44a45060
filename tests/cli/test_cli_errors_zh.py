"""The command line's own refusals: each has its code, and one Chinese line naming the flag, file or line.

``tests/robustness/test_cli_hostile_input.py`` runs the hostile files through every subcommand; these are the
refusals it does not reach: options that do not go together, argparse's complaints, a notice that is not one,
a worker of ``roll-up --jobs`` that fails, and the CLI's last nets.
"""

from __future__ import annotations

import errno
import json
import re
from pathlib import Path
from typing import Any

import pytest

from disclosure_rules._cli import _roll_up, main, usage_message_zh
from disclosure_rules._files import unreadable
from disclosure_rules._messages import ERROR_MESSAGES_ZH, is_chinese

EXAMPLES = Path(__file__).resolve().parents[2] / "examples"
REPORT = EXAMPLES / "qingshan_natural_resources_2022.json"
# What a line quotes rather than says: flags and values as typed.
_QUOTED = re.compile(r"--[\w-]+|'[^']*'")


def _line(argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str]:
    """The exit status and the one stderr line, after the program name (``错误 [code]：message``)."""
    try:
        status = main(argv)
    except SystemExit as exc:  # argparse's usage errors
        status = exc.code if isinstance(exc.code, int) else 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1, err
    return status, err.partition(": ")[2].rstrip("\n")


@pytest.mark.parametrize(
    ("argv", "says"),
    [
        (
            ["deadline", "fee", "--pages", "30", "--prior", "2"],
            "--prior：只能与 --per-request（按件计费）同用",
        ),
        (
            ["deadline", "request", "--received", "2024-03-01", "--correction-period-end", "2024-03-20"],
            "--correction-period-end：须同时给出 --correction-requested",
        ),
        (
            ["classify", "content", "x", "--input", "f.jsonl"],
            "要分类的文字（TEXT）和 --input 文件只能给出其一",
        ),
        (["classify", "content"], "没有要分类的内容"),
        (["calendar", "--year", "abc"], "参数 --year 的取值 'abc' 不是整数"),
        (["deadline", "fee", "--pages", "x"], "参数 --pages：'x' 不是整数"),
        (["deadline", "request", "--received", "2024-03-01", "--extension", "0"], "延长期限至少为1个工作日"),
    ],
)
def test_usage_refusals_are_cli_usage_in_chinese(
    argv: list[str], says: str, capsys: pytest.CaptureFixture[str]
) -> None:
    status, line = _line(argv, capsys)
    assert status == 2
    assert line.startswith("错误 [cli.usage]："), line
    assert says in line
    assert is_chinese(_QUOTED.sub("", line)), line


@pytest.mark.parametrize(
    ("message", "chinese"),
    [
        ("argument --year: invalid int value: 'abc'", "参数 --year 的取值 'abc' 不是整数"),
        ("argument --day: invalid date value: 'x'", "参数 --day 的取值 'x' 无效"),
        ("argument --files: expected at least one argument", "参数 --files 至少须有一个取值"),
        ("argument --pair: expected 2 arguments", "参数 --pair 须有2个取值"),
        ("ambiguous option: --ye could match --year, --yes", "选项 --ye 有歧义，可能是：--year, --yes"),
    ],
)
def test_argparse_complaints_are_said_in_chinese(message: str, chinese: str) -> None:
    assert usage_message_zh(message) == chinese


@pytest.mark.parametrize("output_format", ["docx", "pdf"])
def test_a_document_to_the_terminal_is_cli_cannot_write(
    output_format: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """As ``write_binary_output`` refuses it: a Word or PDF document needs a file."""
    status, line = _line(["render", str(REPORT), "--format", output_format], capsys)
    assert status == 2
    assert (
        line
        == f"错误 [cli.cannot_write]：{output_format} 是二进制文件，请用 -o FILE.{output_format} 指定输出文件"
    )


def test_a_page_that_is_not_a_notice_keeps_its_code(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "page.html"
    page.write_text("<html><body>关于召开会议的通知</body></html>", encoding="utf-8")
    status, line = _line(["calendar", "import-notice", str(page)], capsys)
    assert status == 2
    assert line.startswith(f"错误 [calendar.not_a_notice]：{page}："), line


def test_a_notice_in_no_known_encoding_is_input_undecodable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    page = tmp_path / "notice.html"
    page.write_bytes("通知".encode() + b"\xff\xff\xff")
    status, line = _line(["calendar", "import-notice", str(page)], capsys)
    assert status == 2
    assert line.startswith(f"错误 [input.undecodable]：{page}：文件编码无法识别"), line
    assert "第6字节无法解码" in line


def test_a_failing_roll_up_worker_keeps_its_code_and_chinese_message(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """``--jobs``: the error a worker process met comes back whole, not as an English line without its code."""
    monkeypatch.setattr(_roll_up, "CHUNK_REPORTS", 1)
    parallel = _roll_up._roll_up_parallel  # spied on, to know the workers ran
    runs: list[int] = []

    def spy(*args: Any, **kwargs: Any) -> Any:
        runs.append(1)
        return parallel(*args, **kwargs)

    monkeypatch.setattr(_roll_up, "_roll_up_parallel", spy)
    report = json.loads(REPORT.read_text(encoding="utf-8"))
    paths = []
    for number in range(3):
        path = tmp_path / f"{number}.json"
        report["agency"]["name"] = f"第{number}局"  # another agency's report, not a copy
        path.write_text(json.dumps(report, ensure_ascii=False) if number != 1 else "{", encoding="utf-8")
        paths.append(str(path))
    status, line = _line(["roll-up", *paths, "--jobs", "2"], capsys)
    assert status == 2
    assert line.startswith("错误 [input.invalid_report]："), line
    assert "1.json" in line
    assert "不是有效的 JSON" in line
    assert runs == [1]


@pytest.mark.parametrize(
    ("raised", "code", "words"),
    [
        (RuntimeError("boom"), "internal.error", "RuntimeError: boom"),
        (RecursionError(), "limits.exhausted", "RecursionError"),
        (
            OSError(errno.ENOSPC, "No space left on device", "out.json"),
            "input.os_error",
            "out.json: 磁盘空间已满",
        ),
    ],
)
def test_the_last_nets_print_the_catalogue_sentence(
    raised: BaseException,
    code: str,
    words: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    def fail(*_: object) -> None:
        raise raised

    monkeypatch.setattr("disclosure_rules._cli._schema.run", fail)
    status, line = _line(["schema"], capsys)
    assert status == 2
    assert line == f"错误 [{code}]：{ERROR_MESSAGES_ZH[code]}（{words}）"


def test_aggregate_notes_are_printed_in_chinese(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "report.json"
    assert (
        main(
            ["aggregate", "--year", "2022", "--requests", str(EXAMPLES / "requests_2022.csv"), "-o", str(out)]
        )
        == 0
    )
    notes = [line for line in capsys.readouterr().err.splitlines() if line.startswith("提示 [")]
    assert notes
    assert "提示 [aggregate.default_agency]：未给出机关名称，报告按“" in notes[0]
    assert all(is_chinese(line) for line in notes), notes


@pytest.mark.parametrize(
    ("error", "code", "message_zh"),
    [
        (
            FileNotFoundError(errno.ENOENT, "No such file or directory"),
            "cli.not_found",
            "台账.csv：文件不存在",
        ),
        (
            IsADirectoryError(errno.EISDIR, "Is a directory"),
            "cli.is_directory",
            "台账.csv：这是文件夹，不是文件",
        ),
        (
            PermissionError(errno.EACCES, "Permission denied"),
            "cli.unreadable",
            "台账.csv：文件无法读取（没有权限）",
        ),
    ],
)
def test_a_file_that_cannot_be_read_is_named_with_the_reason_in_chinese(
    error: OSError, code: str, message_zh: str
) -> None:
    """Root reads every file, so a refused permission is met here by the error the system would raise."""
    refused = unreadable("台账.csv", error)
    assert (refused.code, refused.message_zh) == (code, message_zh)


@pytest.mark.parametrize(
    ("figures", "says"),
    [
        ({"table4": [1, 2]}, "错误 [input.row_length]：{path}：table4：表四应有15个数，实有2个"),
        (
            {"table2": {"行政许可.本年处理决定数量": -1}},
            "错误 [cli.invalid_input]：{path}：表二“行政许可”行“本年处理决定数量”列：应不小于0",
        ),
        (
            {"table4": [0, 0, 0, 0, 0, 0, -1, 0, 0, 0, 0, 0, 0, 0, 0]},
            "错误 [cli.invalid_input]：{path}：表四“行政诉讼·未经复议直接起诉·结果纠正”：应不小于0",
        ),
    ],
)
def test_a_figures_file_is_named_with_its_table_in_chinese_punctuation(
    figures: dict[str, Any], says: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "figures.json"
    path.write_text(json.dumps(figures, ensure_ascii=False), encoding="utf-8")
    requests = str(EXAMPLES / "requests_2022.csv")
    argv = [
        "aggregate",
        "--year",
        "2022",
        "--requests",
        requests,
        "--figures",
        str(path),
        "-o",
        str(tmp_path / "o"),
    ]
    status, line = _line(argv, capsys)
    assert status == 2
    assert line == says.format(path=path), line


def test_ctrl_c_is_one_catalogued_line_and_status_130(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    def interrupted(*_: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr("disclosure_rules._cli._schema.run", interrupted)
    status, line = _line(["schema"], capsys)
    assert status == 130
    assert line == f"{ERROR_MESSAGES_ZH['cli.interrupted']} [cli.interrupted]"
