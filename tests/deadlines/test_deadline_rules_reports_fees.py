"""Rule tables, rule sets from JSON/TOML, annual-report dates (第四十九条) and the fee examples of the domain notes."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from disclosure_rules._calendar import WorkingDayCalendar
from disclosure_rules._deadlines import (
    NATIONAL_RULES,
    REGULATION_2007,
    REGULATION_2019,
    DeadlineError,
    FeeMethod,
    Regime,
    ReportDate,
    RuleSet,
    RuleSetError,
    clerk_note,
    example_local_rules,
    proactive_deadline,
    processing_fee,
    report_deadline,
)
from disclosure_rules._models import AgencyLevel
from disclosure_rules._records import ProactiveItem
from disclosure_rules._sources import FEE_PAYMENT_PROVISION

CAL = WorkingDayCalendar.china()


class TestTables:
    """Each limit is a named record with its article (第三十三条, 第二十四条 …), never a bare number."""

    def test_2019_limits(self) -> None:
        got = {item.name: (item.working_days, item.article) for item in REGULATION_2019.limits}
        assert got == {
            "proactive": (20, "第二十六条"),
            "reply": (20, "第三十三条第二款"),
            "extension": (20, "第三十三条第二款"),
            "correction_notice": (7, "第三十条"),
            "third_party_consultation": (15, "第三十二条"),
            "agency_consultation": (15, "第三十四条"),
            "fee_payment": (20, FEE_PAYMENT_PROVISION),
        }
        assert "20个工作日内缴纳费用" in FEE_PAYMENT_PROVISION
        assert "待核" not in FEE_PAYMENT_PROVISION

    def test_2007_limits(self) -> None:
        got = {item.name: (item.working_days, item.article) for item in REGULATION_2007.limits}
        assert got == {
            "proactive": (20, "第十八条"),
            "reply": (15, "第二十四条第二款"),
            "extension": (15, "第二十四条第二款"),
        }
        assert [pause.name for pause in REGULATION_2007.pauses] == ["third_party_consultation"]

    def test_limits_are_frozen(self) -> None:
        with pytest.raises(ValueError, match="frozen"):
            REGULATION_2019.limits[0].working_days = 30  # type: ignore[misc]


class TestRuleSetFiles:
    """Local rule sets extend or tighten the national table as data and name themselves in every answer."""

    TOML = """
name = "某市规则"
description = "示例"
count_receipt_day = false
[[limits]]
name = "reply"
working_days = 15
article = "第十二条"
source = "《某市政府信息公开规定》"
label = "答复期限"
starts = "自收到申请之日起"
regimes = ["2019"]
[[limits]]
name = "reading_point_delivery"
working_days = 30
article = "第八条"
source = "《某市政府信息公开规定》"
label = "报送公共查阅点期限"
starts = "自该政府信息形成之日起"
local_change = "any"
[[report_dates]]
level = "其他"
regime = "2019"
month = 2
day = 15
duty = "报送本级政府信息公开工作主管部门"
article = "第二十条"
source = "《某市政府信息公开规定》"
"""

    def test_toml(self) -> None:
        rules = RuleSet.from_toml(self.TOML)
        assert rules.name == "某市规则"
        assert rules.extends == "national"
        assert rules.limit(Regime.R2019, "reply").working_days == 15
        assert rules.limit(Regime.R2007, "reply").working_days == 15  # the 2007 national limit is untouched
        assert rules.limit(Regime.R2007, "reading_point_delivery").working_days == 30
        report = report_deadline(AgencyLevel.OTHER, 2023, rules=rules)
        assert (report.deadline, report.basis) == (dt.date(2024, 2, 15), "configuration")

    def test_json_round_trip_of_the_same_data(self) -> None:
        import tomllib  # noqa: PLC0415 - only this test converts between the two formats

        data = tomllib.loads(self.TOML)
        assert RuleSet.from_json(json.dumps(data, ensure_ascii=False)) == RuleSet.from_toml(self.TOML)

    @pytest.mark.parametrize(
        ("text", "code"),
        [
            ("{", "rules.malformed"),
            ("[]", "rules.malformed"),
            ('{"description": "x"}', "rules.malformed"),
            ('{"name": "x", "extends": "guangdong"}', "rules.malformed"),
            ('{"name": "x", "bogus": 1}', "rules.malformed"),
            ('{"name": "x", "count_receipt_day": "yes"}', "rules.malformed"),
            ('{"name": "x", "limits": [{"name": "reply"}]}', "rules.malformed"),
            ('{"name": "x", "limits": 3}', "rules.malformed"),
            (
                (
                    '{"name": "x", "limits": [{"name": "reply", "working_days": 25, "article": "a", "source": "s",'
                    ' "label": "l", "starts": "s"}]}'
                ),
                "rules.loosens_statutory_limit",
            ),
            (
                (
                    '{"name": "x", "limits": [{"name": "third_party_consultation", "working_days": 10, "article": "a",'
                    ' "source": "s", "label": "l", "starts": "s"}]}'
                ),
                "rules.changes_fixed_limit",
            ),
        ],
    )
    def test_bad_files(self, text: str, code: str) -> None:
        with pytest.raises(RuleSetError) as caught:
            RuleSet.from_json(text)
        assert caught.value.code == code

    def test_bad_toml(self) -> None:
        with pytest.raises(RuleSetError) as caught:
            RuleSet.from_toml("name = ")
        assert caught.value.code == "rules.malformed"

    def test_seed_reading_point_rule(self) -> None:
        """The seed's local 30-working-day limit for delivery to public reading points, as a rule set."""
        rules = example_local_rules()
        item = ProactiveItem(id="S", title="t", formed=dt.date(2017, 1, 20), published=dt.date(2017, 3, 9))
        result = proactive_deadline(item, calendar=CAL, rules=rules, limit="reading_point_delivery")
        assert result.deadline == dt.date(2017, 3, 8)
        assert result.working_days_late == 1
        assert result.rule_set == rules.name
        with pytest.raises(RuleSetError) as caught:
            proactive_deadline(item, calendar=CAL, limit="reading_point_delivery")
        assert caught.value.code == "rules.unknown_limit"


