"""Figures stated in the prose of a report, each with the sentence it came from.

Legacy (2008-2020) reports give their numbers only in sentences: items proactively disclosed, by category and
by channel with their shares, requests and answers, fees, reviews and lawsuits. Standard-format reports
repeat some table figures in sections 一 and 六; those are read here too and compared with the tables.
The patterns look for the usual wordings; a sentence they do not recognise is left alone, never guessed at.
"""

from __future__ import annotations

import bisect
import dataclasses
import itertools
import re
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from typing import TYPE_CHECKING, Final

from disclosure_rules._audit._document import cut_digit_runs
from disclosure_rules._audit._result import (
    DERIVED_REQUESTS_CONFIDENCE,
    HEADED_TOTAL_CONFIDENCE,
    OVERVIEW_TOTAL_CONFIDENCE,
    PROSE_CONFIDENCE,
    UNITLESS_FIGURE_CONFIDENCE,
)
from disclosure_rules._labels import LEGACY_PROACTIVE_TOTAL_LABEL, SECTION_HEADINGS
from disclosure_rules._text import BRACKETED, DIGIT, chinese_small_number, nfkc
from disclosure_rules._validation._common import reported_year

# The labels a request count is stated under: one home, since the cross-checks tell the counts apart by them
# (a count received is the year's new requests; one accepted or handled may hold those carried over).
RECEIVED_REQUESTS_LABEL: Final = "收到申请数"
ACCEPTED_REQUESTS_LABEL: Final = "受理申请数"
HANDLED_REQUESTS_LABEL: Final = "办理申请数"

if TYPE_CHECKING:
    from collections.abc import Iterable, Iterator, Sequence

    from disclosure_rules._audit._document import Document


# Not frozen (nothing assigns to a sentence once read): a frozen dataclass sets each field through
# ``object.__setattr__``, 0.85 µs a sentence against 0.17 (1,250 sentences on a 200 KB page of prose); hashed by value
# as before (``unsafe_hash``; tests/audit/test_audit_speed5.py).
@dataclass(slots=True, unsafe_hash=True)
class Sentence:
    """A sentence of prose: its text as published, a normalised copy for matching, and where it is."""

    text: str
    norm: str
    where: str
    section: str  # the numeral of the section it sits in (一 … 八), or "" before the first heading
    paragraph: int = 0
    # the numeral the page prints before that section's heading, where it is not ``section`` (round 47: the outline
    # that opens at 主动公开 prints 一 for the section the rules know as 二); what a user is shown
    printed: str = ""


@dataclass(slots=True)
class StatedFigure:
    """A number stated in prose."""

    name: str
    label: str
    value: int | Decimal
    sentence: Sentence
    share_percent: Decimal | None = None
    share_of: str | None = None
    limit_working_days: int | None = None
    group: str | None = None  # category / channel / timeliness for breakdown figures
    unit: str | None = (
        None  # the part's own unit where it is not its list's ("…发布信息293篇" under "…162条")
    )
    confidence: float = PROSE_CONFIDENCE  # how sure the reading of the sentence is


@dataclass(slots=True)
class Prose:
    """The prose of a page, split into sentences that know their section."""

    sentences: list[Sentence] = field(default_factory=list)

    def in_sections(self, *numerals: str) -> list[Sentence]:
        """Sentences of the given sections; every sentence when the page has no recognisable headings."""
        if not any(s.section for s in self.sentences):
            return self.sentences
        return [s for s in self.sentences if s.section in numerals]

    @property
    def text(self) -> str:
        """All the prose."""
        return "\n".join(s.text for s in self.sentences)


# A sentence runs to its end mark (kept) or to the end of the line. Each pattern below starts with the
# characters it must find, so the engine skips the rest of the text in C instead of trying a look-behind at
# every character (the same matches as ``(?<=[。！？；;!?])|\n`` splits, ``(?:^|(?<=[\s。：:]))一、``, and
# ``(?<![\d,.])\d{1,3}(?:,\d{3})+``; tests/audit/test_audit_fast_paths.py compares them).
_SENTENCE: Final = re.compile(r"[^。！？；;!?\n]*[。！？；;!?]|[^。！？；;!?\n]+")
_HEADING: Final = re.compile(r"([一二三四五六七八])(?<![^\s。：:].)[、,，.．]\s*")
_PROSE_MIN: Final = 8
# A list names two items at least: one count alone is a statement of its own, not a breakdown.
MIN_LIST_ITEMS: Final = 2


_THOUSANDS: Final = re.compile(r"(\d(?<![\d,.]\d)\d{0,2})((?:,\d{3})+)(?![\d,])")
_A_THOUSANDS_GROUP: Final = re.compile(r",\d{3}")
_HELD_BREAK: Final = "\0"  # a sentence's line break while the spaces go: a character ``str.split`` keeps


def _without_spaces(lines: str) -> str:
    r"""``lines`` without the characters ``\s`` matches but their line breaks: each line as ``"".join(line.split())``.

    ``str.split`` drops them in C (a pattern with a class tests every character of the page), once over the whole
    text with its line breaks held by a NUL (no space to ``str.split``) instead of once a line (1,254 lines on
    ``prose_200KB``); line by line where the text holds a NUL itself (tests/audit/test_audit_speed14.py).
    """
    if _HELD_BREAK in lines:
        return "\n".join("".join(line.split()) for line in lines.split("\n"))
    return "".join(lines.replace("\n", _HELD_BREAK).split()).replace(_HELD_BREAK, "\n")


def _norms(texts: list[str]) -> list[str]:
    """Each sentence as the figure patterns read it: NFKC, no spaces, quotes or thousands separators.

    One pass over all of them joined by line breaks (no sentence holds one): NFKC keeps a line break, never
    makes one and never joins characters across it; no other step matches it.
    """
    if not texts:
        return []
    joined = _without_spaces(nfkc("\n".join(texts))).replace("“", "").replace("”", "")
    if _A_THOUSANDS_GROUP.search(joined) is not None:  # what every match holds, found from its comma in C
        joined = _THOUSANDS.sub(lambda match: match.group(1) + match.group(2).replace(",", ""), joined)
    # Spaced digits ("1 1 1 …") make a run once the spaces go: cut it as the page's own runs are cut (no figure is
    # that long), or every figure pattern scans it from each of its digits (quadratic: 60 KB took 6 s).
    return cut_digit_runs(joined)[0].split("\n")


_SECTION_KEYWORDS: Final = {
    "一": ("总体", "概述", "基本", "概况"),
    "二": ("主动公开",),
    "三": ("申请",),
    "四": ("复议", "诉讼"),
    "五": ("问题", "改进", "收费", "复议"),
    "六": ("其他", "问题", "改进", "收费"),
    "七": ("其他", "问题", "改进"),
    "八": ("其他",),
}
# Section titles of the standard format, from _labels: their first words identify a heading.
_TITLE_WORDS: Final = {heading.numeral: heading.title[:2] for heading in SECTION_HEADINGS}
# What may follow each heading numeral (``_HEADING`` matches only these eight), built once.
_HEADING_WORDS: Final = {
    numeral: (*_SECTION_KEYWORDS.get(numeral, ()), _TITLE_WORDS.get(numeral, "\0"))
    for numeral in "一二三四五六七八"
}


def read_prose(document: Document) -> Prose:
    """The sentences of a page's prose (paragraphs, and the text of long table cells in layout tables)."""
    # Each sentence is made as it is found, its norm set once all are normalised together (a sentence is not frozen,
    # and nothing reads it before): no tuple per sentence to make and unpack (tests/audit/test_audit_speed14.py).
    sentences: list[Sentence] = []
    section = printed = ""
    paragraph = 0
    shifted = any(
        not block.cells and "主动公开" in block.text and _opens_at_proactive(block.text)
        for block in document.blocks
    )
    for block in document.blocks:
        if block.cells:
            continue
        for text, marked in _lines_and_marks(block.text):
            if not text.strip():
                continue
            paragraph += 1
            where = f"第{block.row}行" if document.kind == "text" and block.row else f"第{paragraph}段"
            # Headings may stand inside a paragraph (text a crawler flattened): cut there too.
            pieces = _split_at_headings(text, shifted=shifted) if marked else [("", "", text)]
            for heading, numeral, piece in pieces:
                if heading:
                    section, printed = heading, ("" if numeral == heading else numeral)
                for raw in _SENTENCE.findall(piece):
                    said = raw.strip()
                    if len(said) >= 2:  # noqa: PLR2004 - skip stray punctuation
                        sentences.append(Sentence(said, "", where, section, paragraph, printed))
    for sentence, norm in zip(sentences, _norms([sentence.text for sentence in sentences]), strict=True):
        sentence.norm = norm
    return Prose(sentences)


def _lines_and_marks(text: str) -> Iterator[tuple[str, bool]]:
    """Each line of a block's ``text``, and whether it holds a heading's numeral and mark (``_HEADING_MARK``).

    The block's next mark is found once and then from line to line, not in each line: a line before it holds none, so
    it is one piece with no cut at headings (a mark is two characters, neither a line break: it stands inside one line;
    tests/audit/test_audit_speed14.py compares the two).
    """
    mark = _HEADING_MARK.search(text)
    line_end = -1  # where the line ends in the block: its line break, or the block's end
    for line in text.split("\n"):
        line_end += 1 + len(line)
        marked = mark is not None and mark.start() < line_end
        if marked:
            mark = _HEADING_MARK.search(text, line_end + 1)
        yield line, marked


# A heading run into what stands before it (a page flattened to one line: ``…行政事业性收费0三、收到和处理…``): with
# nothing to set it apart, only the section's full official title after its numeral makes it a heading.
_GLUED_HEADING: Final = re.compile(
    "|".join(
        f"({heading.numeral})[、,，.．]\\s*(?={heading.title.replace('、', '[、与和及,，]')})"
        for heading in SECTION_HEADINGS
    )
)


_HEADING_MARK: Final = re.compile(r"[一二三四五六七八][、,，.．]")  # what ``_HEADING`` needs
_NUMERAL_MARK: Final = re.compile(f"[{''.join(heading.numeral for heading in SECTION_HEADINGS)}][、,，.．]")


def _headings(text: str) -> list[tuple[int, int, str]]:
    """Where headings stand in a line: start, end of the numeral's mark, numeral."""
    if _HEADING_MARK.search(text) is None:  # both patterns need a numeral and its mark: most lines have none
        return []
    found = {match.start(): (match.start(), match.end(), match.group(1)) for match in _HEADING.finditer(text)}
    # Every glued heading starts with a numeral and its mark: the search for that pair runs in C, and the
    # alternation of eight titles (tried at every character: no literal starts it) only from the first pair on.
    first = _NUMERAL_MARK.search(text)
    if first is not None and ("、" in text or "," in text or "，" in text or "." in text):
        for match in _GLUED_HEADING.finditer(text, first.start()):
            numeral = next(group for group in match.groups() if group)
            found.setdefault(match.start(), (match.start(), match.end(), numeral))
    return [found[start] for start in sorted(found)]


# Round 46: the 2008-2018 outline that opens at 主动公开 (条例 第三十二条's items in order, no 概述: 一、主动公开 …
# 二、依申请公开 … 三、收费及减免 … 四、行政复议、行政诉讼) numbers its sections one below the outline
# ``_SECTION_KEYWORDS`` knows (一 概述, 二 主动公开, 三 依申请, …), so its first three headings were no headings and their
# sentences had no section. On a page whose 一 is 主动公开, a heading is the section its own words name.
_OUTLINE_OPENING_AT_PROACTIVE: Final = re.compile(r"一[、.．]\s*(?:政府信息)?主动公开")
_FIRST_HEADING_MARKS: Final = ("一、", "一.", "一．")


def _opens_at_proactive(text: str) -> bool:
    """Whether a line of ``text`` is the heading 一、主动公开… (the lines' starts tested first, in C)."""
    return any(
        line.startswith(_FIRST_HEADING_MARKS) and _OUTLINE_OPENING_AT_PROACTIVE.match(line) is not None
        for line in (raw.lstrip() for raw in text.split("\n"))
    )


_SHIFTED_HEADING_WORDS: Final = (
    (("复议", "诉讼"), "四"),
    (("收费",), "五"),
    (("依申请", "申请公开", "公开申请"), "三"),
    (("主动公开",), "二"),
)


def _shifted_section(after: str) -> str:
    """The section a heading of the outline opening at 主动公开 names by its words (round 46), or ``""``."""
    return next((section for words, section in _SHIFTED_HEADING_WORDS if any(w in after for w in words)), "")


def _split_at_headings(text: str, *, shifted: bool = False) -> list[tuple[str, str, str]]:
    """The line cut at its headings: each piece's section, the numeral the page printed before it, the piece."""
    pieces: list[tuple[str, str, str]] = []
    position = 0
    current = printed = ""
    for start, end, numeral in _headings(text):
        after = text[end : end + 24]
        section = _shifted_section(after) if shifted else ""
        if not section and any(word in after for word in _HEADING_WORDS[numeral]):
            section = numeral
        if not section:
            continue
        if start > position:
            pieces.append((current, printed, text[position:start]))
        current, printed = section, numeral
        position = start
    pieces.append((current, printed, text[position:]))
    return pieces


# --------------------------------------------------------------------------------------------------
# Title, year, agency, period
# --------------------------------------------------------------------------------------------------

_YEAR_IN_TITLE: Final = re.compile(r"((?:19|20)\d{2})\s*年")
_PERIOD: Final = re.compile(
    r"((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日(?:起)?(?:至|到|-|—|~|－)(?:((?:19|20)\d{2})年)?(\d{1,2})月(\d{1,2})日"
)
_CUTOFF: Final = re.compile(r"截[止至]((?:19|20)\d{2})年(\d{1,2})月(\d{1,2})日")


def _period_dates(match: re.Match[str]) -> tuple[date, date] | None:
    """A stated period's first and last day; ``None`` for a date that does not exist or an end before the start."""
    start_year = int(match.group(1))
    end_year = int(match.group(4)) if match.group(4) else start_year
    try:
        start = date(start_year, int(match.group(2)), int(match.group(3)))
        end = date(end_year, int(match.group(5)), int(match.group(6)))
    except ValueError:
        return None
    return (start, end) if end >= start else None


def period_year(match: re.Match[str]) -> int:
    """The year a stated statistics period reports on (``reported_year``); an impossible date keeps the first year."""
    dates = _period_dates(match)
    return reported_year(*dates) if dates is not None else int(match.group(1))


_TITLE_END: Final = re.compile(r"(?:报告|年报|汇报)$")
# In a title the year may lack its 年: "西藏自治区政府国资委2020政府信息公开工作年度报告".
_TITLE_YEAR: Final = re.compile(r"((?:19|20)\d{2})\s*(?:年|(?=年度|政府信息|政务))")
# A field of a government site's information table (信息公开目录's 索引号 / 发布机构 / 发文日期 …) marks a metadata
# line: its date is when the page was published (the year after the report's), never the report's year, and the
# line is never the title however it ends (`主题分类: 政府信息公开年报`); blind set 61's jiading_sthjj_2020.
_METADATA_FIELD: Final = r"(?:索引号|发布机构|发文日期|成文日期|发布日期|发布时间|主题分类|文号|关键词|浏览次数|信息来源|来源|字体)\s*[:：]"
_NOT_A_TITLE: Final = re.compile(
    r"^(?:根据|本报告|本年度报告|除|现将|现公布|按照|首页|当前位置)|[,，。；;]|>|" + _METADATA_FIELD
)


def find_title(document: Document, prose: Prose) -> str | None:
    """The report's title: the page's own (meta/title) or the first line that reads like one.

    A title set on two lines is joined: the agency on one line and "2024年…年度报告" on the next, or a title
    broken inside its words ("西藏自治区审计厅2025年政务信息 / 公开工作开展年度报告").
    """
    candidates: list[str] = []
    if document.title:
        candidates.append(re.split(r"[_|]| - ", document.title)[0].strip())
    lines = [s.text.strip() for s in prose.sentences[:40]]
    candidates.extend(line for line in lines if len(line) <= _TITLE_MAX)
    titles = [c for c in map(_clean_title, candidates) if _is_title(c)]
    title = titles[0] if titles else None
    if title is not None and _TITLE_YEAR.match(title):  # no agency before the year: is it on the line above?
        for above, line in itertools.pairwise(lines):
            if line == title and _AGENCY_LINE.search(above) and not _NOT_A_TITLE.search(above):
                return above + title
        # or a later title line names it ("2021年年报" in the navigation, then "芦庙乡人民政府2021年…报告")
        year = title[:4]
        named = next((t for t in titles[1:] if not _TITLE_YEAR.match(t) and year in t), None)
        if named is not None:
            return named
    if title is None:
        for line, following in itertools.pairwise(lines):
            joined = _clean_title(line + following)
            if not _TITLE_END.search(line) and len(joined) <= _TITLE_MAX and _is_title(joined):
                return joined
    return title


def _clean_title(candidate: str) -> str:
    return re.sub(r"^(?:标题|题目)[:：]\s*", "", candidate).strip()


def _is_title(text: str) -> bool:
    return bool(_TITLE_END.search(text) and _TITLE_YEAR.search(text) and not _NOT_A_TITLE.search(text))


# A line that is only an agency's name (the line above a title that starts with its year).
_AGENCY_LINE: Final = re.compile(
    r"^[\u4e00-\u9fff（）()]{2,30}(?:政府|办公室|办公厅|局|委员会|委|厅|署|镇|乡|街道|办事处|中心|管委会|苏木)$"
)
_TITLE_MAX: Final = 60  # a title line is short


def find_year(title: str | None, prose: Prose, before: int | None = None) -> int | None:
    """The year the report covers: from its title, else its statistics period, else the commonest year.

    ``before``: the year the page was published; a report is on an earlier year, so later ones are not counted.
    """
    if title:
        match = _TITLE_YEAR.search(title)
        if match:
            return int(match.group(1))
    for sentence in prose.sentences[:60]:
        match = _PERIOD.search(sentence.norm)
        if match:
            return period_year(match)
    counts: dict[int, int] = {}
    dates: dict[int, int] = {}  # years of a whole date (年M月D日): the day the page was written or published
    text = prose.text[:20000]
    for match in _YEAR_IN_TITLE.finditer(text):
        if before is None or int(match.group(1)) < before:
            tally = dates if _WHOLE_DATE.match(text, match.end()) else counts
            tally[int(match.group(1))] = tally.get(int(match.group(1)), 0) + 1
    counts = counts or dates  # a page naming its years only in whole dates: they are all it says
    return max(counts, key=lambda year: counts[year]) if counts else None


# ``2019年3月26日本年度报告…``: a whole date is when something happened (the page's writing, a meeting), the year
# the report covers is named on its own (``2018年共…公开…``); blind set 11's xuancheng_gxq_2018_mirror.
_WHOLE_DATE: Final = re.compile(r"\s*\d{1,2}\s*月\s*\d{1,2}\s*日")


_PUBLISHED: Final = re.compile(
    r"(?:发布日期|发文日期|成文日期|发布时间|公开日期|时间|日期)[:：]?\s*((?:19|20)\d{2})\s*[-/年.]\s*(\d{1,2})"
)
_URL: Final = re.compile(r"https?://[^\s\"'<>（）()]+")
_URL_DATE: Final = (
    re.compile(r"[/_]t?((?:19|20)\d{2})(\d{2})(?:\d{2})?[/_]"),
    re.compile(r"/((?:19|20)\d{2})[-/](\d{1,2})(?:[-/]\d{1,2})?/"),
)
# A report is published in the first half of the year after the one it covers (by 31 January from the
# 2019 reports on, by 31 March before): a page dated January–June of Y is on Y - 1.
_LAST_PUBLISHING_MONTH: Final = 6


def _year_before(year: int, month: int) -> int | None:
    return year - 1 if 1 <= month <= _LAST_PUBLISHING_MONTH else None


# The page's own publication date, named as one (not a bare 时间/日期, which may be a meeting's or a training's).
_PUBLISHED_ON: Final = re.compile(
    r"(?:发布日期|发文日期|成文日期|发布时间|公开日期)[:：]?\s*((?:19|20)\d{2})\s*[-/年.]\s*(\d{1,2})"
)


def publication_date(page: str) -> tuple[int, int] | None:
    """The year and month the page says it was published (发布日期/发布时间 …), whatever the month."""
    match = _PUBLISHED_ON.search(page[:3000])
    return (int(match.group(1)), int(match.group(2))) if match else None


def find_year_evidence(
    title: str | None, prose: Prose, page: str, source: str | None = None
) -> tuple[int | None, str | None]:
    """The year the report covers and which evidence gave it.

    In this order: the title; the statistics-period sentence; the page's publication date (early in a year:
    the year before); a date in the page's address; the year the prose names most. ``(None, None)`` when the
    page gives no year at all.
    """
    if title and (match := _TITLE_YEAR.search(title)):
        return int(match.group(1)), "标题"
    for sentence in prose.sentences[:60]:
        if match := _PERIOD.search(sentence.norm):
            return period_year(match), "统计期限"
    head = page[:3000]
    for match in _PUBLISHED.finditer(head):
        year = _year_before(int(match.group(1)), int(match.group(2)))
        if year is not None:
            return year, f"发布日期（{match.group(1)}年{int(match.group(2))}月发布，报告上一年度）"
    addresses = [source] if source and source.startswith(("http://", "https://")) else []
    addresses.extend(_URL.findall(head))
    for address in addresses:
        for pattern in _URL_DATE:
            for match in pattern.finditer(address):
                year = _year_before(int(match.group(1)), int(match.group(2)))
                if year is not None:
                    return year, f"网址（{match.group(1)}年{int(match.group(2))}月发布，报告上一年度）"
    published = publication_date(page)
    year = find_year(None, prose, before=published[0] if published else None)
    return (year, "正文中出现最多的年份") if year is not None else (None, None)


def find_agency(title: str | None) -> str | None:
    """The agency's name as the title gives it (the words before the year)."""
    if not title:
        return None
    match = _TITLE_YEAR.search(title)
    name = title[: match.start()] if match else ""
    if match and not name.strip():
        # "2019年上海市人民政府办公厅政府信息公开工作年度报告": the name follows the year.
        name = re.split(r"政府信息公开|政务公开|信息公开|年度", title[match.end() :])[0]
        name = re.sub(r"^度", "", name)
    name = re.sub(r"^(?:关于|标题[:：])", "", name).strip(" ：:")
    return name or None


_NAMED_IN_PROSE: Final = re.compile(
    r"(?:公布|编制|发布|公开|将|是)《?([\u4e00-\u9fff（）()]{2,30}?)(?:19|20)\d{2}年度?政府信息公开(?:工作)?年度报告"
)


def find_agency_in_prose(prose: Prose) -> str | None:
    """The agency as the preamble names it ("现公布兴仁市人民政府2022年政府信息公开工作年度报告")."""
    for sentence in prose.sentences[:12]:
        for match in _NAMED_IN_PROSE.finditer(sentence.norm):
            name = match.group(1)
            if not name.startswith(("我", "本")) and not any(word in name for word in _NOT_A_NAME):
                return name
    return None


# Words of a notice's title, not of a name ("《…办公室关于做好2021年政府信息公开工作年度报告…的通知》").
_NOT_A_NAME: Final = ("关于", "做好", "通知", "印发")


def find_period(prose: Prose, year: int) -> tuple[date, date, Sentence | None]:
    """The statistics period a report states; the whole year when it states none."""
    for sentence in prose.sentences:
        match = _PERIOD.search(sentence.norm)
        if match and period_year(match) == year and (dates := _period_dates(match)) is not None:
            return dates[0], dates[1], sentence
    for sentence in prose.sentences:
        match = _CUTOFF.search(sentence.norm)
        if match and int(match.group(1)) == year and ("公开" in sentence.norm or "统计" in sentence.norm):
            try:
                return date(year, 1, 1), date(year, int(match.group(2)), int(match.group(3))), sentence
            except ValueError:
                continue
    return date(year, 1, 1), date(year, 12, 31), None


# --------------------------------------------------------------------------------------------------
# Legacy figures
# --------------------------------------------------------------------------------------------------

_NUM: Final = r"(\d+(?:\.\d+)?)"
# The words between a figure and its share or time limit are bounded ({0,40}): an unbounded lazy run tried
# from every "N条" of a sentence made reading quadratic in the number of figures (40,000 characters: 14 s).
_PROACTIVE_TOTAL: Final = re.compile(
    # 主动公开全市各类政府信息共计3437条 · 主动公开的政府信息有8条 · 公布政府信息2599条 · 信息 10300条
    # 累计公开公安政府信息184条: the agency's field in two characters right before 政府信息
    r"(?:主动)?(?:公开|公布)(?:[或和及]更新)?(?:了)?(?:的)?(?:全市|全区|全县|全镇|全乡|本机关|本单位)?(?:各类|各项)?"
    r"(?:(?!其他|其余|部分|重点|相关|有关|涉及|各类|各项)[\u4e00-\u9fff]{2}(?=政府信息|政务信息))?(?:政府|政务)?信息"
    # 主动公开政府信息的数6条 (round 13) · 主动公开信息的有5条 (round 15: 的 before the verb)
    r"(?:的?(?:数|总数|数量)|的(?=有|为|共|达))?"
    # 共主动公开政府信息(公文平台发文)113条: a qualifier in brackets, no digit in it, before the count (round 15)
    r"(?:\([^()\d]{1,24}\))?"
    # 主动公开政府信息2024年全年共计6条: the year between the words and the count (round 20)
    r"(?:\d{4}年度?(?:全年)?(?=共|累计|合计|总计))?"
    r"(?:有|为|共|达|计|累计|合计|总计|共计)*\s*(\d+)\s*(?:条|篇)(?![,，]?占)"
    # 主动公开143条信息 · 主动公开的162条信息中 (round 19: the total opening its breakdown)
    r"|(?:主动)?公开(?:了)?\s*(\d+)\s*条(?:政府|政务)?信息(?![,，]?占)"
    r"|主动公开的(?:各类)?\s*(\d+)\s*条(?:政府|政务)?信息中"
    # 主动公开内容共18条 (round 19: what was disclosed, named 内容; 法定主动公开内容 is a category)
    r"|(?<!法定)主动公开(?:的)?内容(?:共|共计|合计|总计)?\s*(\d+)\s*(?:条|篇)(?![,，]?占)"
    # 主动公开发布各类信息7条 (round 19: both verbs, 主动 written: not one channel's 公开发布)
    r"|主动公开发布(?:了)?(?:各类|各项)?(?:政府|政务)?信息(?:共|共计|合计)?\s*(\d+)\s*(?:条|篇)(?![,，]?占)"
    # 共发布政府信息3433条 (the government's own information, not 信息稿件 or a channel's posts)
    # 累计发布各类信息90条 · 共向社会发布信息40条 (round 26: 各类 or 向社会 says every item, no 政府 needed)
    r"|发布(?:了)?(?:各类(?:政府|政务|公开)?|(?:政府|政务|公开))信息(?:共|共计|合计)?\s*(\d+)\s*条(?![,，]?占)"
    r"|向社会发布(?:了)?(?:各类)?信息(?:共|共计|合计)?\s*(\d+)\s*条(?![,，]?占)"
    # 通过政府网站主动公开类信息9条 (round 46, blind 42's ``wuqia_wuqiazhen_2022``): the information of the proactive
    # kind, 类 after the verb — the same total; not a catch-all part (其他/其余…类信息)
    r"|主动公开类(?<!其他主动公开类)(?<!其余主动公开类)(?:政府|政务)?信息(?:共|共计|合计|为|有)?\s*(\d+)\s*(?:条|篇)(?![,，]?占)"
    # 政务信息公开主动公开总数146条 (round 26: the count named 主动公开总数)
    r"|主动公开(?:信息)?总数(?:为|共|达)?\s*(\d+)\s*(?:条|篇)(?![,，]?占)"
    # 政府信息主动公开170篇 · 全镇政府信息公开566条 · 政府信息主动公开数为2918条 (round 22: its number named)
    r"|信息主动公开(?:的?(?:数|总数|数量)(?:为|共|达)?)?\s*(\d+)\s*(?:条|篇)(?![,，]?占)"
    r"|^(?:\d{4}年度?)?(?:全市|全区|全县|全镇|全乡|全街道)?(?:政府|政务)信息公开(?:共|共计|合计|总数|数量)?\s*(\d+)\s*(?:条|篇)(?![,，]?占)"
    # 主动公开最新要闻、视频新闻、公示公告…等信息1254条 · 主动向社会公开政策文件、…、行政处罚等信息1851条 ·
    # 主动公开发布包括政府工作、惠民服务…等各项工作动态信息共计19条
    # 主动公开涉及疫情防控、社会救助…等方面信息423条 · 主动公开政策文件、…、财政预决算信息等内容139条 (round 25)
    r"|主动(?:向社会)?公开[^,，;；。]{2,80}?等(?:方面|领域)?(?:的)?(?:各项|各类)?(?:政府服务|政府|工作动态|政务)?(?:信息|内容)"
    r"(?:共计|共|合计)?\s*(\d+)\s*条(?![,，]?占)"
    # 通过宣传栏…等方式公开乡村振兴战略政策、…等各类政府信息96条 (all kinds: the total, 主动 or not)
    r"|公开[^,，;；。]{2,80}?等各类(?:政府|政务)?信息(?:共计|共|合计)?\s*(\d+)\s*条(?![,，]?占)"
    # 公开各类部门文件、工作计划总结、…、财政资金等信息318条: every kind (各类 … 等), the total (round 13)
    r"|公开(?:了)?各类[^,，;；。]{2,80}?等(?:政府|政务)?信息(?:共计|共|合计)?\s*(\d+)\s*条(?![,，]?占)"
    # 主动公开政府信息数（不同渠道和方式公开相同信息计1条）计62条: a qualifier between the count's name and it
    r"|主动公开(?:政府)?信息(?:数|数量|总数)[^,，;；。\d]{0,24}?(?:计|共|为|达)\s*(\d+)\s*条(?![,，]?占)"
    # 主动公开《…部门预算公开》《…部门决算》2条 (round 28, blind 26's ``chengcheng_yaotou_2023``): the documents
    # disclosed named by title, then their count — every item of the year, no channel's
    r"|主动公开(?:了)?(?:《[^《》,，;；。]{1,60}》[、和及]?){1,12}(?:等)?(?:文件|信息)?(?:共|共计|合计)?\s*(\d+)\s*"
    r"(?:条|篇)(?![,，]?占)"
)
# Items NOT disclosed (round 15): "不予公开信息有10条" matches the total's words after its negation, which the
# pattern cannot see (it starts at 公开). A count so negated is never the proactive total.
_WITHHELD_BEFORE: Final = re.compile(r"(?:不予|免予|免于|暂不|暂缓|不宜|无需|无须|不|未|非)(?:主动)?$")


# The words that name a channel an item goes out on, by kind: one home for them (round 34). Each channel pattern is
# built from the kinds it takes (``_channel_words``); where one takes a word more or fewer, its comment says why. Every
# pattern built so is used as a yes/no test or anchored at both ends, so the order of the words changes no answer.
CHANNEL_WORDS: Final[dict[str, tuple[str, ...]]] = {
    "website": ("网站", "网", "门户"),
    "new_media": ("微信", "微博", "公众号", "新媒体", "客户端", "抖音", "头条"),
    "board": ("公开栏", "宣传栏", "公示栏", "公告栏", "政务栏"),
    "screen": ("电子屏", "显示屏"),
    "press": ("报刊", "报纸", "电视", "广播"),
    "platform": ("平台",),
    "app": ("APP", "App", "app"),
}
# The verbs that put an item on a channel. A closing channel (and so a list's breakers) takes them with the two most
# common accounts only (微博, 微信), not 依托: a part naming a website ("网站319条") is a channel's part of a list, not a
# new statement.
_CHANNEL_VERBS: Final = ("通过", "利用", "采用", "依托")
_CLOSING_CHANNEL: Final = ("通过", "采用", "利用", "微博", "微信")
# The words for a means an item goes out by (渠道, 方式 …): a sentence naming channels "等…载体" names them all
# (``_ALL_CHANNELS``); "其他方式" is the remainder of a list of channels (``_OTHER_CHANNEL``, ``_CHANNEL_KIND``: 载体 and
# 平台 never follow 其他 there). ``_CHANNEL_VIEWPOINT`` takes its own words in its own order (an opening's span is used).
_MEANS: Final = ("载体", "方式", "渠道", "平台", "途径", "形式")
_OTHER_MEANS: Final = "其他(?:" + "|".join(word for word in _MEANS if word not in {"载体", "平台"}) + ")"
# Words a narrower pattern leaves out of a kind it takes, or a longer form it adds: named once each. The boards the list
# patterns met (no 公告栏, 政务栏); the video accounts, channels to what a part counts by, named by no list pattern.
_BOARDS_NAMED_SO_FAR: Final = ("公开栏", "宣传栏", "公示栏")
_VIDEO_ACCOUNTS: Final = ("快手", "视频号")


def _channel_words(*kinds: str, add: tuple[str, ...] = (), drop: tuple[str, ...] = ()) -> str:
    """An alternation of the words of ``kinds`` (``CHANNEL_WORDS``), with ``add`` and without ``drop``."""
    words = [word for kind in kinds for word in CHANNEL_WORDS[kind] if word not in drop]
    words.extend(word for word in add if word not in words)
    return "|".join(sorted(words, key=lambda word: (-len(word), word)))


# A channel right before the total's words, as the clause's subject: "政府网站公开信息数71条" · "政务微博发布…". Every kind;
# the accounts as named (头条号, 抖音号: a clause ending in 头条 alone was never taken for a channel's subject).
_CHANNEL_SUBJECT: Final = re.compile(
    "(?:"
    + _channel_words(
        "website",
        "new_media",
        "board",
        "screen",
        "press",
        "platform",
        "app",
        add=("头条号", "抖音号"),
        drop=("头条",),
    )
    + r")(?:上|中|内)?(?:共|累计|共计)?$"
)


def _proactive_count(clause: str) -> bool:
    """Whether ``clause`` counts all items proactively disclosed (read or not): 主动公开 and a count in 条/篇.

    Not a part (其中, a category's 类, a share's 占) nor requests (申请).
    """
    return (
        "主动公开" in clause
        and not any(word in _EVERY_KIND.sub("", clause) for word in ("申请", "其中", "类", "占"))
        and _ITEM_COUNT.search(clause) is not None
    )


# The round-26 wordings of every item published with no 政府/政务 (``_PROACTIVE_TOTAL``), and a channel's words.
_EVERY_POST: Final = re.compile(r"(?:发布(?:了)?各类信息|向社会发布)")
# (the round-26 guard took the channels its pages named: websites, new media, platforms and two boards; the other
# boards, screens, press and apps are not added, so that no answer changes in the tidy of round 34)
_A_CHANNEL: Final = re.compile(_channel_words("website", "new_media", "platform", add=("公开栏", "宣传栏")))


# 各类 is every kind, not a category's name (round 21: "全年通过各类平台主动公开政府信息共计102条" is the year's total).
_EVERY_KIND: Final = re.compile(r"各类")


def _withheld(clause: str, found: re.Match[str]) -> bool:
    """Whether the total's words ``found`` in ``clause`` follow a negation: a count of items withheld."""
    return _WITHHELD_BEFORE.search(clause, 0, found.start()) is not None


