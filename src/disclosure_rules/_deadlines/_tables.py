"""The statutory time limits as data: one declarative table per regulation (2019 and 2007), each limit with its article.

Article numbers and wording follow the regulation texts (2019: State Council Decree No. 711, in force 2019-05-15;
2007: Decree No. 492, in force 2008-05-01) and 国办函〔2020〕109号 for the fee payment period.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum
from typing import Final, Literal

from pydantic import BaseModel, ConfigDict, Field

from disclosure_rules._sources import (
    EXPLANATION_207,
    FEE_MEASURES_IN_FORCE,
    FEE_MEASURES_TITLE,
    FEE_PAYMENT_PROVISION,
    REGULATION_2007_IN_FORCE,
    REGULATION_2007_TITLE,
    REGULATION_2019_IN_FORCE,
    REGULATION_2019_TITLE,
)

__all__ = [
    "AGENCY_CONSULTATION",
    "CIVIL_LAW_PERIOD_RULES",
    "CORRECTION_NOTICE",
    "EXTENSION",
    "FEE_MEASURES_IN_FORCE",
    "FEE_PAYMENT",
    "PROACTIVE",
    "READING_POINT_DELIVERY",
    "REGIME_2019_FROM",
    "REGULATION_2007",
    "REGULATION_2007_IN_FORCE",
    "REGULATION_2019",
    "REPLY",
    "THIRD_PARTY_CONSULTATION",
    "CivilLawPeriodRule",
    "PauseRule",
    "ReceiptRule",
    "Regime",
    "RegimeTable",
    "TimeLimit",
    "civil_law_period_rule",
    "regime_for",
]

# The 2019 revision applies to requests received and information formed on or after this day (Decree No. 711).
REGIME_2019_FROM: Final = REGULATION_2019_IN_FORCE

# Standard limit names (a local rule set may add others).
PROACTIVE: Final = "proactive"
REPLY: Final = "reply"
EXTENSION: Final = "extension"
CORRECTION_NOTICE: Final = "correction_notice"
THIRD_PARTY_CONSULTATION: Final = "third_party_consultation"
AGENCY_CONSULTATION: Final = "agency_consultation"
FEE_PAYMENT: Final = "fee_payment"
# The seed's local limit: documents reach the public reading points within 30 working days of formation.
READING_POINT_DELIVERY: Final = "reading_point_delivery"


class Regime(StrEnum):
    """Which Regulations on Open Government Information govern a request or an item."""

    R2007 = "2007"
    R2019 = "2019"

    @property
    def regulation(self) -> str:
        """The regulation's title as cited, e.g. 《中华人民共和国政府信息公开条例》（2019年修订）."""
        return REGULATION_2019.source if self is Regime.R2019 else REGULATION_2007.source


def regime_for(day: dt.date) -> Regime:
    """The regime in force on ``day``: 2019 from 2019-05-15 (inclusive), 2007 before it."""
    return Regime.R2019 if day >= REGIME_2019_FROM else Regime.R2007


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TimeLimit(_Frozen):
    """One time limit, counted in working days, with the provision that sets it.

    ``local_change`` says what a local rule set may do with it: ``tighten`` (only shorten: a duty of the agency),
    ``any`` (laws and regulations may set other periods, 第二十六条) or ``fixed`` (a period granted to someone else,
    such as a third party's 15 working days, which local rules cannot take away).
    """

    name: str = Field(min_length=1, pattern=r"^[a-z][a-z0-9_]*$")
    working_days: int = Field(ge=0)
    article: str = Field(min_length=1, description="The provision, e.g. 第三十三条第二款.")
    source: str = Field(min_length=1, description="The document the article belongs to.")
    label: str = Field(min_length=1, description="What the limit is, in the wording a clerk uses.")
    starts: str = Field(
        min_length=1, description="The event counting starts from (the day itself not counted)."
    )
    local_change: Literal["tighten", "any", "fixed"] = "tighten"

    @property
    def citation(self) -> str:
        """Source and article together, e.g. 《…条例》（2019年修订）第三十三条第二款."""
        return f"{self.source}{self.article}"


