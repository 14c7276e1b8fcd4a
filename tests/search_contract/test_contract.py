"""The same corpus and the same queries give the same hits on every backend.

Relevance order may differ where backends score differently, so relevance results are compared
as sets (and the first hit where the ranking intent is unambiguous); date sorts are compared in
exact order, facet counts value by value.
"""

from __future__ import annotations

import dataclasses

import pytest

from documents.search import service
from documents.search.service import iter_document_ids, related_documents, run_search
from tests.search_contract.backends import BACKENDS, params, using_backend
from tests.services import opensearch_url

pytestmark = pytest.mark.django_db


def answer(query: dict) -> dict:
    """What a backend says about one query: every id, the first page, facet counts, suggestion."""
    outcome = run_search(params(**query))
    return {
        "total": outcome.total,
        "ids": sorted(iter_document_ids(params(**query))),
        "page": sorted(hit.document.pk for hit in outcome.hits),
        "facets": {name: [(v.value, v.count) for v in values] for name, values in outcome.facets.items()},
        "suggestion": outcome.suggestion,
        "accent_insensitive": outcome.accent_insensitive,
        "notes": outcome.notes,
    }


def on_every_backend(tmp_path, work) -> dict:
    results = {}
    for backend in BACKENDS:
        with using_backend(backend, tmp_path):
            results[backend] = work()
    return results


def assert_same(results: dict) -> object:
    first, *others = BACKENDS
    for other in others:
        assert results[other] == results[first], f"{other} differs from {first}"
    return results[first]


def names(corpus, ids) -> set[str]:
    by_pk = {doc.pk: name for name, doc in corpus.items()}
    return {by_pk[pk] for pk in ids}


QUERIES = {
    "words": ({"q": "giải phóng mặt bằng"}, None),
    "one word": ({"q": "an ninh"}, None),
    "old tone placement": ({"q": "Thanh Hoá"}, None),
    "new tone placement": ({"q": "Thanh Hóa"}, None),
    "phrase": ({"q": '"Long An"'}, {"long_an"}),
    "phrase of three": ({"q": '"Ban Thường vụ"'}, None),
    "quoted common word": ({"q": '"tỉnh" an ninh'}, None),
    "exclusion of a phrase": ({"q": 'mặt bằng -"Long An"'}, None),
    "exclusion of a word": ({"q": "chuyển đổi số -Lai"}, {"old_tones"}),  # and samples
    "only exclusions": ({"q": "-tỉnh"}, None),
    "or": ({"q": "Lai OR Gia"}, None),
    "folded": ({"q": "giai phong mat bang"}, None),
    "folded word": ({"q": "chuyen doi so"}, None),
    "folded d": ({"q": "dang bo"}, None),
    "exact switch": ({"q": "giai phong mat bang", "exact": "1"}, set()),
    "abbreviation": ({"q": "UBND"}, None),
    "abbreviation reverse": ({"q": "nông thôn mới"}, None),
    "abbreviation NTM": ({"q": "NTM"}, None),
    "document number": ({"q": "2043-KL/TU"}, {"undated"}),
    "most words fallback": ({"q": "Lai Châu giải phóng"}, None),
    "mistyped mark fallback": ({"q": "giải phong mặt bằng"}, None),
    "nothing": ({"q": "xyzzyq"}, set()),
    "empty query": ({}, None),
    "facet narrow": ({"q": "tỉnh", "province": "Thanh Hóa"}, None),
    "facet or within": ({"province": ["Thanh Hóa", "Nghệ An"]}, None),
    "facet and across": ({"province": "Thanh Hóa", "meeting_type": "ban_chap_hanh"}, None),
    "official": ({"official": "Đỗ Trọng Hưng"}, {"gpmb", "old_tones"}),
    "year": ({"year": "2023"}, None),
    "quarter": ({"quarter": "2023-Q2"}, None),
    "month": ({"month": "2023-06"}, {"old_tones"}),
    "doc type and level": ({"doc_type": "news", "level": "district"}, {"gia_lai"}),
    "date range": ({"date_from": "2022-01-01", "date_to": "2023-06-30"}, None),
    "date range open end": ({"q": "tỉnh", "date_from": "2023-05-01"}, None),
    "words with facets and range": ({"q": "ban", "province": "Thanh Hóa", "date_to": "2023-12-31"}, None),
}


