"""The shared "fail under CI, skip otherwise" helper: a missing tool may never pass CI by skipping."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.requires import require_tool, unavailable, under_ci

MISSING = "disclosure-rules-no-such-tool"
# "true" as CI runners spell it: any mix of upper and lower case.
TRUE_IN_ANY_CASE = st.tuples(*(st.sampled_from([letter, letter.upper()]) for letter in "true")).map("".join)


@pytest.mark.parametrize("value", ["true", "True", "TRUE", " true "])
def test_a_missing_tool_fails_under_ci(monkeypatch: pytest.MonkeyPatch, value: str) -> None:
    monkeypatch.setenv("CI", value)
    with pytest.raises(pytest.fail.Exception, match=MISSING):
        require_tool(MISSING)


@pytest.mark.parametrize("value", [None, "", "false", "0", "yes"])
def test_a_missing_tool_skips_elsewhere(monkeypatch: pytest.MonkeyPatch, value: str | None) -> None:
    if value is None:
        monkeypatch.delenv("CI", raising=False)
    else:
        monkeypatch.setenv("CI", value)
    with pytest.raises(pytest.skip.Exception, match=MISSING):
        require_tool(MISSING)


def test_an_installed_tool_is_its_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Found on ``PATH``, a tool is its path, under CI or not (the Python running the tests is one)."""
    monkeypatch.setenv("PATH", str(Path(sys.executable).parent))
    name = Path(sys.executable).name
    for value in ("true", "false"):
        monkeypatch.setenv("CI", value)
        assert require_tool(name).endswith(name)


@given(TRUE_IN_ANY_CASE)
def test_ci_is_read_case_insensitively(value: str) -> None:
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("CI", value)
        assert under_ci()
        with pytest.raises(pytest.fail.Exception, match="a reason"):
            unavailable("a reason")
