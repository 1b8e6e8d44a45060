"""Regenerate ``src/disclosure_rules/_calendar_data/china.json`` from the installed ``holidays`` package.

The days come from ``holidays.China`` (its statutory holidays, the 调休 rest days of each State Council
notice, and ``weekend_workdays``, the weekend days the notices make working days). The notice numbers and
dates below are curated by hand: each was read in a copy of the notice (the URLs are stored with it).

Usage::

    .venv/bin/python scripts/calendar_generate_china.py           # rewrite the file
    .venv/bin/python scripts/calendar_generate_china.py --check   # exit 1 if the file is out of date

Run it after upgrading ``holidays`` (for example when a release adds next year's notice), then add the new
year's notice to ``NOTICES`` and bump ``LAST_YEAR``.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from holidays.countries.china import China
from holidays.version import __version__ as holidays_version

FIRST_YEAR = 2008  # the 2007 Regulations (Decree No. 492) took effect on 2008-05-01; reports exist for 2008.
LAST_YEAR = 2026  # the last year whose State Council notice holidays 0.109 contains (checked 2026-12-01).

TARGET = Path(__file__).resolve().parent.parent / "src" / "disclosure_rules" / "_calendar_data" / "china.json"

_TITLE = "国务院办公厅关于{year}年部分节假日安排的通知"

# year -> the notices that set the year's days. (number, date or None when not seen, title, references)
NOTICES: dict[int, list[tuple[str, str | None, str, list[str]]]] = {
    2008: [
        (
            "国办发明电〔2007〕40号",
            None,  # published mid-December 2007 (news of 2007-12-18 says "近日"); the exact date was not seen.
            _TITLE.format(year=2008),
            ["https://news.cdc.net.cn/article/12481.html"],
        )
    ],
    2009: [
        (
            "国办发明电〔2008〕42号",
            None,  # news of 2008-12-10 says "日前下发"; the exact date was not seen.
            _TITLE.format(year=2009),
            ["http://www.xixik.com/content/3cb2fcd5e2d67458/1/"],
        )
    ],
    2010: [
        (
            "国办发明电〔2009〕27号",
            "2009-12-07",
            _TITLE.format(year=2010),
            ["http://wangchao.bztdxxl.com/blog-htm-do-showone-itemid-4497-type-blog.html"],
        )
    ],
    2011: [
        (
            "国办发明电〔2010〕40号",
            "2010-12-09",
            _TITLE.format(year=2011),
            ["https://zh.wikisource.org/zh-hant/国务院办公厅关于2011年部分节假日安排的通知"],
        )
    ],
    2012: [
        (
            "国办发明电〔2011〕45号",
            "2011-12-05",
            _TITLE.format(year=2012),
            ["http://dbehualu.com/5092.html", "https://mudaan.com/wikiid/29677.html"],
        )
    ],
    2013: [
        (
            "国办发明电〔2012〕33号",
            "2012-12-08",
            _TITLE.format(year=2013),
            ["http://www.opticsky.cn/read-htm-tid-64629.html"],
        )
    ],
    2014: [
        (
            "国办发明电〔2013〕28号",
            "2013-12-11",
            _TITLE.format(year=2014),
            ["https://qydsj.cn/news/show-3796.html"],
        )
    ],
    2015: [
        (
            "国办发明电〔2014〕28号",
            "2014-12-16",
            _TITLE.format(year=2015),
            ["https://www.newton.com.tw/wiki/國務院辦公廳關於2015年部分節假日安排的通知"],
        ),
        (
            "国发明电〔2015〕1号",
            "2015-05-13",
            "国务院关于中国人民抗日战争暨世界反法西斯战争胜利70周年纪念日调休放假的通知",
            ["http://m.xuexila.com/news/164029.html"],
        ),
    ],
    2016: [
        (
            "国办发明电〔2015〕18号",
            "2015-12-10",
            _TITLE.format(year=2016),
            ["http://www.gov.cn/zhengce/content/2015-12/10/content_10394.htm"],
        )
    ],
    2017: [
        (
            "国办发明电〔2016〕17号",
            "2016-12-01",
            _TITLE.format(year=2017),
            ["https://zh.wikisource.org/zh/国务院办公厅关于2017年部分节假日安排的通知"],
        )
    ],
    2018: [
        (
            "国办发明电〔2017〕12号",
            "2017-11-30",
            _TITLE.format(year=2018),
            ["https://zh.wikisource.org/zh-hans/国务院办公厅关于2018年部分节假日安排的通知"],
        )
    ],
    2019: [
        (
            "国办发明电〔2018〕15号",
            "2018-12-04",
            _TITLE.format(year=2019),
            ["http://czj.gnzrmzf.gov.cn/info/1282/12573.htm"],
        ),
        (
            "国办发明电〔2019〕3号",
            "2019-03-22",
            "国务院办公厅关于调整2019年劳动节假期安排的通知",
            ["https://csglxh.com/wwwcsglxhcom/zhengce/wenjian/192/397/1856684/1574209/index.htm"],
        ),
    ],
    2020: [
        (
            "国办发明电〔2019〕16号",
            "2019-11-21",
            _TITLE.format(year=2020),
            ["http://gansulong.com/c/0Q25M3X2022_2.html"],
        ),
        (
            "国办发明电〔2020〕1号",
            "2020-01-26",  # signed 2020年1月26日, published 2020-01-27 (copy: tests/data/holiday_notices).
            "国务院办公厅关于延长2020年春节假期的通知",
            [
                "http://gansulong.com/c/0Q25M3X2022_2.html",
                "http://news.iqilu.com/china/gedi/2020/0127/4426056.shtml",
            ],
        ),
    ],
    2021: [
        (
            "国办发明电〔2020〕27号",
            "2020-11-25",
            _TITLE.format(year=2021),
            ["https://0798ci.com/law/95022.html"],
        )
    ],
    2022: [
        (
            "国办发明电〔2021〕11号",
            "2021-10-25",
            _TITLE.format(year=2022),
            ["http://www.beijing.gov.cn/zhengce/zhengcefagui/202110/t20211026_2520500.html"],
        )
    ],
    2023: [
        (
            "国办发明电〔2022〕16号",
            "2022-12-08",
            _TITLE.format(year=2023),
            ["https://zh.m.wikisource.org/zh/国务院办公厅关于2023年部分节假日安排的通知"],
        )
    ],
    2024: [
        (
            "国办发明电〔2023〕7号",
            "2023-10-25",
            _TITLE.format(year=2024),
            ["https://zh.wikisource.org/wiki/国务院办公厅关于2024年部分节假日安排的通知"],
        )
    ],
    2025: [
        (
            "国办发明电〔2024〕12号",
            "2024-11-12",
            _TITLE.format(year=2025),
            ["https://m.gmw.cn/2024-11/12/content_1303894933.htm"],
        )
    ],
    2026: [
        (
            "国办发明电〔2025〕7号",
            "2025-11-04",
            _TITLE.format(year=2026),
            ["https://politics.gmw.cn/2025-11/04/content_38391083.htm"],
        )
    ],
}


# Days whose name from holidays.China does not say what the notice made them. Each correction cites the notice.
NAME_CORRECTIONS: dict[str, str] = {
    # 国办发明电〔2019〕16号: "春节：1月24日至30日放假调休". 1月28日、29日 make up the statutory days that fell on
    # the weekend (补假, 《全国年节及纪念日放假办法》第六条); 1月30日 is a rest day of the 调休 span, swapped with the
    # make-up working day 2月1日 (星期六), not a 补假.
    "2020-01-30": "休息日（春节调休，国办发明电〔2019〕16号）",
}


def _notice_year(day: dt.date) -> int:
    """The year whose notice set ``day``: December arrangements belong to next year's 元旦 (New Year)."""
    # No statutory holiday falls in December, so any December day off or make-up day is part of the
    # next year's New Year arrangement (e.g. 2018-12-29 work, 2018-12-31 off: 国办发明电〔2018〕15号).
    return day.year + 1 if day.month == 12 else day.year  # noqa: PLR2004 - December


