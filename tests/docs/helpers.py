"""What the documentation tests share: where the repository is, and how a page's commands are found."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def cli_lines(markdown: str) -> list[str]:
    """Every `python -m disclosure_rules …` line inside a fenced block, with comments removed."""
    lines: list[str] = []
    for block in re.findall(r"```(?:bash|sh|console)?\n(.*?)```", markdown, flags=re.DOTALL):
        for raw in block.splitlines():
            line = raw.split("  #", 1)[0].strip()
            if line.startswith("python -m disclosure_rules"):
                lines.append(line)
    return lines
