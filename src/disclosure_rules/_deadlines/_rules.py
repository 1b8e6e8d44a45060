"""Rule sets: the national tables plus what a locality adds or tightens, built in code or parsed from JSON/TOML.

A rule set never loosens a limit the regulation fixes for the agency (答复期限, 延长期限, 补正告知): it may shorten
them, add limits of its own (the seed's 30 working days for delivery to public reading points), and give
annual-report dates for levels that Art. 49 does not name. Every answer names the rule set it used.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any, Final, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from disclosure_rules._deadlines._errors import RuleSetError
from disclosure_rules._deadlines._tables import (
    READING_POINT_DELIVERY,
    REGIME_TABLES,
    Regime,
    RegimeTable,
    TimeLimit,
)
from disclosure_rules._models import AgencyLevel
from disclosure_rules._parsing import ParseError, load_structured, validation_summary, validation_summary_zh
from disclosure_rules._sources import (
    FEE_MEASURES_NUMBER,
    FIRST_REPORT_YEAR,
    FIRST_YEAR_OF_2019_REGULATION_REPORTS,
    FIRST_YEAR_OF_2021_FORMAT,
    FORMAT_2019_NUMBER,
    FORMAT_2021_NUMBER,
    REGULATION_2007_TITLE,
    REGULATION_2019_TITLE,
)

__all__ = ["NATIONAL_RULES", "LocalLimit", "ReportDate", "RuleSet", "example_local_rules"]

NATIONAL_NAME: Final = "national"


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class LocalLimit(_Frozen):
    """A limit a rule set adds or tightens, for one or both regimes (both by default)."""

    limit: TimeLimit
    regimes: tuple[Regime, ...] = (Regime.R2019, Regime.R2007)


class ReportDate(_Frozen):
    """A calendar date by which an agency of one level submits or publishes its annual report.

    ``basis`` says where the date comes from: ``regulation`` (第四十九条, or 2007 第三十一条), ``notice`` (a national
    notice such as 国办公开办函〔2021〕30号) or ``configuration`` (the rule set).
    """

    level: AgencyLevel
    regime: Regime
    month: int = Field(ge=1, le=12)
    day: int = Field(ge=1, le=31)
    duty: str = Field(min_length=1)
    article: str = Field(min_length=1)
    source: str = Field(min_length=1)
    basis: Literal["regulation", "notice", "configuration"] = "configuration"
    primary: bool = Field(default=True, description="The level's own deadline (True) or a step of the chain.")
    first_report_year: int | None = None
    last_report_year: int | None = None

    @model_validator(mode="after")
    def _real_day(self) -> Self:
        try:
            dt.date(2000, self.month, self.day)  # a leap year accepts every real month/day
        except ValueError:
            raise ValueError(f"{self.month}月{self.day}日 is not a day of the year") from None
        return self

    def applies_to(self, level: AgencyLevel, report_year: int, regime: Regime) -> bool:
        """Whether this date governs ``level``'s report on ``report_year`` under ``regime``."""
        return (
            self.level == level
            and self.regime is regime
            and (self.first_report_year is None or report_year >= self.first_report_year)
            and (self.last_report_year is None or report_year <= self.last_report_year)
        )

    def on(self, report_year: int) -> dt.date:
        """The date in the year after ``report_year`` (reports cover the previous calendar year)."""
        return dt.date(report_year + 1, self.month, self.day)


