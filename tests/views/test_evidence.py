"""Extraction's rule names are shown in the interface's language on the review pages; the
document's own words are not translated."""

from __future__ import annotations

import pytest
from django.utils import translation

from documents.evidence import RULES, readable_evidence
from documents.metadata import extract_metadata

DATE_EVIDENCE = "Sáng ngày 4/4 (the meeting's paragraph; year: the page's date)"


@pytest.mark.parametrize(
    ("language", "evidence", "shown"),
    [
        ("vi", "first sentence", "câu đầu tiên"),
        ("en", "first sentence", "first sentence"),
        ("vi", DATE_EVIDENCE, "Sáng ngày 4/4 (đoạn nói về hội nghị; năm: ngày của trang)"),
        ("en", DATE_EVIDENCE, "Sáng ngày 4/4 (the meeting's paragraph; year: the page's date)"),
        ("vi", "URL https://x.vn/a-2024", "địa chỉ trang https://x.vn/a-2024"),
        ("vi", "tỉnh Thái Bình", "tỉnh Thái Bình"),  # the document's words, as they are
        ("vi", "Nghị quyết (số mới) của Tỉnh ủy", "Nghị quyết (số mới) của Tỉnh ủy"),
    ],
)
def test_rule_names_follow_the_language(language, evidence, shown):
    with translation.override(language):
        assert readable_evidence(evidence) == shown


def test_every_rule_has_a_vietnamese_name_and_the_english_one_is_not_vietnamese():
    for rule, label in RULES.items():
        with translation.override("vi"):
            assert str(label) != rule, rule
        with translation.override("en"):
            english = str(label)
        assert english.isascii(), (rule, english)


def test_what_extraction_writes_today_reads_in_vietnamese():
    text = (
        "Bài đăng ngày 05/04/2024\nSáng 4/4, Ban Thường vụ Tỉnh ủy Thái Bình họp dưới sự chủ trì của "
        "đồng chí Ngô Đông Hải, Bí thư Tỉnh ủy. Hội nghị cho ý kiến về công tác cán bộ."
    )
    evidence = extract_metadata(text, hints={"date": "2024-04-05"}).evidence
    assert evidence, "extraction gave no evidence"
    with translation.override("vi"):
        shown = " ".join(readable_evidence(str(value)) for value in evidence.values())
    for english in ("year:", "first sentence", "headline", "the page's date", "the meeting's paragraph"):
        assert english not in shown, (english, evidence)
