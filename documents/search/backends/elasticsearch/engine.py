"""Elasticsearch / OpenSearch through haystack's Elasticsearch 7 backend, with our analyzer.

The analyzer as index settings: a ``pattern`` tokenizer on ``[^\\p{L}\\p{N}]+`` (the syllables of
``[^\\W_]+``), ``lowercase``; a ``folded`` subfield adds ``asciifolding`` (which maps đ→d, like
our Python fold). Tone marks are put in canonical places in Python before a document is sent,
as for every backend. Facets are ``keyword`` fields (whole values); compound words and the
"did you mean" lexicon arrive as ready terms (``keyword`` arrays), computed by the shared analyzer.
Haystack ignores a field's ``analyzer=`` here, so the mapping is chosen by field name.

Haystack's own commands (rebuild_index, update_index, clear_index) and SearchQuerySet work through
haystack's Elasticsearch 7 backend; the search service talks to the backend-neutral methods of
ElasticsearchSearcherMixin (elasticsearch_search.py), which answer what tantivy and Whoosh answer.
Haystack refreshes the index after ``update`` and ``remove`` (``commit=True``, their default), so
a search right after a write sees it, as on the embedded backends.
"""

from __future__ import annotations

import copy

from haystack.backends import BaseEngine
from haystack.backends.elasticsearch7_backend import Elasticsearch7SearchBackend, Elasticsearch7SearchQuery
from haystack.constants import DEFAULT_OPERATOR, DJANGO_ID

from documents.search.analysis import compound_terms, suggest_grams
from documents.search.index_fields import CompoundField, DateKeyField, FacetField, SuggestField, SyllableField
from documents.vietnamese.normalize import canonical_tones, fold

from .searcher import ElasticsearchSearcherMixin
from .vocabulary import PK_FIELD

SYLLABLE_SPLIT = r"[^\p{L}\p{N}]+"
TEXT_FIELDS = ("text", "title")
# The document body: its two-syllable phrases are indexed as pairs.
BODY_FIELDS = ("text", "text_folded")
FOLDED_FIELDS = ("text_folded", "title_folded")


def suggest_terms(text: str) -> list[str]:
    return list(suggest_grams(text))


_SYLLABLES = {
    "type": "text",
    "analyzer": "vi_syllables",
    "fields": {"folded": {"type": "text", "analyzer": "vi_folded"}},
}


class VietnameseElasticsearchBackend(ElasticsearchSearcherMixin, Elasticsearch7SearchBackend):
    DEFAULT_SETTINGS = {
        "settings": {
            "analysis": {
                "tokenizer": {"vi_syllable": {"type": "pattern", "pattern": SYLLABLE_SPLIT}},
                "analyzer": {
                    "vi_syllables": {"type": "custom", "tokenizer": "vi_syllable", "filter": ["lowercase"]},
                    "vi_folded": {
                        "type": "custom",
                        "tokenizer": "vi_syllable",
                        "filter": ["lowercase", "asciifolding"],
                    },
                },
            },
        },
    }
    DEFAULT_FIELD_MAPPING = copy.deepcopy(_SYLLABLES)
    FIELD_MAPPINGS = {
        **Elasticsearch7SearchBackend.FIELD_MAPPINGS,
        "integer": {"type": "integer"},
        "long": {"type": "long"},
    }

    def build_schema(self, fields):
        content_field_name, mapping = super().build_schema(fields)
        for field in fields.values():
            name = field.index_fieldname
            if isinstance(field, SyllableField):
                mapping[name] = (
                    {"type": "text", "analyzer": "vi_folded"} if field.folded else copy.deepcopy(_SYLLABLES)
                )
                if name in BODY_FIELDS:
                    # Two-syllable phrases answered from indexed pairs (ES's shingles), as tantivy's
                    # pair fields do: phrases of common syllables otherwise read nearly every position.
                    mapping[name]["index_phrases"] = True
            elif isinstance(field, FacetField | CompoundField | SuggestField):
                mapping[name] = {"type": "keyword"}
            elif isinstance(field, DateKeyField):
                mapping[name] = {"type": "integer"}
        mapping[PK_FIELD] = {"type": "long"}
        return content_field_name, mapping

    def _prepare_object(self, index, obj):
        """The index entry with text in canonical form and ready compound / suggestion terms."""
        prepared = super()._prepare_object(index, obj)
        for name in TEXT_FIELDS:
            prepared[name] = canonical_tones(prepared.get(name) or "")
        for name in FOLDED_FIELDS:
            prepared[name] = fold(canonical_tones(prepared.get(name) or ""))
        prepared["compounds"] = compound_terms(prepared.get("compounds") or "")
        prepared["compounds_folded"] = compound_terms(prepared.get("compounds_folded") or "", folded=True)
        prepared["suggest"] = suggest_terms(prepared.get("suggest") or "")
        prepared[PK_FIELD] = int(prepared[DJANGO_ID])
        return prepared

    def build_search_kwargs(self, query_string, **kwargs):
        search_kwargs = super().build_search_kwargs(query_string, **kwargs)
        query = search_kwargs.get("query", {})
        # The query_string clause haystack builds, possibly wrapped in a bool with filters.
        inner = query.get("bool", {}).get("must", query)
        if isinstance(inner, dict) and "query_string" in inner:
            clause = inner["query_string"]
            clause.pop("default_field", None)
            clause["query"] = canonical_tones(clause["query"])
            clause["fields"] = ["text^2", "text.folded", "title^3", "title.folded^1.5"]
            clause["default_operator"] = DEFAULT_OPERATOR
            clause.pop("fuzziness", None)
        return search_kwargs


class VietnameseElasticsearchEngine(BaseEngine):
    backend = VietnameseElasticsearchBackend
    query = Elasticsearch7SearchQuery
