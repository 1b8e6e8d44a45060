"""The official labels of the annual-report formats, held once, as data.

Every renderer, parser, classifier and validator takes row, column and heading labels from here.
Sources: 国办公开办函〔2021〕30号 (the 2021 national format) and 国办公开办函〔2019〕60号 (the 2019 trial
format); the row-to-article mapping is the library's reading of the 2019 Regulations (see docs/).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final, Literal

from disclosure_rules._sources import FEE_MEASURES_TITLE, FORMAT_2019_SOURCE, FORMAT_2021_SOURCE
from disclosure_rules._text import normalise_label

ReportFormat = Literal["2021", "2019", "legacy"]

FORMAT_NAMES: Final = {
    "2021": "国办公开办函〔2021〕30号格式",
    "2019": "国办公开办函〔2019〕60号试行格式",
    "legacy": "叙述式年度报告（2008-2020年）",
}


# --------------------------------------------------------------------------------------------------
# Section headings
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class SectionHeading:
    """One numbered section of the standard report."""

    code: str
    numeral: str
    title: str

    @property
    def label(self) -> str:
        """The heading as printed, e.g. ``一、总体情况``."""
        return f"{self.numeral}、{self.title}"


SECTION_HEADINGS: Final = (
    SectionHeading("overview", "一", "总体情况"),
    SectionHeading("proactive_disclosure", "二", "主动公开政府信息情况"),
    SectionHeading("requests", "三", "收到和处理政府信息公开申请情况"),
    SectionHeading("review_litigation", "四", "政府信息公开行政复议、行政诉讼情况"),
    SectionHeading("problems", "五", "存在的主要问题及改进情况"),
    SectionHeading("other_matters", "六", "其他需要报告的事项"),
)

# The five sub-headings reports commonly use under 一、总体情况 (30号: the summary covers these topics).
OVERVIEW_SUBHEADINGS: Final = (
    ("proactive_disclosure", "（一）主动公开"),
    ("requests", "（二）依申请公开"),
    ("information_management", "（三）政府信息管理"),
    ("platforms", "（四）政府信息公开平台建设"),
    ("supervision", "（五）监督保障"),
)


# --------------------------------------------------------------------------------------------------
# Table 三: applicant columns and rows
# --------------------------------------------------------------------------------------------------


class ApplicantType(StrEnum):
    """The six applicant columns of table 三 (the 总计 column is derived)."""

    NATURAL_PERSON = "自然人"
    COMMERCIAL_ENTERPRISE = "商业企业"
    RESEARCH_INSTITUTION = "科研机构"
    PUBLIC_INTEREST_ORGANIZATION = "社会公益组织"
    LEGAL_SERVICE_ORGANIZATION = "法律服务机构"
    OTHER = "其他"

    @classmethod
    def parse(cls, text: str) -> ApplicantType | None:
        """The applicant type ``text`` names, or ``None``.

        Accepted: the label (自然人), the column code (``natural_person``), the English name, or the label under
        its header (法人或其他组织-商业企业, 其他组织).
        """
        key = normalise_label(text)
        for prefix in _ORGANISATION_PREFIXES:
            if key.startswith(prefix) and len(key) > len(prefix):
                key = key.removeprefix(prefix).lstrip("-:/|·")
                break
        return _APPLICANT_BY_WORD.get(key)


@dataclass(frozen=True, slots=True)
class ColumnSpec:
    """A data column of table 三."""

    code: str
    label: str
    # 法人或其他组织 for the five organisation columns, None for 自然人 and 总计.
    parent_label: str | None


TABLE3_TOP_HEADER: Final = "申请人情况"
TABLE3_ORGANISATION_HEADER: Final = "法人或其他组织"
TABLE3_NOTE: Final = "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）"

TABLE3_COLUMNS: Final = (
    ColumnSpec("natural_person", ApplicantType.NATURAL_PERSON.value, None),
    ColumnSpec(
        "commercial_enterprise", ApplicantType.COMMERCIAL_ENTERPRISE.value, TABLE3_ORGANISATION_HEADER
    ),
    ColumnSpec("research_institution", ApplicantType.RESEARCH_INSTITUTION.value, TABLE3_ORGANISATION_HEADER),
    ColumnSpec(
        "public_interest_organization",
        ApplicantType.PUBLIC_INTEREST_ORGANIZATION.value,
        TABLE3_ORGANISATION_HEADER,
    ),
    ColumnSpec(
        "legal_service_organization",
        ApplicantType.LEGAL_SERVICE_ORGANIZATION.value,
        TABLE3_ORGANISATION_HEADER,
    ),
    ColumnSpec("other_organization", ApplicantType.OTHER.value, TABLE3_ORGANISATION_HEADER),
    ColumnSpec("total", "总计", None),
)
TABLE3_APPLICANT_COLUMNS: Final = TABLE3_COLUMNS[:6]
TABLE3_TOTAL_COLUMN: Final = TABLE3_COLUMNS[6]
APPLICANT_TYPE_BY_COLUMN_CODE: Final = {
    spec.code: ApplicantType(spec.label) for spec in TABLE3_APPLICANT_COLUMNS
}
COLUMN_CODE_BY_APPLICANT_TYPE: Final = {value: key for key, value in APPLICANT_TYPE_BY_COLUMN_CODE.items()}
_ORGANISATION_PREFIXES: Final = (normalise_label(TABLE3_ORGANISATION_HEADER),)
# Spellings of the declared type seen on request forms and in case systems, beside the six column labels,
# the column codes and the English names.
APPLICANT_TYPE_ALIASES: Final = {
    ApplicantType.NATURAL_PERSON: ("公民", "个人", "person"),
    ApplicantType.COMMERCIAL_ENTERPRISE: ("企业", "法人(企业)"),
    ApplicantType.RESEARCH_INSTITUTION: ("科研",),
    ApplicantType.PUBLIC_INTEREST_ORGANIZATION: ("公益组织", "社会组织"),
    ApplicantType.LEGAL_SERVICE_ORGANIZATION: ("律师事务所", "法律服务"),
    ApplicantType.OTHER: ("其他组织", "其它", "other"),
}
_APPLICANT_BY_WORD: Final = {
    normalise_label(word): kind
    for code, kind in APPLICANT_TYPE_BY_COLUMN_CODE.items()
    for word in (code, kind.value, kind.name, *APPLICANT_TYPE_ALIASES[kind])
}


class RowKind(StrEnum):
    """What a data row of table 三 holds."""

    NEW = "new"  # 一、本年新收
    CARRIED_OVER = "carried_over"  # 二、上年结转
    OUTCOME = "outcome"  # one of the result rows under 三
    TOTAL = "total"  # 三、（七）总计
    CARRIED_FORWARD = "carried_forward"  # 四、结转下年度继续办理


@dataclass(frozen=True, slots=True)
class RowGroup:
    """A merged group label of table 三, e.g. （三）不予公开; it is not a data row."""

    code: str
    number: str
    title: str

    @property
    def label(self) -> str:
        """The label as printed, e.g. ``（三）不予公开``."""
        return f"{self.number}{self.title}"


GROUP_RESULTS: Final = RowGroup("results", "三、", "本年度办理结果")
GROUP_WITHHELD: Final = RowGroup("withheld", "（三）", "不予公开")
GROUP_UNAVAILABLE: Final = RowGroup("unavailable", "（四）", "无法提供")
GROUP_NOT_PROCESSED: Final = RowGroup("not_processed", "（五）", "不予处理")
GROUP_OTHER: Final = RowGroup("other_handling", "（六）", "其他处理")


@dataclass(frozen=True, slots=True)
class Table3Row:
    """A data row of table 三 with its official wording and the article behind it."""

    code: str
    number: str  # "一、", "（一）", "1." …
    title: str  # the wording after the number
    kind: RowKind
    group: RowGroup | None  # the merged group the row sits in (None for 一、二、四 and the top result rows)
    article: str | None  # the provision that produces this outcome (library's reading; None where none)

    @property
    def label(self) -> str:
        """The row's own label as printed in its cell, e.g. ``1.属于国家秘密``."""
        return f"{self.number}{self.title}"

    @property
    def canonical_label(self) -> str:
        """The unambiguous label used in the canonical export, e.g. ``三、（三）1.属于国家秘密``."""
        if self.kind in {RowKind.NEW, RowKind.CARRIED_OVER, RowKind.CARRIED_FORWARD}:
            return self.label
        if self.group is None:
            return f"{GROUP_RESULTS.number}{self.label}"
        return f"{GROUP_RESULTS.number}{self.group.number}{self.label}"


