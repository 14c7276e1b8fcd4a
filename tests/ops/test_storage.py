"""Originals go through Django's storage API only: with a storage that has no files on disk
(InMemoryStorage, whose files have no path), ingest, download, backup and restore still work,
and nothing lands in the data dir's media folder."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.storage import InMemoryStorage, default_storage
from django.core.management import call_command

from documents.ingest.originals import store_original
from documents.models import Document
from portal.storage import OriginalsFileSystemStorage
from tests.storage import stored_names

pytestmark = pytest.mark.django_db


@pytest.fixture
def in_memory_storage(settings):
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    }
    assert isinstance(default_storage, InMemoryStorage)


def files_on_disk() -> list[Path]:
    media = Path(settings.MEDIA_ROOT)
    return [p for p in media.rglob("*") if p.is_file()] if media.exists() else []


def downloads(client) -> dict[str, bytes]:
    return {
        document.original_name: b"".join(client.get(f"/documents/{document.pk}/original").streaming_content)
        for document in Document.objects.all()
    }


def test_ingest_download_backup_restore_without_a_file_path(in_memory_storage, samples_dir, client, tmp_path):
    disk_before = files_on_disk()
    call_command("ingest", str(samples_dir), stdout=io.StringIO(), stderr=io.StringIO())
    assert len(stored_names()) == 5
    originals = downloads(client)
    assert originals == {path.name: path.read_bytes() for path in samples_dir.iterdir() if path.is_file()}

    archive = tmp_path / "b.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())
    for name in stored_names():
        default_storage.delete(name)
    Document.objects.all().delete()
    assert stored_names() == []

    call_command("restore", str(archive), stdout=io.StringIO())
    assert len(stored_names()) == 5
    assert downloads(client) == originals
    assert files_on_disk() == disk_before, "nothing went to the data dir by path"


def test_a_missing_original_is_a_404_and_left_out_of_a_backup(
    in_memory_storage, samples_dir, client, tmp_path
):
    call_command("ingest", str(samples_dir), stdout=io.StringIO(), stderr=io.StringIO())
    lost = Document.objects.order_by("pk").first()
    default_storage.delete(lost.original_file.name)
    assert client.get(f"/documents/{lost.pk}/original").status_code == 404

    out, err = io.StringIO(), io.StringIO()
    call_command("backup", str(tmp_path / "b.tar.gz"), stdout=out, stderr=err)
    assert "5 documents and 4 original files" in out.getvalue()
    assert lost.original_file.name in err.getvalue(), "the backup names the file it could not find"


def test_storing_the_same_content_twice_keeps_one_file(in_memory_storage):
    first = store_original(b"noi dung", "ab" * 32, ".txt")
    second = store_original(b"noi dung", "ab" * 32, ".txt")
    assert first == second == stored_names()[0]


def test_a_short_copy_under_the_hash_name_is_replaced(in_memory_storage):
    from django.core.files.base import ContentFile

    name = default_storage.save(f"originals/cd/{'cd' * 32}.txt", ContentFile(b"noi"))
    assert store_original(b"noi dung day du", "cd" * 32, ".txt") == name
    assert default_storage.open(name).read() == b"noi dung day du"
    assert stored_names() == [name]


def test_the_file_system_storage_writes_whole_files_under_the_name_given(tmp_path):
    from django.core.files.base import ContentFile

    storage = OriginalsFileSystemStorage(location=tmp_path)
    assert storage.save("originals/ef/x.txt", ContentFile(b"mot")) == "originals/ef/x.txt"
    assert storage.save("originals/ef/x.txt", ContentFile(b"hai")) == "originals/ef/x.txt"
    assert storage.open("originals/ef/x.txt").read() == b"hai"
    assert [p.name for p in (tmp_path / "originals" / "ef").iterdir()] == ["x.txt"], "no temporary left"
