"""The ``aggregate`` and ``roll-up`` subcommands, in process and once as a real subprocess each."""

from __future__ import annotations

import io
import json
import shlex
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from disclosure_rules._cli import main
from disclosure_rules._cli._aggregate import Progress
from disclosure_rules._models import AnnualReport2021, report_from_json
from disclosure_rules._validation import has_errors, validate

if TYPE_CHECKING:
    import pytest

EXAMPLES = Path(__file__).parents[2] / "examples"
REQUESTS = str(EXAMPLES / "requests_2022.csv")
ITEMS = str(EXAMPLES / "items_2022.csv")
FIGURES = str(EXAMPLES / "figures_2022.json")


def _aggregate(tmp_path: Path, *extra: str, name: str = "report.json") -> tuple[int, Path]:
    out = tmp_path / name
    status = main(["aggregate", "--year", "2022", "--requests", REQUESTS, "-o", str(out), *extra])
    return status, out


def test_examples_give_a_clean_report(tmp_path: Path) -> None:
    status, out = _aggregate(
        tmp_path,
        "--items",
        ITEMS,
        "--figures",
        FIGURES,
        "--agency",
        "青山县市场监督管理局",
        "--agency-level",
        "政府部门",
    )
    assert status == 0
    report = report_from_json(out.read_text(encoding="utf-8"))
    assert isinstance(report, AnnualReport2021)
    assert report.agency.name == "青山县市场监督管理局"
    assert validate(report) == []


def test_a_bad_row_exits_2_with_one_line_and_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text("id,received,applicant_type,outcome,closed\n1,2022-13-01,自然人,予以公开,2022-03-09\n")
    out = tmp_path / "report.json"
    status = main(["aggregate", "--year", "2022", "--requests", str(bad), "-o", str(out)])
    assert status == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1
    assert "[aggregate.bad_row]" in err[0]
    assert f"“{bad}”第2行“received”列：“2022-13-01”不是日期" in err[0]  # the Chinese message names the cell
    assert not out.exists()
    assert list(tmp_path.iterdir()) == [bad]


def test_skip_bad_rows_lists_them(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "id,received,applicant_type,outcome,closed\n1,2022-03-01,自然人,予以公开,2022-03-09\n2,x,自然人,予以公开,\n",
        encoding="utf-8",
    )
    stats = tmp_path / "stats.json"
    status = main(
        [
            "aggregate",
            "--year",
            "2022",
            "--requests",
            str(bad),
            "-o",
            str(tmp_path / "r.json"),
            "--skip-bad-rows",
            "--stats",
            str(stats),
        ]
    )
    assert status == 0
    err = capsys.readouterr().err
    assert f"已跳过 [aggregate.bad_row] “{bad}”第3行“received”列：" in err
    payload = json.loads(stats.read_text(encoding="utf-8"))
    assert payload["bad_row_count"] == 1
    assert payload["bad_rows"][0]["line"] == 3


def test_previous_report_and_missing_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    status, first = _aggregate(tmp_path, "--agency", "某局")
    assert status == 0
    assert main(["aggregate", "--year", "2023", "--requests", REQUESTS, "--previous", str(first)]) == 0
    report = report_from_json(capsys.readouterr().out)
    assert report.agency.name == "某局"
    assert main(["aggregate", "--year", "2022", "--requests", str(tmp_path / "nope.csv")]) == 2
    assert "cli.not_found" in capsys.readouterr().err