class TestReportDeadline:
    """第四十九条: departments by 31 January, governments by 31 March; 2007 第三十一条: all by 31 March."""

    @pytest.mark.parametrize(
        ("level", "year", "expected", "basis", "article"),
        [
            (
                AgencyLevel.STATE_COUNCIL_DEPARTMENT,
                2023,
                dt.date(2024, 1, 31),
                "regulation",
                "第四十九条第一款",
            ),
            (AgencyLevel.GOVERNMENT_DEPARTMENT, 2019, dt.date(2020, 1, 31), "regulation", "第四十九条第一款"),
            (AgencyLevel.PROVINCIAL_GOVERNMENT, 2023, dt.date(2024, 3, 31), "regulation", "第四十九条第二款"),
            (AgencyLevel.CITY_GOVERNMENT, 2023, dt.date(2024, 3, 31), "regulation", "第四十九条第二款"),
            (AgencyLevel.COUNTY_GOVERNMENT, 2021, dt.date(2022, 3, 31), "regulation", "第四十九条第二款"),
            (AgencyLevel.TOWNSHIP, 2021, dt.date(2022, 1, 31), "notice", "报告报送和公开要求"),
            (AgencyLevel.GOVERNMENT_DEPARTMENT, 2018, dt.date(2019, 3, 31), "regulation", "第三十一条"),
            (AgencyLevel.TOWNSHIP, 2010, dt.date(2011, 3, 31), "regulation", "第三十一条"),
            (AgencyLevel.OTHER, 2008, dt.date(2009, 3, 31), "regulation", "第三十一条"),
        ],
    )
    def test_levels(self, level: AgencyLevel, year: int, expected: dt.date, basis: str, article: str) -> None:
        result = report_deadline(level, year)
        assert (result.deadline, result.basis, result.article) == (expected, basis, article)
        assert result.regime is (Regime.R2019 if year >= 2019 else Regime.R2007)

    def test_county_chain_includes_the_20_february_compilation(self) -> None:
        result = report_deadline("县级政府", 2023)
        assert [(step.deadline, step.basis) for step in result.chain] == [(dt.date(2024, 2, 20), "notice")]
        assert "2024年2月20日" in clerk_note(result)

    @given(
        st.sampled_from([level for level in AgencyLevel if level is not AgencyLevel.OTHER]),
        st.integers(min_value=2008, max_value=2030),
    )
    def test_note_is_headed_by_the_reports_name(self, level: AgencyLevel, year: int) -> None:
        """The clerk's note on a report deadline opens with the report's statutory name, the same words every year."""
        note = clerk_note(report_deadline(level, year))
        assert note.splitlines()[0] == "政府信息公开工作年度报告期限"

    def test_unnamed_levels_need_configuration(self) -> None:
        with pytest.raises(DeadlineError) as caught:
            report_deadline(AgencyLevel.OTHER, 2023)
        assert caught.value.code == "deadline.report_level_unconfigured"

    @pytest.mark.parametrize("year", [2019, 2020])
    def test_townships_2019_2020_follow_notice_60(self, year: int) -> None:
        """国办公开办函〔2019〕60号 一、抓紧部署: statutory report dates two months earlier than before (2007 第三十一条:
        31 March), so 31 January for townships before the 30号 chain wrote that date down (reports on 2021 on)."""
        result = report_deadline(AgencyLevel.TOWNSHIP, year)
        assert (result.deadline, result.basis, result.source) == (
            dt.date(year + 1, 1, 31),
            "notice",
            "国办公开办函〔2019〕60号",
        )
        assert result.note is not None
        assert "提前两个月" in result.note
        assert report_deadline(AgencyLevel.TOWNSHIP, 2021).source == "国办公开办函〔2021〕30号"

    def test_configuration_may_only_bring_a_statutory_date_forward(self) -> None:
        def date_for(month: int, day: int) -> RuleSet:
            return NATIONAL_RULES.extend(
                "local",
                report_dates=[
                    ReportDate(
                        level=AgencyLevel.COUNTY_GOVERNMENT,
                        regime=Regime.R2019,
                        month=month,
                        day=day,
                        duty="公布",
                        article="第一条",
                        source="《某县规定》",
                    )
                ],
            )

        earlier = report_deadline(AgencyLevel.COUNTY_GOVERNMENT, 2023, rules=date_for(3, 15))
        assert (earlier.deadline, earlier.basis, earlier.source) == (
            dt.date(2024, 3, 15),
            "configuration",
            "《某县规定》",
        )
        with pytest.raises(RuleSetError) as caught:
            report_deadline(AgencyLevel.COUNTY_GOVERNMENT, 2023, rules=date_for(4, 30))
        assert caught.value.code == "rules.loosens_statutory_limit"

    @pytest.mark.parametrize(
        ("level", "year", "code"),
        [("村委会", 2023, "deadline.unknown_level"), ("其他", 2007, "deadline.before_regulation")],
    )
    def test_bad_input(self, level: str, year: int, code: str) -> None:
        with pytest.raises(DeadlineError) as caught:
            report_deadline(level, year)
        assert caught.value.code == code

    def test_bad_report_date(self) -> None:
        with pytest.raises(ValueError, match="not a day of the year"):
            ReportDate(
                level=AgencyLevel.OTHER,
                regime=Regime.R2019,
                month=2,
                day=30,
                duty="d",
                article="a",
                source="s",
            )