class PauseRule(_Frozen):
    """Time the regulation says is not counted in the reply period (不计算在…期限内)."""

    name: str
    article: str
    reason: str


class ReceiptRule(_Frozen):
    """Which day counts as receipt for one channel, and whether it is a confirmation day (``confirmed``)."""

    channel: str
    needs_confirmation: bool
    source: str
    article: str
    rule: str = Field(description="The rule in the document's words, for the trace.")
    confirmed_article: str | None = Field(
        default=None, description="Where a confirmation day, when one is given, is the receipt day instead."
    )
    confirmed_rule: str | None = None

    @property
    def citation(self) -> str:
        """Source and article together."""
        return f"{self.source}{self.article}"

    def applied(self, *, confirmed: bool) -> ReceiptRule:
        """The rule that governs a request with (or without) a confirmation day."""
        if confirmed and self.confirmed_article is not None and not self.needs_confirmation:
            return self.model_copy(
                update={
                    "needs_confirmation": True,
                    "article": self.confirmed_article,
                    "rule": self.confirmed_rule or self.rule,
                    "confirmed_article": None,
                    "confirmed_rule": None,
                }
            )
        return self


class CivilLawPeriodRule(_Frozen):
    """The civil-law rule on counting periods ("开始的当天不算入") in force from ``in_force``, by date of the act.

    《民法通则》第一百五十四条 until 2017-09-30; 《民法总则》第二百零一条、第二百零三条 from 2017-10-01; 《民法典》
    第二百零一条、第二百零三条 from 2021-01-01 (the same rule in each: the first day is not counted, a period ends at
    24:00 of its last day).
    """

    in_force: dt.date
    law: str
    first_day_article: str
    end_article: str

    @property
    def first_day(self) -> str:
        """Citation of "the first day is not counted"."""
        return f"{self.law}{self.first_day_article}"

    @property
    def end(self) -> str:
        """Citation of "a period ends at 24:00 of its last day"."""
        return f"{self.law}{self.end_article}"


CIVIL_LAW_PERIOD_RULES: Final = (
    CivilLawPeriodRule(
        in_force=dt.date(1987, 1, 1),
        law="《中华人民共和国民法通则》",
        first_day_article="第一百五十四条第二款",
        end_article="第一百五十四条第四款",
    ),
    CivilLawPeriodRule(
        in_force=dt.date(2017, 10, 1),
        law="《中华人民共和国民法总则》",
        first_day_article="第二百零一条",
        end_article="第二百零三条第二款",
    ),
    CivilLawPeriodRule(
        in_force=dt.date(2021, 1, 1),
        law="《中华人民共和国民法典》",
        first_day_article="第二百零一条",
        end_article="第二百零三条第二款",
    ),
)


def civil_law_period_rule(day: dt.date) -> CivilLawPeriodRule:
    """The counting rule in force on ``day`` (the day the period starts: receipt, formation)."""
    chosen = CIVIL_LAW_PERIOD_RULES[0]
    for rule in CIVIL_LAW_PERIOD_RULES:
        if day >= rule.in_force:
            chosen = rule
    return chosen


class RegimeTable(_Frozen):
    """Every time limit of one regulation, by name."""

    regime: Regime
    source: str
    in_force: dt.date
    limits: tuple[TimeLimit, ...]
    pauses: tuple[PauseRule, ...]
    receipt_rules: tuple[ReceiptRule, ...] = Field(description="Which day counts as receipt, by channel.")
    correction_article: str
    reply_on_the_spot_article: str
    annual_report_article: str

    def limit(self, name: str) -> TimeLimit | None:
        """The limit called ``name``, or ``None`` when this regulation has none."""
        for item in self.limits:
            if item.name == name:
                return item
        return None

    def receipt_rule(self, channel: str) -> ReceiptRule:
        """The receipt rule of ``channel`` (every channel has one)."""
        for rule in self.receipt_rules:
            if rule.channel == channel:
                return rule
        raise KeyError(channel)  # pragma: no cover - each table lists every RequestChannel (tested)

    def pause(self, name: str) -> PauseRule | None:
        """The pause rule called ``name``, or ``None`` when this regulation has none."""
        for item in self.pauses:
            if item.name == name:
                return item
        return None


