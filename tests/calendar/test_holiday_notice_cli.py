"""``calendar import-notice`` and ``DISCLOSURE_RULES_SCHEDULES``: next year's notice without a release.

In process (``main([...])``) and once as a real subprocess with the environment variable set.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from disclosure_rules import CalendarScheduleError, WorkingDayCalendar
from disclosure_rules._calendar import SCHEDULES_ENV
from disclosure_rules._cli import main

DATA = Path(__file__).resolve().parents[1] / "data"
SYNTHETIC_2027 = DATA / "holiday_notices_synthetic" / "2027-SYNTHETIC.txt"
NOTICES = DATA / "holiday_notices"


def _import_2027(tmp_path: Path) -> Path:
    target = tmp_path / "schedule-2027.json"
    assert main(["calendar", "import-notice", str(SYNTHETIC_2027), "-o", str(target)]) == 0
    return target


def test_import_notice_writes_a_schedule_file_with_its_source(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The file holds the year, the notice's number, date and title, and loads with --calendar-file."""
    target = _import_2027(tmp_path)
    capsys.readouterr()
    payload = json.loads(target.read_text(encoding="utf-8"))
    (schedule,) = payload["schedules"]
    assert schedule["year"] == 2027
    assert schedule["notices"][0] == {
        "number": "国办发明电〔2026〕99号",
        "date": "2026-11-20",
        "title": "国务院办公厅关于2027年部分节假日安排的通知",
        "references": [],
    }
    assert main(["calendar", "--year", "2027", "--format", "json", "--calendar-file", str(target)]) == 0
    listing = json.loads(capsys.readouterr().out)
    assert listing["provisional"] is False
    assert {entry["date"] for entry in listing["weekend_working_days"]} == {
        "2027-02-14",
        "2027-02-20",
        "2027-05-08",
        "2027-09-26",
        "2027-10-09",
    }


def test_import_notice_with_amendment(tmp_path: Path) -> None:
    """Later files amend the first: 2020 with its extension notice lists both notices."""
    target = tmp_path / "schedule-2020.json"
    argv = ["calendar", "import-notice", str(NOTICES / "2020.txt"), str(NOTICES / "2020-amendment.txt")]
    assert main([*argv, "-o", str(target)]) == 0
    (schedule,) = json.loads(target.read_text(encoding="utf-8"))["schedules"]
    assert [notice["number"] for notice in schedule["notices"]] == [
        "国办发明电〔2019〕16号",
        "国办发明电〔2020〕1号",
    ]
    assert "2020-02-01" not in schedule["working_days"]


def test_not_a_notice_exits_2_with_one_line_and_no_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "minutes.txt"
    source.write_text("会议纪要\n1月1日至3日放假。\n", encoding="utf-8")
    target = tmp_path / "schedule.json"
    assert main(["calendar", "import-notice", str(source), "-o", str(target)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "calendar.not_a_notice" in err
    assert str(source) in err
    assert not target.exists()


def test_gbk_page_is_read(tmp_path: Path) -> None:
    """A government page saved in GBK (GB18030) reads like its UTF-8 text."""
    source = tmp_path / "notice.html"
    text = (NOTICES / "2022.txt").read_text(encoding="utf-8")
    source.write_bytes(f"<html><body><pre>{text}</pre></body></html>".encode("gb18030"))
    target = tmp_path / "schedule-2022.json"
    assert main(["calendar", "import-notice", str(source), "-o", str(target)]) == 0
    (schedule,) = json.loads(target.read_text(encoding="utf-8"))["schedules"]
    assert schedule["notices"][0]["number"] == "国办发明电〔2021〕11号"


def test_reprint_without_number_needs_number_flag(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """The 2015 reprint lost its number: refused without --number, read with it."""
    target = tmp_path / "schedule-2015.json"
    notice = str(NOTICES / "2015.txt")
    assert main(["calendar", "import-notice", notice, "-o", str(target)]) == 2
    assert "calendar.notice_incomplete" in capsys.readouterr().err
    assert not target.exists()
    argv = ["calendar", "import-notice", notice, "--number", "国办发明电〔2014〕28号", "-o", str(target)]
    assert main(argv) == 0


def test_environment_variable_gives_the_cli_next_year(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """DISCLOSURE_RULES_SCHEDULES=schedule-2027.json: `deadline request` in late December answers from it."""
    _import_2027(tmp_path)
    argv = ["deadline", "request", "--received", "2026-12-21", "--format", "json"]
    capsys.readouterr()
    monkeypatch.delenv(SCHEDULES_ENV, raising=False)
    assert main(argv) == 2
    assert "calendar.beyond_published_year" in capsys.readouterr().err
    monkeypatch.setenv(SCHEDULES_ENV, str(tmp_path))  # a folder works as well as a file
    assert main(argv) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["deadline"] == "2027-01-20"
    assert result["provisional"] is False


def test_environment_variable_with_a_missing_file_is_one_line(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv(SCHEDULES_ENV, str(tmp_path / "missing.json"))
    assert main(["calendar", "--today", "2026-06-01"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert SCHEDULES_ENV in err


def test_from_environment_api(tmp_path: Path) -> None:
    """The API reads the same variable; an explicit mapping stands in for os.environ."""
    target = _import_2027(tmp_path)
    calendar = WorkingDayCalendar.from_environment(environ={SCHEDULES_ENV: str(target)})
    assert calendar.last_year == 2027
    assert not calendar.is_working_day(dt.date(2026, 12, 31))
    assert WorkingDayCalendar.from_environment(environ={}).last_year == WorkingDayCalendar.china().last_year
    with pytest.raises(CalendarScheduleError):
        WorkingDayCalendar.from_environment(
            environ={SCHEDULES_ENV: os.pathsep.join([str(target), "nope.json"])}
        )


def test_real_subprocess_with_the_variable(tmp_path: Path) -> None:
    target = _import_2027(tmp_path)
    env = {**os.environ, SCHEDULES_ENV: str(target)}
    done = subprocess.run(
        [sys.executable, "-m", "disclosure_rules", "deadline", "request", "--received", "2026-12-21"],
        capture_output=True,
        text=True,
        check=False,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "2027年1月20日" in done.stdout


def test_import_notice_says_what_it_read_in_chinese(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """The summary on stderr: the year, the days off and make-up working days, each notice with its date."""
    target = tmp_path / "schedule-2020.json"
    argv = ["calendar", "import-notice", str(NOTICES / "2020.txt"), str(NOTICES / "2020-amendment.txt")]
    assert main([*argv, "-o", str(target)]) == 0
    (schedule,) = json.loads(target.read_text(encoding="utf-8"))["schedules"]
    days_off, working = len(schedule["days_off"]), len(schedule["working_days"])
    dates = [dt.date.fromisoformat(notice["date"]) for notice in schedule["notices"]]
    assert capsys.readouterr().err == (
        f"2020年：放假 {days_off} 天，调休上班 {working} 天（依据：国办发明电〔2019〕16号，"
        f"{dates[0].year}年{dates[0].month}月{dates[0].day}日；国办发明电〔2020〕1号，"
        f"{dates[1].year}年{dates[1].month}月{dates[1].day}日）\n"
    )
