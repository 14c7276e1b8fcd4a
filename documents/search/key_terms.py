"""Related documents: those sharing a document's most telling compound words.

Key terms are the compound words of the stored segmentation weighted by tf-idf over the index
("giải phóng mặt bằng" in a handful of documents says more than "Ban Chấp hành" in all).
"""

from __future__ import annotations

import math
from collections import Counter

from .analysis import compound_terms

KEY_TERMS = 15


def key_terms(segmented: str, document_frequencies, limit: int = KEY_TERMS) -> dict[str, float]:
    """The ``limit`` best compound words of a segmentation with their tf-idf weights.

    ``document_frequencies(terms)`` returns (number of documents, {term: document frequency}).
    """
    counts = Counter(compound_terms(segmented))
    if not counts:
        return {}
    total, frequencies = document_frequencies(list(counts))
    weights = {}
    for term, tf in counts.items():
        df = frequencies.get(term, 0)
        if df <= 0 or df >= total > 2:
            continue  # unknown to the index, or in every document
        weights[term] = (1 + math.log(tf)) * math.log(1 + total / df)
    best = sorted(weights.items(), key=lambda item: (-item[1], item[0]))[:limit]
    return dict(best)
