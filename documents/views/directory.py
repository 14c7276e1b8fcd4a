"""Index pages: every province (old and new, with counts and lineage), every official named
(searchable, paginated) and the About page."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from django.core.paginator import Paginator
from django.db.models import Count
from django.shortcuts import render
from django.views.decorators.http import require_safe

from documents.models import Document, Official, Province, published
from documents.publication import public_officials
from documents.vietnamese.normalize import fold

OFFICIALS_PER_PAGE = 50


@dataclass
class ProvinceRow:
    province: Province
    count: int  # documents filed under this unit itself
    total: int  # with those of the units merged into it (a 2025 unit)
    predecessors: list[Province] = field(default_factory=list)


@require_safe
def provinces_index(request):
    counts = Counter(
        dict(Document.objects.exclude(province=None).values_list("province").annotate(n=Count("id")))
    )
    provinces = list(Province.objects.select_related("successor").order_by("name"))
    merged_into: dict[int, list[Province]] = {}
    for province in provinces:
        if province.successor_id:
            merged_into.setdefault(province.successor_id, []).append(province)
    rows = {}
    for province in provinces:
        before = merged_into.get(province.pk, [])
        rows[province.pk] = ProvinceRow(
            province, counts[province.pk], counts[province.pk] + sum(counts[p.pk] for p in before), before
        )
    context = {
        "current": [rows[p.pk] for p in provinces if p.since_2025],
        "former": [rows[p.pk] for p in provinces if p.before_2025],
        "unplaced": Document.objects.filter(province=None).count(),
    }
    return render(request, "documents/provinces.html", context)


@require_safe
def officials_index(request):
    typed = " ".join(request.GET.get("q", "").split())[:100]
    names = public_officials().order_by("name").values_list("pk", "name")
    if typed:
        # Folded on both sides: "nguyen van" finds "Nguyễn Văn An".
        wanted = fold(typed.lower())
        names = [(pk, name) for pk, name in names if wanted in fold(name.lower())]
    page = Paginator(list(names), OFFICIALS_PER_PAGE).get_page(request.GET.get("page"))
    shown = {pk for pk, _ in page.object_list}
    officials = (
        Official.objects.filter(pk__in=shown)
        .annotate(
            n=Count(
                "appearances__document",
                distinct=True,
                filter=published("appearances__document"),
            )
        )
        .order_by("name")
    )
    query = request.GET.copy()
    query.pop("page", None)
    context = {"typed": typed, "page": page, "officials": officials, "query": query.urlencode()}
    return render(request, "documents/officials.html", context)


@require_safe
def about(request):
    context = {
        "document_count": Document.objects.count(),
        "province_count": Document.objects.exclude(province=None).values("province").distinct().count(),
        "official_count": public_officials().count(),
    }
    return render(request, "documents/about.html", context)