class RuleSet(_Frozen):
    """The time limits one agency works under: the national tables, then local additions and tightenings.

    ``count_receipt_day`` (default False): by the civil-law rule (《民法典》第二百零一条; earlier 《民法总则》第二百零一条,
    《民法通则》第一百五十四条) the day of receipt is not counted and counting starts the next day; set True only where a
    local rule says otherwise. ``rest_day_receipt`` (default ``"next_working_day"``): a request received on a rest
    day counts as received on the next working day (practice; a 2017 court decision on a Sunday e-mail request);
    ``"as_received"`` keeps the rest day as the receipt day (the first working day after it is then day 1). ``fee_payment_pauses`` (default True):
    the national fee measures do not say whether the time from fee notice to payment counts in the reply
    period; local rules say it does not, so by default it pauses, and the trace says so.
    """

    name: str = Field(min_length=1)
    description: str = ""
    extends: str | None = None
    local_limits: tuple[LocalLimit, ...] = ()
    report_dates: tuple[ReportDate, ...] = ()
    count_receipt_day: bool = False
    fee_payment_pauses: bool = True
    rest_day_receipt: Literal["next_working_day", "as_received"] = "next_working_day"

    @model_validator(mode="after")
    def _never_loosens(self) -> Self:
        for local in self.local_limits:
            for regime in local.regimes:
                national = REGIME_TABLES[regime].limit(local.limit.name)
                _check_change(national, local.limit, regime, self.name)
        return self

    # -- lookup -----------------------------------------------------------------------------------------

    def __repr__(self) -> str:
        """Short, so that ``help()`` of a function defaulting to ``NATIONAL_RULES`` stays readable."""
        return f"RuleSet(name={self.name!r}, …)"

    def table(self, regime: Regime) -> RegimeTable:
        """The national table of ``regime`` with this rule set's limits laid over it."""
        national = REGIME_TABLES[regime]
        overrides = {local.limit.name: local.limit for local in self.local_limits if regime in local.regimes}
        if not overrides:
            return national
        merged = [overrides.pop(item.name, item) for item in national.limits]
        merged.extend(overrides.values())
        return national.model_copy(update={"limits": tuple(merged)})

    def limit(self, regime: Regime, name: str) -> TimeLimit:
        """The limit called ``name`` under ``regime``; ``rules.unknown_limit`` when there is none."""
        found = self.table(regime).limit(name)
        if found is None:
            known = ", ".join(item.name for item in self.table(regime).limits)
            raise RuleSetError(
                f"rule set {self.name!r} has no limit {name!r} under the {regime.value} regulation (known: {known})",
                code="rules.unknown_limit",
                message_zh=f"规则集“{self.name}”在{regime.value}年条例下没有名为 {name} 的期限（已有：{known}）",
            )
        return found

    # -- building ---------------------------------------------------------------------------------------

    @classmethod
    def national(cls) -> RuleSet:
        """The national rules alone: the two regulations, Art. 49 and the 30号 reporting chain."""
        return NATIONAL_RULES

    def extend(  # noqa: PLR0913 - keyword-only options of one builder call
        self,
        name: str,
        *,
        description: str = "",
        limits: Iterable[TimeLimit | LocalLimit] = (),
        report_dates: Iterable[ReportDate] = (),
        count_receipt_day: bool | None = None,
        fee_payment_pauses: bool | None = None,
        rest_day_receipt: Literal["next_working_day", "as_received"] | None = None,
    ) -> RuleSet:
        """A new rule set called ``name`` that adds or tightens ``limits`` (both regimes unless a LocalLimit says)."""
        added = tuple(item if isinstance(item, LocalLimit) else LocalLimit(limit=item) for item in limits)
        try:
            return RuleSet(
                name=name,
                description=description,
                extends=self.name,
                local_limits=(*self.local_limits, *added),
                report_dates=(*self.report_dates, *report_dates),
                count_receipt_day=self.count_receipt_day if count_receipt_day is None else count_receipt_day,
                fee_payment_pauses=self.fee_payment_pauses
                if fee_payment_pauses is None
                else fee_payment_pauses,
                rest_day_receipt=self.rest_day_receipt if rest_day_receipt is None else rest_day_receipt,
            )
        except ValidationError as exc:
            raise _rule_set_error(exc, name) from None

    @classmethod
    def from_mapping(cls, data: Mapping[str, Any]) -> RuleSet:
        """Build a rule set from plain data (a parsed JSON or TOML document); it extends the national rules.

        Shape: ``name``, optional ``description``, ``count_receipt_day``, ``fee_payment_pauses``,
        ``rest_day_receipt`` (``"next_working_day"`` or ``"as_received"``), a list
        ``limits`` of {``name``, ``working_days``, ``article``, ``source``, ``label``, ``starts``, optional
        ``regimes`` (["2019", "2007"])} and a list ``report_dates`` of ReportDate fields.
        """
        if not isinstance(data, Mapping):
            raise RuleSetError(
                "a rule set must be a table/object at the top level",
                code="rules.malformed",
                message_zh="规则集文件的顶层必须是一个表（TOML）或对象（JSON）",
            )
        name = data.get("name")
        if not isinstance(name, str) or not name:
            raise RuleSetError(
                "a rule set needs a non-empty 'name'",
                code="rules.malformed",
                message_zh="规则集缺少名称（name），请填写",
            )
        extends = data.get("extends", NATIONAL_NAME)
        if extends != NATIONAL_NAME:
            raise RuleSetError(
                f"rule set {name!r}: 'extends' must be {NATIONAL_NAME!r} (got {extends!r})",
                code="rules.malformed",
                message_zh=f"规则集“{name}”：继承项（extends）只能是“{NATIONAL_NAME}”，现为“{extends}”",
            )
        unknown = set(data) - {
            "name",
            "description",
            "extends",
            "limits",
            "report_dates",
            "count_receipt_day",
            "fee_payment_pauses",
            "rest_day_receipt",
        }
        if unknown:
            raise RuleSetError(
                f"rule set {name!r}: unknown key(s) {', '.join(sorted(unknown))}",
                code="rules.malformed",
                message_zh=f"规则集“{name}”：有无法识别的键 {'、'.join(sorted(unknown))}",
            )
        try:
            limits = tuple(_local_limit(entry) for entry in data.get("limits", ()))
            report_dates = tuple(ReportDate.model_validate(entry) for entry in data.get("report_dates", ()))
        except ValidationError as exc:
            raise _rule_set_error(exc, name) from None
        except (TypeError, AttributeError):
            raise RuleSetError(
                f"rule set {name!r}: 'limits' and 'report_dates' must be lists of tables",
                code="rules.malformed",
                message_zh=f"规则集“{name}”：期限（limits）和报告日期（report_dates）都必须是由表组成的列表",
            ) from None
        flags = {key: data[key] for key in ("count_receipt_day", "fee_payment_pauses") if key in data}
        for key, value in flags.items():
            if not isinstance(value, bool):
                raise RuleSetError(
                    f"rule set {name!r}: {key!r} must be true or false",
                    code="rules.malformed",
                    message_zh=f"规则集“{name}”：{_FLAG_WORDS_ZH[key]}（{key}）只能填 true 或 false",
                )
        reading = data.get("rest_day_receipt")
        if reading is not None and reading not in {"next_working_day", "as_received"}:
            raise RuleSetError(
                f'rule set {name!r}: \'rest_day_receipt\' must be "next_working_day" or "as_received"',
                code="rules.malformed",
                message_zh=f"规则集“{name}”：休息日收到申请的计算方式（rest_day_receipt）只能填 next_working_day 或 as_received",
            )
        return NATIONAL_RULES.extend(
            name,
            description=str(data.get("description", "")),
            limits=limits,
            report_dates=report_dates,
            count_receipt_day=flags.get("count_receipt_day"),
            fee_payment_pauses=flags.get("fee_payment_pauses"),
            rest_day_receipt=reading,
        )

    @classmethod
    def from_json(cls, text: str) -> RuleSet:
        """Parse a rule set from JSON text (see :meth:`from_mapping` for the shape)."""
        return cls._from_text(text, "json")

    @classmethod
    def from_toml(cls, text: str) -> RuleSet:
        """Parse a rule set from TOML text (see :meth:`from_mapping` for the shape)."""
        return cls._from_text(text, "toml")

    @classmethod
    def _from_text(cls, text: str, syntax: Literal["json", "toml"]) -> RuleSet:
        try:
            data = load_structured(text, syntax)
        except ParseError as exc:
            raise RuleSetError(
                f"rule set is {exc}", code="rules.malformed", message_zh=f"规则集文件：{exc.message_zh}"
            ) from None
        return cls.from_mapping(data)


