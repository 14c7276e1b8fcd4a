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

from django.core import management, serializers
from django.core.files import File
from django.core.files.storage import default_storage
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
    from documents.models import Document

    with tempfile.TemporaryDirectory() as work:
        data_file = Path(work) / DATA_FILES[FORMAT_VERSION]
        # dumpdata reads each table through a streaming cursor and writes each row as it comes.
        management.call_command(
            "dumpdata", *BACKED_UP_MODELS, format="jsonl", output=str(data_file), verbosity=0
        )
        # The originals the rows name, read through the storage API (they may not be files
        # on this machine); listed after the dump, so every file a row names is there.
        names = (
            Document.with_held.exclude(original_file="")
            .order_by("original_file")
            .values_list("original_file", flat=True)
            .distinct()
        )
        manifest = {
            "format": FORMAT_VERSION,
            "created": timezone.now().isoformat(),
            "documents": Document.with_held.count(),
            "original_files": 0,
            "missing_original_files": [],
        }
        partial = destination.with_name(destination.name + ".partial")
        try:
            with tarfile.open(partial, "w:gz") as archive:
                archive.add(data_file, arcname=data_file.name)
                for name in names.iterator():
                    if _add_original(archive, name):
                        manifest["original_files"] += 1
                    else:
                        manifest["missing_original_files"].append(name)
                # Last: the manifest counts what the archive holds.
                _add_bytes(archive, "manifest.json", json.dumps(manifest, indent=1).encode())
        except BaseException:
            partial.unlink(missing_ok=True)
            raise
        partial.replace(destination)  # never a half-written archive under the real name
    return manifest


def _add_original(archive: tarfile.TarFile, name: str) -> bool:
    """Stream one original from the storage into the archive; False if the storage lacks it."""
    member = PurePosixPath(name)
    if member.parts[:1] != ("originals",) or ".." in member.parts or member.is_absolute():
        return False  # a name no restore would accept
    try:
        size = default_storage.size(name)
        handle = default_storage.open(name, "rb")
    except FileNotFoundError:
        return False
    with handle:
        info = tarfile.TarInfo(str(member))
        info.size = size
        info.mtime = int(timezone.now().timestamp())
        archive.addfile(info, handle)
    return True


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
        if Document.with_held.exists() and not replace:
            raise BackupError("the database already holds documents; pass --replace to overwrite them")
        data_name = DATA_FILES[manifest["format"]]
        with transaction.atomic():
            for model in (IngestFailure, IngestRun, Appearance, Document, Official):
                model._default_manager.all().delete()
            if data_name == "data.json":
                archive.extractall(work, members=[archive.getmember(data_name)], filter="data")
                management.call_command("loaddata", str(Path(work) / data_name), verbosity=0)
            else:
                _load_lines(archive, data_name, source)
        # After the rows: a restore that failed on them wrote no file. Each original is streamed
        # from the archive into the storage (saved whole: see portal.storage).
        for member in members:
            if member.isfile() and member.name.startswith("originals/"):
                handle = archive.extractfile(member)
                if default_storage.get_available_name(member.name) != member.name:
                    default_storage.delete(member.name)  # a storage that would not overwrite it
                default_storage.save(member.name, File(handle, name=member.name))
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
            type(batch[0])._default_manager.bulk_create(
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
