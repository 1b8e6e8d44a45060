"""docs/workbook.md: its code runs as written, and the pictures it shows are there."""

from __future__ import annotations

import re

from tests.workbook.helpers import ROOT

DOC = ROOT / "docs" / "workbook.md"


def test_the_python_blocks_run() -> None:
    blocks = re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)
    assert blocks
    for block in blocks:
        exec(compile(block, str(DOC), "exec"), {})  # noqa: S102 - running our own documentation


def test_the_pictures_are_pngs() -> None:
    for name in re.findall(r"\(screenshots/([\w.]+\.png)\)", DOC.read_text(encoding="utf-8")):
        assert (ROOT / "docs" / "screenshots" / name).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert "screenshots/workbook_table3.png" in (ROOT / "README.md").read_text(encoding="utf-8")
