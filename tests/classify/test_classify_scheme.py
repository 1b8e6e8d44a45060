"""Schemes are data: bundled, versioned, validated, replaceable by a user's own file."""

from __future__ import annotations

import json
from typing import Any

import pytest

from disclosure_rules._classify import (
    ClassifyError,
    ContentClassifier,
    OutcomeClassifier,
    bundled_schemes,
    classify_content,
    load_scheme,
    parse_scheme,
    scheme_from_mapping,
)

_COUNTY_SCHEME: dict[str, Any] = {
    "name": "county_local",
    "version": "2024.1",
    "kind": "content",
    "title": "某县自定义分类",
    "source": "test",
    "axes": [
        {
            "name": "item",
            "title": "本县栏目",
            "categories": [
                {
                    "code": "tea",
                    "label": "茶产业",
                    "rules": [{"id": "tea.named", "phrases": ["茶叶", "茶园"], "weight": 20}],
                },
                {
                    "code": "funds",
                    "label": "资金",
                    "rules": [
                        {"id": "funds.named", "phrases": ["资金"], "weight": 20, "unless": ["茶园资金"]}
                    ],
                },
            ],
        }
    ],
}


class TestBundled:
    def test_the_issue_schemes_are_bundled(self) -> None:
        names = bundled_schemes()
        for name in (
            "art20_21_2019",
            "legacy_closeness_seed",
            "legacy_2007_art9_12",
            "outcome_2021",
            "applicant",
        ):
            assert name in names
            scheme = load_scheme(name)
            assert scheme.name == name
            assert scheme.version
            assert scheme.rule_count > 0

    def test_art20_has_the_fifteen_items_and_art21_both_lists(self) -> None:
        """第二十条 （一）–（十五）; 第二十一条: 7 city/county areas and 8 township areas (3 shared)."""
        scheme = load_scheme("art20_21_2019")
        items, areas = scheme.axes
        counted = [category.code for category in items.categories if not category.abstain]
        assert counted == [f"A20.{n:02d}" for n in range(1, 16)]
        city = {c.code for c in areas.categories if c.levels is None or "county" in c.levels}
        township = {c.code for c in areas.categories if c.levels is None or "township" in c.levels}
        assert len(city) == 7
        assert len(township) == 8
        assert city & township == {
            "A21.land_expropriation",
            "A21.housing_expropriation",
            "A21.social_assistance",
        }

    def test_legacy_2007_maps_to_2019_codes(self) -> None:
        legacy = load_scheme("legacy_2007_art9_12")
        modern = {c.code for axis in load_scheme("art20_21_2019").axes for c in axis.categories}
        for axis in legacy.axes:
            for category in axis.categories:
                assert set(category.maps_to) <= modern
        result = classify_content("2012年部门决算", scheme="legacy_2007_art9_12")
        assert result.category == "L10.04"
        assert result.maps_to == ("A20.07",)

    def test_seed_groups_classify(self) -> None:
        assert (
            classify_content("湾龙镇2017年工作计划完成情况", scheme="legacy_closeness_seed").label
            == "规划计划和完成情况类"
        )
        assert (
            classify_content("2017年三公经费支出", scheme="legacy_closeness_seed").label
            == "公共资金使用和监督类"
        )

    def test_unknown_scheme_has_a_stable_code(self) -> None:
        with pytest.raises(ClassifyError) as caught:
            load_scheme("no_such_scheme")
        assert caught.value.code == "classify.unknown_scheme"

    def test_wrong_kind_is_refused(self) -> None:
        with pytest.raises(ClassifyError) as caught:
            ContentClassifier("outcome_2021")
        assert caught.value.code == "classify.wrong_scheme_kind"


