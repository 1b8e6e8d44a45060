"""The house's habits: pre-commit runs what CI runs; the changelog has released versions and an Unreleased part."""

from __future__ import annotations

import re
from pathlib import Path

import disclosure_rules

ROOT = Path(__file__).resolve().parents[2]


def test_pre_commit_runs_the_same_linters_as_ci() -> None:
    hooks = re.findall(
        r"^\s+entry: (.+)$", (ROOT / ".pre-commit-config.yaml").read_text(encoding="utf-8"), re.MULTILINE
    )
    ci = [line.strip() for line in (ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()]
    linters = [line for line in ci if line.startswith(("ruff ", "mypy "))]
    assert sorted(hooks) == sorted(linters)


def test_changelog_has_unreleased_and_the_current_version() -> None:
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    versions = re.findall(r"^## \[([^\]]+)\]", text, re.MULTILINE)
    assert versions[0] == "Unreleased"
    assert disclosure_rules.__version__ in versions[1:]


def test_ci_enforces_a_coverage_floor() -> None:
    import tomllib  # noqa: PLC0415 - only this test reads the project file

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert config["tool"]["coverage"]["report"]["fail_under"] >= 90
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert re.search(r'^export PYTEST_ADDOPTS=".*--cov=disclosure_rules', ci, re.MULTILINE)
    assert any(
        dependency.startswith("pytest-cov")
        for dependency in config["project"]["optional-dependencies"]["test"]
    )
