"""Every Python block in the docs and the README imports only public names, runs, and passes mypy --strict.

Blocks of one page run in order in one namespace, in a folder holding ``examples/`` (and an empty
``my_templates/`` for the renderer page's override example); pages whose blocks need more (a holiday file)
are run by their own tests too. Interactive ``>>>`` blocks are run by doctest in their area's tests.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path
from typing import Final

import pytest
from mypy import api as mypy_api

ROOT = Path(__file__).resolve().parents[2]
PAGES = sorted([*(ROOT / "docs").glob("*.md"), ROOT / "README.md"])
# Pages whose blocks need more than the test folder holds are type-checked here and run by their own test:
# calendar.md loads a holiday file (tests/calendar/test_calendar_docs.py gives it one).
_RUN_ELSEWHERE: Final = frozenset({"calendar.md"})


def _blocks(page: Path) -> list[str]:
    found = re.findall(r"```python\n(.*?)```", page.read_text(encoding="utf-8"), flags=re.DOTALL)
    return [block for block in found if not block.lstrip().startswith(">>>")]


PAGES_WITH_CODE = [page for page in PAGES if _blocks(page)]


def test_some_pages_have_code() -> None:
    assert len(PAGES_WITH_CODE) >= 3


@pytest.mark.parametrize("page", PAGES, ids=lambda page: page.name)
def test_docs_import_only_public_names(page: Path) -> None:
    text = page.read_text(encoding="utf-8")
    private = re.findall(r"^(?:>>> )?(?:from|import) disclosure_rules\._\S*", text, flags=re.MULTILINE)
    assert private == [], f"{page.name} imports private modules: {private}"


@pytest.mark.parametrize(
    "page", [page for page in PAGES_WITH_CODE if page.name not in _RUN_ELSEWHERE], ids=lambda page: page.name
)
def test_docs_code_runs(page: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(ROOT / "examples", tmp_path / "examples")
    (tmp_path / "my_templates").mkdir()
    monkeypatch.chdir(tmp_path)
    namespace: dict[str, object] = {}
    for block in _blocks(page):
        exec(compile(block, str(page), "exec"), namespace)  # noqa: S102 - running our own documentation


@pytest.mark.slow
def test_docs_code_type_checks(tmp_path: Path) -> None:
    """All pages' blocks, one module a page, pass ``mypy --strict`` (as the source and tests must)."""
    for page in PAGES_WITH_CODE:
        name = re.sub(r"\W", "_", page.stem.lower())
        (tmp_path / f"doc_{name}.py").write_text("\n".join(_blocks(page)), encoding="utf-8")
    out, err, status = mypy_api.run(
        [
            "--strict",
            "--no-incremental",
            "--config-file",
            str(ROOT / "pyproject.toml"),
            "--cache-dir",
            str(tmp_path / ".mypy_cache"),
            str(tmp_path),
        ]
    )
    assert status == 0, out + err