def _local_limit(entry: Any) -> LocalLimit:  # noqa: ANN401 - parsed JSON/TOML, validated here
    fields = dict(entry)
    regimes = fields.pop("regimes", None)
    limit = TimeLimit.model_validate(fields)
    if regimes is None:
        return LocalLimit(limit=limit)
    return LocalLimit.model_validate({"limit": limit, "regimes": regimes})


def _check_change(national: TimeLimit | None, local: TimeLimit, regime: Regime, rule_set: str) -> None:
    if national is None or national.local_change == "any":
        return
    if national.local_change == "fixed" and local.working_days != national.working_days:
        raise RuleSetError(
            f"rule set {rule_set!r} changes {local.name!r} ({regime.value}) from {national.working_days} to "
            f"{local.working_days} working days; {national.citation} grants that period to another party "
            "and a local rule cannot change it",
            code="rules.changes_fixed_limit",
            message_zh=f"规则集“{rule_set}”把{regime.value}年条例下的{local.label}（{local.name}）由{national.working_days}个"
            f"工作日改为{local.working_days}个工作日；{national.citation}给予对方的期间，地方规则不得改变",
        )
    if local.working_days > national.working_days:
        raise RuleSetError(
            f"rule set {rule_set!r} loosens {local.name!r} ({regime.value}) from {national.working_days} to "
            f"{local.working_days} working days; {national.citation} is a maximum that local rules may only "
            "shorten",
            code="rules.loosens_statutory_limit",
            message_zh=f"规则集“{rule_set}”把{regime.value}年条例下的{local.label}（{local.name}）由{national.working_days}个"
            f"工作日延长为{local.working_days}个工作日；{national.citation}是上限，地方规则只能缩短",
        )


