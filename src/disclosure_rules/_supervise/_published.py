"""The publication date a page states (发布时间 / 发布日期 in the header a government site prints over a report).

Only a date next to its label counts: a site prints ``发布时间：2023-01-10 16:26`` or ``发布日期 | 2021-04-09`` above
the text, and that is the day the report went online. A date in the prose (the signature, ``截至12月31日``) is not
a publication date and is never taken for one. Pages in traditional characters say 發佈時間 / 發布日期.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Final

# The label, then at most a few separators the sites use (spaces, colons, table bars, tags, &nbsp;), then a date
# written 2023-01-10, 2023/1/10, 2023.01.10 or 2023年1月10日.
_SEPARATOR: Final = r"(?:\s|[:：|｜]|&nbsp;|<[^<>]{0,200}>){0,12}"
_PUBLISHED: Final = re.compile(
    r"(?:发[布佈]|發[布佈]|公开|公開)(?:时间|時間|日期)"
    + _SEPARATOR
    + r"((?:19|20)\d{2})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})(?!\d)"
)
#: How far into a page the header is looked for (the header stands above the report's text).
HEADER_CHARACTERS: Final = 20_000


def publication_date(page: str) -> dt.date | None:
    """The publication date the page states next to a 发布时间/发布日期 label, or ``None`` when it states none.

    The first labelled date in the page's opening part is taken; a label followed by something that is not a
    valid date (``发布日期、有效性等要素``, ``2023-02-30``) states none.
    """
    for match in _PUBLISHED.finditer(page[:HEADER_CHARACTERS]):
        year, month, day = (int(part) for part in match.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            continue
    return None
