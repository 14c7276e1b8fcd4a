"""GET /documents/<pk>/cite.ris, .bib, .csl.json: one document for a reference manager."""

from __future__ import annotations

from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_safe

from documents.export import bibtex, csl, ris
from documents.export.document_citation import document_reference

from .pages import visible_documents

FORMATS = {"ris": ris, "bib": bibtex, "csl.json": csl}


@require_safe
def cite_document(request, pk: int, fmt: str):
    renderer = FORMATS.get(fmt)
    if renderer is None:
        raise Http404(f"Unknown citation format: {fmt}.")
    document = get_object_or_404(visible_documents(request).select_related("province"), pk=pk)
    reference = document_reference(request, document)
    response = HttpResponse(b"".join(renderer.stream([reference])), content_type=renderer.CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="van-ban-{document.pk}.{renderer.EXTENSION}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response
