"""Reading the State Council holiday notice (《国务院办公厅关于YYYY年部分节假日安排的通知》) into a schedule.

The real notices in ``tests/data/holiday_notices`` (sources in its ``SOURCES.json``) must each give exactly the
bundled year, day by day; damaged real reprints in ``tests/data/holiday_notices_refused`` must be refused; the
synthetic 2027 notice (labelled as such in the file) stands for a year the package does not hold.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules import (
    CalendarRangeError,
    HolidayNoticeError,
    InformationRequest,
    RequestChannel,
    WorkingDayCalendar,
    YearSchedule,
    request_deadline,
    schedule_from_notice,
)

DATA = Path(__file__).resolve().parents[1] / "data"
NOTICES = DATA / "holiday_notices"
REFUSED = DATA / "holiday_notices_refused"
SYNTHETIC_2027 = DATA / "holiday_notices_synthetic" / "2027-SYNTHETIC.txt"
# Reprints that dropped the document number; the number is the bundled year's (scripts/calendar_generate_china.py).
NUMBERS = {2015: "国办发明电〔2014〕28号"}
REAL_YEARS = sorted(int(path.stem) for path in NOTICES.glob("*.txt") if path.stem.isdigit())


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _parsed_year(year: int) -> YearSchedule:
    """The year's notice, then the notices that amended it (2015, 2019, 2020), in that order."""
    schedule = schedule_from_notice(_read(NOTICES / f"{year}.txt"), number=NUMBERS.get(year))
    amendment = NOTICES / f"{year}-amendment.txt"
    if amendment.exists():
        schedule = schedule_from_notice(_read(amendment), amends=schedule)
    return schedule


def _days(year: int) -> list[dt.date]:
    first = dt.date(year - 1, 12, 1)
    return [first + dt.timedelta(days=offset) for offset in range((dt.date(year, 12, 31) - first).days + 1)]


def test_collection_covers_2010_to_2026_with_sources() -> None:
    """17 of the 19 years are held (2008 and 2009 were not found whole); every file has its source URL."""
    assert list(range(2010, 2027)) == REAL_YEARS
    sources = json.loads(_read(NOTICES / "SOURCES.json"))["files"]
    held = {path.name for path in NOTICES.glob("*.txt")}
    assert held == set(sources)
    assert all(entry["url"].startswith("http") for entry in sources.values())


@pytest.mark.parametrize("year", REAL_YEARS)
def test_real_notice_reproduces_the_bundled_year_day_by_day(year: int) -> None:
    """Each real notice (with its amending notices) gives the bundled calendar's status on every day."""
    bundled = WorkingDayCalendar.china()
    schedule = _parsed_year(year)
    loaded = WorkingDayCalendar.china().with_schedule(schedule)
    different = [day for day in _days(year) if loaded.is_working_day(day) != bundled.is_working_day(day)]
    assert different == []
    expected = {(notice.number, notice.date) for notice in bundled.coverage().years[year - 2008].notices}
    got = {(notice.number, notice.date) for notice in schedule.notices}
    # The bundled data lacks no date the notices give (2020's extension is dated 2020-01-26).
    assert got == expected


def test_year_notice_alone_differs_where_an_amendment_changed_it() -> None:
    """Without 国办发明电〔2020〕1号 the 2020 notice keeps 2月1日 a working day: the amendment matters."""
    schedule = schedule_from_notice(_read(NOTICES / "2020.txt"))
    assert dt.date(2020, 2, 1) in schedule.working_days
    amended = _parsed_year(2020)
    assert dt.date(2020, 2, 1) not in amended.working_days
    assert amended.days_off[dt.date(2020, 2, 2)] == "春节（延长）"


def _full_width(text: str) -> str:
    full: dict[str, str | int | None] = {",": "，", ":": "：", "(": "（", ")": "）", ";": "；"}
    table = str.maketrans(full)
    return text.translate(table).replace("星期", "周")


def test_as_published_full_width_and_zhou_weekdays_read_the_same() -> None:
    """The 2016 notice with full-width punctuation and 周X weekdays gives the same schedule as the reprint."""
    reprint = _read(NOTICES / "2016.txt")
    assert "，" not in reprint  # the stored copy is the half-width reprint
    assert schedule_from_notice(_full_width(reprint)) == schedule_from_notice(reprint)


def test_html_page_reads_the_same_as_its_text() -> None:
    """An HTML page (tags, entities, a script) gives the same schedule as the plain text."""
    text = _read(NOTICES / "2024.txt")
    body = "".join(f"<p>{line.replace('、', '&#12289;')}</p>\n" for line in text.splitlines())
    page = f"<html><head><title>通知</title><script>var a='1月1日上班';</script></head><body>{body}</body></html>"
    assert schedule_from_notice(page) == schedule_from_notice(text)


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("2017-garbled.txt", "calendar.notice_inconsistent"),
        ("2021-abridged.txt", "calendar.notice_incomplete"),
        ("2014-year-mangled.txt", "calendar.not_a_notice"),
    ],
)
def test_damaged_real_reprints_are_refused(name: str, code: str) -> None:
    """A garbled date, an abridged digest and a page with its years replaced are refused, never half-read."""
    with pytest.raises(HolidayNoticeError) as caught:
        schedule_from_notice(_read(REFUSED / name), number="国办发明电〔2016〕17号")
    assert caught.value.code == code


