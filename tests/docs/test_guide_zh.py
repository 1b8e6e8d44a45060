"""Every command of the Chinese guide for office staff runs as written, in order, in one folder.

The guide (docs/guide_zh.md) is what a township clerk copies into a terminal: a command that fails there is a
support call. The folder holds what the guide tells the reader to bring: the shipped examples, a province's
filled workbook (tables only, no 报告信息 sheet) and a folder of published reports.
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from typing import TYPE_CHECKING

from disclosure_rules import AnnualReport2021, report_from_json
from tests.docs.helpers import ROOT, cli_lines
from tests.workbook.helpers import EXAMPLE_2021, openpyxl, save, write_province_tables

if TYPE_CHECKING:
    from pathlib import Path

GUIDE = ROOT / "docs" / "guide_zh.md"
GUIDE_CASES = cli_lines(GUIDE.read_text(encoding="utf-8"))


def _guide_folder(folder: Path) -> Path:
    """The folder the reader works in, with what the guide tells them to bring."""
    shutil.copytree(ROOT / "examples", folder / "examples")
    report = report_from_json(EXAMPLE_2021.read_text(encoding="utf-8"))
    assert isinstance(report, AnnualReport2021)
    workbook = openpyxl.Workbook()
    write_province_tables(workbook.active, report)
    (folder / "省模板.xlsx").write_bytes(save(workbook))
    reports = folder / "年报文件夹"
    reports.mkdir()
    shutil.copy(ROOT / "tests" / "data" / "published" / "pingtan_2021.html", reports)
    return folder


def test_the_guide_has_commands_for_each_task() -> None:
    verbs = {shlex.split(line)[3] for line in GUIDE_CASES}
    assert {"template", "validate", "render", "calendar", "deadline", "check"} <= verbs


def test_the_guides_commands_run_in_order(tmp_path: Path) -> None:
    """In the guide's order (a later command reads an earlier one's output), whatever order tests run in."""
    folder = _guide_folder(tmp_path)
    for command in GUIDE_CASES:
        argv = shlex.split(command)
        done = subprocess.run(
            [sys.executable, *argv[1:]], capture_output=True, text=True, check=False, cwd=folder, timeout=180
        )
        # 0: done; 1: `check` found errors in a published report (the guide says so). Never a usage error.
        assert done.returncode in {0, 1}, f"{command}\n{done.stderr}"
        assert "Traceback" not in done.stderr, command
        if "-o" in argv:
            assert (folder / argv[argv.index("-o") + 1]).stat().st_size > 0, command


def test_every_code_the_guide_names_is_one_the_library_uses() -> None:
    """A clerk matches the code on their screen with the guide's: each one the guide names must exist."""
    codes = set(re.findall(r"`([a-z]+\.[a-z_]+)`", GUIDE.read_text(encoding="utf-8")))
    assert codes
    source = "\n".join(path.read_text(encoding="utf-8") for path in (ROOT / "src").rglob("*.py"))
    assert {code for code in codes if f'"{code}"' not in source} == set()
