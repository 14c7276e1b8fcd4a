"""The column list, citations and plain snippets, on documents built in memory."""

from __future__ import annotations

import datetime

import pytest
from django.http import QueryDict
from django.utils import translation
from hypothesis import given, settings
from hypothesis import strategies as st

from documents.export.columns import (
    COLUMNS,
    KEYS,
    RowContext,
    build_row,
    citation,
)
from documents.export.rows import PlainSnippets
from documents.labels import DOC_TYPE_LABELS, labels_table
from documents.models import Document, Province
from documents.permalinks import permalink_maker
from documents.search.params import SearchParams

ACCESSED = datetime.date(2026, 11, 22)
LINK = "http://localhost/documents/7/"


def _document(**fields) -> Document:
    document = Document(pk=7, title=fields.pop("title", ""), text=fields.pop("text", "Văn bản."), **fields)
    return document


def test_one_ordered_column_list():
    assert KEYS == (
        "title",
        "date",
        "province",
        "province_current",
        "meeting_type",
        "doc_type",
        "number",
        "officials",
        "period",
        "term",
        "permalink",
        "citation",
        "snippet",
    )
    assert all(column.header and column.width > 0 for column in COLUMNS)


def test_citation_of_a_notice_in_vietnamese_style():
    document = _document(
        province=Province(name="Thanh Hóa", kind="province"),
        meeting_type="ban_thuong_vu",
        doc_type="thong_bao_ket_luan",
        number="2043-KL/TU",
        date=datetime.date(2023, 12, 5),
        date_precision="day",
    )
    assert citation(document, LINK, ACCESSED) == (
        "Ban Thường vụ Tỉnh ủy Thanh Hóa, Thông báo kết luận số 2043-KL/TU ngày 05/12/2023, "
        "http://localhost/documents/7/ (truy cập 22/11/2026)."
    )


def test_citation_of_a_city_news_report_dated_to_the_month():
    document = _document(
        title="Hội nghị Thành ủy lần thứ 20",
        province=Province(name="Hải Phòng", kind="city"),
        meeting_type="ban_chap_hanh",
        doc_type="news",
        date=datetime.date(2024, 6, 1),
        date_precision="month",
    )
    assert citation(document, LINK, ACCESSED) == (
        "Ban Chấp hành Đảng bộ thành phố Hải Phòng, “Hội nghị Thành ủy lần thứ 20” tháng 06/2024, "
        "http://localhost/documents/7/ (truy cập 22/11/2026)."
    )


def test_citation_in_english_translates_its_words_not_the_title():
    notice = _document(
        province=Province(name="Thanh Hóa", kind="province"),
        meeting_type="thuong_truc",
        doc_type="ket_luan",
        number="15-KL/TU",
        date=datetime.date(2023, 12, 5),
        date_precision="day",
    )
    untyped = _document(
        title="", text="", number="15-KL/TU", date=datetime.date(2022, 1, 1), date_precision="year"
    )
    with translation.override("en"):
        assert citation(notice, LINK, ACCESSED) == (
            "Standing Board of the Thanh Hóa Provincial Party Committee, Conclusion No. 15-KL/TU "
            "dated 05/12/2023, http://localhost/documents/7/ (accessed 22/11/2026)."
        )
        assert citation(untyped, LINK, ACCESSED) == (
            "Document No. 15-KL/TU dated 2022, http://localhost/documents/7/ (accessed 22/11/2026)."
        )
    with translation.override("vi"):
        assert citation(untyped, LINK, ACCESSED) == (
            "Văn bản số 15-KL/TU năm 2022, http://localhost/documents/7/ (truy cập 22/11/2026)."
        )


def test_citation_skips_what_is_unknown():
    assert (
        citation(_document(text=""), LINK, ACCESSED) == "http://localhost/documents/7/ (truy cập 22/11/2026)."
    )
    # Untitled: the first sentence stands in for the title, never the file's name.
    untitled = _document(text="Tỉnh ủy họp bàn đất đai. Câu sau.", original_name="039.txt")
    assert citation(untitled, LINK, ACCESSED) == (
        "“Tỉnh ủy họp bàn đất đai.”, http://localhost/documents/7/ (truy cập 22/11/2026)."
    )
    district = _document(
        title="Hội nghị Huyện ủy",
        province=Province(name="Nghệ An", kind="province"),
        level="district",
        date=datetime.date(2022, 1, 1),
        date_precision="year",
    )
    assert citation(district, LINK, ACCESSED).startswith("“Hội nghị Huyện ủy” năm 2022, http")


