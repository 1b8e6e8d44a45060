"""``check`` over a folder: every report a row, non-report files passed over, the same output with any --jobs."""

from __future__ import annotations

import csv
import io
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from disclosure_rules import check_pages
from disclosure_rules._cli import main

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "data" / "published"
PAGES = sorted(path for path in CORPUS.iterdir() if path.suffix in {".txt", ".html"})
# A PNG's first bytes: an image among the pages.
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The corpus as a supervisor gets it: pages with their readings and README, a copy in a subfolder, junk."""
    root = tmp_path_factory.mktemp("province")
    shutil.copytree(CORPUS, root / "county_a")
    nested = root / "county_b" / "2024"
    nested.mkdir(parents=True)
    for page in PAGES[:10]:
        shutil.copy(page, nested / f"copy_{page.name}")
    (root / "logo.png").write_bytes(PNG)
    (root / "notes.txt").write_text("今日天气晴，会议照常举行。", encoding="utf-8")
    return root


def _reports() -> int:
    return len(PAGES) + 10


def test_csv_one_row_per_report(folder: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "pages.csv"
    status = main(["check", str(folder), "--format", "csv", "-o", str(out)])
    assert status == 1  # some corpus reports have errors; nothing unreadable makes it 2
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with a BOM
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == _reports()
    assert [row["file"] for row in rows] == sorted(row["file"] for row in rows)  # walked in name order
    err = capsys.readouterr().err
    assert "README.md" in err
    assert "logo.png" in err
    assert "notes.txt" in err  # tried (a .txt file), refused by the auditor, noted
    assert "audit.unrecognised_format" in err
    late = [row for row in rows if row["file"].endswith("county_a/xizang_gzw_2020.txt")]
    assert late[0]["late"] == "True"
    assert "audit.published_late" in late[0]["codes"]
    assert late[0]["published"] == "2021-04-09"
    assert late[0]["agency_level"] == "政府部门"
    assert late[0]["level_source"] == "inferred"


def test_jobs_do_not_change_the_output(folder: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one.csv", tmp_path / "two.csv"
    assert main(["check", str(folder), "--format", "csv", "-o", str(one), "--jobs", "1"]) == 1
    assert main(["check", str(folder), "--format", "csv", "-o", str(two), "--jobs", "2"]) == 1
    assert one.read_bytes() == two.read_bytes()


def test_jsonl_rows_and_json_list(folder: Path, tmp_path: Path) -> None:
    lines = tmp_path / "pages.jsonl"
    assert main(["check", str(folder / "county_b"), "--format", "jsonl", "-o", str(lines)]) in {0, 1}
    objects = [json.loads(line) for line in lines.read_text(encoding="utf-8").splitlines()]
    assert len(objects) == 10
    for item in objects:
        assert {
            "file",
            "agency",
            "year",
            "format",
            "cells_read",
            "cells_unread",
            "errors",
            "warnings",
        } <= set(item)
        assert {"tables", "findings", "figures"} <= set(item)  # the full audit, as --format json gives it
        assert item["codes"] == list(dict.fromkeys(finding["code"] for finding in item["findings"]))
    whole = tmp_path / "pages.json"
    main(["check", str(folder / "county_b"), str(folder / "logo.png"), "--format", "json", "-o", str(whole)])
    listed = json.loads(whole.read_text(encoding="utf-8"))
    assert len(listed) == 11
    assert listed[-1]["error"]["code"] == "audit.unrecognised_format"


def test_paths_from_stdin(folder: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    chosen = sorted((folder / "county_b" / "2024").iterdir())[:3]
    monkeypatch.setattr(sys, "stdin", io.StringIO("".join(f"{path}\n" for path in chosen)))
    out = tmp_path / "three.csv"
    main(["check", "-", "--format", "csv", "-o", str(out)])
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert [row["file"] for row in rows] == [str(path) for path in chosen]


def test_nothing_readable_is_exit_2(folder: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(folder / "logo.png"), str(folder / "notes.txt")]) == 2
    err = capsys.readouterr().err
    assert "[cli.nothing_read]" in err
    assert "给出的2个文件都无法读作年度报告" in err


def test_same_agency_pages_are_each_others_previous_year(tmp_path: Path) -> None:
    """The continuity checks of --previous, found by agency among the pages of a folder."""
    for name in ("pingtan_czj_2023.txt", "pingtan_czj_2024.txt"):
        shutil.copy(CORPUS / name, tmp_path / name)
    checks = list(check_pages([str(tmp_path)], jobs=2))
    assert [check.year for check in checks] == [2023, 2024]
    assert "table2.in_force_continuity" in checks[1].codes
    assert "table2.in_force_continuity" not in checks[0].codes


def test_agency_levels_file_makes_lateness_an_error(tmp_path: Path) -> None:
    levels = tmp_path / "levels.json"
    levels.write_text(json.dumps({"西藏自治区政府国资委": "政府部门"}, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "one.csv"
    status = main(
        [
            "check",
            str(CORPUS / "xizang_gzw_2020.txt"),
            "--agency-levels",
            str(levels),
            "--format",
            "csv",
            "-o",
            str(out),
        ]
    )
    row = next(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert row["level_source"] == "given"
    assert status == 1  # a given level makes the late publication an error


def test_subprocess_folder_with_progress_silent_when_not_a_terminal(folder: Path) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "disclosure_rules", "check", str(folder / "county_b"), "--jobs", "2"],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
        timeout=300,
    )
    assert done.returncode in {0, 1}
    assert "\r" not in done.stderr  # no progress bar drawn into a pipe
    assert "Traceback" not in done.stderr
    assert done.stdout.count("format (confidence") == 10


@pytest.mark.parametrize(
    ("typed", "given"), [("县人民政府", "县级政府"), ("街道办事处", "乡镇/街道"), ("政府部门", "政府部门")]
)
def test_agency_levels_are_read_as_staff_type_them(tmp_path: Path, typed: str, given: str) -> None:
    levels = tmp_path / "levels.json"
    levels.write_text(json.dumps({"西藏自治区政府国资委": typed}, ensure_ascii=False), encoding="utf-8")
    out = tmp_path / "one.csv"
    main(
        [
            "check",
            str(CORPUS / "xizang_gzw_2020.txt"),
            "--agency-levels",
            str(levels),
            "--format",
            "csv",
            "-o",
            str(out),
        ]
    )
    row = next(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8-sig"))))
    assert (row["level_source"], row["agency_level"]) == ("given", given)


def test_an_ambiguous_agency_level_is_refused_with_the_reason(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    levels = tmp_path / "levels.json"
    levels.write_text(json.dumps({"义乌市人民政府": "市人民政府"}, ensure_ascii=False), encoding="utf-8")
    status = main(["check", str(CORPUS / "xizang_gzw_2020.txt"), "--agency-levels", str(levels)])
    assert status == 2
    error = capsys.readouterr().err
    assert "义乌市人民政府" in error
    assert "县级市人民政府" in error  # says what to write instead
