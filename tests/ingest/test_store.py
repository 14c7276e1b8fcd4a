"""The store step: one transaction per document, corrections that survive, partial dates,
citations as rows."""

from __future__ import annotations

import datetime as dt

import pytest

from documents.ingest import store
from documents.ingest.outcomes import INGESTED, UNCHANGED, UPDATED
from documents.ingest.store import parse_partial_date, store_prepared
from documents.models import Appearance, Citation, Document, Official, Province
from tests.storage import stored_names

pytestmark = pytest.mark.django_db


def test_metadata_is_stored_on_the_document_and_its_officials(prepared):
    outcome = store_prepared(
        prepared(
            title="Hội nghị Ban Chấp hành",
            date="2023-04",
            province="Thái Bình",
            meeting_type="ban_chap_hanh",
            chair="Ngô Đông Hải",
            officials=[
                {"name": "Ngô Đông Hải", "titles": ["Bí thư Tỉnh ủy"], "roles": ["chủ trì"]},
                {"name": "ngô  đông hải", "titles": [], "roles": ["kết luận"]},  # the same person again
                {"name": "Nguyễn Tiến Thành", "titles": ["Phó Bí thư"], "roles": ["phát biểu"]},
            ],
            references=["17-NQ/TU"],
        ),
        b"bytes of a.txt",
        "/x/a.txt",
        None,
    )
    document = Document.objects.get(pk=outcome.document_id)
    assert outcome.status == INGESTED
    assert document.date == dt.date(2023, 4, 1) and document.date_precision == "month"
    assert document.date_display == "04/2023" and document.date_iso == "2023-04"
    assert document.province.name == "Thái Bình"
    assert document.province_current.name == "Hưng Yên"
    assert document.chair.name == "Ngô Đông Hải"
    assert Official.objects.count() == 2
    assert list(document.appearances.values_list("official__name", flat=True)) == [
        "Ngô Đông Hải",
        "Nguyễn Tiến Thành",
    ]
    assert list(document.citations.values_list("number", "kind", "issuer")) == [("17-NQ/TU", "NQ", "TU")]


def test_unknown_values_stay_null(prepared):
    outcome = store_prepared(prepared(province="Atlantis", date="2023-13-45"), b"x", "/x/b.txt", None)
    document = Document.objects.get(pk=outcome.document_id)
    assert document.province is None and document.date is None and document.date_precision is None


def test_failure_inside_the_transaction_leaves_no_document_and_no_file(monkeypatch, prepared):
    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(store, "_write_appearances", explode)
    with pytest.raises(RuntimeError):
        store_prepared(prepared(officials=[{"name": "A B"}]), b"bytes", "/x/c.txt", None)
    assert Document.objects.count() == 0
    assert Appearance.objects.count() == 0
    assert stored_names() == []


def test_fields_corrected_by_staff_survive_reingestion(prepared):
    first = store_prepared(
        prepared(title="Sai", province="Thái Bình", officials=[{"name": "Ngô Đông Hải"}]),
        b"v1",
        "/x/d.txt",
        None,
    )
    document = Document.objects.get(pk=first.document_id)
    document.title = "Tiêu đề đã sửa"
    document.province = Province.objects.get(name="Nam Định")
    document.edited_fields = ["title", "province", "officials"]
    document.save()

    second = store_prepared(
        prepared(digest="b" * 64, title="Sai nữa", province="Thái Bình", officials=[{"name": "Người Khác"}]),
        b"v2",
        "/x/d.txt",
        None,
    )
    assert second.status == UPDATED and second.document_id == first.document_id
    document.refresh_from_db()
    assert document.title == "Tiêu đề đã sửa"
    assert document.province.name == "Nam Định"
    assert list(document.appearances.values_list("official__name", flat=True)) == ["Ngô Đông Hải"]
    assert document.content_hash == "b" * 64


def test_same_bytes_twice_in_one_batch_is_unchanged_not_an_error(prepared):
    store_prepared(prepared(), b"same", "/x/e.txt", None)
    outcome = store_prepared(prepared(), b"same", "/x/copy-of-e.txt", None)
    assert outcome.status == UNCHANGED
    assert Document.objects.count() == 1


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2023-04-04", (dt.date(2023, 4, 4), "day")),
        ("2023-04", (dt.date(2023, 4, 1), "month")),
        ("2023", (dt.date(2023, 1, 1), "year")),
        (None, (None, None)),
        ("", (None, None)),
        ("2023-02-30", (None, None)),
        ("năm ngoái", (None, None)),
    ],
)
def test_partial_dates(value, expected):
    assert parse_partial_date(value) == expected


def test_provinces_are_loaded_with_their_2025_lineage():
    assert Province.objects.filter(before_2025=True).count() == 63
    assert Province.objects.filter(since_2025=True).count() == 34
    assert Province.objects.get(name="Hà Giang").current.name == "Tuyên Quang"
    assert Province.objects.get(name="Cao Bằng").current.name == "Cao Bằng"
    assert "TP.HCM" in Province.objects.get(name="Thành phố Hồ Chí Minh").aliases


def test_over_long_extracted_values_are_clipped_not_fatal(prepared):
    outcome = store_prepared(
        prepared(term="X" * 300, number="1" * 300, period="quý " * 100, officials=[{"name": "Tên " * 100}]),
        b"long",
        "/x/long.txt",
        None,
    )
    document = Document.objects.get(pk=outcome.document_id)
    assert len(document.term) == 20 and len(document.number) == 60 and len(document.period) == 100
    assert len(document.appearances.get().official.name) <= 200


def test_citations_are_rows_replaced_on_update_and_kept_when_corrected(prepared):
    numbers = ["18-NQ/TW", "2043-KL/TU", "18-NQ/TW", "", "Quy định số 08"]
    first = store_prepared(prepared(references=numbers), b"v1", "/x/cite.txt", None)
    document = Document.objects.get(pk=first.document_id)
    rows = list(document.citations.values_list("number", "kind", "issuer", "position"))
    assert rows == [
        ("18-NQ/TW", "NQ", "TW", 0),
        ("2043-KL/TU", "KL", "TU", 1),
        ("Quy định số 08", "", "", 2),  # another shape: kept, not parsed
    ]
    store_prepared(prepared(digest="b" * 64, references=["05-CT/TU"]), b"v2", "/x/cite.txt", None)
    assert list(document.citations.values_list("number", flat=True)) == ["05-CT/TU"]

    document.edited_fields = ["references"]  # staff corrected the list in the admin
    document.save()
    store_prepared(prepared(digest="c" * 64, references=["99-NQ/TW"]), b"v3", "/x/cite.txt", None)
    assert list(document.citations.values_list("number", flat=True)) == ["05-CT/TU"]


def test_documents_citing_a_number_are_found_by_the_relation_not_by_text(prepared):
    store_prepared(prepared("a.txt", "a" * 64, references=["118-NQ/TW"]), b"a", "/x/a.txt", None)
    store_prepared(prepared("b.txt", "b" * 64, references=["18-NQ/TW"]), b"b", "/x/b.txt", None)
    citing = Document.objects.filter(citations__number="18-NQ/TW")
    assert list(citing.values_list("original_name", flat=True)) == ["b.txt"]  # not 118-NQ/TW
    assert Citation.objects.filter(kind="NQ", issuer="TW").count() == 2
