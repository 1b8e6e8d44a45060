"""Content classifier: 第二十条 item and 第二十一条 area of proactively disclosed items."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import (
    ClassifyError,
    Confidence,
    ContentClassifier,
    agency_level,
    classify_content,
    load_scheme,
    normalize_text,
)

# A small smoke set written for these tests (typical title shapes, not the development set).
SMOKE_ITEMS = [
    ("某市人民政府关于废止部分行政规范性文件的决定", "A20.01"),
    ("某区教育局内设机构及职能", "A20.02"),
    ("某县国民经济和社会发展第十四个五年规划纲要", "A20.03"),
    ("2023年某市国民经济和社会发展统计公报", "A20.04"),
    ("关于某公司取水许可的批复", "A20.05"),
    ("某县市场监督管理局行政处罚决定书(某[2024]12号)", "A20.06"),
    ("某县农业农村局2024年部门预算", "A20.07"),
    ("某市行政事业性收费目录清单", "A20.08"),
    ("某中学教学设备政府采购项目中标结果公告", "A20.09"),
    ("某高速公路重大建设项目批准和实施情况", "A20.10"),
    ("2024年城乡居民最低生活保障标准调整", "A20.11"),
    ("某县突发地质灾害应急预案", "A20.12"),
    ("2024年第二季度食品安全监督抽检信息", "A20.13"),
    ("2024年度考试录用公务员拟录用人员名单", "A20.14"),
    ("对市人大代表建议的答复", "A20.15"),
]

SMOKE_AREAS = [
    ("某市城区道路提升改造工程", "city", "A21.municipal_construction"),
    ("某县慈善捐赠款物使用情况", "county", "A21.public_welfare"),
    ("某县2024年第一批次建设用地土地征收启动公告", "county", "A21.land_expropriation"),
    ("某区国有土地上房屋征收决定", "county", "A21.housing_expropriation"),
    ("某市公安局关于春节期间烟花爆竹燃放的通告", "city", "A21.public_security"),
    ("某镇2024年临时救助发放名单", "township", "A21.social_assistance"),
    ("某镇宅基地审批结果公示", "township", "A21.homestead"),
    ("某镇农村土地承包经营权流转情况", "township", "A21.land_contract_transfer"),
    ("某镇村级公益事业一事一议筹资筹劳方案", "township", "A21.fundraising_labor"),
    ("某镇2024年高标准农田水利设施建设", "township", "A21.farmland_water"),
]


class TestItems:
    @pytest.mark.parametrize(("title", "expected"), SMOKE_ITEMS)
    def test_smoke_titles(self, title: str, expected: str) -> None:
        result = classify_content(title)
        assert result.category == expected, result
        assert result.rule_id is not None
        assert result.rule_id.startswith(expected)
        assert result.matched
        assert all(word in title or word in title.lower() for word in result.matched)
        assert result.article is not None
        assert result.article.startswith("第二十条")

    def test_nothing_matched_is_not_forced(self) -> None:
        """A title that matches nothing says so (issue 5 §1)."""
        result = classify_content("某某同志简历")
        assert result.category is None
        assert result.confidence is Confidence.NONE
        assert result.code == "classify.no_match"
        assert result.rule_id is None
        assert result.matched == ()

    def test_ambiguous_names_the_runner_up(self) -> None:
        result = classify_content("某县应急预案和食品安全监督抽查结果")
        assert result.confidence is Confidence.AMBIGUOUS
        assert result.code == "classify.ambiguous"
        assert result.runner_up is not None
        assert {result.category, result.runner_up.category} == {"A20.12", "A20.13"}

    def test_weak_words_alone_are_never_clear(self) -> None:
        """Only a field word matched: the best guess is given, flagged as weak evidence."""
        result = classify_content("某县养老服务工作情况")
        assert result.category == "A20.11"
        assert result.confidence is Confidence.AMBIGUOUS
        assert result.code == "classify.weak_evidence"
        assert result.runner_up is None

    def test_work_news_is_no_category_but_names_its_rule(self) -> None:
        result = classify_content("某镇召开安全生产工作推进会")
        assert result.category is None
        assert result.confidence is Confidence.NONE
        assert result.rule_id == "news.meeting"  # 召开…推进会: a meeting report (G4)
        assert "召开" in result.matched

    def test_agency_names_are_not_topics(self) -> None:
        """The publishing agency's name (生态环境局) says nothing about the item."""
        assert classify_content("某市生态环境局2024年部门预算").category == "A20.07"
        assert classify_content("某市生态环境局关于某某事项的通知").category is None

    def test_body_is_read_only_when_the_title_says_nothing(self) -> None:
        result = classify_content("第12号公告", body="根据《政府采购法》，现将采购结果公告如下")
        assert result.category == "A20.09"
        titled = classify_content("2024年部门预算", body="根据《政府采购法》")
        assert titled.category == "A20.07"

    def test_document_number_does_not_change_the_decision(self) -> None:
        plain = classify_content("关于印发某办法的通知")
        numbered = classify_content("关于印发某办法的通知", document_number="某政发〔2024〕12号")
        assert plain == numbered

    def test_results_are_frozen(self) -> None:
        result = classify_content("2024年部门预算")
        with pytest.raises(ValueError, match="frozen"):
            result.category = "A20.01"  # type: ignore[misc]