def _outcome(code: str, number: str, title: str, group: RowGroup | None, article: str | None) -> Table3Row:
    return Table3Row(code, number, title, RowKind.OUTCOME, group, article)


_ROW_NEW = Table3Row("new_received", "一、", "本年新收政府信息公开申请数量", RowKind.NEW, None, None)
_ROW_CARRIED_OVER = Table3Row(
    "carried_over", "二、", "上年结转政府信息公开申请数量", RowKind.CARRIED_OVER, None, None
)
_ROWS_GRANTED_TO_NOT_PROCESSED = (
    _outcome("granted", "（一）", "予以公开", None, "第三十六条第（一）、（二）项"),
    _outcome(
        "partially_granted",
        "（二）",
        "部分公开（区分处理的，只计这一情形，不计其他情形）",
        None,
        "第三十七条",
    ),
    _outcome("withheld_state_secret", "1.", "属于国家秘密", GROUP_WITHHELD, "第十四条"),
    _outcome("withheld_prohibited_by_law", "2.", "其他法律行政法规禁止公开", GROUP_WITHHELD, "第十四条"),
    _outcome("withheld_security_stability", "3.", "危及“三安全一稳定”", GROUP_WITHHELD, "第十四条"),
    _outcome("withheld_third_party_rights", "4.", "保护第三方合法权益", GROUP_WITHHELD, "第十五条"),
    _outcome("withheld_internal_affairs", "5.", "属于三类内部事务信息", GROUP_WITHHELD, "第十六条第一款"),
    _outcome("withheld_process_information", "6.", "属于四类过程性信息", GROUP_WITHHELD, "第十六条第二款"),
    _outcome("withheld_enforcement_case_file", "7.", "属于行政执法案卷", GROUP_WITHHELD, "第十六条第二款"),
    _outcome(
        "withheld_administrative_inquiry", "8.", "属于行政查询事项", GROUP_WITHHELD, "第三十六条第（七）项"
    ),
    _outcome(
        "unavailable_not_held",
        "1.",
        "本机关不掌握相关政府信息",
        GROUP_UNAVAILABLE,
        "第三十六条第（四）、（五）项",
    ),
    _outcome("unavailable_needs_creation", "2.", "没有现成信息需要另行制作", GROUP_UNAVAILABLE, "第三十八条"),
    _outcome(
        "unavailable_unclear_after_correction", "3.", "补正后申请内容仍不明确", GROUP_UNAVAILABLE, "第三十条"
    ),
    _outcome("not_processed_petition", "1.", "信访举报投诉类申请", GROUP_NOT_PROCESSED, "第三十九条第一款"),
    _outcome("not_processed_repeated", "2.", "重复申请", GROUP_NOT_PROCESSED, "第三十六条第（六）项"),
    _outcome(
        "not_processed_publication", "3.", "要求提供公开出版物", GROUP_NOT_PROCESSED, "第三十九条第二款"
    ),
    _outcome("not_processed_excessive", "4.", "无正当理由大量反复申请", GROUP_NOT_PROCESSED, "第三十五条"),
    _outcome(
        "not_processed_confirm_or_reissue",
        "5.",
        "要求行政机关确认或重新出具已获取信息",
        GROUP_NOT_PROCESSED,
        None,
    ),
)
_ROWS_OTHER_2021 = (
    _outcome(
        "other_no_correction",
        "1.",
        "申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        GROUP_OTHER,
        "第三十条",
    ),
    _outcome(
        "other_fee_unpaid",
        "2.",
        "申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请",
        GROUP_OTHER,
        FEE_MEASURES_TITLE,
    ),
    _outcome("other_other", "3.", "其他", GROUP_OTHER, None),
)
# The 2019 trial format has one undivided （六）其他处理 row.
_ROW_OTHER_2019 = _outcome("other_handling", "（六）", "其他处理", None, None)
_ROW_TOTAL = Table3Row("total", "（七）", "总计", RowKind.TOTAL, None, None)
_ROW_CARRIED_FORWARD = Table3Row(
    "carried_forward", "四、", "结转下年度继续办理", RowKind.CARRIED_FORWARD, None, None
)

