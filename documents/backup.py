"""Backup and restore of everything that cannot be rebuilt: the database rows and the original
files. The search index is not in the archive: `rebuild_index` recreates it from the rows
(stored segmentation included, so nothing is segmented again).

Archive layout (a .tar.gz): manifest.json, data.json (Django's dumpdata format), originals/...
"""

from __future__ import annotations

import io
import json
import tarfile
import tempfile
from pathlib import Path, PurePosixPath

from django.conf import settings
from django.core import management
from django.db import transaction
from django.utils import timezone

# What a backup holds, in an order loaddata accepts (referenced models first).
BACKED_UP_MODELS = [
    "auth.group",
    "auth.user",
    "documents.province",
    "documents.official",
    "documents.document",
    "documents.appearance",
    "documents.ingestrun",
    "documents.ingestfailure",
]
FORMAT_VERSION = 1


class BackupError(Exception):
    pass


def create_backup(destination: Path) -> dict:
    """Write the archive; return its manifest."""
    media = Path(settings.MEDIA_ROOT)
    originals = sorted(
        p for p in (media / "originals").rglob("*") if p.is_file() and not p.name.startswith(".")
    )
    with tempfile.TemporaryDirectory() as work:
        data_file = Path(work) / "data.json"
        management.call_command("dumpdata", *BACKED_UP_MODELS, output=str(data_file), verbosity=0)
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
            archive.add(data_file, arcname="data.json")
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
        archive.extractall(work, members=members, filter="data")
        with transaction.atomic():
            for model in (IngestFailure, IngestRun, Appearance, Document, Official):
                model.objects.all().delete()
            management.call_command("loaddata", str(Path(work) / "data.json"), verbosity=0)
        originals = Path(work) / "originals"
        target = Path(settings.MEDIA_ROOT) / "originals"
        for path in originals.rglob("*") if originals.exists() else []:
            if path.is_file():
                destination = target / path.relative_to(originals)
                destination.parent.mkdir(parents=True, exist_ok=True)
                path.replace(destination)
    return manifest


def _read_manifest(archive: tarfile.TarFile, source: Path) -> dict:
    try:
        handle = archive.extractfile("manifest.json")
        manifest = json.loads(handle.read()) if handle else None
    except (KeyError, ValueError, tarfile.TarError) as error:
        raise BackupError(f"{source}: no readable manifest.json ({error})") from error
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT_VERSION:
        raise BackupError(f"{source}: unknown backup format {manifest!r}")
    return manifest


def _check_member(member: tarfile.TarInfo, source: Path) -> None:
    name = PurePosixPath(member.name)
    allowed = name.parts and (name.parts[0] == "originals" or str(name) in {"manifest.json", "data.json"})
    if name.is_absolute() or ".." in name.parts or not allowed or not (member.isfile() or member.isdir()):
        raise BackupError(f"{source}: unexpected entry {member.name!r} in the archive")
