"""The legal sources the library cites, held once: titles, document numbers and the dates they take effect.

Every other module imports these names; none types a title, a document number or one of these years again.
Sources: State Council Decree No. 492 (2007 Regulations, in force 2008-05-01), Decree No. 711 (2019 revision,
in force 2019-05-15), 国办函〔2020〕109号 (fee measures, in force 2021-01-01), 国办公开办函〔2019〕60号 (trial
report format) and 国办公开办函〔2021〕30号 (national report format, reports for 2021 onward).
"""

from __future__ import annotations

import datetime as dt
from typing import Final, Literal

__all__ = [
    "FEE_MEASURES_IN_FORCE",
    "FEE_MEASURES_NUMBER",
    "FEE_MEASURES_TITLE",
    "FIRST_REPORT_YEAR",
    "FIRST_YEAR_OF_2019_FORMAT",
    "FIRST_YEAR_OF_2019_REGULATION_REPORTS",
    "FIRST_YEAR_OF_2021_FORMAT",
    "FORMAT_2019_NUMBER",
    "FORMAT_2019_SOURCE",
    "FORMAT_2021_NUMBER",
    "FORMAT_2021_SOURCE",
    "HOLIDAY_MEASURES_TITLE",
    "LAST_REPORT_YEAR",
    "REGULATION_2007_IN_FORCE",
    "REGULATION_2007_TITLE",
    "REGULATION_2019_IN_FORCE",
    "REGULATION_2019_TITLE",
    "REPORT_NAME",
    "default_report_title",
    "format_for_year",
]

# --------------------------------------------------------------------------------------------------
# The Regulations on Open Government Information
# --------------------------------------------------------------------------------------------------

#: 2007 text (State Council Decree No. 492): in force on this day; nothing before it has an OGI time limit.
REGULATION_2007_IN_FORCE: Final = dt.date(2008, 5, 1)
REGULATION_2007_TITLE: Final = "《中华人民共和国政府信息公开条例》（2007年）"
#: 2019 revision (Decree No. 711): applies to requests received and information formed on or after this day.
REGULATION_2019_IN_FORCE: Final = dt.date(2019, 5, 15)
REGULATION_2019_TITLE: Final = "《中华人民共和国政府信息公开条例》（2019年修订）"

#: The first annual reports cover 2008, the year the 2007 Regulations took effect (2007 Art. 31).
FIRST_REPORT_YEAR: Final = REGULATION_2007_IN_FORCE.year
#: The last report year a model accepts (a sanity bound on typed input, not a legal date).
LAST_REPORT_YEAR: Final = 2100
#: The report on 2019 was the first due under the 2019 revision's Art. 49; 2008-2018 under 2007 Art. 31.
FIRST_YEAR_OF_2019_REGULATION_REPORTS: Final = 2019

# The report's name is the Regulations' own (2007 Art. 31, 2019 Arts. 49-50: 政府信息公开工作年度报告), so it is held here
# with the other names the law gives, not in ``_models.py``: the models, the audit's readers, the workbook and its
# guide all import this leaf module, and none of them needs the models to name the report. The formats' titles below
# name the format (…年度报告格式), a different thing, and keep their own words.
REPORT_NAME: Final = "政府信息公开工作年度报告"


def default_report_title(agency_name: str, year: int) -> str:
    """The title a report has when none is given: the agency, the year and the report's name (…2024年…年度报告)."""
    return f"{agency_name}{year}年{REPORT_NAME}"


# --------------------------------------------------------------------------------------------------
# Information-processing fees
# --------------------------------------------------------------------------------------------------

FEE_MEASURES_NUMBER: Final = "国办函〔2020〕109号"
FEE_MEASURES_TITLE: Final = f"{FEE_MEASURES_NUMBER}《政府信息公开信息处理费管理办法》"
#: The fee measures apply from 2021-01-01 (domain notes §10).
FEE_MEASURES_IN_FORCE: Final = dt.date(2021, 1, 1)
# The measures' sentence that sets the payment period. Its article number could not be read: every stored copy of
# the measures found (2026-12) breaks off in 第五条, and the sentence is quoted, without a number, by the Sichuan
# finance department's notice of 2021-01-18 (川财综 notice on 信息处理费, item 二) and the Legal Daily summary of
# 2020-12-02. The citation therefore quotes the sentence instead of inventing a number (see docs/deadlines.md).
FEE_PAYMENT_PROVISION: Final = (
    "收费通知和缴费期限的规定（“申请人应当在收到收费通知次日起20个工作日内缴纳费用”）"
)

# --------------------------------------------------------------------------------------------------
# Receipt of requests under the 2007 text
# --------------------------------------------------------------------------------------------------

#: 《国务院办公厅政府信息与政务公开办公室关于政府信息公开期限有关问题的解释》: the receipt day under the 2007 text.
EXPLANATION_207: Final = "国办公开办函〔2015〕207号"

# --------------------------------------------------------------------------------------------------
# Annual-report formats
# --------------------------------------------------------------------------------------------------

FORMAT_2019_NUMBER: Final = "国办公开办函〔2019〕60号"
FORMAT_2019_SOURCE: Final = f"{FORMAT_2019_NUMBER}《中华人民共和国政府信息公开工作年度报告格式（试行）》"
FORMAT_2021_NUMBER: Final = "国办公开办函〔2021〕30号"
FORMAT_2021_SOURCE: Final = f"{FORMAT_2021_NUMBER}《中华人民共和国政府信息公开工作年度报告格式》"
#: 60号's trial format is the first standard format: reports for 2019 and 2020.
FIRST_YEAR_OF_2019_FORMAT: Final = 2019
#: 30号 applies to the reports for 2021 onward; 60号's trial format before that.
FIRST_YEAR_OF_2021_FORMAT: Final = 2021


def format_for_year(year: int) -> Literal["2021", "2019"]:
    """The standard format ("2021" or "2019") a report on ``year`` is due in."""
    return "2021" if year >= FIRST_YEAR_OF_2021_FORMAT else "2019"


# --------------------------------------------------------------------------------------------------
# Public holidays
# --------------------------------------------------------------------------------------------------

#: The State Council's measures that fix the statutory holidays (Arts. 2 and 6); a year whose 节假日安排通知 is not
#: yet out is assumed from them alone, with no 调休 make-up working days.
HOLIDAY_MEASURES_TITLE: Final = "《全国年节及纪念日放假办法》"
