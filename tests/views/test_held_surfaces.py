"""The surfaces a held document could leak through by way of what it shares with published ones:
an official both name, a number both cite, a published document it cites or that cites it, the
spreadsheet export; and staff correcting a held document in the admin before and after
publishing, the index following (test_held_documents.py has the pages of the held one itself)."""

from __future__ import annotations

import io

import pytest
from django.contrib.auth import get_user_model
from openpyxl import load_workbook

from documents.index_check import check_index
from documents.models import Document, Official
from documents.publication import publish
from documents.research.directives import number_slug
from tests.corpora import export_corpus
from tests.factories import DocumentFactory, as_if_committed
from tests.index import indexed_ids

pytestmark = pytest.mark.django_db

HELD_TITLE = "Kết luận chờ duyệt về khinh khí cầu"
ONLY_HELD_CITES = "18-NQ/TW"  # cited by the held document alone
BOTH_CITE = "57-NQ/TW"  # cited by the held document and by a published one
SHARED_OFFICIAL = "Đỗ Trọng Hưng"  # named in two published documents of the corpus, and the held one


@pytest.fixture
def corpus():
    docs = export_corpus()
    docs["citing_57"] = DocumentFactory(
        raw_text="Ban Thường vụ Tỉnh ủy quán triệt Nghị quyết 57-NQ/TW về khoa học công nghệ.",
        title="Quán triệt Nghị quyết 57",
        province_name="Nghệ An",
        dated="2025-02-01",
        doc_type="news",
        cited=[BOTH_CITE],
    )
    return docs


@pytest.fixture
def held(corpus) -> Document:
    return DocumentFactory(
        raw_text="Ban Thường vụ Tỉnh ủy kết luận về khinh khí cầu.",
        title=HELD_TITLE,
        number="777-KL/TU",
        province_name="Thanh Hóa",
        dated="2025-03-01",
        meeting_type="ban_thuong_vu",
        doc_type="ket_luan",
        officials=[{"name": SHARED_OFFICIAL, "titles": ["Bí thư Tỉnh ủy"], "roles": ["chủ trì"]}],
        cited=[ONLY_HELD_CITES, BOTH_CITE, corpus["kl_thanh_hoa"].number],
        published_at=None,
    )


def test_an_official_named_in_published_and_held_documents_lists_only_the_published(client, held):
    official = Official.objects.get(name=SHARED_OFFICIAL)
    assert held.appearances.get().official == official  # the same row: the trap this test sets
    page = client.get(f"/officials/{official.slug}/")
    assert page.status_code == 200
    assert len(page.context["appearances"]) == 2
    assert HELD_TITLE not in page.content.decode() and f"/documents/{held.pk}/" not in page.content.decode()
    province = client.get("/provinces/thanh-hoa/")
    counts = {row.name: row.n for row in province.context["officials"]}
    assert counts[SHARED_OFFICIAL] == 2 and province.context["count"] == 2
    listing = client.get("/officials/", {"q": "trọng hưng"})
    assert [row.n for row in listing.context["officials"]] == [2]


def test_the_home_page_counts_officials_and_provinces_in_published_documents_alone(client, held):
    DocumentFactory(
        raw_text="Ban Thường vụ Tỉnh ủy họp.",
        province_name="Thanh Hóa",
        officials=[{"name": "Lò Văn Chờ", "titles": ["Phó Bí thư Tỉnh ủy"], "roles": ["chủ trì"]}],
        published_at=None,
    )
    page = client.get("/")
    officials = {official.name: official.n for official in page.context["top_officials"]}
    assert officials[SHARED_OFFICIAL] == 2  # the held document's mention is not counted
    assert "Lò Văn Chờ" not in officials and "Lò Văn Chờ" not in page.content.decode()
    provinces = {province.name: province.n for province in page.context["top_provinces"]}
    published_there = Document.objects.filter(province__name="Thanh Hóa").count()
    assert provinces["Thanh Hóa"] == published_there
    assert Document.with_held.filter(province__name="Thanh Hóa").count() == published_there + 2


def test_a_number_only_the_held_document_cites_has_no_page(client, held):
    slug = number_slug(ONLY_HELD_CITES)
    assert client.get(f"/directives/{slug}/").status_code == 404
    assert client.get(f"/directives/{slug}.csv").status_code == 404


