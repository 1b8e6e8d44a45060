"""A zh-TW converter's 資訊 (for 信息) and 佔 (for 占) are put back on a page converted to traditional (round 56).

# Round 56

Blind 52's ``beijing_jxw_2011_big5`` (development data), served by beijing.gov.cn's big5 gateway:
``我委2011年共主動公開政府資訊606條,…目前我委總計主動公開政府資訊2739條`` — the converter swaps the word 信息 for 資訊
as well as the characters, and writes 佔 where the report prints 占. The character table brought back 资讯 and 佔, so
no wording of the total (each names 信息) read 606, and the kinds after it (51 + 7 + 554 = 612 > 606, with
``佔總體的比例為…%``) were never checked. The year's 606 beside the cumulative 2739 was never the obstacle: with 信息
the round-55 code reads 606. Now, on a page converted back (and only there), every 资讯 is 信息 again and 佔 is 占.
The properties fail on the round-55 code; the guards (a converted page that kept 信息; a simplified page whose own
资讯 stays unread) pass on both.
"""

from __future__ import annotations

from hypothesis import assume, given
from hypothesis import strategies as st

from tests.audit.messy import SETTINGS, audited, value_of

YEARS = st.integers(2008, 2013)
TOTALS = st.integers(200, 900)


def _converted_page(year: int, total: int, kinds: tuple[int, int, int], shares: tuple[str, str, str]) -> str:
    """A legacy report as a big5 gateway serves it: traditional characters, 資訊 for 信息, 佔 for 占."""
    (a, b, c), (pa, pb, pc) = kinds, shares
    return (
        f"北京市某某委員會{year}年政府資訊公開工作年度報告\n"
        "本報告是根據《中華人民共和國政府信息公開條例》要求,由北京市某某委員會編制的年度報告。\n"
        "一、概述\n"
        f"截至{year}年底,我委政府資訊公開工作運作正常,相關工作均得到了順利開展。\n"
        "二、政府資訊主動公開情況\n"
        f"我委{year}年共主動公開政府資訊{total}條,其中全文電子化率達100%,目前我委總計主動公開政府資訊{total * 4}條。\n"
        f"在主動公開的資訊中,{year}年新增(下同)法規文件類資訊{a}條,佔總體的比例為{pa}%;規劃計劃類資訊{b}條,"
        f"佔總體的比例為{pb}%;業務動態類資訊{c}條,佔總體的比例為{pc}%。\n"
    )


def _share(part: int, total: int) -> str:
    return f"{100 * part / total:.2f}"


def _kinds(total: int, a: int, b: int, extra: int) -> tuple[tuple[int, int, int], tuple[str, str, str]]:
    """Three kinds adding to ``total + extra``, each share printed against ``total``."""
    c = total + extra - a - b
    return (a, b, c), (_share(a, total), _share(b, total), _share(c, total))


def _errors(page: str, code: str) -> list[str]:
    return [f.code for f in audited(page).findings if f.code == code and f.severity == "error"]


class TestConverterWordsPutBack:
    @SETTINGS
    @given(year=YEARS, total=TOTALS, a=st.integers(5, 60), b=st.integers(1, 30))
    def test_the_year_s_total_in_zi_xun_is_read(self, year: int, total: int, a: int, b: int) -> None:
        kinds, shares = _kinds(total, a, b, 0)
        assert value_of(_converted_page(year, total, kinds, shares), "proactive_total") == total

    @SETTINGS
    @given(year=YEARS, total=TOTALS, a=st.integers(5, 60), b=st.integers(1, 30), extra=st.integers(3, 40))
    def test_kinds_above_the_year_s_total_are_an_error(
        self, year: int, total: int, a: int, b: int, extra: int
    ) -> None:
        """Shares printed against the total that add to over 100%: the numbers were read without ambiguity."""
        kinds, shares = _kinds(total, a, b, extra)
        assert _errors(_converted_page(year, total, kinds, shares), "legacy.count_mismatch")

    @SETTINGS
    @given(
        year=YEARS,
        total=TOTALS,
        parts=st.tuples(st.integers(5, 60), st.integers(1, 30)),
        off=st.integers(2, 9),
        kept_xin_xi=st.booleans(),
    )
    def test_a_wrong_share_after_zhan_is_an_error(
        self, year: int, total: int, parts: tuple[int, int], off: int, kept_xin_xi: bool
    ) -> None:
        """佔 alone (a converter that kept 信息) hid the shares too."""
        kinds, (pa, pb, pc) = _kinds(total, *parts, 0)
        page = _converted_page(year, total, kinds, (f"{float(pa) + off:.2f}", pb, pc))
        page = page.replace("資訊", "信息") if kept_xin_xi else page
        assert _errors(page, "legacy.share_mismatch")


class TestGuards:
    @SETTINGS
    @given(year=YEARS, total=TOTALS, a=st.integers(5, 60), b=st.integers(1, 30))
    def test_a_converted_page_that_kept_xin_xi_reads_its_total(
        self, year: int, total: int, a: int, b: int
    ) -> None:
        kinds, shares = _kinds(total, a, b, 0)
        page = _converted_page(year, total, kinds, shares).replace("資訊", "信息")
        assert value_of(page, "proactive_total") == total

    @SETTINGS
    @given(year=YEARS, total=TOTALS, news=st.integers(1, 199))
    def test_a_simplified_page_s_own_zi_xun_is_not_rewritten(self, year: int, total: int, news: int) -> None:
        """On a page written in simplified characters 资讯 is the body's own word (新闻资讯): never read as 信息."""
        assume(news != total)
        page = (
            f"某区某局{year}年政府信息公开工作年度报告\n"
            "一、概述\n"
            f"{year}年,我局政府信息公开工作运行正常。\n"
            "二、主动公开政府信息情况\n"
            f"{year}年我局共主动公开政府资讯{total}条。\n"
        )
        assert value_of(page, "proactive_total") is None
