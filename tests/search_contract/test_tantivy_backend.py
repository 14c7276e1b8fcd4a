"""What only the tantivy backend has to get right: its writer lock, its index directory."""

from __future__ import annotations

import os
import threading
import time
from dataclasses import dataclass

import pytest
import tantivy

from documents.search.backends.tantivy import engine as tantivy_backend
from documents.search.backends.tantivy.engine import VERSION_FILE, TantivySearchBackend
from tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db


def _backend(tmp_path) -> TantivySearchBackend:
    return TantivySearchBackend("default", PATH=str(tmp_path / "tantivy"))


def _index_all(backend) -> None:
    from haystack import connections

    from documents.models import Document

    index = connections["default"].get_unified_index().get_index(Document)
    backend.update(index, list(index.index_queryset()))


@dataclass
class Reading:
    backend: TantivySearchBackend
    searcher: tantivy.Searcher
    builder: object  # the reader's query builder over that searcher


@pytest.fixture
def indexed(tmp_path):
    """indexed(): the documents made so far, indexed by a backend of this test's own, and that
    backend's searcher and query builder to read them with."""

    def index_and_read() -> Reading:
        backend = _backend(tmp_path)
        _index_all(backend)
        searcher = backend.reader.searcher()
        return Reading(backend, searcher, backend.reader._builder(searcher))

    return index_and_read


def test_writer_waits_for_a_writer_of_another_process(tmp_path):
    backend = _backend(tmp_path)
    backend.index  # noqa: B018 - creates the index
    DocumentFactory(raw_text="Tỉnh ủy Lai Châu họp bàn chuyển đổi số.")
    other = tantivy.Index.open(backend.path).writer(heap_size=15_000_000, num_threads=1)

    def release() -> None:
        time.sleep(0.5)
        other.rollback()
        other.wait_merging_threads()

    threading.Thread(target=release).start()
    start = time.monotonic()
    _index_all(backend)
    assert time.monotonic() - start >= 0.4
    assert backend.searcher().num_docs == 1


def test_an_index_of_another_layout_is_started_again(tmp_path):
    backend = _backend(tmp_path)
    DocumentFactory(raw_text="Tỉnh ủy Lai Châu họp bàn chuyển đổi số.")
    _index_all(backend)
    (tmp_path / "tantivy" / VERSION_FILE).write_text("0")
    tantivy_backend._forget(backend.path)
    again = _backend(tmp_path)
    assert again.searcher().num_docs == 0
    # Not silently: the reason stays for check_index until the index is rebuilt (cleared).
    assert "'0'" in again.layout_reset() and "rebuild_index" in again.layout_reset()
    again.clear()
    assert again.layout_reset() == ""


def test_an_index_of_this_layout_named_the_generation_6_way_is_kept(tmp_path):
    from documents.search.backends.tantivy.schema import legacy_version

    backend = _backend(tmp_path)
    DocumentFactory(raw_text="Tỉnh ủy Lai Châu họp bàn chuyển đổi số.")
    _index_all(backend)
    legacy = legacy_version(backend.layout)
    # When the layout changes, legacy_version and this test go: an index named the old way is
    # then of another layout, started empty like any other.
    assert (
        legacy
        == "6:province,province_current,year,quarter,month,date,meeting_type,doc_type,level,term,officials"
    )
    version_file = tmp_path / "tantivy" / VERSION_FILE
    version_file.write_text(legacy)
    tantivy_backend._forget(backend.path)
    again = _backend(tmp_path)
    assert again.searcher().num_docs == 1 and again.layout_reset() == ""
    assert version_file.read_text() == again.layout.version


def test_the_layout_is_read_from_the_field_classes():
    from django.core.exceptions import ImproperlyConfigured
    from haystack import connections
    from haystack.fields import CharField

    from documents.search.backends.tantivy.schema import layout_of
    from documents.search.index_fields import DateKeyField, FacetField

    fields = dict(connections["default"].get_unified_index().all_searchfields())
    layout = layout_of(fields)
    assert layout.pairs == (("text", "pairs"), ("text_folded", "pairs_folded"))
    assert layout.exact == ("text", "title") and layout.folded == ("text_folded", "title_folded")
    assert layout.sort_date == "date_start" and "term" in layout.facets
    assert layout.multi_valued == ("officials",)
    # A field's role comes from its class, whatever its name.
    renamed = {("when" if name == "date_start" else name): field for name, field in fields.items()}
    renamed["when"] = DateKeyField(sort=True, index_fieldname="when")
    assert layout_of(renamed).sort_date == "when"
    facet = fields["term"]
    assert "extra" in layout_of({**fields, "extra": FacetField(facet.facet, index_fieldname="extra")}).facets
    with pytest.raises(ImproperlyConfigured, match="plain"):
        layout_of({**fields, "plain": CharField(index_fieldname="plain")})


