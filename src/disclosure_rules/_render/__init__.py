"""The report renderer: a report model as HTML, Markdown or text (or a Word or PDF document), through templates users can override.

``render`` validates, builds a view model (:mod:`._views`, every number computed in Python), and lays it out
with the templates of the one environment factory (:mod:`._environment`); filters live in :mod:`._filters`,
charts in :mod:`._charts`.
"""

from __future__ import annotations

from disclosure_rules._render._api import ALL_FORMATS, DOCUMENT_FORMATS, DocumentFormat, render
from disclosure_rules._render._environment import (
    OUTPUT_FORMATS,
    OutputFormat,
    bundled_templates,
    make_environment,
)
from disclosure_rules._render._errors import RenderError
from disclosure_rules._render._views import ReportView, report_view

__all__ = [
    "ALL_FORMATS",
    "DOCUMENT_FORMATS",
    "OUTPUT_FORMATS",
    "DocumentFormat",
    "OutputFormat",
    "RenderError",
    "ReportView",
    "bundled_templates",
    "make_environment",
    "render",
    "report_view",
]