def _rule_set_error(exc: ValidationError, name: str) -> RuleSetError:
    return RuleSetError(
        f"rule set {name!r}: {validation_summary(exc, count=False)}",
        code="rules.malformed",
        message_zh=f"规则集“{name}”：{validation_summary_zh(exc, count=False)}",
    )


# The rule-set flags, in the words of an error message.
_FLAG_WORDS_ZH: Final = {
    "count_receipt_day": "收到申请之日是否计入期限",
    "fee_payment_pauses": "缴费期间是否暂停计时",
}


# --------------------------------------------------------------------------------------------------
# National annual-report dates (第四十九条; 2007: 第三十一条; chain: 国办公开办函〔2021〕30号, domain notes §10)
# --------------------------------------------------------------------------------------------------

# Reports on 2008-2018 were due under the 2007 text; the report on 2019 was the first under Art. 49.
_LAST_2007_REPORT_YEAR: Final = FIRST_YEAR_OF_2019_REGULATION_REPORTS - 1


def _art49(level: AgencyLevel, month: int, day: int, duty: str, article: str) -> ReportDate:
    return ReportDate(
        level=level,
        regime=Regime.R2019,
        month=month,
        day=day,
        duty=duty,
        article=article,
        source=REGULATION_2019_TITLE,
        basis="regulation",
        first_report_year=FIRST_YEAR_OF_2019_REGULATION_REPORTS,
    )


def _chain(level: AgencyLevel, month: int, day: int, duty: str, *, primary: bool) -> ReportDate:
    return ReportDate(
        level=level,
        regime=Regime.R2019,
        month=month,
        day=day,
        duty=duty,
        article="报告报送和公开要求",
        source=FORMAT_2021_NUMBER,
        basis="notice",
        primary=primary,
        # The 30号 chain is fixed for the reports on 2021 onwards (the first reports in the 2021 format).
        first_report_year=FIRST_YEAR_OF_2021_FORMAT,
    )


