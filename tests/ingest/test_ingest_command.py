"""manage.py ingest end to end: the seeds, idempotency, bad input, interrupts, workers."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.management import call_command

from documents.ingest import reasons
from documents.models import Document, IngestFailure, IngestRun
from tests.commands import run_ingest
from tests.index import indexed_ids
from tests.storage import stored_names

# Transactional: the ingest commits document by document and indexes on commit; the interrupt,
# rerun and --workers tests read what was committed.
pytestmark = pytest.mark.django_db(transaction=True)

SENTENCE = (
    "Ngày {n}/3/2024, Ban Thường vụ Tỉnh ủy Thanh Hóa họp phiên thứ {n} bàn về công tác "
    "giải phóng mặt bằng và cải cách hành chính."
)


def write_report(folder: Path, name: str, text: str) -> Path:
    """``folder`` (made) holding one UTF-8 report."""
    folder.mkdir(parents=True, exist_ok=True)
    (folder / name).write_text(text, encoding="utf-8")
    return folder


def write_good_files(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(1, count + 1):
        path = folder / f"bai-{n:02d}.txt"
        path.write_text(SENTENCE.format(n=n), encoding="utf-8")
        paths.append(path)
    return paths


def test_seeds_end_to_end_then_idempotent(samples_dir):
    code, out, _ = run_ingest(str(samples_dir))
    assert code == 0
    assert out.strip().splitlines()[-1] == "ingested 5, updated 0, unchanged 0, failed 0"
    assert Document.objects.count() == 5
    document = Document.objects.get(original_name="001_89bf614c203d309a.txt")
    assert "Thái Bình" in document.text
    assert "_" in document.segmented  # segmentation stored at ingestion
    assert document.original_file.name.startswith("originals/")

    code, out, _ = run_ingest(str(samples_dir))
    assert code == 0
    assert out.strip().splitlines()[-1] == "ingested 0, updated 0, unchanged 5, failed 0"
    assert Document.objects.count() == 5


def test_changed_file_at_same_path_updates_its_document(tmp_path):
    path = tmp_path / "thong-bao.txt"
    path.write_text(SENTENCE.format(n=1), encoding="utf-8")
    assert run_ingest(str(path))[1].strip().endswith("ingested 1, updated 0, unchanged 0, failed 0")
    first = Document.objects.get()
    old_file = first.original_file.name

    path.write_text(SENTENCE.format(n=2) + " Bổ sung.", encoding="utf-8")
    assert run_ingest(str(path))[1].strip().endswith("ingested 0, updated 1, unchanged 0, failed 0")
    document = Document.objects.get()
    assert document.pk == first.pk
    assert "Bổ sung" in document.text
    assert not default_storage.exists(old_file), "the replaced original is removed"
    assert default_storage.exists(document.original_file.name)


def test_folder_with_one_bad_file_among_ten_good(tmp_path):
    folder = tmp_path / "batch"
    write_good_files(folder, 10)
    (folder / "hong.txt").write_bytes(bytes(range(256)) * 20)
    code, out, err = run_ingest(str(folder))
    assert code == 1
    assert out.strip().splitlines()[-1] == "ingested 10, updated 0, unchanged 0, failed 1"
    assert "hong.txt" in err
    assert Document.objects.count() == 10
    failure = IngestFailure.objects.get()
    assert failure.path.endswith("hong.txt") and failure.reason
    assert IngestRun.objects.get().status == IngestRun.Status.DONE


def test_progress_off_a_terminal_is_a_plain_line_per_file_with_the_count(tmp_path):
    folder = tmp_path / "batch"
    write_good_files(folder, 2)
    (folder / "rong.txt").write_bytes(b"")
    code, _out, err = run_ingest(str(folder))
    assert code == 1 and "\r" not in err
    lines = err.splitlines()
    assert [line.split(":")[0] for line in lines if line.startswith("ingest ")] == [
        "ingest 1/3",
        "ingest 2/3",
        "ingest 3/3",
    ]
    assert sum(line.endswith("(ingested)") for line in lines) == 2
    failed = next(n for n, line in enumerate(lines) if line.endswith("rong.txt (failed)"))
    assert lines[failed + 1].startswith("FAILED ") and "rong.txt: tệp rỗng" in lines[failed + 1]
    # Every document is published at once: a command's files are the operator's own.
    assert Document.objects.count() == Document.with_held.count() == 2


def _docx_bytes() -> bytes:
    from docx import Document as WordDocument

    buffer = io.BytesIO()
    word = WordDocument()
    word.add_paragraph("Ban Chấp hành Đảng bộ tỉnh Nghệ An họp hội nghị lần thứ 12.")
    word.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize(
    ("name", "content", "reason_part"),
    [
        ("rong.txt", b"", "tệp rỗng"),
        ("ngau-nhien.txt", bytes(range(256)) * 40, "không phải văn bản"),
        ("cat-cut.pdf", b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog", "pdf"),
        ("khong-phai-zip.docx", b"this is plain text, not a zip", "docx"),
        ("bang-tinh.xls", b"anything", "không nhận loại tệp"),
    ],
)
def test_bad_files_fail_with_their_name_and_reason(tmp_path, name, content, reason_part):
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run_ingest(str(path))
    assert code == 1
    assert out.strip().endswith("ingested 0, updated 0, unchanged 0, failed 1")
    assert name in err
    failure = IngestFailure.objects.get()
    assert reason_part.lower() in failure.message.lower()
    assert reason_part.lower() in err.lower()
    assert Document.objects.count() == 0
    assert stored_names() == [], "no original kept for a failure"


def test_missing_path_is_reported(tmp_path):
    code, _out, err = run_ingest(str(tmp_path / "khong-co.txt"))
    assert code == 1 and "khong-co.txt" in err and "không có tệp hoặc thư mục này" in err


def test_unreadable_file_is_reported(tmp_path, monkeypatch):
    path = tmp_path / "khoa.txt"
    path.write_text(SENTENCE.format(n=1), encoding="utf-8")
    original_open = Path.open

    def refuse(self, *args, **kwargs):
        if self.name == "khoa.txt":
            raise PermissionError(13, "Permission denied")
        return original_open(self, *args, **kwargs)

    monkeypatch.setattr(Path, "open", refuse)
    code, _, err = run_ingest(str(path))
    assert code == 1 and "khoa.txt" in err and "Permission denied" in err


def test_file_over_the_size_limit_is_refused(tmp_path, settings):
    settings.PORTAL_MAX_FILE_BYTES = 1024
    path = tmp_path / "lon.txt"
    path.write_text(SENTENCE.format(n=1) * 50, encoding="utf-8")
    code, _, err = run_ingest(str(path))
    assert code == 1 and "lon.txt" in err and "vượt giới hạn" in err


def test_a_docx_is_ingested(tmp_path):
    path = tmp_path / "bien-ban.docx"
    path.write_bytes(_docx_bytes())
    code, out, _ = run_ingest(str(path))
    assert code == 0, out
    assert "Nghệ An" in Document.objects.get().text


def test_zip_that_is_not_word_is_refused(tmp_path):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("hello.txt", "xin chào")
    path = tmp_path / "gia.docx"
    path.write_bytes(buffer.getvalue())
    code, _, err = run_ingest(str(path))
    assert code == 1 and "gia.docx" in err


def test_interrupt_keeps_finished_documents_and_a_rerun_completes(tmp_path, monkeypatch):
    from documents.ingest import pipeline

    folder = tmp_path / "batch"
    write_good_files(folder, 6)
    real_store = pipeline.store_prepared
    calls = {"n": 0}

    def store_then_interrupt(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 4:
            raise KeyboardInterrupt
        return real_store(*args, **kwargs)

    monkeypatch.setattr(pipeline, "store_prepared", store_then_interrupt)
    code, _, err = run_ingest(str(folder))
    assert code == 130 and "interrupted" in err
    assert Document.objects.count() == 3
    assert indexed_ids() == set(Document.objects.values_list("pk", flat=True)), "index agrees with the rows"
    assert IngestRun.objects.get().status == IngestRun.Status.INTERRUPTED
    # The file being written when the interrupt came left nothing behind.
    assert len(stored_names()) == 3

    monkeypatch.undo()
    code, out, _ = run_ingest(str(folder))
    assert code == 0
    assert out.strip().splitlines()[-1] == "ingested 3, updated 0, unchanged 3, failed 0"
    assert Document.objects.count() == 6
    assert indexed_ids() == set(Document.objects.values_list("pk", flat=True))


def test_two_workers_give_the_same_documents(tmp_path):
    folder = tmp_path / "batch"
    write_good_files(folder, 5)
    (folder / "hong.txt").write_bytes(b"\x00\x01\x02" * 100)
    code, out, _ = run_ingest(str(folder), "--workers", "2")
    assert code == 1
    assert out.strip().splitlines()[-1] == "ingested 5, updated 0, unchanged 0, failed 1"
    assert all("_" in d.segmented for d in Document.objects.all())
    assert indexed_ids() == set(Document.objects.values_list("pk", flat=True))


@pytest.mark.parametrize(
    ("files", "size", "full"),
    [
        (4, 10**9, False),  # two workers always get a next file, whatever the size
        (5, 10, False),
        (64, 10, False),
        (65, 10, True),
        (5, 257 * 1024 * 1024, True),  # large PDFs: the byte bound
    ],
)
def test_reading_runs_ahead_of_writing_within_bounds(files, size, full):
    from documents.ingest.parallel import read_ahead_is_full

    assert read_ahead_is_full(files, size, workers=2) is full


def test_many_files_through_two_workers_are_written_in_order_and_indexed(tmp_path, monkeypatch):
    from documents.ingest import parallel

    monkeypatch.setattr(parallel, "READ_AHEAD_FILES", 6)  # several rounds of the read-ahead
    paths = write_good_files(tmp_path / "batch", 15)
    code, out, _ = run_ingest(str(tmp_path / "batch"), "--workers", "2")
    assert code == 0, out
    by_id = Document.objects.order_by("pk").values_list("original_name", flat=True)
    assert list(by_id) == [p.name for p in paths]
    assert indexed_ids() == set(Document.objects.values_list("pk", flat=True))


@pytest.mark.parametrize("workers", ["1", "2"])
def test_two_copies_of_a_file_in_one_batch_are_one_document(tmp_path, workers):
    folder = tmp_path / "batch"
    first, _ = write_good_files(folder, 2)
    (folder / "copy.txt").write_bytes(first.read_bytes())  # read while the first is in flight
    code, out, err = run_ingest(str(folder), "--workers", workers)
    assert code == 0, err
    assert out.strip().splitlines()[-1] == "ingested 2, updated 0, unchanged 1, failed 0"
    assert indexed_ids() == set(Document.objects.values_list("pk", flat=True))


def test_a_batch_is_indexed_in_batches_and_completely(tmp_path, monkeypatch):
    from documents.search import signals

    commits = []
    real_update = signals.DocumentSignalProcessor.update_documents

    def counting_update(self, queryset):
        commits.append(queryset.count())
        return real_update(self, queryset)

    monkeypatch.setattr(signals.DocumentSignalProcessor, "update_documents", counting_update)
    write_good_files(tmp_path / "batch", 12)
    assert run_ingest(str(tmp_path / "batch"))[0] == 0
    assert sum(commits) == 12 and len(commits) == 1, commits
    assert len(indexed_ids()) == 12


def test_source_url_needs_exactly_one_file(tmp_path):
    from django.core.management.base import CommandError

    write_good_files(tmp_path / "batch", 2)
    with pytest.raises(CommandError, match="exactly one file"):
        call_command("ingest", str(tmp_path / "batch"), "--source-url", "https://baothanhhoa.vn/x")


def test_source_url_is_kept_and_identifies_the_document(tmp_path):
    path = tmp_path / "trang.txt"
    path.write_text(SENTENCE.format(n=1), encoding="utf-8")
    url = "https://baothanhhoa.vn/thoi-su/hoi-nghi-123.htm"
    assert run_ingest(str(path), "--source-url", url)[0] == 0
    document = Document.objects.get()
    assert document.source == url and document.source_url == url


@pytest.mark.parametrize("workers", ["1", "2"])
def test_workers_know_the_officials_already_ingested(tmp_path, workers):
    # A report that names no province is placed by an official the portal already knows.
    first = write_report(
        tmp_path / "first",
        "thanh-hoa.txt",
        "Sáng 4/4, đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy Thanh Hóa chủ trì Hội nghị Ban Thường vụ "
        "Tỉnh ủy Thanh Hóa bàn về chuyển đổi số.",
    )
    assert run_ingest(str(first))[0] == 0
    later = write_report(
        tmp_path / "later",
        "khong-ten-tinh.txt",
        "Sáng 9/5, đồng chí Đỗ Trọng Hưng, Bí thư Tỉnh ủy chủ trì Hội nghị Ban Thường vụ Tỉnh ủy "
        "bàn về cải cách hành chính.",
    )
    assert run_ingest(str(later), "--workers", workers)[0] == 0
    document = Document.objects.get(original_name="khong-ten-tinh.txt")
    assert document.province is not None and document.province.name == "Thanh Hóa"


def _die_on(prefix: str, monkeypatch) -> None:
    """Workers (forked after this) die, as the out-of-memory killer leaves them, on files named
    ``prefix...``."""
    import os

    from documents.ingest import parallel

    real_prepare = parallel.prepare_document

    def prepare_or_die(data, original_name, *args):
        if original_name.startswith(prefix):
            os._exit(9)
        return real_prepare(data, original_name, *args)

    monkeypatch.setattr(parallel, "prepare_document", prepare_or_die)


def test_a_worker_that_dies_fails_its_file_and_not_the_batch(tmp_path, monkeypatch):
    folder = tmp_path / "batch"
    good = write_good_files(folder, 8)
    # First, so that the others are still waiting in the pool when its worker dies.
    write_report(folder, "a-chet.txt", SENTENCE.format(n=99))
    _die_on("a-chet", monkeypatch)
    code, out, err = run_ingest(str(folder), "--workers", "2")
    assert code == 1
    assert out.strip().splitlines()[-1] == "ingested 8, updated 0, unchanged 0, failed 1"
    assert "a-chet.txt" in err and "dừng đột ngột" in err
    assert set(Document.objects.values_list("original_name", flat=True)) == {p.name for p in good}
    assert IngestFailure.objects.get().reason == reasons.WORKER_DIED
    assert indexed_ids() == set(Document.objects.values_list("pk", flat=True))


def test_workers_that_die_on_every_file_fail_each_file_once(tmp_path, monkeypatch):
    folder = tmp_path / "batch"
    for n in range(5):
        write_report(folder, f"chet-{n}.txt", SENTENCE.format(n=n))
    _die_on("chet", monkeypatch)
    code, out, _ = run_ingest(str(folder), "--workers", "2")
    assert code == 1
    assert out.strip().splitlines()[-1] == "ingested 0, updated 0, unchanged 0, failed 5"
    assert not Document.objects.exists()
