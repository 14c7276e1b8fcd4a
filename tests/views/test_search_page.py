"""The search page and the facet page through Django's test client: state in the URL, facets,
chips, drill-down, histogram, and a 400 page naming any bad parameter."""

from __future__ import annotations

import re
from urllib.parse import quote

import pytest

from tests.corpora import official_names, page_corpus

pytestmark = pytest.mark.django_db

Q = quote("chuyển đổi số")


@pytest.fixture
def corpus(samples_dir):
    return page_corpus(samples_dir, with_samples=False)


def _body(response) -> str:
    return response.content.decode()


def test_empty_search_lists_everything_with_facets_and_histogram(client, corpus):
    response = client.get("/search/")
    assert response.status_code == 200
    body = _body(response)
    assert response.context["outcome"].total == len(corpus)
    assert 'data-facet="province"' in body and 'data-facet="official"' in body
    assert "<svg" in body and "Văn bản theo năm" in body
    assert 'class="active-filters"' not in body  # nothing to clear yet
    assert 'name="date_from" type="date"' in body


def test_query_shows_snippets_chips_and_export_links(client, corpus):
    response = client.get(f"/search/?q={Q}&sort=newest")
    body = _body(response)
    assert response.status_code == 200
    assert "<mark>" in body
    assert "Từ khóa: chuyển đổi số" in body
    assert "Bắt đầu lại" in body
    # Export links carry the same search, without the page number.
    assert f"/search/export.csv?q={Q.replace('%20', '+')}&amp;sort=newest" in body
    hits = response.context["outcome"].hits
    dates = [hit.document.date for hit in hits]
    assert dates == sorted(dates, reverse=True)


def test_facets_combine_or_within_and_across(client, corpus):
    one = client.get("/search/?province=Thanh+H%C3%B3a").context["outcome"].total
    two = client.get("/search/?province=Thanh+H%C3%B3a&province=Th%C3%A1i+B%C3%ACnh").context["outcome"].total
    narrowed = client.get("/search/?province=Thanh+H%C3%B3a&province=Th%C3%A1i+B%C3%ACnh&year=2023")
    assert one == 3 and two == 5
    assert narrowed.context["outcome"].total == 3
    chips = [chip.label for chip in narrowed.context["chips"]]
    assert chips == ["Tỉnh, thành phố: Thanh Hóa", "Tỉnh, thành phố: Thái Bình", "Năm: 2023"]


def test_chip_removes_only_its_own_value(client, corpus):
    response = client.get("/search/?province=Thanh+H%C3%B3a&province=Th%C3%A1i+B%C3%ACnh&page=1")
    chip = response.context["chips"][0]
    assert "Thanh" not in chip.url and "province=Th%C3%A1i+B%C3%ACnh" in chip.url
    assert "page=" not in chip.url


def test_selected_facet_still_lists_its_other_values(client, corpus):
    response = client.get("/search/?meeting_type=ban_chap_hanh")
    panel = next(p for p in response.context["panels"] if p.name == "meeting_type")
    values = {row.value.value: row.value.selected for row in panel.rows}
    assert values["ban_chap_hanh"] is True and values["ban_thuong_vu"] is False


def test_year_drills_down_to_quarters_then_months(client, corpus):
    year = client.get("/search/?year=2023")
    names = [p.name for p in year.context["panels"]]
    assert "quarter" in names and "month" not in names
    histogram = year.context["histogram"]
    labels = [bar.label for bar in histogram.bars]
    assert labels[:4] == ["Quý 1/2023", "Quý 2/2023", "Quý 3/2023", "Quý 4/2023"]
    assert histogram.bars[-1].partial and histogram.bars[-1].count == 1  # dated only "2023"
    quarter = client.get("/search/?year=2023&quarter=2023-Q3")
    month = next(p for p in quarter.context["panels"] if p.name == "month")
    assert [row.value.value for row in month.rows] == ["2023-09"]
    # Removing the year removes its quarter too.
    year_chip = next(c for c in quarter.context["chips"] if c.label == "Năm: 2023")
    assert "quarter" not in year_chip.url


def test_province_boundaries_switch(client, corpus):
    now = client.get("/search/?boundaries=2025")
    panel = now.context["panels"][0]
    assert panel.name == "province_current"
    values = {row.value.value: row.value.count for row in panel.rows}
    assert values["Hưng Yên"] == 2  # Thái Bình's documents, under its 2025 successor
    assert values["Tuyên Quang"] == 1  # Hà Giang's
    chosen = client.get("/search/?province_current=H%C6%B0ng+Y%C3%AAn")
    assert chosen.context["panels"][0].name == "province_current"
    assert chosen.context["outcome"].total == 2


