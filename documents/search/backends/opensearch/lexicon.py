"""The "did you mean" lexicon on OpenSearch: the suggest grams ("folded␟written", see
documents.search.analysis.suggest_grams) spread over LEXICON_FIELDS keyword fields by the first
word of their key, and the request that lists the written forms under a prefix.

Why spread: OpenSearch cannot list a field's terms with their document counts as tantivy's
``terms_with_prefix`` and Whoosh's ``iter_prefix`` do. A terms aggregation counts them by reading
every value of every document its query matches, and a text holds a thousand grams or so while a
common word ("kinh", "te") is in nearly every document: each lookup read the whole lexicon of
the corpus. The forms of one key live in one field, which holds a sixteenth of each document's
grams. A prefix shorter than a word (the typo search's first letter) still reads every field.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterable

from documents.search.analysis import SUGGEST_SEPARATOR

from .vocabulary import lucene_regexp_literal

LEXICON_FIELDS = tuple(f"suggest_{number:02d}" for number in range(16))
_WORD_ENDS = (" ", SUGGEST_SEPARATOR)


def _first_word(prefix: str) -> str | None:
    """The key's first word when ``prefix`` holds it whole (a space or the separator after it)."""
    for position, character in enumerate(prefix):
        if character in _WORD_ENDS:
            return prefix[:position]
    return None


def field_of(word: str) -> str:
    # crc32: the same field in every process and every release (Python's hash() is salted).
    return LEXICON_FIELDS[zlib.crc32(word.encode("utf-8")) % len(LEXICON_FIELDS)]


def _fields_for(prefix: str) -> tuple[str, ...]:
    word = _first_word(prefix)
    return LEXICON_FIELDS if word is None else (field_of(word),)


def spread(grams: Iterable[str]) -> dict[str, list[str]]:
    """An entry's grams by lexicon field (fields without any left out)."""
    fields: dict[str, list[str]] = {}
    for gram in grams:
        # As _fields_for reads it: an empty first word (a key that opens with a space) too.
        word = _first_word(gram)
        fields.setdefault(field_of(gram if word is None else word), []).append(gram)
    return fields


def written_forms_body(prefix: str, limit: int) -> dict:
    """The ``limit`` commonest terms under ``prefix`` of each field that may hold them, with
    document counts (most frequent first, ties in term order: as tantivy's terms_with_prefix)."""
    fields = _fields_for(prefix)
    aggregations = {
        field: {
            # The documents holding a term of this field under the prefix, and of their terms
            # only those under it.
            "filter": {"prefix": {field: prefix}},
            "aggs": {
                "forms": {
                    "terms": {
                        "field": field,
                        "include": lucene_regexp_literal(prefix) + ".*",
                        "size": limit,
                        "order": [{"_count": "desc"}, {"_key": "asc"}],
                    }
                }
            },
        }
        for field in fields
    }
    query = [{"prefix": {field: prefix}} for field in fields]
    return {
        "size": 0,
        "track_total_hits": False,
        "query": query[0] if len(query) == 1 else {"bool": {"should": query, "minimum_should_match": 1}},
        "aggs": aggregations,
    }


def written_forms(aggregations: dict, prefix: str, limit: int) -> list[tuple[str, int]]:
    """The answer of written_forms_body: (what follows the prefix, document count), the
    ``limit`` commonest over all fields asked (a term is in one field only)."""
    found = [
        (bucket["key"][len(prefix) :], int(bucket["doc_count"]))
        for field in _fields_for(prefix)
        for bucket in aggregations.get(field, {}).get("forms", {}).get("buckets", ())
    ]
    return sorted(found, key=lambda form: (-form[1], form[0]))[:limit]
