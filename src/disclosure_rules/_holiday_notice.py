"""Read the State Council's yearly holiday notice into a :class:`~disclosure_rules.YearSchedule`.

The notice (《国务院办公厅关于YYYY年部分节假日安排的通知》, document type 国办发明电) is published every autumn,
weeks before a ``holidays`` release carries it. Its items are short and regular::

    一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。
    三、清明节：4月5日放假，4月6日（星期一）补休。
    四、劳动节：5月1日放假，与周末连休。

:func:`schedule_from_notice` reads the text as published or as reprinted (full- or half-width punctuation, 周四
or 星期四, ranges such as "至3日" within or across months, dates written without their month, the verbose
2008–2009 wording with "其中……调至……"), checks it, and returns the schedule with the notice's number, date and
title as its source. It never returns part of a year: a text it cannot read completely is refused.

Errors (all :class:`HolidayNoticeError`, a :class:`~disclosure_rules.CalendarScheduleError`)::

    calendar.not_a_notice          the text is not a holiday notice (no title or "……安排通知如下", no items)
    calendar.notice_incomplete     a part is missing or cannot be read (number, signing date, an item, a date)
    calendar.notice_inconsistent   the text contradicts itself (weekday, 共N天, a make-up day on a weekday)
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from html.parser import HTMLParser
from typing import Final

from pydantic import ValidationError

from disclosure_rules._calendar import _SATURDAY, CalendarScheduleError, HolidayNotice, YearSchedule
from disclosure_rules._text import CHINESE_DIGITS

__all__ = ["HolidayNoticeError", "schedule_from_notice"]

_DECEMBER: Final = 12
_WEEKDAYS: Final = "一二三四五六日"
_WEEKDAY_NAMES: Final = ("星期一", "星期二", "星期三", "星期四", "星期五", "星期六", "星期日")
_WEEKDAY_NAMES_EN: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_NUMERALS: Final = ("一", "二", "三", "四", "五", "六", "七", "八", "九", "十", "十一", "十二")

# Reprints use half-width or other dashes and brackets; one canonical form keeps the patterns simple.
_CANONICAL: Final = str.maketrans(
    {
        "(": "（",
        ")": "）",
        ",": "，",
        ":": "：",
        ";": "；",
        "[": "〔",
        "]": "〕",
        "【": "〔",
        "】": "〕",
        "-": "至",
        "—": "至",
        "–": "至",
        "－": "至",
        "~": "至",
        "～": "至",
        "〜": "至",
        "─": "至",
        **{chr(0xFF10 + digit): str(digit) for digit in range(10)},
    }
)
_TITLE = re.compile(r"国务院办公厅关于(\d{4})年部分节假日(?:放假)?安排的通知")
_INTRO = re.compile(r"现将(\d{4})年([^。]{0,60}?)放假调休日期的?具体安排通知如下")
_NUMBER = re.compile(r"(国办?发明电)〔(\d{4})〕(\d{1,3})号")
_ARABIC_DATE = re.compile(r"(\d{4})年(\d{1,2})月(\d{1,2})日")
_CHINESE_DATE = re.compile(
    r"([〇○零一二三四五六七八九]{4})年([一二三四五六七八九十]{1,2})月([一二三四五六七八九十]{1,3})日"
)
_SIGNATURE = re.compile("国务院(?:办公厅)?")
_AMENDING_TITLE = re.compile(
    r"国务院(?:办公厅)?关于(调整|延长)?(?:(\d{4})年)?([^。，：]{2,60}?)(?:假期安排|放假安排|假期|调休放假)的通知"
)
_EXTENSION = re.compile(r"延长(\d{4})年(\S{2,6}?)假期至((?:\d{1,2}月)?\d{1,2}日)")
_PAREN = re.compile(r"（([^（）]*)）")
_WEEKDAY = re.compile(r"(?:星期|周)([一二三四五六日天])")
_DATE = re.compile(r"(?:(?P<y>\d{4})年)?(?:(?P<m>\d{1,2})月)?(?P<d>\d{1,2})日(?:〈(?P<w>\d)〉)?")
_COUNT = re.compile(r"(?:共|放假)(\d{1,2})天")
_CLAUSE = re.compile(r"[，。；]")


class HolidayNoticeError(CalendarScheduleError):
    """A text that is not a State Council holiday notice, or one that cannot be read completely and consistently.

    ``code`` is ``calendar.not_a_notice``, ``calendar.notice_incomplete`` or ``calendar.notice_inconsistent``; the
    message (English; the Chinese in ``message_zh``) names the item and the date.
    """

    code = "calendar.notice_incomplete"


# ---------------------------------------------------------------------------------------------------------
# Text


class _TextOf(HTMLParser):
    """The visible text of an HTML page, one line per block element (scripts and styles dropped)."""

    _BLOCKS: Final = frozenset(
        {"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "td", "section", "title"}
    )

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self._skip = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:  # noqa: ARG002 - HTMLParser API
        if tag in {"script", "style"}:
            self._skip += 1
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in {"script", "style"}:
            self._skip = max(0, self._skip - 1)
        elif tag in self._BLOCKS:
            self.parts.append("\n")

    def handle_data(self, data: str) -> None:
        if not self._skip:
            self.parts.append(data)


def _plain(text: str) -> str:
    if re.search(r"<(?:html|body|p|div|br|span|meta|title)\b", text, flags=re.IGNORECASE):
        parser = _TextOf()
        parser.feed(text)
        parser.close()
        text = "".join(parser.parts)
    # Chinese needs no spaces: dropping every blank joins titles split over lines and "国办 发明电".
    return re.sub(r"\s+", "", text.translate(_CANONICAL))


# The digits of a signing date written in Chinese (二〇二三年十二月十五日): the year digit by digit, with 〇.
_DATE_DIGITS: Final = {**CHINESE_DIGITS, "〇": 0, "○": 0}


def _chinese_number(text: str) -> int:
    digits = _DATE_DIGITS
    if "十" not in text:
        return int("".join(str(digits[char]) for char in text))
    tens, _, units = text.partition("十")
    return (digits[tens] if tens else 1) * 10 + (digits[units] if units else 0)


def _mark_weekdays(text: str) -> str:
    """Replace "（星期四…）" after a date by "〈3〉" and drop every other parenthesis with its content."""

    def replace(match: re.Match[str]) -> str:
        weekday = _WEEKDAY.search(match.group(1))
        if weekday is not None and match.string[: match.start()].endswith("日"):
            return f"〈{_WEEKDAYS.index(weekday.group(1).replace('天', '日'))}〉"
        return ""

    previous = None
    while previous != text:  # innermost first, so nested notes disappear whole
        previous, text = text, _PAREN.sub(replace, text)
    return text


# ---------------------------------------------------------------------------------------------------------
# Items


@dataclasses.dataclass
class _Item:
    number: int
    name: str
    body: str
    rest: dict[dt.date, str] = dataclasses.field(default_factory=dict)
    work: list[dt.date] = dataclasses.field(default_factory=list)

    @property
    def where(self) -> str:
        return f"第{_NUMERALS[self.number - 1]}项（{self.name}）"


@dataclasses.dataclass
class _Token:
    day: dt.date
    weekday: int | None
    end: int  # position after the token in the clause


def _items(region: str) -> list[tuple[int, str]]:
    """The numbered items 一、二、… in order, each up to the next one (or the end of the region)."""
    marks: list[tuple[int, int, int]] = []  # (number, start of the marker, start of the body)
    position = 0
    for number, numeral in enumerate(_NUMERALS, start=1):
        marker = re.compile(rf"(?:^|(?<=[。：]))(?<![一二三四五六七八九十]){numeral}、")
        match = marker.search(region, position)
        if match is None:
            break
        marks.append((number, match.start(), match.end()))
        position = match.end()
    bounds = [start for _, start, _ in marks[1:]] + [len(region)]
    return [(number, region[body:bound]) for (number, _, body), bound in zip(marks, bounds, strict=True)]


def _resolve(match: re.Match[str], year: int, context: dict[str, int], where: str) -> dt.date:
    """The date of a token; a missing month or year comes from the token before it in the item."""
    month_text, year_text = match.group("m"), match.group("y")
    if month_text is None:
        if "month" not in context:
            msg = f"{where}：“{match.group(0)}”没有月份，无法确定日期"
            raise HolidayNoticeError(
                f"{where}: “{match.group(0)}” has no month, so the date is unknown",
                message_zh=msg,
                code="calendar.notice_incomplete",
            )
        month = context["month"]
    else:
        month = int(month_text)
    if year_text is not None:
        resolved_year = int(year_text)
        context[f"year{month}"] = resolved_year
    else:
        resolved_year = context.get(f"year{month}", context.get("year", year))
    context["month"] = month
    context["year"] = resolved_year
    try:
        return dt.date(resolved_year, month, int(match.group("d")))
    except ValueError:
        msg = f"{where}：“{match.group(0)}”不是有效日期"
        raise HolidayNoticeError(
            f"{where}: “{match.group(0)}” is not a valid date",
            message_zh=msg,
            code="calendar.notice_inconsistent",
        ) from None


def _read_item(number: int, body: str, year: int) -> _Item:
    head_end = body.find("：")
    first_digit = re.search(r"\d", body)
    if head_end < 0 or (first_digit is not None and first_digit.start() < head_end):
        head_end = first_digit.start() if first_digit is not None else len(body)
        name, rest_of_body = body[:head_end], body[head_end:]
    else:
        name, rest_of_body = body[:head_end], body[head_end + 1 :]
    name = name.strip("“”\"'").replace("“", "").replace("”", "") or "节假日"
    return _read_clauses(_Item(number=number, name=name, body=rest_of_body), year)


def _read_clauses(item: _Item, year: int, *, require_rest: bool = True) -> _Item:
    context: dict[str, int] = {}
    counted: list[tuple[int, int]] = []  # (stated 共N天, rest days read before it)
    informational: list[dt.date] = []
    for clause in _CLAUSE.split(item.body):
        if not clause or "正常上班" in clause:  # "2月3日（星期一）起正常上班": an ordinary working day
            continue
        tokens = [
            _Token(_resolve(match, year, context, item.where), _weekday(match), match.end())
            for match in _DATE.finditer(clause)
        ]
        for token in tokens:
            if token.weekday is not None and token.day.weekday() != token.weekday:
                msg = (
                    f"{item.where}：文中写{token.day.month}月{token.day.day}日为{_WEEKDAY_NAMES[token.weekday]}，"
                    f"但{token.day.isoformat()}是{_WEEKDAY_NAMES[token.day.weekday()]}"
                )
                raise HolidayNoticeError(
                    f"{item.where}: the text calls {token.day.isoformat()} a {_WEEKDAY_NAMES_EN[token.weekday]}, but it is a {_WEEKDAY_NAMES_EN[token.day.weekday()]}",
                    message_zh=msg,
                    code="calendar.notice_inconsistent",
                )
        stated = [int(value) for value in _COUNT.findall(clause)]
        if clause.endswith("上班"):
            item.work.extend(token.day for token in tokens)
        elif "放假" in clause or clause.endswith(("补休", "调休")):
            days = _rest_days(clause, tokens, item)
            for day in days:
                item.rest[day] = item.name
            if days:
                counted.append((-1, len(days)))
        else:
            informational.extend(token.day for token in tokens)
        counted.extend((value, 0) for value in stated)
    _check_counts(item, counted)
    _check_item(item, informational, require_rest=require_rest)
    return item


def _weekday(match: re.Match[str]) -> int | None:
    marker = match.group("w")
    return None if marker is None else int(marker)


def _rest_days(clause: str, tokens: list[_Token], item: _Item) -> list[dt.date]:
    """The rest days a clause gives: each "A至B" range in full, and each single date."""
    days: list[dt.date] = []
    index = 0
    while index < len(tokens):
        token = tokens[index]
        following = tokens[index + 1] if index + 1 < len(tokens) else None
        if following is not None and clause[token.end : token.end + 1] == "至":
            first, last = token.day, following.day
            if last < first and first.month == _DECEMBER and last.month == 1:
                last = last.replace(year=first.year + 1)
            if last < first:
                msg = f"{item.where}：{first.isoformat()}至{last.isoformat()}的结束日早于开始日"
                raise HolidayNoticeError(
                    f"{item.where}: the range {first.isoformat()} to {last.isoformat()} ends before it starts",
                    message_zh=msg,
                    code="calendar.notice_inconsistent",
                )
            days.extend(first + dt.timedelta(days=offset) for offset in range((last - first).days + 1))
            index += 2
        else:
            days.append(token.day)
            index += 1
    return days


def _check_counts(item: _Item, counted: list[tuple[int, int]]) -> None:
    """Every "共N天" (or "放假N天") equals the rest days of the range stated just before it."""
    last_span: int | None = None
    for stated, span in counted:
        if stated < 0:
            last_span = span
            continue
        if last_span is None:
            msg = f"{item.where}：写明共{stated}天，但之前没有可读的放假日期"
            raise HolidayNoticeError(
                f"{item.where}: states {stated} days in all, but no readable rest day comes before",
                message_zh=msg,
                code="calendar.notice_incomplete",
            )
        if stated != last_span:
            msg = f"{item.where}：写明共{stated}天，但所列放假日期为{last_span}天"
            raise HolidayNoticeError(
                f"{item.where}: states {stated} days in all, but the rest days listed are {last_span}",
                message_zh=msg,
                code="calendar.notice_inconsistent",
            )
        last_span = None


def _check_item(item: _Item, informational: list[dt.date], *, require_rest: bool) -> None:
    if require_rest and not item.rest:
        msg = f"{item.where}：没有读到放假日期"
        raise HolidayNoticeError(
            f"{item.where}: no rest day read", message_zh=msg, code="calendar.notice_incomplete"
        )
    for day in item.work:
        if day.weekday() < _SATURDAY:
            msg = (
                f"{item.where}：{day.month}月{day.day}日（{_WEEKDAY_NAMES[day.weekday()]}）列为上班日，"
                "但调休上班日应为周六或周日"
            )
            raise HolidayNoticeError(
                f"{item.where}: {day.isoformat()} ({_WEEKDAY_NAMES_EN[day.weekday()]}) is listed as a make-up working day, which must be a Saturday or Sunday",
                message_zh=msg,
                code="calendar.notice_inconsistent",
            )
        if day in item.rest:
            msg = f"{item.where}：{day.month}月{day.day}日既列为放假又列为上班"
            raise HolidayNoticeError(
                f"{item.where}: {day.isoformat()} is listed both as a rest day and as a working day",
                message_zh=msg,
                code="calendar.notice_inconsistent",
            )
    for day in informational:
        # "其中……为法定节假日，……公休日调至……": each such date is a rest day read above, a make-up day, or a
        # weekend; any other date means a sentence the parser did not understand.
        if day not in item.rest and day not in item.work and day.weekday() < _SATURDAY:
            msg = f"{item.where}：无法确定{day.month}月{day.day}日是放假还是上班"
            raise HolidayNoticeError(
                f"{item.where}: whether {day.isoformat()} is a rest day or a working day cannot be told",
                message_zh=msg,
                code="calendar.notice_incomplete",
            )


# ---------------------------------------------------------------------------------------------------------
# The notice


def _signatures(text: str, after: int) -> list[tuple[int, dt.date]]:
    """(position, date) of each signature 国务院办公厅 (or 国务院) directly followed by a date, in order."""
    found: list[tuple[int, dt.date]] = []
    for signature in _SIGNATURE.finditer(text, after):
        tail = text[signature.end() : signature.end() + 16]
        arabic = _ARABIC_DATE.match(tail)
        chinese = _CHINESE_DATE.match(tail)
        try:
            if arabic is not None:
                found.append((signature.start(), dt.date(*(int(part) for part in arabic.groups()))))
            elif chinese is not None:
                found.append(
                    (signature.start(), dt.date(*(_chinese_number(part) for part in chinese.groups())))
                )
        except (ValueError, KeyError):
            continue
    return found


def _signing_date(text: str, after: int) -> dt.date | None:
    """The date under the first signature after the items (Arabic or Chinese numerals)."""
    found = _signatures(text, after)
    return found[0][1] if found else None


def _year_and_start(plain: str, title: re.Match[str] | None, intro: re.Match[str] | None) -> tuple[int, int]:
    """The notice's year (title and opening sentence must agree) and where "……如下" ends the opening."""
    anchor = intro if intro is not None else title
    if anchor is None:  # pragma: no cover - the caller checked that one matched
        raise HolidayNoticeError(
            "not a holiday arrangement notice", message_zh="不是节假日安排通知", code="calendar.not_a_notice"
        )
    year = int(title.group(1) if title is not None else anchor.group(1))
    if intro is not None and int(intro.group(1)) != year:
        msg = f"标题为{year}年，正文为{intro.group(1)}年，年份不一致"
        raise HolidayNoticeError(
            f"the title says {year} but the text says {intro.group(1)}",
            message_zh=msg,
            code="calendar.notice_inconsistent",
        )
    start = plain.find("如下", anchor.end() - 2)
    if start < 0:
        msg = f"{year}年通知：未找到“……通知如下”之后的具体安排"
        raise HolidayNoticeError(
            f"the {year} notice: no arrangements found after “……通知如下”",
            message_zh=msg,
            code="calendar.not_a_notice",
        )
    return year, start