TABLE3_ROWS_2021: Final = (
    _ROW_NEW,
    _ROW_CARRIED_OVER,
    *_ROWS_GRANTED_TO_NOT_PROCESSED,
    *_ROWS_OTHER_2021,
    _ROW_TOTAL,
    _ROW_CARRIED_FORWARD,
)
TABLE3_ROWS_2019: Final = (
    _ROW_NEW,
    _ROW_CARRIED_OVER,
    *_ROWS_GRANTED_TO_NOT_PROCESSED,
    _ROW_OTHER_2019,
    _ROW_TOTAL,
    _ROW_CARRIED_FORWARD,
)
TABLE3_GROUPS: Final = (GROUP_RESULTS, GROUP_WITHHELD, GROUP_UNAVAILABLE, GROUP_NOT_PROCESSED, GROUP_OTHER)


def table3_rows(report_format: Literal["2021", "2019"]) -> tuple[Table3Row, ...]:
    """The data rows of table 三 for a format, in official order (25 for 2021, 23 for 2019)."""
    return TABLE3_ROWS_2021 if report_format == "2021" else TABLE3_ROWS_2019


def table3_row(code: str, report_format: Literal["2021", "2019"] = "2021") -> Table3Row:
    """Look a row up by its code; ``KeyError`` names the code when it is not in that format."""
    for row in table3_rows(report_format):
        if row.code == code:
            return row
    raise KeyError(f"table 三 of the {report_format} format has no row {code!r}")


