"""A backup restored into an empty portal gives the same documents, files and search results."""

from __future__ import annotations

import io
import json
import tarfile
from pathlib import Path

import pytest
from django.core.files.storage import default_storage
from django.core.management import CommandError, call_command
from django.http import QueryDict

from documents.models import Appearance, Citation, Document, Official
from documents.search.service import SearchParams, run_search
from tests.storage import stored_names

pytestmark = pytest.mark.django_db

QUERIES = ["Tỉnh ủy", "thanh hoa", '"Ban Chấp hành"', "kinh tế -Thái"]


def search_ids(query: str) -> list[int]:
    return [hit.document.pk for hit in run_search(SearchParams.from_querydict(QueryDict(f"q={query}"))).hits]


def test_backup_then_restore_gives_the_same_search_results(ingested_samples, tmp_path):
    before = {q: search_ids(q) for q in QUERIES}
    assert any(before.values())
    rows_before = sorted(Document.objects.values_list("pk", "content_hash", "title", "segmented"))
    officials_before = Official.objects.count()
    appearances_before = Appearance.objects.count()
    citations_before = sorted(Citation.objects.values_list("document_id", "number", "kind", "issuer"))
    assert citations_before, "the samples cite numbers"

    archive = tmp_path / "portal-backup.tar.gz"
    out = io.StringIO()
    call_command("backup", str(archive), stdout=out)
    assert "backed up 5 documents and 5 original files" in out.getvalue()

    # Lose everything: rows, original files and the index.
    for name in stored_names():
        default_storage.delete(name)
    Document.objects.all().delete()
    Official.objects.all().delete()
    call_command("clear_index", interactive=False, verbosity=0)
    assert search_ids("Tỉnh ủy") == []

    call_command("restore", str(archive), stdout=io.StringIO())
    call_command("rebuild_index", interactive=False, verbosity=0)

    assert sorted(Document.objects.values_list("pk", "content_hash", "title", "segmented")) == rows_before
    assert Official.objects.count() == officials_before
    assert Appearance.objects.count() == appearances_before
    assert sorted(Citation.objects.values_list("document_id", "number", "kind", "issuer")) == citations_before
    assert all(default_storage.exists(d.original_file.name) for d in Document.objects.all())
    assert {q: search_ids(q) for q in QUERIES} == before


def test_restore_refuses_to_mix_with_existing_documents(ingested_samples, tmp_path):
    archive = tmp_path / "b.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())
    with pytest.raises(CommandError, match="--replace"):
        call_command("restore", str(archive))
    call_command("restore", str(archive), "--replace", stdout=io.StringIO())
    assert Document.objects.count() == 5


@pytest.mark.parametrize("content", [b"not an archive", b""])
def test_restore_of_a_broken_archive_names_it_and_changes_nothing(tmp_path, content):
    archive = tmp_path / "hong.tar.gz"
    archive.write_bytes(content)
    with pytest.raises(CommandError, match=r"hong\.tar\.gz"):
        call_command("restore", str(archive))


def test_restore_refuses_paths_outside_the_data_dir(tmp_path):
    archive = tmp_path / "evil.tar.gz"
    with tarfile.open(archive, "w:gz") as tar:
        for name, data in [("manifest.json", b'{"format": 1}'), ("../../etc/evil", b"x")]:
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    with pytest.raises(CommandError, match="unexpected entry"):
        call_command("restore", str(archive))


def archive_with(path: Path, files: dict[str, bytes]) -> Path:
    with tarfile.open(path, "w:gz") as tar:
        for name, data in files.items():
            info = tarfile.TarInfo(name)
            info.size = len(data)
            tar.addfile(info, io.BytesIO(data))
    return path


def test_the_rows_are_json_lines_one_row_a_line(samples_dir, tmp_path):
    call_command("ingest", str(samples_dir), stdout=io.StringIO(), stderr=io.StringIO())
    archive = tmp_path / "b.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())
    with tarfile.open(archive) as tar:
        lines = tar.extractfile("data.jsonl").read().decode().splitlines()
        manifest = json.loads(tar.extractfile("manifest.json").read())
    assert manifest["format"] == 2
    rows = [json.loads(line) for line in lines]
    assert sum(row["model"] == "documents.document" for row in rows) == 5
    assert len(rows) == len(lines) > 5


def test_an_archive_of_the_first_format_is_still_restored(samples_dir, tmp_path):
    call_command("ingest", str(samples_dir), stdout=io.StringIO(), stderr=io.StringIO())
    titles = sorted(Document.objects.values_list("title", flat=True))
    dump = io.StringIO()
    call_command("dumpdata", "documents.province", "documents.official", "documents.document", stdout=dump)
    old = archive_with(
        tmp_path / "old.tar.gz",
        {
            "manifest.json": b'{"format": 1, "documents": 5, "original_files": 0}',
            "data.json": dump.getvalue().encode(),
        },
    )
    Document.objects.all().delete()
    call_command("restore", str(old), stdout=io.StringIO())
    assert sorted(Document.objects.values_list("title", flat=True)) == titles


def test_a_broken_line_names_the_archive_and_the_line_and_changes_nothing(samples_dir, tmp_path):
    call_command("ingest", str(samples_dir), stdout=io.StringIO(), stderr=io.StringIO())
    archive = tmp_path / "b.tar.gz"
    call_command("backup", str(archive), stdout=io.StringIO())
    with tarfile.open(archive) as tar:
        lines = tar.extractfile("data.jsonl").read().decode().splitlines()
    lines[3] = lines[3][: len(lines[3]) // 2]  # cut short, as a truncated copy would be
    broken = archive_with(
        tmp_path / "hong.tar.gz",
        {"manifest.json": b'{"format": 2}', "data.jsonl": "\n".join(lines).encode()},
    )
    before = sorted(Document.objects.values_list("pk", "title"))
    with pytest.raises(CommandError, match=r"hong\.tar\.gz: data\.jsonl, line 4"):
        call_command("restore", str(broken), "--replace")
    assert sorted(Document.objects.values_list("pk", "title")) == before


def test_a_held_document_is_restored_held_and_stays_out_of_the_index(ingested_samples, tmp_path):
    from documents.index_check import check_index
    from documents.publication import unpublish
    from tests.factories import as_if_committed
    from tests.index import indexed_ids

    held = Document.objects.order_by("pk").first()
    with as_if_committed():
        unpublish([held.pk])
    archive = tmp_path / "held.tar.gz"
    out = io.StringIO()
    call_command("backup", str(archive), stdout=out)
    assert "backed up 5 documents" in out.getvalue()  # the held one too

    call_command("restore", str(archive), "--replace", stdout=io.StringIO())
    call_command("rebuild_index", interactive=False, verbosity=0)
    assert Document.with_held.filter(pk=held.pk, published_at=None).exists()
    assert Document.objects.count() == 4
    assert held.pk not in indexed_ids() and check_index().consistent