def test_official_facet_shows_ten_then_more(client, corpus):
    response = client.get("/search/")
    panel = next(p for p in response.context["panels"] if p.name == "official")
    assert len(panel.rows) == 10
    assert len(panel.rows) + panel.more_total == len(official_names())
    body = _body(response)
    assert 'data-facet-filter="facet-more-official"' in body
    assert "Xem và lọc mọi giá trị" in body


def test_selected_official_beyond_the_top_ten_stays_in_view(client, corpus):
    response = client.get("/search/")
    panel = next(p for p in response.context["panels"] if p.name == "official")
    hidden = panel.more[-1].value.value
    chosen = client.get("/search/", {"official": hidden})
    panel = next(p for p in chosen.context["panels"] if p.name == "official")
    assert hidden in [row.value.value for row in panel.rows]


def test_facet_page_filters_without_javascript(client, corpus):
    response = client.get("/search/facets/official/?facet_q=nguyen&year=2023")
    assert response.status_code == 200
    labels = [row.label for row in response.context["rows"]]
    assert labels and all(label.startswith("Nguyễn") for label in labels)
    assert all("year=2023" in row.url and "official=" in row.url for row in response.context["rows"])
    # each row leads back to the search page, never to this page's own address
    assert all(row.url.startswith("/search/?") for row in response.context["rows"])
    chosen = response.context["rows"][0].value.value
    selected = client.get("/search/facets/official/", {"facet_q": "nguyen", "official": chosen})
    assert all(row.url.startswith("/search/?") for row in selected.context["rows"])
    assert client.get("/search/facets/nope/").status_code == 404


def test_date_range_narrows(client, corpus):
    response = client.get("/search/?date_from=2023-01-01&date_to=2023-12-31")
    assert response.context["outcome"].total == 3
    labels = [chip.label for chip in response.context["chips"]]
    assert labels == ["Từ ngày 01/01/2023", "Đến ngày 31/12/2023"]
    body = _body(response)
    assert 'value="2023-01-01"' in body and 'value="2023-12-31"' in body


def test_pagination_links_keep_the_search(client, corpus):
    response = client.get("/search/?q=&page_size=2&sort=oldest&province=Thanh+H%C3%B3a")
    assert response.context["outcome"].num_pages == 2
    body = _body(response)
    assert re.search(r'href="\?[^"]*page=2[^"]*" rel="next"', body)
    assert "province=Thanh+H%C3%B3a" in response.context["next_url"]


@pytest.mark.parametrize(
    ("query", "says"),
    [
        ("year=abc", "“Năm” không hợp lệ"),
        ("page=-1", "Không có trang “-1”"),
        ("page=0", "Không có trang “0”"),
        ("sort=foo", "“Sắp xếp” không hợp lệ"),
        ("date_from=2023-13-01", "“Từ ngày” không hợp lệ"),
        ("date_to=2023-02-30", "“Đến ngày” không hợp lệ"),
        ("date_from=2024-01-01&date_to=2023-01-01", "Ngày bắt đầu (01/01/2024) sau ngày kết thúc"),
        ("quarter=2023-Q5", "“Quý” không hợp lệ"),
        ("meeting_type=party", "“Loại hội nghị” không hợp lệ"),
        ("exact=maybe", "“Chỉ tìm đúng dấu” không hợp lệ"),
    ],
)
def test_bad_parameter_is_a_400_page_naming_it(client, query, says):
    """Named as the page labels it (the JSON API keeps the parameter's own name)."""
    response = client.get(f"/search/?{query}")
    assert response.status_code == 400
    body = _body(response)
    assert says in body
    assert 'role="alert"' in body
    assert client.get(f"/search/facets/year/?{query}").status_code == 400


def test_hostile_query_is_escaped(client, corpus):
    body = _body(client.get("/search/", {"q": '<script>alert(1)</script> "số'}))
    assert "<script>alert" not in body


def test_english_interface(client, corpus):
    response = client.get("/search/?year=2023", HTTP_ACCEPT_LANGUAGE="en")
    body = _body(response)
    assert '<html lang="en">' in body
    assert "Search documents" in body and "Start over" in body and "Year: 2023" in body
    response = client.get("/search/?year=abc", HTTP_ACCEPT_LANGUAGE="en")
    assert "“Year” is not valid" in _body(response)


