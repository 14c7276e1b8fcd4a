"""Matching in tiers: the thresholds, the words a document lacks, word-bound operators, and the
service's one ranked list over a real index (every word first, then most, then some)."""

from __future__ import annotations

import threading
from math import comb

import pytest
from django.http import QueryDict

from documents.search.contract import reads_concurrently
from documents.search.plan import COUNT_ONLY
from documents.search.query import parse_query
from documents.search.service import SearchParams, iter_document_ids, run_search
from documents.search.tiers import MAX_GROUPS, counted_clauses, missing_words, tier_threshold, tier_thresholds
from tests.factories import DocumentFactory


@pytest.mark.parametrize(("words", "least"), [(1, None), (2, None), (3, 2), (4, 3), (5, 4), (8, 6)])
def test_most_words_is_all_but_one_of_few_and_three_quarters_of_many(words, least):
    assert tier_threshold(words) == least
    assert tier_thresholds(words) == ([words] if least is None else [words, least])


def test_a_long_query_asks_for_more_of_its_words_rather_than_too_many_groups():
    for words in range(3, 33):
        least = tier_threshold(words)
        assert words * 0.75 - 0.5 <= least < words
        assert comb(words, least) <= MAX_GROUPS


def test_missing_words_are_the_query_words_no_text_holds_as_typed():
    parsed = parse_query("giai phong mat bang khung")
    assert missing_words(parsed, ["Giải phóng mặt bằng"], folded=True) == ["khung"]
    assert missing_words(parse_query("giải khủng"), ["Giải phóng"], folded=False) == ["khủng"]
    # A quoted phrase is present only with its words adjacent.
    assert missing_words(parse_query('"mặt phóng"'), ["phóng mặt"], folded=False) == ["mặt phóng"]


def _words(*known):
    known = {tuple(w.split()) for w in known}
    return lambda candidates: {c for c in candidates if c in known}


def test_or_binds_to_the_words_the_index_knows():
    parsed = parse_query("nông thôn OR đô thị", _words("nông thôn", "đô thị"))
    assert [[t.text for t in c.alternatives] for c in parsed.clauses] == [["nông thôn", "đô thị"]]
    # Without the index's words each syllable is a word, as before.
    unbound = parse_query("nông thôn OR đô thị")
    assert [[t.text for t in c.alternatives] for c in unbound.clauses] == [["nông"], ["thôn", "đô"], ["thị"]]


def test_exclusion_binds_to_a_whole_word_written_together():
    parsed = parse_query("Thái Bình -Hưng Yên", _words("thái bình", "hưng yên"))
    assert [c.alternatives[0].text for c in parsed.clauses] == ["thái bình"]
    assert [(t.text, t.phrase) for t in parsed.excluded] == [("hưng yên", True)]


def test_quoted_phrases_and_operators_never_join_a_word():
    is_word = _words("nông thôn", "thôn mới")
    parsed = parse_query('"nông" thôn mới', is_word)
    assert [c.alternatives[0].text for c in parsed.clauses] == ["nông", "thôn mới"]
    parsed = parse_query("nông -thôn", is_word)
    assert [c.alternatives[0].text for c in parsed.clauses] == ["nông"]


def search(query: str, **extra):
    data = QueryDict(mutable=True)
    data["q"] = query
    for key, value in extra.items():
        data[key] = value
    return SearchParams.from_querydict(data)


@pytest.fixture
def orchard(db):
    return {
        "all": DocumentFactory(raw_text="Vườn có xoài, mít và chuối chín."),
        "two": DocumentFactory(raw_text="Vườn có xoài và mít non."),
        "one": DocumentFactory(raw_text="Chợ bán chuối tiêu."),
        "none": DocumentFactory(raw_text="Ruộng lúa xanh."),
    }


@pytest.mark.django_db
def test_one_list_every_word_first_then_most_then_some(orchard):
    params = search("xoài mít chuối")
    outcome = run_search(params)
    order = [hit.document.pk for hit in outcome.hits]
    assert order == [orchard["all"].pk, orchard["two"].pk, orchard["one"].pk]
    assert [hit.tier for hit in outcome.hits] == [1, 2, 3]
    assert [hit.missing for hit in outcome.hits] == [[], ["chuối"], ["xoài", "mít"]]
    assert (outcome.total, outcome.complete_total, outcome.most_total, outcome.some_total) == (3, 1, 1, 1)
    # Exports and feeds read the same list; facet counts count it too.
    assert list(iter_document_ids(params)) == order
    assert sum(value.count for value in outcome.facets["year"]) <= 3


def test_function_words_are_not_required_unless_the_query_has_nothing_else():
    assert [c.alternatives[0].text for c in counted_clauses(parse_query("xoài và chuối của vườn"))] == [
        "xoài",
        "chuối",
        "vườn",
    ]
    assert [c.alternatives[0].text for c in counted_clauses(parse_query("và của"))] == ["và", "của"]
    # Typed without marks a function word may be another word ("va" is also "vá"); an OR is asked for.
    assert len(counted_clauses(parse_query("xoai va chuoi"))) == 3
    assert len(counted_clauses(parse_query("xoài OR và chuối"))) == 2