_SOURCE_2019: Final = REGULATION_2019_TITLE
_SOURCE_2007: Final = REGULATION_2007_TITLE

REGULATION_2019: Final = RegimeTable(
    regime=Regime.R2019,
    source=_SOURCE_2019,
    in_force=REGIME_2019_FROM,
    limits=(
        TimeLimit(
            name=PROACTIVE,
            working_days=20,
            article="第二十六条",
            source=_SOURCE_2019,
            label="主动公开期限",
            starts="自该政府信息形成或者变更之日起",
            # 第二十六条: 法律、法规对政府信息公开的期限另有规定的，从其规定.
            local_change="any",
        ),
        TimeLimit(
            name=REPLY,
            working_days=20,
            article="第三十三条第二款",
            source=_SOURCE_2019,
            label="答复期限",
            starts="自收到申请之日起",
        ),
        TimeLimit(
            name=EXTENSION,
            working_days=20,
            article="第三十三条第二款",
            source=_SOURCE_2019,
            label="延长答复期限（最长）",
            starts="经政府信息公开工作机构负责人同意并告知申请人",
        ),
        TimeLimit(
            name=CORRECTION_NOTICE,
            working_days=7,
            article="第三十条",
            source=_SOURCE_2019,
            label="一次性告知补正期限",
            starts="自收到申请之日起",
        ),
        TimeLimit(
            name=THIRD_PARTY_CONSULTATION,
            working_days=15,
            article="第三十二条",
            source=_SOURCE_2019,
            label="第三方提出意见期限",
            starts="自第三方收到征求意见书之日起",
            local_change="fixed",
        ),
        TimeLimit(
            name=AGENCY_CONSULTATION,
            working_days=15,
            article="第三十四条",
            source=_SOURCE_2019,
            label="被征求意见机关提出意见期限",
            starts="自被征求意见机关收到征求意见书之日起",
            local_change="fixed",
        ),
        TimeLimit(
            name=FEE_PAYMENT,
            working_days=20,
            article=FEE_PAYMENT_PROVISION,
            source=FEE_MEASURES_TITLE,
            label="缴纳信息处理费期限",
            starts="自申请人收到收费通知之日起（次日起算）",
            local_change="fixed",
        ),
    ),
    pauses=(
        PauseRule(
            name=THIRD_PARTY_CONSULTATION,
            article="第三十三条第三款",
            reason="征求第三方意见所需时间不计算在答复期限内",
        ),
        PauseRule(
            name=AGENCY_CONSULTATION,
            article="第三十三条第三款、第三十四条",
            reason="征求其他机关意见所需时间不计算在答复期限内",
        ),
    ),
    receipt_rules=(
        ReceiptRule(
            channel="in_person",
            needs_confirmation=False,
            source=_SOURCE_2019,
            article="第三十一条第（一）项",
            rule="当面提交的，以提交之日为收到申请之日",
        ),
        ReceiptRule(
            channel="oral",
            needs_confirmation=False,
            source=_SOURCE_2019,
            article="第二十九条、第三十一条第（一）项",
            rule="口头提出、代为填写的，按当面提交，以提出之日为收到申请之日",
        ),
        ReceiptRule(
            channel="post",
            needs_confirmation=False,
            source=_SOURCE_2019,
            article="第三十一条第（二）项",
            rule="以邮寄方式提交的，以行政机关签收之日为收到申请之日",
        ),
        ReceiptRule(
            channel="post_unsigned",
            needs_confirmation=True,
            source=_SOURCE_2019,
            article="第三十一条第（二）项",
            rule="以平常信函等无需签收的邮寄方式提交的，收到申请的当日与申请人确认，确认之日为收到申请之日",
        ),
        ReceiptRule(
            channel="online",
            needs_confirmation=True,
            source=_SOURCE_2019,
            article="第三十一条第（三）项",
            rule="通过互联网渠道提交的，以双方确认之日为收到申请之日",
        ),
        ReceiptRule(
            channel="fax",
            needs_confirmation=True,
            source=_SOURCE_2019,
            article="第三十一条第（三）项",
            rule="通过政府信息公开工作机构的传真提交的，以双方确认之日为收到申请之日",
        ),
    ),
    correction_article="第三十条",
    reply_on_the_spot_article="第三十三条第一款",
    annual_report_article="第四十九条",
)