def _merge_items(items: list[_Item], year: int) -> tuple[dict[dt.date, str], set[dt.date]]:
    days_off: dict[dt.date, str] = {}
    working: set[dt.date] = set()
    for item in items:
        for day, name in item.rest.items():
            days_off[day] = (
                f"{days_off[day]}; {name}" if day in days_off and name not in days_off[day] else name
            )
        working.update(item.work)
    clash = sorted(set(days_off) & working)
    if clash:
        msg = f"{year}年通知：{clash[0].isoformat()}在一项中放假、在另一项中上班"
        raise HolidayNoticeError(
            f"the {year} notice: {clash[0].isoformat()} is a rest day in one item and a working day in another",
            message_zh=msg,
            code="calendar.notice_inconsistent",
        )
    return days_off, working


def _festival(name: str) -> str:
    """A festival's name without the decorations reprints vary: “五一”国际劳动节 and 劳动节 are the same item."""
    for decoration in ("“五一”", "五一", "国际", "“", "”", '"'):
        name = name.replace(decoration, "")
    return name


def _check_festivals(intro: re.Match[str] | None, items: list[_Item], year: int) -> None:
    """Each festival the opening sentence announces has an item: an abridged reprint is refused, not half-read."""
    if intro is None:
        return
    announced = [_festival(name) for name in re.split(r"[、和]", intro.group(2)) if name]
    covered = "、".join(_festival(item.name) for item in items)
    missing = [name for name in announced if name not in covered]
    if missing:
        msg = f"{year}年通知：开头列出的{'、'.join(missing)}没有对应的放假安排，文本不完整"
        raise HolidayNoticeError(
            f"the {year} notice: the opening names {', '.join(missing)} with no arrangement for it: the text is incomplete",
            message_zh=msg,
            code="calendar.notice_incomplete",
        )


