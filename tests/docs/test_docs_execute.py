"""The README's commands and the quickstart's code run as written, so the documentation cannot rot."""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from tests.docs.helpers import ROOT, cli_lines

if TYPE_CHECKING:
    from pathlib import Path

QUICKSTART = ROOT / "docs" / "quickstart.md"
README = ROOT / "README.md"


def _python_blocks(markdown: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", markdown, flags=re.DOTALL)


def test_quickstart_code_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocks = _python_blocks(QUICKSTART.read_text(encoding="utf-8"))
    assert blocks, "docs/quickstart.md has no python blocks"
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    for block in blocks:
        exec(compile(block, str(QUICKSTART), "exec"), namespace)  # noqa: S102 - running our own documentation


README_CASES = cli_lines(README.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def readme_folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One folder for all README commands, in order: a later command may read an earlier one's output."""
    folder = tmp_path_factory.mktemp("readme")
    shutil.copytree(ROOT / "examples", folder / "examples")
    published = folder / "tests" / "data" / "published"
    published.mkdir(parents=True)
    shutil.copy(ROOT / "tests" / "data" / "published" / "pingtan_2021.html", published)
    return folder


@pytest.mark.parametrize("command", README_CASES)
def test_readme_command_runs(command: str, readme_folder: Path) -> None:
    tmp_path = readme_folder
    argv = shlex.split(command)
    done = subprocess.run(
        [sys.executable, *argv[1:]], capture_output=True, text=True, check=False, cwd=tmp_path, timeout=120
    )
    # `validate` of the seed exits 1 on purpose (it finds the seed's errors); nothing may crash.
    assert done.returncode in {0, 1}, done.stderr
    assert "Traceback" not in done.stderr


def test_readme_has_the_two_setup_commands() -> None:
    text = README.read_text(encoding="utf-8")
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_command = next(line for line in text.splitlines() if "pytest" in line and line.startswith("python"))
    assert test_command in ci, ".ci/run must run exactly the README's test command"
    assert "python -m disclosure_rules render" in text