class TestFeeExamples:
    """国办函〔2020〕109号 worked examples (domain notes §5.3 and the two published per-page cases)."""

    @pytest.mark.parametrize(
        ("method", "quantity", "prior", "amount"),
        [
            (FeeMethod.PER_REQUEST, 25, 0, 1500),
            (FeeMethod.PER_REQUEST, 45, 0, 5500),
            (FeeMethod.PER_REQUEST, 1, 24, 100),
            (FeeMethod.PER_REQUEST, 1, 30, 200),
            (FeeMethod.PER_REQUEST, 10, 0, 0),
            (FeeMethod.PER_VOLUME, 250, 0, 4700),
            (FeeMethod.PER_VOLUME, 2219, 0, 83460),
            (FeeMethod.PER_VOLUME, 1500, 0, 54700),
            (FeeMethod.PER_VOLUME, 30, 0, 0),
        ],
    )
    def test_examples(self, method: FeeMethod, quantity: int, prior: int, amount: int) -> None:
        assert processing_fee(method, quantity, prior_requests_this_month=prior).amount_yuan == amount

    def test_breakdown_of_45_requests(self) -> None:
        result = processing_fee("per_request", 45)
        assert [(line.first, line.last, line.rate_yuan, line.subtotal_yuan) for line in result.breakdown] == [
            (1, 10, 0, 0),
            (11, 30, 100, 2000),
            (31, 40, 200, 2000),
            (41, 45, 300, 1500),
        ]
        assert (
            result.describe()
            == "第11-30件：20件×100元=2000元；第31-40件：10件×200元=2000元；第41-45件：5件×300元=1500元；合计5500元"
        )

    @pytest.mark.parametrize(
        ("call", "code"),
        [
            (lambda: processing_fee("by_weight", 3), "fee.unknown_method"),
            (lambda: processing_fee("per_volume", -1), "fee.negative_quantity"),
            (lambda: processing_fee("per_request", 1, prior_requests_this_month=-1), "fee.negative_quantity"),
            (
                lambda: processing_fee("per_volume", 40, prior_requests_this_month=3),
                "fee.prior_with_per_volume",
            ),
        ],
    )
    def test_bad_calls(self, call: object, code: str) -> None:
        with pytest.raises(DeadlineError) as caught:
            call()  # type: ignore[operator]
        assert caught.value.code == code
