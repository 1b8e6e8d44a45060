"""The library's core does not depend on its command line: only ``_cli`` itself and ``__main__`` import ``_cli``.

The CLI is a shell around the library (arguments, stdin/stdout, exit statuses, atomic output files); a core
module that imported it would drag argparse and the CLI's errors into every caller and tie the library's
behaviour to the shell's. What the core and the CLI both need (bounded file reading, ``_files``) lives in the
core, and the CLI imports it from there.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[2] / "src" / "disclosure_rules"
CLI = "disclosure_rules._cli"
# The only modules allowed to import the CLI: the CLI's own, and ``python -m disclosure_rules``.
SHELL = frozenset({SRC / "_cli", SRC / "__main__.py"})


def _module_name(path: Path) -> str:
    parts = path.relative_to(SRC.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _package(path: Path) -> str:
    name = _module_name(path)
    return name if path.name == "__init__.py" else name.rpartition(".")[0]


def _imported(source: str, package: str) -> list[tuple[int, str]]:
    """Every module a source names for import, by line: imports (relative ones resolved from ``package``), strings."""
    found: list[tuple[int, str]] = []
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Import):
            found.extend((node.lineno, alias.name) for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")
                anchor = ".".join(parts[: len(parts) - node.level + 1])
                base = f"{anchor}.{base}" if base else anchor
            found.append((node.lineno, base))
            found.extend((node.lineno, f"{base}.{alias.name}") for alias in node.names)
        elif isinstance(node, ast.Constant) and isinstance(node.value, str):
            # importlib.import_module("disclosure_rules._cli…"), or a lazy table of module names
            found.append((node.lineno, node.value))
    return found


def _names_the_cli(name: str) -> bool:
    return name == CLI or name.startswith(f"{CLI}.")


def _cli_imports(path: Path) -> list[str]:
    source = path.read_text(encoding="utf-8")
    return [
        f"{path.relative_to(SRC.parent)}:{line}: {name}"
        for line, name in _imported(source, _package(path))
        if _names_the_cli(name)
    ]


def _core_modules() -> list[Path]:
    return sorted(
        path
        for path in SRC.rglob("*.py")
        if not any(path == shell or path.is_relative_to(shell) for shell in SHELL)
    )


def test_no_core_module_imports_the_cli() -> None:
    offenders = [line for path in _core_modules() for line in _cli_imports(path)]
    assert not offenders, "the core imports the CLI:\n" + "\n".join(offenders)


def test_the_walk_finds_imports_of_the_cli() -> None:
    # The check can fail: ``__main__`` imports the CLI, and each way of naming it is seen.
    assert _cli_imports(SRC / "__main__.py")
    assert len(_core_modules()) > 30
    assert SRC / "_supervise" / "_pages.py" in _core_modules()
    assert not any(path.is_relative_to(SRC / "_cli") for path in _core_modules())


@pytest.mark.parametrize(
    ("source", "where"),
    [
        ("from disclosure_rules._cli._common import CliError\n", "_supervise/_x.py"),
        ("import disclosure_rules._cli._common as common\n", "_x.py"),
        ("from disclosure_rules import _cli\n", "_x.py"),
        ("from .._cli._common import read_text\n", "_supervise/_x.py"),
        ("from ._cli import main\n", "_x.py"),
        ("import importlib\nimportlib.import_module('disclosure_rules._cli._common')\n", "_audit/_x.py"),
    ],
)
def test_every_way_of_importing_the_cli_is_seen(source: str, where: str) -> None:
    # ``source`` as if it were the module at ``where`` (relative imports resolve from its package).
    names = [name for _, name in _imported(source, _package(SRC / where))]
    assert any(_names_the_cli(name) for name in names), names


def test_a_module_that_only_names_a_like_named_package_passes() -> None:
    names = [
        name
        for _, name in _imported(
            "from ._client import x\nimport disclosure_rules._cliff\n", "disclosure_rules"
        )
    ]
    assert not any(_names_the_cli(name) for name in names), names


def test_importing_every_core_module_leaves_the_cli_unloaded() -> None:
    # What the parse cannot see (an import made by a function of another module at import time) the
    # interpreter can: import every core module in a fresh process and look at what got loaded.
    names = sorted(_module_name(path) for path in _core_modules())
    code = (
        "import importlib, sys\n"
        f"for name in {names!r}:\n"
        "    importlib.import_module(name)\n"
        f"print(sorted(m for m in sys.modules if m == {CLI!r} or m.startswith({CLI + '.'!r})))\n"
    )
    env_path = str(SRC.parent)
    done = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": env_path, "PATH": ""},
    )
    assert done.stdout.strip() == "[]", done.stdout
