"""A refused value of a report is named in Chinese by the labels the clerk typed, not by the model's field path."""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING, Any, Final, Literal

import pytest
from hypothesis import given
from hypothesis import strategies as st
from pydantic import BaseModel

from disclosure_rules import InputError
from disclosure_rules._labels import REPORT_FIELD_LABELS, SECTION_HEADINGS, TABLE_NAMES, report_field_label
from disclosure_rules._models import AnnualReport2019, AnnualReport2021, report_from_json

if TYPE_CHECKING:
    from collections.abc import Iterator

_AGENCY: Final = {"name": "某县人民政府", "level": "县级政府"}
_LEGACY: Final = {
    "title": "某县2010年政府信息公开工作年度报告",
    "statistics_period": {"start": "2010-01-01", "end": "2010-12-31"},
}


def _refused(report_format: str, fields: dict[str, Any]) -> InputError:
    report = {"report_format": report_format, "agency": _AGENCY, "year": 2024, **fields}
    with pytest.raises(InputError) as caught:
        report_from_json(json.dumps(report, ensure_ascii=False), source="报告.json")
    assert caught.value.code == "input.invalid_report"
    return caught.value


@pytest.mark.parametrize(
    ("report_format", "fields", "line"),
    [
        # Table 二, both formats.
        (
            "2021",
            {"proactive_disclosure": {"rules": {"issued": "a"}}},
            "表二“规章”行“本年制发件数”列：应为整数",
        ),
        (
            "2021",
            {"proactive_disclosure": {"administrative_fees": {"amount_10k_yuan": "abc"}}},
            "表二“行政事业性收费”行“本年收费金额（单位：万元）”列：应为数字",
        ),
        (
            "2019",
            {"proactive_disclosure": {"other_services": {"change": "x"}}},
            "表二“其他对外管理服务事项”行“本年增/减”列：应为整数",
        ),
        (
            "2019",
            {"proactive_disclosure": {"normative_documents": {"newly_made": -1}}},
            "表二“规范性文件”行“本年新制作数量”列：应不小于0",
        ),
        # Table 三, both formats: the row under its merged labels, an organisation column under its header.
        (
            "2021",
            {"requests": {"granted": {"natural_person": -1}}},
            "表三“三、本年度办理结果（一）予以公开”行“自然人”列：应不小于0",
        ),
        (
            "2021",
            {"requests": {"carried_forward": {"total": "五"}}},
            "表三“四、结转下年度继续办理”行“总计”列：应为整数",
        ),
        (
            "2019",
            {"requests": {"withheld_state_secret": {"other_organization": 1.5}}},
            "表三“三、本年度办理结果（三）不予公开1.属于国家秘密”行“法人或其他组织·其他”列：应为整数",
        ),
        (
            "2019",
            {"requests": {"other_handling": {"total": -1}}},
            "表三“三、本年度办理结果（六）其他处理”行“总计”列：应不小于0",
        ),
        ("2021", {"requests": {"granted": 5}}, "表三“三、本年度办理结果（一）予以公开”行：应为对象（{…}）"),
        # Table 四, the same in both formats.
        (
            "2021",
            {"review_litigation": {"administrative_review": {"corrected": -1}}},
            "表四“行政复议·结果纠正”：应不小于0",
        ),
        (
            "2019",
            {"review_litigation": {"litigation_after_review": {"pending": "x"}}},
            "表四“行政诉讼·复议后起诉·尚未审结”：应为整数",
        ),
        # Fields outside the tables: the 报告信息 label or the section heading.
        ("2021", {"year": 1999}, "“报告年度”：应不小于2008"),
        ("2019", {"agency": {"name": "", "level": "县级政府"}}, "“机关名称”：至少1个字"),
        (
            "2021",
            {"publication": {"published_on": "昨天"}},
            "“发布日期”：不是日期（应写作 2024-09-27 或 2024年9月27日）",
        ),
        ("2021", {"problems_and_improvements": 5}, "“五、存在的主要问题及改进情况”：应为文字"),
        ("2019", {"overview": {"platforms": 3}}, "“一、总体情况（四）政府信息公开平台建设”：应为文字"),
        # Two problems: the first is named, the other counted.
        (
            "2021",
            {"requests": {"granted": {"natural_person": -1, "total": -2}}},
            "表三“三、本年度办理结果（一）予以公开”行“自然人”列：应不小于0（另有1处问题）",
        ),
        # A path the format does not know keeps the dotted path.
        (
            "2021",
            {"requests": {"other_handling": {}}},
            "字段 requests.other_handling：不是这里的字段（拼写有误？）",
        ),
        (
            "2021",
            {"requests": {"granted": {"natural_persn": 1}}},
            "字段 requests.granted.natural_persn：不是这里的字段（拼写有误？）",
        ),
        ("legacy", {**_LEGACY, "year": 1999}, "“报告年度”：应不小于2008"),
        ("legacy", {**_LEGACY, "sections": [{}]}, "字段 sections.0.heading：缺少必填项"),
    ],
)
def test_a_refused_value_is_named_by_its_labels(
    report_format: str, fields: dict[str, Any], line: str
) -> None:
    refused = _refused(report_format, fields)
    assert refused.message_zh == f"报告.json：{line}"


