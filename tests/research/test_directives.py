"""What a cited number says: kind, issuer, level, and its slug; pure."""

from __future__ import annotations

import pytest

from documents.research.directives import (
    CENTRAL,
    DISTRICT,
    GRASSROOTS,
    OTHER,
    PROVINCIAL,
    describe,
    issuer_level,
    number_from_slug,
    number_slug,
)


@pytest.mark.parametrize(
    ("number", "kind", "kind_label", "issuer", "level"),
    [
        ("18-NQ/TW", "NQ", "Nghị quyết", "TW", CENTRAL),
        ("126-KL/TW", "KL", "Kết luận", "TW", CENTRAL),
        ("05-CT/TW", "CT", "Chỉ thị", "TW", CENTRAL),
        ("35-QĐ/TW", "QĐ", "Quyết định", "TW", CENTRAL),
        ("144-QĐi/TW", "QĐI", "Quy định", "TW", CENTRAL),
        ("42-HD/BTGTW", "HD", "Hướng dẫn", "BTGTW", CENTRAL),
        ("2043-KL/TU", "KL", "Kết luận", "TU", PROVINCIAL),
        ("12-TB/HU", "TB", "Thông báo", "HU", DISTRICT),
        ("7-NQ/ĐU", "NQ", "Nghị quyết", "ĐU", GRASSROOTS),
        ("3-KH/XYZ", "KH", "Kế hoạch", "XYZ", OTHER),
    ],
)
def test_a_number_is_split_and_named(number, kind, kind_label, issuer, level):
    directive = describe(number)
    assert (directive.kind, directive.issuer, directive.level) == (kind, issuer, level)
    assert directive.kind_label == kind_label
    assert directive.is_central == (level == CENTRAL)


def test_spaces_and_case_are_tidied_as_ingestion_tidies_them():
    assert describe(" 18 - nq / tw ").number == "18-NQ/TW"


def test_an_unknown_kind_reads_as_written():
    assert describe("9-XY/TW").kind_label == "XY"


@pytest.mark.parametrize("text", ["", "Nghị quyết số 18", "18/NQ-TW", "NQ-18/TW"])
def test_what_is_not_a_number_is_not_described(text):
    assert describe(text) is None


def test_the_politburo_and_secretariat_are_central():
    assert issuer_level("BCT") == CENTRAL
    assert issuer_level("BBT") == CENTRAL
    assert issuer_level("") == OTHER


def test_a_number_goes_to_a_slug_and_back():
    for number in ("18-NQ/TW", "05-CT/TW", "35-QĐ/TW", "144-QĐI/TW"):
        assert number_from_slug(number_slug(number)) == number
    assert number_from_slug("18-nq-tw") == "18-NQ/TW"


@pytest.mark.parametrize("slug", ["", "18", "NQ-TW", "18-NQ", "18-NQ-TW/x", "١٨-NQ-TW", "18-NQ-" + "A" * 30])
def test_a_bad_slug_is_refused(slug):
    assert number_from_slug(slug) is None


def test_numbers_sort_by_kind_then_as_numbers():
    numbers = ["18-NQ/TW", "2-NQ/TW", "126-KL/TW"]
    ordered = sorted((describe(n) for n in numbers), key=lambda d: d.sort_key())
    assert [d.number for d in ordered] == ["126-KL/TW", "2-NQ/TW", "18-NQ/TW"]


def test_a_kind_names_the_one_document_cited_in_english_too():
    # The directive page reads "<kind> of <issuer>" for one number: "Conclusion of ...".
    from django.utils import translation

    with translation.override("en"):
        assert str(describe("126-KL/TW").kind_label) == "Conclusion"
        assert str(describe("18-NQ/TW").kind_label) == "Resolution"
        assert str(describe("5-QC/TU").kind_label) == "Statute"  # one document, not "Rules"
