"""Home, document page and original-file download."""

from __future__ import annotations

import logging
import mimetypes

from django.db.models import Count, Max, Min
from django.db.models.functions import ExtractYear
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse

from documents.export.document_citation import document_reference, json_ld, meta_tags
from documents.models import Document, Official, Province, published
from documents.publication import public_officials
from documents.search import related as related_documents

from .highlighting import highlighted_paragraphs

logger = logging.getLogger(__name__)


def home(request):
    documents = Document.objects.all()
    span = documents.aggregate(first=Min("date"), last=Max("date"))
    counted = Count("documents", filter=published("documents"))
    provinces = Province.objects.annotate(n=counted).filter(n__gt=0).order_by("-n", "name")[:12]
    context = {
        "document_count": documents.count(),
        "province_count": documents.exclude(province=None).values("province").distinct().count(),
        "official_count": public_officials().count(),
        "first_date": span["first"],
        "last_date": span["last"],
        "top_provinces": provinces,
        "latest": documents.exclude(date=None).select_related("province")[:8],
        "by_year": list(
            documents.exclude(date=None)
            .annotate(y=ExtractYear("date"))
            .values("y")
            .annotate(n=Count("id"))
            .order_by("-y")[:12]
        ),
        "by_meeting_type": _count_by(documents, "meeting_type", Document.meeting_type.field),
        "by_doc_type": _count_by(documents, "doc_type", Document.doc_type.field),
        # counted in published documents only, so n > 0 already leaves out the held documents' names
        "top_officials": Official.objects.annotate(
            n=Count("appearances", filter=published("appearances__document"))
        )
        .filter(n__gt=0)
        .order_by("-n", "name")[:12],
    }
    return render(request, "documents/home.html", context)


def _count_by(documents, name: str, model_field) -> list[tuple[str, str, int]]:
    labels = dict(model_field.choices)
    rows = documents.exclude(**{name: None}).values(name).annotate(n=Count("id")).order_by("-n")
    return [(row[name], labels.get(row[name], row[name]), row["n"]) for row in rows]


def _related(document: Document) -> list[Document]:
    try:
        return related_documents(document)
    except Exception:  # the page stays useful when the index is missing or being rebuilt
        logger.exception("related documents unavailable for %s", document.pk)
        return []


def visible_documents(request):
    """Staff see held documents too (their page says so); everyone else, published ones only."""
    return Document.with_held if request.user.is_staff else Document.objects


def document_detail(request, pk: int):
    documents = visible_documents(request).select_related("province", "chair", "signer")
    document = get_object_or_404(documents, pk=pk)
    appearances = document.appearances.select_related("official")
    numbers = list(document.citations.values_list("number", flat=True))
    cited = {d.number: d for d in Document.objects.filter(number__in=numbers)}
    citing = (
        Document.objects.filter(citations__number=document.number).exclude(pk=document.pk).distinct()
        if document.number
        else []
    )
    q = request.GET.get("q", "")[:500]
    paragraphs, matches = highlighted_paragraphs(document.text, q)
    reference = document_reference(request, document)
    context = {
        "document": document,
        "appearances": appearances,
        "references": [(number, cited.get(number)) for number in numbers],
        "citing": citing,
        "paragraphs": paragraphs,
        "q": q,
        "matches": matches,
        "related": _related(document),
        "reference": reference,
        "citation_meta": meta_tags(reference, _pdf_url(request, document)),
        "json_ld": json_ld(reference),
    }
    return render(request, "documents/detail.html", context)


def _pdf_url(request, document: Document) -> str | None:
    # Zotero attaches the PDF when the page names it; only a kept original that is a PDF.
    if document.original_file and document.original_name.lower().endswith(".pdf"):
        return request.build_absolute_uri(reverse("documents:original", args=[document.pk]))
    return None


def download_original(request, pk: int):
    document = get_object_or_404(visible_documents(request), pk=pk)
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
