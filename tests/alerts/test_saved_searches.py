"""/account/searches/: save the current search (signed in, CSRF, names checked), list with the
count of new documents, open (which marks them seen), rename, delete; another user's → 404."""

from __future__ import annotations

import pytest
from django.test import Client

from documents.alerts.models import SavedSearch

from .helpers import age_every_document, make_user, notice, saved

pytestmark = pytest.mark.django_db

URL = "/account/searches/"


@pytest.fixture
def user(client):
    user = make_user("nghiencuu")
    client.force_login(user)
    return user


def test_the_search_page_offers_saving_to_a_signed_in_user_only(client):
    page = client.get("/search/?province=Thanh+H%C3%B3a&page_size=50").content.decode()
    assert 'action="/account/searches/"' not in page
    assert "/accounts/login/?next=" in page
    client.force_login(make_user("nghiencuu"))
    page = client.get("/search/?province=Thanh+H%C3%B3a&page_size=50").content.decode()
    assert 'action="/account/searches/"' in page
    assert 'name="query" value="province=Thanh+H%C3%B3a' in page


def test_save_then_list_with_new_counts_then_open_marks_seen(client, user):
    notice("Kết luận cũ")
    age_every_document()
    response = client.post(
        URL, {"name": "  Thanh Hóa  ", "query": "province=Thanh+H%C3%B3a&page=3&page_size=50"}
    )
    assert response.status_code == 302
    search = SavedSearch.objects.get(user=user)
    assert search.name == "Thanh Hóa"
    assert search.query == "province=Thanh+H%C3%B3a"  # the list, not one page of it
    page = client.get(URL).content.decode()
    assert "Đã lưu tìm kiếm “Thanh Hóa”." in page
    assert "không có văn bản mới" in page

    notice("Thông báo mới một")
    notice("Thông báo mới hai")
    notice("Văn bản tỉnh khác", province="Nghệ An")
    assert "2 văn bản mới" in client.get(URL).content.decode()

    response = client.get(f"{URL}{search.pk}/")
    assert response.status_code == 302
    assert response["Location"] == "/search/?province=Thanh+H%C3%B3a"
    assert "không có văn bản mới" in client.get(URL).content.decode()


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"name": "", "query": "q=x"}, "Hãy đặt tên cho tìm kiếm."),
        ({"name": "   ", "query": "q=x"}, "Hãy đặt tên cho tìm kiếm."),
        ({"name": "x" * 101, "query": "q=x"}, "Tên dài quá: tối đa 100 ký tự (đang có 101)."),
        ({"name": "Năm", "query": "year=abc"}, "Tham số “year” không hợp lệ"),
        ({"name": "Dài", "query": "q=" + "a" * 1990 + "&province=" + "b" * 100}, "Tìm kiếm dài quá để lưu"),
    ],
)
def test_bad_names_and_queries_are_clear_errors(client, user, data, message):
    response = client.post(URL, data)
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not SavedSearch.objects.exists()


def test_a_name_is_used_once_per_user(client, user):
    saved(user, "Thanh Hóa")
    saved(make_user("khac"), "Chung")
    response = client.post(URL, {"name": "Thanh Hóa", "query": ""})
    assert response.status_code == 400
    assert "Bạn đã có một tìm kiếm tên “Thanh Hóa”." in response.content.decode()
    assert client.post(URL, {"name": "Chung", "query": ""}).status_code == 302


def test_rename_and_delete(client, user):
    search = saved(user, "Cũ")
    other = saved(user, "Khác")
    assert client.post(f"{URL}{search.pk}/rename", {"name": "Mới"}).status_code == 302
    assert SavedSearch.objects.get(pk=search.pk).name == "Mới"
    response = client.post(f"{URL}{search.pk}/rename", {"name": "Khác"})
    assert response.status_code == 400 and "Bạn đã có một tìm kiếm tên “Khác”." in response.content.decode()
    response = client.post(f"{URL}{search.pk}/rename", {"name": ""})
    assert response.status_code == 400 and "Hãy đặt tên cho tìm kiếm." in response.content.decode()
    assert client.get(f"{URL}{search.pk}/delete").status_code == 405
    assert client.post(f"{URL}{search.pk}/delete").status_code == 302
    assert list(SavedSearch.objects.all()) == [other]


def test_another_users_search_is_not_found(client, user):
    theirs = saved(make_user("khac"), "Của người khác")
    assert client.get(f"{URL}{theirs.pk}/").status_code == 404
    assert client.post(f"{URL}{theirs.pk}/rename", {"name": "Của tôi"}).status_code == 404
    assert client.post(f"{URL}{theirs.pk}/delete").status_code == 404
    assert SavedSearch.objects.get(pk=theirs.pk).name == "Của người khác"
    assert "Của người khác" not in client.get(URL).content.decode()


def test_signed_out_visitors_are_sent_to_sign_in(client):
    response = client.get(URL)
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/?next=")
    response = client.post(URL, {"name": "x", "query": ""})
    assert response.status_code == 302
    assert not SavedSearch.objects.exists()


def test_saving_needs_the_csrf_token():
    client = Client(enforce_csrf_checks=True)
    client.force_login(make_user("nghiencuu"))
    assert client.post(URL, {"name": "x", "query": ""}).status_code == 403
    assert not SavedSearch.objects.exists()


def test_the_list_page_in_english(client, user):
    saved(user, "Thanh Hóa")
    page = client.get(URL, HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "Saved searches" in page and "no new documents" in page
