"""The public facade: a small, sorted ``__all__``; everything else is private."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

import disclosure_rules


def _isort_key(name: str) -> tuple[int, str]:
    """Constants, then classes, then functions, each alphabetical (ruff RUF022's order)."""
    if name.isupper():
        return (0, name)
    return (1, name) if name[0].isupper() else (2, name)


def test_all_is_sorted_and_unique() -> None:
    names = list(disclosure_rules.__all__)
    assert names == sorted(names, key=_isort_key)
    assert len(names) == len(set(names))


def test_every_public_name_resolves_and_is_not_private() -> None:
    for name in disclosure_rules.__all__:
        assert not name.startswith("_")
        assert getattr(disclosure_rules, name) is not None


def test_core_names_are_public() -> None:
    for name in (
        "AnnualReport2021",
        "AnnualReport2019",
        "LegacyReport",
        "validate",
        "Finding",
        "WorkingDayCalendar",
        "CalendarRangeError",
        "request_deadline",
        "proactive_deadline",
        "report_deadline",
        "processing_fee",
        "InformationRequest",
        "ProactiveItem",
        "render",
        "audit",
        "build_report",
        "roll_up",
    ):
        assert name in disclosure_rules.__all__, name


def _type_checking_imports() -> dict[str, tuple[str, str]]:
    """Public name → (module, attribute) of the imports under ``if TYPE_CHECKING:`` in ``__init__.py``."""
    tree = ast.parse(Path(disclosure_rules.__file__).read_text(encoding="utf-8"))
    found: dict[str, tuple[str, str]] = {}
    for node in tree.body:
        if isinstance(node, ast.If) and isinstance(node.test, ast.Name) and node.test.id == "TYPE_CHECKING":
            for statement in node.body:
                assert isinstance(statement, ast.ImportFrom), "only imports under TYPE_CHECKING"
                assert statement.module is not None
                for alias in statement.names:
                    found[alias.asname or alias.name] = (statement.module, alias.name)
    return found


def test_lazy_table_matches_all_and_the_static_imports() -> None:
    """What mypy sees (the TYPE_CHECKING imports), what runs (the lazy table) and ``__all__`` agree."""
    static = _type_checking_imports()
    lazy = {
        name: (module, disclosure_rules._ALIASES.get(name, name))
        for module, names in disclosure_rules._EXPORTS.items()
        for name in names
    }
    assert sum(len(names) for names in disclosure_rules._EXPORTS.values()) == len(lazy), "a name twice"
    assert static == lazy
    assert sorted(lazy) == sorted(disclosure_rules.__all__)


def test_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no_such_name"):
        _ = disclosure_rules.no_such_name


def test_dir_lists_every_public_name() -> None:
    assert set(disclosure_rules.__all__) <= set(dir(disclosure_rules))


def test_importing_the_package_imports_no_heavy_dependency() -> None:
    """``import disclosure_rules`` stays cheap: pydantic, Jinja2, holidays and numpy load on first use only."""
    heavy = ("pydantic", "jinja2", "holidays", "numpy")
    probe = (
        "import sys, disclosure_rules\n"
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy!r}"
        " or m.startswith('disclosure_rules.')))"
    )
    assert _printed_by(probe) == "[]"


def test_cli_help_imports_no_heavy_dependency() -> None:
    """``--help`` registers every subcommand's name without importing any subcommand's machinery."""
    probe = (
        "import sys, contextlib, io\n"
        "from disclosure_rules._cli import main\n"
        "with contextlib.suppress(SystemExit), contextlib.redirect_stdout(io.StringIO()):\n"
        "    main(['--help'])\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in ('pydantic', 'jinja2', 'holidays')))"
    )
    assert _printed_by(probe) == "[]"


def _printed_by(probe: str) -> str:
    """What the Python code ``probe`` prints, run in a fresh interpreter (nothing imported before it)."""
    return subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=_child_env()
    ).stdout.strip()


def _child_env() -> dict[str, str]:
    """This process's environment, with the package under test first on the child's path."""
    source = str(Path(disclosure_rules.__file__).resolve().parents[1])
    return {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [source, os.environ.get("PYTHONPATH")]))}


def test_public_classes_are_guarded_where_they_are_defined() -> None:
    """A public class's methods raise coded errors before anyone touches its public name (``public_class``).

    The child imports each defining module directly, as code that only holds a result's attribute would have it.
    """
    probe = (
        "import importlib, inspect, disclosure_rules as package\n"
        "from enum import Enum\n"
        "from pydantic import BaseModel\n"
        "unguarded = []\n"
        "for module_name, names in package._EXPORTS.items():\n"
        "    for name in names:\n"
        "        value = getattr(importlib.import_module(module_name), package._ALIASES.get(name, name))\n"
        "        if not inspect.isclass(value) or issubclass(value, BaseModel | BaseException | Enum):\n"
        "            continue\n"
        "        unguarded += [f'{name}.{a}' for a, f in vars(value).items() if not a.startswith('_')\n"
        "                      and inspect.isfunction(f) and not getattr(f, '__disclosure_rules_guarded__', False)]\n"
        "print(len([1 for n in package.__all__ if n in package.__dict__]), sorted(unguarded))"
    )
    assert _printed_by(probe) == "0 []"  # no public name was touched, and no public method is left unguarded


def test_an_accessor_on_an_untouched_class_raises_the_coded_error() -> None:
    """``CanonicalTables.table3_cell`` with an unknown row is ``input.wrong_type`` whatever ran before."""
    probe = (
        "from disclosure_rules._models import CanonicalTables\n"
        "from disclosure_rules._errors import InputError\n"
        "try:\n"
        "    CanonicalTables(format='2021', table2={}, table3=[], table4=[]).table3_cell('no_such_row')\n"
        "except InputError as error:\n"
        "    print(error.code)\n"
    )
    assert _printed_by(probe) == "input.wrong_type"