# --------------------------------------------------------------------------------------------------
# Table 二
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Table2Cell:
    """One value cell of table 二: the row (信息内容) and column it sits in, and its model field path."""

    block_caption: str  # e.g. 第二十条第（一）项
    row_label: str
    column_label: str
    field_path: tuple[str, str]  # (attribute of the table model, attribute of the row model)
    # How the value is typed: a count, a signed change ("+4"), an amount in 万元, or free text.
    value_kind: Literal["count", "signed", "amount_10k_yuan", "text"] = "count"
    # The key used in the canonical export and in hand-checked readings ("规章.本年制发件数").
    export_label: str = ""

    @property
    def key(self) -> str:
        """The canonical export key, ``row.column``."""
        return self.export_label or f"{self.row_label}.{self.column_label}"


TABLE2_ROW_HEADER: Final = "信息内容"

_CAPTION_1 = "第二十条第（一）项"
_CAPTION_5 = "第二十条第（五）项"
_CAPTION_6 = "第二十条第（六）项"
_CAPTION_8 = "第二十条第（八）项"
_CAPTION_9 = "第二十条第（九）项"

TABLE2_CELLS_2021: Final = (
    Table2Cell(_CAPTION_1, "规章", "本年制发件数", ("rules", "issued")),
    Table2Cell(_CAPTION_1, "规章", "本年废止件数", ("rules", "repealed")),
    Table2Cell(_CAPTION_1, "规章", "现行有效件数", ("rules", "in_force")),
    Table2Cell(_CAPTION_1, "行政规范性文件", "本年制发件数", ("normative_documents", "issued")),
    Table2Cell(_CAPTION_1, "行政规范性文件", "本年废止件数", ("normative_documents", "repealed")),
    Table2Cell(_CAPTION_1, "行政规范性文件", "现行有效件数", ("normative_documents", "in_force")),
    Table2Cell(_CAPTION_5, "行政许可", "本年处理决定数量", ("administrative_licensing", "decisions")),
    Table2Cell(_CAPTION_6, "行政处罚", "本年处理决定数量", ("administrative_penalty", "decisions")),
    Table2Cell(_CAPTION_6, "行政强制", "本年处理决定数量", ("administrative_coercion", "decisions")),
    Table2Cell(
        _CAPTION_8,
        "行政事业性收费",
        "本年收费金额（单位：万元）",
        ("administrative_fees", "amount_10k_yuan"),
        "amount_10k_yuan",
        "行政事业性收费.本年收费金额(万元)",
    ),
)