def test_any_change_of_a_field_changes_the_layout_version():
    from haystack import connections

    from documents.search.backends.tantivy.schema import layout_change, layout_of, legacy_version
    from documents.search.index_fields import CompoundField, SyllableField

    fields = dict(connections["default"].get_unified_index().all_searchfields())
    version = layout_of(fields).version
    assert layout_of(dict(fields)).version == version
    changed = {
        # an option of a field flipped: the text is no longer a body (answered from pairs)
        "body": {**fields, "text": SyllableField(document=True, index_fieldname="text")},
        "folded": {**fields, "compounds": CompoundField(folded=True, index_fieldname="compounds")},
        "renamed": {
            **{name: field for name, field in fields.items() if name != "undated"},
            "undated_key": type(fields["undated"])(index_fieldname="undated_key"),
        },
        "removed": {name: field for name, field in fields.items() if name != "suggest"},
    }
    for what, other in changed.items():
        assert layout_of(other).version != version, what
    # check_index's reason names the role that changed and how.
    renamed = layout_change(version, layout_of(changed["renamed"]).version)
    assert renamed == 'date_keys: +"undated_key" -"undated"'
    assert "older release" in layout_change("6:province,term", version)
    # A file that named only the facets tells nothing of the other fields: not this layout's.
    assert all(legacy_version(layout_of(other)) is None for other in changed.values())


def test_removing_and_clearing(tmp_path):
    backend = _backend(tmp_path)
    first = DocumentFactory(raw_text="Tỉnh ủy Lai Châu họp bàn chuyển đổi số.")
    DocumentFactory(raw_text="Tỉnh ủy Gia Lai họp bàn an ninh.")
    _index_all(backend)
    backend.remove(first)
    assert backend.searcher().num_docs == 1
    backend.clear()
    assert backend.searcher().num_docs == 0


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ('"phát triển kinh tế"', {"adjacent", "across a full stop"}),
        ('"kinh tế"', {"adjacent", "across a full stop", "scattered", "one between"}),
        ('"triển kinh"', {"adjacent", "across a full stop"}),
        ('"phat trien kinh te"', {"adjacent", "across a full stop"}),  # folded
        ('"phát triển kinh tế xã hội"', {"adjacent"}),
        # Four syllables and more: looked up by every other pair and the last (not every pair).
        ('"kinh tế xã hội"', {"adjacent", "one between"}),
        ('"triển kinh tế xã hội"', {"adjacent"}),
    ],
)
def test_phrases_through_pair_terms_match_as_syllable_phrases_do(tmp_path, typed, expected):
    # The body's phrases are answered from its pair fields: same matches as positions of syllables
    # (tantivy's positions run on across punctuation, as Whoosh's do).
    from documents.search.plan import BackendRequest
    from documents.search.query import parse_query

    texts = {
        "adjacent": "Nghị quyết về phát triển kinh tế xã hội của tỉnh.",
        "across a full stop": "Bàn về phát triển. Kinh tế tăng trưởng khá.",
        "scattered": "Kinh tế tăng trưởng; triển khai phát động phong trào.",
        "one between": "Phát triển mạnh kinh tế xã hội vùng cao.",
    }
    documents = {name: DocumentFactory(raw_text=text) for name, text in texts.items()}
    backend = _backend(tmp_path)
    _index_all(backend)
    parsed = parse_query(typed)
    page = backend.search_documents(BackendRequest(query=parsed, folded=not parsed.has_diacritics()))
    by_pk = {document.pk: name for name, document in documents.items()}
    assert {by_pk[hit.id] for hit in page.hits} == expected