def _document_number(plain: str, given: str | None, year: int) -> str:
    found = _NUMBER.search(plain)
    supplied = None if given is None else _NUMBER.search(_plain(given))
    if given is not None and supplied is None:
        msg = f"发文字号“{given}”不是“国办发明电〔YYYY〕N号”的形式"
        raise HolidayNoticeError(
            f"document number “{given}” is not of the form “国办发明电〔YYYY〕N号”",
            message_zh=msg,
            code="calendar.notice_incomplete",
        )
    chosen = found or supplied
    if chosen is None:
        msg = f"{year}年通知：未找到发文字号（如“国办发明电〔{year - 1}〕N号”）；转载稿缺字号的，可另行提供"
        raise HolidayNoticeError(
            f"the {year} notice: no document number found (such as “国办发明电〔{year - 1}〕N号”); give it separately for a reprint without one",
            message_zh=msg,
            code="calendar.notice_incomplete",
        )
    text = f"{chosen.group(1)}〔{chosen.group(2)}〕{int(chosen.group(3))}号"
    if found is not None and supplied is not None:
        other = f"{supplied.group(1)}〔{supplied.group(2)}〕{int(supplied.group(3))}号"
        if other != text:
            msg = f"{year}年通知：正文发文字号为{text}，另行提供的为{other}，不一致"
            raise HolidayNoticeError(
                f"the {year} notice: the document number is “{text}” in the text but “{other}” as given",
                message_zh=msg,
                code="calendar.notice_inconsistent",
            )
    return text


