"""Supervision at scale: check a whole folder of published reports, one row per page, and a dashboard.

    check_pages       files and folders → PageCheck per page, in order, in N processes, streamed
    publication_date  the 发布时间/发布日期 a page states
    late_publication  that date against the report's due date (report_deadline), as a finding
    render_dashboard  PageChecks → one self-contained HTML page for people

See docs/supervision.md.
"""

from __future__ import annotations

from disclosure_rules._supervise._dashboard import dashboard_view, render_dashboard
from disclosure_rules._supervise._pages import ROW_COLUMNS, PageCheck, check_pages
from disclosure_rules._supervise._published import publication_date
from disclosure_rules._supervise._timeliness import LATE_CODE, late_publication

__all__ = [
    "LATE_CODE",
    "ROW_COLUMNS",
    "PageCheck",
    "check_pages",
    "dashboard_view",
    "late_publication",
    "publication_date",
    "render_dashboard",
]