def test_adjacency_as_a_ranking_signal_reads_the_pair_terms_without_positions(indexed):
    # "Words adjacent as typed" ranks by the run's pairs of neighbours, each a term of the pair
    # field: no positions read. A quoted phrase keeps its positions (the test above).
    texts = {
        "adjacent": "Nghị quyết về phát triển kinh tế xã hội của tỉnh.",
        "scattered": "Kinh tế tăng trưởng; triển khai phát động phong trào.",
        "one between": "Phát triển mạnh kinh tế xã hội vùng cao.",
        "pairs apart": "Phát triển du lịch. Triển kinh doanh. Kinh tế khá.",
    }
    documents = {name: DocumentFactory(raw_text=text) for name, text in texts.items()}
    reading = indexed()
    run = ["phát", "triển", "kinh", "tế"]
    adjacent = reading.builder.adjacent("text", run)
    assert "Phrase" not in repr(adjacent)
    for pair in ("phát_triển", "triển_kinh", "kinh_tế"):
        assert f'"{pair}"' in repr(adjacent)
    found = reading.searcher.search(adjacent, limit=10).hits
    by_address = {reading.searcher.doc(address).get_first("pk"): score for score, address in found}
    by_pk = {document.pk: name for name, document in documents.items()}
    # Every pair present is what it asks (a run's pairs apart from each other is rare in text).
    assert {by_pk[pk] for pk in by_address} == {"adjacent", "pairs apart"}
    # Where each pair stands once, in the run, it scores as the phrase of its syllables does.
    phrase = reading.searcher.search(reading.builder.phrase("text", run), limit=10).hits
    assert len(phrase) == 1
    assert by_address[documents["adjacent"].pk] == pytest.approx(phrase[0][0], rel=1e-4)
    # Two syllables: one pair term either way; titles keep their positions.
    assert repr(reading.builder.adjacent("text", ["kinh", "tế"])) == repr(
        reading.builder.phrase("text", ["kinh", "tế"])
    )
    assert "Phrase" in repr(reading.builder.adjacent("title", run))
    # A longer run's pairs stand apart more often: its phrase ranks.
    assert "Phrase" in repr(reading.builder.adjacent("text", [*run, "xã"]))


def _facet_total_in_child(backend, request, answers) -> None:
    answers.put(sum(count for _, count in backend.search_documents(request).facets["province"]))


def test_facets_are_counted_in_a_process_forked_after_a_search(tmp_path):
    # Facets are counted on a thread pool; a forked child (an ingest worker, a server worker)
    # inherits the pool object without its threads and must not wait on it forever.
    import multiprocessing

    from documents.search.plan import BackendRequest
    from documents.search.query import parse_query

    DocumentFactory(raw_text="Tỉnh ủy Lai Châu họp bàn chuyển đổi số.", province_name="Lai Châu")
    backend = _backend(tmp_path)
    _index_all(backend)
    request = BackendRequest(query=parse_query("chuyển đổi số"), facets=("province",))
    assert backend.search_documents(request).facets["province"] == [("Lai Châu", 1)]
    context = multiprocessing.get_context("fork")
    answers = context.Queue()
    child = context.Process(target=_facet_total_in_child, args=(backend, request, answers))
    child.start()
    child.join(timeout=30)
    alive = child.is_alive()
    if alive:
        child.kill()
    assert not alive and answers.get(timeout=1) == 1


def test_a_second_indexing_thread_only_for_bulk_commits(tmp_path):
    backend = _backend(tmp_path)
    assert backend.writer_threads_for(100) == 1  # an ingest's batch
    assert backend.writer_threads_for(tantivy_backend.BULK_COMMIT) == min(2, os.cpu_count() or 1)
    configured = TantivySearchBackend("default", PATH=str(tmp_path / "other"), WRITER_THREADS=3)
    assert configured.writer_threads_for(1) == 3


def test_words_in_nearly_every_document_are_not_looked_for_near_each_other(tmp_path):
    # Their phrase would weigh next to nothing, and its positions are the costliest to read.
    from documents.search.backends.tantivy.vocabulary import QueryBuilder

    for place in ("Lai Châu", "Gia Lai", "Long An"):
        DocumentFactory(raw_text=f"Tỉnh {place} kiểm tra việc thu chi và giám sát đầu tư công.")
    DocumentFactory(raw_text="Tỉnh Nghệ An giám sát đầu tư công.")
    backend = _backend(tmp_path)
    _index_all(backend)
    builder = QueryBuilder(backend.schema, backend.layout, backend.searcher())
    everywhere = builder.near("text", [["giám", "sát"], ["đầu", "tư"]], 30)
    assert repr(everywhere) == "Query(EmptyQuery)"
    # One of the two words in three documents of four: looked for.
    somewhere = builder.near("text", [["kiểm", "tra"], ["giám", "sát"]], 30)
    assert "Phrase" in repr(somewhere)
    assert backend.searcher().search(somewhere, limit=10, count=True).count == 3