def _amended(plain: str, base: YearSchedule, number: str | None) -> YearSchedule:
    """``base`` changed by a notice that adjusts or extends one holiday of its year, or adds a one-off one.

    Seen: 国办发明电〔2019〕3号 (劳动节 2019 made 5月1日至4日), 国办发明电〔2020〕1号 (春节 2020 extended to
    2月2日), 国发明电〔2015〕1号 (9月3日至5日 for the 70th anniversary, 9月6日 a working day).
    """
    title = _AMENDING_TITLE.search(plain)
    if title is None:
        msg = "不是节假日安排或调整的通知：未找到“国务院办公厅关于YYYY年部分节假日安排的通知”或“关于调整/延长……假期的通知”"
        raise HolidayNoticeError(
            "not a holiday arrangement or adjustment notice: neither “国务院办公厅关于YYYY年部分节假日安排的通知” nor “关于调整/延长……假期的通知” found",
            message_zh=msg,
            code="calendar.not_a_notice",
        )
    kind, year_text, festival = title.groups()
    year = base.year
    if year_text is not None and int(year_text) != year:
        msg = f"该通知调整的是{year_text}年的安排，所给年度安排为{year}年"
        raise HolidayNoticeError(
            f"the notice adjusts the schedule of {year_text}, but the schedule given is for {year}",
            message_zh=msg,
            code="calendar.notice_inconsistent",
        )
    start = plain.find("如下", title.end())
    if start < 0:
        msg = f"{title.group(0)}：未找到“……如下”之后的具体安排"
        raise HolidayNoticeError(
            f"{title.group(0)}: no arrangements found after “……如下”",
            message_zh=msg,
            code="calendar.not_a_notice",
        )
    region = _mark_weekdays(plain[start + 2 :]).lstrip("。：")
    signed = _signatures(region, 0)
    if not signed:
        msg = f"{title.group(0)}：未找到落款下的成文日期"
        raise HolidayNoticeError(
            f"{title.group(0)}: no date found under the signature",
            message_zh=msg,
            code="calendar.notice_incomplete",
        )
    body = region[: signed[-1][0]]
    document = _document_number(plain, number, year)
    days_off = dict(base.days_off)
    working = set(base.working_days)
    extension = _EXTENSION.search(body)
    if extension is not None:
        _extend(days_off, working, extension, year, title.group(0))
        body = body.replace(extension.group(0), "")
    if kind == "调整":
        days_off = {day: name for day, name in days_off.items() if festival not in name}
    item = _read_clauses(_Item(number=1, name=festival, body=body), year, require_rest=extension is None)
    for day, name in item.rest.items():
        days_off[day] = name
        working.discard(day)
    working.update(item.work)
    for day in item.work:
        days_off.pop(day, None)
    notice = HolidayNotice(number=document, date=signed[-1][1], title=title.group(0))
    return _schedule(year, (*base.notices, notice), days_off, working)


