"""What the three research views (compare, trends, directives) share: reading their own
parameters, the 400 page, the statement of what a view was made from, and CSV answers."""

from __future__ import annotations

import csv
import io

from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from documents.export.cells import inert
from documents.export.csv import BOM, CONTENT_TYPE
from documents.research.periods import BY_CHOICES, YEAR
from documents.search import ParamError

from .search_ui import BOUNDARIES, chips, link

# The research views' own parameters, not the search's: not carried into a search link (the
# page number neither: a link to a narrower search starts at its first page).
OWN = ("by", "share", "page")


def read_by(query) -> str:
    by = query.get("by") or YEAR
    if by not in BY_CHOICES:
        raise ParamError("by", _("phải là một trong: %(choices)s.") % {"choices": ", ".join(BY_CHOICES)})
    return by


def read_flag(query, name: str) -> bool:
    value = (query.get(name) or "").strip().lower()
    if value not in ("", "0", "1"):
        raise ParamError(name, _("phải là 1 hoặc 0."))
    return value == "1"


def search_query(query, *, keep_q: bool = True):
    """The query string as the search page reads it: the research views' own parameters off."""
    data = query.copy()
    for name in OWN if keep_q else (*OWN, "q"):
        data.pop(name, None)
    return data


def search_url(query, **changes) -> str:
    return reverse("documents:search") + link(query, **changes)


def message_of(error: ParamError) -> str:
    return _("Tham số “%(param)s” không hợp lệ: %(message)s") % {
        "param": error.param,
        "message": error.message,
    }


def bad_parameter(request, error: ParamError, *, csv_format: bool = False) -> HttpResponse:
    message = message_of(error)
    if csv_format:
        return HttpResponse(f"{message}\n", status=400, content_type="text/plain; charset=utf-8")
    return render(
        request,
        "documents/research/bad_request.html",
        {"error": message, "error_param": error.param},
        status=400,
    )


def made_from(query, params) -> list:
    """The chips of the search the view was made from (each removable), as on the search page."""
    return chips(query, params)


def boundary_links(query, boundary: str) -> list[tuple[str, str, bool]]:
    return [
        (_("Lúc ban hành"), link(query, **{BOUNDARIES: "time"}), boundary == "time"),
        (_("34 tỉnh, thành từ 2025"), link(query, **{BOUNDARIES: "2025"}), boundary == "2025"),
    ]


def csv_response(rows: list[list], stem: str) -> HttpResponse:
    """UTF-8 with a byte order mark, so that a spreadsheet reads the Vietnamese right."""
    buffer = io.StringIO()
    buffer.write(BOM)
    writer = csv.writer(buffer, lineterminator="\r\n")
    for row in rows:
        writer.writerow([inert(value) if isinstance(value, str) else value for value in row])
    response = HttpResponse(buffer.getvalue().encode("utf-8"), content_type=CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{stem}-{timezone.localtime():%Y%m%d-%H%M}.csv"'
    response["X-Content-Type-Options"] = "nosniff"
    return response