@pytest.mark.parametrize("case", list(QUERIES))
def test_same_hits_and_facets_on_every_backend(contract_corpus, tmp_path, case):
    query, expected = QUERIES[case]
    found = assert_same(on_every_backend(tmp_path, lambda: answer(query)))
    assert found["total"] == len(found["ids"])
    if expected is not None:
        # Written documents the query must find (the samples may add more); none for an empty set.
        assert expected <= names(contract_corpus, found["ids"])
        assert expected or not found["ids"]
    else:
        assert found["ids"], "a contract query that finds nothing proves little"


def test_exact_forms_rank_first_on_every_backend(contract_corpus, tmp_path):
    def first_hits():
        folded = run_search(params(q="giai phong mat bang"))
        phrase = run_search(params(q="Lai Châu"))
        return folded.hits[0].document.pk, phrase.hits[0].document.pk

    found = assert_same(on_every_backend(tmp_path, first_hits))
    assert found == (contract_corpus["gpmb"].pk, contract_corpus["lai_chau"].pk)


@pytest.mark.parametrize("sort", ["newest", "oldest"])
@pytest.mark.parametrize("query", [{}, {"q": "tỉnh"}, {"q": "ban", "province": ["Thanh Hóa", "Hà Tĩnh"]}])
def test_date_sorts_give_the_same_order(contract_corpus, tmp_path, sort, query):
    def order():
        every = list(iter_document_ids(params(sort=sort, **query)))
        pages = []
        for page in (1, 2, 3):
            outcome = run_search(params(sort=sort, page=str(page), page_size="4", **query))
            pages.append([hit.document.pk for hit in outcome.hits])
        return every, pages

    every, pages = assert_same(on_every_backend(tmp_path, order))
    assert [pk for page in pages for pk in page] == every[:12]
    by_pk = {doc.pk: doc for doc in contract_corpus.values()}
    dated = [by_pk[pk].date for pk in every if by_pk[pk].date]
    assert dated == sorted(dated, reverse=sort == "newest")


