"""A document held for review (an upload before staff publish it) is invisible to the public on
every surface, visible to staff with a banner; publishing indexes it, unpublishing removes it,
and the index then agrees with the published rows (check_index) on every search backend."""

from __future__ import annotations

import datetime as dt

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from documents.alerts.matching import new_since
from documents.index_check import check_index
from documents.models import Document
from documents.publication import publish, unpublish
from documents.research.citing import central_directives
from tests.alerts.helpers import make_user, saved
from tests.corpora import export_corpus
from tests.factories import DocumentFactory, as_if_committed
from tests.index import indexed_ids

pytestmark = pytest.mark.django_db

# Words, a number and a person found in the held document alone.
HELD_WORD = "khinhkhí"
HELD_TITLE = "Kết luận chờ duyệt về khinh khí cầu"
HELD_NUMBER = "777-KL/TU"
HELD_PERSON = "Trần Văn Ẩn Danh"
HELD_CITES = "18-NQ/TW"


@pytest.fixture
def corpus():
    return export_corpus()


@pytest.fixture
def held(corpus) -> Document:
    return DocumentFactory(
        raw_text=f"Ban Thường vụ Tỉnh ủy kết luận về giải phóng mặt bằng và {HELD_WORD} bay.",
        title=HELD_TITLE,
        number=HELD_NUMBER,
        province_name="Thanh Hóa",
        dated="2024-06-01",
        meeting_type="ban_thuong_vu",
        doc_type="ket_luan",
        officials=[{"name": HELD_PERSON, "titles": ["Phó Bí thư"], "roles": ["chủ trì"]}],
        cited=[HELD_CITES],
        published_at=None,
    )


@pytest.fixture
def staff(client):
    client.force_login(get_user_model().objects.create_user("bientap", is_staff=True))
    return client


def _body(response) -> str:
    if getattr(response, "streaming", False):
        return b"".join(response.streaming_content).decode()
    return response.content.decode()


def _shows_held(response) -> bool:
    body = _body(response)
    return HELD_TITLE in body or HELD_NUMBER in body or HELD_PERSON in body


def test_a_held_document_is_not_in_the_index_and_the_index_agrees(held):
    assert held.pk not in indexed_ids()
    report = check_index()
    assert report.consistent and report.in_database == 9 == report.in_index


PUBLIC_PAGES = [
    "/",
    "/search/",
    f"/search/?q={HELD_WORD}",
    "/search/?q=giải phóng mặt bằng",
    "/search/?province=Thanh Hóa",
    "/search/facets/official/",
    "/search/feed.atom",
    "/search/feed.atom?q=giải phóng",
    "/search/export.csv",
    "/search/export.json",
    "/search/export.ris",
    "/search/export.bib",
    "/search/export.csl.json",
    "/api/search",
    f"/api/search?q={HELD_WORD}",
    "/api/facets",
    "/sitemap.xml",
    "/provinces/",
    "/provinces/thanh-hoa/",
    "/officials/",
    "/compare/",
    "/compare.csv",
    "/trends/?q=giải phóng",
    "/trends.csv?q=giải phóng",
    "/directives/",
    "/directives.csv",
    "/about/",
]


@pytest.mark.parametrize("url", PUBLIC_PAGES)
def test_no_public_page_shows_a_held_document(client, held, url):
    response = client.get(url, HTTP_HOST="localhost")
    assert response.status_code == 200, url
    assert not _shows_held(response), url
    assert f"/documents/{held.pk}/" not in _body(response), url


@pytest.mark.parametrize(
    "url",
    ["/documents/{pk}/", "/documents/{pk}/original", "/api/documents/{pk}", "/documents/{pk}/cite.ris"],
)
def test_the_held_documents_own_addresses_are_404_for_the_public(client, held, url):
    assert client.get(url.format(pk=held.pk), HTTP_HOST="localhost").status_code == 404


def test_an_official_named_only_in_a_held_document_has_no_public_page(client, held):
    official = held.appearances.get().official
    assert client.get(f"/officials/{official.slug}/").status_code == 404
    found = client.get("/officials/", {"q": HELD_PERSON})
    assert found.status_code == 200 and f"/officials/{official.slug}/" not in found.content.decode()


def test_facet_counts_leave_the_held_document_out(client, held):
    facets = client.get("/api/facets", HTTP_HOST="localhost").json()
    assert client.get("/api/search", HTTP_HOST="localhost").json()["count"] == 9
    provinces = {value["value"]: value["count"] for value in facets["facets"]["province"]}
    assert provinces["Thanh Hóa"] == 2


def test_research_counts_and_related_documents_leave_it_out(client, corpus, held):
    cited = {item.directive.number: item for item in central_directives()}
    assert HELD_CITES not in cited  # the only citation of it is the held document's
    page = client.get(f"/documents/{corpus['kl_thanh_hoa'].pk}/")
    assert held not in page.context["related"]


def test_staff_see_the_held_document_with_a_not_published_banner(staff, held):
    page = staff.get(f"/documents/{held.pk}/", HTTP_ACCEPT_LANGUAGE="vi")
    assert page.status_code == 200
    body = page.content.decode()
    assert "Chưa công bố." in body and f"/admin/documents/document/{held.pk}/change/" in body
    english = staff.get(f"/documents/{held.pk}/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Not published." in english and "Chưa công bố" not in english


def test_a_published_documents_page_has_no_banner(staff, corpus):
    body = staff.get(f"/documents/{corpus['nghe_an'].pk}/").content.decode()
    assert "Chưa công bố." not in body


def test_publishing_indexes_and_unpublishing_removes_and_the_index_agrees(client, held):
    with as_if_committed():
        assert publish([held.pk]) == 1
    assert held.pk in indexed_ids() and check_index().consistent
    assert client.get(f"/documents/{held.pk}/").status_code == 200
    assert client.get(f"/search/?q={HELD_WORD}").context["outcome"].total == 1
    with as_if_committed():
        assert publish([held.pk]) == 0  # already published: nothing to do
        assert unpublish([held.pk]) == 1
    assert held.pk not in indexed_ids()
    report = check_index()
    assert report.consistent and report.in_index == 9
    assert client.get(f"/documents/{held.pk}/").status_code == 404


def test_an_admin_edit_of_a_held_document_does_not_index_it(held):
    with as_if_committed():
        held.title = "Tiêu đề đã sửa"
        held.save()
    assert held.pk not in indexed_ids() and check_index().consistent


def test_alerts_announce_a_held_document_when_it_is_published_not_before(held):
    user = make_user("nghiencuu")
    search = saved(user, "Thanh Hóa", "province=Thanh+H%C3%B3a")
    moment = timezone.now() - dt.timedelta(seconds=1)
    assert held.pk not in new_since(search, moment)
    with as_if_committed():
        publish([held.pk])
    assert held.pk in new_since(search, moment)


def test_the_admin_lists_held_documents_and_publishes_them_in_bulk(admin_client, held, corpus):
    listing = admin_client.get("/admin/documents/document/?cong_bo=0")
    assert [row.pk for row in listing.context["cl"].result_list] == [held.pk]
    with as_if_committed():
        response = admin_client.post(
            "/admin/documents/document/",
            {"action": "publish_selected", "_selected_action": [held.pk, corpus["nghe_an"].pk]},
        )
    assert response.status_code == 302
    held.refresh_from_db()
    assert held.is_published and held.pk in indexed_ids()
    with as_if_committed():
        admin_client.post(
            "/admin/documents/document/",
            {"action": "unpublish_selected", "_selected_action": [held.pk]},
        )
    assert held.pk not in indexed_ids() and check_index().consistent
