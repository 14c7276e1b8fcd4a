"""An upload's jobs: each file claimed once, the upload's files indexed in commits of several,
the run finished by the job that settles the last file."""

from __future__ import annotations

import os

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from documents.ingest import uploads
from documents.ingest.claims import worker_identity
from documents.models import Document, IngestFile, IngestRun
from tests.index import indexed_ids

pytestmark = pytest.mark.django_db

SENTENCE = "Ngày {n}/3/2024, Ban Thường vụ Tỉnh ủy Nghệ An họp phiên thứ {n} bàn về chuyển đổi số."


@pytest.fixture(autouse=True)
def published_at_once(settings):
    """These tests follow the index commits of a job: the documents are published as they are
    stored (uploads held for review are tested in tests/views/test_upload.py)."""
    settings.PORTAL_UPLOADS_REQUIRE_REVIEW = False


def _files(count: int) -> list[SimpleUploadedFile]:
    return [SimpleUploadedFile(f"bai-{n:02d}.txt", SENTENCE.format(n=n).encode()) for n in range(count)]


@pytest.mark.django_db(transaction=True)  # the job indexes each commit of ten once it commits (on_commit)
def test_one_job_takes_the_uploads_queued_files_and_indexes_them_in_commits_of_ten(monkeypatch):
    from documents.search import signals

    commits = []
    real_update = signals.DocumentSignalProcessor.update_documents

    def counting_update(self, queryset):
        commits.append(queryset.count())
        return real_update(self, queryset)

    monkeypatch.setattr(signals.DocumentSignalProcessor, "update_documents", counting_update)
    run, queued = uploads.receive(_files(12), refused=[])
    assert uploads.process_file(queued[0]) == "ingested"
    assert commits == [10, 2]
    assert set(IngestFile.objects.values_list("stage", flat=True)) == {"indexed"}
    assert indexed_ids() == set(Document.objects.values_list("pk", flat=True))
    run.refresh_from_db()
    assert (run.status, run.ingested) == ("done", 12)
    # The other files' own jobs come later and find their files taken.
    assert uploads.process_file(queued[5]) == "taken"
    assert IngestRun.objects.get().ingested == 12


def test_a_file_claimed_by_another_worker_is_not_read_again():
    run, queued = uploads.receive(_files(2), refused=[])
    # Another worker (a live process: this one's parent) has it.
    IngestFile.objects.filter(pk=queued[0]).update(stage="reading", claimed_by=worker_identity(os.getppid()))
    assert uploads.process_file(queued[0]) == "taken"
    assert uploads.process_file(queued[1]) == "ingested"
    run.refresh_from_db()
    assert run.status == "running"  # the other worker's file is not settled yet
    assert Document.objects.count() == 1


def test_an_upload_of_refused_files_only_is_finished_at_once():
    run, queued = uploads.receive([], refused=["lon.pdf"])
    run.refresh_from_db()
    assert queued == [] and run.status == "done" and run.failed == 1
    assert IngestFile.objects.get().message == "tệp lớn hơn giới hạn 50 MB"


def test_a_folder_in_the_uploaded_name_is_dropped():
    assert uploads.safe_name("..\\..\\windows\\a.txt") == "a.txt"
    assert uploads.safe_name("../../etc/passwd") == "passwd"
    assert uploads.safe_name("   ") == "tep"
