"""Province and official pages, the home page's ways in, and the document page's links."""

from __future__ import annotations

import pytest

from documents.models import Official, Province
from tests.corpora import page_corpus
from tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def corpus(samples_dir):
    return page_corpus(samples_dir, with_samples=False)


def test_merged_province_links_to_its_successor(client, corpus):
    thai_binh = Province.objects.get(name="Thái Bình")
    body = client.get(f"/provinces/{thai_binh.slug}/").content.decode()
    assert "Hưng Yên" in body and f'href="/provinces/{thai_binh.successor.slug}/"' in body
    assert "01/07/2025" in body
    assert "Nghị quyết Hội nghị Tỉnh ủy Thái Bình" in body
    assert "/search/?province=Th%C3%A1i+B%C3%ACnh" in body


def test_successor_province_lists_its_predecessors_and_their_documents(client, corpus):
    hung_yen = Province.objects.get(name="Hưng Yên")
    response = client.get(f"/provinces/{hung_yen.slug}/")
    body = response.content.decode()
    assert response.context["count"] == 2
    assert "Thái Bình" in body and "Hợp nhất từ" in body
    assert "/search/?province_current=H%C6%B0ng+Y%C3%AAn" in body
    assert [row.year for row in response.context["years"]] == [2022, 2024]


def test_province_page_lists_officials(client, corpus):
    thanh_hoa = Province.objects.get(name="Thanh Hóa")
    response = client.get(f"/provinces/{thanh_hoa.slug}/")
    assert len(response.context["officials"]) >= 10
    assert client.get("/provinces/khong-co/").status_code == 404


def test_official_page_shows_titles_over_time_documents_and_provinces(client):
    name = "Đỗ Trọng Hưng"
    DocumentFactory(
        raw_text="A.",
        province_name="Thanh Hóa",
        dated="2021-03-01",
        officials=[{"name": name, "titles": ["Phó Bí thư Tỉnh ủy"], "roles": []}],
    )
    DocumentFactory(
        raw_text="B.",
        province_name="Thanh Hóa",
        dated="2023-09-29",
        officials=[{"name": name, "titles": ["Bí thư Tỉnh ủy"], "roles": ["chủ trì"]}],
        chair_name=name,
    )
    official = Official.objects.get(name=name)
    response = client.get(f"/officials/{official.slug}/")
    assert response.status_code == 200
    titles = [span.title for span in response.context["titles"]]
    assert titles == ["Phó Bí thư Tỉnh ủy", "Bí thư Tỉnh ủy"]
    body = response.content.decode()
    assert "chủ trì" in body and "Thanh Hóa" in body
    assert "/search/?official=%C4%90%E1%BB%97+Tr%E1%BB%8Dng+H%C6%B0ng" in body
    assert client.get("/officials/khong-co/").status_code == 404


def test_home_page_offers_ways_in(client, corpus):
    body = client.get("/").content.decode()
    assert "/provinces/" in body and "/officials/" in body
    assert "/search/?year=2023" in body and "/search/?meeting_type=ban_chap_hanh" in body


def test_document_page_links_officials_and_highlights_the_query(client, corpus):
    document = corpus[0]
    response = client.get(f"{document.get_absolute_url()}?q=chuyen+doi+so")
    body = response.content.decode()
    assert "<mark>chuyển</mark> <mark data-joined>đổi</mark> <mark data-joined>số</mark>" in body
    official = document.appearances.first().official
    assert f'href="/officials/{official.slug}/"' in body
    assert f'href="/provinces/{document.province.slug}/"' in body
    assert response.context["matches"] >= 1


def test_document_page_marks_a_word_where_its_syllables_stand_together(client, db):
    # The index knows "giải phóng" and "mặt bằng" as words (from this document's segmentation).
    document = DocumentFactory(raw_text="Giải phóng mặt bằng dự án. Giải Bóng rổ. Mặt trận.")
    for query in ("giải phóng mặt bằng", "giai phong mat bang"):
        response = client.get(document.get_absolute_url(), {"q": query})
        body = response.content.decode()
        joined = " ".join(f"<mark data-joined>{syllable}</mark>" for syllable in ("phóng", "mặt", "bằng"))
        assert f"<mark>Giải</mark> {joined}" in body
        assert "<mark>Giải</mark> Bóng" not in body and "<mark>Mặt</mark> trận" not in body
        assert response.context["matches"] == 1  # one phrase, four syllables


def test_document_page_counts_the_matches_its_buttons_step_through(client, db):
    # A phrase is one match; a sentence's end parts two; words parted by a comma stand together.
    document = DocumentFactory(
        raw_text="Dự án giải phóng mặt bằng. Giải phóng mặt bằng chậm.\nĐô thị, nông thôn."
    )
    response = client.get(document.get_absolute_url(), {"q": "giải phóng mặt bằng"})
    assert response.context["matches"] == 2
    assert "Tô sáng 2 chỗ khớp" in response.content.decode()
    body = client.get(document.get_absolute_url(), {"q": "nông thôn OR đô thị"}).content.decode()
    assert "<mark>Đô</mark> <mark data-joined>thị</mark>, <mark data-joined>nông</mark>" in body
    assert "Tô sáng 1 chỗ khớp" in body


def test_document_page_escapes_a_hostile_query(client, corpus):
    response = client.get(corpus[0].get_absolute_url(), {"q": "số <i>"})
    body = response.content.decode()
    assert "<i>" not in body
    assert "<mark>số</mark>" in body


def test_document_page_shows_related_documents(client, corpus):
    response = client.get(corpus[1].get_absolute_url())
    assert response.status_code == 200
    assert isinstance(response.context["related"], list)


def test_official_and_document_pages_show_the_normalised_office_beside_the_title(client):
    name = "Lê Văn Thành"
    written = "UVBTV Tỉnh uỷ, Trưởng ban Tổ chức Tỉnh uỷ"
    document = DocumentFactory(
        raw_text="C.",
        province_name="Thanh Hóa",
        dated="2024-05-02",
        officials=[{"name": name, "titles": [written], "roles": []}],
    )
    official = Official.objects.get(name=name)
    offices = "Ủy viên Ban Thường vụ Tỉnh ủy; Trưởng ban Tổ chức Tỉnh ủy"
    body = client.get(f"/officials/{official.slug}/").content.decode()
    assert written in body  # the title as written stays
    assert body.count(offices) == 2  # in the titles-over-time table and the document list
    body = client.get(document.get_absolute_url()).content.decode()
    assert written in body and offices in body


def test_a_title_naming_no_known_office_shows_none():
    from documents.views.browse import TitleSpan

    assert TitleSpan("Ủy viên", None, None, 1).positions == []
    assert TitleSpan("nguyên Bí thư Tỉnh ủy", None, None, 1).positions == []