def test_a_number_both_cite_counts_the_published_citer_alone(client, held, corpus):
    page = client.get(f"/directives/{number_slug(BOTH_CITE)}/")
    assert page.status_code == 200 and page.context["count"] == 1
    assert HELD_TITLE not in page.content.decode()
    table = client.get(f"/directives/{number_slug(BOTH_CITE)}.csv").content.decode("utf-8-sig")
    assert table.splitlines()[-1].endswith(",1")  # the only row: Nghệ An, one document
    listing = {
        item.directive.number: item.documents for item in client.get("/directives/").context["directives"]
    }
    assert listing.get(BOTH_CITE) == 1 and ONLY_HELD_CITES not in listing


def test_published_pages_neither_list_the_held_citer_nor_link_the_held_cited(client, held, corpus):
    cited = corpus["kl_thanh_hoa"]
    page = client.get(f"/documents/{cited.pk}/")
    assert held not in list(page.context["citing"])
    assert HELD_TITLE not in page.content.decode()
    citer = DocumentFactory(title="Văn bản dẫn số của văn bản chờ duyệt", cited=[held.number])
    body = client.get(f"/documents/{citer.pk}/").content.decode()
    assert held.number in body  # the number is the citer's own text
    assert f"/documents/{held.pk}/" not in body


def test_the_spreadsheet_export_leaves_the_held_document_out(client, held):
    response = client.get("/search/export.xlsx", HTTP_HOST="localhost")
    assert response.status_code == 200
    data = b"".join(response.streaming_content) if response.streaming else response.content
    sheet = load_workbook(io.BytesIO(data), read_only=True).active
    cells = [str(cell) for row in sheet.iter_rows(values_only=True) for cell in row if cell]
    assert cells, "the export is empty"
    assert not any(HELD_TITLE in cell for cell in cells)
    assert sum(1 for row in sheet.iter_rows(min_row=2, values_only=True) if any(row)) == 10


def test_a_logged_in_visitor_who_is_not_staff_gets_404(client, held):
    client.force_login(get_user_model().objects.create_user("docgia"))
    assert client.get(f"/documents/{held.pk}/").status_code == 404
    assert client.get(f"/documents/{held.pk}/cite.bib").status_code == 404