# "累计" is the year's total in "主动公开政府信息累计204条" and "截止2017年11月25日，累计主动公开政府信息17条" (not after
# "截至…年底": round 17, below), but a
# total over several years after "《条例》实施以来", "历年", "至今": such a sentence gives no total, and the clause
# after it (a channel, a part) is not its stand-in either.
# 到目前/到现在/迄今 (round 16: "本单位到目前累计主动公开政府信息100条", ziyang_nanxun_2014) are running totals too.
# "自2016年1月1日到12月31日累计…915条" (yuecheng_dongpu_2016, round 18) is the year's own period, not a start.
_SINCE_INCEPTION: Final = re.compile(
    r"以来|历年|至今|迄今|自(?P<since>\d{4})年(?!1月1日起?(?:到|至)(?:(?P=since)年)?12月31日)|截[至止](?:目前|今|当前|现在)"
    r"|到(?:目前|现在|当前)"
)
# A count 累计 up to the year's end in words ("截至2010年底,累计主动公开政府信息20条", "到2015年底累计…60条", "截止2010年末,
# 累计公开信息总数7条", "截至2019年12月底,累计…") may be the year's or every year's since the office began: readers disagree
# (round 17, blind set 15), so the auditor states neither — the sentence gives no total, unless its words make the count
# the year's (本年度累计, 全年累计, 今年累计). A cut-off on a day ("截止2017年11月25日，累计主动公开政府信息17条", issue 8's
# seed; "截至2021年12月31日,累计…") stays the year's, as every development reading and the seed's acceptance test take it:
# a convention, not a certainty (docs/audit.md, "Seventeenth round"). A period's end ("1月1日到12月31日") is no cut-off.
_CUT_OFF_BEFORE_RUNNING: Final = re.compile(
    r"(?:截[至止]|(?<![年月日\d])到)(?:(?:19|20)\d{2}年|本年|今年)?(?:\d{1,2}月)?年?(?:底|末)[^。；;]*?累计"
)
_YEARS_OWN_RUNNING: Final = re.compile(r"(?:本年度?|全年|今年|当年)(?:共|度)?累计")
# A running total to date (`截至目前…累计主动公开…1770条，…其中2019年度…主动公开政府信息202条`) states the year's
# count in a later clause that names the year: that clause, and the clauses after it, are read instead.
_YEAR_PART: Final = re.compile(r"其中[,，]?(?:\d{4}年度?|本年度?|今年|全年|当年)")
# Round 61 (blind 56's ``changjiang_xfj_2022``: "累计主动公开政府信息305条,…。2022年新增的主动公开政府信息30条"): the
# year's new items after a running total (累计) are the year's count, the running total is every year's
_YEARS_NEW_PART: Final = re.compile(r"(?:其中[,，]?)?(?:\d{4}年度?|本年度?|今年|全年|当年)(?:共|度)?新增")
# A clause that names a channel ("通过政府网站公开信息数163条") or a part ("其中…") is a part, never the total.
# An enumerated item ("一是利用…平台公开政务信息38条", "二是通过…", "（一）…", "1.…") is one part of a list.
_PART_CLAUSE: Final = re.compile(
    r"^(?:[一二三四五六七八九十]+是|[(（][一二三四五六七八九十\d]+[)）]|\d+[.、．](?!\d))"
    r"|^(?:其中|通过|在|利用|依托|经由)"
)
_CATEGORY: Final = re.compile(
    r"(?<!\d)([\u4e00-\u9fff、和及与]{1,24}?类)(?:的)?(?:政府)?(?:信息)?(?:数|数量)?(?:为|共)?(\d+)条(?:[,，]?占([^%,，;；。]{0,40}?)"
    + _NUM
    + "%)?"
)
# (round 56: "重点领域公开政府信息数61条,占总数的17.2%" — a template that counts in 信息数N条, as in its total
# "主动公开政府信息数303条", states the share of the same total outside its list of kinds)
_CHANNEL: Final = re.compile(
    r"([^,，;；。:：]{2,30}?)(?:主动)?公开(?:了)?(?:政府|政务)?信息(?:数)?(\d+)条[,，]?占([^%,，;；。]{0,40}?)"
    + _NUM
    + "%"
)
_TIMELINESS: Final = re.compile(
    r"(\d+)条([^,，;；。]{0,40}?)不超过(\d+)个工作日[,，]?占([^%,，;；。]{0,40}?)" + _NUM + "%"
)
_VISITS: Final = re.compile(r"(?:点击|访问)(?:次数|量)?(?:达到|达|为|共)?(\d+)(?:次|人次)")
_READING_POINTS: Final = re.compile(r"查阅点(\d+)(?:处|个)|(\d+)(?:处|个)(?:公共)?(?:信息)?查阅点")
_READING_ITEMS: Final = re.compile(r"查阅点共?汇集(?:电子)?信息(?:数量)?(\d+)条")
_TRAINEES: Final = re.compile(r"培训(?:学员|人员|干部)?(\d+)(?:名|人)")
_SESSIONS: Final = re.compile(r"([一二两三四五六七八九十\d]{1,3})次(?:学习)?培训")
_NO_REQUESTS: Final = re.compile(
    # 未新收到政府依申请公开件 (round 23: 新 before 收到, no new request)
    r"(?:未|没有|无)新?(?:收到|接到|接获|接收|受理|发生)[^。；;,，]*?公开[^。；;,，]*?申请"
    # 未有受理信息公开申请、行政复议、诉讼和申诉情况 (round 39, blind 35's ``wujin_tyjrswj_2022``: 未有 as 未, before 受理/收到)
    r"|未有(?:收到|接到|受理)[^。；;,，、]*?公开[^。；;,，、]*?申请"
    # 无依申请公开 · 没有依申请公开信息的情况 (没有 as 无, round 15)
    # 未接获公民或法人的依申请公开诉求 · 未接收到有关群众、法人…要求公开政府信息办理的申请 (round 28: 接获, 接收)
    r"|(?:未|没有|无)新?(?:收到|接到|接获|接收|受理)[^。；;,，]*?申请[^。；;,，]*?公开|(?:无|未|没有)依申请公开"
    # 未有依申请政府公开信息 (round 46, blind 42's ``qinzhou_hqtzq_2022``): 未有 as 未 before the request itself, and
    # 政府/信息 between 依申请 and 公开 — the request noun in its variants; a review's or lawsuit's clause stays out
    r"|(?:无|未有?|没有)依申请(?:政府)?(?:信息)?公开(?![^。；;,，]*(?:复议|诉讼))"
    # 无申请公开政府信息情况 (round 23: no case of a request; "申请公开信息20条" counts items put up, never a request)
    r"|(?:无|没有)申请公开(?:政府)?信息(?:的)?情况"
    # 无依法申请公开件 · 未发生依申请政府信息 · 没有发生依申请信息公开事件 (round 20: 依法申请, and 发生 before the
    # request; no review or lawsuit in the rest of the clause)
    r"|(?:无|未|没有)(?:发生)?依法?申请(?:公开)?(?:政府)?信息(?![^。；;,，]*(?:复议|诉讼))"
    r"|(?:无|未|没有)(?:发生)?依法申请公开(?![^。；;,，]*(?:复议|诉讼))"
    # 未接收到依申请公开 (接收, not 接到) · 依申请受理信息公开申请:无 (round 13)
    r"|(?:未|没有)接收(?:到)?(?:过)?[^。；;,，\d]{0,12}?(?:依申请公开|公开申请)"
    r"|(?:收到|受理|接到)[^。；;,，\d]{0,12}?公开申请[:：]\s*(?:无|没有|0件)(?=$|[。；;,，])"
    # 没有接到群众申请 (the section is 依申请公开's; a review, fee-waiver or deferral request is excluded below)
    r"|(?:未|没有)(?:收到|接到|受理)(?:过)?(?:群众|公民|个人|法人|社会公众|任何|相关)[^。；;,，]{0,10}?申请"
    # 未接到群众要求公开的信息 (a request worded as a demand to disclose)
    r"|(?:未|没有)(?:收到|接到|受理)(?:过)?(?:群众|公民|个人|法人|社会公众|任何|相关)?[^。；;,，\d]{0,6}?要求公开"
    # Round 50: the zero written in characters — 政府信息公开申请数为零 · 依申请公开数量为零 (零 for the digit, as
    # 申请数为0 is read) · 无政府信息公开申请 (无 before the request noun itself, no verb)
    r"|信息公开申请(?:的)?(?:数|数量|件数|总数)?(?:为|是)?零件?(?=$|[。；;,，])"
    r"|依申请公开(?:申请)?(?:的)?(?:数|数量|件数|总数)(?:为|是)?零件?(?=$|[。；;,，])"
    r"|(?:无|没有)(?:政府)?信息公开申请(?![^。；;,，]*(?:复议|诉讼|收费|费用|减免))"
)
# "未发生因政府信息公开而被申请行政复议": the 申请 is a review's, the sentence says nothing about requests; so is
# "未发生因政府信息公开申请引发的行政复议" (a review caused by a request: blind set 11's nanguan_mzj_2025, 2 requests).
# Round 54 (blind 34's ``sichuan_wlt_2022_mirror``: "未发生因政府信息公开申请办理导致行政复议、提起行政诉讼案件"): the
# handling (办理/答复/处理) of a request may stand between it and the review it caused.
_REVIEW_AFTER: Final = re.compile(
    r"(?:办理|答复|处理)?(?:不当)?(?:而)?(?:引发|导致|引起|产生|提起|提出)?(?:的)?(?:行政)?(?:复议|诉讼)"
)


# Round 60 (blind 55's ``yucheng_szfbgs_2024``: "共受理…申请15件,…未发生因政府信息公开申请引…", cut by the excerpt's
# end): what the negation denies is what requests caused (因/由 a request), whatever follows the request — a
# review, a complaint, a dispute, or words the excerpt lost — never that a request came.
_CAUSED_BY_A_REQUEST: Final = re.compile(r"(?:未|没有|无)(?:新)?(?:发生|出现|产生|有)?(?:过)?(?:因为?|由于?)")


def _no_requests(s: str, *, cut: bool = False) -> bool:
    """Whether the sentence says no request came (not: no review was applied for, nor nothing a request caused).

    ``cut``: the sentence is the excerpt's last and its end was lost; a negation whose clause runs on into that lost
    end ("未收到政府信息公开申请行政复…") may deny something else, and gives no zero (round 60).
    """
    return any(
        "复议" not in match.group(0)
        and not _REVIEW_AFTER.match(s, match.end())
        and not _CAUSED_BY_A_REQUEST.match(s, match.start())
        and not (cut and _runs_into_the_cut(s, match.end()))
        for match in _NO_REQUESTS.finditer(s)
    )


_CLAUSE_MARKS: Final = frozenset("。；;,，、！？!?")


# The words that, after a request, make it the cause of what is denied (``_REVIEW_AFTER``'s): a cut clause that
# starts one of them may have gone on to deny a review; one that starts anything else ("未收到依申请公开政[府信息…]",
# blind 33's ``jincheng_xfj_2022``) still names the request itself.
_WORDS_AFTER_A_CAUSE: Final = (
    "引发",
    "导致",
    "引起",
    "产生",
    "提起",
    "提出",
    "行政",
    "复议",
    "诉讼",
    "办理",
    "答复",
    "处理",
    "不当",
    "而",
)


def _runs_into_the_cut(s: str, end: int) -> bool:
    """Whether the clause after ``end`` runs, unclosed, into an excerpt's end with a word that makes it a consequence."""
    rest = s[end:].rstrip()
    return (
        bool(rest)
        and not any(mark in _CLAUSE_MARKS for mark in rest)
        and any(rest.startswith(word) or word.startswith(rest) for word in _WORDS_AFTER_A_CAUSE)
    )


def _cut_by_the_excerpt_end(prose: Prose, sentence: Sentence) -> bool:
    """Whether ``sentence`` is the page's last and ends with no mark: the excerpt's end cut it."""
    return (
        bool(prose.sentences) and sentence is prose.sentences[-1] and sentence.text[-1] not in _CLAUSE_MARKS
    )


_REQUESTS: Final = re.compile(
    # 收到公民、法人或其他组织提交政府信息公开申请0条 · 接收通过邮寄、网络提交的各类政府信息公开申请21件 · …事项29例 ·
    # 受理公民、法人和其他组织向市政府及市政府办公室提出的政府信息公开申请5件 (a review's 申请 is never one)
    # (round 61: not over a count of its own, "共收到3份依申请公开信件(其中2份为网络申请": 3 is the count, 2 a part)
    r"(?:收到|受理|接到|接收|新收|接受)(?:了)?(?:(?!复议|诉讼|\d+(?:件|个|条|次|宗|份|封|例|起|项|人))[^。,，;；]){0,32}?"
    r"申请[^。,，;；\d]{0,8}?(?:共|数量为|数为|为)?(\d+)(?:件|个|条|次|宗|份|例|起|项)"
    # 收到申请公开政府信息的要求1件 · 收到依申请公开1项 · 政府信息依申请公开系统共收到1宗 (round 13) · 收到申请公开
    # 政府信息的要求0条 (round 20: 条 after the demand to disclose)
    r"|(?:收到|受理|接到)(?:了)?申请公开[^。,，;；\d]{0,10}?(?:要求|请求)(?:共)?(\d+)(?:件|个|次|起|项|宗|条)"
    r"|(?:收到|受理|接到)(?:了)?依申请公开(?:申请|请求)?(?:共)?(\d+)(?:件|个|次|起|项|宗)"
    r"|依申请公开[^。,，;；\d]{0,6}?(?:共|共计)?(?:收到|受理|接到)(?:了)?(\d+)(?:件|个|次|起|项|宗)"
    # 依申请公开请求9件 · 发生依申请公开1次 · 依申请公开受理数量为1 (a count of requests with no unit, round 13;
    # not 办理数量: requests handled, which may include those carried over, are no count of requests received)
    r"|依申请公开请求(?:共)?(\d+)(?:件|个|次|起|项)|发生(?:了)?依申请公开(?:申请)?(\d+)(?:次|起|件)"
    r"|依申请公开受理(?:数|数量)(?:为|共)?(\d+)(?![\d.%条篇件项个次])"
    r"|(?:收到|受理|接到|接收)(?:了)?(?:各类)?(?:申请)?(?:共)?(\d+)(?:件|个|条|次|宗|份|封)[^。,，;；]{0,8}?申请"
    # 收到4件针对本部门有关政府信息公开事务的申请
    r"|(?:收到|受理|接到|接收)(?:了)?(?:共)?(\d+)(?:件|个|份|项)[^。,，;；\d]{0,20}?信息公开[^。,，;；\d]{0,8}?申请"
    # 本年度收到1项依申请公开事项 (round 65, blind 59's ``pingliang_jtj_2024``): the count first, in 项, of the
    # requests named 依申请公开事项/申请 — the wording the count-after form reads (收到依申请公开事项29项)
    r"|(?:收到|受理|接到|接收)(?:了)?(?:共)?(\d+)项依申请公开(?:政府信息)?(?:事项|申请)"
    # 接到3起政府信息公开申请 (round 20: requests counted as cases; no review or lawsuit between)
    # 收到12起政府信息依申请公开 (round 28, blind 26's ``hainan_himpa_2014``: the request named 依申请公开)
    r"|(?:收到|受理|接到|接收)(?:了)?(?:共)?(\d+)起(?:(?!复议|诉讼)[^。,，;；\d]){0,12}?(?:公开申请|依申请公开)"
    # 发生1起依申请公开政府信息情况 (a request counted as an event)
    r"|发生(?:了)?(\d+)(?:起|件)依申请公开"
    # 依申请公开数为12件 · 依申请公开受理6件 · 共承办依申请公开政府信息事项14件
    r"|依申请公开(?:政府)?(?:信息)?(?:事项|申请)?(?:数|数量)?(?:受理|收到)?(?:合计|共计|共|为)?(\d+)(?:件|篇)"
    # 政府信息公开申请受理1条 · 申请受理共4件
    r"|公开申请(?:受理|收到)(?:了)?(?:共|共计|合计)?(\d+)(?:件|个|条|次|宗|份)"
    # 共受理4申请公开政府信息: the count with its unit dropped, right before the request (round 14; read with the
    # confidence of a count with no unit)
    r"|(?:收到|受理|接到|接收)(?:了)?(?:共|共计)?(\d+)(?=(?:政府信息公开|信息公开|公开)?申请(?!人))"
    # 政府信息公开申请数为2 (round 28, blind 26's ``shulan_jjj_2013``): the requests' number named; not those carried
    # over (结转), handled (办理) or closed (办结); 为 before the count and a clause's end after it (a table row
    # flattened into the text, "本年新收政府信息公开申请数量 23 0 0 …", is no sentence)
    # 共收到政府信息公开申请3, (round 62, blind 57's ``hongshan_jxkcj_2025``; blind 37's ``baiyun_tjj_2021``): the unit
    # lost in extraction; read only where the count ends its clause and no digit follows the mark (申请2,054件 is a
    # thousands separator), less sure as every count with no unit
    r"|(?:收到|受理|接到|接收)(?:了)?(?:各类)?(?:政府信息公开|信息公开|依申请公开)申请(?:共|共计)?(\d+)"
    r"(?=[,，。;；](?![\d占])|$)"
    # (round 62, blind 57's ``donghu_fjq_bgs_2024``: "办公室受理政府信息公开申请数量为0。" — 受理 is receiving; 办理 and 处理
    # are handling, which may take in the requests carried over)
    r"|(?<![转结])(?<![办处]理)政府信息公开申请(?:总)?(?:数|数量)(?:为|是)(\d+)(?:件|条|个)?(?=[,，。;；]|$)"
)
# A count after 其中 when the sentence already stated a count before it ("共受理…事项29例，其中通过网络收到申请25件"):
# the count read is a part of that one (here one channel of it), never the year's requests.
# Looked for a sentence at a time: one pattern ``\d+\s*[件…][^。]*?其中`` scanned from every count to the end of its
# sentence, quadratic on a long sentence of counts (120 KB: 29 s).
# A count starts where its digits start: a match inside a run ends where the run's own does, and a run of digits
# with no unit after it is then scanned once, not once from each of its digits.
_A_COUNT: Final = re.compile(r"(?<!\d)\d+\s*[件个条次宗份例起项]")


# A count qualified by a span of several years (round 40, blind 36's ``pingtan_jjf_2018``: "近3年共受理信息公开申请2件",
# where the page's 附表 has 0 for 2018): 近N年, N年来, 多年来, 历年, 累计至今, 《条例》实施/施行以来 — never the year's
# figure. A year, 本年, 今年 or 当年 between the span and the count brings it back to one year. "2021年以来" alone is
# not a span: in a 2021 report it is the year.
_SEVERAL_YEARS: Final = re.compile(
    r"近(?:[2-9]|[1-9]\d|[两二三四五六七八九十]{1,2})年|(?<!\d)(?:[2-9]|[1-9]\d|[两二三四五六七八九十]{1,2})年(?:以)?来"
    r"|多年(?:以)?来|历年|累计至今|至今累计|条例》?(?:正式)?(?:实施|施行)以来"
)
# The characters every span opens with (tests/audit/test_audit_speed14.py derives them from the pattern): led by a
# look-ahead on them, the engine skips in C to where a span may open instead of trying the alternation at each
# character (its look-behind (?<!\d) keeps the engine from skipping ahead by itself); the same matches.
_SEVERAL_YEARS_OPENINGS: Final = "近1-9两二三四五六七八九十多历累至条"
_SEVERAL_YEARS_SOUGHT: Final = re.compile(f"(?=[{_SEVERAL_YEARS_OPENINGS}])(?:{_SEVERAL_YEARS.pattern})")
_ONE_YEAR: Final = re.compile(r"(?:19|20)\d{2}年(?!以来|来)|本年|今年|当年|全年|年内")


def over_several_years(s: str, at: int) -> bool:
    """Whether the count at ``at`` in ``s`` is qualified by a span of several years before it (round 40)."""
    spans = list(_SEVERAL_YEARS_SOUGHT.finditer(s, 0, at))
    return bool(spans) and _ONE_YEAR.search(s, spans[-1].end(), at) is None


# Round 49 (blind 45's ``hanjiang_wsj_2011_mirror``: "2010年度主动公开政府信息54条" in the 2011 report; blind 4's
# ``fusong_songjianghe_2020``: "2019年,我镇通过…公开信息94条" in the 2020 report, copied from the year before): a count
# whose sentence or clause opens with an earlier year (``NNNN年``/``NNNN年度``, not a date: no month or 底 after it) is
# that year's, never the report's. Left as read: a year inside a clause ("含2022年结转的3件", "因2023年度…申请引发行政复议1件"
# — the count is the report year's), a sentence that also names the report's year (a span ending in it) or compares
# (比/较/同期/上年…), a law's title, and a later year (a report cannot state a year not yet over: the year read is the
# doubtful one — blind 33's ``zltq_bayanzalaga_2022``, whose period line is last year's).
_YEAR_LABEL: Final = re.compile(r"(?<!\d)((?:19|20)\d{2})年度?(?![\d月底末初以])")
# Round 58 (blind 53's ``hejiang_wsjkj_2024``: "2023年未转结政府信息公开申请,进入行政复议程序和行政诉讼程序均为0件" in
# the 2024 report): a year before (未)结转/转结 is the year the requests were carried over from — table 三's 上年结转 row,
# which every report names by the year before its own — never the year of the counts after it.
_YEAR_OPENING_A_CLAUSE: Final = re.compile(
    r"(?:^|(?<=[,，;；:：、。\s]))((?:19|20)\d{2})年(?!度?(?:未|无|没有)?(?:结转|转结))度?(?![\d月底末初以])"
)
_COMPARING: Final = ("比", "较", "同期", "上年", "去年", "相比", "同比")
_TITLE_IN_BOOK_MARKS: Final = re.compile(r"《[^》]*》")


def of_another_year(figure: StatedFigure, year: int) -> bool:
    """Whether ``figure``'s sentence opens its count with a year before the report's ``year`` (round 49)."""
    norm = figure.sentence.norm
    if not _YEAR_LABEL.search(norm) or any(word in norm for word in _COMPARING):
        return False
    text = _TITLE_IN_BOOK_MARKS.sub("", norm)
    # a count equal to an earlier year's digits ("2018年度主动公开政府信息2018条"): the year label is never the count
    count = re.search(rf"(?<!\d){int(figure.value)}(?![\d年])", text)
    before = text[: count.start()] if count else ""
    opening = {int(found.group(1)) for found in _YEAR_OPENING_A_CLAUSE.finditer(before.strip())}
    named = {int(found.group(1)) for found in _YEAR_LABEL.finditer(text)}
    return any(other < year for other in opening) and year not in named


def part_of_an_earlier_count(s: str, at: int) -> bool:
    """Whether a count read at ``at`` stands after a 其中 that breaks down a count stated before it."""
    start = 0
    while start < at:
        stop = s.find("。", start, at)
        stop = at if stop < 0 else stop
        count = _A_COUNT.search(s, start, stop)  # the first count ends first: a 其中 after any is after it
        if count is not None and s.find("其中", count.end(), stop) >= 0:
            return True
        start = stop + 1
    return False


_COMPLETED: Final = re.compile(r"受理[^。；;]{0,12}?(\d+)件[,，]?(?:已|共)?办结(\d+)件")
_ANSWERED: Final = re.compile(r"(?:答复|办结)(?:了)?(?:申请)?(\d+)件")
_GRANTED: Final = re.compile(r"(?:同意公开|予以公开|全部公开)(?:的)?(\d+)件")
_PARTIAL: Final = re.compile(r"部分公开(?:的)?(\d+)件")
_REFUSED: Final = re.compile(r"(?:不予公开|不同意公开)(?:的)?(\d+)件")
_NO_FEES: Final = re.compile(r"(?:未|没有|无|不)(?:收取|收费)|没有收费|未发生[^。]*?收费|无收取")
_FEES: Final = re.compile(r"收取[^。,，;；]{0,12}?费(?:用)?(?:共|合计)?" + _NUM + "元")
# 未经(行政)复议 is "without a review first" (未经复议直接起诉, a lawsuit's kind: round 22), never "no review".
# Round 45 (blind 41's ``pingtan_ptzhsyq_2013``: "未收到有关政府信息公开的申请，收到1份有关政府信息公开行政复议申请"): a
# negation gives zero only to the noun it governs; a count between it and 复议 belongs to another statement, so the
# negation's reach crosses no digit.
# Round 59 (blind 53's ``hejiang_wsjkj_2024``: "2023年未转结政府信息公开申请,进入行政复议程序和行政诉讼程序均为0件"): a
# negation governs its own clause only — 未转结 negates the carry-over, not the reviews after the comma — so its reach
# crosses no comma either; and a clause that counts its reviews in digits ("尚未审结行政复议0件", blind 30's
# ``zhonglou_nandajie_2024``) is read by its count, never by a negation (see ``_no_cases``).
_NO_CASES: Final = re.compile(
    r"(?:未(?!经)|没有|无|不存在)(?:发生|出现|接到|收到)?[^。；;，,\d]{0,30}?(行政复议|复议)"
)
# Round 54 (blind 17's ``zhejiang_rst_2023``: "未发生因信息公开引起的行政复议被改变或行政诉讼败诉情形"; blind 26's
# ``nanjing_czj_2020_mirror``: "…行政复议及行政诉讼纠错的情况"; blind 36's ``changchun_jkq_2025``: "…行政复议败诉…"): a
# negation of a case's outcome (changed, corrected, lost) says no case was lost, not that none was filed: no zero.
_NONE_LOST: Final = re.compile(r"(?:复议|诉讼)(?:案件|案)?(?:结果)?(?:被改变|被纠正|被撤销|被纠错|纠错|败诉)")
# "无因不及时公开信息而引发行政复议和起诉案件" (round 19): the negation covers 起诉 joined to 复议 — no lawsuit either.
# Round 59: 行政诉讼 joined the same way ("未收到…行政复议和行政诉讼案件", blind 54's ``dianjiang_sthjj_2024``).
_AND_SUED: Final = re.compile(r"(?:案件|案)?[和及与、或](?:提起)?(?:行政)?(?:起诉|诉讼)")
# The clause a lawsuit's negation stands in (round 19): one that names no review speaks of lawsuits alone.
_CLAUSE_START: Final = re.compile(r"[，,；;][^，,；;]*$")
# No lawsuit, in a sentence that says nothing of reviews: "未发生因政府信息公开而引发的行政诉讼" · "无行政诉讼案件" ·
# "未发生…引发举报、投诉、提起行政诉讼等情况" (round 13). No digit or comma between the negation and 诉讼: a count
# ("未审结的行政诉讼2件") is read by _LAWSUITS, and a clause before a comma is another statement.
_NO_LAWSUITS: Final = re.compile(
    r"(?:未|没有)(?:发生|出现|接到|收到|有)(?:过)?[^。；;，,\d]{0,30}?行政诉讼"
    r"|(?:无|没有)(?:行政)?诉讼(?:案件|案)?(?=$|[。；;，,])"
    # 无人民法院受理并开庭审理涉及我委政府信息公开行为的行政诉讼案件 (round 50, blind 44's ``liaoning_wsjkw_2020``): the
    # cases a court took, 无 before them, ending the clause
    r"|(?:无|没有)[^。；;，,\d]{0,40}?行政诉讼案件(?=$|[。；;，,])"
    # 无行政应诉案件 (round 39, blind 35's ``sichuan_tyjrt_2023_tw``): no suit the body answered, of any kind — so none
    # over its disclosure; the clause must say it alone (a comma or the sentence's end right after it)
    r"|(?:无|没有)行政应诉(?:案件|案)?(?=$|[。；;，,])"
)
# Table 四's own header words and section headings are not sentences: "未经复议直接起诉" says nothing about
# whether there were reviews, and "四、行政复议、行政诉讼情况" is not "0".
_TABLE_HEADER_WORDS: Final = re.compile(r"未经复议直接起诉|复议后起诉|结果维持|结果纠正|尚未审结")
_STATED_COUNT: Final = re.compile(r"\d+\s*(?:件|起|宗|条|次|项)")  # 项: round 50 (a review counted in 项)
# The ends a heading has (四、行政复议、行政诉讼情况): ``is_figure_sentence`` tests them first, in C.
_HEADING_ONLY_ENDS: Final = ("情况", "情形")
_HEADING_ONLY: Final = re.compile(
    r"^(?:[一二三四五六七八九十]+[、.．]|[(（][一二三四五六七八九十]+[)）])?[^。,，;；\d]{0,40}"
    rf"(?:{'|'.join(_HEADING_ONLY_ENDS)})$"
)


def _no_cases(s: str) -> re.Match[str] | None:
    """The first negation of a review whose clause states no count in digits (round 59): a count there is read as itself."""
    for found in _NO_CASES.finditer(s):
        end = _CLAUSE_MARK.search(s, found.end())  # a sentence holds no 。
        if not _STATED_COUNT.search(s, found.end(), end.start() if end else len(s)):
            return found
    return None


def _alone_in_its_clause(s: str, found: re.Match[str]) -> bool:
    """Whether the clause (after the last comma or semicolon before ``found``) up to it names no review.

    "政府信息公开行政复议1条，未发生行政诉讼情况": the review is counted in its own clause; this one says no lawsuit.
    """
    before = _CLAUSE_START.search(s, 0, found.start())
    return before is not None and "复议" not in s[before.start() : found.end()]


def is_figure_sentence(text: str) -> bool:
    """Whether prose states figures here, rather than being a heading or a table's header row."""
    header_row = (
        # every one of the header words holds one of these (tests/audit/test_audit_speed5.py); tested first, in C
        ("起诉" in text or "结果" in text or "审结" in text)
        and _TABLE_HEADER_WORDS.search(text) is not None
        and not _STATED_COUNT.search(text)
    )
    if header_row:
        return False
    stripped = text.strip()
    return not (stripped.endswith(_HEADING_ONLY_ENDS) and _HEADING_ONLY.match(stripped))


# "被申请行政复议、提起行政诉讼均为0件": 均 gives each of the two its count.
_EACH_OF_BOTH: Final = (
    r"|复议[^。；;，,\d]{0,12}?诉讼[^。；;，,\d]{0,6}?(?:均|都)(?:为|是)?(\d+)(?:件|起|宗|次)"
    # "行政复议、行政诉讼0条": a count of both together is neither figure — unless it is 0, which each is then
    # Round 46 (blind 42's ``lipu_2022``: "被申请行政复议、行政诉讼数量为0件"): 数量/数 names the count of both, still 0
    r"|复议[、和及与]行政诉讼(?:案件|案)?(?:数量|数)?(?:共|合计)?(?:为|是)?(\d)(?<=0)(?!\d)(?:件|起|宗|次|条)"
)
# "发生1起有关政府信息公开的行政复议案件" (round 35, blind 32's ``binjiang_gaj_2022_mirror``) · "发生1件针对本部门有关政府
# 信息公开事务的行政诉讼案" (blind 26's ``pingtan_jtj_2018``): 发生 and the count first, the case's words after it — not a
# count of both together (行政复议、行政诉讼), nor a review's words reaching its lawsuit.
# Round 45: "收到1份有关政府信息公开行政复议申请" — 收到/接到 and the count first; no 申请 between the count and 行政复议 (a
# request received is not a review).
_COUNT_FIRST_REVIEW: Final = (
    r"|发生(\d+)(?:起|件)(?:(?!诉讼)[^。；;,，\d]){0,20}?行政复议(?![、和及与]行政诉讼)"
    r"|(?:收到|接到)(\d+)(?:份|件|起)(?:(?!诉讼|申请)[^。；;,，\d]){0,20}?行政复议(?![、和及与]行政诉讼)"
)
_COUNT_FIRST_LAWSUIT: Final = r"|发生(\d+)(?:起|件)(?:(?!复议)[^。；;,，\d]){0,20}?行政诉讼"
# "被申请行政复议有3件" · "行政诉讼有1件" (round 35, blind 32's ``anyang_xian_zjj_2025``): 有 between the word and its count.
_REVIEWS: Final = re.compile(
    # "政府信息公开行政复议1条" (round 19: counted in 条 right after the word)
    # "涉及信息公开行政复议1项" (round 50, blind 45's ``daying_xzf_2020_mirror``): 项 counts cases right after the word
    r"行政复议(?:案件|案|申请)?(?:数量|数)?(?:共|为|有)?(\d+)(?:件|起|宗|次|条|项)|复议(\d+)件"
    + _EACH_OF_BOTH
    + _COUNT_FIRST_REVIEW
)
# "行政复议、行政诉讼案件743件" counts both together: it is neither figure.
# 收到诉讼为3件 (round 22, ``longhua_scjgj_2023``): 为/共 between 诉讼 and its count.
_LAWSUITS: Final = re.compile(
    r"(?<!复议[、,，和及与])行政诉讼(?:案件|案)?(?:共|有)?(\d+)(?:件|起|宗|次)|(?<!复议[、,，和及与]行政)诉讼(?:为|共)?(\d+)件"
    + _EACH_OF_BOTH
    + _COUNT_FIRST_LAWSUIT
)
# Round 47: the zero written in characters ("行政复议、行政诉讼案件数量均为零" · "行政复议为零"), which the digit patterns
# above never see; each needs 复议 or 诉讼 and 零 (the gates, tests/audit/test_audit_speed_paths.py) and its noun right
# before 为/是零, so that no rate (纠错率为零) or other noun is read. The joint zero gives each its 0, as
# ``_EACH_OF_BOTH`` does.
_BOTH_ZERO: Final = (
    r"复议[、和及与](?:行政)?诉讼(?:案件|案)?(?:数量|数|件数)?(?:均|都)?(?:为|是)零"
    r"|复议[^。；;，,\d率]{0,12}?诉讼(?:的)?(?:案件|案)?(?:数量|数|件数)?(?:均|都)(?:为|是)零"
)
_ZEROS_IN_CHARACTERS: Final = (
    (
        "administrative_reviews",
        re.compile(r"行政复议(?:案件|案|申请)?(?:数量|数|件数)?(?:均)?(?:为|是)零|" + _BOTH_ZERO),
        "行政复议",
    ),
    (
        "lawsuits",
        re.compile(
            r"(?<!复议[、和及与])行政诉讼(?:案件|案)?(?:数量|数|件数)?(?:均)?(?:为|是)零|" + _BOTH_ZERO
        ),
        "行政诉讼",
    ),
)
_LABEL_PREFIX: Final = re.compile(r"^(?:其中|从|在|通过|共有|共|全年|本年度|其中在)+")
_SHARE_OF_SUFFIX: Final = re.compile(r"(?:的|比)$")


def _request_confidence(match: re.Match[str]) -> float:
    """How sure a count of requests is: less when the sentence gives it no unit ("受理数量为1")."""
    return UNITLESS_FIGURE_CONFIDENCE if match.group(0)[-1].isdigit() else PROSE_CONFIDENCE


# The requests a 2021-format report says it handled in the year (round 26, ``pingtan_lyy_2025``: "全年办理政府信息公开
# 申请1件"): table 三's 总计 column counts them as new (一), with those carried over (一 + 二), or as handled (（七）).
# The whole jurisdiction as the subject says the same of a city's or county's report (round 27, ``zhaotong_szf_2022``:
# "全市各级各部门办理政府信息公开申请651件").
# Round 44 (blind 40's ``yinchuan_cgj_2024``: "全年办理政府信息依申请公开9条"): the request named 依申请公开 with no 申请
# after it, counted in 条 (as round 20's "收到申请公开政府信息的要求0条"), and 处理 for 办理 (the 2021 heading's own verb,
# 收到和处理政府信息公开申请情况) — the same count. A sentence that says 结转 splits it into the years' requests: unread.
_HANDLED_REQUESTS: Final = re.compile(
    r"(?:全年|本年度?|年内|全(?:省|市|州|盟|区|县|旗)各级各(?:部门|单位))(?:共|共计)?(?:办理|处理)(?:了)?"
    r"(?:(?:政府信息公开|依申请公开)申请|政府信息依申请公开(?:申请)?)(?:共|共计)?(\d+)[件条](?![\d%])"
)
_CARRIED_COUNT: Final = re.compile(r"结转[^。;；\d]{0,12}?\d+\s*[件条]")


# A count of requests in Chinese numerals ("收到和处理政府信息公开申请一条"; round 13); not 一条龙 (a one-stop service).
_REQUESTS_IN_WORDS: Final = re.compile(
    r"(?:收到|受理|接到|接收)(?:了)?(?:(?!复议|诉讼)[^。,，;；\d]){0,32}?申请(?:共)?([一二两三四五六七八九十]{1,3})(?:件|条|个|项|起)(?!龙)"
)


def requests_in_words(s: str) -> tuple[int, str] | None:
    """A count of requests written in Chinese numerals and its label (收到 or 受理, as the verb says), or None."""
    match = _REQUESTS_IN_WORDS.search(s) if "申请" in s else None
    value = chinese_small_number(match.group(1)) if match else None
    if match is None or value is None:
        return None
    return value, ACCEPTED_REQUESTS_LABEL if match.group(0).startswith("受理") else RECEIVED_REQUESTS_LABEL


def _first_int(match: re.Match[str]) -> int:
    return int(next(group for group in match.groups() if group is not None))


def _share_of(text: str) -> str | None:
    cleaned = _SHARE_OF_SUFFIX.sub("", text.strip())
    return cleaned or None