def build() -> dict[str, Any]:
    """Build the JSON document from the installed holidays package."""
    china = China(years=range(FIRST_YEAR - 1, LAST_YEAR + 1), language="zh_CN")  # type: ignore[no-untyped-call]
    first_day = dt.date(FIRST_YEAR - 1, 12, 1)
    last_day = dt.date(LAST_YEAR, 12, 31)
    days_off: dict[int, dict[str, str]] = {year: {} for year in NOTICES}
    working: dict[int, list[str]] = {year: [] for year in NOTICES}
    for day, name in sorted(china.items()):
        if first_day <= day <= last_day:
            days_off[_notice_year(day)][day.isoformat()] = NAME_CORRECTIONS.get(day.isoformat(), str(name))
    for day in sorted(china.weekend_workdays):
        if first_day <= day <= last_day:
            working[_notice_year(day)].append(day.isoformat())
    if set(days_off) != set(range(FIRST_YEAR, LAST_YEAR + 1)):
        msg = f"days outside {FIRST_YEAR}..{LAST_YEAR} (a December of {LAST_YEAR} arrangement?)"
        raise SystemExit(msg)
    schedules = [
        {
            "year": year,
            "notices": [
                {"number": number, "date": date, "title": title, "references": refs}
                for number, date, title, refs in NOTICES[year]
            ],
            "days_off": days_off[year],
            "working_days": working[year],
        }
        for year in range(FIRST_YEAR, LAST_YEAR + 1)
    ]
    return {
        "comment": "Generated by scripts/calendar_generate_china.py; do not edit by hand.",
        "source": {"package": "holidays", "version": holidays_version, "class": "holidays.China"},
        "first_year": FIRST_YEAR,
        "last_year": LAST_YEAR,
        "schedules": schedules,
    }


def render() -> str:
    """The file's exact text."""
    return json.dumps(build(), ensure_ascii=False, indent=1) + "\n"


def main() -> int:
    """Write (or with ``--check`` compare) the bundled schedule file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file differs")
    args = parser.parse_args()
    text = render()
    if args.check:
        current = TARGET.read_text(encoding="utf-8") if TARGET.exists() else ""
        if current != text:
            print(f"{TARGET} is out of date: run scripts/calendar_generate_china.py", file=sys.stderr)
            return 1
        return 0
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    TARGET.write_text(text, encoding="utf-8")
    print(f"wrote {TARGET} ({len(text)} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
