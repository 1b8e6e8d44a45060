"""``check --min-confidence`` (issue 12, round 18): leave out the findings and figures the auditor is less sure of."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from disclosure_rules import check_pages
from disclosure_rules._audit._result import CONFIDENCE_THRESHOLDS

if TYPE_CHECKING:
    from collections.abc import Callable

ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT / "examples" / "wanlong_2017_seed.txt"


@pytest.fixture
def cli() -> Callable[[list[str]], int]:
    from disclosure_rules._cli import main  # noqa: PLC0415 - the CLI wires every subcommand; import late

    return main


def _codes(out: str) -> list[str]:
    return [line.split()[1].rstrip(":") for line in out.splitlines() if line.startswith("  ")]


def test_default_output_is_unchanged_and_equals_low(
    cli: Callable[[list[str]], int], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["check", str(SEED)]) == 1
    default = capsys.readouterr().out
    assert cli(["check", str(SEED), "--min-confidence", "low"]) == 1
    assert capsys.readouterr().out == default
    assert "legacy.period_incomplete" in default  # a warning read from a sentence (0.8)


def test_high_keeps_the_errors_and_drops_the_sentence_warning(
    cli: Callable[[list[str]], int], capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli(["check", str(SEED), "--min-confidence", "high"]) == 1
    codes = _codes(capsys.readouterr().out)
    assert "legacy.period_incomplete" not in codes
    assert codes.count("legacy.share_mismatch") == 4
    assert "legacy.count_mismatch" in codes


def test_a_threshold_above_every_error_exits_0(
    cli: Callable[[list[str]], int], capsys: pytest.CaptureFixture[str]
) -> None:
    """The seed's errors rest on sentences (0.9): at 0.95 none is left, so no error is reported."""
    assert cli(["check", str(SEED), "--min-confidence", "0.95", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)[0]
    assert data["findings"] == []
    assert data["figures"] == []  # every figure of the seed was read from a sentence


@pytest.mark.parametrize("value", ["bogus", "1.5", "-0.1", "nan", ""])
def test_a_bad_value_is_one_chinese_line_with_its_code(value: str) -> None:
    done = subprocess.run(
        [sys.executable, "-m", "disclosure_rules", "check", str(SEED), "--min-confidence", value],
        capture_output=True,
        text=True,
        check=False,
        cwd=ROOT,
    )
    assert done.returncode == 2
    assert done.stdout == ""
    lines = done.stderr.strip().splitlines()
    assert len(lines) == 1
    assert "[cli.usage]" in lines[0]
    assert "不是可信度门槛" in lines[0]
    assert "--min-confidence" in lines[0]
    assert "Traceback" not in done.stderr


def test_the_api_refuses_a_threshold_outside_0_to_1() -> None:
    with pytest.raises(ValueError, match="between 0 and 1"):
        list(check_pages([str(SEED)], min_confidence=1.5))


def test_the_api_takes_the_threshold() -> None:
    (everything,) = check_pages([str(SEED)])
    (sure,) = check_pages([str(SEED)], min_confidence=CONFIDENCE_THRESHOLDS["high"])
    assert everything.warnings == 1
    assert sure.warnings == 0
    assert sure.errors == everything.errors == 5