_CLAUSE_BREAK: Final = re.compile(r"[,，]")
# What ends a clause inside a sentence, a comma or a semicolon of either width: the one splitter of clauses and items.
_CLAUSE_MARK: Final = re.compile(r"[,，;；]")
# Items made, all of them disclosed: "全年累计产生政府信息16条,均已主动公开" (round 11).
_ALL_PROACTIVE: Final = re.compile(
    r"(?:产生|制作|形成|制发)(?:了)?(?:各类)?(?:政府|政务)?信息(?:共|共计|合计)?(\d+)条[,，]?均(?:已|已经)?(?:予以)?主动公开"
)
# The words that make a count cover every channel listed before it (共, 累计, 合计, 总计): one home for
# the patterns below and ``_count_over_every_channel``
_TOTAL_WORDS_OVER_CHANNELS: Final = ("共", "累计", "合计", "总计")
_TOTAL_WORD_OVER_CHANNELS: Final = "(?:" + "|".join(_TOTAL_WORDS_OVER_CHANNELS) + ")"
# A total over every channel the sentence names (round 14): "通过单位电子显示屏,微信公众号,政府网站等载体,共累计发布信息
# 847条" · "通过官方网站、政务新媒体、公告栏等方式,及时公开政策法规、…等政府信息共16条". The channels end in 等 and a
# word for a means (载体, 方式, 渠道, 平台, 途径, 形式): all of them; 共 (or 累计, 合计) says the count is over them. One
# channel ("通过网站公开信息346条") has no 等 and is no total; neither is a part after 其中, nor a count before 占.
# This pattern and the next run on a sentence's clauses joined by "，" (``_over_every_channel``): NFKC text, cut at every
# comma, holds no "," and no full-width "；：" — a comma there is the joining "，" (round 43).
_ALL_CHANNELS: Final = re.compile(
    r"(?<!其中)(?<!其中，)通过[^。;:\d]{2,60}?等(?:多种|多个|各类)?(?:" + "|".join(_MEANS) + ")"
    r"(?:[^。;:\d]{0,16}?"
    + _TOTAL_WORD_OVER_CHANNELS
    + r"(?:计)?(?:主动)?(?:公开|发布)(?:了)?(?:各类)?(?:政府|政务)?信息"
    # "通过政府信息公开网站、公开栏、“龙游通”等平台主动发布各类信息811条" (round 27, ``longyou_mohuan_2023``): 主动 and
    # 各类 say every item over every channel named, without 共
    r"|主动(?:公开|发布)(?:了)?各类(?:政府|政务)?信息"
    r"|[^。;:\d]{0,16}?(?:主动)?(?:公开|发布)(?:了)?[^。;:\d]{0,60}?(?:等)?(?:各类)?(?:政府|政务)?信息"
    r"(?:共|共计|合计|总计|累计))"
    r"\s*(\d+)\s*(?:条|篇)(?!\d)(?!，?占)"
)
# Round 51 (blind 32's ``tongren_swj_2020``: "通过政务公开栏、政府网站及新闻媒体等途径,累计发布权责清单、…等信息418条";
# blind 33's ``wuwei_mzw_2023``: "在政务公开门户网站、…微信公众号,…APP等平台共推送部门文件、…等各类信息773条"): the total
# word stands right after the closed list, before the verb, and the kinds put out are named before 信息. 共/累计 after
# 等平台 makes the count cover the listed channels together, as ``_ALL_CHANNELS`` reads it after the verb; a list
# closed by 等 with no total word may be one group of channels beside others (blind 12's ``suijiang_huiyi_2021`` 861 of
# 1030, blind 8's ``wuxing_hudong_2024`` 891 of 987) and is left to the patterns above.
_CHANNELS_THEN_TOTAL_WORD: Final = re.compile(
    r"(?<!其中)(?<!其中，)(?:通过|在)[^。;:\d]{2,60}?等(?:多种|多个|各类)?(?:" + "|".join(_MEANS) + ")"
    r"，?"
    + _TOTAL_WORD_OVER_CHANNELS
    + r"(?:计)?(?:主动)?(?:公开|发布|推送)(?:了)?[^。;:\d]{0,60}?(?:各类)?(?:政府|政务)?信息"
    r"\s*(\d+)\s*(?:条|篇)(?!\d)(?!，?占)"
)
# Channels closed by 其他方式 (或其他渠道/途径/形式), counting with no 等 and no 主动公开 (round 38, blind 33's
# ``lengshuitan_czj_2021``: "通过各种媒体、网站和其他方式公开329条信息"): the remainder names every channel left, so the
# count is over all of them, the year's total; never one channel's.
_CLOSED_BY_OTHER_MEANS: Final = re.compile(
    r"(?<!其中)(?<!其中，)通过(?:各种|各类)?[^。;:\d]{2,40}?(?:和|及|与|、|，)"
    + _OTHER_MEANS
    + r"(?:共|累计|合计)?(?:计)?(?:主动)?(?:公开|发布)(?:了)?(?:各类)?(?:政府|政务)?(?:信息)?"
    r"\s*(\d+)\s*条(?!\d)(?!，?占)"
)
# The proactive total named as such and counted in 件 (round 14): "主动公开的各类政府信息数量66件". Only this wording:
# other counts in 件 are documents (文件, 公文) or requests, and round 11 keeps 份 apart.
_NAMED_TOTAL_IN_JIAN: Final = re.compile(
    # 主动公开政府信息件数为123件 (round 19: 件数)
    r"(?<!其中)主动公开的?(?:各类)?(?:政府|政务)信息(?:数量|总数|件数|数)(?:为|共|达|共计)?(\d+)件(?![\d.%])(?![,，]?占)"
    # "主动公开政府信息33件,其中行政许可类信息1件,…": a count in 件 that its own 其中 breaks down (round 19)
    r"|(?<!其中)主动公开(?:了)?(?:各类)?(?:政府|政务)信息(?:共|共计)?(\d+)件(?=[,，]?其中)"
)
# Round 50 (blind 33's ``sucheng_wgj_2019_tw``: "我局全年共主動公開政府信息96件,主動公開率達到100%"): the same total
# ending its clause, with no 其中 after it — 主动公开 and 政府/政务信息 say what is counted, whatever the unit. Not when
# its clause names a channel (one site's count, which the readings leave: docs/audit.md, round 38) or follows a 其中,
# nor when a share of something follows (a part).
_PLAIN_TOTAL_IN_JIAN: Final = re.compile(
    r"(?:^|[,，])(?P<clause>[^,，;；。\d]*?)主动公开(?:了)?(?:各类)?(?:政府|政务)信息(?:共|共计)?(?P<count>\d+)件"
    r"(?=[,，;；。]|$)(?![,，]?占)"
)


def _total_in_jian(joined: str) -> int | None:
    """The total ``_NAMED_TOTAL_IN_JIAN`` names, else the one ``_PLAIN_TOTAL_IN_JIAN`` finds (round 50), unless a part.

    The plain total's clause names no channel and follows no 其中; neither breaks down a count stated before it.
    """
    if "件" not in joined or "主动公开" not in joined:
        return None
    named = _NAMED_TOTAL_IN_JIAN.search(joined)
    if named is not None:
        return None if part_of_an_earlier_count(joined, named.start()) else _first_int(named)
    plain = _PLAIN_TOTAL_IN_JIAN.search(joined)
    if plain is None or part_of_an_earlier_count(joined, plain.start("count")):
        return None
    clause = plain.group("clause")
    if "其中" in clause or "通过" in clause or _A_CHANNEL.search(clause):
        return None
    return int(plain.group("count"))


def _total_clauses(norm: str) -> list[str]:
    r"""The clauses the proactive total is looked for in: cut at each comma and at a 、 after a count of items.

    Parts joined by 、 ("其中主动公开政府信息140条、依申请公开177条、不予公开88条") are clauses of their own (round 11).
    The split of ``[,，]|(?<=\d[条篇])、``, done as the commas by ``str.split`` in C, then a 、 after a count in a piece
    with one (that pattern, starting with a class, is tried at every character: 2.4 µs a sentence;
    tests/audit/test_audit_speed5.py compares the two).
    """
    # "(一)主动公开、依申请公开方面:…主动公开政府信息55条": the heading's words are no clause's (round 36)
    if norm[:1] in "(（":
        norm = _SUBHEADING_OPENING.sub("", norm, count=1)
    pieces = norm.replace("，", ",").split(",")
    if "、" not in norm:
        return pieces
    # a 、 after a counted item (its pattern starts with the 、: found in C, the look-behind tried there alone)
    return [part for piece in pieces for part in (_AFTER_A_COUNT.split(piece) if "、" in piece else (piece,))]


_AFTER_A_COUNT: Final = re.compile(r"、(?<=\d[条篇]、)")
# A sub-heading a sentence opens with, run into its text (round 36, blind 33's ``nansha_sjj_2021``: "(一)主动公开、
# 依申请公开方面:南沙区审计局主动公开政府信息55条,…"): its 依申请 is the heading's, not the total's clause.
_SUBHEADING_OPENING: Final = re.compile(r"^[(（][一二三四五六七八九十]+[)）][^:：,，。;；\d]{1,20}?方面[:：]")


# A count of items (the unit the proactive total is counted in), as a clause before 其中 states it.
# A count written in 万/亿 ("约196.4万条", "5.65万余条") is a count of items as well (round 33): before a 其中 it is the
# total being broken down, and the parts after it are never the total.
_ITEM_COUNT: Final = re.compile(r"\d\s*(?:[万亿][余多]?)?(?:条|篇)")
# A channel or an enumerated item that opens a list of parts ("通过政府网站公开…", "一是利用…"); not an outline
# number ("（一）主动公开政府信息的数量 …总数425条") nor 在 ("在主动公开的148条政府信息中" holds the total).
_LIST_ITEM: Final = re.compile(r"^(?:[一二三四五六七八九十]+是|通过|利用|依托|经由)")
# A clause that states a total of its own after a list's parts ("…，共计主动公开政府信息300条").
_CLOSING_TOTAL: Final = re.compile(r"共|合计|总计|总数")
# The proactive part of a list of items made, its unit dropped: "其中主动公开信息数169" (round 14).
_UNITLESS_TOTAL: Final = re.compile(r"其中[:：]?主动公开(?:政府|政务)?信息(?:数|数量|总数)(?:为|共)?(\d+)")


# A count worded 主动…公开…N条 with no other figure between (round 42): "主动通过政府网站公开政府信息68条", not a
# heading's "主动公开政府信息的数量2013年制作、获取政府信息总数32条".
_PROACTIVE_COUNT: Final = re.compile(r"主动[^,，;；。:：\d]{0,20}?公开[^,，;；。:：\d]{0,10}?\d+条")


def _parts_of_a_stated_total(clauses: list[str], *, opens_with_part: bool = False) -> int:
    """Where the parts of a total the sentence already stated begin: clauses from there are never the total.

    "累计公开186条信息，其中，行政网站信息主动公开42条，同时在政务微信平台公开政务信息144条": the clause before 其中
    states what was made public, so what follows 其中 breaks it down — 42 is one channel's part, whatever its
    words ("信息主动公开N条" is a wording of the total elsewhere). A 其中 after a count of something else
    ("制作、获取政府信息总数397条，其中主动公开政府信息61条") is left to the rules above: 61 is the year's total; so is
    a part that opens with 主动公开 ("公开信息200条，其中主动公开政府信息150条，依申请公开50条": 150).
    A sentence that opens with 其中 (``opens_with_part``) breaks down the count the sentence before stated.
    """
    for position, clause in enumerate(clauses):
        # "…等信息共175条。其中:部门动态120条,主动公开信息21条" · "全年共发布各类信息171条,其中新闻动态8条,…,双随机、
        # 一公开信息9条": any count of items before 其中 is the total being broken down, whether or not its words
        # are a wording of the proactive total — a part named 主动公开 (or ending in 公开信息) is still a part
        if clause.startswith("其中") and (
            (position == 0 and opens_with_part)
            or any(
                "申请" not in earlier and "占" not in earlier and _ITEM_COUNT.search(earlier)
                for earlier in clauses[:position]
            )
        ):
            # "公开信息200条，其中（，）主动公开政府信息150条，依申请公开50条": the part named 主动公开 is the year's
            # proactive total, a part of all that was disclosed — unless the count it breaks down is itself worded
            # 主动 ("主动通过政府网站公开政府信息68条,其中主动公开信息64条,专报约稿信息4条", round 42): then that count
            # is the year's proactive total and every count after 其中 is a part of it, whatever its words
            first_part = clause.removeprefix("其中").lstrip(":：") or "".join(
                clauses[position + 1 : position + 2]
            )
            proactive_before = any(_PROACTIVE_COUNT.search(earlier) for earlier in clauses[:position])
            return len(clauses) if first_part.startswith("主动公开") and not proactive_before else position
    return len(clauses)


def _running_to_a_cut_off(norm: str) -> int | None:
    """Where ``norm``'s count 累计 up to a cut-off date begins, unless its words make it the year's (round 17)."""
    if "累计" not in norm or _YEARS_OWN_RUNNING.search(norm):
        return None
    found = _CUT_OFF_BEFORE_RUNNING.search(norm)
    return found.start() if found else None


def _before_the_running_clause(norm: str, since: int) -> str:
    """The clauses before a running total's own clause, when they state a count of their own and run nothing.

    "本街道2015年共主动公开政府信息11条,历年累计234条" (round 20): the year's count first, then every year's in a clause
    of its own; "《条例》实施以来,累计主动公开…" has no count before its running clause, so no part is the year's.
    """
    clause = max(norm.rfind(mark, 0, since) for mark in ",，;；")
    before = norm[:clause] if clause > 0 else ""
    if not before or "累计" in before or _SINCE_INCEPTION.search(before) or not _A_COUNT.search(before):
        return ""
    return before


def _the_years_part(norm: str, following: list[Sentence]) -> str:
    """The part of a sentence that may state the year's total: none of a running total over several years.

    ``following``: the next sentence (with a count), which may state the year's part of this one's running total.
    """
    # the year's part after 其中, or the year's new items (round 61)
    year_part = _YEAR_PART.search(norm) or (_YEARS_NEW_PART.search(norm) if "新增" in norm else None)
    # "历年以来主动公开信息数453条": 历年 is several years' total, with 累计 or without it
    if ("累计" in norm or "历年" in norm) and (since := _SINCE_INCEPTION.search(norm)):
        return norm[year_part.start() :] if year_part else _before_the_running_clause(norm, since.start())
    # "截止2013年12月27日，…累计主动公开政府信息440条…。其中2013年度我局共主动公开政府信息235条" (round 16): a
    # running total whose year's part follows, in its sentence or as the next one, is not the year's
    # "近3年共主动公开政府信息300条" (round 40): a span of several years with no year named after it, as 历年 above
    if "年" in norm and over_several_years(norm, len(norm)):
        # cut at the first span: every clause from it on may be over several years (over_several_years found one)
        span = _SEVERAL_YEARS_SOUGHT.search(norm)
        start = span.start() if span else 0
        return norm[year_part.start() :] if year_part else _before_the_running_clause(norm, start)
    if "累计" in norm and year_part is not None and norm.find("累计") < year_part.start():
        return norm[year_part.start() :]
    if (
        "累计" in norm
        and following
        and (
            _YEAR_PART.match(following[0].norm.lstrip()) or _YEARS_NEW_PART.match(following[0].norm.lstrip())
        )
    ):
        return ""
    # "…全年公开政府信息78条，…，截止2025年1月22日，累计发送1315条信息" (pingtan_jtj_2024): the clauses before the cut-off
    # are read as before
    if (cut_off := _running_to_a_cut_off(norm)) is not None:
        return norm[year_part.start() :] if year_part and year_part.start() > cut_off else norm[:cut_off]
    return norm


def uncontested_proactive_total(
    sentences: list[Sentence], *, preferred_only: bool = False
) -> StatedFigure | None:
    """The year's count of items proactively disclosed (on a 2021-format page), unless another sentence states another.

    Two candidate counts for the year on one page (round 43, blind 39's ``zhangping_wjj_2023``: ``全年共公开信息58条,
    其中…`` and ``共制作信息112条,其中主动公开信息数7条``), each of which the rules below would take alone, leave the figure
    unread: which is the total is not certain, and the first by order is no answer.
    """
    first = proactive_total(sentences, preferred_only=preferred_only)
    if first is None or not _MADE_WITH_PROACTIVE_PART.search(first.sentence.norm):
        return first
    others = [s for s in sentences if s is not first.sentence]
    second = proactive_total(others, preferred_only=preferred_only)
    if second is not None and second.value != first.value:
        return None
    return first


# The items made, then their proactive part after 其中 ("2023年度共制作信息112条,其中主动公开信息数7条"): a candidate for the
# year's total that another sentence's count may contest (round 43)
_MADE_WITH_PROACTIVE_PART: Final = re.compile(
    r"(?:制作|制发|产生|形成)[^,，。;；]*?\d+条[,，]其中[,，:：]?主动公开"
)


def proactive_total(sentences: list[Sentence], *, preferred_only: bool = False) -> StatedFigure | None:  # noqa: C901, PLR0911 - one branch per wording of the total
    """The year's count of items proactively disclosed, from the first sentence that states it unambiguously.

    A clause with 主动公开 is preferred; a clause naming a channel or a part is never the total; a total over
    several years (`…实施以来，累计主动公开…`) is not the year's, and its sentence gives no total at all.
    """
    # Every wording of the total states it in digits and counts 条 or 篇: other sentences are never cut into
    # clauses (tests/audit/test_audit_fast_paths.py checks that each alternative of the pattern needs both).
    sentences = [
        s for s in sentences if ("条" in s.norm or "篇" in s.norm or "件" in s.norm) and DIGIT.search(s.norm)
    ]
    split: dict[int, list[str]] = {}  # each sentence is cut into clauses once, for both passes
    # A running total to a cut-off (round 17) leaves the total unread: the second pass would take a part after it
    # ("截止2010年末,累计公开信息总数7条,其中,街道公开信息分别为2条。社区公开信息5条": not 5)
    running_at = next(
        (
            index
            for index, sentence in enumerate(sentences)
            if (cut_off := _running_to_a_cut_off(sentence.norm)) is not None
            and not DIGIT.search(sentence.norm[:cut_off])
        ),
        len(sentences),
    )
    for preferred in (True,) if preferred_only else (True, False):
        after_total = False
        for index, sentence in enumerate(sentences):
            # a 主动公开 count the first pass did not read (round 21): what follows it is its breakdown — channels,
            # parts, "主要包括：…公开信息52条" — never the total; unread beats a part
            if not preferred and (index > running_at or after_total):
                break
            clauses = split.get(index)
            if clauses is None:
                norm = _the_years_part(sentence.norm, sentences[index + 1 : index + 2])
                clauses = split[index] = _total_clauses(norm) if norm else []
            # "全年累计产生政府信息16条,均已主动公开": every item made was disclosed, so the count made is the total
            if preferred and "均" in sentence.norm and (every := _ALL_PROACTIVE.search(sentence.norm)):
                return StatedFigure(
                    "proactive_total", LEGACY_PROACTIVE_TOTAL_LABEL, int(every.group(1)), sentence
                )
            # "通过单位电子显示屏,微信公众号,政府网站等载体,共累计发布信息847条": the channels the sentence names end in
            # 等载体/等方式 (all of them), and 共 counts over them: the year's total (round 14), not one channel's count
            joined = "，".join(clauses) if preferred else ""
            every = _over_every_channel(joined)
            if every is not None and not part_of_an_earlier_count(joined, every.start()):
                return StatedFigure(
                    "proactive_total", LEGACY_PROACTIVE_TOTAL_LABEL, int(every.group(1)), sentence
                )
            # "…共发布信息283条,其中:政府网站…27条,微信公众号…109条,…" · "本局共印发主动公开文件66份,均通过局网站
            # 予以公开" (round 34): the body's posts over every channel its 其中 names; documents, all disclosed
            if preferred and (worded := _total_worded_otherwise(sentence.norm)) is not None:
                return StatedFigure("proactive_total", LEGACY_PROACTIVE_TOTAL_LABEL, worded, sentence)
            # "2021年主动公开的各类政府信息数量66件": the total by name, counted in 件 (round 14)
            # (round 50: or that total ending its clause, "我局全年共主动公开政府信息96件")
            if (in_jian := _total_in_jian(joined)) is not None:
                return StatedFigure("proactive_total", LEGACY_PROACTIVE_TOTAL_LABEL, in_jian, sentence)
            # "2023年度主动公开的60条政府信息。其中…" · "我局主动公开的173条，其中…": the total its own 其中 breaks down
            # (round 20), read whole — the clauses are cut at the comma before 其中
            if preferred and (opening := _opening_its_parts(sentence.norm, sentences[index + 1 : index + 2])):
                return StatedFigure("proactive_total", LEGACY_PROACTIVE_TOTAL_LABEL, opening, sentence)
            if "条" not in sentence.norm and "篇" not in sentence.norm:
                continue  # the other wordings count 条 or 篇
            # "…等信息共175条。其中:部门动态120条,主动公开信息21条": a sentence that opens with 其中 (not the year's
            # part of a running total, cut out above) breaks down the previous sentence's count
            opens_with_part = sentence.norm.lstrip().startswith("其中") and not _YEAR_PART.match(
                sentence.norm.lstrip()
            )
            parts_from = _parts_of_a_stated_total(clauses, opens_with_part=opens_with_part)
            # a total written in 万/亿 (round 33, "主动公开政府信息6.7万余条"): the hand readings disagree on it (one
            # records it, one keeps it under a key of its own, three leave it out on purpose), so it is left unread
            # (round 54) — and no count after it stands in for it
            if (not preferred and _made_with_a_proactive_part(clauses, parts_from)) or (
                preferred and any(_total_in_units(clause) is not None for clause in clauses[:parts_from])
            ):
                return None
            total = _total_in_clauses(clauses[:parts_from], clauses, preferred=preferred)
            if total is not None:
                return _read_total(total, clauses, sentences[index:], sentences[:index])
            # a 主动公开 count the first pass did not read: the sentences after it are its shares (rounds 15, 21);
            # so are they after a 共 count in 条 its 其中 breaks into parts put out (round 61): unread beats a part
            after_total = not preferred and (
                any(_proactive_count(c) for c in clauses)
                or _TOTAL_OPENING_ITS_PARTS.search("，".join(clauses)) is not None
            )
    return None


# A count in 条 under 共, then its 其中 part put out in 条 (round 61, blind 56's ``liupanshui_yjj_2024``: "…共公开与单位及
# 行业领域相关的…各类非涉密信息1057条,其中局门户网站公开信息633条,涉及…;局微信公众号…公开信息424条"): whether or not the
# count was read, the counts after it are its parts, never the total
_TOTAL_OPENING_ITS_PARTS: Final = re.compile(
    r"共(?:计)?[^，,;；。]*?\d+条[，,]其中[,，:：]?[^，,;；。]*?(?:公开|发布)[^，,;；。]*?\d+条"
)
# Items made (制作, 制发, 产生, 形成), as the clause before a 其中 counts them.
_MADE: Final = re.compile(r"制作|制发|产生|形成")


def _over_every_channel(joined: str) -> re.Match[str] | None:
    """A count over every channel a sentence names, or None.

    Ending in 等载体/等方式 (round 14), closed by 其他方式 (round 38), or closed by 等平台 with 共/累计 before the verb
    (round 51).
    """
    # (the patterns need the words tested first, in C: tests/audit/test_audit_speed5.py)
    # a list closed by 等 with the total word before the verb (round 51): gated by the words it needs
    then_total = "等" in joined and any(word in joined for word in _TOTAL_WORDS_OVER_CHANNELS)
    if "通过" not in joined:
        return _CHANNELS_THEN_TOTAL_WORD.search(joined) if then_total and "在" in joined else None
    every = _ALL_CHANNELS.search(joined) if "等" in joined else None
    if every is None and "其他" in joined:
        every = _CLOSED_BY_OTHER_MEANS.search(joined)
    if every is None and then_total:
        every = _CHANNELS_THEN_TOTAL_WORD.search(joined)
    return every


def _made_with_a_proactive_part(clauses: list[str], parts_from: int) -> bool:
    """Whether the sentence counts items made and names one of its parts 主动公开 (round 21): no total is certain.

    "共制作发布政府信息114条，其中通过政府信息公开平台主动公开信息数为54条，利用LED、公开栏等其他形式公开60条": readers
    take 54 (the part the words call 主动公开) or 114 (all that was made and published, other forms included); the
    first pass leaves 54 alone (a channel's part), so the second would read 114 — one side of a disputed convention.
    The sentence, and the sentences after it, give no total (docs/audit.md, "Twenty-first round").
    """
    return any(
        _MADE.search(clause) and _ITEM_COUNT.search(clause) for clause in clauses[:parts_from]
    ) and any("主动公开" in part and _ITEM_COUNT.search(part) for part in clauses[parts_from:])


# Round 37 (blind 34's ``yingtan_lyj_2023``: "…目录专栏公开信息161条;部门网站共公开信息584条;政务微博公开信息53条;…;
# 行政许可公开信息0条,累计公开信息858条"): a count that opens a run of counts in 条 (clauses or 、/;-cut sentences) which a
# closing 累计/合计/共计/总计 count ends is the first channel, never the year's total. The closing count is the total when
# the run adds up to it; when it does not, no total is certain and none is read.
_CLOSING_OF_CHANNELS: Final = re.compile(
    r"^(?:累计|合计|共计|总计)(?:公开|发布)?(?:政府|政务)?(?:信息)?(?:共|为)?(\d+)条[。;；]?$"
)
_RUN_COUNT: Final = re.compile(r"(?<![\d.])(\d+)条[。;；]?$")
_RUN_SENTENCES: Final = 8  # the most sentences a run of channels cut at ; spans
# Round 37 (blind 34's ``sichuan_qxj_2012``: "通过…门户网站主动公开政府信息23300条,通过省政府网站主动公开政府信息137条"):
# two channels side by side, each worded 主动公开 after its 通过, with no total printed. The first is one channel's
# count, not the year's; the sum of the channels is a total the page does not state (a channel may repost another's
# items), so none is read.
_CHANNEL_VERB_BEFORE_PROACTIVE: Final = re.compile(r"(?:通过|利用|依托)[^,，;；。]{1,30}?主动公开")


def _closing_of_channels(sentences: list[Sentence], total: int) -> tuple[int | None, Sentence] | None:
    """The closing total of a run of counts holding ``total`` (round 37): ``(None, …)`` when the run misses it.

    ``None`` when ``total`` is in no run closed by a 累计/合计/共计/总计 count, or in a run broken down by 其中, or is
    not the run's first count and the run does not add up (a 共 inside a channel's clause, "部门网站共公开信息584条",
    may have been read): the reading stands as before.
    """
    counts: list[int] = []
    first = False
    for sentence in sentences[:_RUN_SENTENCES]:
        for part in _CLAUSE_MARK.split(sentence.norm.rstrip("。;；")):
            clause = part.strip()
            if counts and (first or total in counts) and (closing := _CLOSING_OF_CHANNELS.match(clause)):
                value = int(closing.group(1))
                adds_up = len(counts) >= 2 and sum(counts) == value  # noqa: PLR2004 - two counts or more
                if not (adds_up or first):
                    return None
                return (value if adds_up else None), sentence
            found = _RUN_COUNT.search(clause)
            if found is None or clause.startswith("其中"):
                if total in counts:
                    return None
                counts = []
                continue
            first = first or (not counts and int(found.group(1)) == total)
            counts.append(int(found.group(1)))
        if total in counts and not sentence.norm.rstrip().endswith((";", "；")):
            return None
    return None


def _read_total(
    total: tuple[int, float], clauses: list[str], sentences: list[Sentence], before: Sequence[Sentence] = ()
) -> StatedFigure | None:
    """The total read in the clauses of ``sentences[0]``, unless it is one channel's count (rounds 37, 41).

    Then it is the closing total of the run of channels it opens, or none. ``before``: the sentences before it.
    """
    if _channels_side_by_side(clauses, total[0]):
        return None
    closing = _closing_of_channels(sentences, total[0])
    if closing is not None:
        return (
            StatedFigure("proactive_total", LEGACY_PROACTIVE_TOTAL_LABEL, closing[0], closing[1])
            if closing[0] is not None
            else None
        )
    if _beside_another_channel(clauses, total[0], sentences, before):
        return None
    return StatedFigure(
        "proactive_total", LEGACY_PROACTIVE_TOTAL_LABEL, total[0], sentences[0], confidence=total[1]
    )


def _channels_side_by_side(clauses: list[str], total: int) -> bool:
    """Whether ``total`` is a channel's 主动公开 count with another channel's beside it in the next clause (round 37)."""
    for position, clause in enumerate(clauses[:-1]):
        found = _RUN_COUNT.search(clause.strip())
        if found is None or int(found.group(1)) != total:
            continue
        following = clauses[position + 1]
        return (
            _CHANNEL_VERB_BEFORE_PROACTIVE.search(clause) is not None
            and _CHANNEL_VERB_BEFORE_PROACTIVE.match(following.strip()) is not None
            and _RUN_COUNT.search(following.strip()) is not None
            and not _CLOSING_TOTAL.search(following)
        )
    return False


# Round 41 (blind 37's ``jilin_rfb_2014``: "政府公开网公开信息51条,其中…。吉林人防门户网站主动公开各类政府信息211条。"):
# a channel's count beside another channel's count, with no total printed, is never the year's total, whichever of them
# says 主动公开 (round 37's ``_channels_side_by_side`` wants both worded so, in one sentence). A channel's count: a
# clause naming a channel (``CHANNEL_WORDS``, and a site's 专栏) before its count in 条, with no word of a total in it.
# Round 54 (the coordinator's decision: where the hand readings disagree on a class, the auditor leaves it unread): every
# kind that names one outlet (site, account, board, app, video account) and the verbs an account takes (发布, 推送 …), not
# a site with 公开 only — blind 11's ``dazhou_jtj_2025`` (site 141 beside WeChat 209) and blind 31's ``fengjie_tjj_2020``
# print the same sentence and their readings differ.
_CHANNEL_COUNT: Final = re.compile(
    r"^[^,，;；。]{0,60}?(?:"
    + _channel_words("website", "new_media", "board", "app", add=("专栏", *_VIDEO_ACCOUNTS))
    + r"|(?<![类种项个些等])平台"
    + r")[^,，;；。\d]{0,10}?(?:公开|发布|推送|公布|更新|转载)(?:[和及与、](?:公开|发布|推送|公布|更新|转载))?(?:了)?"
    r"(?:各类|各项)?(?:政府|政务|行政处罚|行政许可|行政执法)?信息(?:数|数量)?(?:为)?(\d+)(?:条|篇|件)[。;；]?$"
)
# (round 64, blind 59's ``haicheng_wjj_2025``: "通过市政府网站主动公开政府信息数量4条;鞍山市信用综合应用平台主动公开行政处罚
# 信息数量69条" — a platform named as one outlet (not 各类/多种/各个/这些/等平台) is a channel as a site is, and its count may
# be of a kind of decision it posts: 行政处罚/许可/执法信息, the kinds the law has bodies post on such platforms)
# (round 62, blind 57's ``yueyang_kjj_2025``: "利用网站主动公开政府信息1407篇,…;局官方微信公众号…发布信息188条" — a channel's
# count is one channel's in 篇 or 件 as in 条: a site counts 篇 or 件 where an account counts 条)
# (round 61, blind 56's ``baoshan_szfbgs_2024``: "…微信公众号发布和转载政府信息383条" — two verbs joined, or reposting
# alone, are one channel's count as much as 发布 is)
_TOTAL_WORDS: Final = re.compile(r"共|合计|总计|总数|累计|各渠道|所有")
# Round 48 (blind 44's ``shmtu_2017``: "…官方网站共公开信息1021条。" / "学校信息公开网新增主动公开信息586条。"): 共 right
# after a site's name counts that site's items in all (as "部门网站共公开信息584条" in a run of channels), not every
# channel's; with it set aside the clause is one site's count.
_SITES_OWN_ALL: Final = re.compile("(" + _channel_words("website") + r")(?:上)?共(?:计)?(?=公开|发布)")
# Round 64 (blind 59's ``xinghua_jtj_2024``: "通过市政府门户网站主动公开政府信息共计27条,通过“兴化交通”微信公众号发布信息
# 1148条"): 共计 right before the count of a clause that puts its items on one channel (one site, account or platform,
# no list: no 、和及与等 nor 各/多 before the count) sums that channel's items, not every channel's. Round 65: whatever
# introduces the channel — 通过, 在(…上), 于, 依托, 利用, or nothing (the channel as the clause's subject:
# "旗政府门户网站发布信息共计8204条") — the channel is one and the sum its own.
_ONE_CHANNELS_OWN_SUM: Final = re.compile(
    r"^([^,，;；。、和及与等各多]{0,60}?(?:"
    + _channel_words("website", "new_media", "platform")
    + r")[^,，;；。、和及与等各多\d]{0,20}?信息(?:数|数量)?)(?:共计|共)(?=\d)"
)


def _total_word(clause: str) -> bool:
    """Whether ``clause`` holds a word of a total over channels (not a site's own 共, round 48)."""
    return (
        _TOTAL_WORDS.search(_ONE_CHANNELS_OWN_SUM.sub(r"\1", _SITES_OWN_ALL.sub(r"\1", clause))) is not None
    )


def _channel_count(clause: str) -> int | None:
    """The count of ``clause`` when it is one channel's (``_CHANNEL_COUNT``), not a part, a request nor a total."""
    clause = _ONE_CHANNELS_OWN_SUM.sub(r"\1", _SITES_OWN_ALL.sub(r"\1", clause.strip()))
    if clause.startswith("其中") or "申请" in clause or _TOTAL_WORDS.search(clause):
        return None
    found = _CHANNEL_COUNT.match(clause)
    return int(found.group(1)) if found else None


def _leading_clauses(sentence: Sentence) -> list[str]:
    """The clauses of ``sentence`` before its first 其中 (none when it opens with one): its own counts, no parts."""
    clauses: list[str] = []
    for clause in _CLAUSE_MARK.split(sentence.norm):
        if clause.strip().startswith("其中"):
            break
        clauses.append(clause)
    return clauses


def _beside(neighbour: Sentence, sentence: Sentence) -> bool:
    """Whether ``neighbour`` is in ``sentence``'s paragraph or, under the same heading, the paragraph right next to it.

    Copied text breaks a paragraph at every line (blind 44's ``shmtu_2017`` gives each site's count a line of its own):
    the next line under the same heading is as near as the next sentence of one paragraph (round 48).
    """
    return neighbour.paragraph == sentence.paragraph or (
        abs(neighbour.paragraph - sentence.paragraph) == 1 and neighbour.section == sentence.section
    )


# Round 66 (blind 9's ``pingtan_nyn_2023``: "2023年通过…政府门户网站主动公开政府信息260条,其中…" and, in the paragraph
# after, "2023年,通过…政府门户网站主动公开政府信息260条。"): the same clause said again, its year apart, is the one channel's
# count restated, no other channel's beside it (the opening year: ``_OPENING_YEAR``).


def _restated(clause: str) -> str:
    """``clause`` without its opening year and closing mark: two clauses so equal say one count."""
    return _OPENING_YEAR.sub("", clause.strip()).rstrip("。;；")


def _beside_another_channel(
    clauses: list[str], total: int, sentences: list[Sentence], before: Sequence[Sentence]
) -> bool:
    """Whether ``total`` is one site's count with another site's count beside it and no total (round 41).

    Beside it: a clause of its own sentence before any 其中, or of a sentence of its paragraph up to eight before or
    after it (before their own 其中). A total word in any of those clauses (共, 合计, 总计 …) leaves the reading.
    """
    at = [clause for clause in clauses if _channel_count(clause) == total]
    if not at:
        return False
    own = _restated(at[0])
    nearby: list[str] = []
    posts: list[str] = []
    for neighbour in (sentences[0], *before[-_RUN_SENTENCES:], *sentences[1 : _RUN_SENTENCES + 1]):
        if neighbour is sentences[0] or _beside(neighbour, sentences[0]):
            leading = [clause for clause in _leading_clauses(neighbour) if _restated(clause) != own]
            accounts = _accounts_posts(leading)
            posts.extend(accounts)
            nearby.extend(clause for clause in leading if clause not in accounts)
    if any(_total_over_channels(clause) for clause in nearby):
        return False
    return bool(posts) or any(_channel_count(clause) is not None for clause in nearby)


# Round 66 (blind 60's ``xianning_zrzjj_2024``: "…局门户网站发布政务信息1814条,…。…局微信公众号关注量3789个,共推送微信文章
# 297篇"): an account named in a clause (its followers, its name) and its posts counted in a later clause of the sentence
# ("发布信息64条", "共推送微信文章297篇": 共 the one account's own sum, round 65, never a total over the outlets) is an
# account's count as much as "微信公众号发布信息N条" is.
_ACCOUNTS_POSTS: Final = re.compile(
    r"^(?:共|共计)?(?:推送|发布|推出|编发)(?:了)?(?:微信|微博)?(?:文章|信息|图文|推文|消息)(?:共|共计)?(\d+)(?:条|篇)[。;；]?$"
)


