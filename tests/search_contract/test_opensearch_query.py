"""The OpenSearch request bodies a BackendRequest becomes; pure functions, no server."""

from __future__ import annotations

import json

from documents.search.abbreviations import expand_abbreviations
from documents.search.backends.opensearch import lexicon
from documents.search.backends.opensearch import vocabulary as q
from documents.search.plan import BackendRequest
from documents.search.query import parse_query


def request(text: str = "", **options) -> BackendRequest:
    return BackendRequest(query=expand_abbreviations(parse_query(text)), **options)


def walk(node):
    """Every dict inside a body, depth first."""
    if isinstance(node, dict):
        yield node
        for value in node.values():
            yield from walk(value)
    elif isinstance(node, list):
        for value in node:
            yield from walk(value)


def leaves(node, kind: str) -> list[tuple[str, dict]]:
    """(field, parameters) of every ``kind`` query (match, match_phrase, term) inside ``node``."""
    found = []
    for item in walk(node):
        if kind in item and isinstance(item[kind], dict) and len(item[kind]) == 1:
            ((field, params),) = item[kind].items()
            if isinstance(params, dict):
                found.append((field, params))
    return found


def test_words_must_all_match_on_the_exact_field():
    body = q.required(parse_query("giải phóng mặt bằng"), folded=False)
    musts = body["bool"]["must"]
    assert musts == [
        {"match": {"text": {"query": word, "operator": "and"}}} for word in ("giải", "phóng", "mặt", "bằng")
    ]


def test_one_word_is_its_match_query_alone():
    assert q.required(parse_query("Thanh"), folded=False) == {
        "match": {"text": {"query": "thanh", "operator": "and"}}
    }


def test_a_phrase_is_an_adjacent_match_phrase():
    assert q.required(parse_query('"Long An"'), folded=False) == {
        "match_phrase": {"text": {"query": "long an", "slop": 0}}
    }


def test_exclusions_are_must_not_of_the_word_or_phrase():
    body = q.required(parse_query('mặt bằng -"Long An" -Lai'), folded=False)
    assert len(body["bool"]["must"]) == 1
    (excluded,) = body["bool"]["must_not"]
    assert excluded["bool"]["should"] == [
        {"match_phrase": {"text": {"query": "long an", "slop": 0}}},
        {"match": {"text": {"query": "lai", "operator": "and"}}},
    ]
    assert excluded["bool"]["minimum_should_match"] == 1


def test_only_exclusions_keep_every_other_document():
    body = q.required(parse_query("-tỉnh"), folded=False)
    assert body["bool"]["must"] == [{"match_all": {}}]
    assert leaves(body["bool"]["must_not"], "match") == [("text", {"query": "tỉnh", "operator": "and"})]
    assert q.required(parse_query(""), folded=False) == {"match_all": {}}


def test_folded_matches_the_folded_field_and_ranks_the_exact_form_first():
    body = q.required(parse_query("hoa"), folded=True)
    assert body == {
        "bool": {
            "should": [
                {"match": {"text": {"query": "hoa", "operator": "and", "boost": 2.0}}},
                {"match": {"text_folded": {"query": "hoa", "operator": "and"}}},
            ],
            "minimum_should_match": 1,
        }
    }
    phrase = q.required(parse_query('"Thanh Hóa"'), folded=True)
    assert phrase["bool"]["should"] == [
        {"match_phrase": {"text": {"query": "thanh hóa", "slop": 0, "boost": 2.0}}},
        {"match_phrase": {"text_folded": {"query": "thanh hoa", "slop": 0}}},
    ]


def test_an_abbreviation_stays_exact_in_a_folded_search():
    body = q.required(expand_abbreviations(parse_query("UBND")), folded=True)
    alternatives = body["bool"]["should"]
    assert alternatives[0] == {"match": {"text": {"query": "ubnd", "operator": "and"}}}
    assert {"match_phrase": {"text_folded": {"query": "uy ban nhan dan", "slop": 0}}} in alternatives[1][
        "bool"
    ]["should"]


def test_or_gives_alternatives_of_one_clause():
    body = q.required(parse_query("Lai OR Gia"), folded=False)
    assert body["bool"]["should"] == [
        {"match": {"text": {"query": "lai", "operator": "and"}}},
        {"match": {"text": {"query": "gia", "operator": "and"}}},
    ]


