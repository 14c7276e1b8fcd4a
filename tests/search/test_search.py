"""The search service over a real (temporary) Whoosh index."""

from __future__ import annotations

import pytest
from django.http import QueryDict
from haystack import connections

from documents.search.params import ParamError
from documents.search.service import SearchParams, iter_document_ids, related_documents, run_search
from tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db


def search(query: str = "", **extra):
    data = QueryDict(mutable=True)
    data["q"] = query
    for key, value in extra.items():
        data.setlist(key, value if isinstance(value, list) else [value])
    return run_search(SearchParams.from_querydict(data))


def ids(outcome) -> list[int]:
    return [hit.document.pk for hit in outcome.hits]


def test_accent_insensitive_finds_what_exact_finds_exact_first(corpus):
    exact = search("giải phóng mặt bằng")
    folded = search("giai phong mat bang")
    assert set(ids(exact)) == {corpus["gpmb_exact"].pk}
    assert set(ids(exact)) <= set(ids(folded))
    # "mặt bằng" in Long An matches the folded words too, but the exact form ranks first.
    assert corpus["long_an"].pk not in ids(folded) or ids(folded)[0] == corpus["gpmb_exact"].pk
    assert folded.accent_insensitive and not exact.accent_insensitive


def test_exact_switch_forces_diacritics(corpus):
    assert search("giai phong mat bang", exact="1").total == 0


def test_old_and_new_tone_placement_are_one_word(corpus):
    # The text of one says "Thanh Hoá"; the other is in Thanh Hóa by its metadata.
    expected = {corpus["old_tones"].pk, corpus["gpmb_exact"].pk}
    assert set(ids(search("Thanh Hoá"))) == set(ids(search("Thanh Hóa"))) == expected
    assert set(ids(search("ủy ban nhân dân"))) == set(ids(search("uỷ ban nhân dân")))


def test_an_is_searchable(corpus):
    assert ids(search('"Long An"')) == [corpus["long_an"].pk]
    assert corpus["ubnd"].pk in ids(search("an ninh"))


def test_abbreviations_expand_both_ways(corpus):
    assert {corpus["ubnd"].pk, corpus["old_tones"].pk} <= set(ids(search("UBND")))
    assert {corpus["ubnd"].pk, corpus["old_tones"].pk} <= set(ids(search("ủy ban nhân dân")))
    assert corpus["ubnd"].pk in ids(search("hội đồng nhân dân"))
    assert corpus["long_an"].pk in ids(search("NTM"))


def test_phrases_exclusion_and_or(corpus):
    assert ids(search('"mặt bằng sản xuất"')) == [corpus["long_an"].pk]
    assert corpus["long_an"].pk not in ids(search("mặt bằng -sản"))
    assert set(ids(search("Nghệ OR Long"))) == {corpus["ubnd"].pk, corpus["long_an"].pk}


def test_a_province_successor_is_a_facet_not_a_word_of_the_document(db):
    """Thái Bình became part of Hưng Yên in 2025: its documents never say "Hưng Yên", so excluding
    that name keeps them and searching it does not find them (the province_current facet does)."""
    thai_binh = DocumentFactory(
        raw_text="Bí thư Tỉnh ủy Thái Bình chủ trì hội nghị.", province_name="Thái Bình"
    )
    hung_yen = DocumentFactory(raw_text="Tỉnh ủy Hưng Yên và Tỉnh ủy Thái Bình ký kết hợp tác.")
    assert ids(search("Thai Binh -Hung Yen")) == [thai_binh.pk]
    assert ids(search("Hưng Yên")) == [hung_yen.pk]
    assert ids(search(province_current="Hưng Yên")) == [thai_binh.pk]


@pytest.mark.parametrize(
    "query", ['"unbalanced', "-", "OR", "x" * 2000, "😀" * 50, "'; DROP TABLE x; --", "<b>", "***", "\x00"]
)
def test_any_input_gives_a_page_never_an_error(corpus, client, query):
    outcome = search(query)
    assert outcome.total >= 0
    response = client.get("/search/", {"q": query})
    assert response.status_code == 200
    assert "<b>" not in response.content.decode().split('id="main"')[1]


def test_did_you_mean_restores_diacritics(corpus):
    assert search("thanh hoa").suggestion == "Thanh Hóa"
    assert search("giai phong mat bang").suggestion == "giải phóng mặt bằng"
    assert search("Thanh Hóa").suggestion is None


def test_snippets_mark_matches_and_escape_the_text(db):
    DocumentFactory(raw_text="Đoạn có <script>alert('x')</script> và giải phóng mặt bằng & kết luận.")
    hit = search("giai phong").hits[0]
    snippet = str(hit.snippet)
    assert "<script>" not in snippet
    assert "&lt;script&gt;" in snippet
    assert "&amp;" in snippet
    assert "<mark>giải</mark> <mark>phóng</mark>" in snippet