@pytest.mark.django_db
def test_a_document_without_the_function_word_holds_every_word(orchard):
    outcome = run_search(search("mít và chuối chín"))
    assert outcome.hits[0].document.pk == orchard["all"].pk
    lacking = DocumentFactory(raw_text="Mít, chuối chín đầy vườn.")
    outcome = run_search(search("mít và chuối chín"))
    first = [hit.document.pk for hit in outcome.hits if hit.tier == 1]
    assert set(first) == {orchard["all"].pk, lacking.pk}
    # The words adjacent as typed still rank first.
    assert first[0] == orchard["all"].pk


@pytest.mark.django_db
def test_a_page_of_tiers_asks_the_engine_once_for_the_list_and_once_per_tier_shown(orchard, monkeypatch):
    from documents.search import service

    asked = []
    threads = {}
    real = service._backend

    class Counting:
        def __init__(self, backend):
            self.backend = backend

        def __getattr__(self, name):
            return getattr(self.backend, name)

        def search_documents(self, request):
            asked.append((request.min_clauses, request.fewer_than, request.page_size))
            threads[request.page_size] = threading.current_thread().name
            return self.backend.search_documents(request)

    monkeypatch.setattr(service, "_backend", lambda using: Counting(real(using)))
    for _ in range(10):  # enough documents that the list needs no "some of the words" tier
        DocumentFactory(raw_text="Xoài và mít.")
    outcome = run_search(search("xoài mít chuối", page_size="1"))
    assert outcome.tier_totals == [1, 11]
    # The whole list (its total and facets, counted only: COUNT_ONLY) and the first tier's page,
    # whose total is its size, asked at once (in either order: tantivy's reads overlap); the
    # second tier's size is what remains, so it is not counted apart.
    assert sorted(asked) == [(2, None, COUNT_ONLY), (3, None, 1)]
    if reads_concurrently(real("default")):  # the count on the pool, the page here
        assert threads[COUNT_ONLY].startswith("tiers") and threads[1] == threading.current_thread().name
    asked.clear()
    outcome = run_search(search("xoài mít chuối", page_size="5"))
    assert [hit.tier for hit in outcome.hits] == [1, 2, 2, 2, 2]
    assert sorted(asked[:2]) == [(2, None, COUNT_ONLY), (3, None, 5)]
    assert asked[2:] == [(2, 3, 5)]


@pytest.mark.django_db
def test_pages_of_the_list_continue_across_tiers(orchard):
    pages = [run_search(search("xoài mít chuối", page=str(n), page_size="1")) for n in (1, 2, 3)]
    assert [p.hits[0].document.pk for p in pages] == [orchard["all"].pk, orchard["two"].pk, orchard["one"].pk]
    assert [p.hits[0].tier for p in pages] == [1, 2, 3]


@pytest.mark.django_db
@pytest.mark.parametrize("query", ["!!! ???", "🙂🙂", "-- ..."])
def test_a_query_with_nothing_searchable_finds_nothing_and_says_so(orchard, query):
    params = search(query)
    outcome = run_search(params)
    assert outcome.total == 0 and not outcome.hits
    assert outcome.notes
    assert list(iter_document_ids(params)) == []
    # An empty box still lists everything.
    assert run_search(search("")).total == 4


@pytest.mark.django_db
def test_the_page_says_how_many_hold_every_word_and_what_each_other_lacks(client, orchard):
    page = client.get("/search/", {"q": "xoài mít chuối"}).content.decode()
    assert "1 văn bản chứa đủ mọi từ; 1 văn bản khác chứa phần lớn các từ" in page
    assert "1 văn bản khác chứa một số từ" in page
    assert "thiếu: <s>chuối</s>" in page
    english = client.get("/search/", {"q": "xoài mít chuối"}, headers={"accept-language": "en"})
    english = english.content.decode()
    assert (
        "1 document contains all the words; 1 more contains most of them; 1 more contains some of them"
        in english
    )


@pytest.mark.django_db
def test_when_no_document_holds_every_word_the_page_says_so_in_words_not_a_zero(client, orchard):
    page = client.get("/search/", {"q": "xoài mít lúa"}).content.decode()
    assert (
        "Không văn bản nào chứa đủ mọi từ; 2 văn bản chứa phần lớn các từ; 1 văn bản khác chứa một số từ"
        in page
    )
    english = client.get(
        "/search/", {"q": "xoài mít lúa"}, headers={"accept-language": "en"}
    ).content.decode()
    assert (
        "No document contains all the words; 2 documents contain most of them; 1 more contains some of them"
        in english
    )


def test_a_synonym_widens_the_clause_it_spells_the_typed_form_first():
    from documents.search.synonyms import expand_synonyms

    parsed = expand_synonyms(parse_query("xoa doi giam ngheo tinh"))
    first = parsed.clauses[0]
    assert [t.text for t in first.alternatives] == ["xoa doi giam ngheo", "giảm nghèo bền vững"]
    assert [c.alternatives[0].text for c in parsed.clauses[1:]] == ["tinh"]
    # A quoted phrase stays as typed.
    assert len(expand_synonyms(parse_query('"giảm" "nghèo bền vững"')).clauses) == 2