def test_match_all_false_needs_only_some_clause():
    body = q.required(parse_query("Lai Châu giải phóng"), folded=False, match_all=False)
    assert "must" not in body["bool"]
    assert body["bool"]["minimum_should_match"] == 1
    assert len(body["bool"]["should"]) == 4


def test_ranking_mirrors_the_tantivy_boosts():
    ranking = q.ranking(parse_query("Lai Châu"), folded=False, preferred=[])
    clauses = ranking["bool"]["should"]
    # Title of each clause (1.5), the pair as typed (2.0), its compound word (1.0).
    assert {"match": {"title": {"query": "lai", "operator": "and", "boost": 1.5}}} in clauses
    assert {"match_phrase": {"text": {"query": "lai châu", "slop": 0, "boost": 2.0}}} in clauses
    assert {"term": {"compounds": {"value": "lai_châu", "boost": 1.0}}} in clauses
    three = q.ranking(parse_query("giải phóng mặt bằng"), folded=False, preferred=[])
    assert {"match_phrase": {"text": {"query": "giải phóng mặt bằng", "slop": 0, "boost": 4.0}}} in three[
        "bool"
    ]["should"]


def test_folded_ranking_uses_folded_and_exact_compounds():
    ranking = q.ranking(parse_query("giai phong"), folded=True, preferred=[])
    compounds = leaves(ranking, "term")
    assert ("compounds_folded", {"value": "giai_phong", "boost": 1.0}) in compounds
    assert ("compounds", {"value": "giai_phong", "boost": 1.0}) in compounds
    pair = next(c for c in ranking["bool"]["should"] if c.get("bool", {}).get("boost") == 2.0)
    assert pair["bool"]["should"][0] == {
        "match_phrase": {"text": {"query": "giai phong", "slop": 0, "boost": 2.0}}
    }


def test_preferred_written_forms_rank_first():
    ranking = q.ranking(parse_query("giai phong"), folded=True, preferred=[("giải", "phóng")])
    clauses = ranking["bool"]["should"]
    assert {"match_phrase": {"text": {"query": "giải phóng", "slop": 0, "boost": 3.0}}} in clauses
    assert {"match": {"text": {"query": "giải", "operator": "and", "boost": 1.5}}} in clauses
    assert {"match": {"text": {"query": "phóng", "operator": "and", "boost": 1.5}}} in clauses


def test_matching_adds_the_ranking_as_optional_clauses():
    body = q.matching(request("Lai Châu"))
    assert body["bool"]["must"] == [q.required(parse_query("Lai Châu"), folded=False)]
    (ranking,) = body["bool"]["should"]
    assert ranking == q.ranking(parse_query("Lai Châu"), folded=False, preferred=[])
    assert q.matching(request("")) == {"match_all": {}}


def test_boosts_multiply():
    once = q._boost({"match": {"text": {"query": "a"}}}, 2.0)
    assert q._boost(once, 1.5) == {"match": {"text": {"query": "a", "boost": 3.0}}}
    assert q._boost({"bool": {"must": []}}, 4.0) == {"bool": {"must": [], "boost": 4.0}}


def test_date_range_leaves_undated_documents_out_like_tantivy():
    assert q.FILTERS.parts(request(date_from=20220101, date_to=20230630)) == [
        {"range": {"date_end": {"gte": 20220101}}},
        {"range": {"date_start": {"gte": 1, "lte": 20230630}}},
    ]
    assert q.FILTERS.parts(request(date_from=20230501)) == [{"range": {"date_end": {"gte": 20230501}}}]


def test_without_facets_every_selection_filters_the_query():
    body = q.page_body(request("tỉnh", filters={"province": ["Thanh Hóa", "Nghệ An"]}), 0, 20)
    assert body["query"]["bool"]["filter"] == [{"terms": {"province": ["Thanh Hóa", "Nghệ An"]}}]
    assert "post_filter" not in body and "aggs" not in body