TABLE2_CELLS_2019: Final = (
    Table2Cell(_CAPTION_1, "规章", "本年新制作数量", ("rules", "newly_made")),
    Table2Cell(_CAPTION_1, "规章", "本年新公开数量", ("rules", "newly_published")),
    Table2Cell(_CAPTION_1, "规章", "对外公开总数量", ("rules", "total_published")),
    Table2Cell(_CAPTION_1, "规范性文件", "本年新制作数量", ("normative_documents", "newly_made")),
    Table2Cell(_CAPTION_1, "规范性文件", "本年新公开数量", ("normative_documents", "newly_published")),
    Table2Cell(_CAPTION_1, "规范性文件", "对外公开总数量", ("normative_documents", "total_published")),
    Table2Cell(_CAPTION_5, "行政许可", "上一年项目数量", ("administrative_licensing", "previous_year_items")),
    Table2Cell(_CAPTION_5, "行政许可", "本年增/减", ("administrative_licensing", "change"), "signed"),
    Table2Cell(_CAPTION_5, "行政许可", "处理决定数量", ("administrative_licensing", "decisions")),
    Table2Cell(
        _CAPTION_5, "其他对外管理服务事项", "上一年项目数量", ("other_services", "previous_year_items")
    ),
    Table2Cell(_CAPTION_5, "其他对外管理服务事项", "本年增/减", ("other_services", "change"), "signed"),
    Table2Cell(_CAPTION_5, "其他对外管理服务事项", "处理决定数量", ("other_services", "decisions")),
    Table2Cell(_CAPTION_6, "行政处罚", "上一年项目数量", ("administrative_penalty", "previous_year_items")),
    Table2Cell(_CAPTION_6, "行政处罚", "本年增/减", ("administrative_penalty", "change"), "signed"),
    Table2Cell(_CAPTION_6, "行政处罚", "处理决定数量", ("administrative_penalty", "decisions")),
    Table2Cell(_CAPTION_6, "行政强制", "上一年项目数量", ("administrative_coercion", "previous_year_items")),
    Table2Cell(_CAPTION_6, "行政强制", "本年增/减", ("administrative_coercion", "change"), "signed"),
    Table2Cell(_CAPTION_6, "行政强制", "处理决定数量", ("administrative_coercion", "decisions")),
    Table2Cell(
        _CAPTION_8, "行政事业性收费", "上一年项目数量", ("administrative_fees", "previous_year_items")
    ),
    Table2Cell(_CAPTION_8, "行政事业性收费", "本年增/减", ("administrative_fees", "change"), "signed"),
    Table2Cell(_CAPTION_9, "政府集中采购", "采购项目数量", ("centralized_procurement", "items")),
    Table2Cell(_CAPTION_9, "政府集中采购", "采购总金额", ("centralized_procurement", "total_amount"), "text"),
)


def table2_cells(report_format: Literal["2021", "2019"]) -> tuple[Table2Cell, ...]:
    """The value cells of table 二 for a format, in official order."""
    return TABLE2_CELLS_2021 if report_format == "2021" else TABLE2_CELLS_2019


def table2_cell(
    row_label: str, column_label: str, report_format: Literal["2021", "2019"] = "2021"
) -> Table2Cell:
    """Look a table 二 cell up by its labels; ``KeyError`` names them when the format has no such cell."""
    for spec in table2_cells(report_format):
        if spec.row_label == row_label and spec.column_label == column_label:
            return spec
    raise KeyError(f"table 二 of the {report_format} format has no cell {row_label}/{column_label}")


def table2_row_label(row_field: str, report_format: Literal["2021", "2019"] = "2021") -> str:
    """The printed label of a table 二 row by its model field (``normative_documents`` → 行政规范性文件 in 2021)."""
    for spec in table2_cells(report_format):
        if spec.field_path[0] == row_field:
            return spec.row_label
    raise KeyError(f"table 二 of the {report_format} format has no row {row_field!r}")


#: The headline outcomes of table 三 by their short title, as narratives and exports name them (予以公开 …
#: 其他处理), mapped to the row code (granted, partially_granted) or the group code (withheld …).
OUTCOME_HEADINGS: Final = {
    **{row.title.partition("（")[0]: row.code for row in _ROWS_GRANTED_TO_NOT_PROCESSED[:2]},
    **{
        group.title: group.code
        for group in (GROUP_WITHHELD, GROUP_UNAVAILABLE, GROUP_NOT_PROCESSED, GROUP_OTHER)
    },
}


# --------------------------------------------------------------------------------------------------
# Request channels (第三十一条): the printed names, and the words exports use for them
# --------------------------------------------------------------------------------------------------

