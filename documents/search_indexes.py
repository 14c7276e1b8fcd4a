"""The search index entry of a Document: what the search fields and facets are made of.

Everything comes from the database as stored: the normalized text and the stored underthesea
segmentation, so ``rebuild_index`` never segments again. The Whoosh field types (our analyzer,
untokenized facets) are chosen by the backend from these field names.
"""

from __future__ import annotations

import calendar

from django.db.models import Prefetch
from haystack import indexes

from documents.models import Appearance, Document


def _quarter(month: int) -> int:
    return (month - 1) // 3 + 1


def _month_end(year: int, month: int) -> int:
    return calendar.monthrange(year, month)[1]


class DocumentIndex(indexes.SearchIndex, indexes.Indexable):
    # Syllable fields with positions: exact (canonical tones) and folded (no diacritics).
    text = indexes.CharField(document=True)
    text_folded = indexes.CharField()
    title = indexes.CharField(model_attr="title", default="")
    title_folded = indexes.CharField()
    # Compound words from the stored segmentation: a ranking boost, and key terms for "related".
    compounds = indexes.CharField()
    compounds_folded = indexes.CharField()
    # "folded␟written" forms of words and word pairs, for "did you mean".
    suggest = indexes.CharField()

    # Facets: whole values, never split into words.
    province = indexes.CharField(null=True)
    province_current = indexes.CharField(null=True)
    year = indexes.CharField(null=True)
    quarter = indexes.CharField(null=True)
    month = indexes.CharField(null=True)
    date = indexes.CharField(null=True)
    meeting_type = indexes.CharField(model_attr="meeting_type", null=True)
    doc_type = indexes.CharField(model_attr="doc_type", null=True)
    level = indexes.CharField(model_attr="level", null=True)
    officials = indexes.MultiValueField()

    # Date range as yyyymmdd integers: a partial date covers its whole month or year.
    date_start = indexes.IntegerField()
    date_end = indexes.IntegerField()
    undated = indexes.IntegerField()

    def get_model(self):
        return Document

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
        """Names the metadata knows but the text may not say (a province named only in the URL)."""
        names = [obj.number or ""]
        if obj.province_id:
            names += [obj.province.name, obj.province_current.name]
        names += [appearance.official.name for appearance in obj.appearances.all()]
        return " \n".join(dict.fromkeys(name for name in names if name))

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

    def prepare_province(self, obj):
        return obj.province.name if obj.province_id else None

    def prepare_province_current(self, obj):
        current = obj.province_current
        return current.name if current else None

    def prepare_year(self, obj):
        return f"{obj.date.year:04d}" if obj.date else None

    def prepare_quarter(self, obj):
        if not obj.date or obj.date_precision == Document.DatePrecision.YEAR:
            return None
        return f"{obj.date.year:04d}-Q{_quarter(obj.date.month)}"

    def prepare_month(self, obj):
        if not obj.date or obj.date_precision == Document.DatePrecision.YEAR:
            return None
        return f"{obj.date.year:04d}-{obj.date.month:02d}"

    def prepare_date(self, obj):
        return obj.date_iso

    def prepare_officials(self, obj):
        names = [appearance.official.name for appearance in obj.appearances.all()]
        return [name.replace(",", " ") for name in dict.fromkeys(names)]

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
