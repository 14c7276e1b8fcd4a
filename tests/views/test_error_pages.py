"""The 404 and 500 pages and the API's errors speak the visitor's language (Vietnamese by default)."""

from __future__ import annotations

import pytest
from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error

pytestmark = pytest.mark.django_db


def test_unknown_page_is_a_translated_404_in_the_site_layout(client):
    response = client.get("/khong-co-trang-nay/")
    assert response.status_code == 404
    body = response.content.decode()
    assert "Không tìm thấy trang" in body and 'lang="vi"' in body
    assert 'href="/search/"' in body  # the site's own layout, with a way on

    english = client.get("/khong-co-trang-nay/", headers={"accept-language": "en"})
    assert english.status_code == 404
    assert "Page not found" in english.content.decode() and "Không tìm thấy" not in english.content.decode()


@pytest.mark.parametrize(
    ("language", "expected", "absent"),
    [("vi", "Lỗi máy chủ", "Server error"), ("en", "Server error", "Lỗi máy chủ")],
)
def test_server_error_page_renders_without_a_request_context_in_the_active_language(
    language, expected, absent
):
    with translation.override(language):
        response = server_error(RequestFactory().get("/"))
    body = response.content.decode()
    assert response.status_code == 500
    assert expected in body and absent not in body
    assert f'lang="{language}"' in body


@pytest.mark.parametrize(
    ("url", "method", "vietnamese", "english"),
    [
        (
            "/api/documents/987654",
            "get",
            "Không có văn bản nào mang mã 987654.",
            "No document has id 987654.",
        ),
        (
            "/api/khong-co",
            "get",
            "Không có tài nguyên API nào tại /api/khong-co.",
            "No API resource at /api/khong-co.",
        ),
        ("/api/search", "post", "Phương thức POST không được hỗ trợ.", "Method POST is not allowed."),
    ],
)
def test_api_errors_follow_the_requested_language(client, url, method, vietnamese, english):
    send = getattr(client, method)
    assert send(url).json()["error"]["message"] == vietnamese
    assert send(url, headers={"accept-language": "en"}).json()["error"]["message"] == english