def test_facet_counts_leave_out_only_their_own_selection():
    selected = request(
        "ban",
        filters={"province": ["Thanh Hóa", "Hà Tĩnh"], "officials": ["Đỗ Trọng Hưng"], "date": ["2023"]},
        date_to=20231231,
        facets=("province", "year", "officials"),
    )
    body = q.page_body(selected, 0, 20)
    province = {"terms": {"province": ["Thanh Hóa", "Hà Tĩnh"]}}
    officials = {"terms": {"officials": ["Đỗ Trọng Hưng"]}}
    # The query keeps what no facet count leaves out: the date filter and the range.
    assert body["query"]["bool"]["filter"] == [
        {"terms": {"date": ["2023"]}},
        {"range": {"date_start": {"gte": 1, "lte": 20231231}}},
    ]
    # Hits and total still honour every selection.
    assert body["post_filter"] == {"bool": {"must": [province, officials]}}
    aggs = body["aggs"]
    assert aggs["facets"]["filter"] == {"bool": {"must": [province, officials]}}
    assert list(aggs["facets"]["aggs"]) == ["year"]
    assert aggs["facets_without_province"]["filter"] == officials
    assert list(aggs["facets_without_province"]["aggs"]) == ["province"]
    assert aggs["facets_without_officials"]["filter"] == province
    assert aggs["facets_without_officials"]["aggs"]["officials"] == {
        "terms": {"field": "officials", "size": q.MAX_FACET_VALUES}
    }


def test_one_selected_facet_is_counted_over_everything_else():
    body = q.page_body(
        request("", filters={"province": ["Thanh Hóa"]}, facets=("province", "meeting_type")), 0, 20
    )
    assert body["query"] == {"match_all": {}}
    assert body["post_filter"] == {"terms": {"province": ["Thanh Hóa"]}}
    assert body["aggs"]["facets"]["filter"] == {"terms": {"province": ["Thanh Hóa"]}}
    assert body["aggs"]["facets_without_province"]["filter"] == {"match_all": {}}
    assert list(q.facet_aggregations(request(facets=("province", "level")))) == ["facets"]


def test_sorts():
    pk = {"document_pk": {"order": "asc"}}
    relevance = q.page_body(request("tỉnh"), 0, 20)
    assert relevance["sort"] == [{"_score": {"order": "desc"}}, pk]
    assert relevance["track_scores"] is True
    newest = q.page_body(request("tỉnh", sort="newest"), 0, 20)
    assert newest["sort"] == [{"date_start": {"order": "desc"}}, pk]
    assert "track_scores" not in newest
    oldest = q.page_body(request("tỉnh", sort="oldest"), 0, 20)
    assert oldest["sort"] == [{"undated": {"order": "asc"}}, {"date_start": {"order": "asc"}}, pk]
    # Nothing to rank by: newest first.
    assert q.page_body(request(""), 0, 20)["sort"] == newest["sort"]
    assert not q.is_scored(request(""))


def test_a_page_asks_for_ids_an_exact_total_and_its_window():
    body = q.page_body(request("tỉnh"), 40, 20)
    assert (body["from"], body["size"]) == (40, 20)
    assert body["track_total_hits"] is True
    assert body["_source"] is False and body["docvalue_fields"] == ["django_id"]
    json.dumps(body)  # plain JSON: what the client sends


def test_a_listing_pages_with_search_after():
    listing = q.listing_body(request("tỉnh", filters={"province": ["Thanh Hóa"]}, facets=("province",)))
    assert "from" not in listing and "aggs" not in listing and "post_filter" not in listing
    assert listing["query"]["bool"]["filter"] == [{"terms": {"province": ["Thanh Hóa"]}}]
    assert listing["track_total_hits"] is False
    first = q.next_page(listing, None, 1000)
    assert first["size"] == 1000 and "search_after" not in first
    second = q.next_page(listing, [3.5, 42], 10_000)
    assert second["search_after"] == [3.5, 42] and second["size"] == 10_000
    assert second["sort"] == listing["sort"] and "search_after" not in listing


def test_written_forms_are_the_commonest_terms_under_a_prefix_in_the_field_of_its_first_word():
    body = lexicon.written_forms_body("thanh hoa\x1f", 50)
    field = lexicon.field_of("thanh")
    # Fixed by the word alone (crc32), in every process and release: an index written before is
    # read in the field it was written to.
    assert field == "suggest_10" and body["size"] == 0
    # Only the field holding the key's grams is read: "thanh hoa" and "thanh" share it.
    assert body["query"] == {"prefix": {field: "thanh hoa\x1f"}} and list(body["aggs"]) == [field]
    assert lexicon.written_forms_body("thanh\x1f", 5)["query"] == {"prefix": {field: "thanh\x1f"}}
    assert body["aggs"][field]["filter"] == {"prefix": {field: "thanh hoa\x1f"}}
    assert body["aggs"][field]["aggs"]["forms"]["terms"] == {
        "field": field,
        "include": "thanh hoa\x1f.*",
        "size": 50,
        "order": [{"_count": "desc"}, {"_key": "asc"}],
    }