def test_truncated_2009_reprint_reads_the_verbose_items_then_refuses() -> None:
    """The 2009 wording ("其中……为法定节假日……公休日调至……") is read item by item; the copy breaks off before the
    make-up days of item 六 and the signature, so it is refused for the missing signing date, not half-read."""
    with pytest.raises(HolidayNoticeError) as caught:
        schedule_from_notice(_read(REFUSED / "2009-truncated.txt"), number="国办发明电〔2008〕42号")
    assert caught.value.code == "calendar.notice_incomplete"
    assert "落款" in caught.value.message_zh
    assert "signature" in caught.value.message


@pytest.mark.parametrize(
    ("old", "new", "code"),
    [
        ("1月4日(周日)上班", "1月4日(周一)上班", "calendar.notice_inconsistent"),  # written weekday is wrong
        ("放假调休,共3天。1月4日", "放假调休,共4天。1月4日", "calendar.notice_inconsistent"),  # 共N天 ≠ span
        ("1月4日(周日)上班", "1月5日上班", "calendar.notice_inconsistent"),  # make-up day on a Monday
        ("国务院办公厅\n\n2025年11月4日", "", "calendar.notice_incomplete"),  # no signing date
        ("国办发明电〔2025〕7号", "", "calendar.notice_incomplete"),  # no number
        ("三、清明节:4月4日(周六)至6日(周一)放假,共3天。", "", "calendar.notice_incomplete"),  # an item lost
        ("至21日(周日)放假", "至21日(周日)休整", "calendar.notice_incomplete"),  # a sentence not understood
    ],
)
def test_each_check_refuses_a_broken_2026_notice(old: str, new: str, code: str) -> None:
    """Every check of the reader (weekday, 共N天, weekend make-up day, completeness) fires on its own."""
    text = _read(NOTICES / "2026.txt")
    assert old in text
    with pytest.raises(HolidayNoticeError) as caught:
        schedule_from_notice(text.replace(old, new))
    assert caught.value.code == code


@pytest.mark.parametrize("text", ["", "会议通知\n定于1月1日至3日开会。", "<html><body>404</body></html>"])
def test_text_that_is_not_a_notice_is_refused(text: str) -> None:
    with pytest.raises(HolidayNoticeError) as caught:
        schedule_from_notice(text)
    assert caught.value.code == "calendar.not_a_notice"


def test_supplied_number_must_agree_with_the_text() -> None:
    with pytest.raises(HolidayNoticeError) as caught:
        schedule_from_notice(_read(NOTICES / "2026.txt"), number="国办发明电〔2025〕8号")
    assert caught.value.code == "calendar.notice_inconsistent"


def test_amendment_for_another_year_is_refused() -> None:
    base = _parsed_year(2021)
    with pytest.raises(HolidayNoticeError) as caught:
        schedule_from_notice(_read(NOTICES / "2019-amendment.txt"), amends=base)
    assert caught.value.code == "calendar.notice_inconsistent"


# -- a year the package does not hold -------------------------------------------------------------


def test_synthetic_2027_is_labelled_and_gives_exactly_its_days() -> None:
    """The fixture says it is synthetic; read, it gives exactly the days written in it."""
    text = _read(SYNTHETIC_2027)
    assert "SYNTHETIC TEST FIXTURE" in text.splitlines()[0]
    schedule = schedule_from_notice(text)
    spans = [
        (dt.date(2026, 12, 31), dt.date(2027, 1, 3)),
        (dt.date(2027, 2, 5), dt.date(2027, 2, 13)),
        (dt.date(2027, 4, 3), dt.date(2027, 4, 5)),
        (dt.date(2027, 5, 1), dt.date(2027, 5, 5)),
        (dt.date(2027, 6, 9), dt.date(2027, 6, 9)),
        (dt.date(2027, 9, 15), dt.date(2027, 9, 15)),
        (dt.date(2027, 10, 1), dt.date(2027, 10, 7)),
    ]
    expected = {first + dt.timedelta(days=n) for first, last in spans for n in range((last - first).days + 1)}
    assert set(schedule.days_off) == expected
    assert schedule.working_days == (
        dt.date(2027, 2, 14),
        dt.date(2027, 2, 20),
        dt.date(2027, 5, 8),
        dt.date(2027, 9, 26),
        dt.date(2027, 10, 9),
    )


