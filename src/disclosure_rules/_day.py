"""The date field type of the models: a date that also takes 2024年9月27日 and an aware datetime.

It lives apart from ``_parsing`` so that reading JSON and dates (the CLI's start-up path) never imports pydantic.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated

from pydantic import BeforeValidator

from disclosure_rules._parsing import coerce_date

__all__ = ["Day"]

Day = Annotated[dt.date, BeforeValidator(coerce_date)]
"""A date field that also takes 2024年9月27日 and an aware datetime (its day in China time)."""
