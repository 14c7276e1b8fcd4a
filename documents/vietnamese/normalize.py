"""Normalization of Vietnamese text, applied once at ingestion and to every query.

Real documents mix Unicode forms (precomposed vs combining marks) and two tone-placement
conventions ("hoá" / "hóa", "uỷ" / "ủy" appear in the same province's documents), so text is
brought to one canonical form before it is stored, indexed or searched.
"""

from __future__ import annotations

import re
import unicodedata

# Combining tone marks (NFD). Vowel-quality marks (circumflex, breve, horn) are not tones.
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"

# Open rhymes "oa", "oe", "uy" are written two ways: tone on the second vowel (hoá, khoẻ, thuỷ,
# uỷ) or on the first (hóa, khỏe, thủy, ủy). The project's canonical form is the second list,
# the one most of the documents use. Only when the rhyme ends the syllable: "hoàn", "hoạch"
# are written one way only.
_TONE_ON_SECOND_VOWEL = re.compile(
    rf"(?i)(?<![^\W\d_])([^\W\d_]*?)(o|u)(a|e|y)([{TONE_MARKS}])(?![^\W\d_]|[\u0300-\u036f])"
)
_VALID_PAIRS = {("o", "a"), ("o", "e"), ("u", "y")}

_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_HORIZONTAL_SPACE = re.compile(r"[^\S\n]+")
_MANY_BLANK_LINES = re.compile(r"\n{3,}")
_SYLLABLE = re.compile(r"[^\W_]+")


def _move_tone(match: re.Match[str]) -> str:
    onset, first, second, tone = match.groups()
    if (first.lower(), second.lower()) not in _VALID_PAIRS:
        return match.group(0)
    # "qu" + "y" is the consonant qu and the vowel y: "quý", "quỷ" keep the tone on y.
    if first.lower() == "u" and onset.lower().endswith("q"):
        return match.group(0)
    return f"{onset}{first}{tone}{second}"


# The same movable tones as written in NFC: a bare o or u, then a, e or y precomposed with a tone,
# ending the syllable. Only the pairs _move_tone moves ("qu" + "ý" stays), so a text already in
# the canonical form (every stored text is) has none.
_MOVABLE_TONE_NFC = re.compile(r"(?i)(?:o[áàảãạéèẻẽẹ]|(?<!q)u[ýỳỷỹỵ])(?![^\W\d_])")


def canonical_tones(text: str) -> str:
    """Return ``text`` in NFC with tone marks placed canonically (hoá→hóa, uỷ→ủy, thuỷ→thủy)."""
    # Indexing and queries call this on texts normalized at ingestion: answering those from a
    # check, far cheaper than decomposing and recomposing a whole report, is worth it.
    if unicodedata.is_normalized("NFC", text) and not _MOVABLE_TONE_NFC.search(text):
        return text
    return place_tones(text)


def place_tones(text: str) -> str:
    """canonical_tones without the shortcut for texts already canonical."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _TONE_ON_SECOND_VOWEL.sub(_move_tone, decomposed))


def normalize_whitespace(text: str) -> str:
    """Unify line ends, drop zero-width characters, collapse runs of spaces; keep paragraphs."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text = _ZERO_WIDTH.sub("", text)
    text = _HORIZONTAL_SPACE.sub(" ", text)
    lines = [line.strip() for line in text.split("\n")]
    return _MANY_BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


# Older pages and converted files write Đ/đ with the Icelandic eth (Ð U+00D0, ð U+00F0), which
# looks the same: read as Đ/đ, "Ðại hội" is a congress to extraction and found by "Đại hội".
_ETH = str.maketrans("\u00d0\u00f0", "Đđ")


def normalize_text(text: str) -> str:
    """The canonical form stored and indexed: NFC, canonical tones, Đ/đ for the eth, tidy
    whitespace."""
    if "\u00d0" in text or "\u00f0" in text:
        text = text.translate(_ETH)
    return normalize_whitespace(canonical_tones(text))


def fold(text: str) -> str:
    """Remove every diacritic and map đ→d, so "Thanh Hóa" and "thanh hoa" compare equal."""
    decomposed = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return unicodedata.normalize("NFC", stripped)


def syllables(text: str) -> list[str]:
    """Lowercased syllables (runs of letters and digits), the unit every search field indexes."""
    return [token.lower() for token in _SYLLABLE.findall(text)]
