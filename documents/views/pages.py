"""Home, document page and original-file download."""

from __future__ import annotations

import mimetypes

from django.db.models import Count, Max, Min
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render

from documents.models import Document, Official, Province


def home(request):
    documents = Document.objects.all()
    span = documents.aggregate(first=Min("date"), last=Max("date"))
    provinces = Province.objects.annotate(n=Count("documents")).filter(n__gt=0).order_by("-n", "name")[:12]
    context = {
        "document_count": documents.count(),
        "province_count": documents.exclude(province=None).values("province").distinct().count(),
        "official_count": Official.objects.count(),
        "first_date": span["first"],
        "last_date": span["last"],
        "top_provinces": provinces,
        "latest": documents.exclude(date=None).select_related("province")[:8],
    }
    return render(request, "documents/home.html", context)


def document_detail(request, pk: int):
    document = get_object_or_404(Document.objects.select_related("province", "chair", "signer"), pk=pk)
    appearances = document.appearances.select_related("official")
    cited = {d.number: d for d in Document.objects.filter(number__in=document.references or [])}
    # JSON "contains" is not available on SQLite; the quoted number matches one list element.
    citing = (
        Document.objects.filter(references__icontains=f'"{document.number}"').exclude(pk=document.pk)
        if document.number
        else []
    )
    context = {
        "document": document,
        "appearances": appearances,
        "references": [(number, cited.get(number)) for number in document.references or []],
        "citing": citing,
        "paragraphs": [p for p in document.text.split("\n") if p.strip()],
    }
    return render(request, "documents/detail.html", context)


def download_original(request, pk: int):
    document = get_object_or_404(Document, pk=pk)
    if not document.original_file:
        raise Http404("The original file of this document was not kept.")
    try:
        handle = document.original_file.open("rb")
    except FileNotFoundError as error:
        raise Http404("The original file is missing from the data folder.") from error
    content_type = mimetypes.guess_type(document.original_name)[0] or "application/octet-stream"
    return FileResponse(
        handle, as_attachment=True, filename=document.original_name, content_type=content_type
    )
