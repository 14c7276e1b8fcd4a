"""Backup and restore of everything that cannot be rebuilt: the database rows and the original
files. The search index is not in the archive: `rebuild_index` recreates it from the rows
(stored segmentation included, so nothing is segmented again).

Archive layout (a .tar.gz): manifest.json, data.jsonl (one row a line, Django's "jsonl"
serialization), originals/... Both ways run in bounded memory: the rows are written as the
database cursor yields them and read back one line at a time, saved in batches. Archives of the
first format (data.json, one JSON document that has to be read whole) are still restored.
"""

from __future__ import annotations

import io
import json
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core import management, serializers
from django.core.management.color import no_style
from django.core.serializers.base import DeserializationError
from django.db import DatabaseError, connection, reset_queries, transaction
from django.utils import timezone

# What a backup holds, in an order loaddata accepts (referenced models first).
BACKED_UP_MODELS = [
    "auth.group",
    "auth.user",
    "documents.province",
    "documents.official",
    "documents.document",
    "documents.appearance",
    "documents.citation",
    "documents.ingestrun",
    "documents.ingestfile",
    "documents.ingestfailure",
]
FORMAT_VERSION = 2
# The rows' file in each format the restore reads.
DATA_FILES = {1: "data.json", 2: "data.jsonl"}
# Rows saved in one INSERT; a batch is what restore holds in memory at a time.
RESTORE_BATCH = 500


class BackupError(Exception):
    pass


def create_backup(destination: Path) -> dict:
    """Write the archive; return its manifest."""
    media = Path(settings.MEDIA_ROOT)
    originals = sorted(
        p for p in (media / "originals").rglob("*") if p.is_file() and not p.name.startswith(".")
    )
    with tempfile.TemporaryDirectory() as work:
        data_file = Path(work) / DATA_FILES[FORMAT_VERSION]
        # dumpdata reads each table through a streaming cursor and writes each row as it comes.
        management.call_command(
            "dumpdata", *BACKED_UP_MODELS, format="jsonl", output=str(data_file), verbosity=0
        )
        from documents.models import Document

        manifest = {
            "format": FORMAT_VERSION,
            "created": timezone.now().isoformat(),
            "documents": Document.objects.count(),
            "original_files": len(originals),
        }
        partial = destination.with_name(destination.name + ".partial")
        with tarfile.open(partial, "w:gz") as archive:
            _add_bytes(archive, "manifest.json", json.dumps(manifest, indent=1).encode())
            archive.add(data_file, arcname=data_file.name)
            for path in originals:
                archive.add(
                    path, arcname=str(PurePosixPath("originals") / path.relative_to(media / "originals"))
                )
        partial.replace(destination)  # never a half-written archive under the real name
    return manifest


def _add_bytes(archive: tarfile.TarFile, name: str, data: bytes) -> None:
    info = tarfile.TarInfo(name)
    info.size = len(data)
    info.mtime = int(timezone.now().timestamp())
    archive.addfile(info, io.BytesIO(data))


def restore_backup(source: Path, *, replace: bool = False) -> dict:
    """Load the archive into this database and data dir; refuse to mix with existing documents."""
    from documents.models import Appearance, Document, IngestFailure, IngestRun, Official

    try:
        archive = tarfile.open(source, "r:gz")  # noqa: SIM115 - closed by the with-block below
    except (OSError, tarfile.TarError) as error:
        raise BackupError(f"{source}: not a readable backup archive ({error})") from error
    with archive, tempfile.TemporaryDirectory() as work:
        manifest = _read_manifest(archive, source)
        members = archive.getmembers()
        for member in members:
            _check_member(member, source)
        if Document.objects.exists() and not replace:
            raise BackupError("the database already holds documents; pass --replace to overwrite them")
        data_name = DATA_FILES[manifest["format"]]
        originals = [m for m in members if m.name.startswith("originals/")]
        archive.extractall(work, members=originals, filter="data")
        with transaction.atomic():
            for model in (IngestFailure, IngestRun, Appearance, Document, Official):
                model.objects.all().delete()
            if data_name == "data.json":
                archive.extractall(work, members=[archive.getmember(data_name)], filter="data")
                management.call_command("loaddata", str(Path(work) / data_name), verbosity=0)
            else:
                _load_lines(archive, data_name, source)
        extracted = Path(work) / "originals"
        target = Path(settings.MEDIA_ROOT) / "originals"
        for path in extracted.rglob("*") if extracted.exists() else []:
            if path.is_file():
                destination = target / path.relative_to(extracted)
                destination.parent.mkdir(parents=True, exist_ok=True)
                path.replace(destination)
    return manifest


def _load_lines(archive: tarfile.TarFile, name: str, source: Path) -> None:
    """Save the rows of a data.jsonl member, read straight from the archive a line at a time."""
    try:
        handle = archive.extractfile(name)
    except KeyError:
        handle = None
    if handle is None:
        raise BackupError(f"{source}: no {name} in the archive")
    batch: list = []
    loaded: set = set()

    def flush() -> None:
        if batch:
            # A row that is there already (the provinces a migration loads) is overwritten,
            # as loaddata would.
            meta = type(batch[0])._meta
            type(batch[0]).objects.bulk_create(
                batch,
                update_conflicts=True,
                unique_fields=[meta.pk.name],
                update_fields=[field.name for field in meta.concrete_fields if not field.primary_key],
            )
            batch.clear()

    number = 0
    try:
        for number, line in enumerate(io.TextIOWrapper(handle, encoding="utf-8"), start=1):
            if not line.strip():
                continue
            (row,) = serializers.deserialize("jsonl", line)
            loaded.add(type(row.object))
            if batch and (type(batch[0]) is not type(row.object) or len(batch) >= RESTORE_BATCH):
                flush()
            if any(row.m2m_data.values()):
                flush()
                row.save()  # many-to-many links (a user's groups) need the row saved alone
            else:
                batch.append(row.object)
            if number % RESTORE_BATCH == 0:
                reset_queries()  # with DEBUG on, Django would keep every statement
        flush()
    except (DeserializationError, DatabaseError, UnicodeDecodeError, ValueError) as error:
        raise BackupError(f"{source}: {name}, line {number}: {error}") from error
    # Rows came with their ids: PostgreSQL's sequences must continue after them.
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), list(loaded)):
            cursor.execute(statement)


def _read_manifest(archive: tarfile.TarFile, source: Path) -> dict:
    try:
        handle = archive.extractfile("manifest.json")
        manifest = json.loads(handle.read()) if handle else None
    except (KeyError, ValueError, tarfile.TarError) as error:
        raise BackupError(f"{source}: no readable manifest.json ({error})") from error
    if not isinstance(manifest, dict) or manifest.get("format") not in DATA_FILES:
        raise BackupError(f"{source}: unknown backup format {manifest!r}")
    return manifest


def _check_member(member: tarfile.TarInfo, source: Path) -> None:
    name = PurePosixPath(member.name)
    allowed = name.parts and (
        name.parts[0] == "originals" or str(name) in {"manifest.json", *DATA_FILES.values()}
    )
    if name.is_absolute() or ".." in name.parts or not allowed or not (member.isfile() or member.isdir()):
        raise BackupError(f"{source}: unexpected entry {member.name!r} in the archive")