def test_snippet_highlights_old_tone_placement(corpus):
    # Stored text is normalized at ingest; the highlighter must not depend on it.
    document = corpus["old_tones"]
    type(document).objects.filter(pk=document.pk).update(text=document.raw_text)
    hit = next(h for h in search("Thanh Hóa").hits if h.document == document)
    assert "<mark>Hoá</mark>" in str(hit.snippet)


def test_facets_count_whole_values(corpus):
    facets = search("").facets
    provinces = {f.value: f.count for f in facets["province"]}
    assert provinces == {"Thanh Hóa": 2, "Nghệ An": 1, "Long An": 1}
    officials = {f.value: f.count for f in facets["official"]}
    assert officials == {"Đỗ Trọng Hưng": 2, "Nguyễn Doãn Anh": 1}
    assert {f.value: f.count for f in facets["year"]} == {"2023": 2, "2024": 1, "2022": 1}
    assert {f.value for f in facets["month"]} == {"2023-04", "2023-06", "2022-10"}
    assert {f.value: f.count for f in facets["quarter"]}["2023-Q2"] == 2


def test_filters_or_within_and_across_facets(corpus):
    both = search("", province=["Thanh Hóa", "Long An"])
    assert both.total == 3
    # Counts of a selected facet ignore its own selection, so other values stay choosable.
    assert {f.value for f in both.facets["province"]} == {"Thanh Hóa", "Nghệ An", "Long An"}
    assert search("", province=["Thanh Hóa", "Long An"], meeting_type="ban_chap_hanh").total == 2
    assert search("", official="Nguyễn Doãn Anh").total == 1
    assert search("", date_from="2023-05", date_to="2024-01-01").total == 2  # "2023-06" and "2024" overlap


def test_sorting_and_all_ids(corpus):
    newest = search("", sort="newest")
    assert ids(newest)[0] == corpus["ubnd"].pk
    oldest = list(iter_document_ids(SearchParams.from_querydict(QueryDict("sort=oldest"))))
    assert oldest[0] == corpus["long_an"].pk
    assert len(oldest) == 4
    assert list(search("", sort="newest", page_size="1").iter_ids()) == ids(newest)


def test_paging(corpus):
    first, second = search("", page_size="3"), search("", page_size="3", page="2")
    assert first.total == second.total == 4 and first.num_pages == 2
    assert len(first.hits) == 3 and len(second.hits) == 1 and first.has_next and not second.has_next


@pytest.mark.parametrize(
    ("query", "param"),
    [
        ("page=0", "page"),
        ("page=abc", "page"),
        ("sort=random", "sort"),
        ("year=23", "year"),
        ("meeting_type=party", "meeting_type"),
        ("date_from=2023-13-01", "date_from"),
        ("date_from=2024&date_to=2023", "date_from"),
        ("exact=maybe", "exact"),
        ("quarter=2023-Q5", "quarter"),
    ],
)
def test_invalid_parameters_name_the_parameter(query, param):
    with pytest.raises(ParamError) as error:
        SearchParams.from_querydict(QueryDict(query))
    assert error.value.param == param


def test_index_follows_edit_and_delete(corpus, django_capture_on_commit_callbacks):
    document = corpus["long_an"]
    document.text = document.text.replace("nông thôn mới", "khu công nghiệp")
    document.segmented = document.segmented.replace("nông_thôn mới", "khu công_nghiệp")
    with django_capture_on_commit_callbacks(execute=True):
        document.save()
    assert document.pk not in ids(search('"nông thôn mới"'))
    assert document.pk in ids(search('"khu công nghiệp"'))
    with django_capture_on_commit_callbacks(execute=True):
        document.delete()
    assert search('"Long An"').total == 0
    assert search("").total == 3


def test_rebuild_restores_from_the_database_without_segmenting(corpus, monkeypatch):
    from django.core.management import call_command

    def no_segmenting(*args, **kwargs):
        raise AssertionError("rebuild_index must not segment")

    monkeypatch.setattr("documents.vietnamese.segment.segment", no_segmenting)
    connections["default"].get_backend().clear()
    assert search("").total == 0
    call_command("rebuild_index", interactive=False, verbosity=0)
    assert search("").total == 4
    assert search("giai phong mat bang").total >= 1


