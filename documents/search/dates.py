"""Dates as the search parameters give them: a year, a month or a day, read as the first or the
last day they cover."""

from __future__ import annotations

import calendar
import datetime
import re

from django.utils.translation import gettext as _

from .errors import ParamError


def parse_date(name: str, value: str, *, end: bool) -> datetime.date | None:
    if not value:
        return None
    match = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?", value)
    if not match:
        raise ParamError(name, _("phải là ngày dạng YYYY-MM-DD, YYYY-MM hoặc YYYY."))
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if month is None:
            return datetime.date(year, 12, 31) if end else datetime.date(year, 1, 1)
        if day is None:
            return datetime.date(year, month, calendar.monthrange(year, month)[1] if end else 1)
        return datetime.date(year, month, day)
    except (ValueError, calendar.IllegalMonthError):
        raise ParamError(name, _("không phải ngày có thật.")) from None