def _extend(
    days_off: dict[dt.date, str], working: set[dt.date], extension: re.Match[str], year: int, title: str
) -> None:
    """Apply "延长2020年春节假期至2月2日": every day after the holiday's last rest day up to that day becomes a rest day."""
    festival = extension.group(2)
    named = [day for day, name in days_off.items() if festival in name]
    if not named:
        msg = f"{title}：所给年度安排中没有{festival}假期，无法延长"
        raise HolidayNoticeError(
            f"{title}: the year's schedule has no {festival} holiday to extend",
            message_zh=msg,
            code="calendar.notice_incomplete",
        )
    target_match = _DATE.search(extension.group(3))
    if target_match is None:  # pragma: no cover - the pattern only matches a date
        raise HolidayNoticeError(
            f"{title}: the date extended to cannot be read",
            message_zh=f"{title}：延长至的日期无法读取",
            code="calendar.notice_incomplete",
        )
    target = _resolve(target_match, year, {"month": max(named).month}, title)
    day = max(named) + dt.timedelta(days=1)
    if target < day:
        msg = f"{title}：延长至{target.isoformat()}，早于{festival}假期的最后一天"
        raise HolidayNoticeError(
            f"{title}: extended to {target.isoformat()}, before the last day of the {festival} holiday",
            message_zh=msg,
            code="calendar.notice_inconsistent",
        )
    while day <= target:
        days_off[day] = f"{festival}（延长）"
        working.discard(day)
        day += dt.timedelta(days=1)


