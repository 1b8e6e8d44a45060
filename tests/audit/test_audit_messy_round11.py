"""Issue 12, eleventh round: the classes behind blind set 10's misses (docs/audit.md, "Eleventh round").

(a) a count after a 其中 that breaks down an earlier count of items — in the same sentence or in a sentence that
opens with 其中 — is a part, never the year's proactive total, whatever its words (``主动公开信息21条``,
``双随机、一公开信息9条``); a first part that opens with 主动公开 is still the total of what was made.
(b) the clauses after a channel or an enumerated item with a count (``通过不同渠道…:政府网站公开信息3698条,微博微信
公开信息2148条``) go on with its list: never the total, unless they close it with a total of their own (共, 合计).
(c) parts counted in 份 under a total in 条 that add up to more than it are a warning at confidence 0.5.
(d) outcomes listed after ``在已经答复的N件申请中``, one a sentence, that add up to more than N are a warning.
"""

from __future__ import annotations

from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

from disclosure_rules._audit import audit

SETTINGS = settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])

_STANDARD_OPENING = "青山街道办事处2024年政府信息公开工作年度报告\n一、总体情况\n"
_LEGACY_OPENING = "2012年政府信息公开工作年度报告\n一、概述\n2012年，我局认真贯彻政府信息公开条例，推进了政府信息公开工作。\n"


def _proactive(page: str) -> int | None:
    values = [figure.value for figure in audit(page, source="p").figures if figure.name == "proactive_total"]
    return int(values[0]) if values else None


def _counts(page: str) -> list[tuple[str, str, float | None]]:
    return [
        (finding.code, finding.severity.value, finding.confidence)
        for finding in audit(page, source="p").findings
        if finding.code.endswith("count_mismatch")
    ]


_NAMES = st.sampled_from(["部门动态", "新闻动态", "政策问答", "工作动态", "通知公告"])


class TestPartsAfterQizhong:
    @SETTINGS
    @given(
        total=st.integers(50, 5000),
        first=st.integers(1, 40),
        part=st.integers(1, 40),
        name=_NAMES,
        next_sentence=st.booleans(),
        wording=st.sampled_from(["主动公开信息", "双随机、一公开信息", "公开信息"]),
    )
    def test_a_part_named_like_the_total_is_never_the_total(  # noqa: PLR0913 - the generated page's pieces
        self, total: int, first: int, part: int, name: str, *, next_sentence: bool, wording: str
    ) -> None:
        joint = "。" if next_sentence else "，"
        page = (
            _STANDARD_OPENING
            + f"2024年，我局及时公开机构职能、政策法规等信息共{total}条{joint}其中：{name}{first}条，"
            + f"{wording}{part}条。\n"
        )
        assert _proactive(page) in {None, total}

    @SETTINGS
    @given(made=st.integers(100, 5000), proactive=st.integers(1, 99), next_sentence=st.booleans())
    def test_a_first_part_named_proactive_is_still_the_total(
        self, made: int, proactive: int, *, next_sentence: bool
    ) -> None:
        joint = "。" if next_sentence else "，"
        page = (
            _STANDARD_OPENING
            + f"2024年制作、获取政府信息总数{made}条{joint}其中主动公开政府信息{proactive}条，"
            + f"依申请公开信息数{made - proactive}条。\n"
        )
        assert _proactive(page) == proactive


class TestChannelLists:
    @SETTINGS
    @given(
        counts=st.lists(st.integers(0, 5000), min_size=2, max_size=5),
        opening=st.sampled_from(["通过不同渠道和方式公开政府信息情况:", "通过", "一是利用"]),
    )
    def test_the_clauses_after_a_channel_are_never_the_total(self, counts: list[int], opening: str) -> None:
        channels = [
            "政府网站公开信息",
            "微博微信公开信息",
            "新闻发布会公开信息",
            "新闻媒体公开信息",
            "政府公报公开信息",
        ]
        listed = ",".join(f"{channel}{count}条" for channel, count in zip(channels, counts, strict=False))
        page = (
            _LEGACY_OPENING + "二、主动公开政府信息的情况\n" + f"在主动公开信息工作中,{opening}{listed}。\n"
        )
        assert _proactive(page) is None

    @SETTINGS
    @given(website=st.integers(1, 500), wechat=st.integers(1, 500))
    def test_a_closing_total_after_the_channels_is_read(self, website: int, wechat: int) -> None:
        total = website + wechat
        page = (
            _LEGACY_OPENING
            + "二、主动公开政府信息的情况\n"
            + f"通过政府网站公开信息{website}条，通过微信公开信息{wechat}条，共计主动公开政府信息{total}条。\n"
        )
        assert _proactive(page) == total


