"""The search index entry of a Document: what the search fields and facets are made of.

Everything comes from the database as stored: the normalized text and the stored underthesea
segmentation, so ``rebuild_index`` never segments again. Each field's class says its role
(documents.search.index_fields); the facet fields come from the facet registry, one per facet.
"""

from __future__ import annotations

import calendar
import hashlib
import json

from django.db.models import Prefetch
from haystack import indexes
from haystack.indexes import DeclarativeMetaclass

from documents.models import Appearance, Document
from documents.search.facets import FACETS
from documents.search.index_fields import (
    CompoundField,
    DateKeyField,
    FacetField,
    FingerprintField,
    SuggestField,
    SyllableField,
)


def _month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


def entry_fingerprint(prepared: dict) -> str:
    """A digest of everything an index entry is made of (the fingerprint itself aside): an entry
    whose row, province or officials changed behind the index's back gets another one."""
    fields = {name: value for name, value in prepared.items() if name != "fingerprint"}
    encoded = json.dumps(fields, sort_keys=True, ensure_ascii=False, default=str)
    return hashlib.sha256(encoded.encode()).hexdigest()[:32]


# One field per facet of the registry, named by the facet: adding a facet adds its field.
FacetFields = DeclarativeMetaclass(
    "FacetFields",
    (indexes.SearchIndex,),
    {"__module__": __name__, **{facet.field: FacetField(facet) for facet in FACETS}},
)


class DocumentIndex(FacetFields, indexes.Indexable):
    # Syllable fields with positions: exact (canonical tones) and folded (no diacritics).
    text = SyllableField(document=True, body=True)
    text_folded = SyllableField(folded=True, body=True)
    title = SyllableField(model_attr="title", default="")
    title_folded = SyllableField(folded=True)
    # Compound words from the stored segmentation: a ranking boost, and key terms for "related".
    compounds = CompoundField()
    compounds_folded = CompoundField(folded=True)
    # "folded␟written" forms of words and word pairs, for "did you mean".
    suggest = SuggestField()

    # Date range as yyyymmdd integers: a partial date covers its whole month or year.
    date_start = DateKeyField(sort=True)
    date_end = DateKeyField()
    undated = DateKeyField()
    # What the entry was made of, for check_index to find entries the database has moved past.
    fingerprint = FingerprintField()

    def get_model(self):
        return Document

    def prepare(self, obj):
        prepared = super().prepare(obj)
        prepared["fingerprint"] = entry_fingerprint(prepared)
        return prepared

    def index_queryset(self, using=None):
        return (
            Document.objects.select_related("province__successor")
            # The officials come joined to their appearances: prefetching them as a second step
            # asks SQLite for "id = a OR id = b ..." over every distinct official of the batch,
            # which exceeds its expression depth (1000) once a batch names ~1000 officials.
            .prefetch_related(Prefetch("appearances", queryset=Appearance.objects.select_related("official")))
            # The file as read and the extraction's evidence are never indexed: not read back.
            .defer("raw_text", "metadata_evidence")
            .order_by("pk")
        )

    def read_queryset(self, using=None):
        return Document.objects.select_related("province")

    @staticmethod
    def _full_text(obj: Document) -> str:
        return f"{obj.title}\n{obj.text}" if obj.title else obj.text

    @staticmethod
    def _metadata_text(obj: Document) -> str:
        return " \n".join(obj.metadata_names())

    def _searchable(self, obj: Document) -> str:
        return f"{self._full_text(obj)}\n\n{self._metadata_text(obj)}"

    def prepare_text(self, obj):
        return self._searchable(obj)

    def prepare_text_folded(self, obj):
        return self._searchable(obj)

    def prepare_title_folded(self, obj):
        return obj.title or ""

    def prepare_compounds(self, obj):
        return obj.segmented or ""

    def prepare_compounds_folded(self, obj):
        return obj.segmented or ""

    def prepare_suggest(self, obj):
        return self._full_text(obj)

    def prepare_date_start(self, obj):
        if not obj.date:
            return 0
        if obj.date_precision == Document.DatePrecision.YEAR:
            return obj.date.year * 10000 + 101
        if obj.date_precision == Document.DatePrecision.MONTH:
            return obj.date.year * 10000 + obj.date.month * 100 + 1
        return obj.date.year * 10000 + obj.date.month * 100 + obj.date.day

    def prepare_date_end(self, obj):
        if not obj.date:
            return 0
        if obj.date_precision == Document.DatePrecision.YEAR:
            return obj.date.year * 10000 + 1231
        if obj.date_precision == Document.DatePrecision.MONTH:
            return obj.date.year * 10000 + obj.date.month * 100 + _month_end(obj.date.year, obj.date.month)
        return self.prepare_date_start(obj)

    def prepare_undated(self, obj):
        return 0 if obj.date else 1
