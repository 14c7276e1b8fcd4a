"""Province pages (documents over time, officials, lineage) and official pages (titles over time,
documents, provinces)."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urlencode

from django.db.models import Count, Q
from django.db.models.functions import ExtractYear
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.views.decorators.http import require_safe

from documents.metadata.roles import normalise_title
from documents.models import Appearance, Document, Official, Province, published
from documents.publication import public_officials

LATEST = 15
TOP_OFFICIALS = 30
BAR_MAX = 100  # percent of the widest bar


def _search_url(**params) -> str:
    return reverse("documents:search") + "?" + urlencode(params)


@dataclass
class YearRow:
    year: int
    count: int
    url: str
    width: int  # 0-100, drawn as an SVG rect


def _years(documents, search_param: str, value: str) -> list[YearRow]:
    rows = list(
        documents.exclude(date=None).annotate(y=ExtractYear("date")).values("y").annotate(n=Count("id"))
    )
    peak = max((row["n"] for row in rows), default=1)
    return [
        YearRow(
            year=row["y"],
            count=row["n"],
            url=_search_url(**{search_param: value, "year": str(row["y"])}),
            width=max(2, round(BAR_MAX * row["n"] / peak)),
        )
        for row in sorted(rows, key=lambda r: r["y"])
    ]


@require_safe
def province_detail(request, slug: str):
    province = get_object_or_404(Province.objects.select_related("successor"), slug=slug)
    predecessors = list(province.predecessors.order_by("name"))
    # A 2025 unit's history includes its predecessors' documents.
    documents = Document.objects.filter(Q(province=province) | Q(province__successor=province))
    if predecessors:
        search_param, value = "province_current", province.name
    else:
        search_param, value = "province", province.name
    officials = (
        Official.objects.filter(appearances__document__in=documents)
        .annotate(n=Count("appearances", distinct=True))
        .order_by("-n", "name")[:TOP_OFFICIALS]
    )
    context = {
        "province": province,
        "predecessors": predecessors,
        "count": documents.count(),
        "years": _years(documents, search_param, value),
        "officials": officials,
        "latest": documents.select_related("province").defer("raw_text", "segmented")[:LATEST],
        "search_url": _search_url(**{search_param: value}),
        "search_param": search_param,
    }
    return render(request, "documents/province.html", context)


@dataclass
class TitleSpan:
    title: str
    first: Document
    last: Document
    count: int

    @property
    def positions(self) -> list[str]:
        """The title's offices named one way (metadata.roles), shown beside it as written."""
        return normalise_title(self.title)


def _title_spans(appearances: list[Appearance]) -> list[TitleSpan]:
    """Each title the documents give the official, from the first to the last document dated."""
    spans: dict[str, TitleSpan] = {}
    for appearance in appearances:
        for title in appearance.titles or []:
            span = spans.get(title)
            if span is None:
                spans[title] = TitleSpan(title, appearance.document, appearance.document, 1)
            else:
                span.last = appearance.document
                span.count += 1
    return sorted(spans.values(), key=lambda s: (s.first.date is None, s.first.date, s.title))


@require_safe
def official_detail(request, slug: str):
    # Staff also see the officials and documents held for review (marked so), as on a held
    # document's page, whose names link here; the public sees published documents alone.
    staff = request.user.is_staff
    official = get_object_or_404(Official.objects if staff else public_officials(), slug=slug)
    appearances = list(
        official.appearances.filter(Q() if staff else published("document"))
        .select_related("document__province")
        .defer("document__raw_text", "document__segmented", "document__text")
        .order_by("document__date", "document__pk")
    )
    dated = [a for a in appearances if a.document.date]
    provinces = (
        # One filter call: the published document and the appearance are the same document.
        Province.objects.filter(
            Q(documents__appearances__official=official) & (Q() if staff else published("documents"))
        )
        .annotate(n=Count("documents", distinct=True))
        .order_by("-n", "name")
    )
    context = {
        "official": official,
        "appearances": list(reversed(appearances)),
        "titles": _title_spans(dated + [a for a in appearances if not a.document.date]),
        "provinces": provinces,
        "search_url": _search_url(official=official.name.replace(",", " ")),
    }
    return render(request, "documents/official.html", context)