def _accounts_posts(clauses: list[str]) -> list[str]:
    """The clauses of ``clauses`` that count the posts of a new-media account an earlier clause names."""
    return [
        clause
        for position, clause in enumerate(clauses)
        if position
        and _ACCOUNTS_POSTS.match(clause.strip()) is not None
        and any(_NEW_MEDIA_ACCOUNT.search(earlier) for earlier in clauses[:position])
    ]


# Round 66 (blind 60's ``linxiashi_2023``: "通过政府网站主动公开政府信息10311条,…。通过政务新媒体公开政府信息42828条,…。
# 2023年,全市共受理网民留言60条"): a count of another kind (messages received, 受理网民留言) with 共 is no total over the
# channels; only a count of items put out (公开, 发布, 推送 …) or a bare closing total (合计N条) is.
_ITEMS_PUT_OUT: Final = re.compile(r"公开|发布|推送|公布|更新|转载|刊发|刊登|编发")


def _total_over_channels(clause: str) -> bool:
    """Whether ``clause`` counts with a word of a total (共, 合计 …) the items put out over every channel."""
    clause = clause.strip()
    return (
        _total_word(clause)
        and _RUN_COUNT.search(clause) is not None
        and (_ITEMS_PUT_OUT.search(clause) is not None or _CLOSING_OF_CHANNELS.match(clause) is not None)
    )


# The body's own count of posts, 共发布信息N条, opening the sentence and broken down at once by 其中 (round 34, blind
# 31's ``yongde_wlj_2020``). Bare 发布信息 is no total elsewhere (a channel's posts, ``_EVERY_POST``): here its subject
# names no channel, and every part after 其中 is one (``_as_channels``), so the count is every item over every channel.
_POSTED_OPENING: Final = re.compile(
    r"^(?P<subject>[^,，;；。:：\d]{0,30}?)(?:\d{4}年度?)?(?:全年)?(?:共|共计)发布(?:了)?信息(\d+)条[,，]其中[:：,，]?"
)
# Documents, each of them disclosed (round 34, blind 31's ``xiamen_ybj_2022``): "本局共印发主动公开文件66份,均通过局网站
# 予以公开". 份 stays apart elsewhere (round 11); this wording says the documents are the proactive items, and all went
# out.
_ALL_DOCUMENTS_PROACTIVE: Final = re.compile(
    r"(?:^|[,，。])[^,，;；。\d]{0,20}?(?:\d{4}年度?)?[^,，;；。\d]{0,10}?(?:共|共计)(?:印发|制发)(?:了)?主动公开(?:的)?"
    r"(?:政府)?文件(\d+)份[,，]均(?:已)?(?:通过[^,，;；。\d]{1,20}?)?(?:予以)?(?:主动)?公开"
)


def _total_worded_otherwise(norm: str) -> int | None:
    """The total as ``_POSTED_OPENING`` over its channels or ``_ALL_DOCUMENTS_PROACTIVE`` words it (round 34)."""
    if "发布信息" in norm and (posted := _posted_over_its_channels(norm)) is not None:
        return posted
    documents = _ALL_DOCUMENTS_PROACTIVE.search(norm) if "均" in norm and "份" in norm else None
    return int(documents.group(1)) if documents else None


def _posted_over_its_channels(norm: str) -> int | None:
    """The count of ``_POSTED_OPENING`` when its subject names no channel and every part after its 其中 is one."""
    found = _POSTED_OPENING.match(norm)
    if found is None or _A_CHANNEL.search(found.group("subject")) or "通过" in found.group("subject"):
        return None
    body = norm[found.end() :].split("。", 1)[0]
    named = [item for item in _PARTS.split(body) if item]
    channels, _ = _as_channels(named, named)
    return int(found.group(2)) if channels else None


# The proactive total named as what was disclosed, right before the 其中 that breaks it down (round 20).
_OPENING_ITS_PARTS: Final = re.compile(
    r"主动公开的(?:各类)?(\d+)条(?:(?:政府|政务)?信息)?(?:[,，:：]?(?=其中)|(?P<end>。?$))"
)


def _opening_its_parts(norm: str, following: list[Sentence]) -> int | None:
    """The count of ``主动公开的N条(政府信息)`` when a 其中 follows it, in its sentence or opening the next one."""
    found = _OPENING_ITS_PARTS.search(norm)
    if (
        found is None
        or _WITHHELD_BEFORE.search(norm[: found.start()])
        or part_of_an_earlier_count(norm, found.start())
    ):
        return None
    if found.group("end") is not None and not (following and following[0].norm.lstrip().startswith("其中")):
        return None
    return int(found.group(1))


# The proactive total written in 万 or 亿, hedged or not (round 33): "主动公开各类政府交通运输信息约196.4万条",
# "主动公开政府信息6.7万余条", "主動公開政府信息1萬餘條" (read after the page's 繁体 is made 简体).
# The words that hedge a count as approximate, right before it (round 33): 约500条, 近300条, 逾2000条, 超过100条.
_HEDGE_WORDS: Final = "约|近|逾|超过"
_TOTAL_IN_UNITS: Final = re.compile(
    rf"(?<![不未非])主动公开(?:了)?[^,，;；。\d]{{0,30}}?信息(?:共|共计|合计|总计|累计|达|为|有)*(?:{_HEDGE_WORDS})?"
    r"(\d+(?:\.\d+)?)([万亿])(?:余|多)?(?:条|篇)(?![,，]?占)"
)
_TEN_THOUSAND: Final = 10_000
_UNIT_VALUES: Final = {"万": Decimal(_TEN_THOUSAND), "亿": Decimal(_TEN_THOUSAND**2)}
_UNIT_DIGITS_MAX: Final = 4  # digits before 万/亿 a count written in it has: 10000万 is written 1亿


def count_in_units(digits: str, unit: str) -> int:
    """A count written in 万 or 亿 as its value: ``196.4``, ``万`` is 1,964,000."""
    return int(Decimal(digits) * _UNIT_VALUES[unit])


def _unit_slip(digits: str) -> bool:
    """Whether a count written in 万/亿 has more digits before its unit than such a count has: a unit slip.

    "主动公开政府信息173769万条" (blind 2's ``liaoning_mirror_2022``, whose parts add up to 173,769): no count.
    """
    return len(digits.partition(".")[0]) > _UNIT_DIGITS_MAX


def _total_in_units(clause: str) -> int | None:
    """The proactive total a 主动公开 clause writes in 万/亿, as its value (round 33), or ``None``.

    Round 54: the total so written is left unread (the hand readings disagree on it); this finds it so that no count
    after it stands in for it.

    "主动公开各类政府交通运输信息约196.4万条(含…),其中:…发布政府信息6000条" (blind 30's ``guangzhou_jtj_2022_tw``): the total
    is 1,964,000, never the next count. Five digits or more before 万 ("主动公开政府信息173769万条", blind 2's
    ``liaoning_mirror_2022``, whose parts add up to 173,769) is a unit slip: left unread.
    """
    if "万" not in clause and "亿" not in clause:
        return None
    rounded = _TOTAL_IN_UNITS.search(clause)
    if rounded is None or _unit_slip(rounded.group(1)):
        return None
    return count_in_units(rounded.group(1), rounded.group(2))


def _total_in_clauses(
    candidates: list[str], clauses: list[str], *, preferred: bool
) -> tuple[int, float] | None:
    """The proactive total in the first of ``candidates`` (the sentence's ``clauses`` before its parts), how sure."""
    in_a_list = False
    for position, clause in enumerate(candidates):
        # "通过不同渠道和方式公开政府信息情况:政府网站公开信息3698条,微博微信公开信息2148条,…": the clauses after
        # a channel or an enumerated part with a count go on with its list — parts, not the total — unless
        # they close it with a total of their own (共, 合计, 总计 …)
        listed, in_a_list = (
            in_a_list,
            in_a_list or bool(_LIST_ITEM.match(clause) and _ITEM_COUNT.search(clause)),
        )
        if listed and not _CLOSING_TOTAL.search(clause):
            continue
        if "申请" in clause or ("主动公开" in clause) != preferred:
            continue
        if not preferred and _PART_CLAUSE.match(clause):
            continue
        # the first match that is not a count withheld ("不予公开信息有10条", round 15)
        total = next(
            (found for found in _PROACTIVE_TOTAL.finditer(clause) if not _withheld(clause, found)), None
        )
        before = clause[: total.start()] if total else ""
        # "共主动公开政府信息(…)113条,政府网站公开信息数71条": after a 主动公开 count (the sentence's total, even
        # when the first pass could not read it), a channel named as the subject is that channel's share of it, not
        # a stand-in for it (round 11: a channel is never the total; round 15: nor one with no 通过/在 before it).
        # A channel's count with no 主动公开 count before it ("市政府门户网站公开…信息共计3437条") stays the total.
        if (
            total is not None
            and not preferred
            and _CHANNEL_SUBJECT.search(before)
            and any(_proactive_count(earlier) for earlier in candidates[:position])
        ):
            total = None
        # "发布各类信息N条" with no 政府/政务 is every post of whoever publishes it: a channel's posts when a channel
        # stands before it in its clause ("…政府门户网站共发布各类信息46106条", round 26), never the total
        if total is not None and _EVERY_POST.match(total.group(0)) and _A_CHANNEL.search(before):
            total = None
        # a count whose share follows in the next clause ("…等信息12条，占全部信息的30%") is a part
        # ... unless it is the proactive part of the items made ("共制作信息30条，其中主动公开信息数24条，
        # 占比80%"): the share is of what was made, and the part is the year's proactive total
        made_part = position > 0 and clause.startswith("其中主动公开") and "制作" in clauses[position - 1]
        shared = (
            position + 1 < len(clauses) and clauses[position + 1].startswith(("占", "所占")) and not made_part
        )
        if (
            total
            and "类" not in _EVERY_KIND.sub("", before)[-6:]
            and "其他" not in before
            and "占" not in clause
            and not shared
        ):
            return _first_int(total), PROSE_CONFIDENCE
        # "共510条，其中主动公开信息数169，依申请公开信息数317条": the count lost its unit inside a list whose
        # neighbouring parts are counted in 条 (round 14); read less sure, as every count with no unit
        unitless = _UNITLESS_TOTAL.fullmatch(clause) if preferred and position > 0 else None
        if unitless is None:
            continue
        neighbours = clauses[position - 1 : position] + clauses[position + 1 : position + 2]
        if len(neighbours) == 2 and all(_ITEM_COUNT.search(n) for n in neighbours):  # noqa: PLR2004 - before and after
            return int(unitless.group(1)), UNITLESS_FIGURE_CONFIDENCE
    return None


# One field's disclosure set as a task (做好/加强/强化 … 公开, ending its clause), and what makes a count the year's
# whole rather than that field's (a year, 全年/本年/今年, 共/累计/合计/总计, 各类); round 60
_A_FIELD_S_TASK: Final = re.compile(r"(?:做好|抓好|加强|强化|深化|推进|规范|落实)[^,，;；。]{1,20}?公开$")
_THE_YEAR_S_WHOLE: Final = re.compile(r"(?:19|20)\d{2}年|全年|本年|今年|共|累计|合计|总计|各类")
_CLOSED_BY_SUCH_ITEMS: Final = re.compile(r"等信息\d+条[。;；]?$")


def _one_field_s_count(norm: str) -> bool:
    """Whether the sentence's last clause counts the items of the one field the clause before it sets as a task.

    Round 60 (blind 55's ``yucheng_szf_2024``: "做好市政府常务会议公开,公开会议议定事项、议题解读、新闻报道等信息56条"):
    the kinds closed by 等信息N条 are that field's (a meeting's decisions, readings, news), with no year, 全年 or 共 of
    their own to make them the year's whole — never the year's total, which the readings do not take it for.
    """
    clauses = [clause for clause in _CLAUSE_MARK.split(norm) if clause.strip()]
    return (
        len(clauses) >= 2  # noqa: PLR2004 - the task's clause, then the count's
        and _A_FIELD_S_TASK.search(clauses[-2].strip()) is not None
        and _CLOSED_BY_SUCH_ITEMS.search(clauses[-1].strip()) is not None
        and _THE_YEAR_S_WHOLE.search(clauses[-1]) is None
    )


# A closing 总计/合计/共计 the counts before it add up to (round 28, blind 26's ``hainan_himpa_2014``: "信息发布量由2013年的
# 1128 条增加到2014年的1887条,在省政府网站政府信息公开专栏发布信息514条,总计2401条"): the page sums its channels' counts
# itself, so the sum is the year's total — read only when nothing else states it, and only when every clause before the
# closing count, back to the first that ends in no count, ends in a count in 条 and those counts (two or more) make it.
_CLOSING_SUM: Final = re.compile(r"[,，](?:总计|合计|共计)(\d+)条(?=[,，。;；]|$)")
_CLAUSE_END_COUNT: Final = re.compile(r"(?<![\d.])(\d+)\s*条$")


def _summed_total(sentences: list[Sentence]) -> StatedFigure | None:
    """The year's total as the closing 总计 of counts in 条 that add up to it, in a sentence about information."""
    for sentence in sentences:
        norm = sentence.norm
        if "计" not in norm or "信息" not in norm or "申请" in norm:
            continue
        for closing in _CLOSING_SUM.finditer(norm):
            counts: list[int] = []
            for clause in reversed(_CLAUSE_MARK.split(norm[: closing.start()])):
                count = _CLAUSE_END_COUNT.search(clause.strip())
                if count is None:
                    break
                counts.append(int(count.group(1)))
            if len(counts) >= 2 and sum(counts) == int(closing.group(1)):  # noqa: PLR2004 - two counts or more
                return StatedFigure(
                    "proactive_total", LEGACY_PROACTIVE_TOTAL_LABEL, int(closing.group(1)), sentence
                )
    return None


# The guide and the catalogue (round 29, blind 27's ``yongtai_baiyun_2011``). The 2008 Regulation's report opens with a
# 概述 whose parts often tell how the 政府信息公开指南 and 目录 were drawn up, carried out or updated ("(二)《指南》和《目录》的
# 执行情况 … 严格执行《…指南》、《…目录》,及时公开了机构职能、政策信息…等信息,总共公开信息28条"): a count there is what
# the catalogue holds, not the year's proactive total, which the report's own 主动公开政府信息情况 part states. Such a
# sentence gives no total unless it says 主动公开 itself; so does every sentence of a part whose own heading names the
# guide or the catalogue (and not 主动公开).
_GUIDE: Final = re.compile(r"指南|目录")
_GUIDE_WORK: Final = re.compile(r"执行|编制|编写|更新|修订|完善|维护")
_SUB_HEADING: Final = re.compile(r"[(（][一二三四五六七八九十]{1,3}[)）]")
_SUB_HEADING_MAX: Final = 40  # a heading is short; a longer line opening with (一) is its first sentence


def _about_the_guide(norm: str) -> bool:
    """Whether a sentence tells of the guide or the catalogue's drafting, carrying out or updating."""
    return _GUIDE.search(norm) is not None and _GUIDE_WORK.search(norm) is not None


def _without_the_guide_s_counts(sentences: list[Sentence]) -> list[Sentence]:
    """``sentences`` but those about the guide or the catalogue that do not say 主动公开 (round 29)."""
    kept: list[Sentence] = []
    in_guide_part = False
    section = None
    for sentence in sentences:
        norm = sentence.norm
        if sentence.section != section:
            section, in_guide_part = sentence.section, False
        if _SUB_HEADING.match(norm) and len(norm) <= _SUB_HEADING_MAX:
            in_guide_part = _GUIDE.search(norm) is not None and "主动公开" not in norm
        if "主动公开" in norm or not (in_guide_part or _about_the_guide(norm)):
            kept.append(sentence)
    return kept


def _less_sure_from_the_overview(total: StatedFigure, *, no_proactive_part: bool) -> StatedFigure:
    """``total`` less sure when read from the 概述 (section 一) with no 主动公开 in its sentence, no 主动公开 part read.

    The 2008 outline states the year's total in its 主动公开 part; a count in the 概述 that does not say 主动公开 is the
    year's total by its words only (blind 20's ``suqian_zwb_2017``: ``…等多种渠道累计公开信息5064条``): read, at a low
    confidence, its section and sentence telling where it came from (round 29).
    """
    if no_proactive_part and total.sentence.section == "一" and "主动公开" not in total.sentence.norm:
        total.confidence = min(total.confidence, OVERVIEW_TOTAL_CONFIDENCE)
    return total


# Round 55 (blind 51's ``xicheng_shichahai_2008``, development data: "2008年,我街道主动公开政府信息共53条;接受咨询查阅25人次。"
# in 一、概述, its 二、主动公开情况 describing the work with no count): the 2008 outline lets the 概述 state the year's total;
# read there, in the 主动公开 wording only, when the 主动公开 part states no count in 条 at all (a count there that is left
# unread on purpose is never replaced by the overview's).
# an article of the Regulations (第15条, 第9至12条) is no count
_A_COUNT_IN_TIAO: Final = re.compile(r"(?<![\d.第至、])\d+条")


def _total_in_the_overview_only(prose: Prose, proactive: list[Sentence]) -> StatedFigure | None:
    """The year's proactive total the 概述 states, when the 主动公开 part states no count in 条; or None."""
    if proactive is prose.sentences or any(_A_COUNT_IN_TIAO.search(sentence.norm) for sentence in proactive):
        return None
    overview = [sentence for sentence in prose.in_sections("一") if "主动公开" in sentence.norm]
    return proactive_total(overview) if overview else None


def stated_legacy_figures(prose: Prose) -> list[StatedFigure]:  # noqa: C901 - one pattern per figure
    """The headline figures of a narrative report, each with its sentence."""
    figures: list[StatedFigure] = []
    seen: set[str] = set()

    def add(figure: StatedFigure) -> None:
        key = f"{figure.name}:{figure.label}"
        if key not in seen:
            seen.add(key)
            figures.append(figure)

    sentences = prose.sentences
    proactive = prose.in_sections("二") or sentences
    totals_from = _without_the_guide_s_counts(proactive)
    total = proactive_total(totals_from)
    if total is None:
        total = _total_lost_its_unit(totals_from)
    if total is None:
        total = _summed_total(totals_from) or _total_in_the_overview_only(prose, proactive)
    if total is not None:
        add(_less_sure_from_the_overview(total, no_proactive_part=proactive is sentences))
    for sentence in proactive:
        s = sentence.norm
        if "申请" in s:
            continue
        for match in _CATEGORY.finditer(s):
            label = _LABEL_PREFIX.sub("", match.group(1))
            if label.endswith(("各类", "分类")) or "公开" in label:
                continue
            share = Decimal(match.group(4)) if match.group(4) else None
            add(
                StatedFigure(
                    "category", label, int(match.group(2)), sentence, share,
                    _share_of(match.group(3) or "") if share is not None else None, group="category",
                )
            )  # fmt: skip
        for match in _TIMELINESS.finditer(s):
            label = re.sub(r"^(?:文件|政府)?信息", "", match.group(2)) or "及时公开"
            add(
                StatedFigure(
                    "timeliness", label, int(match.group(1)), sentence, Decimal(match.group(5)),
                    _share_of(match.group(4)), int(match.group(3)), group="timeliness",
                )
            )  # fmt: skip
        for match in _CHANNEL.finditer(s):
            label = _LABEL_PREFIX.sub("", match.group(1)).strip()
            if label.endswith("类") or "不超过" in label or not label:
                continue
            add(
                StatedFigure(
                    "channel", label, int(match.group(2)), sentence, Decimal(match.group(4)),
                    _share_of(match.group(3)), group="channel",
                )
            )  # fmt: skip
    names = {f.name for f in figures}
    for index, sentence in enumerate(sentences):
        if is_figure_sentence(sentence.norm):
            _other_legacy(sentence, names, figures, _heading_before_a_bare_answer(sentences, index))
    return figures


_BARE_ANSWER_MAX: Final = 6  # 无此类情况。 is the longest bare answer


def _heading_before_a_bare_answer(sentences: list[Sentence], index: int) -> Sentence | None:
    """The sentence before a short one that is the whole rest of its paragraph, in its paragraph or the one above."""
    sentence = sentences[index]
    if len(sentence.norm) > _BARE_ANSWER_MAX or index == 0:
        return None
    if index + 1 < len(sentences) and sentences[index + 1].paragraph == sentence.paragraph:
        return None  # more follows the answer: not the heading's whole content
    previous = sentences[index - 1]
    return previous if sentence.paragraph - previous.paragraph in {0, 1} else None


# A legacy total whose unit was lost before its sentence's full stop (round 25, ``wenzhou_slj_2014``: "…主动在政府信息平台、
# 微博、微信等媒介上公开政务信息4287。"): the total's words, then the sentence's one count (its year aside), ending it.
_TOTAL_LOST_UNIT: Final = re.compile(
    r"主动[^。,，;；\d]{0,40}?公开(?:了)?(?:各类)?(?:政府|政务)信息(?:共|共计|合计)?(\d+)[。.]?$"
)
_A_YEAR: Final = re.compile(r"(?:19|20)\d{2}年")


def _total_lost_its_unit(sentences: list[Sentence]) -> StatedFigure | None:
    """The year's proactive total written with no unit at its sentence's end, read less sure (round 25); or None."""
    for sentence in sentences:
        norm = sentence.norm.rstrip()
        if "主动" not in norm:
            continue
        found = _TOTAL_LOST_UNIT.search(norm)
        if (
            found is not None
            and len(re.findall(r"\d+", _A_YEAR.sub("", norm))) == 1
            and "申请" not in norm
            and not _SINCE_INCEPTION.search(norm)
            and not _withheld(norm, found)
        ):
            return StatedFigure(
                "proactive_total", LEGACY_PROACTIVE_TOTAL_LABEL, int(found.group(1)), sentence,
                confidence=UNITLESS_FIGURE_CONFIDENCE,
            )  # fmt: skip
    return None


# A legacy section heading on requests or on reviews and lawsuits answered by one word (round 40, blind 36's
# ``pingtan_lyj_2011``: "三、依申请公开政府信息办理情况 无申请。", "五、因政府信息公开被申请行政复议、提起行政诉讼的情况 无。"):
# none of what the heading names.
_NONE_UNDER_HEADING: Final = re.compile(
    r"^[一二三四五六七八九十]+、(?P<heading>[^。,，;；:：\d]{2,40}?情况)[:：]?(?:无|没有|暂无)(?:申请)?[。.]?$"
)
# The same answer when 无。 is a sentence of its own after the heading (a full stop or a line break between) (round 63, blind 58's
# ``pingyang_kjj_2018``: "5、因政府信息公开申请行政复议、提起行政诉讼的情况。无。"); the heading numbered 一、 or 5、. The
# heading alone is never an answer (round 6): only the bare 无/没有/无此类情况 that is the whole of what follows it.
_HEADING_ALONE: Final = re.compile(
    r"^(?:[一二三四五六七八九十]+|[1-9]\d?)、(?P<heading>[^。,，;；:：\d]{2,40}?情况)[。.:：]?$"
)
_BARE_NONE: Final = re.compile(r"^(?:无|没有|暂无|无此类情况|无此情况)[。.]?$")


def _none_under_heading(sentence: Sentence, previous: Sentence | None) -> str:
    """The heading a one-word 无 answers (its section: requests, or reviews and lawsuits), or ``""``.

    ``previous``: the sentence before a short one that ends its paragraph (``_heading_before_a_bare_answer``); a bare 无
    of its own answers the heading it follows when that sentence is the heading alone.
    """
    s = sentence.norm
    if "无" not in s and "没有" not in s:
        return ""
    if found := _NONE_UNDER_HEADING.match(s):
        return found.group("heading")
    if previous is not None and _BARE_NONE.match(s) and (heading := _HEADING_ALONE.match(previous.norm)):
        return heading.group("heading")
    return ""


def _other_legacy(  # noqa: C901, PLR0912, PLR0915 - one pattern per figure
    sentence: Sentence, names: set[str], figures: list[StatedFigure], previous: Sentence | None
) -> None:
    s = sentence.norm

    def once(name: str, label: str, value: int | Decimal, confidence: float = PROSE_CONFIDENCE) -> None:
        if name not in names:
            names.add(name)
            figures.append(StatedFigure(name, label, value, sentence, confidence=confidence))

    if (match := _COMPLETED.search(s)) and int(match.group(2)) > int(match.group(1)):
        figures.append(
            StatedFigure("completed_exceeds_received", "办结多于受理", int(match.group(2)), sentence)
        )
    if match := _VISITS.search(s):
        once("website_visits", "网站访问量", int(match.group(1)))
    if match := _READING_POINTS.search(s):
        once("reading_points", "公共查阅点", _first_int(match))
    if match := _READING_ITEMS.search(s):
        once("reading_point_items", "查阅点信息数", int(match.group(1)))
    if match := _TRAINEES.search(s):
        once("trainees", "培训人数", int(match.group(1)))
    if (match := _SESSIONS.search(s)) and (sessions := chinese_small_number(match.group(1))) is not None:
        once("training_sessions", "培训次数", sessions)
    heading = _none_under_heading(sentence, previous)
    if heading and "复议" in heading:
        once("administrative_reviews", "行政复议", 0)
        if "诉讼" in heading:
            once("lawsuits", "行政诉讼", 0)
    if "申请" in s or "要求公开" in s:
        if _no_requests(s) or (heading and "依申请" in heading and "复议" not in heading):
            once("requests_received", RECEIVED_REQUESTS_LABEL, 0)
        elif (match := _requests_match(s)) and over_several_years(s, match.end()):
            names.add("requests_received")  # several years' requests: unread, never the year's (round 40)
        elif match and not part_of_an_earlier_count(s, match.start()):
            once("requests_received", RECEIVED_REQUESTS_LABEL, _first_int(match), _request_confidence(match))
        elif match is None and _names_another_services_count(s):
            pass  # an approval hall's applications: no count of requests (round 45)
        elif (in_words := requests_in_words(s)) is not None:
            once("requests_received", RECEIVED_REQUESTS_LABEL, in_words[0])
        if match := _ANSWERED.search(s):
            once("requests_answered", "答复申请数", int(match.group(1)))
        if match := _GRANTED.search(s):
            once("requests_granted", "同意公开", int(match.group(1)))
        if match := _PARTIAL.search(s):
            once("requests_partially_granted", "部分公开", int(match.group(1)))
        if match := _REFUSED.search(s):
            once("requests_refused", "不予公开", int(match.group(1)))
    if "费" in s:
        if match := _FEES.search(s):
            once("fees_charged_yuan", "收取费用（元）", Decimal(match.group(1)))
        elif _NO_FEES.search(s):
            once("fees_charged_yuan", "收取费用（元）", Decimal(0))
    if match := _no_cases(s):
        if not _NONE_LOST.search(s):
            once("administrative_reviews", "行政复议", 0)
            if "诉讼" in s:
                once("lawsuits", "行政诉讼", 0)
    else:
        if (match := _REVIEWS.search(s)) and over_several_years(s, match.end()):
            names.add("administrative_reviews")  # several years' reviews: unread (round 40)
        elif match:
            once("administrative_reviews", "行政复议", _first_int(match))
        if (match := _LAWSUITS.search(s)) and over_several_years(s, match.end()):
            names.add("lawsuits")  # several years' lawsuits: unread (round 40)
        elif match:
            once("lawsuits", "行政诉讼", _first_int(match))
        elif ("诉讼" in s or "应诉" in s) and _NO_LAWSUITS.search(s) and not _NONE_LOST.search(s):
            once("lawsuits", "行政诉讼", 0)


# --------------------------------------------------------------------------------------------------
# Figures stated in sections 一 and 六 of a standard report
# --------------------------------------------------------------------------------------------------

# Outcome words of table 三 as the prose uses them, with the table rows they add up.
OUTCOME_PATTERN: Final = re.compile(
    r"(予以公开(?:及|和|与|、)部分公开|予以公开|部分公开|不予公开|无法提供|不予处理|其他处理)(?:的|共)?(\d+)件"
    r"(?:[,，]?占(?:比)?(?:[^%,，;；。]{0,40}?)(\d+(?:\.\d+)?)%)?"
)
# The requests carried over from last year, as a count of requests states them (round 36: one fragment for both
# wordings below, in 件 or 宗).
_CARRIED_OVER: Final = r"(?:上年度?|上一年度?|去年|\d{4}年度?)结转(?:的)?(?:申请)?(\d+)(?:件|宗)"
# …as its part: "共受理申请4件，其中上年结转1件".
_CARRIED_PART: Final = re.compile(rf"[,，]?其中{_CARRIED_OVER}")
# …as what it includes, in its bracket (round 33, blind 30's ``guangzhou_jtj_2022_tw``: "接收且办理…申请124宗(含2021年度
# 结转5宗)"; ``xinganmeng_xsbgs_2025``: "受理…申请24件(含上年结转1件)").
_CARRIED_INCLUDED: Final = re.compile(rf"[(（](?:其中)?含{_CARRIED_OVER}[)）]")
# The new requests a count of requests handled states as its part (round 21): "…121件(其中本年度新收申请数112件,…".
# Round 40 (blind 36's ``tongliang_zfb_2025``: "共受理…申请15件,其中新收到14件,结转上年度办理1件"): every verb of a new
# request (新收, 新收到, 新受理, 新接收), in 件 or 宗, and after the part carried over as well as before it.
# The verbs of a new request, this year's ("新收到", "新受理" …): one home for the count's words and a part's kind.
_NEW_VERBS: Final = r"新(?:收到?|受理|接收|接到)"
_NEW_WORDS: Final = (
    rf"(?:本年度?|今年|当年|本年度内)?{_NEW_VERBS}(?:的)?(?:政府信息公开|依申请公开)?(?:申请)?(?:数|数量)?"
    r"(?:为)?(\d+)(?:件|宗)"
)
_NEW_PART: Final = re.compile(rf"[,，]?[(（]?其中[,，:：]?{_NEW_WORDS}")
_NEW_AFTER_CARRIED: Final = re.compile(rf"[,，、]{_NEW_WORDS}")
# Round 62 (blind 57's ``tianjin_hebeiqu_2024``: "上年结转政府信息公开申请21件,本年新收434件,办理434件,剩余21件结转下一年度
# 处理"): a request flow in one clause chain. The requests carried over, named as requests, and right after them the
# year's new ones (本年新收, 新收到 …; 申请 need not be repeated): the new count is row 一's, the requests received.
_NEW_AFTER_CARRIED_REQUESTS: Final = re.compile(
    r"(?:上年度?|上一年度?|去年|\d{4}年度?)结转(?:的)?(?:政府信息公开|依申请公开|信息公开)?申请(?:共)?\d+(?:件|宗)"
    + _NEW_AFTER_CARRIED.pattern
)
# Counts of requests by channel after the first one, and the 合计 that closes them (round 21): "…网上申请105件,快递17件,
# 合计122件". The first count read is a channel's part, never the year's requests.
_CHANNEL_PARTS: Final = re.compile(
    r"((?:[,，、](?:(?!结转|答复|回复|办结|办理|复议|诉讼)[^,，、;；。\d]){1,12}?\d+件)+)[,，、]?(?:合计|共计|总计)(?:为)?(\d+)件"
)
_CHANNEL_PART_COUNT: Final = re.compile(r"(\d+)件")
# A count carried over from the year before, as its clause says it before the count (round 21): "办结上年度结转依申请公开
# 事项4件" is never the year's requests.
_CARRIED_BEFORE: Final = re.compile(r"结转[^,，;；。\d]*$")


def _channel_parts(s: str, end: int) -> tuple[int, int] | None:
    """The sum of the channels' counts after a count of requests ending at ``end``, and their 合计; None: no such list."""
    found = _CHANNEL_PARTS.match(s, end)
    if found is None:
        return None
    return sum(int(n) for n in _CHANNEL_PART_COUNT.findall(found.group(1))), int(found.group(2))


# Round 45 (blind 41's ``pingtan_ptzhsyq_2014``/``_2015``: "区县已入驻审批服务部门和单位13个，开设窗口26个，共受理申请121510
# 件"): applications to an approval or service hall are not requests for government information (条例 第二十七条). A
# count of 申请 whose own clause names no disclosure (信息公开, 依申请公开, 公开申请, 申请公开, 要求公开) is another
# service's when its sentence names that service (审批, 政务服务, 行政服务中心, 窗口, 入驻, 办件, 便民服务, 12345, 热线):
# never read, and the sentence's requests stay unread (a later sentence may state them).
_DISCLOSURE_WORDS: Final = ("信息公开", "依申请公开", "公开申请", "申请公开", "要求公开")
_ANOTHER_SERVICE: Final = re.compile(r"审批|政务服务|行政服务中心|便民服务|窗口|入驻|办件|12345|热线")


def _another_services_count(s: str, match: re.Match[str]) -> bool:
    """Whether a count of 申请 is another service's: its clause names no disclosure, its sentence a hall (round 45)."""
    clause = s[max(s.rfind(mark, 0, match.start()) for mark in ",，;；。") + 1 : match.end()]
    return not any(word in clause for word in _DISCLOSURE_WORDS) and _ANOTHER_SERVICE.search(s) is not None


def _names_another_services_count(s: str) -> bool:
    """Whether some count of 申请 in ``s`` is another service's: the sentence's requests are then unread (round 45)."""
    return any(_another_services_count(s, match) for match in _REQUESTS.finditer(s))


# Round 54 (blind 40's ``qilin_zrzyj_2022``: "严格在收到申请之日起20个工作日内予以答复"): a number of days, weeks or months
# after 收到申请 is the time limit to answer (the Regulations, art. 33: 20 working days), never a count of requests.
_TIME_LIMIT_AFTER: Final = re.compile(r"(?:工作日|日|天|周|星期|月|小时)")


def _requests_counted_in_section(prose: Prose, section: str) -> bool:
    """Whether a sentence of ``section`` states a count of requests above zero (a rival to a negation's zero)."""
    return any(
        (match := _requests_match(other.norm)) is not None and _first_int(match) > 0
        for other in prose.in_sections(section)
        if "申请" in other.norm and DIGIT.search(other.norm)
    )


# Round 66 (blind 60's ``putuo_sthjj_2021``: "全年行政发文共21件,主动公开18件,依申请公开3件", its requests "本年度共收到申请
# 10件" later): documents issued (发文, 制发, 印发, 文件, 公文) split by their 公开属性 (主动公开 / 依申请公开 / 不予公开; the
# 2021 format's 第二十条 and the 公文's 公开属性) are counts of documents, never of requests (条例 第二十七条–第三十三条).
# A verbless 依申请公开N件 after a documents' count, beside 主动公开N or 不予公开N in the same list (no ;/； between), is
# the attribute's part: not read, so the page's own count of requests stands.
_ATTRIBUTE_PART_WORDING: Final = re.compile(
    r"依申请公开(?:政府)?(?:信息)?(?:数|数量|件数)?(?:合计|共计|共|为)?\d"
)
_DOCUMENTS_COUNT: Final = re.compile(
    r"(?:发文|制发|印发|文件|公文)[^。;；\d]{0,16}?(?:共|共计|合计|为)?\d+(?:件|份|条|个|篇)"
)
_SIBLING_ATTRIBUTE: Final = re.compile(
    r"(?:主动公开|不予公开)(?:政府)?(?:信息)?(?:数|数量|件数)?(?:共|为)?\d"
)


def _documents_attribute_part(s: str, match: re.Match[str]) -> bool:
    """Whether the count ``match`` read is the 依申请公开 part of a documents' list by 公开属性 (round 66)."""
    if _ATTRIBUTE_PART_WORDING.match(s, match.start()) is None:
        return False  # a verb, 申请, 请求 or 事项: the wording of requests
    start = max(s.rfind(mark, 0, match.start()) for mark in ";；。") + 1
    ends = [found for mark in ";；。" if (found := s.find(mark, match.end())) >= 0]
    end = min(ends) if ends else len(s)
    return _DOCUMENTS_COUNT.search(s, start, match.start()) is not None and any(
        found.start() < match.start() or found.start() >= match.end()
        for found in _SIBLING_ATTRIBUTE.finditer(s, start, end)
    )


# Round 66 (blind 60's ``xianning_zrzjj_2024``: "收到政府信息公开申请87分别为予以公开45件;不予公开12件;无法提供27不予处理3"
# and the next sentence's year glued on, "…32024年我局收到行政复议"): a count of requests whose unit the extraction dropped,
# broken down at once by 分别为/其中. The bare number alone is never read (it may run into the next word); it is read
# only where the parts that follow add up to it exactly. The next sentence's year, glued to a part's digits (N2024年)
# or not, ends the list.
_REQUESTS_BEFORE_PARTS: Final = re.compile(
    r"(?:收到|受理|接到|接收)(?:了)?(?:各类)?(?:政府信息公开|信息公开|依申请公开)申请(?:共|共计)?(\d+)"
    r"(?:分别为|其中)[:：,，]?(?P<parts>[^。]*)"
)
_PART_OF_REQUESTS: Final = re.compile(r"([^\d;；,，、。]{2,12}?)(\d+)")