class TestPartsInAnotherUnit:
    @SETTINGS
    @given(total=st.integers(10, 2000), first=st.integers(1, 2000), second=st.integers(1, 2000))
    def test_documents_above_a_total_of_items_are_a_low_confidence_warning(
        self, total: int, first: int, second: int
    ) -> None:
        page = (
            _STANDARD_OPENING
            + f"2024年，我局通过门户网站发布信息{total}条，其中主动公开{first}份，依申请公开及不予公开{second}份，"
            + "作出行政处罚决定545起。\n"
        )
        found = _counts(page)
        if first + second > total:
            assert found == [("text.count_mismatch", "warning", 0.5)]
        else:
            assert found == []


_OUTCOMES = [
    "同意公开的",
    "同意部分公开",
    "不予公开的",
    "信息不存在的",
    "非本机关政府信息的",
    "申请内容不明确的",
]


class TestOutcomesAboveAnswered:
    @SETTINGS
    @given(
        answered=st.integers(1, 60),
        counts=st.lists(st.integers(0, 30), min_size=2, max_size=6),
        reasons=st.booleans(),
    )
    def test_outcomes_above_the_answered_are_a_warning(
        self, answered: int, counts: list[int], *, reasons: bool
    ) -> None:
        assume(max(counts) <= answered)
        sentences = []
        for label, count in zip(_OUTCOMES, counts, strict=False):
            sentences.append(f"“{label.removesuffix('的')}”的{count}件，主要涉及文物保护等信息。")
            if reasons:
                sentences.append("主要是因为该信息属于内部事务信息。")
        page = (
            _LEGACY_OPENING
            + "三、政府信息依申请公开情况\n"
            + f"本局2012年共受理信息公开申请{answered}件。\n"
            + f"在已经答复的{answered}件申请中，"
            + "\n".join(sentences)
            + "\n以组织名义提交的政府信息申请有2件。\n"
        )
        found = _counts(page)
        if sum(counts) > answered:
            assert found == [("legacy.count_mismatch", "warning", 0.8)]
        else:
            assert found == []


class TestCertainTotals:
    @SETTINGS
    @given(
        made=st.integers(100, 5000),
        proactive=st.integers(1, 99),
        requested=st.integers(0, 99),
    )
    def test_parts_joined_by_a_dunhao_keep_the_proactive_part(
        self, made: int, proactive: int, requested: int
    ) -> None:
        page = (
            _STANDARD_OPENING
            + f"2024年我局共制发政府信息{made}条，其中主动公开政府信息{proactive}条、依申请公开{requested}条、"
            + f"不予公开{made - proactive - requested}条。\n"
        )
        assert _proactive(page) == proactive

    @SETTINGS
    @given(made=st.integers(1, 5000), verb=st.sampled_from(["产生", "制作", "形成"]), already=st.booleans())
    def test_items_made_all_disclosed_are_the_total(self, made: int, verb: str, *, already: bool) -> None:
        page = _STANDARD_OPENING + f"全年累计{verb}政府信息{made}条，均{'已' if already else ''}主动公开。\n"
        assert _proactive(page) == made

    @SETTINGS
    @given(total=st.integers(1, 5000), joint=st.sampled_from(["和", "及", "或"]))
    def test_disclosed_and_updated_is_the_total(self, total: int, joint: str) -> None:
        page = (
            _STANDARD_OPENING
            + f"2024年，县应急局主动公开{joint}更新了各类信息{total}条，全面公开机构职能等内容。\n"
        )
        assert _proactive(page) == total


def _requests(page: str) -> int | None:
    values = [
        figure.value for figure in audit(page, source="p").figures if figure.name == "requests_received"
    ]
    return int(values[0]) if values else None


class TestRequestWordings:
    @SETTINGS
    @given(count=st.integers(0, 500), whom=st.sampled_from(["市政府及市政府办公室", "本街道办事处", "我局"]))
    def test_a_long_applicant_phrase_before_the_requests(self, count: int, whom: str) -> None:
        page = (
            _STANDARD_OPENING
            + f"（二）依申请公开\n受理公民、法人和其他组织向{whom}提出的政府信息公开申请{count}件，均在法定时限内予以答复。\n"
        )
        assert _requests(page) == count

    @SETTINGS
    @given(count=st.integers(0, 500))
    def test_a_review_application_is_never_a_request(self, count: int) -> None:
        page = (
            _STANDARD_OPENING
            + f"（二）依申请公开\n受理公民、法人和其他组织对本机关政府信息公开行为提出的行政复议申请{count}件。\n"
        )
        assert _requests(page) is None

    @SETTINGS
    @given(count=st.integers(0, 500))
    def test_requests_counted_as_matters(self, count: int) -> None:
        page = (
            _STANDARD_OPENING
            + f"（二）依申请公开情况。2024年，我局共承办依申请公开政府信息事项{count}件，无当面申请件。\n"
        )
        assert _requests(page) == count
