"""The wording-variation suite: every report of wording_cases.py as real pages vary it.

A page's headline may be in capitals or lose its diacritics, its text may write the old tone
placement (uỷ, hoá) or come decomposed (NFD), a committee's name may break across lines, and a
page may have no headline at all. The meeting type, level and chair must not change with any of
these. Each case goes through normalize_text first, as ingestion does.
"""

from __future__ import annotations

import unicodedata

import pytest

from documents.metadata import extract_metadata
from documents.vietnamese.normalize import fold, normalize_text
from tests.metadata.wording_cases import Case
from tests.metadata.wording_chairs import CHAIR_CASES
from tests.metadata.wording_committees import COMMITTEE_CASES
from tests.metadata.wording_events import EVENT_CASES

CASES = [*COMMITTEE_CASES, *EVENT_CASES, *CHAIR_CASES]

_OLD_TONES = {"ủy": "uỷ", "Ủy": "Uỷ", "ỦY": "UỶ", "hóa": "hoá", "Hóa": "Hoá", "hòa": "hoà", "Hòa": "Hoà"}


def _old_tones(text: str) -> str:
    for new, old in _OLD_TONES.items():
        text = text.replace(new, old)
    return text


def _page(case: Case, variation: str) -> str:
    headline, body = case.headline, case.body.replace("¦", "\n" if variation == "name_broken" else " ")
    if variation == "headline_caps":
        headline = headline.upper()
    elif variation == "headline_without_diacritics":
        headline = fold(headline)
    page = body if variation == "no_headline" else f"{headline}\n\n{body}"
    if variation == "old_tones":
        page = _old_tones(page)
    elif variation == "nfd":
        page = unicodedata.normalize("NFD", page)
    return page


VARIATIONS = (
    "as_written",
    "headline_caps",
    "headline_without_diacritics",
    "old_tones",
    "nfd",
    "name_broken",
    "no_headline",
)


def _applies(case: Case, variation: str) -> bool:
    # a meeting named in the headline alone is unknown without it
    return not (case.headline_only and variation == "no_headline")


@pytest.mark.parametrize(
    ("case", "variation"),
    [
        pytest.param(case, variation, id=f"{case.name}-{variation}")
        for case in CASES
        for variation in VARIATIONS
        if _applies(case, variation)
    ],
)
def test_meeting_type_level_and_chair_hold_across_variations(case, variation):
    meta = extract_metadata(normalize_text(_page(case, variation)))
    found = (meta.meeting_type, meta.level, meta.chair)
    assert found == (case.meeting_type, case.level, case.chair), case.convention


def test_the_variations_change_the_page():
    case = CASES[0]
    pages = {variation: _page(case, variation) for variation in VARIATIONS}
    assert len(set(pages.values())) == len(VARIATIONS)
    assert "\n" in case.body.replace("¦", "\n") and "¦" not in pages["as_written"]
