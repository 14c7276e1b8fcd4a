"""What preparing index entries costs per document, on the rows of the database at hand.

Preparation (documents.search.bulk: the backend's ``prepare_entries``) is the Python share of an
index build, and it grows with a document's length. The generated corpus repeats a few hundred
sentences, whose words and pairs the preparation's caches then already hold: measured on real
documents too (ingested into a work database), its cost per document and per 1,000 characters
lets a reader carry the generated corpus's build time over to a real corpus of the same size.
"""

from __future__ import annotations

import statistics
import time

from django.db.models.functions import Length
from haystack import connections

from documents.models import Document


def prepare_cost(rounds: int, limit: int = 2000) -> dict:
    """The median of ``rounds`` timed passes preparing up to ``limit`` documents (after one
    untimed pass, as a long build's caches are warm): ms per document and per 1,000 characters."""
    backend = connections["default"].get_backend()
    index = connections["default"].get_unified_index().get_index(Document)
    rows = list(index.index_queryset().all()[:limit])
    if not rows:
        return {"docs": 0}
    characters = sum(
        Document.objects.filter(pk__in=[row.pk for row in rows])
        .annotate(size=Length("text"))
        .values_list("size", flat=True)
    )
    backend.prepare_entries(index, rows)
    passes = []
    for _ in range(max(1, rounds)):
        start = time.perf_counter()
        backend.prepare_entries(index, rows)
        passes.append(time.perf_counter() - start)
    seconds = statistics.median(passes)
    return {
        "docs": len(rows),
        "chars_per_doc": round(characters / len(rows)),
        "prepare_ms_per_doc": round(seconds * 1000 / len(rows), 2),
        "prepare_ms_per_1000_chars": round(seconds * 1000 * 1000 / characters, 3),
    }
