"""The Elasticsearch index settings and mapping reproduce our analyzer; no server needed."""

from __future__ import annotations

import re

import pytest
from haystack import connections

from documents.search.analysis import SYLLABLE_PATTERN, compound_terms, tokens
from documents.search.backends.elasticsearch.engine import SYLLABLE_SPLIT, VietnameseElasticsearchBackend
from tests.factories import DocumentFactory


@pytest.fixture
def backend():
    return VietnameseElasticsearchBackend("default", URL="http://127.0.0.1:9/", INDEX_NAME="portal_test")


def test_settings_define_the_syllable_analyzer_and_its_folded_twin(backend):
    analysis = backend.DEFAULT_SETTINGS["settings"]["analysis"]
    assert analysis["tokenizer"]["vi_syllable"] == {"type": "pattern", "pattern": r"[^\p{L}\p{N}]+"}
    assert analysis["analyzer"]["vi_syllables"]["filter"] == ["lowercase"]
    assert analysis["analyzer"]["vi_folded"]["filter"] == ["lowercase", "asciifolding"]
    assert "snowball" not in str(backend.DEFAULT_SETTINGS) + str(backend.DEFAULT_FIELD_MAPPING)


def test_the_split_pattern_gives_our_syllables():
    # Python's re has no \p{..}: letters and numbers are [^\W_] there, which is what we index.
    text = "Thanh Hóa, KL/TU số 2043-KL/TU; covid-19 đảng_ủy Ủy ban"
    python_split = [t for t in re.split(r"[\W_]+", text) if t]
    assert [t.lower() for t in python_split] == tokens(text)
    assert SYLLABLE_SPLIT == r"[^\p{L}\p{N}]+" and SYLLABLE_PATTERN == r"[^\W_]+"


def test_mapping_uses_our_analyzer_keyword_facets_and_integers(backend):
    fields = connections["default"].get_unified_index().all_searchfields()
    content_field, mapping = backend.build_schema(fields)
    assert content_field == "text"
    assert mapping["text"] == {
        "type": "text",
        "analyzer": "vi_syllables",
        "index_phrases": True,
        "fields": {"folded": {"type": "text", "analyzer": "vi_folded"}},
    }
    assert mapping["text_folded"]["index_phrases"] is True and "index_phrases" not in mapping["title"]
    assert mapping["title"]["fields"]["folded"]["analyzer"] == "vi_folded"
    assert mapping["text_folded"]["analyzer"] == "vi_folded"
    for facet in ("province", "province_current", "year", "meeting_type", "doc_type", "level", "officials"):
        assert mapping[facet] == {"type": "keyword"}, facet
    for terms in ("compounds", "compounds_folded", "suggest"):
        assert mapping[terms] == {"type": "keyword"}
    for number in ("date_start", "date_end", "undated"):
        assert mapping[number] == {"type": "integer"}
    assert all("snowball" not in str(m) for m in mapping.values())


def test_search_kwargs_search_the_folded_subfield_too(backend):
    kwargs = backend.build_search_kwargs("Thanh Hoá", narrow_queries={'province:"Thanh Hóa"'})
    clause = kwargs["query"]["bool"]["must"]["query_string"]
    assert clause["query"] == "Thanh Hóa"  # canonical tones before the analyzer sees it
    assert "text.folded" in clause["fields"] and any(f.startswith("text^") for f in clause["fields"])
    assert "fuzziness" not in clause
    assert backend.build_search_kwargs("*:*")["query"]["bool"]["must"] == {"match_all": {}}


@pytest.mark.django_db
def test_documents_are_sent_canonical_with_ready_terms(backend):
    from documents.search_indexes import DocumentIndex

    document = DocumentFactory(
        raw_text="Uỷ ban nhân dân Thanh Hoá",
        text="Uỷ ban nhân dân Thanh Hoá",  # not normalized: what the backend itself must do
        segmented="Uỷ_ban nhân_dân Thanh_Hoá",
        title="Thanh Hoá",
    )
    prepared = backend._prepare_object(DocumentIndex(), document)
    assert prepared["title"] == "Thanh Hóa"
    assert prepared["text"].startswith("Thanh Hóa\nỦy ban nhân dân Thanh Hóa")
    assert prepared["text_folded"].startswith("Thanh Hoa\nUy ban nhan dan Thanh Hoa")
    assert (
        prepared["compounds"]
        == compound_terms("Uỷ_ban nhân_dân Thanh_Hoá")
        == ["ủy_ban", "nhân_dân", "thanh_hóa"]
    )
    assert "thanh hoa\x1fThanh Hóa" in prepared["suggest"]
