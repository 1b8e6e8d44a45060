"""The A4 screenshots in docs/screenshots are there, A4 wide, and the script that makes them works."""

from __future__ import annotations

import struct
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from tests.render.helpers import REPO
from tests.requires import require_tool

if TYPE_CHECKING:
    from pathlib import Path

A4_WIDTH_PX = 794  # 210 mm at 96 CSS pixels per inch
SCREENSHOTS = REPO / "docs" / "screenshots"
NAMES = ("example_2021.png", "shanghai_2019.png", "wanlong_2017_legacy.png")


def _png_size(path: Path) -> tuple[int, int]:
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n", f"{path} is not a PNG"
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.mark.parametrize("name", NAMES)
def test_screenshot_is_an_a4_wide_png(name: str) -> None:
    width, height = _png_size(SCREENSHOTS / name)
    assert width == A4_WIDTH_PX
    assert height > A4_WIDTH_PX


@pytest.mark.slow
def test_screenshot_script_renders_every_case(tmp_path: Path) -> None:
    require_tool("chromium")  # a skip on a developer's machine, a failure under CI=true
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "render_screenshot.py"), "--out", str(tmp_path)],
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr
    for name in NAMES:
        assert _png_size(tmp_path / name)[0] == A4_WIDTH_PX