def _requests_confirmed_by_parts(prose: Prose, sentence: Sentence) -> int | None:
    """The requests of ``_REQUESTS_BEFORE_PARTS`` in ``sentence`` when its parts (two or more) add up to them exactly.

    The parts run on over the sentences of its paragraph cut at ; (each part one of them).
    """
    s = sentence.norm
    if _REQUESTS_BEFORE_PARTS.search(s) is None:
        return None
    at = prose.sentences.index(sentence)
    for following in prose.sentences[at + 1 :]:
        if not s.rstrip().endswith((";", "；")) or following.paragraph != sentence.paragraph:
            break
        s += following.norm
    found = _REQUESTS_BEFORE_PARTS.search(s)
    if found is None:
        return None
    total = int(found.group(1))
    listed = found.group("parts")
    year = _A_YEAR.search(listed)  # the next sentence's, glued to a part (不予处理32024年) or not
    parts = [
        int(part.group(2)) for part in _PART_OF_REQUESTS.finditer(listed[: year.start() if year else None])
    ]
    return total if len(parts) >= MIN_LIST_ITEMS and sum(parts) == total else None


def _requests_match(s: str) -> re.Match[str] | None:
    """The first count of requests in ``s``: not one carried over, nor another service's, nor a time limit."""
    for match in _REQUESTS.finditer(s):
        if _another_services_count(s, match) or _TIME_LIMIT_AFTER.match(s, match.end()):
            continue
        if _documents_attribute_part(s, match):
            continue  # a documents' 公开属性, no request (round 66)
        clause = max(s.rfind(mark, 0, match.start()) for mark in ",，;；。") + 1
        number = next(match.start(i) for i, group in enumerate(match.groups(), 1) if group is not None)
        if _PART_IN_A_BRACKET.search(s, match.start(), number):
            continue  # a part in the bracket of a count the words did not take: unread beats a part (round 61)
        if not _CARRIED_BEFORE.search(s, clause, number):
            return match
    return None


# A bracket opened by 其中 after a count ("共收到3批次依申请公开材料(其中2份为网络申请,…"), still open where a count of
# requests is read: that count is one of the bracket's parts, never the requests (round 61)
_PART_IN_A_BRACKET: Final = re.compile(r"\d[^。;；()（）]*?[(（]其中[^()（）]*$")


_ALL_UPHELD: Final = re.compile(r"(?:均|全部|都)(?:获|被|已|予以)?(?:维持|胜诉)")


# A sentence that says, and only says, that no item was disclosed proactively (round 22, ``liling_weishan_2025``:
# "2025年，沩山镇未主动公开信息。"): the year's total is 0.
_NO_PROACTIVE: Final = re.compile(
    r"^(?:\d{4}年度?[,，]?)?[\u4e00-\u9fff]{0,10}?(?:未|没有)主动公开(?:任何)?(?:政府|政务)?信息[。；;]?$"
)


_NO_PROACTIVE_WORD: Final = "主动公开"


def _no_proactive(sentences: list[Sentence]) -> StatedFigure | None:
    """The year's proactive total 0, from a sentence that states no item was disclosed proactively, and nothing else."""
    found = next(  # the pattern needs 主动公开: looked for first, in C
        (s for s in sentences if _NO_PROACTIVE_WORD in s.norm and _NO_PROACTIVE.match(s.norm)), None
    )
    return (
        StatedFigure("proactive_total", LEGACY_PROACTIVE_TOTAL_LABEL, 0, found) if found is not None else None
    )


# A count of items whose 其中 list ends in the proactive remainder and makes it exactly (round 23, ``pingtan_gwh_2020``:
# "全年公开公文类政府信息共31条，其中政策、规范性文件类信息3条，…，其他应主动公开的政府信息19条。"): the catch-all names
# every part as an item disclosed proactively, so the count is the year's proactive total.
_PROACTIVE_CATEGORIES: Final = re.compile(
    r"公开[^。；;,，\d]{0,12}?信息(?:共|共计|合计)?(\d+)条[,，]其中[:：,，]?"
    r"(?P<parts>[^。；;]*?[,，、]其他应主动公开的?(?:政府)?信息(?:共)?\d+条)(?=[。；;]|$)"
)
_CATEGORY_COUNT: Final = re.compile(r"(?<![\d.])(\d+)条")


def _total_of_proactive_categories(sentences: list[Sentence]) -> StatedFigure | None:
    """The year's proactive total from a count whose categories, the last 其他应主动公开…, make it exactly."""
    for sentence in sentences:
        if "其他应主动公开" not in sentence.norm:
            continue
        for found in _PROACTIVE_CATEGORIES.finditer(sentence.norm):
            total = int(found.group(1))
            parts = [int(count) for count in _CATEGORY_COUNT.findall(found.group("parts"))]
            if len(parts) >= MIN_LIST_ITEMS and sum(parts) == total:
                return StatedFigure("proactive_total", LEGACY_PROACTIVE_TOTAL_LABEL, total, sentence)
    return None


# A word each figure ``standard_figures`` reads from a sentence needs (requests: 申请 or 要求公开; reviews: 复议;
# lawsuits: 诉讼; outcomes: 件), as each branch below tests it first: a sentence with none of them states none, and
# is not looked at. A wording added there that needs none of these words adds its own word here
# (tests/audit/test_audit_gates.py compares the stage with the gate open).
_FIGURE_WORDS: Final = ("申请", "要求公开", "复议", "诉讼", "应诉", "件")  # 应诉: round 39
_FIGURE_WORD: Final = re.compile("|".join(_FIGURE_WORDS))


# A heading's numbering: (一) / 一、 / 1. (the full-width forms too, for text not normalised)
_HEADING_NUMBER: Final = (
    r"(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十]{1,2}、|\d{1,2}[.、．])"
)
# The sub-heading of the proactive part of section 一 ("(一)主动公开情况", "1.主动公开政府信息"), numbered as every
# heading is (round 50: one numbering pattern)
_PROACTIVE_HEADING_WORDS: Final = rf"^{_HEADING_NUMBER}(?:政府信息)?主动公开(?:政府信息)?(?:工作)?(?:情况)?"
_PROACTIVE_HEADING: Final = re.compile(_PROACTIVE_HEADING_WORDS + "$")
_A_HEADING: Final = re.compile(rf"^{_HEADING_NUMBER}")
# The body's count of what it put out, as a statement of its own (round 39, blind 35's ``fengcheng_lyj_2022_mirror``:
# "2022年,我局发布林业相关工作动态、政策法规、公示公告、等信息共计112条,收到依申请公开0份"): 我局/本局/本机关 as subject,
# 发布 and 共计/共/合计/总计 before a count in 条 that ends its clause.
_BODY_POSTED: Final = re.compile(
    r"^(?:\d{4}年度?(?:全年)?[,，]?)?(?:我局|本局|我委|本委|我办|本机关)(?:全年)?发布(?:了)?[^,，;；。\d]{1,40}?信息"
    r"(?:共计|共|合计|总计)(\d+)条(?=[,，。;；]|$)"
)
_COUNT_IN_TIAO_OR_PIAN: Final = re.compile(r"\d\s*[条篇]")


def _counted_in_block(sentences: list[Sentence], heading: int) -> list[Sentence]:
    """The sentences after ``sentences[heading]``, up to the next heading, that hold a count in 条 or 篇."""
    counted: list[Sentence] = []
    for sentence in sentences[heading + 1 :]:
        if _A_HEADING.match(sentence.norm.strip()):
            break
        if _COUNT_IN_TIAO_OR_PIAN.search(sentence.norm):
            counted.append(sentence)
    return counted


def _posted_under_proactive_heading(sentences: list[Sentence]) -> StatedFigure | None:
    """The one count of ``_BODY_POSTED`` under a 主动公开 sub-heading, naming no channel (round 39), less sure.

    Read only when nothing else gave the total, and only when that sentence holds the block's only count in 条 or 篇
    (up to the next heading): a block with channels' or kinds' counts leaves which is the year's total unsure.
    """
    for index, heading in enumerate(sentences):
        if not _PROACTIVE_HEADING.match(heading.norm.strip()):
            continue
        counted = _counted_in_block(sentences, index)
        if len(counted) != 1 or len(_COUNT_IN_TIAO_OR_PIAN.findall(counted[0].norm)) != 1:
            return None
        found = _BODY_POSTED.match(counted[0].norm.strip())
        if found is None or _A_CHANNEL.search(found.group(0)) or "通过" in found.group(0):
            return None
        return StatedFigure(
            "proactive_total", LEGACY_PROACTIVE_TOTAL_LABEL, int(found.group(1)), counted[0],
            confidence=HEADED_TOTAL_CONFIDENCE,
        )  # fmt: skip
    return None


# Round 44 (blind 40's ``daye_cgj_2025``, ``yinchuan_cgj_2024``, ``zhongshan_zrzyj_2022``; the patterns below run on
# ``Sentence.norm``, NFKC text: half-width , ; : ( ) only): the 主动公开 sub-heading's
# block opens with a count of information put out, worded 发布/公开 with no total word the readers above take
# ("…通过…网站共发布各类信息160条,其中政策类5条、…", "…主动公开政府信息按时发布96条(其中更新概况信息3条,…)"), its 其中
# listing kinds of information. The heading says what the block counts and the kinds say the count is of items, not
# posts of one channel among several: the year's total, less sure. Read only when nothing else gave it, and only when
# no other count in 条/篇 of the block could be the total (each names a new-media account, no 主动公开, no 共/合计/总计),
# the kinds add up to no more than the count, and none is a channel, a 主动公开/依申请 part or a count of items made.
_KINDS_OPENING: Final = re.compile(
    r"^(?P<before>[^;。\d]{0,80}?(?:\d{4}年度?[^;。\d]{0,80}?)?)(?P<count>\d+)条[,(]其中[:,]?(?P<parts>[^;。()]+)"
)
_KIND_PART: Final = re.compile(r"^[^\d,、:]{2,20}?(\d+)条$")
# A part naming a channel (a site, a board, an account; not 网 alone: 管网水 is a kind), a 主动公开/依申请 part, or
# one of the site's own indicators (概况类信息更新量, 政务动态信息更新量 … of the 政府网站 annual statistics, blind
# 17's ``liwan_2025_mirror``): then the count is the site's, which its reader called doubtful.
_NOT_A_KIND: Final = re.compile(
    r"^(?:主动公开|依申请|申请)|通过|网站|门户|平台|公开栏|宣传栏|更新量|" + _channel_words("new_media")
)
_NOT_ONE_YEARS_ITEMS: Final = re.compile(r"申请|制作|制发|产生|形成|累计|以来|截至|截止")
_NEW_MEDIA_ACCOUNT: Final = re.compile(_channel_words("new_media", add=("视频号",)))
# Two channels named before the count ("通过市政府采购网站、区政府网站发布各类信息数1002条", blind 30's
# ``zhonglou_nandajie_2024``): a count over those channels, which its reader called doubtful — left.
_SEVERAL_CHANNELS: Final = re.compile(
    "(?:" + _channel_words("website", "platform") + ")[^,;。\\d]{0,20}?[、和及与]"
)


# The two verbs a clause counting what was put out says (公开, 发布): the readers of the 主动公开 block's count and of a
# count over every channel (rounds 44, 47, 51) ask for one of them; 公布 (``_PUBLISH_VERB``) is not among them there
_PUT_OUT: Final = re.compile("公开|发布")


def _count_of_its_kinds(norm: str) -> int | None:
    """The count ``_KINDS_OPENING`` finds, when its clause says 发布/公开 of 信息 and every part after 其中 is a kind."""
    found = _KINDS_OPENING.match(norm.strip())
    if found is None:
        return None
    before = found.group("before")
    said = before.rsplit(",", 1)[-1]
    if (
        "信息" not in said
        or not _PUT_OUT.search(said)
        or _NOT_ONE_YEARS_ITEMS.search(before)
        or _NEW_MEDIA_ACCOUNT.search(before)
        or _SEVERAL_CHANNELS.search(before)
    ):
        return None
    parts = [part.strip() for part in re.split(r"[,、]", found.group("parts")) if part.strip()]
    counts = [_KIND_PART.match(part) for part in parts]
    if (
        len(parts) < MIN_LIST_ITEMS
        or any(count is None for count in counts)
        or any(_NOT_A_KIND.search(part) for part in parts)
        or sum(int(count.group(1)) for count in counts if count) > int(found.group("count"))
    ):
        return None
    return int(found.group("count"))


# Round 47 (blind 43's ``wuyuan_lcj_2023``: "(一)主动公开情况 / …2023年共发布信息111条,涉及机关简介、规划计划、预算决算、
# 重大项目和工作动态等内容"): the kinds named, not counted (涉及/包括…等内容). They say what the count is of as a 其中 list
# does, not that it holds no other channel's count: read only when the count is the block's one count in 条/篇 (a
# channel's, a new-media account's or a second site's count beside it leaves the year's total unsure), and names no
# channel itself ("通过…门户网站发布…等100条" is the site's count, which blind 18's ``lusong_tjj_2023`` reading leaves).
_KINDS_NAMED: Final = re.compile(
    r"^(?P<before>[^;。\d]{0,80}?(?:\d{4}年度?[^;。\d]{0,80}?)?)(?P<count>\d+)条[,:]?"
    r"(?:主要)?(?:涉及|包括|包含|内容包括|内容涵盖|涵盖)(?P<kinds>[^;。\d]{2,120}?)等(?:方面|类别|类)?(?:的)?(?:内容|信息)?(?:[,;。]|$)"
)


# The kinds named before the count (blind 43's ``linzhi_lcj_2023``: "(一)主动公开情况。…,公开局财政资金年度预算、决算信息、
# 机关简介、环保督察反馈意见等11条次。"): 公开/发布, the kinds, 等, the count ending its sentence. 条次 counts postings as
# 条 does (the readings of ``xilinguole_swj_2021``'s 209条次 and blind 16's ``longxian_chengguan_2023``'s 328条次 take it
# as the total, and the readers above read 条 there already).
# Round 53 (blind 49's ``yubei_cgj_2022``: "主动公开机构职能、动态要闻、…桥隧设施管养等城市管理领域信息总计631条"): the kinds
# may be closed by the field they belong to (…领域) and the count by a word of a total (总计/共计/合计/共), which adds
# them up as 等 does; the other conditions (the block's one count, no channel in the clause) stay.
_KINDS_BEFORE_COUNT: Final = re.compile(
    r"(?:^|,)(?P<before>[^,;。\d]*?(?:发布|公开)(?:了)?)(?P<kinds>[^,;。\d]{2,120}?)等(?:[^,;。\d、]{1,10}?领域)?"
    r"(?:各类|方面)?(?:的)?(?:政府)?(?:信息)?(?:总计|共计|合计|共)?"
    r"(?P<count>\d+)条次?[。;]?$"
)


def _count_of_its_named_kinds(norm: str) -> int | None:
    """The count ``_KINDS_NAMED`` or ``_KINDS_BEFORE_COUNT`` finds, when its clause says 发布/公开 and names two kinds."""
    found = _KINDS_NAMED.match(norm.strip()) or _KINDS_BEFORE_COUNT.search(norm.strip())
    if found is None:
        return None
    before = found.group("before")
    said = before.rsplit(",", 1)[-1]
    kinds = [kind for kind in re.split(r"[、,和及与]", found.group("kinds")) if kind.strip()]
    if (
        ("信息" not in said and found.re is _KINDS_NAMED)
        or not _PUT_OUT.search(said)
        or _NOT_ONE_YEARS_ITEMS.search(before + found.group("kinds"))
        or "通过" in before  # one channel's count, which the readings leave (blind 18's ``lusong_tjj_2023``)
        or _A_CHANNEL.search(before)
        or len(kinds) < MIN_LIST_ITEMS
        or any(_NOT_A_KIND.search(kind.strip()) for kind in kinds)
        or _one_field_s_count(norm.strip())
    ):
        return None
    return int(found.group("count"))


def _one_channels_count(norm: str, count: int) -> bool:
    """Whether ``count`` is one channel's (``_channel_count``) in a clause of ``norm`` before its 其中 or bracket."""
    # the parts a bracket holds ("发布信息160条(其中政策类5条,…)") set aside: the clause before them ends in its count
    for clause in _CLAUSE_MARK.split(BRACKETED.sub("", norm)):
        if clause.strip().startswith("其中"):
            return False
        if _channel_count(clause) == count:
            return True
    return False


def _kinds_under_proactive_heading(sentences: list[Sentence]) -> StatedFigure | None:
    """The count the 主动公开 sub-heading's block opens with, broken down into kinds by its 其中 (round 44), less sure.

    Or with its kinds named, not counted (round 47), when it is the block's one count in 条/篇.
    """
    for index, heading in enumerate(sentences):
        if "主动公开" not in heading.norm or not _PROACTIVE_HEADING.match(heading.norm.strip().rstrip("。")):
            continue
        counted = _counted_in_block(sentences, index)
        total = _count_of_its_kinds(counted[0].norm) if counted else None
        if total is None and len(counted) == 1 and len(_COUNT_IN_TIAO_OR_PIAN.findall(counted[0].norm)) == 1:
            total = _count_of_its_named_kinds(counted[0].norm)
        if total is None or any(
            not _NEW_MEDIA_ACCOUNT.search(other.norm)
            or "主动公开" in other.norm
            or _CLOSING_TOTAL.search(other.norm)
            for other in counted[1:]
        ):
            return None
        # Round 54 (blind 50's ``qinbei_dadong_2023``: "通过官方网站公开政府信息47条,其中…。“…”微信公众号发布信息142条。"):
        # a count that is one channel's, with an account's count beside it, is round 41's class — left unread
        if counted[1:] and _one_channels_count(counted[0].norm, total):
            return None
        return StatedFigure(
            "proactive_total",
            LEGACY_PROACTIVE_TOTAL_LABEL,
            total,
            counted[0],
            confidence=HEADED_TOTAL_CONFIDENCE,
        )
    return None


# Round 51 (blind 47's ``xingyi_szfb_2024``: "(一)主动公开。2024年通过各类平台发布信息共计12176条"): a clause that
# names every channel as one (各类平台, 各渠道, 各种途径 …) and counts with 共/共计/累计/合计/总计 what was put out
# (公开/发布 … 信息) states the year's total, worded 发布 or not, when the sentence says 主动公开 or stands under the
# 主动公开 sub-heading. One channel's count (round 38) has no such word and stays unread; a running total to a cut-off
# (截至…累计, round 17) and a part after 其中 are no year's total.
_EVERY_CHANNEL_AS_ONE: Final = re.compile(
    r"(?:^|[,，])(?P<before>(?:[^,，;；。\d]*?\d{4}年度?)?[^,，;；。\d]*?)(?:各类|各个|各种|各|全部|所有)(?:平台|渠道|途径|载体)"
    r"(?P<rest>[^,，;；。\d]{0,24}?)(?P<count>\d+)条(?!\d)(?![,，]?占)"
)
_COUNT_OVER_THEM: Final = re.compile("|".join(_TOTAL_WORDS_OVER_CHANNELS))
# requests and items made are no count of items put out; 其中 makes a part
_NOT_POSTED_ITEMS: Final = re.compile(r"申请|制作|制发|产生|形成|其中")


def _count_over_every_channel(norm: str) -> int | None:
    """The count of ``_EVERY_CHANNEL_AS_ONE`` in ``norm`` when its clause says a total of items put out, else None."""
    # (the words the pattern needs, tested first in C)
    if not any(word in norm for word in _TOTAL_WORDS_OVER_CHANNELS) or not any(
        word in norm for word in ("各", "全部", "所有")
    ):
        return None
    found = _EVERY_CHANNEL_AS_ONE.search(norm)
    if found is None or "截至" in norm or "截止" in norm or "以来" in norm:
        return None
    clause = found.group("before") + found.group("rest")
    if (
        not _COUNT_OVER_THEM.search(clause)
        or not _PUT_OUT.search(clause)
        or "信息" not in clause
        or _NOT_POSTED_ITEMS.search(clause)
        or part_of_an_earlier_count(norm, found.start("count"))
    ):
        return None
    return int(found.group("count"))


# Round 52: the 主动公开 sub-heading with its text on the same line ("(一)主动公开情况 2024年通过各类平台…"): the heading
# ends where a year, 全年/本年/今年 or a stop follows it
_PROACTIVE_HEADING_OPENING: Final = re.compile(
    _PROACTIVE_HEADING_WORDS + r"(?:[\s:：。]+|(?=\d{4}年|全年|本年|今年))"
)
# The rank of a heading's numbering: 一、 above (一) above 1. above (1) — an item numbered below the 主动公开 sub-heading
# ("(一)主动公开。" then "1.全年通过各类平台…") is a part of its block, not a new heading (round 52)
_HEADING_RANKS: Final = (
    re.compile(r"^[一二三四五六七八九十]{1,2}、"),
    re.compile(r"^[(（][一二三四五六七八九十]{1,2}[)）]"),
    re.compile(r"^\d{1,2}[.、．]"),
    re.compile(r"^[(（]\d{1,2}[)）]"),
)


def _heading_rank(norm: str) -> tuple[int, int] | None:
    """The rank of ``norm``'s heading number (0 highest) and where the number ends, or None."""
    for rank, numbering in enumerate(_HEADING_RANKS):
        if (found := numbering.match(norm)) is not None:
            return rank, found.end()
    return None


def _total_over_every_channel(sentences: list[Sentence]) -> StatedFigure | None:
    """The first count over every channel as one (round 51) in a 主动公开 sentence or under the 主动公开 sub-heading.

    The sub-heading may carry its text on its own line, and an item numbered below it stays in its block (round 52).
    """
    heading_rank: int | None = None  # the rank of the 主动公开 sub-heading whose block the sentences are in
    for sentence in sentences:
        norm = sentence.norm.strip()
        if _A_HEADING.match(norm):
            ranked = _heading_rank(norm)
            if heading_rank is not None and ranked is not None and ranked[0] > heading_rank:
                norm = norm[ranked[1] :]  # an item of the block: read on
            else:
                opening = _PROACTIVE_HEADING_OPENING.match(norm)
                proactive = _PROACTIVE_HEADING.match(norm.rstrip("。")) is not None or opening is not None
                heading_rank = ranked[0] if proactive and ranked is not None else None
                norm = norm[opening.end() :] if opening is not None else ""
        under_heading = heading_rank is not None
        if "条" not in norm or not (under_heading or "主动公开" in norm):
            continue
        count = _count_over_every_channel(norm)
        if count is not None:
            return StatedFigure(
                "proactive_total",
                LEGACY_PROACTIVE_TOTAL_LABEL,
                count,
                sentence,
                confidence=HEADED_TOTAL_CONFIDENCE,
            )
    return None


def standard_figures(prose: Prose) -> list[StatedFigure]:  # noqa: C901, PLR0912, PLR0915 - one pattern per figure
    """Figures the prose of a standard report states: items disclosed (一, 二), requests, outcomes, reviews, lawsuits."""
    figures: list[StatedFigure] = []
    names: set[str] = set()
    # "一年来,我局主动公开了各类信息24条…现将我局2022年度政府信息公开工作报告如下": the opening before the first heading
    # states the total when sections 一 and 二 state none (round 14); read with the preferred wordings alone
    first_two = prose.in_sections("一", "二")  # once: three of the readings below take these sentences
    total = (
        uncontested_proactive_total(first_two)
        or uncontested_proactive_total(prose.in_sections(""), preferred_only=True)
        or proactive_part_of_attributes(prose.in_sections("", "一", "二"))
        or _no_proactive(first_two)
        or _total_of_proactive_categories(first_two)
        or _posted_under_proactive_heading(first_two)
        or _kinds_under_proactive_heading(first_two)
        or _total_over_every_channel(first_two)
    )
    if total is not None:
        names.add(total.name)
        figures.append(total)
    # Sections 一 and 六 restate the tables; 三 and 四 often open with a sentence that does too. 五 is plans.
    # An excerpt that starts inside the report has sentences before its first heading ("").
    # a page whose prose counts requests carried over (结转…N件, round 44) splits its requests into the years': a
    # count handled is then not the new ones (table 三's row labels 上年结转…/结转下年度… hold no unit, and do not count)
    carried_over = any(
        "结转" in sentence.norm and _CARRIED_COUNT.search(sentence.norm) for sentence in prose.sentences
    )
    for sentence in prose.in_sections("", "一", "三", "四", "六"):
        s = sentence.norm
        if _FIGURE_WORD.search(s) is None or not is_figure_sentence(s):
            continue
        # the counts below are written in digits (tests: each pattern needs one)
        digit = DIGIT.search(s) is not None
        if ("申请" in s or "要求公开" in s) and "requests_received" not in names:
            match = _requests_match(s) if digit else None
            if _no_requests(s, cut=_cut_by_the_excerpt_end(prose, sentence)):
                names.add("requests_received")
                # Round 60: a count of requests stated in the same section is a rival the negation never beats
                # (the zero may deny something else); the two leave the figure unread
                if not _requests_counted_in_section(prose, sentence.section):
                    figures.append(StatedFigure("requests_received", RECEIVED_REQUESTS_LABEL, 0, sentence))
            elif match and part_of_an_earlier_count(s, match.start()):
                names.add(
                    "requests_received"
                )  # a part of a count the words did not give: unread, never the part
            elif match and over_several_years(s, match.end()):
                names.add("requests_received")  # several years' requests: unread, never the year's (round 40)
            elif match is None and digit and _names_another_services_count(s):
                pass  # an approval hall's applications: no count of requests (round 45)
            elif (
                match is None
                and digit
                and (by_parts := _requests_confirmed_by_parts(prose, sentence)) is not None
            ):
                # "收到政府信息公开申请87分别为予以公开45件;…": the unit lost, the parts make the count (round 66)
                names.add("requests_received")
                figures.append(
                    StatedFigure(
                        "requests_received",
                        RECEIVED_REQUESTS_LABEL,
                        by_parts,
                        sentence,
                        confidence=UNITLESS_FIGURE_CONFIDENCE,
                    )
                )
            elif match is None and (in_words := requests_in_words(s)) is not None:
                names.add("requests_received")
                figures.append(StatedFigure("requests_received", in_words[1], in_words[0], sentence))
            elif match is None and digit and (flow := _NEW_AFTER_CARRIED_REQUESTS.search(s)) is not None:
                # "上年结转…申请21件,本年新收434件": the new requests (round 62)
                names.add("requests_received")
                figures.append(
                    StatedFigure("requests_received", RECEIVED_REQUESTS_LABEL, int(flow.group(1)), sentence)
                )
            elif match is None and digit and (handled := _HANDLED_REQUESTS.search(s)) is not None:
                names.add("requests_received")
                if not carried_over:
                    figures.append(
                        StatedFigure(
                            "requests_received", HANDLED_REQUESTS_LABEL, int(handled.group(1)), sentence
                        )
                    )
            elif match and "复议" not in s[max(match.start() - 6, 0) : match.end()]:
                names.add("requests_received")
                # "收到/新收" is row 一 alone; "受理/办理" may include the requests carried over (一 + 二).
                strict = (
                    any(verb in match.group(0) for verb in ("收到", "新收", "接到", "接收"))
                    and "结转" not in s
                )
                label = RECEIVED_REQUESTS_LABEL if strict else ACCEPTED_REQUESTS_LABEL
                value = _first_int(match)
                confidence = _request_confidence(match)
                # "共受理申请4件，其中上年结转1件": the sentence splits its count, the new requests are 4 - 1.
                carried = _CARRIED_PART.match(s, match.end())
                # "共受理…121件(其中本年度新收申请数112件,上年结转申请数9件)": the new requests are stated (round 21)
                new_part = _NEW_PART.match(s, match.end())
                if new_part is None and carried is not None:  # "其中上年结转1件,新收14件" (round 40)
                    new_part = _NEW_AFTER_CARRIED.match(s, carried.end())
                if not strict and new_part and int(new_part.group(1)) <= value:
                    label, value = RECEIVED_REQUESTS_LABEL, int(new_part.group(1))
                elif not strict and carried and int(carried.group(1)) <= value:
                    # "共受理申请4件，其中上年结转1件": 3 derived, as from "(含上年结转1件)" below: one reason, as sure
                    label, value = RECEIVED_REQUESTS_LABEL, value - int(carried.group(1))
                    confidence = DERIVED_REQUESTS_CONFIDENCE
                elif (
                    not strict
                    and (included := _CARRIED_INCLUDED.match(s, match.end()))
                    and (int(included.group(1)) <= value)
                ):
                    # "申请124宗(含2021年度结转5宗)": 124 is rows 一 + 二; the new requests, 119, are derived, less sure
                    label, value = RECEIVED_REQUESTS_LABEL, value - int(included.group(1))
                    confidence = DERIVED_REQUESTS_CONFIDENCE
                # "收到群众网上申请105件,快递17件,合计122件": a channel's part before the 合计 (round 21)
                channels = _channel_parts(s, match.end())
                if channels is not None:  # the 合计 when the parts add up to it, else unread
                    value = channels[1] if channels[0] + value == channels[1] else -1
                if value >= 0:
                    figures.append(
                        StatedFigure("requests_received", label, value, sentence, confidence=confidence)
                    )
        # (every wording of it names 复议 or 诉讼: tested first, in C)
        none_lost = ("复议" in s or "诉讼" in s) and _NONE_LOST.search(s) is not None
        no_cases = _no_cases(s) if "复议" in s and not none_lost else None
        if "复议" in s and no_cases and "administrative_reviews" not in names:
            names.add("administrative_reviews")
            figures.append(StatedFigure("administrative_reviews", "行政复议", 0, sentence))
            # not when the sentence counts its lawsuits in digits ("无…行政复议案件,行政诉讼案件3件": 3, round 50)
            if (
                ("诉讼" in s or _AND_SUED.match(s, no_cases.end()))
                and "lawsuits" not in names
                and not (digit and _LAWSUITS.search(s))
            ):
                names.add("lawsuits")
                figures.append(StatedFigure("lawsuits", "行政诉讼", 0, sentence))
        elif (
            "复议" in s
            and no_cases
            and "lawsuits" not in names
            and _AND_SUED.match(s, no_cases.end())
            and not (digit and _LAWSUITS.search(s))
        ):
            # Round 59 (blind 54's ``dianjiang_sthjj_2024``: "未收到信息公开方面的行政复议和行政诉讼案件", its reviews' 0
            # read from an earlier sentence): one negation naming both kinds joined gives the lawsuits their 0 too
            names.add("lawsuits")
            figures.append(StatedFigure("lawsuits", "行政诉讼", 0, sentence))
        if (
            ("诉讼" in s or "应诉" in s)
            and "lawsuits" not in names
            and not none_lost
            and (no_suit := _NO_LAWSUITS.search(s))
            and ("复议" not in s or _alone_in_its_clause(s, no_suit))
            and not (digit and _LAWSUITS.search(s))
        ):
            names.add("lawsuits")
            figures.append(StatedFigure("lawsuits", "行政诉讼", 0, sentence))
        for match in OUTCOME_PATTERN.finditer(s) if digit and "件" in s else ():
            name = f"outcome:{match.group(1)}"
            if name not in names:
                names.add(name)
                share = Decimal(match.group(3)) if match.group(3) else None
                figures.append(StatedFigure(name, match.group(1), int(match.group(2)), sentence, share))
        # Each wording of a review names 复议, of a lawsuit 诉讼 (tests/audit/test_audit_speed_paths.py).
        for name, pattern, label, word in (
            ("administrative_reviews", _REVIEWS, "行政复议", "复议"),
            ("lawsuits", _LAWSUITS, "行政诉讼", "诉讼"),
        ):
            match = pattern.search(s) if digit and word in s else None
            if match and name not in names and over_several_years(s, match.end()):
                names.add(name)  # several years' cases: unread, never the year's (round 40)
            elif match and name not in names:
                names.add(name)
                figures.append(StatedFigure(name, label, _first_int(match), sentence))
        for name, pattern, label in (
            _ZEROS_IN_CHARACTERS if ("复议" in s or "诉讼" in s) and "零" in s else ()
        ):
            if name not in names and pattern.search(s):
                names.add(name)
                figures.append(StatedFigure(name, label, 0, sentence))
        if ("复议" in s or "诉讼" in s) and _ALL_UPHELD.search(s) and "all_upheld" not in names:
            names.add("all_upheld")
            figures.append(StatedFigure("all_upheld", "复议诉讼均维持", 1, sentence))
    # That no request came, said in section 二 (round 27, ``zhuoni_zsj_2021_tw``: "(四)申请公开信息、政策解读情况。…
    # 2021年度未发生有关本系统政府信息公开事务的申请"): the same statement wherever it stands, when no other section
    # states the requests (section 二 counts items disclosed, never a request)
    if "requests_received" not in names:
        no_request = next(
            (
                s
                for s in first_two
                if s.section == "二"
                and "申请" in s.norm
                and _no_requests(s.norm, cut=_cut_by_the_excerpt_end(prose, s))
            ),
            None,
        )
        if no_request is not None:
            figures.append(StatedFigure("requests_received", RECEIVED_REQUESTS_LABEL, 0, no_request))
            names.add("requests_received")
    if "requests_received" not in names and (terse := _terse_zero_under_requests_heading(prose.sentences)):
        figures.append(StatedFigure("requests_received", RECEIVED_REQUESTS_LABEL, 0, terse))
    return figures


# Round 47 (blind 43's ``wuyuan_lcj_2023``: "(二)依申请公开情况 / 2023年,我局未收申请要求。"): under the heading of the
# requests' part — the sub-heading 依申请公开(情况) of section 一, or section 三's 收到和处理政府信息公开申请(情况) — a
# zero about 申请 needs no OGI word: the heading says which requests. Outside that block the same words may be any
# application (a permit's, a review's), never read. Not when the block counts requests in digits or names a review,
# lawsuit, fee waiver or deferral (their 申请 are others).
_REQUESTS_HEADING: Final = re.compile(
    rf"^{_HEADING_NUMBER}?"
    r"(?:政府信息)?(?:依申请公开|收到和处理政府信息公开申请)(?:政府信息)?(?:工作)?(?:的)?(?:情况)?[。]?$"
)
_TERSE_NO_REQUESTS: Final = re.compile(
    r"(?:未|没有|无)(?:收|收到|接到|接收|受理)(?:过)?(?:任何)?申请(?:要求|事项)?(?:[。;,]|$)"
)
_OTHER_APPLICATIONS: Final = re.compile(r"复议|诉讼|减免|延期|延长|收费|许可|审批")
# A year's digits are no count: "2023年,我局未收申请要求" counts no requests in digits (round 47)
_YEAR_WORDS: Final = re.compile(r"(?:19|20)\d{2}年度?")


def _terse_zero_under_requests_heading(sentences: list[Sentence]) -> Sentence | None:
    """The sentence saying no 申请 came, alone in the block under the requests' heading (round 47)."""
    for index, heading in enumerate(sentences):
        if "申请" not in heading.norm or not _REQUESTS_HEADING.match(heading.norm.strip()):
            continue
        block: list[Sentence] = []
        for sentence in sentences[index + 1 :]:
            if _A_HEADING.match(sentence.norm.strip()):
                break
            block.append(sentence)
        said = [sentence for sentence in block if "申请" in sentence.norm]
        if (
            len(said) != 1
            or _OTHER_APPLICATIONS.search(said[0].norm)
            or any(DIGIT.search(_YEAR_WORDS.sub("", s.norm)) for s in said)
        ):
            return None
        return said[0] if _TERSE_NO_REQUESTS.search(said[0].norm) else None
    return None


_STATED_UNITS: Final = "件条项"
# The counts ``(\d+)(?:件|条|项)`` read backwards: each unit, then its digits (the whole run before it). A pattern
# that starts with a literal is found in C at memchr speed; one that starts with a digit is tried at every character
# (0.57 → 0.16 ms over 200 KB of prose; tests/audit/test_audit_speed5.py compares the two).
_STATED_BACKWARDS: Final = tuple(re.compile(rf"{unit}(\d+)") for unit in _STATED_UNITS)


def stated_numbers(prose: Prose) -> frozenset[int]:
    """Every count the prose states (``N件``, ``N条``, ``N项``): hints for cutting glued table digits."""
    # One search over the sentences joined by line breaks: a match is digits and a unit, never a line break.
    backwards = "\n".join(sentence.norm for sentence in prose.sentences)[::-1]
    return frozenset(int(digits[::-1]) for unit in _STATED_BACKWARDS for digits in unit.findall(backwards))


