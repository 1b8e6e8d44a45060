"""What the messy-page rounds' property tests share: their settings, the pages they write, how they read an audit."""

from __future__ import annotations

import re
import sys
from pathlib import Path
from re import _parser as re_parser  # type: ignore[attr-defined]  # re's own parser: what the patterns need
from typing import TYPE_CHECKING, Any

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st

from disclosure_rules._audit import AuditFigure, AuditResult, audit

if TYPE_CHECKING:
    from disclosure_rules._findings import Severity


# Each example audits a whole page: few examples, no deadline (a shared machine's pauses are no failure).
SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# The years of the five-part reports that came before the 2019 format.
LEGACY_YEARS = st.integers(2008, 2018)


NO_REQUESTS = "本年度没有收到政府信息公开申请。"


def opening(year: int) -> str:
    """The opening of a 2021-format report on ``year``: its statistics period and a first section."""
    return (
        f"根据《中华人民共和国政府信息公开条例》规定编制本报告。报告数据统计期限为{year}年1月1日至{year}年12月31日。\n"
        f"一、总体情况\n{year}年，我局认真落实政府信息公开工作要求。\n"
    )


def standard_page(year: int, body: str) -> str:
    """A 2021-format report on ``year``: its title, its opening, ``body`` closing section 一, and no requests."""
    return (
        f"某市某局{year}年政府信息公开工作年度报告\n"
        + opening(year)
        + body
        + "\n二、收到和处理政府信息公开申请情况\n全年未收到政府信息公开申请。\n"
    )


def proactive_section_page(year: int, heading: str, body: str) -> str:
    """A 2021-format report's opening on ``year``, ``body`` under section 一's sub-heading ``heading``, then (二) no requests."""
    return opening(year) + f"{heading}\n{body}\n(二)依申请公开情况\n{year}年未收到信息公开申请。\n"


def proactive_page(year: int, body: str) -> str:
    """A 2021-format report's opening on ``year`` with ``body`` under the sub-heading (一)主动公开 (rounds 61–64's channel tests)."""
    return proactive_section_page(year, "(一)主动公开", body)


def overview_page(year: int, overview: str) -> str:
    """A 2021-format report on ``year`` whose overview (section 一) states ``overview`` and ends at section 二's heading."""
    return (
        f"某市某局{year}年政府信息公开工作年度报告\n"
        + opening(year)
        + overview
        + "\n二、主动公开政府信息情况\n"
    )


def legacy_page(year: int, proactive: str, later: str | None = None, attached: str = "") -> str:
    """A five-part report of a year before 2019 (no table): section 一 states ``proactive``, section 二 ``later``."""
    return (
        f"某县某局{year}年度政府信息公开工作年度报告\n"
        f"本报告统计期限自{year}年1月1日起至{year}年12月31日止。\n"
        f"一、主动公开政府信息的情况\n{proactive}\n"
        f"二、依申请公开信息的情况和不予公开信息的情况\n{later or NO_REQUESTS}\n"
        "三、信息公开的收费及减免情况\n本年度没有收取任何费用。\n"
        "四、因信息公开申请行政复议、提起行政诉讼的情况\n本年度没有发生行政复议、行政诉讼的情况。\n"
        f"{attached}"
    )


def year_and_running_cuts(digits: str) -> list[tuple[int, int]]:
    """Every cut of a glued run of statistics digits into (the year's count, the running total), no leading zeros."""
    return [
        (int(digits[:cut]), int(digits[cut:]))
        for cut in range(1, len(digits))
        if (cut == 1 or digits[0] != "0") and (cut == len(digits) - 1 or digits[cut] != "0")
    ]


def fitting_cuts(digits: str) -> int:
    """How many cuts of ``digits`` keep the year's count within its running total."""
    return sum(1 for year, running in year_and_running_cuts(digits) if year <= running)


def pattern_needs(pattern: str, word: str) -> bool:
    """Whether every text a regular expression matches holds ``word`` (read from re's own parse of the pattern).

    The speed gates test a word in C before trying a pattern; a gate is safe only for a word the pattern needs.
    """
    return _needs(re_parser.parse(pattern), word)


def _needs(items: Any, word: str) -> bool:
    """Consecutive literals holding ``word``, or a branch each of whose ways needs it, or a group or repeat (≥ 1) that does."""
    literals = ""
    for op, argument in items:
        name = str(op)
        if name == "LITERAL":
            literals += chr(argument)
            if word in literals:
                return True
            continue
        literals = ""
        if name == "BRANCH" and all(_needs(branch, word) for branch in argument[1]):
            return True
        if name == "SUBPATTERN" and _needs(argument[-1], word):
            return True
        if name in {"MAX_REPEAT", "MIN_REPEAT"} and argument[0] >= 1 and _needs(argument[2], word):
            return True
    return False


def audited(page: str) -> AuditResult:
    return audit(page, source="p")


def figure_of(page: str, name: str) -> AuditFigure | None:
    """The figure ``name`` the audit of ``page`` read, if it read one."""
    found = [read for read in audited(page).figures if read.name == name]
    return found[0] if found else None


def value_of(page: str, name: str) -> int | None:
    read = figure_of(page, name)
    return int(read.value) if read is not None else None