def test_ranking_clauses_read_through_the_filters_score_as_around_them(indexed):
    # Each ranking clause is read through the request's filters (a union of clauses otherwise
    # scores every document of its blocks): the same documents, in the same order, same scores.
    from documents.search.plan import BackendRequest
    from documents.search.query import parse_query

    for i, province in enumerate(["Lai Châu", "Lai Châu", "Sơn La", "Lai Châu"] * 3):
        DocumentFactory(
            raw_text=f"Ban Thường vụ Tỉnh ủy {province} bàn phát triển kinh tế lần {i}; kinh tế tăng trưởng.",
            province_name=province,
        )
    reading = indexed()
    searcher, builder = reading.searcher, reading.builder
    request = BackendRequest(
        query=parse_query("phát triển kinh tế Ban Thường vụ"), filters={"province": ["Lai Châu"]}
    )
    within = builder.filter(request)
    around = searcher.search(builder.filtered(builder.matching(request), within), limit=20, count=True)
    through = searcher.search(
        builder.filtered(builder.matching(request, within), within), limit=20, count=True
    )
    assert through.count == around.count == 9
    assert through.hits == around.hits


def test_ranking_clauses_are_read_through_a_filter_only_when_it_keeps_few_documents(indexed):
    from documents.search.backends.tantivy.searcher import _if_selective
    from documents.search.plan import BackendRequest
    from documents.search.query import parse_query

    DocumentFactory(raw_text="Tỉnh ủy Lai Châu bàn về kinh tế.", province_name="Lai Châu")
    for i in range(10):
        DocumentFactory(raw_text=f"Tỉnh ủy Sơn La bàn về kinh tế lần {i}.", province_name="Sơn La")
    reading = indexed()
    searcher, builder = reading.searcher, reading.builder

    def within(province):
        request = BackendRequest(query=parse_query("kinh tế"), filters={"province": [province]})
        return _if_selective(searcher, request, builder.filter(request))

    assert within("Lai Châu") is not None  # 1 of 11 documents
    assert within("Sơn La") is None  # 10 of 11: reading it for every clause costs more than it saves
    listing = BackendRequest(query=parse_query(""), filters={"province": ["Lai Châu"]})
    assert listing.query.clauses == []
    # a listing has no ranking clauses to read through the filter: it is not counted for them
    assert _if_selective(searcher, listing, builder.filter(listing)) is None
    assert _if_selective(searcher, listing, None) is None


def test_a_tier_counted_through_a_selective_filter_finds_what_the_filter_around_it_does(indexed):
    # A tier's "at least 2 of 3 words" is a union of groups; with a filter keeping few documents
    # each group is read through it: the same documents are counted, and the same facets.
    from documents.search.backends.tantivy.searcher import _if_selective, _match_set
    from documents.search.plan import BackendRequest
    from documents.search.query import parse_query

    texts = ["xoài mít chuối", "xoài mít", "mít chuối", "xoài", "chuối"]
    for text in texts:
        DocumentFactory(raw_text=f"Vườn {text}.", province_name="Lai Châu")
    for i in range(50):
        DocumentFactory(raw_text=f"Vườn {texts[i % 5]} lần {i}.", province_name="Sơn La")
    reading = indexed()
    searcher, builder = reading.searcher, reading.builder
    request = BackendRequest(
        query=parse_query("xoài mít chuối"), min_clauses=2, filters={"province": ["Lai Châu"]}
    )
    within = builder.filter(request)
    assert _if_selective(searcher, request, within) is not None
    through = _match_set(searcher, builder, request)
    around = builder.filtered(builder.required(request), within)
    assert repr(through) != repr(around)  # the filter is inside the groups
    spec = {"year": {"terms": {"field": "year", "size": 100}}, "n": {"value_count": {"field": "pk"}}}
    assert searcher.search(through, limit=1, count=True).count == 3
    assert searcher.search(around, limit=1, count=True).count == 3
    assert searcher.aggregate(through, spec) == searcher.aggregate(around, spec)
    faceted = BackendRequest(**{**request.__dict__, "facets": ("province", "year")})
    page = reading.backend.search_documents(faceted)
    assert page.total == 3 and dict(page.facets)["province"] == [("Sơn La", 30), ("Lai Châu", 3)]