# --------------------------------------------------------------------------------------------------
# Stated lists: a total and its parts ("共公开信息46条，其中工作动态类36条，计划总结类7条，其他类3条")
# --------------------------------------------------------------------------------------------------


@dataclass(slots=True)
class StatedList:
    """A total stated in prose and the parts listed after it."""

    total: int
    parts: list[StatedFigure]
    sentence: Sentence
    comparable: bool  # every part is a count of the total's unit (条 or 件): their sum must equal the total
    complete: bool = True  # the page shows the whole list (not cut off by the end of an excerpt)
    # A total written in 万 (``173769万条``, ``1.5万条``) is rounded to its last digit: the parts' sum fits it
    # when it is within half of that digit's unit. 0 for a total written in full.
    tolerance: Decimal = Decimal(0)
    total_text: str = ""  # the total as written, for the message
    # The parts stand in the next sentence with no 其中 (see following_lists): the list is taken as exhaustive
    # from its wording, not from an introducer, so a mismatch is a warning whatever the report's format.
    following: bool = False
    # Shares a sentence right after the list states for one of its parts by name, with no count
    # ("…其中主动公开政府信息69条，…。主动公开的政府信息占98.55%。"): the base is implied, so a warning.
    later_shares: list[StatedFigure] = field(default_factory=list)
    # The reading is less sure than the words make it: the total stands sentences before its 其中 list, or a part
    # lost its unit ("重点领域信息公开32村务公开264条"). A mismatch is then a warning.
    loose: bool = False
    # Every part is a channel and the channels add up to more than the total: one item often goes out on several
    # channels, so the excess may be overlap rather than an error. A mismatch is a low-confidence warning.
    overlapping: bool = False
    # The parts counted in the total's unit, when some items of the list carry no count or another unit: their
    # sum above the total is an inconsistency all the same (the uncounted items only add). None: not needed.
    counted_sum: int | None = None
    # The parts are counted in another unit than the total (份 under 条) and add up to more than it: a part
    # cannot exceed its whole, but the units differ, so a low-confidence warning (round 11).
    other_unit: bool = False
    # Every part is counted, some in 条 and some in 篇 (round 22: "主动公开政府信息558条,其中,…门户网公开118篇、…发布356条,
    # …信息4条"): both count items of information, so the parts still make the total, but the units differ: a
    # mismatch is a low-confidence warning. The parts' units, in their order ("" for none).
    mixed_units: tuple[str, ...] = ()
    # An item of the list holds another quantity than a count of documents (5次公告, 8宗, 73.7947公顷, 114625万元, 67项)
    # or a number read as no count (round 23, ``pingtan_zrz_2012``): the list may have run on past its breakdown
    # into the year's other work, so no finding on it is an error.
    foreign: bool = False
    # The list was read past a stray marker (round 26: a 占 before the next part's name and count, or a share whose
    # words hold another count): the reading is unsure, so a finding on it is a low-confidence warning.
    stray: bool = False
    # The total is hedged as approximate (约500条) or written in 万 (round 33): a mismatch with its parts is a warning, never an error.
    approximate: bool = False
    # Every part is a channel (round 34): channels short of their total are a warning at OVERLAP_CONFIDENCE.
    channels: bool = False

    @property
    def parts_sum(self) -> int:
        """The parts' counts added up."""
        return sum(int(part.value) for part in self.parts)

    @property
    def written_total(self) -> str:
        """The total as the message quotes it: as written, else its count in 条."""
        return self.total_text or f"{self.total}条"


# A breakdown stated as exhaustive after its total: 其中 / 分别为 / 包括.
_LIST_SPAN: Final = 500  # characters a list (or the bracket around it) may run over (the corpus: 198 at most)
_INTRODUCER: Final = re.compile(r"(?:其中|分别为|分别是|包括)[:：,，]?")
# A breakdown opened by 含 right after its total's count and comma ("发布信息121条,含规范性文件2件、…"; round 20):
# 含 elsewhere (包含, 含行政确认) opens no list of the count before it.
# 含's look-behind is written after it (the same matches as ``(?<=[条件篇][,，])含``): every alternative then starts
# with a character, and the engine skips to the next 其, 分, 包 or 含 in C instead of trying each position
# (tests/audit/test_audit_gates.py compares the two).
# Round 34 (blind 31, ``pingtan_jjf_2016``: "在主动公开的116条政府信息中，规范性文件21条，占18%；…"): the total's count
# of 信息 closed by 中 and a comma opens its breakdown as 其中 does (the parts, their shares). Its look-behinds are
# written after the 中, as 含's.
_LIST_INTRODUCER: Final = re.compile(
    r"(?:其中|分别为|分别是|包括|含(?<=[条件篇][,，]含)"
    r"|中(?:(?<=\d[条篇]信息中)|(?<=\d[条篇]政府信息中)|(?<=\d[条篇]政务信息中))(?=[,，]))[:：,，]?"
)
# A character every introducer holds (tests/audit/test_audit_gates.py): a paragraph with none has no list.
_LIST_INTRODUCER_CHARS: Final = "其分包含中"
# Those characters as one class: a paragraph is searched once in C, not once per character (any() over a generator
# cost twice as much on prose_200KB's 414 paragraphs; tests/audit/test_audit_speed14.py)
_LIST_INTRODUCER_CHAR: Final = re.compile(f"[{_LIST_INTRODUCER_CHARS}]")
_SUBSET_WINDOW: Final = 30  # characters after "…信息中，" a subset (全文电子化) is looked for in
_TOTAL_BEFORE: Final = re.compile(r"(\d+(?:\.\d+)?)(万)?(?:条|件|篇)(?![\d])")
# A count hedged as approximate, by the word right before it (round 33).
_HEDGE_BEFORE: Final = re.compile(rf"(?:{_HEDGE_WORDS})$")
_ITEM: Final = re.compile(
    r"^(?:[一二三四五六七八九十]+是)?(?:发布|公开|公布)?(.{1,60}?)(?:的)?(?:信息|政府信息)?(?:公开)?(?:数|数量)?"
    r"(?:为|共计|共|合计)?(\d+)(条|期|篇|件|个|项)?等?"
    r"(?:[,，]?(?:所)?占(?:比)?(.*?)(\d+(?:\.\d+)?)%(以上|左右|多)?)?$"
)
# A review or a lawsuit ("…其他处理2件；因政府信息公开引起的行政复议案件2件") is never a part of a count of requests.
_LIST_BREAKERS: Final = (
    "其中",
    "总",
    *_CLOSING_CHANNEL,
    "访问",
    "复议",
    "诉讼",
)  # a channel's words: ``_CLOSING_CHANNEL``
# After 包括 the parts are often the channels themselves ("包括政府网站35条，…微信公众号2443条").
_CHANNEL_LIST_BREAKERS: Final = ("其中", "总", "访问", "复议", "诉讼")
_CHANNEL_FIRST: Final = re.compile(r"^(?:通过|利用|采用|依托|在)[^,，;；。]{1,30}?(?:公开|发布|公布)")
# A part named by its channel alone ("网站319条", "微信公众号851条", "微博2348条"): the list counts posts per channel.
# Round 27 (blind 25, ``qingyang_wsb_2020``: "…省政府外事办网站公开发布13条,庆阳市党建网公开发布5条,“学习强国”公开
# 发布2条,“庆阳外事”微信订阅号发布信息54期97条"): the verb may be 公开发布, the platform 学习强国 (the national study
# app), a 微信 account named as 订阅号/服务号/公众平台, and a channel's posts counted in issues before items (54期97条).
# Round 32 (blind 29, ``shangcheng_sfj_2023``: "…671条,其中网站主动公开信息65条(公告公示3条),“上城普法”微信497条,…"): the
# verb may be 主动公开.
# Round 34 (blind 31, ``yongde_wlj_2020``: "…永德县公共文化数字化服务平台138条,图书馆网站发布信息8条"): a 服务平台 of a
# longer name, and the items named 政府信息. The words: websites but 门户 (a portal is named 门户网站 in a part), new media
# with the 微信 accounts' own names and 学习强国, the boards met so far, screens, two spellings of app; a bare 平台 is
# taken only as 服务平台 (a part "…平台N条" may be a platform's category).
_CHANNEL_NAME: Final = re.compile(
    r"^(?:[\u4e00-\u9fff]{0,6}?(?:"
    + _channel_words(
        "website",
        "new_media",
        "screen",
        add=(
            *_BOARDS_NAMED_SO_FAR,
            "微信订阅号",
            "微信服务号",
            "微信公众平台",
            "头条号",
            "学习强国",
            "APP",
            "app",
        ),
        drop=("门户",),
    )
    + r")|[\u4e00-\u9fff]{2,14}?服务平台)(?:主动公开|公开发布|发布|公开|推送)?"
    r"(?:(?:政府|政务)?信息)?(?:共|为)?(?:\d+期)?\d+条$"
)
# Said of a channel after its count: how often it was read (round 22, "…微信公众平台公开信息数为2464条,年度阅读量为29.4万
# 次,…"): counts no items, never a part.
_READERSHIP: Final = re.compile(
    r"^(?:年度|全年|累计|总)?(?:阅读|浏览|访问|点击)(?:量|数|次数|人次)?(?:为|达|达到|共|约)?\d+(?:\.\d+)?万?(?:余)?(?:次|人次)$"
)
# The last channel of a list named as every other way (其他方式公开信息数为130条): a channel, the remainder of the list.
_OTHER_CHANNEL: Final = re.compile(
    r"^(?:通过)?" + _OTHER_MEANS + r"(?:公开|发布|公布)?[^,，;；。\d]{0,12}?\d+条$"
)


# A clause after ；that starts a statement of its own, not a part (round 24: "…城市规划1篇;同时,我局在黑龙江省信用公示平台
# 共发布行政许可信息76条,…"): its own subject (我局, 本机关 …; not "本局动态5条", a part), its own 共/总计/累计/合计 with a verb (共发布; not "报告共7条", a part), or — in a
# list whose first part is no channel — its own channel verb (通过/在/依托 …发布).
_CONNECTIVE: Final = r"(?:同时|此外|另外|另|并且|并)?[,，]?"
_OWN_SUBJECT: Final = re.compile(
    r"[;；]" + _CONNECTIVE + r"(?:我(?:局|镇|乡|街道|县|区|市|委|办|厅|单位|机关|部门|中心|院|所|站)"
    r"|本(?:局|机关|单位|部门|委|办)(?![\u4e00-\u9fff]{0,4}\d)"
    r"|[^,，;；。\d]{0,30}?(?:共计|共|总计|累计|合计)(?:发布|公开|公布|受理|收到|办理|处理|制发|印发)[^,，;；。\d]{0,30}?\d)"
)
_PUBLISH_VERB: Final = r"(?:发布|公开|公布)"  # the verbs an item is published by
_OWN_CHANNEL: Final = re.compile(
    r"[;；]" + _CONNECTIVE + r"(?:通过|利用|采用|依托|在)[^,，;；。\d]{1,30}?" + _PUBLISH_VERB
)
# A clause after ；that opens with the total's own verb, in a list whose first part opens with none (round 25:
# "累计发布工作动态信息165条,其中重点聚焦甘州乡镇街道动态102条;发布法定主动公开内容1条,…", ``ganzhou_beijie_2025``): a
# statement beside the total's, not a part of it.
_PUBLISHING: Final = re.compile(r"^(?:[一二三四五六七八九十]+是)?" + _PUBLISH_VERB)
_OWN_VERB: Final = re.compile(r"[;；]" + _CONNECTIVE + _PUBLISH_VERB)


def _before_new_statement(body: str) -> str:
    """A list's body up to a clause after ；that starts a new statement (``_OWN_SUBJECT``, ``_OWN_CHANNEL``)."""
    first = _PARTS.split(body, maxsplit=1)[0]
    channels = _CHANNEL_FIRST.match(first) is not None or _CHANNEL_NAME.match(first) is not None
    # a list of channels has channel verbs in every part: only its own subject starts a new statement
    starts = (_OWN_SUBJECT,) if channels else (_OWN_SUBJECT, _OWN_CHANNEL)
    if not channels and _PUBLISHING.match(first) is None:
        starts = (*starts, _OWN_VERB)
    cuts = [found.start() for found in (pattern.search(body) for pattern in starts) if found]
    return body[: min(cuts)] if cuts else body


def _as_channels(named: list[str], items: list[str]) -> tuple[bool, list[str]]:
    """Whether every part of a list is a channel, and its items (a readership said after a channel left out)."""
    if len(named) >= MIN_LIST_ITEMS and all(
        _CHANNEL_FIRST.match(item) or _CHANNEL_NAME.match(item) for item in named
    ):
        return True, items
    kept = _channels_read(named)
    # channels with a readership after one of them and a catch-all last (round 22): the readership counts no
    # items, so it is left out of the parts
    return (True, kept) if kept is not None else (False, items)


def _channels_read(named: list[str]) -> list[str] | None:
    """A list's items without a readership said after a channel, when every other item is a channel (round 22).

    The last item may be the remainder (其他方式…N条). None: the items are not such a list.
    """
    kept = [item for item in named if not _READERSHIP.match(item)]
    if len(kept) == len(named) or len(kept) < MIN_LIST_ITEMS or _READERSHIP.match(named[0]):
        return None
    last = len(kept) - 1
    if all(
        _CHANNEL_FIRST.match(item)
        or _CHANNEL_NAME.match(item)
        or (index == last and _OTHER_CHANNEL.match(item))
        for index, item in enumerate(kept)
    ):
        return kept
    return None


# A request counted by how it was submitted ("通过委官方网站提交申请表的862件", "通过信函提交申请的171件", "当面提交13件"):
# each request comes one way only, so such parts partition the requests and never overlap.
_REQUEST_CHANNEL: Final = re.compile(
    r"^(?:通过|采用|以|经)?[^,，;；。\d]{0,30}?(?:提交|提出|递交|寄送|邮寄)[^,，;；。\d]{0,12}?\d+件"
)
# Parts joined by 、 ("其中组织机构2篇、部门文件5篇、工作动态43篇") are cut at a 、 right after a count. A run of them
# that a semicolon ends is the whole list ("…公开信息4条，其中包括：机构职能1条、政策文件3条；通过…专栏公开信息40条").
_PARTS: Final = re.compile(r"[,，;；]|(?<=\d[条件篇])、")
_COUNT_COMMA: Final = re.compile(r"\d[条件篇]、")
# "工作总结1条" names a part; 总 alone (总计, 总数) starts a nested total.
_NOT_A_TOTAL_WORD: Final = re.compile(r"总结")
_SHARE_CLAUSE: Final = re.compile(r"[,，](?=所?占)")
# A stray 占 before the next part's name and count, not before a share (round 26, ``shanggao_luzhou_2018``: "通知公告
# 24条,占15%,占规范性文件6条,占4%"): the part is read, each share stays with the count it follows, and the list is
# marked unsure (StatedList.stray), so nothing said of it is an error.
_STRAY_SHARE_MARK: Final = re.compile(r"[,，]所?占(?=[^%\d,，;；。]{1,30}?\d+[条件篇](?:[,，;；。]|$))")
# A share's words that hold another share and then a count ("占15%占规范性文件6条占4%" read whole): a part was read
# past, the list unsure. Not a base named in the words ("占全部200条信息的25%"): no share before the count.
_COUNT_IN_SHARE: Final = re.compile(r"%[^%]*?\d+[条件篇]")


# A list of the categories proactively disclosed with no total of its own (round 14): 主动公开 and then three or more
# counts in 条, each a category (…类信息N条) but the last, which is 其他… (so the list names every category). The
# categories may be one channel's ("通过政府门户网站主动公开政策，规范性文件类信息5条，…，其他应主动公开的政府信息2条"):
# they can add up to less than the year's total, never to more.
# Round 45 (blind 41's ``pingtan_ptzhsyq_2014``: "主动公开政府信息的主要类别有：机构职能类信息594条，…，其他应主动公开的信息
# 946条"): the list may open with the year's categories named as its heading words and a colon, and a kind may give its
# count right after 类 ("国土资源、城乡建设、环保能类98条").
_CATEGORY_RUN: Final = re.compile(
    r"主动公开(?:(?:政府)?信息的?主要类别(?:有|为|是|包括)?[:：])?(?P<body>(?:[^。；;:：\d共合总]{1,30}?类(?:的)?(?:(?:政府)?信息)?(?:数|数量)?(?:为|共)?\d+条[,，、])"
    r"{2,12}其他[^。；;:：\d共合总,，]{0,20}?(?:信息)?(?:数|数量)?(?:为)?\d+条)(?![\d.%])(?![,，]?占)"
)
_RUN_PART: Final = re.compile(r"[,，、]?([^,，、\d]*?[^。；;:：\d,，]{0,30}?)(\d+)条")


def unstated_total_lists(prose: Prose, total: StatedFigure) -> list[StatedList]:
    """Exhaustive category lists with no total of their own, set against the year's total stated elsewhere.

    Only lists in sections 一 and 二 (where the total is read), not in the total's own sentence, and not
    already the parts of a stated total (a 其中 before them). The list is ``loose`` (its total is another
    sentence's): a sum above the total is a warning, a sum below it is no finding (one channel's categories).
    """
    found: list[StatedList] = []
    for sentence in prose.in_sections("一", "二"):
        norm = sentence.norm
        if sentence is total.sentence or "其他" not in norm or "类" not in norm:
            continue
        run = _CATEGORY_RUN.search(norm)
        if run is None or "其中" in norm[: run.start()]:
            continue
        parts = [
            StatedFigure("category", label.strip(",，、") or "其他", int(value), sentence, group="category")
            for label, value in _RUN_PART.findall(run.group("body"))
        ]
        found.append(
            StatedList(
                int(total.value), parts, sentence, comparable=True, total_text=f"{total.value}条", loose=True
            )
        )
    return found


def _by_paragraph(sentences: Iterable[Sentence]) -> dict[int, list[Sentence]]:
    """The sentences grouped by their paragraph's number, in the page's order."""
    grouped: dict[int, list[Sentence]] = {}
    for sentence in sentences:
        grouped.setdefault(sentence.paragraph, []).append(sentence)
    return grouped


def _written_total(total: StatedFigure) -> str:
    """The year's proactive total as its sentence writes it: the count and its unit (条 or 篇; 条 if none follows)."""
    written = re.search(rf"(?<![\d.]){total.value}(条|篇)", total.sentence.norm)
    return f"{total.value}{written.group(1) if written else '条'}"


def _aspect_opening(*aspects: str) -> re.Pattern[str]:
    """The opening of a paragraph that counts the year's items by one aspect: 从(公开)内容(上)(来)看, 从公开渠道来看."""
    return re.compile(rf"^从(?:公开)?(?:{'|'.join(aspects)})(?:上|方面)?(?:来)?看[,，:：]?")


# A paragraph that breaks the year's total down by one aspect (round 22): "从公开内容来看,我局…重点推进五个方面的信息公开。
# 一是…1条。二是…7条。…五是…59条,公开其他工作动态类信息31条。" (``luzhou_gulin_czj_2021``).
_VIEWPOINT: Final = _aspect_opening("内容", "类别", "类型", "种类")
_VIEWPOINT_PART: Final = re.compile(r"^(?:[一二三四五六七八九十]+是)?(?:发布|公开|公布)?(\D{1,60}?)(\d+)条$")
_VIEWPOINT_CLAUSE: Final = re.compile(r"[。,，;；]")
# Paragraphs after the total's own a breakdown of it may open (a channel paragraph may stand between).
_VIEWPOINT_REACH: Final = 2


def _paragraphs_after(prose: Prose, total: StatedFigure) -> list[list[Sentence]]:
    """The sentences of each paragraph within ``_VIEWPOINT_REACH`` after the total's, the last paragraph included."""
    by_paragraph = _by_paragraph(prose.sentences)
    start = total.sentence.paragraph
    return [
        by_paragraph[number]
        for number in range(start + 1, start + _VIEWPOINT_REACH + 1)
        if number in by_paragraph
    ]


def viewpoint_lists(prose: Prose, total: StatedFigure) -> list[StatedList]:
    """A paragraph after the total's that counts its items by content, 一是… to a remainder (其他…): a whole list.

    The paragraph opens with 从(公开)内容(来)看 (by content: every item has one), its opening sentence counts
    nothing, every clause after it that holds a digit is one count in 条 (an enumeration 一是…二是…), and the last
    part is the remainder, so the parts name every item. Summed against the year's total as a ``loose`` list:
    the total is another paragraph's, so a mismatch is a warning.
    """
    found: list[StatedList] = []
    for sentences in _paragraphs_after(prose, total):
        if not _VIEWPOINT.match(sentences[0].norm) or _DIGIT_COUNT.search(sentences[0].norm):
            continue
        parts: list[StatedFigure] = []
        for sentence in sentences[1:]:
            for clause in _VIEWPOINT_CLAUSE.split(sentence.norm):
                if not any(ch.isdigit() for ch in clause):
                    continue
                part = _VIEWPOINT_PART.match(clause)
                if part is None:
                    return []  # another count in the paragraph: not a plain breakdown
                parts.append(
                    StatedFigure("category", part.group(1), int(part.group(2)), sentence, group="list")
                )
        if len(parts) >= 3 and _REMAINDER.search(parts[-1].label):  # noqa: PLR2004 - a breakdown, not a pair
            found.append(
                StatedList(
                    int(total.value), parts, sentences[0], comparable=True,
                    total_text=_written_total(total), loose=True,
                )
            )  # fmt: skip
    return found


# A paragraph right after the total's that opens with 具体包括 and counts the total's items to a remainder (round 36,
# blind 33's ``sishui_wlj_2025``: "…主动公开信息83条。" then "具体包括履职依据1条,…,法定主动公开内容等其他信息20条。").
_DETAILED_OPENING: Final = re.compile(r"^具体包括[:：]?")
_DETAILED_PARTS_MIN: Final = 3  # a breakdown, not a pair


def detailed_lists(prose: Prose, total: StatedFigure) -> list[StatedList]:
    """The paragraph after the year's total that says what it holds, 具体包括… to a remainder (其他…): a whole list.

    The total's sentence ends its paragraph and counts nothing else in 条/件; the next paragraph is one sentence opening
    with 具体包括, every clause of it one count in 条, three or more, the last the remainder (``_REMAINDER``), so the
    parts name every item. Summed against the total as a ``loose`` list: the total is another paragraph's, so a
    mismatch is a warning.
    """
    by_paragraph = _by_paragraph(prose.sentences)
    own = by_paragraph.get(total.sentence.paragraph, [])
    following = by_paragraph.get(total.sentence.paragraph + 1, [])
    if (
        not own
        or own[-1] != total.sentence
        or len(following) != 1
        or len(_DIGIT_COUNT.findall(total.sentence.norm)) != 1
    ):
        return []
    sentence = following[0]
    opening = _DETAILED_OPENING.match(sentence.norm)
    if opening is None:
        return []
    parts: list[StatedFigure] = []
    for clause in _VIEWPOINT_CLAUSE.split(sentence.norm[opening.end() :]):
        if not clause.strip():
            continue
        part = _VIEWPOINT_PART.match(clause.strip())
        if part is None:
            return []  # a clause that is no count of the total's items: not a plain breakdown
        parts.append(StatedFigure("category", part.group(1), int(part.group(2)), sentence, group="list"))
    if len(parts) < _DETAILED_PARTS_MIN or not _REMAINDER.search(parts[-1].label):
        return []
    return [
        StatedList(
            int(total.value), parts, sentence, comparable=True, total_text=_written_total(total), loose=True,
        )
    ]  # fmt: skip


# A paragraph after the total's that breaks it down by channel, each channel with its share (round 24): "从公开渠道来看,
# 政府网站公开信息118条,占比20.34%;政务新媒体公开信息142条,占比24.48%;通过…传统公开载体公开信息320条,占比55.18%。"
# (``hejiang_yaoba_2022``, blind set 22).
_CHANNEL_VIEWPOINT: Final = _aspect_opening("渠道", "方式", "途径", "载体", "平台")
_CHANNEL_SHARE_PART: Final = re.compile(
    r"^(?:通过)?(\D{1,60}?)(?:公开|发布|公布)(?:了)?(?:政府|政务)?信息(?:数)?(?:为|共)?(\d+)条[,，]?(?:所)?占(?:比)?(?:为)?"
    r"(\d+(?:\.\d+)?)%$"
)
_CHANNEL_SHARE_CLAUSE: Final = re.compile(r"[。;；]")


def channel_share_lists(prose: Prose, total: StatedFigure) -> list[StatedList]:
    """A paragraph after the total's that counts its items by channel, each with its share (round 24).

    The paragraph opens with 从(公开)渠道(来)看 and every clause after it (cut at ；and 。) is one channel's count in
    条 and its share. Only when the counts make the year's total exactly is it their base (as ``named_share_lists``,
    round 23): the shares are then checked against it (``named_shares``), a warning each. Counts that miss the
    total say nothing here: channels may overlap, and the shares' base is then unknown.
    """
    found: list[StatedList] = []
    for sentences in _paragraphs_after(prose, total):
        text = "".join(sentence.norm for sentence in sentences)
        opening = _CHANNEL_VIEWPOINT.match(text)
        if opening is None:
            continue
        parts: list[StatedFigure] = []
        for clause in _CHANNEL_SHARE_CLAUSE.split(text[opening.end() :]):
            if not clause:
                continue
            part = _CHANNEL_SHARE_PART.match(clause)
            if part is None:
                return []  # another statement in the paragraph: not a plain breakdown
            parts.append(
                StatedFigure(
                    "category", part.group(1), int(part.group(2)), sentences[0], Decimal(part.group(3)),
                    group="list",
                )
            )  # fmt: skip
        if len(parts) >= MIN_LIST_ITEMS and sum(int(part.value) for part in parts) == total.value:
            found.append(
                StatedList(
                    int(total.value), parts, sentences[0], comparable=True, total_text=_written_total(total)
                )
            )
    return found


# A channel's count in a 其中 list whose sentence states no total (round 26, ``fengcheng_tongtian_2018``: "…及其他便民
# 渠道公开。其中,政府网站公开政府信息数112条、“幸福同田”微信公众号公开政府信息数85条,“幸福同田”微博转发政务信息数184
# 条。"): a channel's name (its words, quotes allowed), a verb of publishing, the items, one count in 条.
# The words: as ``_CHANNEL_NAME``'s, with 视频号, without the apps and 学习强国 (this round-26 list met none). The name
# is a group: no word of the alternation extends another by a character that may follow it (”, 上 or a verb), so
# the order of the words changes no span either.
_CHANNEL_COUNT_PART: Final = re.compile(
    r"^(?:通过|在)?(?P<name>[^,，;；。、\d]{0,16}?(?:"
    + _channel_words(
        "website",
        "new_media",
        "screen",
        add=(*_BOARDS_NAMED_SO_FAR, "微信公众号", "头条号", "视频号"),
        drop=("门户",),
    )
    + r")[”\"]?)(?:上)?(?:公开|发布|转发|推送|公布)(?:了)?(?:政府|政务)?信息"
    r"(?:数|数量)?(?:为|共)?(?P<count>\d+)条$"
)
_CHANNEL_LIST_OPENING: Final = re.compile(r"其中[:：,，]?")


def channel_lists_after_total(prose: Prose, total: StatedFigure) -> list[StatedList]:
    """A 其中 list of channels whose sentence states no total, in a paragraph after the year's total (round 26).

    Every item is one channel's count in 条 (two or more), up to the sentence's end. Their base is the year's total
    stated before; the list is ``overlapping`` (one item often goes out on several channels), so a sum above the
    total is only a low-confidence hint, as for a channel list under its own total; a sum below it says nothing.
    """
    found: list[StatedList] = []
    for sentences in _paragraphs_after(prose, total):
        for sentence in sentences:
            opening = _CHANNEL_LIST_OPENING.search(sentence.norm)
            if opening is None or _DIGIT_COUNT.search(sentence.norm, 0, opening.start()):
                continue
            items = [item for item in _PARTS.split(sentence.norm[opening.end() :].rstrip("。")) if item]
            matched = [_CHANNEL_COUNT_PART.match(item) for item in items]
            parts = [
                StatedFigure("channel", part.group("name"), int(part.group("count")), sentence, group="list")
                for part in matched
                if part is not None
            ]
            if len(parts) >= MIN_LIST_ITEMS and len(parts) == len(items):
                found.append(
                    StatedList(
                        int(total.value), parts, sentence, comparable=True,
                        total_text=_written_total(total), loose=True, overlapping=True,
                    )
                )  # fmt: skip
    return found


# Round 42 (blind 38's ``pingtan_wsj_2012``): "本局共主动公开政府信息130条，其中通过“中国平潭”网站公开的全文电子化信息96条，
# 全文电子化信息达73.85%；通过局办公楼门口的政府信息公开栏公开的有44条。" — the channels under the total's own 其中, each
# a clause 通过…公开…N条 of its own cut at ；, the list running on over the sentences ；/; ends.
_CHANNEL_CLAUSE: Final = re.compile(
    r"^通过(?P<name>[^,，;；。:：\d]{2,40})公开的?(?:有|了)?(?:[^,，;；。:：\d]{0,12}?)(?P<count>\d+)条(?![\d.%])"
)
_ITEMS_IN_TIAO: Final = re.compile(r"(?<![\d.])\d+条(?![\d.%])")


_LIST_SENTENCES_AFTER: Final = 8  # the most sentences a list cut at ； runs on over


def channels_under_total(prose: Prose, total: StatedFigure) -> list[StatedList]:
    """The channels the total's own 其中 lists, one clause 通过…公开…N条 each, cut at ； (two or more; round 42).

    Each clause holds one count in 条, no other; the list is ``overlapping`` (an item may go out on both channels), so
    a sum above the total is a low-confidence warning, never an error.
    """
    written = _written_total(total)
    sentences = prose.sentences
    start = next((index for index, sentence in enumerate(sentences) if sentence is total.sentence), None)
    if start is None:
        return []
    text = total.sentence.norm
    at = text.find(written)
    opening = text.find("其中", at + len(written)) if at >= 0 else -1
    if opening < 0 or _ITEMS_IN_TIAO.search(text, at + len(written), opening):
        return []
    listed = text[opening + len("其中") :]
    for sentence in sentences[start + 1 : start + _LIST_SENTENCES_AFTER]:
        if not listed.rstrip().endswith((";", "；")):
            break
        listed += sentence.norm
    clauses = [clause.strip().lstrip(",，:：") for clause in re.split(r"[;；]", listed.rstrip().rstrip("。"))]
    clauses = [clause for clause in clauses if clause]
    matched = [_CHANNEL_CLAUSE.match(clause) for clause in clauses]
    if len(clauses) < MIN_LIST_ITEMS or any(
        found is None or len(_ITEMS_IN_TIAO.findall(clause)) != 1
        for found, clause in zip(matched, clauses, strict=True)
    ):
        return []
    parts = [
        StatedFigure("channel", found.group("name"), int(found.group("count")), total.sentence, group="list")
        for found in matched
        if found is not None
    ]
    return [
        StatedList(
            int(total.value), parts, total.sentence, comparable=True, total_text=written, overlapping=True
        )
    ]


# A count of items disclosed through a column of a website (栏目/专栏) named by its words (round 22): "通过示范区管委会网站
# 审计信息栏目公开信息20条", "全年通过审计信息专栏公开政府信息16条" (``yangling_sjj_2022``).
_COLUMN_COUNT: Final = re.compile(
    r"通过(?P<name>[^,，。；;、:：\d]{2,30}?)(?P<kind>栏目|专栏)(?:公开|发布)(?:政府)?信息(?P<count>\d+)条(?![\d.%])"
)
_COLUMN_CORE: Final = 4  # characters the shorter name must have: 审计信息, not a bare 信息
_LIST_WORDS: Final = ("其中", "包括", "分别", "含")


def _column_name(label: str) -> str:
    """A column's name without the word 栏目 or 专栏 after it."""
    return label.removesuffix("栏目").removesuffix("专栏")


def column_counts(prose: Prose) -> list[tuple[StatedFigure, StatedFigure]]:
    """Pairs of sentences counting the items of one column with two different counts (round 22).

    One column: the shorter name ends the longer ("审计信息" and "示范区管委会网站审计信息"), both followed by
    栏目 or 专栏. A count that is a part of a list (其中, 包括 … before it in its clause) is no column's total.
    """
    found: list[StatedFigure] = []
    for sentence in prose.in_sections("一", "二"):
        if "栏" not in sentence.norm:
            continue
        for match in _COLUMN_COUNT.finditer(sentence.norm):
            before = _CLAUSE_BREAK.split(sentence.norm[: match.start()])[-1]
            if any(word in before for word in _LIST_WORDS):
                continue
            # the label as the page writes it, 栏目 or 专栏 included (a message quotes it)
            label = match.group("name") + match.group("kind")
            found.append(StatedFigure("column", label, int(match.group("count")), sentence))
    pairs: list[tuple[StatedFigure, StatedFigure]] = []
    for first, second in itertools.combinations(found, 2):
        # one column whichever word (栏目, 专栏) each sentence calls it by
        short, long = sorted((_column_name(first.label), _column_name(second.label)), key=len)
        if (
            first.sentence is not second.sentence
            and first.value != second.value
            and len(short) >= _COLUMN_CORE
            and long.endswith(short)
        ):
            pairs.append((first, second))
    return pairs


def _paragraphs(prose: Prose) -> list[tuple[list[Sentence], str]]:
    """Each paragraph's sentences and its normalised text (joined once for every list stage that reads it)."""
    return [
        (sentences, "".join([s.norm for s in sentences]))  # a list: join makes one of a generator first
        for sentences in _by_paragraph(prose.sentences).values()
    ]


def _introduced_paragraphs(
    paragraphs: list[tuple[list[Sentence], str]],
) -> Iterable[tuple[list[Sentence], str]]:
    """The paragraphs whose text holds a character an introducer needs.

    A paragraph with none has no list; the introducer pattern would find nothing in it.
    """
    for sentences, text in paragraphs:
        if _LIST_INTRODUCER_CHAR.search(text) is not None:
            yield sentences, text


