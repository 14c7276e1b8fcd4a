"""The wording-variation suite: every report of wording_cases.py as real pages vary it.

A page's headline may be in capitals, in sentence case or lose its diacritics, its text may write the old tone
placement (uỷ, hoá) or come decomposed (NFD), a committee's name may break across lines, a page
may have no headline at all, open its report with the paper's name ("(Báo Tỉnh) - Sáng 5/4, ...")
or a photo's caption, open with its date line or a markdown heading, end with its related stories'
headlines or another event of the same day, or list the report as its second story after a state
body's. The meeting type, level and chair must not change with
any of these. Each case goes through normalize_text first, as ingestion does.
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
    if variation in ("headline_caps", "page_date_caps"):
        headline = headline.upper()
    elif variation == "headline_without_diacritics":
        headline = fold(headline)
    elif variation == "headline_sentence_case":
        headline = headline[:1] + headline[1:].lower()
    if variation == "dateline":
        body = f"(Báo Tỉnh) - {body}"
    elif variation == "caption":
        body = f"Quang cảnh hội nghị. Ảnh: Minh Anh\n{body}"
    elif variation == "second_story":
        body = f"{_STATE_STORY}\n{headline}\n{body}"
    elif variation == "later_event":
        body = f"{body}\n{_LATER_EVENT}"
    if variation == "markdown_headline":
        headline = f"# {headline}"
    if variation.startswith("page_date"):
        # the page's date line as the devset's texts open ("date YYYY-MM-DD", then the headline)
        headline = f" date 2025-04-05 {headline}"
    page = body if variation == "no_headline" else f"{headline}\n\n{body}"
    if variation == "related_after":
        page += _RELATED
    if variation == "old_tones":
        page = _old_tones(page)
    elif variation == "nfd":
        page = unicodedata.normalize("NFD", page)
    return page


VARIATIONS = (
    "as_written",
    "headline_caps",
    "headline_without_diacritics",
    "headline_sentence_case",
    "old_tones",
    "nfd",
    "name_broken",
    "no_headline",
    "dateline",
    "related_after",
    "caption",
    "page_date",
    "page_date_caps",
    "second_story",
    "markdown_headline",
    "later_event",
)
# what a report goes on to tell after its meeting: the same day's other event, chaired by another
_LATER_EVENT = (
    "Chiều cùng ngày, đồng chí Phạm Quốc Dũng, Phó Bí thư Tỉnh ủy chủ trì buổi làm việc với Ban Thường "
    "vụ Huyện ủy Lạc Sơn về công tác cán bộ."
)
# a listing page's story before the report: a state body's conference
_STATE_STORY = (
    "UBND tỉnh triển khai nhiệm vụ năm 2025\nSáng 3/4, UBND tỉnh tổ chức hội nghị triển khai nhiệm vụ "
    "phát triển kinh tế - xã hội năm 2025."
)
# other stories' headlines a page lists under its report
_RELATED = (
    "\n\nTin liên quan\nĐại hội Đảng bộ huyện Phú Bình lần thứ XXIII thành công tốt đẹp\n"
    "Ban Thường vụ Tỉnh ủy làm việc với Huyện ủy Yên Lạc\nHội nghị Ban Chấp hành Đảng bộ xã Tân Lập"
)


def _applies(case: Case, variation: str) -> bool:
    # a meeting named in the headline alone is unknown without it; a page with no Party meeting
    # that lists other stories' meetings is another question
    if variation in ("related_after", "later_event"):
        return case.meeting_type is not None
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
