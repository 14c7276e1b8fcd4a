"""One document's references for its page: the citation text the copy button copies, the
Zotero meta tags (Highwire Press names) and schema.org JSON-LD, and the one-document files."""

from __future__ import annotations

import json

from django.utils import timezone
from django.utils.safestring import SafeString, mark_safe

from documents.models import Document
from documents.search import SearchParams

from .columns import RowContext
from .reference import Reference, build_reference
from .rows import PlainSnippets

# What must not appear raw inside <script>: "</script>" or "<!--" in a title would end it.
_SCRIPT_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def document_reference(request, document: Document) -> Reference:
    context = RowContext(
        absolute_url=request.build_absolute_uri,
        accessed=timezone.localdate(),
        snippet=PlainSnippets(SearchParams()),
    )
    return build_reference(document, context)


def meta_tags(reference: Reference, pdf_url: str | None = None) -> list[tuple[str, str]]:
    """(name, content) pairs Zotero's "Embedded Metadata" translator reads."""
    parts = reference.date_parts
    tags = [
        ("citation_title", reference.title),
        ("citation_date", "/".join(str(value) for value in parts) if parts else ""),
        ("citation_publisher", reference.publisher),
        ("citation_technical_report_institution", reference.publisher),
        ("citation_technical_report_number", reference.number),
        ("citation_language", "vi"),
        ("citation_public_url", reference.url),
        ("citation_pdf_url", pdf_url or ""),
    ]
    return [(name, content) for name, content in tags if content]


def json_ld(reference: Reference) -> SafeString:
    """schema.org Report as JSON, safe inside <script type="application/ld+json">."""
    parts = reference.date_parts
    data = {
        "@context": "https://schema.org",
        "@type": "Report",
        "name": reference.title,
        "url": reference.url,
        "inLanguage": "vi",
    }
    if parts:
        data["datePublished"] = "-".join([f"{parts[0]:04d}", *(f"{value:02d}" for value in parts[1:])])
    if reference.number:
        data["reportNumber"] = reference.number
    if reference.genre:
        data["genre"] = reference.genre
    if reference.publisher:
        data["publisher"] = {"@type": "Organization", "name": reference.publisher}
    if reference.place:
        data["spatialCoverage"] = {"@type": "Place", "name": reference.place}
    text = json.dumps(data, ensure_ascii=False).translate(_SCRIPT_ESCAPES)
    return mark_safe(text)  # noqa: S308 - every character that could end the script is escaped
