"""Rules written from the meaning of the law's categories: precedence, hints, the 第二十一条 level convention.

Titles and reasons here are made-up examples of each category's wording, not lines of the labelled data
(the data set is measured in test_classify_devset.py).
"""

from __future__ import annotations

import copy
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from disclosure_rules._classify import (
    ClassifyError,
    Confidence,
    ContentClassifier,
    classify_applicant,
    classify_content,
    classify_outcome,
    scheme_from_mapping,
)
from disclosure_rules._labels import ApplicantType

_BASE: dict[str, Any] = {
    "name": "precedence_test",
    "version": "1",
    "kind": "content",
    "title": "test",
    "source": "test",
    "axes": [
        {
            "name": "item",
            "title": "items",
            "ambiguity_margin": 15,
            "categories": [
                {
                    "code": "form",
                    "label": "规范性文件",
                    "rules": [{"id": "form.rule", "phrases": ["办法"], "weight": 45}],
                },
                {
                    "code": "field",
                    "label": "领域",
                    "rules": [{"id": "field.rule", "phrases": ["养老"], "weight": 40}],
                },
                {
                    "code": "act",
                    "label": "行为",
                    "rules": [{"id": "act.rule", "phrases": ["批复"], "weight": 35, "hint": True}],
                },
            ],
        }
    ],
}


def _scheme(**changes: Any) -> ContentClassifier:
    data = copy.deepcopy(_BASE)
    axis = data["axes"][0]
    for key, value in changes.items():
        if key == "form_outranks":
            axis["categories"][0]["rules"][0]["outranks"] = value
        else:
            axis[key] = value
    return ContentClassifier(scheme_from_mapping(data))


class TestRulePrecedence:
    def test_rule_outranks_drops_the_field(self) -> None:
        """G1 of the data set (第二十条（一）): the form of a normative document outranks the field it regulates."""
        plain = _scheme().classify("养老服务补贴管理办法")
        assert plain.confidence is Confidence.AMBIGUOUS
        assert plain.runner_up is not None
        assert plain.runner_up.category == "field"
        ranked = _scheme(form_outranks=["field"]).classify("养老服务补贴管理办法")
        assert ranked.category == "form"
        assert ranked.confidence is Confidence.CLEAR
        assert ranked.runner_up is None

    def test_rule_outranks_must_name_a_category_of_the_axis(self) -> None:
        """A scheme is validated: a rule cannot outrank a category its axis does not have."""
        data = copy.deepcopy(_BASE)
        data["axes"][0]["categories"][0]["rules"][0]["outranks"] = ["nowhere"]
        with pytest.raises(ClassifyError) as caught:
            scheme_from_mapping(data)
        assert caught.value.code == "classify.invalid_scheme"

    def test_a_hint_alone_is_never_clear(self) -> None:
        """A hint (批复 answers internal requests too) decides nothing alone: weak evidence, not clear."""
        result = _scheme().classify("关于某事项的批复")
        assert result.category == "act"
        assert result.confidence is Confidence.AMBIGUOUS
        assert result.code == "classify.weak_evidence"

    def test_a_hint_does_not_shake_a_decisive_winner(self) -> None:
        """A decision by a top-tier phrase (decisive_weight) is not made ambiguous by a weaker hint."""
        hedged = _scheme().classify("审批事项批复管理办法")
        assert hedged.confidence is Confidence.AMBIGUOUS
        decided = _scheme(decisive_weight=45).classify("审批事项批复管理办法")
        assert decided.category == "form"
        assert decided.confidence is Confidence.CLEAR


class TestBundledContentMeaning:
    @pytest.mark.parametrize(
        ("title", "expected"),
        [
            ("某县预算绩效管理办法", "A20.01"),  # G1: a 办法 is item (一) whatever it regulates
            ("2023年度部门决算公开说明", "A20.07"),
            ("关于某某建设项目建设工程规划许可证批后公布", "A20.05"),  # G2: a licence, not item (十)
            ("某县突发事件总体应急预案", "A20.12"),
            ("某镇政府信息主动公开基本目录", "A20.15"),  # 第十二条: the catalogue itself
            ("2024年某县政府采购意向公开", "A20.09"),
        ],
    )
    def test_named_items_are_clear(self, title: str, expected: str) -> None:
        """第二十条: when one item is clearly named and nothing competes, the decision is clear."""
        result = classify_content(title)
        assert result.category == expected
        assert result.confidence is Confidence.CLEAR

    @pytest.mark.parametrize(
        "title",
        ["某县2023年教育发展情况", "关于某村饮用水问题", "建设项目进展", "关于某地块收储的批复"],
    )
    def test_a_field_or_act_word_alone_is_hedged(self, title: str) -> None:
        """Items (十)(十一)(十三) are defined by a field: a field or act word alone is not a clear decision."""
        assert classify_content(title).confidence is not Confidence.CLEAR

    @pytest.mark.parametrize(
        "title",
        ["某镇召开安全生产工作推进会", "某县举行全民健身活动", "某局开展督查 守牢安全生产底线"],
    )
    def test_work_news_has_no_category(self, title: str) -> None:
        """G4: news about work is not the information itself."""
        result = classify_content(title)
        assert result.category is None
        assert result.rule_id in {"news.work", "news.meeting", "news.event", "news.headline"}

    def test_internal_affairs_have_no_category(self) -> None:
        """第十六条: personnel, logistics and requests for instructions are not proactive-disclosure content."""
        result = classify_content("关于某同志试用期满转正的批复")
        assert result.category is None
        assert result.rule_id == "none.internal"

    def test_a_company_purchase_is_never_a_clear_procurement(self) -> None:
        """第二条: a company's own purchase is no government procurement (item 九): at most ambiguous."""
        result = classify_content("某某集团有限公司2025年办公用品采购竞争性谈判公告")
        assert result.confidence is not Confidence.CLEAR


