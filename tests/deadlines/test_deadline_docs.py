"""The command-line examples of docs/deadlines.md run as written and print what the page shows."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest

import disclosure_rules._cli as cli

DOC = Path(__file__).resolve().parents[2] / "docs" / "deadlines.md"
PROMPT = "$ python -m disclosure_rules "


def _examples() -> list[tuple[str, str]]:
    blocks = re.findall(r"```console\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)
    examples = []
    for block in blocks:
        command, _, output = block.partition("\n")
        assert command.startswith(PROMPT), command
        examples.append((command.removeprefix(PROMPT), output))
    return examples


EXAMPLES = _examples()


def test_the_page_has_examples() -> None:
    assert len(EXAMPLES) >= 4


@pytest.mark.parametrize(("command", "output"), EXAMPLES, ids=[command.split()[1] for command, _ in EXAMPLES])
def test_example(command: str, output: str, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(shlex.split(command)) == 0
    assert capsys.readouterr().out == output