#: The name a trace or a clerk's note prints for each channel code of ``RequestChannel``.
CHANNEL_LABELS: Final = {
    "in_person": "当面提交",
    "post": "邮寄（需签收）",
    "post_unsigned": "平常信函（无需签收）",
    "online": "互联网渠道",
    "fax": "传真",
    "oral": "口头提出（代为填写申请）",
}
#: Other words staff and case systems use for a channel (matched after ``_text.normalise_label``).
CHANNEL_ALIASES: Final = {
    "in_person": ("当面", "当面提交", "现场", "现场提交", "窗口"),
    "post": ("邮寄", "信函", "邮政", "快递", "挂号信"),
    "post_unsigned": ("平常信函", "平信"),
    "online": ("网上", "网络", "互联网", "在线", "网上申请", "电子邮件", "邮箱", "email"),
    "fax": ("传真",),
    "oral": ("口头",),
}


def format_source(report_format: Literal["2021", "2019"]) -> str:
    """The document that sets a standard format."""
    return FORMAT_2021_SOURCE if report_format == "2021" else FORMAT_2019_SOURCE


# --------------------------------------------------------------------------------------------------
# Table 四
# --------------------------------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class Table4Group:
    """A five-column group of table 四."""

    code: str
    label: str
    parent_label: str | None  # 行政诉讼 for the two litigation groups


TABLE4_GROUPS: Final = (
    Table4Group("administrative_review", "行政复议", None),
    Table4Group("litigation_without_review", "未经复议直接起诉", "行政诉讼"),
    Table4Group("litigation_after_review", "复议后起诉", "行政诉讼"),
)
TABLE4_RESULT_COLUMNS: Final = (
    ("upheld", "结果维持"),
    ("corrected", "结果纠正"),
    ("other", "其他结果"),
    ("pending", "尚未审结"),
    ("total", "总计"),
)


# --------------------------------------------------------------------------------------------------
# Report fields by the labels clerks see (workbook 报告信息 sheet, rendered report)
# --------------------------------------------------------------------------------------------------

#: The label of each report field outside the tables, by its path in the report model: the 报告信息 sheet of
#: the workbook prints these, and errors about a report name the field by them. Sections 一、五、六 are named
#: by their headings (``SECTION_HEADINGS``), the overview's parts by ``OVERVIEW_SUBHEADINGS``.
REPORT_FIELD_LABELS: Final[dict[tuple[str, ...], str]] = {
    ("report_format",): "报告格式",
    ("agency",): "机关",
    ("agency", "name"): "机关名称",
    ("agency", "level"): "机关层级",
    ("agency", "region_code"): "行政区划代码",
    ("year",): "报告年度",
    ("title",): "报告标题",
    ("publication",): "发布信息",
    ("publication", "published_on"): "发布日期",
    ("publication", "website"): "报告网址",
    ("publication", "contact_office"): "联系机构",
    ("publication", "address"): "联系地址",
    ("publication", "postcode"): "邮编",
    ("publication", "phone"): "联系电话",
    ("publication", "email"): "电子邮箱",
    ("preamble",): "前言",
}
#: The report model's field holding each section's content (a table for 二、三、四), by section code.
SECTION_FIELDS: Final = {
    "overview": "overview",
    "proactive_disclosure": "proactive_disclosure",
    "requests": "requests",
    "review_litigation": "review_litigation",
    "problems": "problems_and_improvements",
    "other_matters": "other_matters",
}
#: The name of each table, by the report model's field that holds it.
TABLE_NAMES: Final = {"proactive_disclosure": "表二", "requests": "表三", "review_litigation": "表四"}
# The breakdowns of a legacy (pre-2019) report's proactive disclosure, by the figure group that holds them, as a
# finding names them (a legacy report has no numbered tables).
LEGACY_BREAKDOWN_NAMES: Final = {
    "category": "按内容分类",
    "channel": "按公开渠道",
    "timeliness": "公开的及时性",
}
# A legacy report has no table heads to take its labels from, so its two recurring names live here with its
# breakdowns': the label its year's proactive total is read under (whichever wording stated it), and the base a
# share is "of" when the report does not name one (a legacy share is of all information published).
LEGACY_PROACTIVE_TOTAL_LABEL: Final = "主动公开信息总数"
LEGACY_SHARE_OF_ALL: Final = "全部公开信息"


def section_label(code: str) -> str:
    """A section's heading as printed, by its code: ``problems`` → ``五、存在的主要问题及改进情况``."""
    return next(heading.label for heading in SECTION_HEADINGS if heading.code == code)