def test_roll_up(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "reports"
    folder.mkdir()
    for name in ("甲", "乙"):
        assert _aggregate(folder, "--agency", name, name=f"{name}.json")[0] == 0
    summary = tmp_path / "summary.json"
    assert main(["roll-up", str(folder), "-o", str(summary), "--agency", "青山县"]) == 0
    report = report_from_json(summary.read_text(encoding="utf-8"))
    assert isinstance(report, AnnualReport2021)
    assert report.requests.new_received.total == 66
    assert not has_errors(validate(report))
    broken = json.loads((folder / "甲.json").read_text(encoding="utf-8"))
    broken["requests"]["granted"]["natural_person"] += 1
    (folder / "甲.json").write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    capsys.readouterr()
    assert main(["roll-up", str(folder / "甲.json"), str(folder / "乙.json"), "-o", str(summary)]) == 1
    assert "未计入" in capsys.readouterr().err


def test_progress_bar_only_on_a_terminal_after_a_second(capsys: pytest.CaptureFixture[str]) -> None:
    quiet = Progress("x", io.BytesIO(b"data"), enabled=False)
    quiet(100)
    quiet.finish()
    assert capsys.readouterr().err == ""
    shown = Progress("x", io.BytesIO(b"data"), enabled=True)
    shown(100)  # within the first second: nothing yet
    assert capsys.readouterr().err == ""
    shown._start -= 2
    shown(200)
    shown.finish()
    assert "200 rows" in capsys.readouterr().err


def test_as_a_real_command(tmp_path: Path) -> None:
    out = tmp_path / "report.json"
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "disclosure_rules",
            "aggregate",
            "--year",
            "2022",
            "--requests",
            REQUESTS,
            "--items",
            ITEMS,
            "-o",
            str(out),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert "\r" not in done.stderr  # no progress bar when stderr is not a terminal
    # A second agency's report with the same figures (the same file twice is refused: it would count twice).
    other = tmp_path / "other.json"
    data = json.loads(out.read_text(encoding="utf-8"))
    data["agency"]["name"] = "另一机关"
    other.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    rolled = subprocess.run(
        [sys.executable, "-m", "disclosure_rules", "roll-up", str(out), str(other)],
        capture_output=True,
        text=True,
        check=False,
    )
    assert rolled.returncode == 0, rolled.stderr
    summary = report_from_json(rolled.stdout)
    assert isinstance(summary, AnnualReport2021)
    assert summary.requests.new_received.total == 66


def test_roll_up_in_several_processes_equals_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from disclosure_rules._cli import _roll_up  # noqa: PLC0415 - the module whose share size is patched

    folder = tmp_path / "reports"
    folder.mkdir()
    status, first = _aggregate(folder, "--agency", "甲", name="00.json")
    assert status == 0
    text = first.read_text(encoding="utf-8")
    for number in range(1, 7):
        (folder / f"{number:02d}.json").write_text(text.replace('"甲"', f'"机关{number}"'), encoding="utf-8")
    broken = json.loads(text)
    broken["requests"]["total"]["total"] += 1
    (folder / "05.json").write_text(json.dumps(broken, ensure_ascii=False), encoding="utf-8")
    monkeypatch.setattr(_roll_up, "CHUNK_REPORTS", 3)
    one, several = tmp_path / "one.json", tmp_path / "several.json"
    assert main(["roll-up", str(folder), "-o", str(one)]) == 1
    first_err = capsys.readouterr().err
    assert main(["roll-up", str(folder), "-o", str(several), "--jobs", "2"]) == 1
    assert capsys.readouterr().err == first_err
    assert "05.json" in first_err
    assert one.read_text(encoding="utf-8") == several.read_text(encoding="utf-8")


def test_the_commands_in_docs_aggregate_md_run(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The first code block of docs/aggregate.md, run line by line (so the documented example cannot rot)."""
    text = (EXAMPLES.parent / "docs" / "aggregate.md").read_text(encoding="utf-8")
    block = text.split("```", 2)[1]
    commands = " ".join(block.replace("\\\n", " ").splitlines()).split("python -m disclosure_rules")[1:]
    monkeypatch.chdir(tmp_path)
    (tmp_path / "reports").mkdir()
    statuses = []
    for command in commands:
        words = shlex.split(command.split("#", 1)[0].replace("examples/", f"{EXAMPLES}/"))
        statuses.append(main(words))
        if words[0] == "aggregate":
            (tmp_path / "reports" / "a.json").write_bytes((tmp_path / "report.json").read_bytes())
    assert len(statuses) == 3
    assert statuses == [0, 0, 0]
    assert (tmp_path / "county_summary.json").exists()