def test_relevance_pages_partition_the_hits(contract_corpus, tmp_path):
    def pages():
        seen = []
        total = run_search(params(q="tỉnh", page_size="3")).total
        for page in range(1, -(-total // 3) + 1):
            seen += [
                hit.document.pk for hit in run_search(params(q="tỉnh", page=str(page), page_size="3")).hits
            ]
        return total, sorted(seen), len(seen) == len(set(seen))

    total, seen, distinct = assert_same(on_every_backend(tmp_path, pages))
    assert distinct and total == len(seen) > 3


@pytest.mark.parametrize(
    "query", ["giải phóng mặt bằng", "tỉnh", "ban thường vụ giải ngân vốn đầu tư công năm 2024"]
)
def test_a_small_page_counts_the_whole_list(contract_corpus, tmp_path, query):
    """The total does not depend on the page size (Whoosh once counted only the documents it
    scored before the page was full when block-quality skipping was off)."""

    def totals():
        return [run_search(params(q=query, page_size=str(size))).total for size in (1, 2, 100)] + [
            len(list(iter_document_ids(params(q=query))))
        ]

    found = assert_same(on_every_backend(tmp_path, totals))
    assert len(set(found)) == 1 and found[0] > 1


@pytest.mark.parametrize(
    "query", [{"q": "ban thường vụ giải ngân vốn đầu tư công"}, {"q": "tỉnh", "province": "Thanh Hóa"}]
)
def test_a_count_only_request_counts_what_a_page_does(contract_corpus, tmp_path, query):
    """page_size COUNT_ONLY: the same total and facet counts as a page, and no hits."""
    from documents.search.contract import backend
    from documents.search.plan import COUNT_ONLY

    def counts():
        request = dataclasses.replace(
            service._plan(params(**query), "default", facets=True).request, min_clauses=2
        )
        page = backend().search_documents(request)
        counted = backend().search_documents(dataclasses.replace(request, page_size=COUNT_ONLY))
        assert counted.hits == [] and page.hits
        assert (counted.total, counted.facets) == (page.total, page.facets)
        return counted.total

    assert assert_same(on_every_backend(tmp_path, counts)) > 1


def test_related_documents_and_lexicon_agree(contract_corpus, tmp_path):
    from haystack import connections

    document = contract_corpus["lai_chau"]

    def related():
        backend = connections["default"].get_backend()
        related_ids = sorted(doc.pk for doc in related_documents(document, limit=50))
        frequencies = backend.document_frequencies("compounds", ["cải_cách", "chuyển_đổi", "hành_chính"])
        forms = sorted(backend.written_forms("thanh hoa\x1f"))
        # A limit keeps the most frequent forms on every backend (Whoosh lists terms alphabetically).
        every_form = backend.written_forms("thanh\x1f", limit=1000)
        return related_ids, frequencies, forms, backend.written_forms("thanh\x1f", limit=1), every_form

    related_ids, frequencies, forms, most_frequent, every_form = assert_same(
        on_every_backend(tmp_path, related)
    )
    assert (
        len(every_form) > 1 and most_frequent == sorted(every_form, key=lambda form: (-form[1], form[0]))[:1]
    )
    assert document.pk not in related_ids and related_ids
    assert frequencies[1]["cải_cách"] >= 1
    assert ("Thanh Hóa", 3) in forms or any(form == "Thanh Hóa" for form, _ in forms)


def test_index_follows_edit_and_delete(contract_corpus, tmp_path, django_capture_on_commit_callbacks):
    def follow():
        document = contract_corpus["long_an"]
        document.text = document.text + " Ngoài ra bàn về thủy lợi nội đồng."
        with django_capture_on_commit_callbacks(execute=True):  # the index follows the commit
            document.save()
        found_after_edit = sorted(iter_document_ids(params(q='"thủy lợi nội đồng"')))
        extra = contract_corpus["gia_lai"]
        with django_capture_on_commit_callbacks(execute=True):
            extra.delete()
        found_after_delete = sorted(iter_document_ids(params(q='"Châu Đốc ký kết"')))
        return found_after_edit, found_after_delete

    # Each backend edits the same rows, so each starts from a fresh rebuild of the same state.
    results = {}
    for backend in BACKENDS:
        with using_backend(backend, tmp_path):
            edited, deleted = follow()
            results[backend] = (edited, deleted)
        from documents.models import Document

        contract_corpus["gia_lai"] = Document.objects.create(**_row(contract_corpus["gia_lai"]))
    edited, deleted = assert_same(results)
    assert contract_corpus["long_an"].pk in edited
    assert deleted == []


def _row(document) -> dict:
    fields = {
        f.attname: getattr(document, f.attname) for f in document._meta.concrete_fields if f.attname != "id"
    }
    fields.pop("created_at", None)
    fields.pop("updated_at", None)
    return fields


def test_haystack_commands_work_on_every_backend(contract_corpus, tmp_path):
    from django.core.management import call_command
    from haystack.query import SearchQuerySet

    from documents.models import Document

    def commands():
        call_command("clear_index", interactive=False, verbosity=0)
        empty = SearchQuerySet().models(Document).count()
        call_command("rebuild_index", interactive=False, verbosity=0)
        rebuilt = SearchQuerySet().models(Document).count()
        call_command("update_index", remove=True, verbosity=0)
        pks = sorted(int(pk) for pk in SearchQuerySet().models(Document).values_list("pk", flat=True))
        return empty, rebuilt, pks

    empty, rebuilt, pks = assert_same(on_every_backend(tmp_path, commands))
    assert empty == 0
    assert rebuilt == len(contract_corpus) == len(pks)


def test_opensearch_is_compared():
    """The contract holds for three backends: OpenSearch is compared whenever a cluster is given,
    and CI always gives one."""
    if "opensearch" not in BACKENDS:
        opensearch_url()  # fails under CI, else skips saying how to start a cluster
    assert BACKENDS == ("whoosh", "tantivy", "opensearch")


PAIR_QUERIES = [
    {},
    {"q": "tỉnh"},
    {"q": "ban thường vụ giải ngân vốn đầu tư công năm 2024"},  # tiers, and "some of the words"
    {"q": "giải phong mặt bằng"},  # the mistyped-mark fallback
    {"q": "ban", "province": ["Thanh Hóa", "Hà Tĩnh"], "date_to": "2023-12-31"},
    {"q": "xyzzyq"},
]


def _pairs_from_database(ids: list[int], first: str, second: str) -> dict:
    """What count_pairs must find: each listed document's own facet values, counted in Python."""
    from collections import Counter

    from documents.models import Document
    from documents.search.facets import BY_FIELD

    documents = Document.objects.filter(pk__in=ids).select_related("province__successor")
    found = Counter(
        (BY_FIELD[first].index_value(d) or None, BY_FIELD[second].index_value(d) or None) for d in documents
    )
    return dict(found)


@pytest.mark.parametrize("fields", [("province", "year"), ("province_current", "quarter")])
@pytest.mark.parametrize("query", PAIR_QUERIES)
def test_pair_counts_are_the_listed_documents_counted(contract_corpus, tmp_path, query, fields):
    """The engine's two-level facet counts exactly the documents iter_ids lists (tiers, fallback
    and filters alike), including those without a province or a period (None)."""
    from documents.search import count_pairs

    def pairs():
        ids = list(iter_document_ids(params(**query)))
        found = count_pairs(params(**query), *fields)
        return found.total, found.cells, len(ids), _pairs_from_database(ids, *fields)

    total, cells, listed, expected = assert_same(on_every_backend(tmp_path, pairs))
    assert total == listed == sum(cells.values())
    assert cells == expected
    if query.get("q") != "xyzzyq":
        assert total > 1
    if not query:
        assert any(None in key for key in cells), "the corpus should have a document without a period"


def test_pair_counts_refuse_a_list_field(contract_corpus, tmp_path):
    from documents.search import count_pairs
    from documents.search.pairs import NotCountable

    with using_backend(BACKENDS[0], tmp_path), pytest.raises(NotCountable):
        count_pairs(params(), "officials", "year")


def test_every_backend_reads_through_its_reader(tmp_path):
    """The reading half is declared once (SearchReader): the whole contract extends it and each
    backend forwards every one of its methods, arguments as given, to the reader it holds."""
    from documents.search.contract import READING, SearchBackend, SearchReader, backend

    assert READING and all(getattr(SearchBackend, name) is getattr(SearchReader, name) for name in READING)

    def reads() -> list:
        engine = backend()
        seen = []

        class Recording:
            def __getattr__(self, name):
                return lambda *args, **kwargs: seen.append((name, args, kwargs)) or name

        # A reader alone is not the whole contract (no layout_reset, no writing).
        assert not isinstance(engine.reader, SearchBackend)
        engine.__dict__["reader"] = Recording()
        answers = [getattr(engine, name)(1, limit=2) for name in READING]
        del engine.__dict__["reader"]
        assert answers == list(READING)
        return seen

    for seen in on_every_backend(tmp_path, reads).values():
        assert seen == [(name, (1,), {"limit": 2}) for name in READING]
