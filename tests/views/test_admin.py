"""The admin lists every model, and a correction made there is remembered."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from documents.models import Document, Province
from tests.factories import DocumentFactory, IngestFailureFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def staff_client(client):
    user = get_user_model().objects.create_superuser("quantri", "qt@example.org", "mat-khau-dai-123")
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    "model", ["document", "province", "official", "appearance", "ingestrun", "ingestfailure"]
)
def test_every_model_has_a_filterable_admin_list(staff_client, model):
    DocumentFactory(province_name="Thanh Hóa", officials=[{"name": "Đỗ Trọng Hưng"}])
    IngestFailureFactory()  # and its run: every list has a row to show
    response = staff_client.get(f"/admin/documents/{model}/")
    assert response.status_code == 200
    assert response.context["cl"].result_count >= 1


def test_admin_correction_is_marked_as_edited(staff_client):
    document = DocumentFactory(title="Sai", province_name="Thanh Hóa", dated="2023-09-29")
    form = staff_client.get(f"/admin/documents/document/{document.pk}/change/").context["adminform"].form
    data = {name: form[name].value() for name in form.fields if form[name].value() is not None}
    data["title"] = "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ 25"
    data["province"] = Province.objects.get(name="Nghệ An").pk
    data["date"] = "2023-09-29"
    data["metadata_evidence"] = "{}"
    data.update(
        {
            "appearances-TOTAL_FORMS": "0",
            "appearances-INITIAL_FORMS": "0",
            "appearances-MIN_NUM_FORMS": "0",
            "appearances-MAX_NUM_FORMS": "1000",
            "citations-TOTAL_FORMS": "0",
            "citations-INITIAL_FORMS": "0",
            "citations-MIN_NUM_FORMS": "0",
            "citations-MAX_NUM_FORMS": "1000",
        }
    )
    response = staff_client.post(f"/admin/documents/document/{document.pk}/change/", data)
    assert response.status_code == 302, response.context["adminform"].form.errors if response.context else ""
    document.refresh_from_db()
    assert document.title.startswith("Hội nghị Ban Chấp hành")
    assert set(document.edited_fields) == {"title", "province"}


def test_anonymous_visitors_cannot_open_the_admin(client):
    response = client.get("/admin/documents/document/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    assert Document.objects.count() == 0


@pytest.mark.parametrize(
    ("language", "expected", "absent"),
    [
        ("vi", ["Văn bản của Đảng", "Loại văn bản", "Số ký hiệu", "Nguồn gốc"], ["Document type"]),
        ("en", ["Party documents", "Document type", "Number", "Origin"], ["Loại văn bản"]),
    ],
)
def test_admin_labels_follow_the_active_language(staff_client, language, expected, absent):
    document = DocumentFactory(title="Nhãn", province_name="Thanh Hóa")
    page = staff_client.get(
        f"/admin/documents/document/{document.pk}/change/", headers={"accept-language": language}
    ).content.decode()
    for label in expected:
        assert label in page, label
    for label in absent:
        assert label not in page, label


@pytest.mark.parametrize(
    ("language", "expected", "absent"),
    [
        (
            "vi",
            ["Cán bộ được nêu tên", "Chức danh (như văn bản ghi)", "Vai trò", "Số hiệu được dẫn"],
            [">Appearances<", ">Citations<", ">Official<", ">Titles<", ">Roles<", ">Position<"],
        ),
        ("en", ["Officials named", "Titles (as written)", "Roles", "Cited numbers"], ["Vai trò"]),
    ],
)
def test_the_officials_and_citations_of_a_document_are_labelled_in_the_language(
    staff_client, language, expected, absent
):
    document = DocumentFactory(
        officials=[{"name": "Đỗ Trọng Hưng", "roles": ["chủ trì"]}], cited=["18-NQ/TW"]
    )
    page = staff_client.get(
        f"/admin/documents/document/{document.pk}/change/", headers={"accept-language": language}
    ).content.decode()
    for label in expected:
        assert label in page, label
    for label in absent:
        assert label not in page, label


def test_a_document_with_doubtful_fields_opens_on_the_extraction_table_with_them_marked(staff_client):
    document = DocumentFactory(title="Hội nghị", province_name="Thanh Hóa")
    Document.objects.filter(pk=document.pk).update(
        review_fields=["date"], metadata_confidence={"date": 0.4}, metadata_evidence={"date": "Sáng 1/3"}
    )
    response = staff_client.get(f"/admin/documents/document/{document.pk}/change/")
    fieldsets = [fieldset.name for fieldset in response.context["adminform"]]
    assert fieldsets[0] == "Trích xuất"
    page = response.content.decode()
    assert page.count('<strong class="doubtful">cần xem lại</strong>') == 1  # the date alone
    assert "40%" in page and "Sáng 1/3" in page


@pytest.mark.parametrize(
    ("language", "shown", "raw"),
    [
        ("vi", "Ngày (40%); Tỉnh, thành phố (55%); Chủ trì", ["0.40", "meeting_type"]),
        ("en", "Date (40%); Province (55%); Chaired by", ["0.40", "Ngày", "Tỉnh"]),
    ],
)
def test_the_review_list_names_doubtful_fields_by_label_with_a_percentage(staff_client, language, shown, raw):
    document = DocumentFactory(title="Hội nghị", province_name="Thanh Hóa")
    Document.objects.filter(pk=document.pk).update(
        # the chair's confidence missing, as in rows written before it was recorded: no number
        review_fields=["date", "province", "chair"],
        metadata_confidence={"date": 0.4, "province": 0.551},
    )
    page = staff_client.get(
        "/admin/documents/document/", {"can_xem_lai": "1"}, headers={"accept-language": language}
    ).content.decode()
    cell = page.split('class="field-to_review">', 1)[1].split("</td>", 1)[0]
    assert cell == shown
    for text in raw:
        assert text not in cell, text


def test_a_field_the_model_no_longer_has_is_listed_by_its_name(staff_client):
    document = DocumentFactory(title="Hội nghị", province_name="Thanh Hóa")
    Document.objects.filter(pk=document.pk).update(
        review_fields=["retired"], metadata_confidence={"retired": 0.5}
    )
    response = staff_client.get("/admin/documents/document/")
    assert response.status_code == 200 and "Retired (50%)" in response.content.decode()
