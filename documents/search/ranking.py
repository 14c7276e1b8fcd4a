"""The ranking weights every backend applies, on top of its own BM25 over the syllable fields.

One place, so Whoosh, tantivy and Elasticsearch rank alike (the contract suite checks they do):
exact forms (as typed, or as the suggestion restores them) outrank folded ones, words adjacent as
typed outrank scattered ones, a title match counts more, a query's word pairs the segmentation
holds as compound words add weight, and the preferred form of an abbreviation counts most.
"""

from __future__ import annotations

EXACT_BOOST = 2.0
TITLE_BOOST = 1.5
PROXIMITY_BOOST = 4.0
PAIR_BOOST = 2.0
COMPOUND_BOOST = 1.0
PREFERRED_BOOST = 3.0

# (exact field, folded field) pairs a term is looked up in.
TEXT_FIELDS = ("text", "text_folded")
TITLE_FIELDS = ("title", "title_folded")