class TestUserSchemes:
    def test_a_county_scheme_replaces_the_bundled_one(self) -> None:
        scheme = scheme_from_mapping(_COUNTY_SCHEME)
        assert classify_content("2024年茶园补助资金发放", scheme=scheme).category == "tea"
        result = classify_content("2024年补助资金发放", scheme=scheme)
        assert (result.category, result.rule_id, result.matched) == ("funds", "funds.named", ("资金",))

    def test_json_and_toml_documents_parse(self) -> None:
        assert parse_scheme(json.dumps(_COUNTY_SCHEME), "json").name == "county_local"
        toml = """
name = "t"
version = "1"
kind = "applicant"
title = "t"
source = "t"
[[axes]]
name = "type"
title = "t"
[[axes.categories]]
code = "other_organization"
label = "其他"
[[axes.categories.rules]]
id = "x"
phrases = ["村委会"]
"""
        assert parse_scheme(toml, "toml").axes[0].categories[0].rules[0].weight == 10

    @pytest.mark.parametrize(
        ("mutate", "where"),
        [
            (lambda s: s.pop("name"), "name"),
            (lambda s: s["axes"][0]["categories"][0]["rules"][0].update(phrases=[]), "phrases"),
            (lambda s: s["axes"][0]["categories"][0]["rules"][0].update(phrases=["  "]), "phrases"),
            (lambda s: s["axes"][0]["categories"][1].update(code="tea"), "repeated"),
            (lambda s: s["axes"][0]["categories"][1]["rules"][0].update(id="tea.named"), "repeated"),
            (lambda s: s["axes"][0]["categories"][0]["rules"][0].update(weight=0), "weight"),
            (lambda s: s.update(kind="bogus"), "kind"),
            (lambda s: s["axes"][0]["categories"][0].update(outranks=["nope"]), "outranks"),
        ],
    )
    def test_invalid_schemes_name_the_field(self, mutate: Any, where: str) -> None:
        data = json.loads(json.dumps(_COUNTY_SCHEME))
        mutate(data)
        with pytest.raises(ClassifyError) as caught:
            scheme_from_mapping(data, source="county.json")
        assert caught.value.code == "classify.invalid_scheme"
        assert "county.json" in caught.value.message
        assert where in caught.value.message

    @pytest.mark.parametrize(
        ("mutate", "zh"),
        [
            (lambda s: s["axes"][0]["categories"][1].update(code="tea"), "维度“item”的类别代码重复：tea"),
            (
                lambda s: s["axes"][0]["categories"][1]["rules"][0].update(id="tea.named"),
                "规则编号重复：tea.named",
            ),
            (
                lambda s: s["axes"][0]["categories"][0].update(outranks=["nope"]),
                "类别“tea”的 outranks 列出了不存在的类别：nope",
            ),
            (
                lambda s: s["axes"][0]["categories"][0]["rules"][0].update(outranks=["nope"]),
                "规则“tea.named”的 outranks 列出了不存在的类别：nope",
            ),
            (lambda s: s["axes"][0].update(levels=["county"]), "内容分类方案的第一个维度须适用于各级机关"),
            (
                lambda s: s["axes"].append(
                    {
                        **s["axes"][0],
                        "categories": [
                            {"code": "x", "label": "某", "rules": [{"id": "x.named", "phrases": ["某"]}]}
                        ],
                    }
                ),
                "维度名称重复：item、item",
            ),
        ],
    )
    def test_scheme_rule_violations_are_told_in_chinese(self, mutate: Any, zh: str) -> None:
        data = json.loads(json.dumps(_COUNTY_SCHEME))
        mutate(data)
        with pytest.raises(ClassifyError) as caught:
            scheme_from_mapping(data, source="county.json")
        assert caught.value.message_zh.startswith("分类方案“county.json”有误：")
        assert zh in caught.value.message_zh

    def test_an_empty_phrase_is_refused_in_chinese_too(self) -> None:
        data = json.loads(json.dumps(_COUNTY_SCHEME))
        data["axes"][0]["categories"][0]["rules"][0]["phrases"] = ["  "]
        with pytest.raises(ClassifyError) as caught:
            scheme_from_mapping(data, source="county.json")
        assert "phrase '  ' is empty once normalised" in caught.value.message
        assert caught.value.message_zh.startswith(
            "分类方案“county.json”有误：字段 axes.0.categories.0.rules.0.phrases：短语“  ”规范化（去掉空白）后为空，永远不会匹配"
        )

    def test_syntax_errors_are_invalid_schemes(self) -> None:
        with pytest.raises(ClassifyError) as caught:
            parse_scheme("name = ", "toml", source="bad.toml")
        assert caught.value.code == "classify.invalid_scheme"

    def test_outcome_scheme_must_name_real_rows(self) -> None:
        data = json.loads(json.dumps(_COUNTY_SCHEME))
        data["kind"] = "outcome"
        with pytest.raises(ClassifyError) as caught:
            OutcomeClassifier(scheme_from_mapping(data))
        assert caught.value.code == "classify.invalid_scheme"


def test_docs_examples_run() -> None:
    """The examples in docs/classifiers.md are executed, so they cannot rot."""
    import doctest  # noqa: PLC0415 - only this test needs it
    from pathlib import Path  # noqa: PLC0415 - only this test needs it

    page = Path(__file__).resolve().parents[2] / "docs" / "classifiers.md"
    failures, tried = doctest.testfile(str(page), module_relative=False, optionflags=doctest.ELLIPSIS)
    assert tried >= 6
    assert failures == 0
