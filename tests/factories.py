"""Documents for tests, with exactly the metadata a test gives (no reader, no extraction).

stored_document writes the way ingestion writes (services.store_prepared), without segmenting;
segmented_document stores the row directly with the text normalized and really segmented, as the
search tests need it.
"""

from __future__ import annotations

import hashlib
import itertools

from documents import services
from documents.ingest.prepare import PreparedDocument
from documents.models import Appearance, Document, Official, Province
from documents.vietnamese.normalize import normalize_text
from documents.vietnamese.segment import segment

_numbers = itertools.count(1)


def stored_document(
    text: str, *, name: str | None = None, digest: str | None = None, source_dir: str = "/tests", **metadata
) -> Document:
    """A stored (and, after its commit, indexed) document; names and hashes unique unless given."""
    number = next(_numbers)
    name = name or f"doc-{number}.txt"
    base = {"officials": [], "references": []}
    base.update(metadata)
    prepared = PreparedDocument(
        original_name=name,
        extension=".txt",
        content_hash=digest or hashlib.sha256(f"{number}:{name}:{text}".encode()).hexdigest(),
        raw_text=text,
        text=text,
        segmented=text,
        metadata=base,
    )
    outcome = services.store_prepared(prepared, text.encode(), f"{source_dir}/{name}", None)
    return Document.objects.get(pk=outcome.document_id)


def province_named(name: str, successor: Province | None = None) -> Province:
    """The province of that name, created (as a pre-2025 province) when the migration has none."""
    from django.utils.text import slugify

    found = Province.objects.filter(name=name).first()
    if found:
        if successor and found.successor_id != successor.pk:
            found.successor = successor
            found.save()
        return found
    slug = slugify(name.replace("đ", "d").replace("Đ", "D")) or f"p{next(_numbers)}"
    return Province.objects.create(
        name=name, slug=f"{slug}-{next(_numbers)}", kind="province", before_2025=True, successor=successor
    )


def segmented_document(
    text: str,
    *,
    title: str = "",
    province: str | None = None,
    date: str | None = None,
    meeting_type: str | None = None,
    doc_type: str | None = None,
    level: str | None = None,
    officials: tuple[str, ...] | list[str] = (),
    name: str | None = None,
) -> Document:
    """A document row with its text normalized and segmented; officials appear in the order given."""
    number = next(_numbers)
    normalized = normalize_text(text)
    parsed_date, precision = services.parse_partial_date(date)
    document = Document.objects.create(
        title=normalize_text(title),
        raw_text=text,
        text=normalized,
        segmented=segment(normalized),
        content_hash=hashlib.sha256(f"segmented:{number}:{name}".encode()).hexdigest(),
        original_name=name or f"doc-{number}.txt",
        source=f"/tests/segmented/{number}.txt",
        province=province_named(province) if province else None,
        date=parsed_date,
        date_precision=precision,
        meeting_type=meeting_type,
        doc_type=doc_type,
        level=level,
    )
    for position, official_name in enumerate(officials):
        official, _ = Official.objects.get_or_create(
            key=official_name.lower(), defaults={"name": official_name, "slug": f"o-{next(_numbers)}"}
        )
        Appearance.objects.create(official=official, document=document, position=position)
    return document