def test_late_december_request_gets_its_january_deadline_from_the_loaded_notice() -> None:
    """Received Monday 2026-12-21: without 2027 the calendar refuses; with it, 20 working days end 2027-01-20.

    Counting (第三十三条第二款, the receipt day not counted): 12-22..12-30 are 7 working days, 12-31..1-03 rest
    under the (synthetic) notice, 1-04..1-08 make 12, 1-11..1-15 make 17, 1-18, 1-19, 1-20 make 20. The
    provisional calendar (statutory days only, 12-31 a working day) would have said 2027-01-19.
    """
    request = InformationRequest(
        id="2026-088", received=dt.date(2026, 12, 21), channel=RequestChannel.IN_PERSON
    )
    with pytest.raises(CalendarRangeError):
        request_deadline(request)
    calendar = WorkingDayCalendar.china().with_schedule(schedule_from_notice(_read(SYNTHETIC_2027)))
    result = request_deadline(request, calendar=calendar)
    assert result.deadline == dt.date(2027, 1, 20)
    assert not result.provisional
    provisional = request_deadline(request, calendar=WorkingDayCalendar.china(provisional=True))
    assert provisional.deadline == dt.date(2027, 1, 19)
    assert provisional.provisional


# -- property: any well-formed notice reads back to the days it was written from ---------------------

_WEEKDAYS = "一二三四五六日"


def _day_text(day: dt.date, *, month: bool, style: str) -> str:
    weekday = f"（{style}{_WEEKDAYS[day.weekday()]}）" if style else ""
    return f"{day.month}月{day.day}日{weekday}" if month else f"{day.day}日{weekday}"


@st.composite
def notices(draw: st.DrawFn) -> tuple[str, set[dt.date], set[dt.date]]:
    """A notice for a year 2030–2090 with 1–7 non-overlapping items, in one of the published styles."""
    year = draw(st.integers(min_value=2030, max_value=2090))
    style = draw(st.sampled_from(["周", "星期", ""]))
    names = ["元旦", "春节", "清明节", "劳动节", "端午节", "中秋节", "国庆节"]
    count = draw(st.integers(min_value=1, max_value=7))
    starts = sorted(draw(st.lists(st.integers(0, 320), min_size=count, max_size=count, unique=True)))
    rest: set[dt.date] = set()
    work: set[dt.date] = set()
    lines: list[str] = []
    numerals = "一二三四五六七"
    previous_end = -1
    for index, start in enumerate(starts):
        start_at = max(start, previous_end + 12)
        length = draw(st.integers(min_value=1, max_value=9))
        if start_at + length + 10 > 364:
            break
        first = dt.date(year, 1, 1) + dt.timedelta(days=start_at)
        last = first + dt.timedelta(days=length - 1)
        span = {first + dt.timedelta(days=n) for n in range(length)}
        after = [last + dt.timedelta(days=n) for n in range(2, 9)]
        weekend = [day for day in after if day.weekday() >= 5 and day not in span]
        make_up = weekend[: draw(st.integers(min_value=0, max_value=min(2, len(weekend))))]
        previous_end = start_at + length + 9
        rest |= span
        work |= set(make_up)
        if length == 1:
            text = f"{_day_text(first, month=True, style=style)}放假，共1天。"
        else:
            same_month = last.month == first.month and draw(st.booleans())
            text = (
                f"{_day_text(first, month=True, style=style)}至{_day_text(last, month=not same_month, style=style)}"
                f"放假调休，共{length}天。"
            )
        if make_up:
            text += "、".join(_day_text(day, month=True, style=style) for day in make_up) + "上班。"
        lines.append(f"{numerals[index]}、{names[index]}：{text}")
    used = "、".join(names[: len(lines)])
    body = "\n".join(lines)
    punctuation = draw(st.sampled_from(["full", "half"]))
    notice = (
        f"国务院办公厅关于{year}年部分节假日安排的通知\n国办发明电〔{year - 1}〕5号\n"
        f"经国务院批准，现将{year}年{used}放假调休日期的具体安排通知如下。\n{body}\n"
        f"节假日期间，各地区、各部门要妥善安排好值班。\n国务院办公厅\n{year - 1}年11月5日\n"
    )
    if punctuation == "half":
        half: dict[str, str | int | None] = {"，": ",", "：": ":", "（": "(", "）": ")"}
        notice = notice.translate(str.maketrans(half))
    return notice, rest, work


@settings(max_examples=60, deadline=None)
@given(notices())
def test_property_a_written_notice_reads_back_to_its_days(
    case: tuple[str, set[dt.date], set[dt.date]],
) -> None:
    """Whatever the style, the reader returns exactly the rest days and make-up days the notice states."""
    text, rest, work = case
    schedule = schedule_from_notice(text)
    assert set(schedule.days_off) == rest
    assert set(schedule.working_days) == work
