"""The OpenSearch index settings and mapping reproduce our analyzer, derived from the field
roles; no server needed (test_opensearch_server.py checks that a cluster accepts them)."""

from __future__ import annotations

import re

import pytest
from haystack import connections

from documents.search.analysis import SYLLABLE_PATTERN, compound_terms, tokens
from documents.search.backends.opensearch import index_settings
from documents.search.backends.opensearch.engine import OpenSearchBackend
from documents.search.backends.opensearch.lexicon import LEXICON_FIELDS, field_of
from tests.factories import DocumentFactory


@pytest.fixture
def backend():
    return OpenSearchBackend("default", URL="http://127.0.0.1:9/", INDEX_NAME="portal_test")


@pytest.fixture
def fields():
    return connections["default"].get_unified_index().all_searchfields()


def test_settings_define_the_syllable_analyzer_and_its_folded_twin(fields):
    body = index_settings.index_body(fields)
    analysis = body["settings"]["analysis"]
    assert analysis["tokenizer"]["vi_syllable"] == {"type": "pattern", "pattern": r"[^\p{L}\p{N}]+"}
    assert analysis["analyzer"]["vi_syllables"]["filter"] == ["lowercase"]
    assert analysis["analyzer"]["vi_folded"]["filter"] == ["lowercase", "asciifolding"]
    assert "snowball" not in str(body)
    assert "number_of_shards" not in body["settings"]  # the cluster's default unless asked
    sized = index_settings.index_body(fields, shards=3, replicas=1)["settings"]
    assert (sized["number_of_shards"], sized["number_of_replicas"]) == (3, 1)


def test_the_split_pattern_gives_our_syllables():
    # Python's re has no \p{..}: letters and numbers are [^\W_] there, which is what we index.
    text = "Thanh Hóa, KL/TU số 2043-KL/TU; covid-19 đảng_ủy Ủy ban"
    python_split = [t for t in re.split(r"[\W_]+", text) if t]
    assert [t.lower() for t in python_split] == tokens(text)
    assert index_settings.SYLLABLE_SPLIT == r"[^\p{L}\p{N}]+" and SYLLABLE_PATTERN == r"[^\W_]+"


def test_mapping_is_strict_with_our_analyzer_keyword_facets_and_integers(backend, fields):
    content_field, mapping = backend.build_schema(fields)
    assert content_field == "text" and mapping["dynamic"] == "strict"
    properties = mapping["properties"]
    assert properties["text"] == {
        "type": "text",
        "analyzer": "vi_syllables",
        "index_phrases": True,
        "fields": {"folded": {"type": "text", "analyzer": "vi_folded"}},
    }
    assert properties["text_folded"]["index_phrases"] is True and "index_phrases" not in properties["title"]
    assert properties["title"]["fields"]["folded"]["analyzer"] == "vi_folded"
    assert properties["text_folded"]["analyzer"] == "vi_folded"
    for facet in ("province", "province_current", "year", "meeting_type", "doc_type", "level", "officials"):
        assert properties[facet] == {"type": "keyword"}, facet
    for terms in ("compounds", "compounds_folded", "id", "django_ct", "django_id"):
        assert properties[terms] == {"type": "keyword"}, terms
    for number in ("date_start", "date_end", "undated"):
        assert properties[number] == {"type": "integer"}
    assert properties["document_pk"] == {"type": "long"}
    # The suggest field is sent as the lexicon's fields (prepare_entry), so only they are mapped.
    assert all(properties[name] == {"type": "keyword"} for name in LEXICON_FIELDS)
    assert "suggest" not in properties


def test_the_mapping_follows_the_roles_not_the_names(fields):
    from documents.search.index_fields import SuggestField, SyllableField

    def declared(name, field):
        field.set_instance_name(name)
        return field

    others = {
        "text": declared("text", SyllableField(document=True)),
        "body": declared("body", SyllableField(body=True)),
        "body_folded": declared("body_folded", SyllableField(folded=True, body=True)),
    }
    properties = index_settings.mapping({**fields, **others})["properties"]
    assert properties["body"]["index_phrases"] is True and properties["body_folded"]["index_phrases"] is True
    assert "index_phrases" not in properties["text"]
    without_lexicon = {name: field for name, field in fields.items() if not isinstance(field, SuggestField)}
    assert not set(LEXICON_FIELDS) & set(index_settings.mapping(without_lexicon)["properties"])


def test_differences_name_what_an_index_lacks(fields):
    expected = index_settings.index_body(fields)
    assert index_settings.differences(expected, expected["settings"], expected["mappings"]) == []
    loose = {"properties": {**expected["mappings"]["properties"], "province": {"type": "text"}}}
    other_analysis = {"analysis": {"tokenizer": {"vi_syllable": {"type": "standard"}}}}
    found = index_settings.differences(expected, other_analysis, loose)
    assert "mappings.province" in found and "mappings.dynamic" in found
    assert "analysis.tokenizer.vi_syllable" in found and "analysis.analyzer.vi_folded" in found


@pytest.mark.django_db
def test_documents_are_sent_canonical_with_ready_terms(backend):
    from documents.search_indexes import DocumentIndex

    document = DocumentFactory(
        raw_text="Uỷ ban nhân dân Thanh Hoá",
        text="Uỷ ban nhân dân Thanh Hoá",  # not normalized: what the backend itself must do
        segmented="Uỷ_ban nhân_dân Thanh_Hoá",
        title="Thanh Hoá",
    )
    prepared = backend.prepare_entry(DocumentIndex(), document)
    assert prepared["title"] == "Thanh Hóa"
    assert prepared["text"].startswith("Thanh Hóa\nỦy ban nhân dân Thanh Hóa")
    assert prepared["text_folded"].startswith("Thanh Hoa\nUy ban nhan dan Thanh Hoa")
    assert (
        prepared["compounds"]
        == compound_terms("Uỷ_ban nhân_dân Thanh_Hoá")
        == ["ủy_ban", "nhân_dân", "thanh_hóa"]
    )
    # The lexicon in the field of its key's first word, not in the suggest field (lexicon.py).
    assert "thanh hoa\x1fThanh Hóa" in prepared[field_of("thanh")] and "suggest" not in prepared
    assert prepared["document_pk"] == document.pk and prepared["django_id"] == str(document.pk)
