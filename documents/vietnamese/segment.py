"""Word segmentation with underthesea: the only module that imports it.

Segmentation is slow (~0.1 M characters/s per core), so it runs once at ingestion and its
result is stored with the document; indexing and re-indexing read the stored form.

Stored form: one line per input line, words separated by spaces, the syllables of a
compound word joined by "_" ("Ban Thường_vụ Tỉnh_ủy").
"""

from __future__ import annotations

from functools import lru_cache

COMPOUND_JOINER = "_"


@lru_cache(maxsize=1)
def _word_tokenize():
    # Imported lazily: loading the model takes a noticeable moment, which commands that never
    # segment skip.
    from underthesea import word_tokenize

    return word_tokenize


def segment(text: str) -> str:
    """Segment ``text`` (already normalized) into words, keeping its line structure."""
    tokenize = _word_tokenize()
    lines = []
    for line in text.split("\n"):
        # Underscores in the source would be read back as compound joiners; spaces keep syllables apart.
        line = line.replace(COMPOUND_JOINER, " ").strip()
        lines.append(tokenize(line, format="text") if line else "")
    return "\n".join(lines)


def compound_words(segmented: str) -> list[str]:
    """The multi-syllable words of a stored segmentation, as "hành chính" (space-joined)."""
    return [
        token.replace(COMPOUND_JOINER, " ")
        for token in segmented.split()
        if COMPOUND_JOINER in token.strip(COMPOUND_JOINER)
    ]