class TestArticle21Convention:
    def test_unknown_level_reports_the_area_with_a_note(self) -> None:
        """第二十一条 applies to city, county and township bodies: with no level the area is reported, with a caveat."""
        result = classify_content("某村宅基地使用审核结果公示")
        assert result.area is not None
        assert result.area.category == "A21.homestead"
        assert result.area.note is not None
        assert "第二十一条" in result.area.note

    @pytest.mark.parametrize("level", ["county", "township"])
    def test_a_given_level_needs_no_note(self, level: str) -> None:
        """With the level given, the list of 第二十一条 for that level decides; nothing to caveat."""
        result = classify_content("城乡最低生活保障对象名单公示", level=level)
        assert result.area is not None
        assert result.area.category == "A21.social_assistance"
        assert result.area.note is None

    @pytest.mark.parametrize("level", ["national", "provincial"])
    def test_national_and_provincial_bodies_get_no_area(self, level: str) -> None:
        """第二十一条 has no list for national or provincial bodies."""
        assert classify_content("城乡最低生活保障对象名单公示", level=level).area is None

    @settings(max_examples=60, deadline=None)
    @given(st.sampled_from(["征收土地预公告", "低保名单公示", "宅基地审批", "市政道路改造", "一事一议项目"]))
    def test_note_only_without_a_level(self, title: str) -> None:
        """第二十一条: the caveat appears exactly when the level is unknown and an area was found."""
        unknown = classify_content(title).area
        assert unknown is not None
        assert (unknown.note is not None) == (unknown.category is not None)
        county = classify_content(title, level="county").area
        assert county is not None
        assert county.note is None


class TestOutcomeWordings:
    @pytest.mark.parametrize(
        ("text", "row"),
        [
            ("现向你提供该笔录，其中当事人联系方式已作遮挡处理。", "partially_granted"),
            ("该纪要中议定事项现予公开，其余讨论内容不予公开。", "partially_granted"),
            ("你申请的文件已于2023年6月主动公开，可登录本局网站查阅。", "granted"),
            (
                "根据《中华人民共和国档案法》，未到开放期限的档案不得对社会公开。",
                "withheld_prohibited_by_law",
            ),
            ("你申请的调查询问笔录属于行政执法案卷，不予公开。", "withheld_enforcement_case_file"),
            ("经查找，本机关档案中没有你申请的文件。", "unavailable_not_held"),
            ("你申请的信息为村务信息，不属于政府信息。", "other_other"),
            ("你要求对已取得的复印件加盖公章，本机关不予处理。", "not_processed_confirm_or_reissue"),
            ("你此次申请与前次申请内容相同，本机关不再重复答复。", "not_processed_repeated"),
            ("你申请的年鉴已公开出版发行，请到图书馆查阅。", "not_processed_publication"),
            ("你未在补正期限内补正，视为放弃申请。", "other_no_correction"),
            ("你逾期未缴纳信息处理费，本机关不再处理该申请。", "other_fee_unpaid"),
        ],
    )
    def test_reply_wordings(self, text: str, row: str) -> None:
        """Table 三 rows (第三十六条至第三十九条; 部分公开 counts only once, as its label says)."""
        assert classify_outcome(text).category == row


class TestApplicantShapes:
    @pytest.mark.parametrize(
        ("name", "expected"),
        [
            ("底江欣", ApplicantType.NATURAL_PERSON),  # a rarer surname
            ("王某（律师）", ApplicantType.NATURAL_PERSON),  # a lawyer as a person
            ("Zhang Wei", ApplicantType.NATURAL_PERSON),
            # round 9: a cause inside a Latin organisation's name (peace) is a weak 社会公益组织 guess
            ("Greenpeace East Asia", ApplicantType.PUBLIC_INTEREST_ORGANIZATION),
            ("某大学附属中学", ApplicantType.OTHER),  # the ending of a name says what it is
            ("某省司法厅", ApplicantType.OTHER),
            ("某市检验检测中心", ApplicantType.OTHER),
            ("某某餐厅", ApplicantType.COMMERCIAL_ENTERPRISE),
            ("某某学校工会委员会", ApplicantType.OTHER),
        ],
    )
    def test_names(self, name: str, expected: ApplicantType | None) -> None:
        """Table 三 applicant columns: guessed from the name's shape or ending when nothing is declared."""
        assert classify_applicant(name).category == expected

    @settings(max_examples=60, deadline=None)
    @given(
        st.from_regex(r"[A-Z][a-z]{1,6} [A-Z][a-z]{1,6}", fullmatch=True),
        st.sampled_from(list(ApplicantType)),
    )
    def test_declared_type_still_wins_over_a_latin_name(self, name: str, declared: ApplicantType) -> None:
        """Issue 5: a declared type wins over a guess."""
        result = classify_applicant(name, declared)
        assert result.category is declared
        assert result.declared