REGULATION_2007: Final = RegimeTable(
    regime=Regime.R2007,
    source=_SOURCE_2007,
    in_force=REGULATION_2007_IN_FORCE,
    limits=(
        TimeLimit(
            name=PROACTIVE,
            working_days=20,
            article="第十八条",
            source=_SOURCE_2007,
            label="主动公开期限",
            starts="自该政府信息形成或者变更之日起",
            local_change="any",
        ),
        TimeLimit(
            name=REPLY,
            working_days=15,
            article="第二十四条第二款",
            source=_SOURCE_2007,
            label="答复期限",
            starts="自收到申请之日起",
        ),
        TimeLimit(
            name=EXTENSION,
            working_days=15,
            article="第二十四条第二款",
            source=_SOURCE_2007,
            label="延长答复期限（最长）",
            starts="经政府信息公开工作机构负责人同意并告知申请人",
        ),
    ),
    pauses=(
        PauseRule(
            name=THIRD_PARTY_CONSULTATION,
            article="第二十四条第三款",
            reason="征求第三方意见所需时间不计算在答复期限内",
        ),
    ),
    # The 2007 text has no channel rule; 国办公开办函〔2015〕207号 (一、关于“收到信息公开申请”的时点确定问题) set it,
    # and the 2019 text's 第三十一条 took it over. For requests received before 2019-05-15 the 207号 rules apply: an
    # e-mail to the published mailbox is received the day the mail system receives it, with no confirmation.
    receipt_rules=(
        ReceiptRule(
            channel="in_person",
            needs_confirmation=False,
            source=EXPLANATION_207,
            article="第一部分第1项",
            rule="申请人当面提交信息公开申请的，以提交之日为收到申请之日",
        ),
        ReceiptRule(
            channel="oral",
            needs_confirmation=False,
            source=EXPLANATION_207,
            article="第一部分第1项",
            rule="口头提出、代为填写的，按当面提交，以提出之日为收到申请之日",
        ),
        ReceiptRule(
            channel="post",
            needs_confirmation=False,
            source=EXPLANATION_207,
            article="第一部分第2项",
            rule="以邮寄方式提交的，以行政机关签收之日为收到申请之日",
        ),
        ReceiptRule(
            channel="post_unsigned",
            needs_confirmation=True,
            source=EXPLANATION_207,
            article="第一部分第2项",
            rule="以平信等无需签收的方式提交的，在实际收到的当日电话联系申请人确认，以确认之日为收到申请之日",
        ),
        ReceiptRule(
            channel="online",
            needs_confirmation=False,
            source=EXPLANATION_207,
            article="第一部分第3项",
            rule="通过行政机关对外公布的信息公开申请邮箱提交的，自电子邮件系统接收之日为收到申请之日",
            # A web form or other published online channel (not the mailbox) with a confirmation day: item 5.
            confirmed_article="第一部分第5项",
            confirmed_rule="通过行政机关对外公布的其他接收渠道提交的，以行政机关规定的时间为收到申请之日，没有规定的，以双方确认之日为收到申请之日",
        ),
        ReceiptRule(
            channel="fax",
            needs_confirmation=True,
            source=EXPLANATION_207,
            article="第一部分第4项",
            rule="通过对外公布的信息公开申请传真提交的，自传真收到并双方确认之日为收到申请之日",
        ),
    ),
    correction_article="第二十一条第（四）项",
    reply_on_the_spot_article="第二十四条第一款",
    annual_report_article="第三十一条",
)

REGIME_TABLES: Final = {Regime.R2019: REGULATION_2019, Regime.R2007: REGULATION_2007}
