"""``python -m disclosure_rules calendar``: coverage, a year's days, schedule files, the turn-of-year warning.

Tested in process (``main([...])``) and once as a real subprocess.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import TYPE_CHECKING

from disclosure_rules._cli import main

if TYPE_CHECKING:
    from pathlib import Path

    import pytest

FAKE_2027 = {
    "year": 2027,
    "notices": [{"number": "国办发明电〔2026〕99号（测试用）", "date": "2026-11-20"}],
    "days_off": ["2027-01-01/2027-01-03"],
    "working_days": [],
}


def test_coverage_text_lists_each_year_and_notice(capsys: pytest.CaptureFixture[str]) -> None:
    """The coverage names the years, the holidays version and each year's 国办发明电 number."""
    assert main(["calendar", "--today", "2026-06-01"]) == 0
    out, err = capsys.readouterr()
    assert "2008–2026" in out
    assert "holidays 0.109" in out
    assert "国办发明电〔2025〕7号" in out
    assert err == ""


def test_warns_after_first_of_december_when_next_year_is_missing(capsys: pytest.CaptureFixture[str]) -> None:
    """On/after 1 December with next year uncovered: a coded warning on stderr, exit status still 0."""
    assert main(["calendar", "--today", "2026-12-01"]) == 0
    _, err = capsys.readouterr()
    assert "calendar.next_year_not_covered" in err
    assert "2027" in err


def test_no_warning_once_the_schedule_is_loaded(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """--calendar-file with next year's schedule silences the warning and shows the file as the source."""
    path = tmp_path / "2027.json"
    path.write_text(json.dumps(FAKE_2027, ensure_ascii=False), encoding="utf-8")
    assert main(["calendar", "--today", "2026-12-15", "--calendar-file", str(path)]) == 0
    out, err = capsys.readouterr()
    assert "2008–2027" in out
    assert str(path) in out
    assert err == ""


def test_year_listing_json(capsys: pytest.CaptureFixture[str]) -> None:
    """--year 2026 --format json lists weekday rest days and weekend working days with names."""
    assert main(["calendar", "--year", "2026", "--format", "json", "--today", "2026-01-10"]) == 0
    payload = json.loads(capsys.readouterr().out)
    assert payload["year"] == 2026
    assert payload["provisional"] is False
    assert {"date": "2026-10-10", "weekday": "Sat", "name": "调休上班"} in payload["weekend_working_days"]
    assert any(entry["date"] == "2026-10-01" for entry in payload["weekday_rest_days"])
    # 365 days - 104 weekend days - 19 weekday rest days + 6 make-up days (国办发明电〔2025〕7号).
    assert payload["working_day_count"] == 365 - 104 - 19 + 6


def test_year_outside_is_one_line_error(capsys: pytest.CaptureFixture[str]) -> None:
    """An uncovered year fails with the error code and no traceback; --provisional answers it, marked."""
    assert main(["calendar", "--year", "2027", "--today", "2026-06-01"]) == 2
    _, err = capsys.readouterr()
    assert "calendar.beyond_published_year" in err
    assert len(err.strip().splitlines()) == 1
    assert main(["calendar", "--year", "2027", "--provisional", "--today", "2026-06-01"]) == 0
    assert "PROVISIONAL" in capsys.readouterr().out


def test_bad_schedule_file_is_one_line_error(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """A malformed file names the file and field (calendar.invalid_schedule); a missing file is named too."""
    path = tmp_path / "bad.json"
    path.write_text(json.dumps({**FAKE_2027, "working_days": ["2027-01-05"]}), encoding="utf-8")
    assert main(["calendar", "--calendar-file", str(path), "--today", "2026-06-01"]) == 2
    err = capsys.readouterr().err
    assert "calendar.invalid_schedule" in err
    assert str(path) in err
    assert "working_days" in err
    assert main(["calendar", "--calendar-file", str(tmp_path / "none.json")]) == 2
    assert "cli.not_found" in capsys.readouterr().err


def test_output_file_is_written(tmp_path: Path) -> None:
    """-o writes the JSON coverage to a file."""
    target = tmp_path / "coverage.json"
    assert main(["calendar", "--format", "json", "-o", str(target), "--today", "2026-06-01"]) == 0
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["last_year"] == 2026
    assert data["years"][0]["notices"][0]["number"] == "国办发明电〔2007〕40号"


def test_real_subprocess() -> None:
    """The documented command runs as ``python -m disclosure_rules calendar``."""
    result = subprocess.run(
        [sys.executable, "-m", "disclosure_rules", "calendar", "--today", "2026-12-01"],
        capture_output=True,
        text=True,
        check=False,
        timeout=60,
    )
    assert result.returncode == 0
    assert "国办发明电〔2007〕40号" in result.stdout
    assert "calendar.next_year_not_covered" in result.stderr