@pytest.mark.django_db
def test_a_synonym_finds_the_other_name_below_the_name_typed(db):
    typed = DocumentFactory(raw_text="Chương trình giảm nghèo bền vững của tỉnh.")
    other = DocumentFactory(raw_text="Phong trào xóa đói giảm nghèo ở miền núi.")
    outcome = run_search(search("giảm nghèo bền vững"))
    assert [hit.document.pk for hit in outcome.hits] == [typed.pk, other.pk]
    assert run_search(search("PCTN")).total == 0  # the abbreviation parses; nothing holds it here


@pytest.mark.django_db
def test_a_curated_name_is_one_word_to_or_and_exclusion_where_the_segmentation_split_it(db):
    # "hợp nhất" names a synonym group; the segmentation does not join it into one word here.
    merged = DocumentFactory(raw_text="Đề án hợp nhất hai đơn vị được thông qua.")
    apart = DocumentFactory(raw_text="Hai đơn vị phối hợp thực hiện, thống nhất cao.")
    outcome = run_search(search("đơn vị -hợp nhất"))
    assert [hit.document.pk for hit in outcome.hits] == [apart.pk]
    outcome = run_search(search("đơn vị hợp nhất OR phối hợp"))
    assert {hit.document.pk for hit in outcome.hits} == {merged.pk, apart.pk}
    assert outcome.complete_total == 2  # "OR" joined the two words, not "nhất" and "phối"


def test_the_partys_common_words_are_not_required_as_typed_with_marks():
    is_word = _words("đồng chí", "bí thư", "huyện ủy")
    counted = counted_clauses(parse_query("đồng chí bí thư huyện ủy tỉnh", is_word))
    # A word holding one of them ("huyện ủy", the district's committee) is a word of its own.
    assert [c.alternatives[0].text for c in counted] == ["bí thư", "huyện ủy"]
    # Without marks "tinh" may be "tính" or "tình"; with an OR around it, it is asked for.
    assert len(counted_clauses(parse_query("bí thư tinh", is_word))) == 2
    assert len(counted_clauses(parse_query("bí thư tỉnh OR huyện", is_word))) == 2


@pytest.mark.django_db
def test_a_city_report_lacking_only_the_word_province_holds_every_word(db):
    province = DocumentFactory(raw_text="Lễ khai mạc đại hội Đảng bộ tỉnh diễn ra sáng nay.")
    city = DocumentFactory(raw_text="Lễ khai mạc đại hội Đảng bộ thành phố diễn ra sáng nay.")
    DocumentFactory(raw_text="Đại hội thể thao của tỉnh bế mạc.")
    outcome = run_search(search("khai mạc đại hội tỉnh"))
    first = [hit.document.pk for hit in outcome.hits if hit.tier == 1]
    assert set(first) == {province.pk, city.pk}
    assert first[0] == province.pk  # the words as typed still rank first
    assert outcome.hits[0].missing == []


def test_a_quoted_common_word_is_asked_for_like_any_word():
    is_word = _words("bí thư")
    counted = counted_clauses(parse_query('"tỉnh" bí thư', is_word))
    assert [(c.alternatives[0].text, c.alternatives[0].phrase) for c in counted] == [
        ("tỉnh", True),
        ("bí thư", False),
    ]
    assert len(counted_clauses(parse_query('bí thư "và"', is_word))) == 2


@pytest.mark.django_db
def test_a_document_lacking_the_quoted_word_follows_those_holding_it(db):
    province = DocumentFactory(raw_text="Lễ khai mạc đại hội Đảng bộ tỉnh diễn ra sáng nay.")
    city = DocumentFactory(raw_text="Lễ khai mạc đại hội Đảng bộ thành phố diễn ra sáng nay.")
    outcome = run_search(search('khai mạc đại hội "tỉnh"'))
    assert [(hit.document.pk, hit.tier) for hit in outcome.hits] == [(province.pk, 1), (city.pk, 2)]
    assert outcome.hits[1].missing == ["tỉnh"]


@pytest.mark.django_db
def test_a_term_of_office_ranks_the_documents_of_its_years_above_those_naming_it_later(db):
    later = DocumentFactory(
        dated="2020-10-15",
        raw_text="Đại hội nhiệm kỳ 2020-2025 tổng kết đại hội nhiệm kỳ 2015-2020 và nhiệm kỳ 2015-2020.",
    )
    own = DocumentFactory(
        dated="2015-10-15", raw_text="Đại hội nhiệm kỳ 2015-2020 khai mạc tại hội trường tỉnh."
    )
    undated = DocumentFactory(raw_text="Đại hội nhiệm kỳ 2015-2020 bế mạc tại hội trường tỉnh.")
    outcome = run_search(search("đại hội nhiệm kỳ 2015-2020"))
    found = [hit.document.pk for hit in outcome.hits]
    assert set(found[:2]) == {own.pk, undated.pk}  # an undated one may be of those years
    assert found[2] == later.pk
    # Without the term, the document saying it most comes first.
    assert run_search(search("đại hội nhiệm kỳ")).hits[0].document.pk == later.pk