_DEPARTMENT_DUTY = "向本级政府信息公开工作主管部门提交并向社会公布本部门上一年度报告"
_GOVERNMENT_DUTY = "向社会公布本级政府上一年度报告"
_NATIONAL_REPORT_DATES: Final = (
    _art49(AgencyLevel.STATE_COUNCIL_DEPARTMENT, 1, 31, _DEPARTMENT_DUTY, "第四十九条第一款"),
    _art49(AgencyLevel.GOVERNMENT_DEPARTMENT, 1, 31, _DEPARTMENT_DUTY, "第四十九条第一款"),
    _art49(AgencyLevel.PROVINCIAL_GOVERNMENT, 3, 31, _GOVERNMENT_DUTY, "第四十九条第二款"),
    _art49(AgencyLevel.CITY_GOVERNMENT, 3, 31, _GOVERNMENT_DUTY, "第四十九条第二款"),
    _art49(AgencyLevel.COUNTY_GOVERNMENT, 3, 31, _GOVERNMENT_DUTY, "第四十九条第二款"),
    # Art. 49 does not name townships; the 30号 notice has them report like departments (by 31 January).
    # Sub-district offices (街道办事处) are not mentioned anywhere: the combined level inherits the township date.
    # Reports on 2019 and 2020 by townships: 国办公开办函〔2019〕60号 (一、抓紧部署) tells every agency that its
    # statutory report date is two months earlier than before ("各行政机关法定报告时限比以往提前了两个月"): the
    # 2007 text's 31 March (第三十一条, which bound townships too) becomes 31 January, the date 第四十九条第一款 gives
    # departments and that 国办公开办函〔2021〕30号 later wrote down for townships.
    ReportDate(
        level=AgencyLevel.TOWNSHIP,
        regime=Regime.R2019,
        month=1,
        day=31,
        duty="向社会公布本机关上一年度报告（2019年格式，试行）",
        article="一、抓紧部署",
        source=FORMAT_2019_NUMBER,
        basis="notice",
        first_report_year=FIRST_YEAR_OF_2019_REGULATION_REPORTS,
        last_report_year=FIRST_YEAR_OF_2021_FORMAT - 1,
    ),
    _chain(
        AgencyLevel.TOWNSHIP,
        1,
        31,
        "向县级政府信息公开工作主管部门报送并向社会公布本机关上一年度报告",
        primary=True,
    ),
    _chain(
        AgencyLevel.COUNTY_GOVERNMENT,
        2,
        20,
        "汇总本级政府部门和乡镇（街道）年度报告，报送上级并向社会公布",
        primary=False,
    ),
    _chain(AgencyLevel.CITY_GOVERNMENT, 3, 10, "汇总辖区年度报告，报送上级并向社会公布", primary=False),
    _chain(AgencyLevel.PROVINCIAL_GOVERNMENT, 3, 31, "汇总全省年度报告并向社会公布", primary=False),
    # Under 2007 Art. 31 every administrative agency published by 31 March; there was no 31 January date.
    *(
        ReportDate(
            level=level,
            regime=Regime.R2007,
            month=3,
            day=31,
            duty="向社会公布本机关上一年度报告",
            article="第三十一条",
            source=REGULATION_2007_TITLE,
            basis="regulation",
            first_report_year=FIRST_REPORT_YEAR,
            last_report_year=_LAST_2007_REPORT_YEAR,
        )
        for level in AgencyLevel
    ),
)

NATIONAL_RULES: Final = RuleSet(
    name=NATIONAL_NAME,
    description=f"全国统一规则：2019年修订条例、2007年条例、{FEE_MEASURES_NUMBER}、{FORMAT_2021_NUMBER}",
    report_dates=_NATIONAL_REPORT_DATES,
)


def example_local_rules() -> RuleSet:
    """The seed's local practice as a rule set: documents reach the public reading points in 30 working days.

    The 2017 township report (湾龙镇, the repository's seed) measures "从生成向公共查阅点报送不超过30个工作日"; the
    rule that sets it is local, so the article is the local practice it was reported under.
    """
    return NATIONAL_RULES.extend(
        "湾龙镇示例（公共查阅点30个工作日）",
        description="示例地方规则：政府信息自生成之日起30个工作日内报送公共查阅点",
        limits=(
            TimeLimit(
                name=READING_POINT_DELIVERY,
                working_days=30,
                article="公共查阅点报送时限",
                source="地方工作规则（示例，据湾龙镇2017年政务公开工作情况汇报）",
                label="报送公共查阅点期限",
                starts="自该政府信息生成之日起",
                local_change="any",
            ),
        ),
    )