def section_of(page: str, name: str) -> str | None:
    """The ``section`` of the figure ``name`` the audit of ``page`` read; the figure must be read."""
    figure = figure_of(page, name)
    assert figure is not None
    return figure.section


def codes_of(page: str, severity: Severity) -> list[str]:
    """The codes of the audit's findings of ``severity``, in order."""
    return [finding.code for finding in audited(page).findings if finding.severity is severity]


def _figures(page: str) -> dict[str, object]:
    return {figure.name: figure.value for figure in audit(page, source="p").figures}


SETTINGS_R4 = settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow])


DATA = Path(__file__).resolve().parents[1] / "data"


# A set's README says it is frozen ("Frozen on …") from its collection; it is development data only once the
# coordinator has measured it, which the README records under a "## Measured once" heading appended after the
# collector's own "## Measured / Not yet: …" lines (so a "Not yet" above that heading does not keep the set out).
# The first sets, read before that heading existed, record it as a "**Development data since …**" statement.
# Only a line that opens with the mark counts: a newer README quotes an older set's heading in its prose.
_FROZEN = re.compile(r"\bfrozen\b", re.IGNORECASE)
_MEASURED = re.compile(r"^(?:## Measured once\b|(?:> )?\*\*Development data since\b)", re.MULTILINE)


def left_unread(folder: Path) -> bool:
    """Whether ``folder`` is a frozen blind set not yet measured: its pages stay unread until that measurement."""
    readme = folder / "README.md"
    if not readme.is_file():
        return False
    text = readme.read_text(encoding="utf-8")
    return bool(_FROZEN.search(text)) and not _MEASURED.search(text)


def development_folders(data: Path = DATA) -> list[Path]:
    """The ``published*`` folders of ``data`` that are development data, in order; each frozen set not yet
    measured is left out with a one-line note (on stderr: a test's output stays its own)."""
    folders = []
    for folder in sorted(path for path in data.glob("published*") if path.is_dir()):
        if left_unread(folder):
            sys.stderr.write(f"left unread until measured: {folder.name} (frozen, no '## Measured once')\n")
        else:
            folders.append(folder)
    return folders


def development_pages(data: Path = DATA) -> list[Path]:
    """Every page (``.txt`` or ``.html``) of the development folders, sorted: what the whole-corpus checks read."""
    return sorted(
        page
        for folder in development_folders(data)
        for page in folder.iterdir()
        if page.suffix in {".txt", ".html"}
    )


def _codes(result: AuditResult) -> list[str]:
    return [finding.code for finding in result.findings]


# (b) Parts in the next sentence, no 其中
HEAD = (
    "青山镇2016年政府信息公开工作年度报告\n一、概述\n本报告统计期限为2016年1月1日至2016年12月31日。\n"
    "二、主动公开政府信息情况\n"
)


TAIL = "\n三、依申请公开情况\n全年未收到政府信息公开申请。\n"


SETTINGS_R5 = settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.too_slow])


# (d) A share in the sentence after a list; (e) lists opened by 在…的N条…中
def _prose_page(year: int, body: str) -> str:
    return (
        f"青山区财政局{year}年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制。\n"
        f"一、总体情况\n{year}年，我局认真贯彻落实条例。\n二、主动公开政府信息情况\n{body}\n"
    )


def _findings(page: str, code: str) -> list[tuple[str, Severity]]:
    return [
        (finding.code, finding.severity)
        for finding in audit(page, source="p").findings
        if finding.code.endswith(code)
    ]


def _standard_page_r6(body: str, year: int = 2022) -> str:
    return (
        f"青山镇人民政府{year}年政府信息公开工作年度报告\n本报告根据《中华人民共和国政府信息公开条例》编制。\n"
        f"一、总体情况\n{body}\n"
    )


# (b) Totals against their parts
def _mismatch(page: str, code: str = "count_mismatch") -> list[tuple[str, Severity]]:
    return _findings(page, code)


def _codes_r7(page: str) -> set[str]:
    return {finding.code for finding in audit(page, source="p").findings}


def _figure(page: str, name: str) -> int | None:
    figures = {figure.name: figure.value for figure in audit(page, source="p").figures}
    value = figures.get(name)
    return None if value is None else int(value)


SETTINGS_R9 = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])


_OPENING_R9 = "青山街道办事处2023年政府信息公开工作年度报告\n一、总体情况\n"


def _findings_r9(page: str, suffix: str) -> list[tuple[str, str]]:
    return [
        (finding.code, finding.severity.value)
        for finding in audit(page, source="p").findings
        if finding.code.endswith(suffix)
    ]


def _counts(page: str) -> list[tuple[str, str, float | None]]:
    return [
        (finding.code, finding.severity.value, finding.confidence)
        for finding in audit(page, source="p").findings
        if finding.code.endswith("count_mismatch")
    ]


_STANDARD_OPENING = "青山街道办事处2024年政府信息公开工作年度报告\n一、总体情况\n"


_LEGACY_OPENING = "2012年政府信息公开工作年度报告\n一、概述\n2012年，我局认真贯彻政府信息公开条例，推进了政府信息公开工作。\n"


def _proactive(page: str) -> int | None:
    return value_of(page, "proactive_total")


STANDARD_YEARS = st.integers(2021, 2025)


COUNTS = st.integers(1, 60)
