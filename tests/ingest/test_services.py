"""ingest_file(): one transaction per document, corrections that survive, partial dates."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from documents import services
from documents.ingest.prepare import PreparedDocument
from documents.models import Appearance, Document, Official, Province

pytestmark = pytest.mark.django_db(transaction=True)

TEXT = "Ngày 4/4/2023, Ban Chấp hành Đảng bộ tỉnh Thái Bình họp đánh giá quý I/2023."


def prepared(name="a.txt", digest="a" * 64, **metadata) -> PreparedDocument:
    base = {"officials": [], "references": []}
    base.update(metadata)
    return PreparedDocument(
        original_name=name,
        extension=".txt",
        content_hash=digest,
        raw_text=TEXT,
        text=TEXT,
        segmented="Ngày 4/4/2023 , Ban Chấp_hành Đảng_bộ tỉnh Thái_Bình họp",
        metadata=base,
    )


def test_metadata_is_stored_on_the_document_and_its_officials():
    outcome = services.store_prepared(
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
        TEXT.encode(),
        "/x/a.txt",
        None,
    )
    document = Document.objects.get(pk=outcome.document_id)
    assert outcome.status == services.INGESTED
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
    assert document.references == ["17-NQ/TU"]


def test_unknown_values_stay_null():
    outcome = services.store_prepared(
        prepared(province="Atlantis", date="2023-13-45"), b"x", "/x/b.txt", None
    )
    document = Document.objects.get(pk=outcome.document_id)
    assert document.province is None and document.date is None and document.date_precision is None


def test_failure_inside_the_transaction_leaves_no_document_and_no_file(monkeypatch):
    def explode(*args, **kwargs):
        raise RuntimeError("disk full")

    monkeypatch.setattr(services, "_write_appearances", explode)
    with pytest.raises(RuntimeError):
        services.store_prepared(prepared(officials=[{"name": "A B"}]), b"bytes", "/x/c.txt", None)
    assert Document.objects.count() == 0
    assert Appearance.objects.count() == 0
    from django.conf import settings

    assert not [p for p in Path(settings.MEDIA_ROOT).rglob("*") if p.is_file()]


def test_fields_corrected_by_staff_survive_reingestion():
    first = services.store_prepared(
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

    second = services.store_prepared(
        prepared(digest="b" * 64, title="Sai nữa", province="Thái Bình", officials=[{"name": "Người Khác"}]),
        b"v2",
        "/x/d.txt",
        None,
    )
    assert second.status == services.UPDATED and second.document_id == first.document_id
    document.refresh_from_db()
    assert document.title == "Tiêu đề đã sửa"
    assert document.province.name == "Nam Định"
    assert list(document.appearances.values_list("official__name", flat=True)) == ["Ngô Đông Hải"]
    assert document.content_hash == "b" * 64


def test_same_bytes_twice_in_one_batch_is_unchanged_not_an_error():
    services.store_prepared(prepared(), b"same", "/x/e.txt", None)
    outcome = services.store_prepared(prepared(), b"same", "/x/copy-of-e.txt", None)
    assert outcome.status == services.UNCHANGED
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
    assert services.parse_partial_date(value) == expected


def test_provinces_are_loaded_with_their_2025_lineage():
    assert Province.objects.filter(before_2025=True).count() == 63
    assert Province.objects.filter(since_2025=True).count() == 34
    assert Province.objects.get(name="Hà Giang").current.name == "Tuyên Quang"
    assert Province.objects.get(name="Cao Bằng").current.name == "Cao Bằng"
    assert "TP.HCM" in Province.objects.get(name="Thành phố Hồ Chí Minh").aliases


def test_over_long_extracted_values_are_clipped_not_fatal():
    outcome = services.store_prepared(
        prepared(term="X" * 300, number="1" * 300, period="quý " * 100, officials=[{"name": "Tên " * 100}]),
        b"long",
        "/x/long.txt",
        None,
    )
    document = Document.objects.get(pk=outcome.document_id)
    assert len(document.term) == 20 and len(document.number) == 60 and len(document.period) == 100
    assert len(document.appearances.get().official.name) <= 200


def test_run_counters_reach_the_database_at_most_once_a_second_failures_and_the_end_at_once(monkeypatch):
    from documents.models import IngestRun

    clock = [1000.0]
    monkeypatch.setattr(services.time, "monotonic", lambda: clock[0])
    run = services.start_run("command", ["folder"])

    def stored() -> tuple[int, int, int]:
        saved = IngestRun.objects.get(pk=run.pk)
        return saved.ingested, saved.unchanged, saved.failed

    services.record_outcome(run, services.IngestOutcome(services.INGESTED, "a.txt", 1))
    assert stored() == (1, 0, 0)  # the first outcome is saved
    clock[0] += 0.5
    services.record_outcome(run, services.IngestOutcome(services.UNCHANGED, "b.txt", 1))
    assert stored() == (1, 0, 0)  # half a second later: not yet
    services.record_outcome(run, services.IngestOutcome(services.FAILED, "c.txt", reason="empty"))
    assert stored() == (1, 1, 1)  # a failure at once, with the counts so far
    clock[0] += 0.9
    services.record_outcome(run, services.IngestOutcome(services.INGESTED, "d.txt", 2))
    assert stored() == (1, 1, 1)
    clock[0] += 0.2
    services.record_outcome(run, services.IngestOutcome(services.INGESTED, "e.txt", 3))
    assert stored() == (3, 1, 1)  # over a second since the last save
    services.record_outcome(run, services.IngestOutcome(services.UNCHANGED, "f.txt", 3))
    services.finish_run(run)
    assert stored() == (3, 2, 1)
    assert IngestRun.objects.get(pk=run.pk).status == IngestRun.Status.DONE