def test_row_of_a_document_with_unknown_fields_is_empty_strings():
    context = RowContext(absolute_url=lambda path: f"http://localhost{path}", accessed=ACCESSED, snippet=str)
    document = _document(title="Không rõ")
    document.official_names = []
    row = dict(zip(KEYS, build_row(document, context), strict=True))
    assert row["title"] == "Không rõ" and row["permalink"] == LINK
    assert row["date"] == row["province"] == row["officials"] == row["number"] == ""


def _snippets(q: str, **kwargs) -> PlainSnippets:
    return PlainSnippets(SearchParams.from_querydict(QueryDict(f"q={q}")), **kwargs)


def test_snippet_is_plain_text_around_the_match():
    text = (
        "Mở đầu văn bản. " * 80 + "Đẩy nhanh giải phóng mặt bằng & tái định cư <khu A>." + " Kết thúc." * 80
    )
    snippet = _snippets("giải phóng mặt bằng")(_document(text=text))
    assert "giải phóng mặt bằng & tái định cư <khu A>" in snippet
    assert "<mark>" not in snippet and "&amp;" not in snippet


def test_snippet_follows_an_accent_insensitive_fallback():
    text = "Mở đầu văn bản. " * 80 + "Đẩy nhanh giải phóng mặt bằng." + " Kết thúc." * 80
    mistyped = "giài"  # a wrong tone mark: the search falls back to ignoring diacritics
    assert "giải phóng" not in _snippets(mistyped, folded=False)(_document(text=text))
    assert "giải phóng" in _snippets(mistyped, folded=True)(_document(text=text))


def test_snippet_without_query_words_is_the_opening():
    text = "Hội nghị   lần thứ nhất.\n" + "Nội dung. " * 100
    snippet = _snippets("")(_document(text=text))
    assert snippet.startswith("Hội nghị lần thứ nhất. Nội dung.") and snippet.endswith("…")
    assert len(snippet) <= 310
    assert _snippets("")(_document(text="Ngắn.")) == "Ngắn."


@given(st.text(alphabet=st.sampled_from("ab đ.\n\t"), max_size=1500))
@settings(max_examples=200, deadline=None)
def test_the_opening_needs_only_the_characters_the_export_reads(text):
    # Exports without query words read only the first text_chars characters of each text.
    snippets = _snippets("")
    assert snippets.text_chars is not None
    assert snippets(_document(text=text[: snippets.text_chars])) == snippets(_document(text=text))
    assert _snippets("giải phóng").text_chars is None  # a snippet around the words needs them all


@pytest.mark.parametrize("pk", [1, 7, 42, 123456])
def test_permalinks_are_the_reversed_document_address(pk):
    from django.urls import reverse

    make = permalink_maker(lambda path: f"https://portal.example{path}")
    assert make(pk) == f"https://portal.example{reverse('documents:detail', args=[pk])}"


def test_labels_follow_the_language_of_the_export():
    with translation.override("vi"):
        vietnamese = labels_table(DOC_TYPE_LABELS)["thong_bao_ket_luan"]
    with translation.override("en"):
        english = labels_table(DOC_TYPE_LABELS)["thong_bao_ket_luan"]
        context = RowContext(absolute_url=str, accessed=ACCESSED, snippet=str)
    assert vietnamese == "Thông báo kết luận" and english != vietnamese
    assert context.doc_types["thong_bao_ket_luan"] == english


def test_an_export_document_copies_and_pickles_with_its_facet_fields():
    import copy
    import pickle

    from documents.export.rows import ExportDocument

    document = ExportDocument(
        pk=1, title="Hội nghị", date=None, date_precision=None, province=None, level=None,
        meeting_type=None, doc_type=None, number=None, period=None, text="Hội nghị",
        facet_fields={"term": "XV"},
    )  # fmt: skip
    for again in (copy.copy(document), pickle.loads(pickle.dumps(document))):
        assert again.term == "XV"
        assert again.facet_fields == {"term": "XV"}