def stated_lists(prose: Prose) -> list[StatedList]:
    """Every "total, 其中 parts" statement of the prose, with its parts as figures."""
    lists: list[StatedList] = []
    paragraphs = _paragraphs(prose)
    # each paragraph's next one (round 33): a line break inside a list's last item leaves the list incomplete
    next_text = {id(this[0]): after[1] for this, after in itertools.pairwise(paragraphs)}
    for sentences, text in _introduced_paragraphs(paragraphs):
        starts = []
        position = 0
        for sentence in sentences:
            starts.append(position)
            position += len(sentence.norm)
        for match in _introducers(text):
            found_total = _list_total(text, starts, match.start())
            if found_total is None:
                continue
            total_match, loose = found_total
            body, complete = _list_body(text, match.end(), last=sentences[-1] is prose.sentences[-1])
            # a sub-list in brackets names some parts of one item, not all of them; "在…的N条信息中，…" (round 34) may
            # name some kinds only (the 主要类别 of ``pingtan_ptx_2012``): its parts' shares are checked, not their sum
            if _in_a_sublist(text, match.start()) or match.group(0).startswith("中"):
                complete = False
            complete = complete and not _broken_at_line_end(text, body, next_text.get(id(sentences), ""))
            body, strays = _STRAY_SHARE_MARK.subn(",", body)
            body = _SHARE_CLAUSE.sub("", body)  # "…60条，所占比例为30%": the share belongs to its item
            body = _without_sub_breakdowns(body)
            clause = _CLAUSE_MARK.search(body)
            end = clause.start() if clause else len(body)
            if _COUNT_COMMA.search(body, 0, end) and clause is not None and clause.group(0) in ";；":
                body = body[:end]
            body = _before_new_statement(body)
            items = _PARTS.split(body)
            owner = sentences[bisect.bisect_right(starts, match.start()) - 1]
            total, tolerance = _count_of(total_match)
            total, total_text = _handled_total(total_match, total)
            # "约500条，其中…" · "196.4万条，其中…" (round 33): a total hedged or rounded to 万 is no base for an error
            approximate = bool(tolerance) or bool(
                _HEDGE_BEFORE.search(text, max(total_match.start() - 2, 0), total_match.start())
            )
            # After 包括, or when every part is a channel ("其中，通过政府网站公开…1600条；利用微信…450条"), the parts
            # are the channels; otherwise a channel after the parts is another list.
            named = [item for item in items if item]
            all_channels, items = _as_channels(named, items)
            submitted = (
                len(named) >= MIN_LIST_ITEMS
                and total_match.group(0).endswith("件")
                and all(_REQUEST_CHANNEL.match(item) for item in named)
            )
            channels = match.group(0).startswith("包括") or all_channels or submitted
            breakers = _CHANNEL_LIST_BREAKERS if channels else _LIST_BREAKERS
            read = _read_parts(
                items, owner, total_match.group(0)[-1], breakers, total,
                year_total=_year_total(total_match),
            )  # fmt: skip
            _settle_parts(
                read, body, total, total_match.group(0)[-1], sentences=sentences, starts=starts, text=text,
                at=match.end(),
            )  # fmt: skip
            parts, comparable, loose = (
                _up_to_another_kind(read.parts, total),
                read.comparable,
                loose or read.loose,
            )
            if all_channels and total is not None and all(part.value == total for part in parts):
                continue  # every channel carries every item (round 25): no breakdown, nothing to add up
            complete = read.complete if read.complete is not None else complete
            # One item may go out on several channels: channels adding up to MORE than the total may overlap,
            # so that is only a hint for a supervisor to look (StatedList.overlapping), never an error.
            overlapping = all_channels and total is not None and sum(part.value for part in parts) > total
            # a loose reading of a list that says parts are left out ("…52条等") is no sum
            complete = complete and not (loose and read.etc)
            other = read.other_unit
            if (
                len(parts) < 2  # noqa: PLR2004 - a breakdown in the total's unit is read as such
                and len(other) >= 2  # noqa: PLR2004 - one part is not a breakdown
                and total is not None
                and sum(int(part.value) for part in other) > total + tolerance
            ):
                # parts counted in another unit already above the total: a warning, as the units differ
                lists.append(
                    StatedList(
                        total, other, owner, comparable=False, complete=complete, tolerance=tolerance,
                        total_text=total_text, other_unit=True,
                    )
                )  # fmt: skip
            elif len(parts) >= 2 and total is not None:  # noqa: PLR2004 - one part is not a breakdown
                lists.append(
                    StatedList(
                        total, parts, owner, comparable, complete=complete, tolerance=tolerance,
                        total_text=total_text, loose=loose, overlapping=overlapping,
                        later_shares=_later_shares(text, match.end(), parts, sentences, starts),
                        counted_sum=read.counted if not comparable and not read.foreign else None,
                        mixed_units=_mixed_units(read, total_match.group(0)[-1]), foreign=read.foreign,
                        stray=bool(strays) or read.stray, approximate=approximate, channels=all_channels,
                    )
                )  # fmt: skip
    lists.extend(following_lists(prose))
    lists.extend(
        stated
        for stated in _attribute_lists(prose)
        if not any(other.total == stated.total and other.sentence is stated.sentence for other in lists)
    )
    lists.extend(_within_lists(paragraphs, last=prose.sentences[-1] if prose.sentences else None))
    return lists


# A part's own breakdown inside a list ("…共50条。其中机构类信息20条,内有领导成员10条、机构职能4条、机构概况1条、直属单位
# 5条;工作类信息11条,其中镇街动态3条、…", ``yongjia_xixia_2023``, round 25): 内有/其中 right after a part's count,
# up to the clause's ；. When its counts (two or more, in the part's unit) make that part exactly, they are the part's
# own parts, not the list's: they are left out and the list goes on after the ；.
# Round 27 (blind 25, ``yongjia_yunling_2023``: "其中机构类信息22条,机构概况1条、其中领导成员13条、内设机构及岗位责任人4条、
# 直属单位或下属机构4条;镇街动态1条,…"): the 其中 misplaced after the breakdown's first part; the counts from that part on
# (1 + 13 + 4 + 4) make the part (22) all the same.
_SUB_INTRODUCERS: Final = ("内有", "其中")
_SUB_BREAKDOWN: Final = re.compile(
    r"(?<![\d.])(\d+)([条件篇])[,，]"
    rf"((?:[^;；。\d]{{1,30}}?\d+[条件篇][,，、])?(?:{'|'.join(_SUB_INTRODUCERS)})[:：]?[^;；。]*)"
)
# A 其中 right after the first part of a part's own breakdown (the same page): the count before it is that part's, not
# a total the 其中 breaks down.
_MISPLACED_SUB: Final = re.compile(r"(?<![\d.])(\d+)([条件篇])[,，][^;；。\d]{1,30}?(\d+)([条件篇])[,，、]$")
_MISPLACED_WINDOW: Final = 64  # characters before the 其中 its part's count and first part stand in


def _introducers(text: str) -> Iterable[re.Match[str]]:
    """The list introducers of a paragraph, but a 其中 inside a part's own breakdown (round 27) or a 中 before a subset."""
    for match in _LIST_INTRODUCER.finditer(text):
        if match.group(0).startswith("其中") and _inside_a_part_s_breakdown(text, match.start()):
            continue
        # "在…的51条政府信息中，全文电子化的主动公开信息数共9条，…" (round 34): a subset first, no breakdown of the count
        if (
            match.group(0).startswith("中")
            and "全文电子化" in text[match.end() : match.end() + _SUBSET_WINDOW]
        ):
            continue
        yield match


def _inside_a_part_s_breakdown(text: str, at: int) -> bool:
    """Whether the 其中 at ``at`` stands after the first part of a part's own breakdown (round 27).

    The part's count, one part and its count right before the 其中; the counts after it up to the clause's ；make the
    part exactly with that first part, all in its unit. Such a 其中 breaks down no count of its own.
    """
    before = _MISPLACED_SUB.search(text, max(0, at - _MISPLACED_WINDOW), at)
    if before is None or before.group(2) != before.group(4):
        return False
    end = min((found for found in (text.find(mark, at) for mark in ";；。") if found >= 0), default=len(text))
    counts = _SUB_COUNT.findall(text, at, end)
    return (
        len(counts) >= 2  # noqa: PLR2004 - a breakdown
        and all(unit == before.group(2) for _, unit in counts)
        and int(before.group(3)) + sum(int(count) for count, _ in counts) == int(before.group(1))
    )


_SUB_COUNT: Final = re.compile(r"(?<![\d.])(\d+)([条件篇])(?![\d%])")


def _without_sub_breakdowns(body: str) -> str:
    """A list's body without the breakdowns of its parts that make their part exactly (round 25)."""
    if not any(word in body for word in _SUB_INTRODUCERS):
        return body
    kept: list[str] = []
    position = 0
    for found in _SUB_BREAKDOWN.finditer(body):
        counts = _SUB_COUNT.findall(found.group(3))
        if (
            len(counts) >= 2  # noqa: PLR2004 - a breakdown
            and all(unit == found.group(2) for _, unit in counts)
            and sum(int(count) for count, _ in counts) == int(found.group(1))
        ):
            kept.append(body[position : found.end(2)])
            position = found.end()
    kept.append(body[position:])
    return "".join(kept)


# Round 31 (blind 29, development data): a 2021-format list whose parts carry their own breakdowns, in brackets
# ("共公开各类政务信息122条,其中政务公开专栏74条(包括公开指南1条、…其他12条),政府信息公开46条(包括…)",
# ``tuquan_yjj_2021``) or after 包含/包括 up to the part's ；("总共公开政府信息352条,其中:政策文件类公开207条,包含事故调查类
# 11条,…其他类文件97条;工作动态公开145条;…1条", ``guanghan_yjj_2021``). The outer list is summed over its parts with each
# part's breakdown set aside, and each breakdown is a list of its own under its part. Read only when every clause fits:
# when the nesting is unsure, nothing is said.
_NESTED_OPENING: Final = re.compile(r"(?<![\d.])(\d+)(条)[,，]?其中[:：,，]?")
_NESTED_PART: Final = re.compile(r"([^,，;；。、()（）]{1,30}?)(?<![\d.])(\d+)(条)")
_NESTED_ITEM: Final = re.compile(r"([^,，;；。、()（）\d]{1,30}?)(\d+)(条)")
_NESTED_INNER_OPENERS: Final = ("包括", "包含")
_NESTED_BRACKETS: Final = {"(": ")", "（": "）"}


def _nested_items(text: str) -> list[tuple[str, int]] | None:
    """The items of a part's own breakdown (``label N条`` each, split by 、 or ，), or None when one does not fit."""
    items = []
    for piece in re.split(r"[、,，]", text):
        found = _NESTED_ITEM.fullmatch(piece)
        if found is None:
            return None
        items.append((found.group(1), int(found.group(2))))
    return items if len(items) >= 2 else None  # noqa: PLR2004 - one item is no breakdown


def _nested_breakdown(text: str, at: int) -> tuple[list[tuple[str, int]] | None, int, bool]:
    """A part's own breakdown right at ``at``: its items, where it ends, and whether it ran to the part's ；.

    ``(None, at, False)`` when none stands there; ``([], at, False)`` when one stands there but does not read whole.
    """
    close = _NESTED_BRACKETS.get(text[at : at + 1])
    if close is not None:
        end = text.find(close, at)
        inner = text[at + 1 : end] if end > at else ""
        opener = next((word for word in _NESTED_INNER_OPENERS if inner.startswith(word)), None)
        if opener is None:
            return [], at, False
        return _nested_items(inner[len(opener) :]) or [], end + 1, False
    for word in _NESTED_INNER_OPENERS:
        if text.startswith(("," + word, "，" + word), at):
            stop = min(
                (found for found in (text.find(mark, at) for mark in ";；。") if found >= 0),
                default=len(text),
            )
            return _nested_items(text[at + 1 + len(word) : stop].lstrip(":：")) or [], stop, True
    return None, at, False


def _nested_parts(text: str, at: int) -> list[tuple[str, int, list[tuple[str, int]] | None]] | None:
    """The parts of a list from ``at`` with their own breakdowns, or None when any clause is unsure."""
    parts: list[tuple[str, int, list[tuple[str, int]] | None]] = []
    position = at
    while True:
        found = _NESTED_PART.match(text, position)
        if found is None:
            return None
        inner, position, to_clause_end = _nested_breakdown(text, found.end())
        if inner == []:
            return None
        parts.append((found.group(1), int(found.group(2)), inner))
        mark = text[position : position + 1]
        if mark in ("", "。"):
            return parts
        if mark not in ",，;；" or (to_clause_end and mark not in ";；"):
            return None
        position += 1
        if _NESTED_PART.match(text, position) is None or text.startswith("共", position):
            # the list ends at a clause that is no part of it in the total's unit ("…,共收到…提案4件")
            following = re.match(r"[^,，;；。\d]{0,30}?\d+(条)?", text[position:])
            return (
                parts
                if following is None or following.group(1) is None or text.startswith("共", position)
                else None
            )


def nested_lists(prose: Prose) -> list[StatedList]:
    """The lists whose parts carry their own breakdowns, and those breakdowns (round 31)."""
    lists: list[StatedList] = []
    for sentences, text in _paragraphs(prose):
        if "其中" not in text or not any(word in text for word in _NESTED_INNER_OPENERS):
            continue
        starts = list(itertools.accumulate((len(sentence.norm) for sentence in sentences[:-1]), initial=0))
        for opening in _NESTED_OPENING.finditer(text):
            parts = _nested_parts(text, opening.end())
            if parts is None or len(parts) < 2 or all(inner is None for _, _, inner in parts):  # noqa: PLR2004
                continue
            owner = sentences[bisect.bisect_right(starts, opening.start()) - 1]
            lists.append(
                StatedList(
                    int(opening.group(1)),
                    [
                        StatedFigure("category", label, count, owner, group="list")
                        for label, count, _ in parts
                    ],
                    owner,
                    comparable=True,
                )
            )
            lists.extend(
                StatedList(
                    count,
                    [StatedFigure("category", name, value, owner, group="list") for name, value in inner],
                    owner,
                    comparable=True,
                    total_text=f"{label}{count}条",
                )
                for label, count, inner in parts
                if inner is not None
            )
    return lists


# What a part counts by (round 25): the channel an item went out on (or a request came in by), how a request ended,
# or — anything else — what the item is about.
# The words (searched in a part's label): new media with the video accounts, the boards met so far, screens; 网站
# and 网络 but not a bare 网 (网格, 网上办理 are no channels in a label) nor 门户; no platform, press or app (a label's
# 平台 is as often a subject's); and the ways a request comes in (信函, 当面, 传真).
_CHANNEL_KIND: Final = re.compile(
    _channel_words(
        "new_media",
        "screen",
        add=("网站", "网络", *_BOARDS_NAMED_SO_FAR, *_VIDEO_ACCOUNTS, "信函", "当面", "传真"),
    )
    + "|"
    + _OTHER_MEANS
)
_OUTCOME_KIND: Final = re.compile(r"办结|答复|结转|告知")
# Where requests came from: new this year or carried over from the year before (round 40, blind 36's
# ``tongliang_zfb_2025``: "共受理…申请15件,其中新收到14件,结转上年度办理1件,办结13件,结转下年度继续办理2件" — the
# first two make the 15; how the requests ended is another breakdown of it, never more parts).
_INTAKE_KIND: Final = re.compile(rf"{_NEW_VERBS}|(?:上年|上一年|去年)")


# A part added to parts that already make the total ("发布法定主动公开内容1条,包括机构概况1条,以及“三公”经费及预算/决算
# 信息2条", ``ganzhou_beijie_2025``): said besides them, not one of them (round 25).
_ADDED: Final = re.compile(r"^(?:以及|另有|另外|此外|同时)")


def _part_kind(label: str) -> str:
    """What a part counts by: ``intake`` (round 40), ``outcome``, ``channel`` or ``category`` (round 25)."""
    if _INTAKE_KIND.search(label):
        return "intake"
    if _OUTCOME_KIND.search(label):
        return "outcome"
    # "公开栏2条" is read with 公开 as the item's verb: the label left is "栏", a channel all the same
    return "channel" if label == "栏" or _CHANNEL_KIND.search(label) else "category"


def _up_to_another_kind(parts: list[StatedFigure], total: int | None) -> list[StatedFigure]:
    """A list's parts up to where its first parts make the total exactly and the next counts by another kind.

    "主动公开信息总数560条,其中政府网站公开…268条,其他方式公开…292条,规范性文件数1条" (``yiwu_jtj_2024``): the two
    channels make the 560; the documents counted after them are another measure, not a third part. "受理…11件,其中网络
    申请11件,申请办结数8件,结转下一年办理1件" (``jiaxing_scjgj_2022``): how the requests came, then how they ended —
    two breakdowns of one total, never one (round 25). Parts of one kind throughout are kept whatever they add up to.
    """
    if total is None or len(parts) < MIN_LIST_ITEMS or sum(int(part.value) for part in parts) == total:
        return parts  # a list that makes its total is whole
    running = 0
    for index, part in enumerate(parts[:-1]):
        if part.unit is not None:
            return parts
        running += int(part.value)
        if running > total:
            return parts
        kinds = {_part_kind(earlier.label) for earlier in parts[: index + 1]}
        following = parts[index + 1].label
        if running == total and (
            (len(kinds) == 1 and _part_kind(following) not in kinds) or _ADDED.match(following) is not None
        ):
            return parts[: index + 1]
    return parts


# The 公开属性 of every item (条例 2019, 第十九条 and 第二十七条 on: 主动公开, 依申请公开, 不予公开): a 其中 list whose
# parts between them name all three is the whole breakdown, whatever its number of parts (round 16).
_ATTRIBUTES: Final = ("主动公开", "依申请公开", "不予公开")
_ATTRIBUTE_LIST: Final = re.compile(
    r"(?<![\d.])(\d+)(份|条|件)[,，]?其中[:：,，]?((?:[^。；;\d]{2,20}?\d+(?:份|条|件)[、，,和及与]?){2,4})(?=$|[。；;])"
)
_ATTRIBUTE_PART: Final = re.compile(r"([^\d、，,]{2,20}?)(\d+)(份|条|件)")


def proactive_part_of_attributes(sentences: list[Sentence]) -> StatedFigure | None:
    """The 主动公开 part of a 其中 list that names every 公开属性: the year's proactive total (round 19).

    "全年制发公文类政府信息383条，其中主动公开54条、依申请公开316条、不予公开13条": every item made has one attribute,
    so the proactive ones are the items proactively disclosed. A list naming only 主动公开 ("其中主动公开317份") may be
    a subset of another kind: not read.
    """
    for sentence in sentences:
        if "其中" not in sentence.norm or "不予公开" not in sentence.norm:
            continue
        for match in _ATTRIBUTE_LIST.finditer(sentence.norm):
            found = _ATTRIBUTE_PART.findall(match.group(3))
            labels = "".join(label for label, _, _ in found)
            if not all(attribute in labels for attribute in _ATTRIBUTES):
                continue
            proactive = [
                int(count) for label, count, _ in found if label.strip("、，,和及与") == _ATTRIBUTES[0]
            ]
            if len(proactive) == 1:
                return StatedFigure("proactive_total", LEGACY_PROACTIVE_TOTAL_LABEL, proactive[0], sentence)
    return None


def _attribute_lists(prose: Prose) -> list[StatedList]:
    """A 其中 list whose parts name every 公开属性 ("617份，其中主动公开138份、依申请公开及不予公开431份").

    Such a list is exhaustive by its words, so its parts must add up to its total (blind set 14's pingtan_zhz_2020:
    138 + 431 = 569 of 617). A list naming only some attributes ("其中主动公开138份") may leave items out: not read.
    """
    lists: list[StatedList] = []
    for sentence in prose.sentences:
        if "其中" not in sentence.norm or "不予公开" not in sentence.norm:
            continue
        for match in _ATTRIBUTE_LIST.finditer(sentence.norm):
            unit = match.group(2)
            found = _ATTRIBUTE_PART.findall(match.group(3))
            labels = "".join(label for label, _, _ in found)
            if (
                len(found) < 2  # noqa: PLR2004 - one part is not a breakdown
                or any(part_unit != unit for _, _, part_unit in found)
                or not all(attribute in labels for attribute in _ATTRIBUTES)
            ):
                continue
            parts = [
                StatedFigure(
                    "category", label.strip("、，,和及与"), int(value), sentence, group="list", unit=unit
                )
                for label, value, _ in found
            ]
            total = int(match.group(1))
            lists.append(StatedList(total, parts, sentence, comparable=True, total_text=f"{total}{unit}"))
    return lists


# A count that compares the year with another ("申请数量与2023年相比增加了5件"): a difference, never a total (round 24).
_COMPARISON_BEFORE: Final = re.compile(r"(?:增加|减少|增长|下降|提高|降低|多|少)(?:了)?(?:约)?$")


def _totals_in(window: str) -> list[re.Match[str]]:
    """The counts in ``window`` that can be a total: not a note in brackets, not a difference (round 24).

    "办结依申请公开件177件(含2022年结转的3件),其中…" breaks down the 177: the bracket's 3 is a note on it
    (``dongyang_zrghj_2023``); "…共6件,申请数量与2023年相比增加了5件。其中…" breaks down no 5 (``wuxing_hudong_2024``).
    """
    kept: list[re.Match[str]] = []
    for found in _TOTAL_BEFORE.finditer(window):
        before = window[: found.start()]
        opened = max(before.rfind("("), before.rfind("（"))
        closed = max(before.rfind(")"), before.rfind("）"))
        after = window[found.end() :]
        if opened > closed and (")" in after or "）" in after):
            continue  # a note in brackets that closes before the list
        if _COMPARISON_BEFORE.search(before):
            continue
        kept.append(found)
    return kept


# The requests carried over from last year right after the new ones ("收到…申请9件,上年转结1件,其中网络申请数5件,…",
# ``huaihua_xian_2022_tw``; "新收到…78件,结转上年度办理3件。其中,答复…75件,…结转下年度继续办理3件", ``qiaokou_qzfb_2025``):
# the list after them breaks down the requests handled, new and carried over, never the carried-over count alone.
_CARRIED_OVER_BEFORE: Final = re.compile(r"(?:结转|转结)[^,，;；。\d]{0,8}$")
_RECEIVED_THEN_CARRIED: Final = re.compile(r"^[,，、;；]?(?:上年度|上一年度|上一年|上年|去年)?$")


def _received_before_carried(total: re.Match[str]) -> int | None:
    """The new requests counted right before a carried-over count taken as a list's total (round 24); None if not."""
    if not total.group(0).endswith("件") or total.group(2):
        return None
    before = total.string[: total.start()]
    carried = _CARRIED_OVER_BEFORE.search(before)
    if carried is None:
        return None
    counts = list(_TOTAL_BEFORE.finditer(before, 0, carried.start()))
    if not counts or not counts[-1].group(0).endswith("件") or counts[-1].group(2):
        return None
    if _RECEIVED_THEN_CARRIED.match(before[counts[-1].end() : carried.start()]) is None:
        return None
    return int(counts[-1].group(1))


def _part_of_a_closed_list(text: str, at: int) -> bool:
    """Whether the count at ``at`` is a part of a 其中 list in its own sentence (round 24).

    Used when a sentence has ended between that count and a new 其中: "…,其中:机构职能类信息16条,…,其他类信息9条。
    其中主动公开政府信息17条,…" (``zhangping_szfb_2021``, blind set 7) — the new 其中 breaks down no 9.
    """
    sentence_start = max(text.rfind(mark, 0, at) for mark in "。！？") + 1
    return "其中" in text[sentence_start:at]


def _handled_total(total_match: re.Match[str], total: int | None) -> tuple[int | None, str]:
    """A list's total and how its message writes it: new and carried-over requests summed (round 24)."""
    received = _received_before_carried(total_match)
    if received is None or total is None:
        return total, total_match.group(0)
    return received + total, f"（新收{received}件、上年结转{total}件）{received + total}件"


def _list_total(text: str, starts: list[int], introducer: int) -> tuple[re.Match[str], bool] | None:
    """The total a 其中 list at ``introducer`` breaks down, and whether the reading is loose (see StatedList).

    The last count within 60 characters before it, or — when there is none — the total of an earlier sentence
    past sentences with no count. A total in a sentence before the list is loose, and only past sentences with
    no count ("…42条。组织培训1次。其中…" breaks down nothing it can name).
    """
    start = max(introducer - 60, 0)
    while start > 0 and (text[start - 1].isdigit() or text[start - 1] == "."):
        start -= 1  # never a count cut by the window's edge ("2979条" read as "9条", round 25)
    window = text[start:introducer]
    totals = _totals_in(window)
    loose = False
    if not totals and (earlier := _total_sentences_before(text, introducer)) is not None:
        window, loose = earlier, True
        totals = _totals_in(window)
    if not totals or "申请" in window[totals[-1].start() :]:
        return None
    if not loose:
        at = introducer - len(window) + totals[-1].start()
        if not _total_owns_list(text, starts, introducer, at):
            return None
        end = text.find("。", at, introducer)
        if end >= 0 and DIGIT.search(text, end, introducer):
            return None
        if end >= 0 and _part_of_a_closed_list(text, at):
            return None
        loose = text.count("。", at, introducer) >= 2  # noqa: PLR2004 - the total's end, then a whole sentence
    return totals[-1], loose


# A part whose count lost its unit, glued to the next part's name: "重点领域信息公开32村务公开264条". The first name
# must end as a category's does (公开, 信息, 类, 动态, 文件): "市级12345热线处理300条" is one part, not two.
_GLUED_PARTS: Final = re.compile(
    r"^([\u4e00-\u9fff]{1,18}?(?:公开|信息|类|动态|文件))(\d+)([\u4e00-\u9fff]{2,20}?)(\d+)([条件篇])$"
)


# A hotline's number in a part's name is no count ("12345服务热线转办件和市长信箱转办件2件": blind set 11's
# foping_mzj_2023, whose parts 36 + 0 + 2 exceed their total 36).
_HOTLINE: Final = re.compile(r"(?<!\d)12\d{3}(?=(?:政务|政府)?(?:服务|便民)?(?:热线|平台))")


_RATE: Final = re.compile(r"[^\d,，;；]{0,12}?率[^\d,，;；]{0,8}?\d+(?:\.\d+)?%")


# A part counted in 份 (documents), the total in 条 or 篇: "主动公开380份".
_OTHER_UNIT_ITEM: Final = re.compile(r"^(?:[一二三四五六七八九十]+是)?([^\d]{1,40}?)(\d+)份$")


_INFORMATION_SUFFIX: Final = re.compile(r"(?:信息|政府信息)$")


# A part that names several kinds and gives each the same count (round 28, blind 26's ``shulan_jjj_2013``: "…规划计划
# 和完成情况类信息8条,公共资金使用信息、机构调整和人员变动类信息各2条", 10 + 8 + 2 + 2 = 22 against 20) is as many parts
# of that count as it names kinds. The kinds are parted by 、; with no 、, by one 和/及/与 (各 says more than one kind).
# Beside a 、 a kind's name may hold 和 ("机构调整和人员变动类信息"). When the kinds parted by 、 do not end alike, some in a
# kind's word (类/信息/文件) and some not ("政策法规、规范性文件类信息各2条": two kinds sharing 类信息, or one kind named
# with a 、), their number is unsure: read as parted, the list loose (a warning at most, never an error on a guess).
_EACH_MARK: Final = "各"
_KIND_JOIN: Final = re.compile(r"以及|和|及|与")
_KIND_WORD: Final = re.compile(r"(?:类|信息|文件)$")
_JOINED_KINDS: Final = 2  # kinds X和Y names with no 、


def kinds_of_each(label: str) -> tuple[list[str], bool] | None:
    """The kinds a part ``X、Y各N条`` names and whether their number is sure; None when it is no such part."""
    if not label.endswith(_EACH_MARK):
        return None
    names = label.removesuffix(_EACH_MARK)
    kinds = names.split("、")
    if len(kinds) == 1:
        kinds = _KIND_JOIN.split(names)
        if len(kinds) != _JOINED_KINDS or not all(kinds):
            return None  # one kind with 各 ("每月各"), or more joins than one: not read as kinds
        return kinds, True
    if not all(kinds):
        return None
    worded = [_KIND_WORD.search(kind) is not None for kind in kinds]
    return kinds, all(worded) or not any(worded)


def _part_label(text: str) -> str:
    """A part's name without a closing 信息/政府信息 ("政策解读信息" → "政策解读"), unless nothing else is left."""
    return _INFORMATION_SUFFIX.sub("", text).strip() or text


# The units a part of a count of items may be written in: a part in 件 under a total in 条 is still one of its items
# ("发布信息121条,含规范性文件2件、其他有关文件2条…"), one in 个/项/期 or with no unit is not (round 20).
_DOCUMENT_UNITS: Final = ("条", "件", "篇")
# The units an item of information is counted in: a list may mix them (StatedList.mixed_units); 件 (documents, cases)
# and 份 (copies) count other things.
ITEM_UNITS: Final = ("条", "篇")


@dataclass(slots=True)
class _Parts:
    """The parts read from a list's items, and what the items say about the list."""

    parts: list[StatedFigure] = field(default_factory=list)
    comparable: bool = True
    complete: bool | None = None  # True: the list is known to end here (a nested breakdown follows)
    loose: bool = False  # a part lost its unit
    etc: bool = False  # a part ends in 等
    counted: int = 0  # the sum of the parts counted in the list's unit
    uncounted: bool = False  # an item holds a number not read as a count in the list's unit
    # an item holds a number read as no count of documents (条/件/篇: "新开设专栏6个", "信息数169" with no unit, an
    # item not read): the list may have run on into other statements, so its counted parts are not summed (round 20)
    foreign: bool = False
    other_unit: list[StatedFigure] = field(default_factory=list)  # parts counted in 份 under a total in 条/篇
    units: list[str] = field(default_factory=list)  # each part's unit as written ("" for none), one per part
    unnamed: bool = False  # items with no count of their own run before a counted one (not a unit's doing)
    stray: bool = False  # a share's words hold a count: a part was read past (round 26)

    def parts_sum_is(self, total: int) -> bool:
        """Whether the parts read add up to ``total``."""
        return sum(int(part.value) for part in self.parts) == total


def _read_parts(  # noqa: C901, PLR0913 - one branch per kind of item; the list, its sentence, unit, breakers, total
    items: list[str],
    owner: Sentence,
    unit: str,
    breakers: tuple[str, ...],
    total: int | None,
    *,
    year_total: bool = False,
) -> _Parts:
    """The parts of a 其中 list, in its items' order, up to a nested breakdown or another channel.

    ``year_total``: the total is the year's 主动公开 count, not one channel's (see ``_closing_channel``).
    """
    read = _Parts()
    for index, item in enumerate(items):
        if not item:
            continue
        if item.startswith(("其中", "分别", "包括")):
            # a nested breakdown follows the last part ("其中公开政府信息29条,包括机构职能13条,…"): the parts
            # before it are all the outer list's
            read.complete = True
            break
        found = _ITEM.match(item)
        if _closed_by_remainder(read, unit) and (found is None or found.group(3) != unit):
            # "…，土地划拨2条，其他类9条；办理依申请公开30件": the remainder (其他…) in the list's unit names every
            # category, so the list ends there; a count in another unit after it is another statement (round 19)
            read.complete = True
            break
        glued = _GLUED_PARTS.match(item)
        if glued and total is not None and int(glued.group(2)) <= total and int(glued.group(4)) <= total:
            read.loose = True  # two parts, the first without its unit: read in the list's unit
            read.parts.extend(
                StatedFigure("category", label, int(count), owner, group="list")
                for label, count in ((glued.group(1), glued.group(2)), (glued.group(3), glued.group(4)))
            )
            read.comparable = read.comparable and glued.group(5) == unit
            read.units.extend(("", glued.group(5)))
            continue
        if found is not None and any(ch.isdigit() for ch in found.group(1)) and "、" in item:
            # "…、2022年政府信息公开工作年度报告、政务公开标准目录、基层政务公开70条": items with no count before
            # the last one, which has its own
            read.comparable = False
            read.unnamed = True
            found = _ITEM.match(item.rsplit("、", 1)[1])
        other = _OTHER_UNIT_ITEM.match(item) if found is None and unit in "条篇" else None
        if other is not None and not any(word in other.group(1) for word in breakers):
            # "发布信息607条，其中主动公开380份，依申请公开及不予公开319份": documents counted in 份 under a total of
            # items; not the total's unit, so never summed as such — kept apart for a sum above the total
            read.other_unit.append(
                StatedFigure("category", other.group(1), int(other.group(2)), owner, group="list", unit="份")
            )
        if found is None or any(ch.isdigit() for ch in _HOTLINE.sub("", found.group(1))):
            read.comparable = read.comparable and not any(ch.isdigit() for ch in item)
            # "回复率和办结率达到了100%": a rate after the list counts nothing (foping_mzj_2023)
            counts = any(ch.isdigit() for ch in _RATE.sub("", item))
            read.uncounted = read.uncounted or counts
            read.foreign = read.foreign or counts
            continue
        if any(word in _NOT_A_TOTAL_WORD.sub("", found.group(1)) for word in breakers):
            read.complete = True  # the list ended before the nested breakdown: all its parts are here
            if year_total and _closing_channel(found, read, unit, total, last=not any(items[index + 1 :])):
                continue
            break  # a nested breakdown, or another channel ("通过微博发布…"): not a part of this total
        # "公共资金使用信息、机构调整和人员变动类信息各2条": a part of N for each kind named (round 28)
        each = kinds_of_each(found.group(1))
        labels = [_part_label(kind) for kind in each[0]] if each else [_part_label(found.group(1))]
        read.loose = read.loose or (each is not None and not each[1])
        read.etc = read.etc or item.endswith("等")
        # a 0 with no unit ("不予公开信息数0", round 26) adds nothing whatever it counts: read in the list's unit
        part_unit = found.group(3) or (unit if int(found.group(2)) == 0 else None)
        share = Decimal(found.group(5)) if found.group(5) and not found.group(6) else None
        read.stray = read.stray or (
            share is not None and _COUNT_IN_SHARE.search(found.group(4) or "") is not None
        )
        read.parts.extend(
            StatedFigure(
                "category", label, int(found.group(2)), owner, share,
                _share_of(found.group(4) or "") if share is not None else None, group="list",
                # the part's own unit where it is not the list's ("" for none written; round 23: "67项" under
                # "53条" is no "67条")
                unit=None if part_unit == unit else part_unit or "",
            )
            for label in labels
        )  # fmt: skip
        read.comparable = read.comparable and part_unit == unit
        read.units.extend(part_unit or "" for _ in labels)
        read.counted += int(found.group(2)) * len(labels) if part_unit == unit else 0
        read.uncounted = read.uncounted or part_unit != unit
        read.foreign = read.foreign or part_unit not in _DOCUMENT_UNITS
    return read


def _settle_parts(  # noqa: PLR0913 - the list read, its body, total, unit, paragraph and where the list starts
    read: _Parts,
    body: str,
    total: int | None,
    unit: str,
    *,
    sentences: list[Sentence],
    starts: list[int],
    text: str,
    at: int,
) -> None:
    """The parts a list's total is checked against (round 33).

    Subtotals dropped, a 、-run that makes the total kept alone, a shortfall the next sentence's counts make up added.
    """
    _fold_subtotals(read, unit)
    _end_at_a_joined_run(read, body, total)
    _continued_in_next_sentence(read, total, unit, sentences=sentences, starts=starts, text=text, at=at)


# The counts of a sentence that goes on with a list the sentence before it fell short of (round 33).
# A count, found by its digits (a pattern opening with the label's run would be tried from every character); its label
# is the text back to the separator before it.
_NEXT_COUNT: Final = re.compile(r"(\d+)([条件篇])")
# The marks that separate a list's items (a count's label starts after the last one before it).
_ITEM_MARKS: Final = ",，;；、"
_NEXT_PARTS_MIN: Final = 2
_OPENING_YEAR: Final = re.compile(r"^\s*(?:19|20)\d{2}年度?")


def _continued_in_next_sentence(  # noqa: PLR0913 - the list read, its total, unit, paragraph and where the list starts
    read: _Parts,
    total: int | None,
    unit: str,
    *,
    sentences: list[Sentence],
    starts: list[int],
    text: str,
    at: int,
) -> None:
    """Add the next sentence's counts to a list that falls short of its total by exactly their sum.

    "…等信息共175条。其中:部门动态120条,…13条。在政府信息公开重点工作栏发布财政收支预算信息3条、…1条、三公经费信息12条及
    年度报告信息1条。" (blind 10's ``jinan_yjglj_2024``): the 其中 list is 17 short and the next sentence counts 3 + 1 + 12 +
    1 = 17, in the list's unit and nothing else: the breakdown goes on there. Only a list of two parts or more, an exact
    sum of two counts or more, every digit of the sentence (a year opening it aside) a count in the list's unit, and no
    其中 of its own.
    """
    stop = text.find("。", at)
    if (
        total is None
        or stop < 0
        or not read.comparable
        or len(read.parts) < _NEXT_PARTS_MIN
        or stop + 1 not in starts
    ):
        return
    shortfall = total - sum(int(part.value) for part in read.parts)
    following = sentences[starts.index(stop + 1)]
    words = _OPENING_YEAR.sub("", following.norm)  # "2024年在…栏发布…3条、…": the year opening it is no count
    if shortfall <= 0 or "其中" in words:
        return
    found = list(_NEXT_COUNT.finditer(words))
    if (
        len(found) < _NEXT_PARTS_MIN
        or any(part.group(2) != unit for part in found)
        or sum(len(part.group(1)) for part in found) != sum(char.isdigit() for char in words)
        or sum(int(part.group(1)) for part in found) != shortfall
    ):
        return
    ends = [
        0,
        *(part.end() for part in found[:-1]),
    ]  # a label starts after the count before it, or its separator
    labels = [
        words[max(end, *(words.rfind(mark, end, part.start()) + 1 for mark in _ITEM_MARKS)) : part.start()]
        for part, end in zip(found, ends, strict=True)
    ]
    read.parts.extend(
        StatedFigure(
            "category",
            _part_label(label.lstrip("及和与")),
            int(part.group(1)),
            following,
            group="list",
        )
        for part, label in zip(found, labels, strict=True)
    )
    read.units.extend(unit for _ in found)
    read.counted += shortfall


# A part that closes a run of parts with their sum ("…财政预决算4条、其他3条,共发布102条;专题专栏包括…4条、…12条,共发布86条",
# round 33, blind 29's ``pengjiang_fgj_2024_tw``): a subtotal of the parts before it, not another part.
_SUBTOTAL_LABEL: Final = re.compile(r"^(?:共计?|合计|总计|小计)(?:发布|公开|公布)?(?:了)?(?:信息)?$")