def test_a_missing_agency_is_named_by_its_label() -> None:
    with pytest.raises(InputError) as caught:
        report_from_json(json.dumps({"report_format": "2021", "year": 2024}), source="报告.json")
    assert (caught.value.code, caught.value.message_zh) == (
        "input.invalid_report",
        "报告.json：“机关”：缺少必填项",
    )


def test_the_english_message_keeps_the_field_path() -> None:
    refused = _refused("2021", {"proactive_disclosure": {"rules": {"issued": "a"}}})
    assert "field proactive_disclosure.rules.issued" in refused.message


# --------------------------------------------------------------------------------------------------
# Every field of both standard formats has a label
# --------------------------------------------------------------------------------------------------


def _paths(model: type[BaseModel], prefix: tuple[str, ...] = ()) -> Iterator[tuple[str, ...]]:
    """Every field path of a model, the nested models' own paths and their fields' paths."""
    for name, info in model.model_fields.items():
        path = (*prefix, name)
        yield path
        annotation = info.annotation
        if isinstance(annotation, type) and issubclass(annotation, BaseModel):
            yield from _paths(annotation, path)


_MODELS: Final[dict[str, type[BaseModel]]] = {"2021": AnnualReport2021, "2019": AnnualReport2019}
_PATHS: Final = {
    report_format: tuple(path for path in _paths(model) if path != ("report_format",))
    for report_format, model in _MODELS.items()
}
_CELLS: Final = {
    report_format: tuple(path for path in paths if path[0] in TABLE_NAMES and len(path) == 3)
    for report_format, paths in _PATHS.items()
}
_FIELD_LABELS: Final = (*REPORT_FIELD_LABELS.values(), *(heading.label for heading in SECTION_HEADINGS))
_LATIN: Final = re.compile(r"[A-Za-z_]")

_FORMATS: Final[st.SearchStrategy[Literal["2021", "2019"]]] = st.sampled_from(("2021", "2019"))


@given(st.data())
def test_every_field_path_of_both_formats_has_a_label_naming_its_table_or_field(data: st.DataObject) -> None:
    report_format: Literal["2021", "2019"] = data.draw(_FORMATS)
    path = data.draw(st.sampled_from(_PATHS[report_format]))
    label = report_field_label(path, report_format)
    assert label is not None, path
    assert not _LATIN.search(label), label  # no model name leaks into what the clerk reads
    if path[0] in TABLE_NAMES:
        assert TABLE_NAMES[path[0]] in label
    else:
        assert any(field in label for field in _FIELD_LABELS), label


@given(st.data())
def test_a_bad_value_in_any_cell_is_named_by_that_cells_labels(data: st.DataObject) -> None:
    report_format: Literal["2021", "2019"] = data.draw(_FORMATS)
    table, row, column = data.draw(st.sampled_from(_CELLS[report_format]))
    value = data.draw(st.sampled_from([[1], [], {"a": 1}]))  # wrong for a count, an amount and a text
    refused = _refused(report_format, {table: {row: {column: value}}})
    label = report_field_label((table, row, column), report_format)
    assert label is not None
    assert refused.message_zh.startswith(f"报告.json：{label}：")


@pytest.mark.parametrize("report_format", ["2021", "2019"])
def test_every_field_has_a_label_and_no_two_share_one(report_format: Literal["2021", "2019"]) -> None:
    paths = _PATHS[report_format]
    labels = [report_field_label(path, report_format) for path in paths]
    assert None not in labels  # every field, the hypothesis property's draws or not
    # overview and overview.text are the same field (the section's text): one label for both.
    assert len(set(labels)) == len(paths) - 1


@pytest.mark.parametrize(
    ("path", "report_format"),
    [
        (("requests", "other_handling"), "2021"),  # the 2019 row
        (("requests", "other_other"), "2019"),  # a 2021 row
        (("proactive_disclosure", "other_services", "change"), "2021"),
        (("review_litigation", "administrative_review", "nope"), "2021"),
        (("requests", "granted", "natural_person", "deeper"), "2021"),
        (("overview", "platforms", "deeper"), "2021"),
        (("sections", 0, "heading"), "legacy"),
        (("proactive_disclosure", "rules", "issued"), "legacy"),
        ((), "2021"),
    ],
)
def test_a_path_the_format_does_not_know_has_no_label(
    path: tuple[str | int, ...], report_format: Literal["2021", "2019", "legacy"]
) -> None:
    assert report_field_label(path, report_format) is None
