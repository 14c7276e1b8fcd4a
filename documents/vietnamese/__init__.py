"""Vietnamese text handling: normalization, folding, syllables and word segmentation.

Pure functions with no Django imports, shared by ingestion, metadata extraction and search.
"""

from .normalize import canonical_tones, fold, normalize_text, normalize_whitespace, syllables

__all__ = ["canonical_tones", "fold", "normalize_text", "normalize_whitespace", "syllables"]
