"""A person is a name plus where and when they served: namesakes in different provinces, or a
local post after a central one, are two rows; staff merge and split rows in the admin."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from documents.ingest.identity import Placement, place, same_person
from documents.ingest.lookups import Lookups
from documents.ingest.store import store_prepared
from documents.models import Document, Official, Province


@pytest.mark.parametrize(
    ("titles", "kind"),
    [
        (["Bí thư Tỉnh ủy"], "local"),
        (["Ủy viên Trung ương Đảng", "Bí thư Tỉnh ủy"], "local"),  # a provincial secretary in the CC
        (["Phó Chủ tịch UBND huyện"], "local"),
        (["Ủy viên Bộ Chính trị", "Thủ tướng Chính phủ"], "central"),
        (["Phó Chủ nhiệm Ủy ban Kiểm tra Trung ương"], "central"),
        (["Ủy viên"], None),
        ([], None),
    ],
)
def test_titles_place_a_mention(titles, kind):
    assert place(titles, "Nghệ An", 2024).kind == kind


@pytest.mark.parametrize(
    ("known", "new", "same"),
    [
        # local in two provinces: two people
        ([Placement("local", "Nghệ An", 2020)], Placement("local", "Hà Tĩnh", 2021), False),
        ([Placement("local", "Nghệ An", 2020)], Placement("local", "Nghệ An", 2024), True),
        # a central leader visits any province
        ([Placement("central", None, 2020)], Placement("central", None, 2022), True),
        ([Placement("local", "Nghệ An", 2018)], Placement("central", None, 2022), True),
        # a local post after a central one is a namesake
        ([Placement("central", None, 2020)], Placement("local", "Lào Cai", 2024), False),
        # nothing known of the mention: the person already seen
        ([Placement("local", "Nghệ An", 2020)], Placement(None, "Hà Tĩnh", 2021), True),
    ],
)
def test_same_person_or_namesake(known, new, same):
    assert same_person(known, new) is same


@pytest.fixture
def store(prepared):
    def write(number, province, date, titles, lookups=None):
        document = prepared(
            f"{number}.txt",
            f"{number:064d}",
            province=province,
            date=date,
            officials=[{"name": "Nguyễn Văn Hùng", "titles": titles, "roles": []}],
        )
        store_prepared(document, document.text.encode(), f"/x/{number}.txt", None, lookups or Lookups())
        return Document.objects.get(original_name=f"{number}.txt")

    return write


def _people():
    return list(Official.objects.filter(name="Nguyễn Văn Hùng").order_by("pk"))


@pytest.mark.django_db
def test_namesakes_in_two_provinces_are_two_rows(store):
    store(1, "Nghệ An", "2020-03-01", ["Trưởng ban Tổ chức Tỉnh ủy"])
    store(2, "Nghệ An", "2022-05-01", ["Phó Bí thư Tỉnh ủy"])
    store(3, "Lào Cai", "2024-06-01", ["Trưởng ban Tổ chức Tỉnh ủy"])
    first, second = _people()
    assert [a.document.province.name for a in first.appearances.all()] == ["Nghệ An", "Nghệ An"]
    assert second.key == f"{first.key}~2" and second.slug != first.slug


@pytest.mark.django_db
def test_a_central_leader_visiting_provinces_is_one_row(store):
    lookups = Lookups()
    store(1, "Nghệ An", "2022-03-01", ["Ủy viên Bộ Chính trị", "Trưởng ban Tổ chức Trung ương"], lookups)
    store(2, "Lào Cai", "2022-05-01", ["Ủy viên Bộ Chính trị", "Trưởng ban Tổ chức Trung ương"], lookups)
    assert len(_people()) == 1


@pytest.fixture
def staff_client(client):
    user = get_user_model().objects.create_superuser("bientap", "bt@example.org", "mat-khau-dai-456")
    client.force_login(user)
    return client


def _act(client, action, officials):
    return client.post(
        "/admin/documents/official/",
        {"action": action, "_selected_action": [o.pk for o in officials]},
        follow=True,
    )


@pytest.mark.django_db
def test_staff_merge_two_rows_and_the_next_ingest_keeps_it(store, staff_client):
    store(1, "Nghệ An", "2020-03-01", ["Bí thư Huyện ủy"])
    store(2, "Hà Tĩnh", "2023-06-01", ["Phó Bí thư Tỉnh ủy"])
    assert len(_people()) == 2
    response = _act(staff_client, "merge", _people())
    assert response.status_code == 200
    (person,) = _people()
    assert person.checked and person.appearances.count() == 2
    # a rotated secretary: later reports from either province stay with the merged person
    store(3, "Hà Tĩnh", "2024-01-01", ["Bí thư Tỉnh ủy"])
    store(4, "Nghệ An", "2021-01-01", ["Bí thư Huyện ủy"])
    assert _people() == [person] and person.appearances.count() == 4


@pytest.mark.django_db
def test_merge_needs_two_rows(store, staff_client):
    store(1, "Nghệ An", "2020-03-01", ["Bí thư Huyện ủy"])
    response = _act(staff_client, "merge", _people())
    assert "ít nhất hai" in response.content.decode()
    assert not _people()[0].checked


@pytest.mark.django_db
def test_staff_split_a_row_by_province(store, staff_client):
    store(1, "Nghệ An", "2020-03-01", [])
    store(2, "Nghệ An", "2021-03-01", [])
    store(3, "Lào Cai", "2024-06-01", [])  # no titles: joined to the first row
    (person,) = _people()
    Document.objects.filter(original_name="3.txt").update(chair=person)
    _act(staff_client, "split", [person])
    first, second = _people()
    assert first.appearances.count() == 2 and first.checked
    assert [a.document.province for a in second.appearances.all()] == [Province.objects.get(name="Lào Cai")]
    assert Document.objects.get(original_name="3.txt").chair == second
    # the next report from Lào Cai goes to the Lào Cai row
    store(4, "Lào Cai", "2025-01-01", ["Chủ tịch UBND tỉnh"])
    assert second.appearances.count() == 2