def test_a_prefix_shorter_than_a_word_reads_every_lexicon_field():
    body = lexicon.written_forms_body("th", 2000)
    assert set(body["aggs"]) == set(lexicon.LEXICON_FIELDS)
    assert len(body["query"]["bool"]["should"]) == len(lexicon.LEXICON_FIELDS)
    # Merged over the fields: the commonest first, ties in term order, at most the limit.
    answer = {
        field: {"forms": {"buckets": [{"key": f"th{field[-2:]}\x1fx", "doc_count": int(field[-2:]) % 3}]}}
        for field in lexicon.LEXICON_FIELDS
    }
    forms = lexicon.written_forms(answer, "th", 4)
    assert forms == [("02\x1fx", 2), ("05\x1fx", 2), ("08\x1fx", 2), ("11\x1fx", 2)]


def test_grams_go_to_the_field_of_their_first_word():
    grams = ["thanh\x1fThanh", "thanh hoa\x1fThanh Hóa", "hoa\x1fHóa"]
    spread = lexicon.spread(grams)
    assert spread[lexicon.field_of("thanh")][:2] == grams[:2]
    assert grams[2] in spread[lexicon.field_of("hoa")]
    assert sorted(g for field in spread.values() for g in field) == sorted(grams)
    # A key's grams are where its lookup reads, even one that begins at a word's end.
    for key in (" thanh\x1f", "\x1f"):
        (field,) = lexicon.spread([key + "x"])
        assert lexicon.written_forms_body(key, 5)["query"] == {"prefix": {field: key}}


def test_a_prefix_is_a_literal_in_the_include_pattern():
    assert q.lucene_regexp_literal('a.b*c"d#e@f&g<h>i~j(k)') == 'a\\.b\\*c\\"d\\#e\\@f\\&g\\<h\\>i\\~j\\(k\\)'
    assert q.lucene_regexp_literal("hóa\\") == "hóa\\\\"


def test_frequencies_in_one_request():
    body = q.frequencies_body("compounds", ["cải_cách", "hành_chính"])
    assert body["track_total_hits"] is True and body["size"] == 0
    assert body["aggs"]["frequencies"]["filters"]["filters"] == {
        "0": {"term": {"compounds": {"value": "cải_cách"}}},
        "1": {"term": {"compounds": {"value": "hành_chính"}}},
    }
    assert "aggs" not in q.frequencies_body("compounds", [])


def test_more_like_leaves_the_document_out():
    body = q.more_like_body(12, {"cải_cách": 2.5, "hành_chính": 1.0}, 5)
    query = body["query"]["bool"]
    assert query["should"] == [
        {"term": {"compounds": {"value": "cải_cách", "boost": 2.5}}},
        {"term": {"compounds": {"value": "hành_chính", "boost": 1.0}}},
    ]
    assert query["minimum_should_match"] == 1
    assert query["must_not"] == [{"term": {"django_id": {"value": "12"}}}]
    assert body["size"] == 5 and body["_source"] is False


def test_a_term_of_office_is_a_date_condition_inside_a_boosted_ranking_clause():
    body = q.matching(request("đại hội nhiệm kỳ 2015-2020"))
    (dated,) = [item["constant_score"] for item in walk(body) if "constant_score" in item]
    assert dated["boost"] == 0.0  # a condition: the words beside it carry the score
    assert {"range": {"date_end": {"gte": 20140101}}} in list(walk(dated["filter"]))
    assert {"range": {"date_start": {"gte": 1, "lte": 20191231}}} in list(walk(dated["filter"]))
    assert {"range": {"date_start": {"gte": 0, "lte": 0}}} in list(walk(dated["filter"]))  # undated
    boosted = [item["bool"] for item in walk(body) if "bool" in item and dated in walk(item["bool"])]
    assert boosted[-1].get("boost") == 4.0
    assert "constant_score" not in json.dumps(q.matching(request("đại hội nhiệm kỳ")))
