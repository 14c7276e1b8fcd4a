"""Numbers in words or figures: the query's number beside its word, spelled the other ways."""

from __future__ import annotations

import pytest
from django.http import QueryDict

from documents.search.numbers import expand_numbers, spellings
from documents.search.query import parse_query
from documents.search.service import SearchParams, run_search
from tests.factories import DocumentFactory


def _words(*known):
    known = {tuple(w.split()) for w in known}
    return lambda candidates: {c for c in candidates if c in known}


def alternatives(query: str, *words: str) -> list[list[str]]:
    parsed = expand_numbers(parse_query(query, _words(*words)))
    return [[term.text for term in clause.alternatives] for clause in parsed.clauses]


def test_a_cardinal_is_rewritten_with_the_word_it_counts():
    assert spellings(("hai", "cấp")) == [("2", "cấp")]
    assert spellings(("6", "tháng")) == [("sáu", "tháng")]
    assert alternatives('"chính quyền hai cấp"') == [["chính quyền hai cấp", "chính quyền 2 cấp"]]
    # A number that is a word of its own joins the word after it into one clause.
    assert alternatives("tăng trưởng hai con số", "tăng trưởng", "con số") == [
        ["tăng trưởng"],
        ["hai con số", "2 con số"],
    ]


def test_an_ordinal_follows_thu_in_words_roman_figures_or_folded():
    assert spellings(("lần", "thứ", "nhất")) == [("lần", "thứ", "i"), ("lần", "thứ", "1")]
    assert spellings(("lan", "thu", "nhat")) == [("lan", "thu", "i"), ("lan", "thu", "1")]
    assert spellings(("thứ", "iv")) == [("thứ", "tư"), ("thứ", "4")]
    assert alternatives("đại hội lần thứ nhất", "đại hội", "lần thứ") == [
        ["đại hội"],
        ["lần thứ nhất", "lần thứ i", "lần thứ 1"],
    ]


@pytest.mark.parametrize(
    "query",
    [
        "hai",  # alone: "2" is in nearly every document
        "xa moi sau sap nhap",  # "sau" (after) is not "sáu"
        "năm 2025",  # "năm" is a year
        "lần thứ 25",  # no other spelling
        "tăng trưởng hai",  # nothing counted after it
        "hai OR ba cấp",  # an OR is what was asked for
    ],
)
def test_words_that_are_not_a_counted_number_stay_as_typed(query):
    assert expand_numbers(parse_query(query)) == parse_query(query)


@pytest.mark.django_db
def test_a_number_in_words_finds_it_in_figures_as_typed_first(db):
    words = DocumentFactory(raw_text="Mô hình chính quyền địa phương hai cấp vận hành thông suốt.")
    figures = DocumentFactory(raw_text="Chính quyền địa phương 2 cấp đi vào hoạt động.")
    DocumentFactory(raw_text="Chính quyền địa phương các cấp, 2 phường mới.")
    data = QueryDict(mutable=True)
    data["q"] = '"chính quyền địa phương hai cấp"'
    outcome = run_search(SearchParams.from_querydict(data))
    assert [hit.document.pk for hit in outcome.hits] == [words.pk, figures.pk]