def test_vietnamese_by_default(client, corpus):
    body = _body(client.get("/search/"))
    assert '<html lang="vi">' in body and "Tìm kiếm văn bản" in body


def test_language_switch_posts_and_returns_to_the_page(client, corpus):
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/search/?year=2023"})
    assert response.status_code == 302 and response["Location"] == "/search/?year=2023"
    assert "Search documents" in _body(client.get("/search/?year=2023"))


def test_no_inline_script_or_style(client, corpus):
    for url in ("/", "/search/", f"/search/?q={Q}&year=2023", f"/documents/{corpus[0].pk}/?q={Q}"):
        body = _body(client.get(url))
        assert "<script>" not in body and " style=" not in body and "onclick" not in body
        assert re.search(r"<script src=\"/static/js/portal\.js\" defer></script>", body)


def test_query_form_carries_filters_but_lets_exact_be_unticked(client, corpus):
    response = client.get(f"/search/?q={Q}&exact=1&year=2023&sort=oldest")
    hidden = response.context["hidden_for_query"]
    assert ("year", "2023") in hidden and ("sort", "oldest") in hidden
    assert all(name not in ("q", "exact") for name, _ in hidden)
    assert 'name="exact" value="1" checked' in _body(response)


def test_a_facet_row_is_escaped_and_says_when_it_is_selected():
    from documents.search import FacetValue
    from documents.views.search_ui import facet_row_html

    plain = facet_row_html(FacetValue("x", 1234, "<b>Lê</b>"), "/search/?a=1&b=2", "<b>Lê</b>", "1234")
    assert "&lt;b&gt;Lê&lt;/b&gt;" in plain and 'href="/search/?a=1&amp;b=2"' in plain
    assert "☐" in plain and "aria-current" not in plain and '<span class="count">1234</span>' in plain
    chosen = facet_row_html(FacetValue("x", 7, "Lê", selected=True), "/search/", "Lê", "7")
    assert 'class="selected" aria-current="true"' in chosen and "☑" in chosen
    assert "(đang chọn, bấm để bỏ)" in chosen


def test_a_facet_row_escapes_as_django_does():
    # Text already marked safe is written as it is and a lazy translation is escaped once
    # translated, as conditional_escape does everywhere else in the pages.
    from django.utils.safestring import mark_safe
    from django.utils.translation import gettext_lazy

    from documents.search import FacetValue
    from documents.views.search_ui import facet_row_html

    safe = facet_row_html(FacetValue("x", 1, "x"), "/search/", mark_safe("<em>Lê</em>"), "1")
    assert '<span class="facet-label"><em>Lê</em></span>' in safe
    lazy = facet_row_html(FacetValue("x", 1, "x"), "/search/", gettext_lazy("Lê & Trần"), "1")
    assert '<span class="facet-label">Lê &amp; Trần</span>' in lazy


def test_result_rows_say_what_the_documents_own_methods_say():
    from django.utils import translation

    from documents.search import SearchHit
    from documents.views.search_ui import result_rows
    from tests.factories import DocumentFactory

    documents = [
        DocumentFactory(meeting_type="ban_thuong_vu", doc_type="ket_luan"),
        DocumentFactory(meeting_type="dai_hoi", doc_type=None),
        DocumentFactory(meeting_type="not_a_code", doc_type="news"),
    ]
    for language in ("vi", "en"):
        with translation.override(language):
            rows = result_rows([SearchHit(document=d, snippet="") for d in documents])
            for row, document in zip(rows, documents, strict=True):
                assert row.url == document.get_absolute_url()
                assert row.meeting_type == document.get_meeting_type_display()
                assert row.doc_type == (document.get_doc_type_display() if document.doc_type else "")
    with translation.override("en"):
        assert (
            result_rows([SearchHit(document=documents[0], snippet="")])[0].meeting_type
            == "Standing Committee"
        )


@pytest.mark.parametrize(
    ("language", "words"),
    [
        ("vi", ("văn bản thiếu một vài từ xếp sau", "Cụm từ chính xác")),
        ("en", ("those lacking a few follow", "An exact phrase")),
    ],
)
def test_the_syntax_help_says_what_follows_the_documents_with_every_word(client, language, words):
    # The list goes on below the documents holding every word: the help must not promise that
    # every word is required.
    body = _body(client.get("/search/", HTTP_ACCEPT_LANGUAGE=language))
    help_text = re.search(r'<details class="syntax-help">(.*?)</details>', body, flags=re.S).group(1)
    for word in words:
        assert word in help_text
    assert "phải có" not in help_text and "must appear" not in help_text