def test_rebuild_indexes_a_batch_naming_more_than_a_thousand_officials(db):
    # Found at 100,000 documents: prefetching a batch's officials by id made SQLite refuse the
    # query ("Expression tree is too large") once a batch named ~1,000 distinct officials.
    from django.core.management import call_command

    from documents.models import Appearance, Official

    document = DocumentFactory(raw_text="Hội nghị Ban Chấp hành Đảng bộ tỉnh.")
    officials = Official.objects.bulk_create(
        Official(name=f"Người Số {n}", key=f"nguoi so {n}", slug=f"nguoi-so-{n}") for n in range(1100)
    )
    Appearance.objects.bulk_create(
        Appearance(document=document, official=official, position=n) for n, official in enumerate(officials)
    )
    call_command("rebuild_index", interactive=False, verbosity=0)
    assert search("", official="Người Số 1099").total == 1


def test_related_documents_share_compound_words(corpus):
    related = related_documents(corpus["gpmb_exact"])
    assert corpus["gpmb_exact"] not in related
    assert (related and related[0] == corpus["long_an"]) or corpus["old_tones"] in related


def test_search_page_renders_results_facets_and_suggestion(corpus, client):
    response = client.get("/search/", {"q": "thanh hoa"})
    page = response.content.decode()
    assert response.status_code == 200
    assert "Thanh Hóa</a>" in page  # the suggestion
    assert "<mark>" in page
    assert "?q=thanh+hoa&amp;province=Th" in page  # a facet link keeps the query


def test_search_page_rejects_bad_parameters_with_400(client):
    response = client.get("/search/", {"page": "zero"})
    assert response.status_code == 400
    assert "page" in response.content.decode()


def test_a_document_with_script_shows_as_text_on_the_page(db, client):
    DocumentFactory(raw_text="<script>alert(1)</script> Hội nghị tỉnh ủy", title="<script>bad()</script>")
    page = client.get("/search/", {"q": "hội nghị"}).content.decode()
    assert "<script>" not in page
    assert "&lt;script&gt;" in page


def test_writer_waits_for_a_lock_held_elsewhere(whoosh_engine, corpus):
    import threading

    backend = connections["default"].get_backend()
    lock = backend.index.lock("WRITELOCK")
    assert lock.acquire()
    threading.Timer(0.5, lock.release).start()
    DocumentFactory(raw_text="Tài liệu viết khi chỉ mục đang khóa về đê điều.")
    assert search("đê điều").total == 1


def test_searchers_are_kept_per_index_path(whoosh_engine, corpus, tmp_path):
    backend = connections["default"].get_backend()
    assert backend.searcher() is backend.searcher()
    before = backend.searcher()
    DocumentFactory(raw_text="Một văn bản mới về thủy lợi.")
    assert backend.searcher() is not before  # reopened after the commit
    assert search("thủy lợi").total == 1


def test_no_document_with_every_word_shows_those_with_most_and_what_they_lack(corpus):
    outcome = search("giải phóng mặt bằng khủng long")
    assert ids(outcome)[0] == corpus["gpmb_exact"].pk
    assert outcome.complete_total == 0 and outcome.partial_total == outcome.total > 0
    first = outcome.hits[0]
    assert first.tier > 1
    assert "khủng" in first.missing and "giải" not in " ".join(first.missing)


def test_a_lower_tier_result_does_not_lack_a_name_the_index_matched_it_by(whoosh_engine):
    # the province and the official are the metadata's: the text names neither, the index holds both
    document = DocumentFactory(
        raw_text="Hội nghị bàn về chuyển đổi số trong các cơ quan Đảng.",
        province_name="Cao Bằng",
        officials=["Trần Văn Minh"],
    )
    outcome = search("Cao Bằng chuyển đổi số khủng long")
    hit = next(hit for hit in outcome.hits if hit.document.pk == document.pk)
    assert hit.tier > 1
    assert "khủng" in hit.missing
    assert not {"Cao", "Bằng", "Cao Bằng"} & set(hit.missing)
    assert "Minh" not in " ".join(search("Trần Văn Minh chuyển đổi khủng long").hits[0].missing)


def test_mistyped_diacritics_fall_back_to_folded(corpus):
    outcome = search("giải phong mặt bằng")
    assert ids(outcome)[0] == corpus["gpmb_exact"].pk
    assert outcome.accent_insensitive and outcome.notes


def test_renaming_a_province_or_official_updates_facets(corpus, django_capture_on_commit_callbacks):
    from documents.models import Official, Province

    province = Province.objects.get(name="Long An")
    province.name = "Long An (mới)"
    with django_capture_on_commit_callbacks(execute=True):
        province.save()
    assert search("", province="Long An (mới)").total == 1
    official = Official.objects.get(name="Nguyễn Doãn Anh")
    official.name = "Nguyễn Doãn Anh (đổi)"
    with django_capture_on_commit_callbacks(execute=True):
        official.save()
    assert search("", official="Nguyễn Doãn Anh (đổi)").total == 1
