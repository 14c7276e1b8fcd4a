"""CSRF on every POST form, and upload and admin for staff only.

The client here enforces CSRF checks (Django's test client skips them by default): a POST
without the token is refused with 403, the same POST with the token from the page goes through.
"""

from __future__ import annotations

from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from documents.models import IngestRun
from tests.factories import DocumentFactory

pytestmark = pytest.mark.django_db

PASSWORD = "mat-khau-dai-1258"
TEXT = "Ban Thường vụ Tỉnh ủy Thanh Hóa họp bàn về công tác giải phóng mặt bằng."


class Forms(HTMLParser):
    """Each <form>: its method, action and the (name, value) of its inputs."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.forms: list[dict] = []
        self._current: dict | None = None

    def handle_starttag(self, tag, attrs):
        attrs = {name: value or "" for name, value in attrs}
        if tag == "form":
            self._current = {
                "method": attrs.get("method", "get").lower(),
                "action": attrs.get("action"),
                "inputs": [],
            }
            self.forms.append(self._current)
        elif tag in ("input", "button", "select", "textarea") and self._current is not None:
            self._current["inputs"].append((attrs.get("name", ""), attrs.get("value", "")))

    def handle_endtag(self, tag):
        if tag == "form":
            self._current = None


def forms_of(response) -> list[dict]:
    parser = Forms()
    parser.feed(response.content.decode())
    return parser.forms


def csrf_token(response) -> str:
    for form in forms_of(response):
        for name, value in form["inputs"]:
            if name == "csrfmiddlewaretoken":
                return value
    raise AssertionError("no CSRF token on the page")


def user(name: str, *, staff: bool = False, superuser: bool = False):
    return get_user_model().objects.create_user(
        name, password=PASSWORD, is_staff=staff or superuser, is_superuser=superuser
    )


@pytest.fixture
def csrf_client() -> Client:
    return Client(enforce_csrf_checks=True)


@pytest.fixture
def document():
    return DocumentFactory(
        original_name="bai.txt",
        raw_text=TEXT,
        title="Hội nghị Tỉnh ủy",
        province_name="Thanh Hóa",
        dated="2023-09-29",
    )


def assert_post_forms_carry_the_token(response, where: str) -> int:
    forms = forms_of(response)
    posts = [form for form in forms if form["method"] == "post"]
    for form in posts:
        tokens = [value for name, value in form["inputs"] if name == "csrfmiddlewaretoken"]
        assert len(tokens) == 1 and len(tokens[0]) >= 32, (where, form)
    for form in forms:
        if form["method"] != "post":  # a token in a GET form would leak into URLs and logs
            assert "csrfmiddlewaretoken" not in {name for name, _ in form["inputs"]}, (where, form)
    return len(posts)


def test_every_post_form_on_every_page_has_a_token(csrf_client, document):
    anonymous_pages = [
        "/",
        "/search/",
        "/search/?q=gi%E1%BA%A3i+ph%C3%B3ng",
        document.get_absolute_url(),
        "/accounts/login/",
        "/admin/login/",
    ]
    counts = {}
    for url in anonymous_pages:
        response = csrf_client.get(url)
        assert response.status_code == 200, url
        counts[url] = assert_post_forms_carry_the_token(response, url)
    assert all(counts.values()), counts  # at least the language switch, or the login form

    staff = user("can-bo", staff=True)
    csrf_client.force_login(staff)
    staff_pages = [
        "/",
        "/search/",
        document.get_absolute_url(),
        "/upload/",
        f"/provinces/{document.province.slug}/",
        "/search/facets/province/",
        "/search/?year=abc",  # the 400 page
    ]
    for url in staff_pages:
        response = csrf_client.get(url)
        assert response.status_code in (200, 400), url
        # Logged in: the logout form too; the upload page has its own form.
        assert assert_post_forms_carry_the_token(response, url) >= (3 if url == "/upload/" else 2), url
    upload_page = forms_of(csrf_client.get("/upload/"))
    assert any(form["action"] == "/upload/" and form["method"] == "post" for form in upload_page)


def test_language_switch_needs_the_token(csrf_client):
    response = csrf_client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert response.status_code == 403
    token = csrf_token(csrf_client.get("/"))
    response = csrf_client.post(
        "/i18n/setlang/", {"language": "en", "next": "/", "csrfmiddlewaretoken": token}
    )
    assert response.status_code == 302


def test_login_needs_the_token(csrf_client):
    user("nguoi-dung")
    credentials = {"username": "nguoi-dung", "password": PASSWORD}
    assert csrf_client.post("/accounts/login/", credentials).status_code == 403
    assert "_auth_user_id" not in csrf_client.session
    token = csrf_token(csrf_client.get("/accounts/login/"))
    response = csrf_client.post("/accounts/login/", {**credentials, "csrfmiddlewaretoken": token})
    assert response.status_code == 302 and "_auth_user_id" in csrf_client.session


def test_logout_needs_the_token(csrf_client):
    csrf_client.force_login(user("nguoi-dung"))
    assert csrf_client.post("/accounts/logout/").status_code == 403
    assert "_auth_user_id" in csrf_client.session
    token = csrf_token(csrf_client.get("/"))
    assert csrf_client.post("/accounts/logout/", {"csrfmiddlewaretoken": token}).status_code == 302
    assert "_auth_user_id" not in csrf_client.session


def test_upload_needs_the_token(csrf_client):
    csrf_client.force_login(user("can-bo", staff=True))
    file = SimpleUploadedFile("bai.txt", TEXT.encode())
    assert csrf_client.post("/upload/", {"files": [file]}).status_code == 403
    assert IngestRun.objects.count() == 0
    token = csrf_token(csrf_client.get("/upload/"))
    file = SimpleUploadedFile("bai.txt", TEXT.encode())
    response = csrf_client.post("/upload/", {"files": [file], "csrfmiddlewaretoken": token})
    assert response.status_code == 302 and IngestRun.objects.count() == 1


def test_admin_login_needs_the_token(csrf_client):
    user("quan-tri", superuser=True)
    credentials = {"username": "quan-tri", "password": PASSWORD, "next": "/admin/"}
    assert csrf_client.post("/admin/login/", credentials).status_code == 403
    token = csrf_token(csrf_client.get("/admin/login/"))
    response = csrf_client.post("/admin/login/", {**credentials, "csrfmiddlewaretoken": token})
    assert response.status_code == 302 and response["Location"] == "/admin/"


def test_admin_changes_need_the_token(csrf_client, document):
    csrf_client.force_login(user("quan-tri", superuser=True))
    url = reverse("admin:documents_document_delete", args=[document.pk])
    assert csrf_client.get(url).status_code == 200
    assert csrf_client.post(url, {"post": "yes"}).status_code == 403
    assert type(document).objects.filter(pk=document.pk).exists()


def test_upload_is_for_staff_only(client):
    response = client.get("/upload/")
    assert response.status_code == 302 and response["Location"] == "/accounts/login/?next=/upload/"
    response = client.post("/upload/", {"files": [SimpleUploadedFile("bai.txt", TEXT.encode())]})
    assert response.status_code == 302 and response["Location"].startswith("/accounts/login/")
    run = IngestRun.objects.create(origin="upload", arguments=["bai.txt"])
    report = f"/upload/{run.pk}/"
    assert client.get(report).status_code == 302

    client.force_login(user("nguoi-dung"))
    assert client.get("/upload/").status_code == 403
    assert client.get(report).status_code == 403
    response = client.post("/upload/", {"files": [SimpleUploadedFile("bai.txt", TEXT.encode())]})
    assert response.status_code == 403
    assert IngestRun.objects.count() == 1  # nothing ingested by anonymous or non-staff posts

    client.force_login(user("can-bo", staff=True))
    assert client.get("/upload/").status_code == 200
    assert client.get(report).status_code == 200


def test_admin_is_for_staff_only(client):
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"] == "/admin/login/?next=/admin/"
    client.force_login(user("nguoi-dung"))
    response = client.get("/admin/")
    assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    assert client.get("/admin/documents/document/").status_code == 302
    client.force_login(user("can-bo", staff=True))  # staff without permissions: the index, no models
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/documents/document/").status_code == 403
    client.force_login(user("quan-tri", superuser=True))
    assert client.get("/admin/documents/document/").status_code == 200
