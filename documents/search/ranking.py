"""The ranking weights, applied on every backend by documents.search.query_shape (which says what
each one rewards) on top of the engine's own BM25 over the syllable fields.
"""

from __future__ import annotations

EXACT_BOOST = 2.0
TITLE_BOOST = 1.5
PROXIMITY_BOOST = 4.0
PAIR_BOOST = 2.0
COMPOUND_BOOST = 1.0
PREFERRED_BOOST = 3.0
# Two words typed one after the other found near each other (within NEAR_SLOP syllables, about
# a sentence) though not adjacent: "khai mạc ... đại hội" in one sentence says more than the
# two words pages apart.
NEAR_BOOST = 1.0
NEAR_SLOP = 30

# (exact field, folded field) pairs a term is looked up in.
TEXT_FIELDS = ("text", "text_folded")
TITLE_FIELDS = ("title", "title_folded")
# A document dated within a term of office the query names ("nhiệm kỳ 2015-2020"), or undated
# (documents.search.periods): its words count again, this much.
TERM_BOOST = 4.0
