"""The Python examples in docs/calendar.md run and give the answers their comments state."""

from __future__ import annotations

import re
from pathlib import Path

DOC = Path(__file__).resolve().parents[2] / "docs" / "calendar.md"


def _blocks() -> list[str]:
    return re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), flags=re.DOTALL)


def test_examples_run() -> None:
    """Every python block runs in order (the one loading a file is given the file's content instead)."""
    namespace: dict[str, object] = {}
    blocks = _blocks()
    assert len(blocks) >= 3
    for block in blocks:
        code = block.replace('.with_schedule("2027.json")', ".with_schedule(FAKE)")
        namespace["FAKE"] = {
            "year": 2027,
            "notices": [{"number": "国办发明电〔2026〕99号（测试用）"}],
            "days_off": ["2027-01-01/2027-01-03"],
        }
        exec(compile(code, str(DOC), "exec"), namespace)  # noqa: S102 - our own documentation


def test_commented_answers_hold() -> None:
    """The answers written in the first example's comments."""
    import datetime as dt  # noqa: PLC0415 - mirrors the doc's own imports

    from disclosure_rules._calendar import WorkingDayCalendar  # noqa: PLC0415

    cal = WorkingDayCalendar.china()
    assert cal.is_working_day(dt.date(2026, 10, 10)) is True
    assert cal.add_working_days(dt.date(2026, 9, 30), 1) == dt.date(2026, 10, 8)
    assert cal.add_working_days(dt.date(2026, 9, 18), 20) == dt.date(2026, 10, 22)
    assert cal.working_days_between(dt.date(2026, 9, 18), dt.date(2026, 10, 22)) == 20
    assert cal.next_working_day_on_or_after(dt.date(2026, 10, 3)) == dt.date(2026, 10, 8)
    assert (cal.first_year, cal.last_year) == (2008, 2026)