def _schedule(
    year: int, notices: tuple[HolidayNotice, ...], days_off: dict[dt.date, str], working: set[dt.date]
) -> YearSchedule:
    try:
        return YearSchedule(
            year=year,
            notices=notices,
            days_off=dict(sorted(days_off.items())),
            working_days=tuple(sorted(working)),
        )
    except ValidationError as exc:
        message = str(exc.errors()[0].get("msg", "")).removeprefix("Value error, ")
        msg = f"{year}年通知：日期超出该年度（{message}）"
        raise HolidayNoticeError(
            f"the {year} notice: a date outside the year ({message})",
            message_zh=msg,
            code="calendar.notice_inconsistent",
        ) from None


def schedule_from_notice(
    text: str, *, number: str | None = None, amends: YearSchedule | None = None
) -> YearSchedule:
    """The schedule a State Council holiday notice sets, read from its text (plain text or an HTML page).

    Every rest day of every item (ranges in full, weekends inside them included, 补休 days) is a ``days_off``
    entry named after its festival; every "……上班" day is a ``working_days`` entry. The notice's title, number
    (国办发明电〔YYYY〕N号) and signing date become the schedule's :class:`~disclosure_rules.HolidayNotice`.

    Checks: each weekday written next to a date matches the date; each "共N天" equals the span it follows;
    each make-up working day is a Saturday or Sunday; each date the text mentions is accounted for. Raises
    :class:`HolidayNoticeError` (``calendar.not_a_notice``, ``calendar.notice_incomplete``,
    ``calendar.notice_inconsistent``) instead of returning part of a year.

    ``number`` supplies the document number for a reprint that dropped it (many news reprints do); when the
    text has one too, the two must agree. ``amends`` is the year's schedule that a later notice changes (关于调整
    ……假期安排的通知, 关于延长……假期的通知, or a one-off holiday such as 国发明电〔2015〕1号): the result is that
    schedule with the change applied and the notice added to its sources.
    """
    plain = _plain(text)
    title_match = _TITLE.search(plain)
    intro = _INTRO.search(plain)
    if title_match is None and intro is None and amends is not None:
        return _amended(plain, amends, number)
    if title_match is None and intro is None:
        msg = "不是国务院办公厅部分节假日安排的通知：未找到标题“国务院办公厅关于YYYY年部分节假日安排的通知”或“……放假调休日期的具体安排通知如下”"
        raise HolidayNoticeError(
            "not a State Council holiday notice: neither the title “国务院办公厅关于YYYY年部分节假日安排的通知” nor “……放假调休日期的具体安排通知如下” found",
            message_zh=msg,
            code="calendar.not_a_notice",
        )
    year, start = _year_and_start(plain, title_match, intro)
    region = _mark_weekdays(plain[start + 2 :]).lstrip("。：")
    end = region.find("节假日期间")
    if end < 0:
        signature = region.rfind("国务院办公厅")
        end = signature if signature >= 0 else len(region)
    items = _items(region[:end])
    if not items:
        msg = f"{year}年通知：未找到编号为“一、二、……”的放假安排"
        raise HolidayNoticeError(
            f"the {year} notice: no arrangements numbered “一、二、……” found",
            message_zh=msg,
            code="calendar.not_a_notice",
        )
    read = [_read_item(item_number, body, year) for item_number, body in items]
    _check_festivals(intro, read, year)
    document = _document_number(plain, number, year)
    signed = _signing_date(region, end)
    if signed is None:
        msg = f"{year}年通知：未找到落款“国务院办公厅”下的成文日期"
        raise HolidayNoticeError(
            f"the {year} notice: no date found under the signature “国务院办公厅”",
            message_zh=msg,
            code="calendar.notice_incomplete",
        )
    days_off, working = _merge_items(read, year)
    notice = HolidayNotice(
        number=document,
        date=signed,
        title=title_match.group(0) if title_match is not None else None,
    )
    return _schedule(year, (notice,), days_off, working)