class TestAreas:
    @pytest.mark.parametrize(("title", "level", "expected"), SMOKE_AREAS)
    def test_smoke_titles(self, title: str, level: str, expected: str) -> None:
        result = classify_content(title, level=level)
        assert result.area is not None
        assert result.area.category == expected, result.area
        assert result.area.article is not None
        assert result.area.article.startswith("第二十一条")

    def test_national_and_provincial_agencies_have_no_area(self) -> None:
        """第二十一条 speaks of 设区的市级、县级人民政府 and 乡（镇）人民政府 only."""
        assert classify_content("国有土地上房屋征收补偿条例解读", level="national").area is None
        assert classify_content("国有土地上房屋征收", level="provincial").area is None

    def test_township_only_areas_need_a_township_or_unknown_level(self) -> None:
        title = "宅基地使用情况审核结果"
        assert classify_content(title, level="township").area is not None
        township = classify_content(title, level="township").area
        assert township is not None
        assert township.category == "A21.homestead"
        county = classify_content(title, level="county").area
        assert county is not None
        assert county.category is None
        unknown = classify_content(title).area
        assert unknown is not None
        assert unknown.category == "A21.homestead"

    def test_level_from_the_agency_name(self) -> None:
        result = classify_content("宅基地审批结果", agency="某县某镇人民政府")
        assert result.area is not None
        assert result.area.category == "A21.homestead"
        assert agency_level(None, agency="某市人民政府") == "city"
        assert agency_level(None, agency="某某公司") is None

    @pytest.mark.parametrize(
        ("spelling", "level"), [("县级", "county"), ("乡镇", "township"), ("Municipal", "city")]
    )
    def test_level_spellings(self, spelling: str, level: str) -> None:
        assert agency_level(spelling) == level

    def test_unknown_level_is_an_input_error(self) -> None:
        with pytest.raises(ClassifyError) as caught:
            classify_content("预算", level="galactic")
        assert caught.value.code == "classify.invalid_input"


_CLASSIFIER = ContentClassifier()
_PHRASES = list(_CLASSIFIER._compiled.automaton.phrases)


class TestBatch:
    @settings(max_examples=30, deadline=None)  # the first call builds the batch tables
    @given(st.lists(st.sampled_from([title for title, _ in SMOKE_ITEMS] + ["无关标题"]), max_size=20))
    def test_classify_many_equals_one_by_one(self, titles: list[str]) -> None:
        """Batch classification is the same decision as one at a time."""
        classifier = _CLASSIFIER
        one_by_one = [classifier.classify(title) for title in titles]
        assert classifier.classify_many(titles, vectorised=False) == one_by_one
        assert classifier.classify_many(titles, vectorised=True) == one_by_one

    @settings(max_examples=40, deadline=None)
    @given(
        st.lists(
            st.one_of(
                st.text(max_size=30),
                st.lists(st.sampled_from(_PHRASES), max_size=8).map("".join),
                st.builds(lambda a, b: a * 90 + b, st.sampled_from(_PHRASES), st.sampled_from(_PHRASES)),
            ),
            max_size=25,
        ),
        st.sampled_from([None, "county", "township", "national"]),
    )
    def test_vectorised_scan_equals_scalar(self, titles: list[str], level: str | None) -> None:
        """The numpy batch path finds the same phrase sets as the single-pass scan, long texts included."""
        classifier = _CLASSIFIER
        expected = [classifier.classify(title, level=level) for title in titles]
        assert classifier.classify_many(titles, level=level, vectorised=True) == expected


_SCHEME = load_scheme("art20_21_2019")
_AREA_LEVELS = {category.code: category.levels for category in _SCHEME.axes[1].categories}
_RULE_CATEGORY = {
    rule.id: category.code for axis in _SCHEME.axes for category in axis.categories for rule in category.rules
}
_TITLES = st.one_of(
    st.text(max_size=30),
    st.lists(st.one_of(st.sampled_from(_PHRASES), st.text(max_size=3)), max_size=6).map("".join),
)


class TestProperties:
    """Every decision explains itself and respects 第二十一条's lists."""

    @settings(max_examples=150, deadline=None)
    @given(_TITLES, st.sampled_from([None, "national", "provincial", "city", "county", "township"]))
    def test_area_is_on_the_list_for_the_level(self, title: str, level: str | None) -> None:
        """第二十一条: city/county governments have one list, 乡（镇） governments another; others none."""
        area = classify_content(title, level=level).area
        if level in {"national", "provincial"}:
            assert area is None
            return
        assert area is not None
        if area.category is not None and level is not None:
            allowed = _AREA_LEVELS[area.category]
            assert allowed is None or level in allowed

    @settings(max_examples=150, deadline=None)
    @given(_TITLES)
    def test_decisions_name_their_rule_and_words(self, title: str) -> None:
        """A result carries the rule that fired and the words that matched, found in the normalised title."""
        result = classify_content(title)
        text = normalize_text(title)
        for decision in (result.item, result.area):
            if decision is None:
                continue
            assert all(word in text for word in decision.matched)
            if decision.category is not None:
                assert decision.rule_id is not None
                assert _RULE_CATEGORY[decision.rule_id] == decision.category
                assert decision.confidence is not Confidence.NONE
            else:
                assert decision.confidence is Confidence.NONE
            if decision.runner_up is not None:
                # Since issue 14, round 10 a refused shape (a question: 规划哪些) is no item, with the item its words
                # name as the runner-up; every other runner-up makes the decision ambiguous.
                refused = decision.code == "classify.not_an_item_shape" and decision.category is None
                assert decision.confidence is (Confidence.NONE if refused else Confidence.AMBIGUOUS)
                assert decision.runner_up.category != decision.category
