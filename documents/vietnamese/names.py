"""Person names: one spelling per person, whatever the spacing, case or tone placement."""

from __future__ import annotations

import re

from .normalize import canonical_tones

_SPACES = re.compile(r"\s+")


def tidy_person_name(name: str) -> str:
    """ "nguyễn  văn thuỵ" → "Nguyễn Văn Thụy": canonical tones, single spaces, each syllable capitalized."""
    syllables = _SPACES.split(canonical_tones(name).strip())
    return " ".join(s[:1].upper() + s[1:].lower() for s in syllables if s)


def person_key(name: str) -> str:
    """The identity of a name across documents: tidy form, case-folded."""
    return tidy_person_name(name).casefold()
