"""Home, document page and original download, through Django's test client."""

from __future__ import annotations

import pytest

from tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db

HOSTILE = 'Hội nghị <script>alert("x")</script> bàn về "chuyển đổi số" & cải cách.'


def test_home_shows_corpus_statistics(client):
    DocumentFactory(raw_text=HOSTILE, province_name="Thanh Hóa", dated="2023-09-29", title="Hội nghị Tỉnh ủy")
    response = client.get("/")
    assert response.status_code == 200
    body = response.content.decode()
    assert "Thanh Hóa" in body and "Hội nghị Tỉnh ủy" in body


def test_document_page_escapes_text_and_links_metadata(client):
    document = DocumentFactory(
        raw_text=HOSTILE,
        title='Tiêu đề <img src=x onerror="alert(1)">',
        province_name="Thái Bình",
        dated="2023-04-04",
        meeting_type="ban_chap_hanh",
        number="104-BB/TU",
        cited=["17-NQ/TU"],
        officials=[{"name": "Ngô Đông Hải", "titles": ["Bí thư Tỉnh ủy"], "roles": ["chủ trì"]}],
        chair_name="Ngô Đông Hải",
    )
    response = client.get(document.get_absolute_url())
    assert response.status_code == 200
    body = response.content.decode()
    assert "<script>alert" not in body and "&lt;script&gt;" in body
    assert "<img src=x" not in body
    assert "04/04/2023" in body
    assert "province=Th%C3%A1i%20B%C3%ACnh" in body
    assert "Hưng Yên" in body  # the 2025 successor
    assert "Bí thư Tỉnh ủy" in body and "chủ trì" in body
    assert "17-NQ/TU" in body


def test_cited_numbers_link_to_documents_the_portal_has(client):
    cited = DocumentFactory(raw_text="Kết luận.", number="2043-KL/TU")
    citing = DocumentFactory(raw_text="Thông báo.", cited=["2043-KL/TU"])
    body = client.get(citing.get_absolute_url()).content.decode()
    assert f'href="{cited.get_absolute_url()}"' in body
    body = client.get(cited.get_absolute_url()).content.decode()
    assert f'href="{citing.get_absolute_url()}"' in body


def test_original_file_downloads_with_its_name(client):
    document = DocumentFactory(raw_text=HOSTILE, original_name="bao-cao.txt")
    response = client.get(f"/documents/{document.pk}/original")
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == HOSTILE.encode()
    assert "bao-cao.txt" in response["Content-Disposition"]


def test_unknown_document_is_404(client):
    assert client.get("/documents/999999/").status_code == 404
    assert client.get("/documents/999999/original").status_code == 404


@pytest.mark.parametrize("language", ["vi", "en"])
def test_language_menu_names_each_language_in_its_own_name(client, language):
    body = client.get("/", HTTP_ACCEPT_LANGUAGE=language).content.decode()
    assert '<option value="vi" lang="vi"' in body and ">Tiếng Việt</option>" in body
    assert ">English</option>" in body and "Tiếng Anh" not in body and "Vietnamese" not in body