def table3_row_label(row: Table3Row) -> str:
    """A table 三 row with the merged labels it sits under, e.g. ``三、本年度办理结果（三）不予公开1.属于国家秘密``."""
    if row.kind in {RowKind.NEW, RowKind.CARRIED_OVER, RowKind.CARRIED_FORWARD}:
        return row.label
    group = row.group.label if row.group is not None else ""
    return f"{GROUP_RESULTS.label}{group}{row.label}"


def _under(parent: str | None, label: str) -> str:
    """A column label under its merged header, ``法人或其他组织·商业企业``."""
    return f"{parent}·{label}" if parent else label


def _table2_label(row_field: str, column: str | None, report_format: Literal["2021", "2019"]) -> str | None:
    cells = table2_cells(report_format)
    row = next((spec.row_label for spec in cells if spec.field_path[0] == row_field), None)
    if row is None or column is None:
        return f"表二“{row}”行" if row is not None else None
    # A field of the row's model that the format has no cell for in this row (the 2019 fee row's 处理决定数量) is
    # named by the column that field fills in the other rows.
    label = next((spec.column_label for spec in cells if spec.field_path == (row_field, column)), None)
    label = label or next((spec.column_label for spec in cells if spec.field_path[1] == column), None)
    return f"表二“{row}”行“{label}”列" if label is not None else None


def _table3_label(
    row_code: str, column_code: str | None, report_format: Literal["2021", "2019"]
) -> str | None:
    spec = next((spec for spec in table3_rows(report_format) if spec.code == row_code), None)
    if spec is None or column_code is None:
        return f"表三“{table3_row_label(spec)}”行" if spec is not None else None
    column = next((column for column in TABLE3_COLUMNS if column.code == column_code), None)
    if column is None:
        return None
    return f"表三“{table3_row_label(spec)}”行“{_under(column.parent_label, column.label)}”列"


def _table4_label(group_code: str, result_code: str | None, _format: Literal["2021", "2019"]) -> str | None:
    group = next((group for group in TABLE4_GROUPS if group.code == group_code), None)
    result = dict(TABLE4_RESULT_COLUMNS).get(result_code) if result_code is not None else ""
    if group is None or result is None:
        return None
    return f"表四“{_under(group.parent_label, group.label)}{'·' if result else ''}{result}”"


# How a row or cell of each table is named, by the report model's field holding the table.
_TABLE_LABELLERS: Final = {
    "proactive_disclosure": _table2_label,
    "requests": _table3_label,
    "review_litigation": _table4_label,
}


def _section_field_label(parts: tuple[str, ...], report_format: Literal["2021", "2019"]) -> str | None:
    """A section's field (五、六, the overview's parts) or a table, its row or its cell."""
    if parts[0] == "overview":
        overview = section_label("overview")
        heading = "" if parts[1:] in {(), ("text",)} else dict(OVERVIEW_SUBHEADINGS).get(parts[1])
        return f"“{overview}{heading}”" if heading is not None and not parts[2:] else None
    section = next((code for code, field in SECTION_FIELDS.items() if field == parts[0]), None)
    if section is None:
        return None
    if len(parts) == 1:
        table = f"（{TABLE_NAMES[parts[0]]}）" if parts[0] in TABLE_NAMES else ""
        return f"“{section_label(section)}”{table}"
    labeller = _TABLE_LABELLERS.get(parts[0])
    if labeller is None or parts[3:]:  # table, row, column: nothing deeper is a cell
        return None
    return labeller(parts[1], parts[2] if parts[2:] else None, report_format)


def report_field_label(
    path: tuple[str | int, ...], report_format: Literal["2021", "2019", "legacy"]
) -> str | None:
    """How a clerk names the report field at ``path`` (a model field path), or ``None`` for a path not known.

    A table cell is named by its table, row and column as the format prints them (``表二“规章”行“本年制发件数”列``,
    ``表三“三、本年度办理结果（一）予以公开”行“自然人”列``, ``表四“行政复议·结果纠正”``); a field outside the
    tables by its label (``“报告年度”``, ``“五、存在的主要问题及改进情况”``).
    """
    parts = tuple(str(part) for part in path)
    label = REPORT_FIELD_LABELS.get(parts)
    if label is not None:
        return f"“{label}”"
    if not parts or report_format == "legacy":
        return None
    return _section_field_label(parts, report_format)