def _change_form_data(client, document: Document) -> dict:
    """What the admin's change form posts unchanged (inlines left as they are)."""
    form = client.get(f"/admin/documents/document/{document.pk}/change/").context["adminform"].form
    data = {}
    for name in form.fields:
        value = form[name].value()
        if value is None:
            continue
        if name == "published_at":  # a date and a time field in the admin
            data["published_at_0"], data["published_at_1"] = (
                value.strftime("%Y-%m-%d"),
                value.strftime("%H:%M:%S"),
            )
        else:
            data[name] = value.pk if hasattr(value, "pk") else value
    data["metadata_evidence"] = "{}"
    for prefix in ("appearances", "citations"):
        data.update(
            {f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0", f"{prefix}-MAX_NUM_FORMS": "1000"}
        )
    return data


def test_staff_correct_a_held_document_in_the_admin_before_and_after_publishing(admin_client, held):
    change = admin_client.get(f"/admin/documents/document/{held.pk}/change/")
    assert change.status_code == 200
    data = _change_form_data(admin_client, held)
    data["title"] = "Kết luận đã sửa trước khi công bố"
    with as_if_committed():
        response = admin_client.post(f"/admin/documents/document/{held.pk}/change/", data)
    assert response.status_code == 302
    held.refresh_from_db()
    assert held.title == "Kết luận đã sửa trước khi công bố" and "title" in held.edited_fields
    assert not held.is_published and held.pk not in indexed_ids() and check_index().consistent

    with as_if_committed():
        publish([held.pk])
    data = _change_form_data(admin_client, Document.with_held.get(pk=held.pk))
    data["title"] = "Kết luận đã sửa sau khi công bố"
    with as_if_committed():
        response = admin_client.post(f"/admin/documents/document/{held.pk}/change/", data)
    assert response.status_code == 302
    held.refresh_from_db()
    assert held.is_published and held.title == "Kết luận đã sửa sau khi công bố"
    report = check_index()
    assert held.pk in indexed_ids() and report.consistent, report  # the entry is the corrected row


def test_staff_cite_a_held_document_from_its_page(client, held):
    client.force_login(get_user_model().objects.create_user("bientap", is_staff=True))
    page = client.get(f"/documents/{held.pk}/").content.decode()
    assert f"/documents/{held.pk}/cite.ris" in page
    response = client.get(f"/documents/{held.pk}/cite.ris")
    assert response.status_code == 200 and HELD_TITLE in response.content.decode()


def test_staff_follow_a_held_documents_official_to_a_page_that_marks_it_held(client, held):
    only_held = DocumentFactory(
        title="Chỉ văn bản chờ duyệt nêu tên", officials=[{"name": "Lê Văn Chưa Công Bố"}], published_at=None
    )
    official = Official.objects.get(name="Lê Văn Chưa Công Bố")
    assert client.get(f"/officials/{official.slug}/").status_code == 404
    client.force_login(get_user_model().objects.create_user("bientap", is_staff=True))
    page = client.get(f"/officials/{official.slug}/", HTTP_ACCEPT_LANGUAGE="vi")
    assert page.status_code == 200
    assert [a.document for a in page.context["appearances"]] == [only_held]
    assert "chờ công bố" in page.content.decode()
    shared = client.get(f"/officials/{Official.objects.get(name=SHARED_OFFICIAL).slug}/")
    assert held in [a.document for a in shared.context["appearances"]]


def test_staff_publish_a_held_document_from_its_page(client, held):
    url = f"/documents/{held.pk}/publish"
    assert (
        client.post(url).status_code == 302 and not Document.objects.filter(pk=held.pk).exists()
    )  # to log in
    client.force_login(get_user_model().objects.create_user("docgia"))
    assert client.post(url).status_code == 403
    client.force_login(get_user_model().objects.create_user("bientap", is_staff=True))
    page = client.get(f"/documents/{held.pk}/", HTTP_ACCEPT_LANGUAGE="vi").content.decode()
    assert f'action="{url}"' in page
    assert client.get(url).status_code == 405  # a GET changes nothing
    assert not Document.objects.filter(pk=held.pk).exists()
    with as_if_committed():
        response = client.post(url, HTTP_ACCEPT_LANGUAGE="vi", follow=True)
    assert response.redirect_chain == [(f"/documents/{held.pk}/", 302)]
    body = response.content.decode()
    assert "Đã công bố văn bản" in body and "Chưa công bố." not in body
    assert held.pk in indexed_ids() and check_index().consistent
    again = client.post(url, HTTP_ACCEPT_LANGUAGE="en", follow=True).content.decode()
    assert "This document was already published." in again
    assert client.post("/documents/999999/publish").status_code == 404


def test_the_upload_page_counts_the_held_documents_and_links_to_them(client, held):
    client.force_login(get_user_model().objects.create_user("bientap", is_staff=True))
    page = client.get("/upload/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert "1 document awaits review before publishing" in page
    assert "/admin/documents/document/?cong_bo=0" in page
    with as_if_committed():
        publish([held.pk])
    assert "awaits review" not in client.get("/upload/", HTTP_ACCEPT_LANGUAGE="en").content.decode()


@pytest.mark.django_db(transaction=True)  # the bulk build closes the connections: no test transaction
@pytest.mark.parametrize("build", ["rebuild_index", "bulk"])
def test_a_whole_index_build_leaves_the_held_document_out(held, build):
    from django.core.management import call_command

    from documents.search.bulk import index_all

    if build == "bulk":
        index_all(workers=0)
    else:
        call_command("rebuild_index", interactive=False, verbosity=0)
    assert held.pk not in indexed_ids()
    report = check_index()
    assert report.consistent and report.in_index == 10, report


@pytest.mark.parametrize("published", [False, True])
def test_the_admin_shows_every_extracted_field_with_confidence_and_evidence(admin_client, held, published):
    held.metadata_confidence = {"date": 0.77, "title": 0.55}
    held.metadata_evidence = {
        "date": "Sáng 1/3 (the meeting's paragraph; year: the page's date)",
        "title": "headline",
    }
    held.save()
    if published:
        publish([held.pk])
    vietnamese = admin_client.get(f"/admin/documents/document/{held.pk}/change/", HTTP_ACCEPT_LANGUAGE="vi")
    body = vietnamese.content.decode()
    assert "Sáng 1/3 (đoạn nói về hội nghị; năm: ngày của trang)" in body and "77%" in body
    assert "dòng tiêu đề" in body and "55%" in body
    english = admin_client.get(f"/admin/documents/document/{held.pk}/change/", HTTP_ACCEPT_LANGUAGE="en")
    english_body = english.content.decode()
    # The raw evidence JSON stands on the form too, so "headline" alone proves nothing: the rule's
    # Vietnamese reading must be gone from the English table.
    assert "Evidence in the text" in english_body and "dòng tiêu đề" not in english_body
    assert "<td>headline</td>" in english_body or ">headline<" in english_body
    assert "Sáng 1/3 (đoạn nói về hội nghị" not in english_body


def test_a_reader_who_is_not_staff_is_told_why_publishing_is_refused(client, held):
    client.force_login(get_user_model().objects.create_user("docgia"))
    response = client.post(f"/documents/{held.pk}/publish", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 403
    assert "Only staff may upload files and publish documents." in response.content.decode()