def _fold_subtotals(read: _Parts, unit: str) -> None:
    """Drop each subtotal part (``共发布N条`` equal to the sum of the run of parts before it): its run stays the parts.

    The run starts after the previous subtotal (or at the list's start) and holds two parts or more, each counted
    in the list's ``unit``; a 共… part that is not the sum of the run before it is left a part, as read.
    """
    start = 0
    index = 0
    while index < len(read.parts):
        part = read.parts[index]
        run = read.parts[start:index]
        if (
            _SUBTOTAL_LABEL.match(part.label)
            and len(run) >= 2  # noqa: PLR2004 - a subtotal closes two parts or more
            and all(part_unit == unit for part_unit in read.units[start:index])
            and sum(int(earlier.value) for earlier in run) == int(part.value)
        ):
            read.counted -= int(part.value)
            del read.parts[index]
            del read.units[index]
            start = index
            continue
        index += 1


# A clause of the list's body that opens with a verb of its own (round 33): "其中发布工作动态192条、通知(公告)8条,公开财政信息
# 81条" (blind 30's ``aershanbaolige_2023``) — 公开 after the comma starts another statement.
_OWN_VERB_CLAUSE: Final = re.compile(r"^(?:同时|另|另外|此外)?(?:主动)?(?:公开|发布|公布)")
_JOINED_COUNT: Final = re.compile(r"(?<![\d.])\d+(?:条|篇|件)")


def _end_at_a_joined_run(read: _Parts, body: str, total: int | None) -> None:
    """End the list at its first clause when that clause's parts, joined by 、, make the total exactly.

    Only when the parts read do not make the total, the first clause holds two counts or more, and the next clause
    opens with a verb of its own: the parts after it belong to another statement.
    """
    if total is None or read.parts_sum_is(total):
        return
    clauses = _CLAUSE_MARK.split(body, maxsplit=1)
    if len(clauses) < 2 or not _OWN_VERB_CLAUSE.match(clauses[1].lstrip("(（")):  # noqa: PLR2004 - a first clause and the rest
        return
    joined = len(_JOINED_COUNT.findall(clauses[0]))
    if (
        joined >= 2  # noqa: PLR2004 - a run of parts
        and "、" in clauses[0]
        and len(read.parts) > joined
        and sum(int(part.value) for part in read.parts[:joined]) == total
    ):
        read.counted -= sum(int(part.value) for part in read.parts[joined:] if part.unit is None)
        del read.parts[joined:]
        del read.units[joined:]
        read.complete = True


def _mixed_units(read: _Parts, unit: str) -> tuple[str, ...]:
    """The parts' units when every part is counted in 条 or 篇 and not all in the total's ``unit`` (round 22).

    Some part must be in the total's own unit: parts all in another unit may be another total's ("…政府信息306条,
    各级主流媒体刊发…540余篇,其中…213篇"). Empty: not such a list.
    """
    mixed = (
        not read.comparable
        and not read.foreign
        and not read.unnamed
        and not read.loose
        and unit in ITEM_UNITS
        and all(part_unit in ITEM_UNITS for part_unit in read.units)
        and unit in read.units
    )
    return tuple(read.units) if mixed else ()


def _closed_by_remainder(read: _Parts, unit: str) -> bool:
    """Whether the last part read is the remainder (其他…, 其余…) counted in the list's unit: the list is whole."""
    return (
        bool(read.parts)
        and read.comparable
        and unit in "条件篇"
        and _CATCH_ALL.match(read.parts[-1].label) is not None
    )


# The channel words a clause is tested for by substring (round 34: from ``CHANNEL_WORDS``).
_CHANNEL_WORDS: Final = (
    *_CHANNEL_VERBS,
    "网站",
    *CHANNEL_WORDS["platform"],
    *(word for word in CHANNEL_WORDS["new_media"] if word in {"微信", "微博", "公众号", "新媒体"}),
)


def _year_total(total: re.Match[str]) -> bool:
    """Whether the count before a 其中 reads as the year's 主动公开 total, not as one channel's count.

    "全年累计主动公开政府信息162条" is; "利用办公网络平台发布信息95条" is a channel, and a channel after its 其中 is a
    parallel one ("…其中发布规范性文件2件，利用电子屏发布信息108条"), never its part.
    """
    clause = _CLAUSE_BREAK.split(total.string[: total.end()])[-1]
    clause = clause[clause.rfind("。") + 1 :]
    return "主动公开" in clause and not any(word in clause for word in _CHANNEL_WORDS)


def _closing_channel(found: re.Match[str], read: _Parts, unit: str, total: int | None, *, last: bool) -> bool:
    """A channel that closes a 其中 list after a single part short of the total is the list's second part.

    "…162条。其中，乡镇文件公开41条，通过…微信公众号发布信息293篇。" — the 其中 names two parts; the second is a
    channel. Without it the list would have one part and say nothing. A channel after two parts or more, or
    after a part that makes the total, is another list as before ("…其他40条，通过微信发布…"). The reading is
    loose: a mismatch is a warning.
    """
    if not last or total is None or len(read.parts) != 1 or int(read.parts[0].value) >= total:
        return False
    if not any(word in found.group(1) for word in _CLOSING_CHANNEL) or found.group(5):
        return False
    label = _part_label(found.group(1))
    read.parts.append(
        StatedFigure(
            "category", label, int(found.group(2)), read.parts[-1].sentence, group="list",
            unit=found.group(3) if found.group(3) != unit else None,
        )
    )  # fmt: skip
    read.units.append(found.group(3) or "")  # every part has its unit written next to it (round 36)
    read.loose = True
    read.complete = True
    read.comparable = read.comparable and found.group(3) == unit
    read.counted += int(found.group(2)) if found.group(3) == unit else 0
    return True


def _total_sentences_before(text: str, introducer: int) -> str | None:
    """The sentence holding a total for a 其中 that opens a later sentence, past sentences with no count at all.

    "…累计主动公开政府信息463条，内容涵盖…等多个领域。全方位展示了…成效。其中发布公示公告8条、…": the sentences
    between hold no digit, so the 其中 breaks down the last count before them. ``None`` when the 其中 is inside its
    sentence, when no earlier sentence of the paragraph has a count, or when the nearest count is not a total.
    """
    start = text.rfind("。", 0, introducer) + 1
    if start == 0 or text[start:introducer].strip("(（,，:："):
        return None
    end = start - 1
    while end > 0:
        previous = text.rfind("。", 0, end) + 1
        sentence = text[previous:end]
        if DIGIT.search(sentence):
            clause = _CLAUSE_BREAK.split(sentence)
            holding = next((c for c in reversed(clause) if DIGIT.search(c)), "")
            if _TOTAL_WORD.search(holding) or "主动公开" in holding:
                return holding
            return None
        if introducer - previous > _LIST_SPAN or previous == 0:
            return None
        end = previous - 1
    return None


# "在主动公开的90条政府信息中，…类信息共1条；…；工作进展动态和其他应主动公开的政府信息25条。": the total inside
# the opening phrase, the parts after it with no 其中.
_WITHIN: Final = re.compile(
    r"在[^。,，;；:：]{0,20}?的?(\d+(?:\.\d+)?)(万)?(条|件)[^。,，;；:：\d]{0,12}?中[,，:：]"
)
# The remainder named as the last of a list's names: "其他…", "工作进展动态和其他…".
# "法定主动公开内容等其他信息" (round 36): 等其他 closes the names as 和其他 does.
_REMAINDER: Final = re.compile(r"(?:^|[和及与、等])(?:其他|其余)")
# A count in 条 or 件 (the opening sentence of a breakdown paragraph states none).
_DIGIT_COUNT: Final = re.compile(r"\d+(?:条|件)")


# "…主动公开政府信息177条，其中通过政府网站公开信息114条，…，今年我镇主动公开的信息中，组织机构信息2条，…，其他信息5条":
# the opening names no count; its total is the year's 主动公开 count stated before it in the paragraph.
_WITHIN_PROACTIVE: Final = re.compile(r"主动公开的(?:政府)?信息中[,，:：]")


def _within_openings(text: str) -> Iterable[tuple[re.Match[str], int, Decimal, str]]:
    """Each opening of an "…中，" list in a paragraph: the opening, its total, the total's tolerance, as written."""
    for match in _WITHIN.finditer(text):
        total, tolerance = _count_of(match)
        if "申请" not in match.group(0) and total is not None:
            yield match, total, tolerance, match.group(1) + (match.group(2) or "") + match.group(3)
    for match in _WITHIN_PROACTIVE.finditer(text):
        sentence_start = text.rfind("。", 0, match.start()) + 1
        before = _CLAUSE_BREAK.split(text[sentence_start : match.start()])
        totals = [
            found
            for clause in before
            if "主动公开" in clause and "申请" not in clause and not _PART_CLAUSE.match(clause)
            if (found := _PROACTIVE_TOTAL.search(clause)) is not None and not _withheld(clause, found)
        ]
        if len(totals) == 1:  # one stated total in the sentence: the list breaks it down
            count = _first_int(totals[0])
            yield match, count, Decimal(0), f"{count}{totals[0].group(0)[-1]}"


def _within_lists(paragraphs: list[tuple[list[Sentence], str]], last: Sentence | None) -> list[StatedList]:
    """Lists opened by "在…的N条…中，": summed only when the last part is the remainder (a warning).

    A first part equal to the total, with parts after it, restates the total ("全文电子化的主动公开信息数共90条")
    and is no part of it. A list with 其中 in it is read by ``stated_lists``.
    """
    lists: list[StatedList] = []
    for sentences, text in paragraphs:
        if "中" not in text:
            continue
        starts: list[int] = []  # each sentence's start in ``text``, counted at the paragraph's first opening
        for match, total, tolerance, written in _within_openings(text):
            body, complete = _list_body(text, match.end(), last=sentences[-1] is last)
            if total is None or _INTRODUCER.search(body):
                continue
            parts: list[StatedFigure] = []
            starts = starts or list(itertools.accumulate((len(s.norm) for s in sentences[:-1]), initial=0))
            owner = sentences[bisect.bisect_right(starts, match.start()) - 1]
            for item in _CLAUSE_MARK.split(body):
                found = _ITEM.match(item) if item else None
                if not item:
                    continue
                if found is None or found.group(3) != written[-1] or found.group(5) is not None:
                    parts = []
                    break  # something other than a count of the total's unit: not a plain breakdown
                label = _part_label(found.group(1))
                parts.append(StatedFigure("category", label, int(found.group(2)), owner, group="list"))
            if parts and int(parts[0].value) == total and len(parts) > 2:  # noqa: PLR2004 - a restatement, then parts
                parts = parts[1:]
            if len(parts) < 2 or not complete or not _REMAINDER.search(parts[-1].label):  # noqa: PLR2004
                continue
            lists.append(
                StatedList(
                    total, parts, owner, comparable=True, tolerance=tolerance,
                    total_text=written, following=True,
                )
            )  # fmt: skip
    return lists


# "主动公开的政府信息占98.55%。": a sentence that is only a part's name and its share (no count of its own).
_LATER_SHARE: Final = re.compile(
    r"([^。,，;；:：\d%()（）]{2,30}?)[,，]?(?:所)?占(?:比|比例)?(?:为|达)?(\d+(?:\.\d+)?)%(?![\d.])[。；;]?$"
)
_NAME_TAIL: Final = re.compile(r"(?:的)?(?:政府信息|信息)?(?:数|数量)?$")
# A later share's name as the list names its part: 的 dropped, and a garbled 信息 (信条, round 26, ``pingtan_cjj_2013``:
# "主动公开的政府信条，占100%" for the part 主动公开政府信息) cut with it.
_LATER_NAME_TAIL: Final = re.compile(r"(?:政府|政务)?(?:信息|信条)?(?:数|数量)?$")


def _later_name(name: str) -> str:
    """A part's name as a later share and its list are compared (``_LATER_NAME_TAIL``)."""
    return _LATER_NAME_TAIL.sub("", name.replace("的", ""))


def _later_shares(
    text: str, start: int, parts: list[StatedFigure], sentences: list[Sentence], starts: list[int]
) -> list[StatedFigure]:
    """The share the sentence after a list states for exactly one of its parts, named as the list names it."""
    end = text.find("。", start, start + _LIST_SPAN)
    if end < 0:
        return []
    index = bisect.bisect_right(starts, end + 1) - 1
    if index < 0 or starts[index] != end + 1:
        return []
    sentence = sentences[index]
    found = _LATER_SHARE.match(sentence.norm)
    if found is None:
        return []
    name = _later_name(found.group(1))
    named = [part for part in parts if _later_name(part.label) == name]
    if len(named) != 1 or named[0].share_percent is not None:
        return []
    part = named[0]
    return [
        StatedFigure(part.name, part.label, part.value, sentence, Decimal(found.group(2)), group=part.group)
    ]


# A whole breakdown in one unit and, in a later clause of its sentence, a share named by one of its parts (round 23,
# ``xixia_qzfbgs_2024``: "共解读文件23个。其中图片解读文件16个,动漫解读文件7个,实现图文解读全覆盖,动漫解读占比23%。").
# The clauses between hold no digit; the share ends its sentence.
_NAMED_SHARE_LIST: Final = re.compile(
    r"(?<![\d.])(\d+)(个|项|件|条|篇)[。,，]?其中[:：,，]?"
    r"(?P<parts>(?:[^。；;\d%]{1,30}?\d+\2[,，、和及与])+?[^。；;\d%]{1,30}?\d+\2)"
    r"(?:[,，][^。；;\d%,，]{1,30}?)*?"
    r"[,，](?P<name>[^。；;\d%,，]{2,20}?)(?:所)?占(?:比|比例)?(?:为|达)?(?P<share>\d+(?:\.\d+)?)%"
    r"(?=[。；;]|$)"
)
_NAMED_SHARE_WORD: Final = "其中"
_NAMED_PART: Final = re.compile(r"[,，、和及与]?([^\d,，、]{1,30}?)(\d+)(?:个|项|件|条|篇)")


def named_share_lists(prose: Prose) -> list[StatedList]:
    """Breakdowns whose parts make their total exactly and a later clause's share of one part (round 23).

    The parts add up to the total, so the total is their base; the share names exactly one part by the start of its
    name ("动漫解读" for "动漫解读文件"). Each list holds that one part, with its share, to be checked against the total.
    """
    lists: list[StatedList] = []
    shared = {
        sentence.paragraph for sentence in prose.sentences if "%" in sentence.norm and "占" in sentence.norm
    }
    for sentences in _by_paragraph(
        sentence for sentence in prose.sentences if sentence.paragraph in shared
    ).values():
        text = "".join(s.norm for s in sentences)
        if _NAMED_SHARE_WORD not in text:
            continue  # the pattern needs it (tests/audit/test_audit_speed5.py); it starts with a digit, tried at each
        starts = list(itertools.accumulate((len(s.norm) for s in sentences[:-1]), initial=0))
        for found in _NAMED_SHARE_LIST.finditer(text):
            total, unit = int(found.group(1)), found.group(2)
            parts = [
                (label.strip("、，,和及与"), int(count))
                for label, count in _NAMED_PART.findall(found.group("parts"))
            ]
            name = _NAME_TAIL.sub("", found.group("name").removeprefix("其中"))
            named = [
                (label, count)
                for label, count in parts
                if len(name) >= 2 and (label.startswith(name) or name.startswith(_NAME_TAIL.sub("", label)))  # noqa: PLR2004 - a name, not one character
            ]
            if len(parts) < MIN_LIST_ITEMS or sum(count for _, count in parts) != total or len(named) != 1:
                continue
            owner = sentences[bisect.bisect_right(starts, found.start("share")) - 1]
            label, count = named[0]
            part = StatedFigure(
                "category", label, count, owner, Decimal(found.group("share")), group="list", unit=unit
            )
            lists.append(StatedList(total, [part], owner, comparable=True, total_text=f"{total}{unit}"))
    return lists


# The last count of a sentence, as its total: "…主动公开政府信息173769万条。"
_SENTENCE_TOTAL: Final = re.compile(r"(\d+(?:\.\d+)?)(万)?(条|件)[。；;]?$")
# The units a list's total after its parts (``_SENTENCE_TOTAL``, ``_TOTAL_AT_END``) is counted in: a sentence with
# neither holds no such total (tests/audit/test_audit_gates.py checks both patterns need one).
_LIST_UNITS: Final = "条件"


def _counts_in_list_units(norm: str) -> bool:
    """Whether a sentence holds a unit a list's total after its parts is counted in (``_same_sentence_lists``' gate).

    ``any(unit in norm for unit in _LIST_UNITS)`` written out: 30 ns a sentence instead of 450 (a test holds them equal).
    """
    return "条" in norm or "件" in norm


_LIST_UNIT_CHARS: Final = frozenset(_LIST_UNITS)
_LIST_UNIT_ENDS: Final = tuple(_LIST_UNITS)  # for ``str.endswith``
# the one mark ``_SENTENCE_TOTAL`` allows after its unit
_SENTENCE_TOTAL_END_MARKS: Final = frozenset("。；;")


def _ends_in_a_list_unit(norm: str) -> bool:
    """Whether a sentence ends in a list unit, or in one and an end mark: where ``_SENTENCE_TOTAL`` ends its match.

    The gate of ``following_lists``: a sentence that does not end so states no total at its end (a sentence's
    ``norm`` holds no line break, before which ``$`` would match too). tests/audit/test_audit_gates.py.
    """
    last = norm[-1:]
    if last in _SENTENCE_TOTAL_END_MARKS:
        last = norm[-2:-1]
    return last in _LIST_UNIT_CHARS


# A catch-all part (其他…, 其余…) makes a list exhaustive: the remainder is named, so nothing is left out.
_CATCH_ALL: Final = re.compile(r"^(?:[一二三四五六七八九十]+是)?(?:其他|其余|剩余)")


def reads_partial(parts: int, total: int, labels: Iterable[str]) -> bool:
    """Parts under half their total, none the remainder: more likely a selection than an arithmetic slip.

    A slip (a digit, a dropped small item) leaves most of the total stated; a list that names a few kinds of a
    large total (``共133条…在主动公开的信息中，部门文件类的信息2条；工作动态类的信息4条``) names only some. A named
    remainder (其他…, 其余…) states the list whole, whatever its sum.
    """
    return 2 * parts < total and not any(
        _REMAINDER.search(label) or _CATCH_ALL.search(label) for label in labels
    )


_ORDINAL: Final = re.compile(r"^(?:[二三四五六七八九十]是|[一二三四五六七八九十]+[、.]|\d+[.、])")
_TOTAL_WORD: Final = re.compile(r"共|总|累计|合计|全年|全部")


def following_lists(prose: Prose) -> list[StatedList]:
    """Totals whose parts stand in the next sentence with no introducer, when the wording makes them exhaustive.

    "…主动公开政府信息100条。市级60条，其他40条。" — the parts follow in a sentence of their own that is nothing
    but parts in the total's unit. Such a list is exhaustive only when it says so: its last part is the
    remainder (其他/其余…), or — a unit slip — the total is written in 万 and the parts add up to exactly the
    number before 万 (``173769万条`` then 75656条 + 98113条). Otherwise the parts may be a selection and nothing
    is summed.
    """
    lists: list[StatedList] = []
    for current, following in itertools.pairwise(prose.sentences):
        if following.paragraph != current.paragraph or not _ends_in_a_list_unit(current.norm):
            continue
        total = _SENTENCE_TOTAL.search(current.norm)
        if total is None or "申请" in current.norm or _ORDINAL.match(current.norm):
            continue  # "四是…4条。五是…" is one item of an enumeration, not a total
        if _INTRODUCER.search(current.norm, 0, total.start()):
            continue  # "共100条，其中…，其他40条。": the count ends a list of its own sentence, it is a part
        clause = _CLAUSE_BREAK.split(current.norm[: total.start()])[-1]
        if not _TOTAL_WORD.search(clause) and "主动公开" not in clause:
            continue  # the count must read as a total: 共/总/累计/全年…, or the year's 主动公开 count
        if _INTRODUCER.search(following.norm) or "申请" in following.norm or _ORDINAL.match(following.norm):
            continue  # an introducer in the next sentence is read by stated_lists
        parts = _bare_parts(following, total.group(3))
        if parts is None or len(parts) < 2:  # noqa: PLR2004 - one part is not a breakdown
            continue
        value, tolerance = _count_of(total)
        if value is None:
            continue
        added = sum(int(part.value) for part in parts)
        unit_slip = total.group(2) is not None and Decimal(total.group(1)) == added
        if unit_slip or _CATCH_ALL.match(parts[-1].label):
            lists.append(
                StatedList(
                    value, parts, current, comparable=True, tolerance=tolerance,
                    total_text=total.group(0).rstrip("。；;"), following=True,
                )
            )  # fmt: skip
    lists.extend(_paired_lists(prose))
    lists.extend(_same_sentence_lists(prose))
    return lists


_CLAUSE_OR_COLON: Final = re.compile(r"[,，;；:：]")


# Round 28 (blind 24's ``yanjiang_wjj_2022``: "2022年,我局共发布行政规范性文件0条,解读文件7条,其他文件7条", warned as a
# total of 0 under 7 + 7): a 共 may spread over parallel counts. When the first count names a kind of what the remainder
# counts (行政规范性文件 is one kind of 文件, as 其他文件 is the rest of them), it is one item of the list, not its total.
# A remainder of 信息 (其他信息, 其他政府信息) under a count of 政府信息 is the total's own breakdown, as before.
_TOTAL_VERB: Final = re.compile(r"^.*?(?:共|总|累计|合计)计?(?:发布|公开|印发|制发|出台|制定)?(?:了)?")
_GENERIC_ITEM: Final = "信息"


def _spread_over_kinds(head: str, remainder: str) -> bool:
    """Whether a count's words ``head`` name one kind of what the list's ``remainder`` (其他X) counts: no total."""
    catch_all = _CATCH_ALL.match(remainder)
    if catch_all is None:
        return False
    rest = remainder[catch_all.end() :].removeprefix("的")
    kind = _TOTAL_VERB.sub("", head)
    return bool(rest) and not rest.endswith(_GENERIC_ITEM) and kind.endswith(rest) and len(kind) > len(rest)


def _same_sentence_lists(prose: Prose) -> list[StatedList]:
    """A total whose parts follow it in its own sentence with no introducer, the last part the remainder.

    "主动公开政府信息364条，人事信息17条，…，其他应主动公开的政府信息19条。" — nothing but counts in the total's
    unit after it, closed by 其他…: the list is whole by its wording (as ``following_lists``), so a mismatch is
    a warning. Without the remainder the parts may be a selection: not summed.
    """
    lists: list[StatedList] = []
    for sentence in prose.sentences:
        if not _counts_in_list_units(sentence.norm):
            continue  # the total is a count in 条 or 件 (``_TOTAL_AT_END``)
        norm = sentence.norm.rstrip("。；;")
        if "申请" in norm or _INTRODUCER.search(norm) or _ORDINAL.match(norm):
            continue
        clauses = _CLAUSE_OR_COLON.split(norm)
        for index, clause in enumerate(clauses[:-2]):
            # the pattern ends in a unit (a clause holds no line break, before which ``$`` would match too)
            total = _TOTAL_AT_END.search(clause) if clause.endswith(_LIST_UNIT_ENDS) else None
            if total is None:
                continue
            head = clause[: total.start()]
            if not _TOTAL_WORD.search(head) and "主动公开" not in head:
                break  # the first count must read as a total, else the sentence is something else
            parts = _bare_parts(
                dataclasses.replace(sentence, norm="，".join(clauses[index + 1 :])),
                total.group(3),
            )
            value, tolerance = _count_of(total)
            if parts and _spread_over_kinds(head, parts[-1].label):
                break  # "共发布行政规范性文件0条,解读文件7条,其他文件7条": 共 over parallel counts, no total (round 28)
            if parts and len(parts) >= 2 and value is not None and _CATCH_ALL.match(parts[-1].label):  # noqa: PLR2004
                parts = [StatedFigure(p.name, p.label, p.value, sentence, group=p.group) for p in parts]
                lists.append(
                    StatedList(
                        value, parts, sentence, comparable=True, tolerance=tolerance,
                        total_text=total.group(0), following=True,
                    )
                )  # fmt: skip
            break
    return lists


# "工作动态、通知公告和其他信息分别为60条、30条、5条": the names first, then their counts in the same order.
_PAIRED: Final = re.compile(
    r"(?P<names>[^,，。;；:：\d]{2,80})分别(?:为|是|有)?(?P<counts>\d+(?:条|件)(?:[、,，和及与]\d+(?:条|件))+)(?=[。；;]?$)"
)
_NAME_SPLIT: Final = re.compile(r"[、和及与]")
_COUNT: Final = re.compile(r"(\d+)(条|件)")
_TOTAL_AT_END: Final = re.compile(r"(\d+(?:\.\d+)?)(万)?(条|件)$")


_NAMES_MAX: Final = 80


def _paired(text: str) -> re.Match[str] | None:
    """The first "names 分别为 counts" of a sentence, tried only where 分别 stands (a long line stays linear)."""
    at = text.find("分别")
    while at >= 0:
        start = max(text.rfind(mark, 0, at) for mark in ",，。;；:：") + 1
        if at - start <= _NAMES_MAX and (match := _PAIRED.match(text, start)):
            return match
        at = text.find("分别", at + 2)
    return None


def _paired_lists(prose: Prose) -> list[StatedList]:
    """Names, then 分别为 and their counts, after a total: summed when the list says it is whole.

    In its own sentence after the total, or in the total's sentence after it. The list is whole when 其中 opens
    the names (a breakdown by the page's own word), when a name is the remainder (其他…), or when the total is
    written in 万 and the counts add up to the digits before it; a mismatch found without 其中 is a warning.
    """
    lists: list[StatedList] = []
    previous: Sentence | None = None
    for sentence in prose.sentences:
        before, previous = previous, sentence
        if "申请" in sentence.norm or "分别" not in sentence.norm:
            continue
        paired = _paired(sentence.norm)
        if paired is None:
            continue
        names = paired.group("names")
        introduced = names.startswith("其中")
        names = names.removeprefix("其中")
        labels = [name for name in _NAME_SPLIT.split(names) if name]
        counts = _COUNT.findall(paired.group("counts"))
        if len(labels) != len(counts) or len({unit for _, unit in counts}) != 1:
            continue
        head = sentence.norm[: paired.start()].rstrip(",，:：")
        owner = sentence
        if not head and before is not None and before.paragraph == sentence.paragraph:
            head, owner = before.norm.rstrip("。；;"), before
        total = _TOTAL_AT_END.search(head)
        if total is None or total.group(3) != counts[0][1] or _ORDINAL.match(head):
            continue
        clause = _CLAUSE_BREAK.split(head[: total.start()])[-1]
        if not _TOTAL_WORD.search(clause) and "主动公开" not in clause:
            continue
        value, tolerance = _count_of(total)
        added = sum(int(count) for count, _ in counts)
        unit_slip = total.group(2) is not None and Decimal(total.group(1)) == added
        if value is None or not (introduced or unit_slip or any(_CATCH_ALL.match(label) for label in labels)):
            continue
        parts = [
            StatedFigure("category", label, int(count), sentence, group="list")
            for label, (count, _) in zip(labels, counts, strict=True)
        ]
        firm = introduced and owner is sentence
        lists.append(
            StatedList(
                value, parts, owner, comparable=True, tolerance=tolerance, total_text=total.group(0),
                following=not firm,
            )
        )  # fmt: skip
    return lists


def _bare_parts(sentence: Sentence, unit: str) -> list[StatedFigure] | None:
    """The parts of a sentence that is only a list of counts in ``unit``; ``None`` when it is anything else."""
    parts: list[StatedFigure] = []
    for item in _CLAUSE_MARK.split(sentence.norm.rstrip("。；;")):
        if not item:
            continue
        found = _ITEM.match(item)
        if found is None or found.group(3) != unit or found.group(5) is not None:
            return None
        label = found.group(1)
        if any(ch.isdigit() for ch in label) or any(word in label for word in _LIST_BREAKERS[1:]):
            return None
        label = _part_label(label)
        parts.append(StatedFigure("category", label, int(found.group(2)), sentence, group="list"))
    return parts


_PART_OPENING: Final = re.compile(r"^(?:包括|其中|含|另有)")


def _total_owns_list(text: str, starts: list[int], introducer: int, total: int) -> bool:
    """Whether the count before an introducer is the total its list breaks down.

    Within a sentence, the count stands between the sentence's start and the introducer; a sentence that opens
    with its introducer ("…1453件，包括上年结转30件。其中，…") breaks down the previous sentence's last count —
    unless that count is itself a part (in a 包括/其中 clause), when the list's total is not known. An introducer
    inside a sentence whose own words hold no count ("…156件。所有政策文件均配发解读材料，其中文字解读62篇…") has
    no total on the page.
    """
    sentence = max((start for start in starts if start <= introducer), default=0)
    if total >= sentence:
        return True
    # "…新增主动公开政府信息502条。其中包括:政策法规45条,…" (round 35, blind 32's ``huaibei_qxj_2021``): 其中包括 opens
    # the sentence as one introducer; its 包括 breaks down the previous sentence's count as a bare 其中 would
    if text[sentence:introducer].strip("(（,，:：").removeprefix("其中"):
        return False  # the introducer is inside its sentence, and the count is in an earlier one
    clause_start = max(text.rfind(mark, 0, total) for mark in ",，;；。") + 1
    return not _PART_OPENING.match(text[clause_start:total])


def _count_of(total: re.Match[str]) -> tuple[int | None, Decimal]:
    """A stated total as a count, and how far its rounding lets the parts' sum stray from it.

    ``1234条`` is exact; ``1.5万条`` is 15,000 to the nearest thousand. A decimal count with no 万 is no count: ``None``.
    ``173769万条`` is read as written, 1,737,690,000 to the nearest 万, though ``_unit_slip`` holds it no figure of
    the year (``_total_in_units``): the list check needs the written value to say the slip to the clerk ("各项之和恰为
    “万”前的数字，疑为单位误写", blind 2's ``liaoning_mirror_2022``, a warning); leaving it unread loses that finding
    (round 36, measured).
    """
    digits = Decimal(total.group(1))
    if total.group(2) is None:
        return (int(digits), Decimal(0)) if digits == digits.to_integral_value() else (None, Decimal(0))
    value = digits * _TEN_THOUSAND
    exponent = digits.as_tuple().exponent
    decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return int(value), Decimal(_TEN_THOUSAND) / (10**decimals) / 2


def _in_a_sublist(text: str, position: int) -> bool:
    """Whether an introducer at ``position`` opens a list in brackets inside another list of its sentence.

    "共100条，其中工作动态60条（其中图片20条…）" is a sub-list; "共2599条，(其中机构职能类25条…)" is the
    breakdown itself, in brackets.
    """
    depth = 0
    opening = -1
    for index in range(position - 1, max(position - _LIST_SPAN, 0) - 1, -1):
        char = text[index]
        if char in ")）":
            depth += 1
        elif char in "(（":
            if depth == 0:
                opening = index
                break
            depth -= 1
        elif char == "。":
            return False
    if opening < 0:
        return False
    sentence_start = text.rfind("。", max(opening - _LIST_SPAN, 0), opening) + 1
    return _INTRODUCER.search(text, sentence_start, opening) is not None


# A count opening a line (round 33): "…政府网站公开48条,政务微信公开\n6条,其他方式公开10条" (blind 28's
# ``changshou_wjw_2020``) — the line broke inside the list's last item.
_COUNT_OPENING: Final = re.compile(r"^\s*\d+\s*[条件篇]")


def _broken_at_line_end(text: str, body: str, following: str) -> bool:
    """Whether a list's body runs to its paragraph's end with an item that lost its count to the next line.

    The paragraph ends with no full stop, the body's last item holds no digit, and the next paragraph opens with a
    count: the page broke a sentence across lines, and the list's parts are not all read.
    """
    # the last item: after the last separator, found from the end (a pattern anchored at $ is tried from every start)
    tail = body[max(body.rfind(mark) for mark in _ITEM_MARKS) + 1 :].strip()
    return (
        bool(tail)
        and not DIGIT.search(tail)
        and text.rstrip().endswith(tail)
        and _COUNT_OPENING.match(following) is not None
    )


# Round 60 (blind 55's ``junshan_swj_2025``: "…;其他业务信息(如市场体系建设、对外贸易数据、商务领域安全生产等15条。"): a
# bracket of examples opened in a list's last item and never closed, with 等 and the item's count right before the
# list's 。 — the close was lost between the examples and the count, which is the item's, not one inside the note.
_COUNT_BEFORE_A_LOST_BRACKET: Final = re.compile(r"[(（][^()（）。]*等(\d+[条件篇])$")


def _list_body(text: str, start: int, *, last: bool) -> tuple[str, bool]:
    """The parts of a breakdown after its introducer, and whether the page shows all of them.

    The list ends at 。; a parenthesis inside it (a sub-breakdown, a note) is left out, and a closing bracket
    with no opening one ends it (the list was itself inside brackets). A list that runs into the end of the
    last paragraph of a page cut off mid-sentence is not complete, nor is one that runs on past ``_LIST_SPAN``
    characters (no breakdown is that long: the sentence is something else, and reading it stays linear).
    """
    depth = opened = 0
    kept: list[str] = []
    end = min(len(text), start + _LIST_SPAN)
    for index in range(start, end):
        char = text[index]
        if char in "(（":
            depth += 1
            opened = index if depth == 1 else opened
        elif char in ")）":
            if depth == 0:
                return "".join(kept), True
            depth -= 1
        elif char == "。" and depth == 0:
            return "".join(kept), True
        elif (
            char == "。" and depth == 1 and (lost := _COUNT_BEFORE_A_LOST_BRACKET.search(text, opened, index))
        ):
            # the bracket's close was lost before the item's count (round 60): the count ends the list
            return "".join(kept) + lost.group(1), True
        elif depth == 0:
            kept.append(char)
    body = "".join(kept)
    return body, end == len(text) and not last and depth == 0


# "在已经答复的9件申请中,同意公开的7件,…。同意部分公开1件,…。不予公开的1件,…" (round 11): the outcomes of the answered
# requests, one a sentence, after an opening that states how many were answered.
_ANSWERED_OPENING: Final = re.compile(
    r"在(?:已经|已)?(?:答复|办结|处理|办理)(?:完毕)?(?:了)?的(\d+)件(?:政府信息公开|信息公开|公开)?申请中[,，:：]?"
)
_OUTCOME_ITEM: Final = re.compile(r"^(?:其中)?([^\d,，;；:：]{2,24}?)(?:的)?(\d+)件$")
_OUTCOME_WORD: Final = re.compile(r"公开|不存在|非本机关|不明确|不属于|告知|转|撤回|不予|其他")
# A count of requests, not an outcome: "以组织名义提交的政府信息申请有2件" (but "申请内容不明确的1件" is one).
_REQUESTS_NAMED: Final = re.compile(r"申请(?:有|共|数)?$")
_OUTCOME_RUN_MAX: Final = 12  # sentences an outcome run may span (six outcomes, each with its reason)


def answered_outcome_lists(prose: Prose) -> list[StatedList]:
    """The outcomes listed after "在已经答复的N件申请中": N and its parts, read one sentence each.

    Each sentence of the run opens with an outcome and its count (``不予公开的1件``); a sentence with no digit
    (the reason, ``主要是因为…``) is passed over; a sentence with a count of something else, or another
    section, ends the run. Only a sum **above** N is ever reported (see ``outcomes_above``): the run may stop
    before the last outcome, so a sum short of N says nothing.
    """
    lists: list[StatedList] = []
    sentences = prose.sentences
    for index, sentence in enumerate(sentences):
        if "申请中" not in sentence.norm or (opening := _ANSWERED_OPENING.search(sentence.norm)) is None:
            continue
        parts: list[StatedFigure] = []
        texts = [(sentence, sentence.norm[opening.end() :])]
        texts += [(s, s.norm) for s in sentences[index + 1 : index + 1 + _OUTCOME_RUN_MAX]]
        for owner, text in texts:
            if owner.section != sentence.section:
                break
            if not DIGIT.search(text):
                continue
            item = _OUTCOME_ITEM.match(_CLAUSE_OR_COLON.split(text, maxsplit=1)[0].rstrip("。"))
            if (
                item is None
                or _REQUESTS_NAMED.search(item.group(1))
                or not _OUTCOME_WORD.search(item.group(1))
            ):
                break
            parts.append(StatedFigure("outcome", item.group(1), int(item.group(2)), owner, group="list"))
        if len(parts) >= 2:  # noqa: PLR2004 - one part is not a breakdown
            lists.append(
                StatedList(
                    int(opening.group(1)), parts, sentence, comparable=True, complete=False,
                    total_text=f"{opening.group(1)}件",
                )
            )  # fmt: skip
    return lists
