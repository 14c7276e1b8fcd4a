"""Original files kept for download, stored once per content hash, through Django's storage API
(settings.STORAGES["default"]; see portal.storage): nothing here knows where they live."""

from __future__ import annotations

from django.core.files.base import ContentFile
from django.core.files.storage import default_storage


def original_relative_path(digest: str, extension: str) -> str:
    return f"originals/{digest[:2]}/{digest}{extension}"


def store_original(data: bytes, digest: str, extension: str) -> str:
    """Save the bytes; return the FileField name. Idempotent."""
    name = original_relative_path(digest, extension)
    if default_storage.exists(name):
        if default_storage.size(name) == len(data):
            return name
        # Same hash, other size: what an interrupted write on a storage without atomic
        # saves leaves behind.
        default_storage.delete(name)
    return default_storage.save(name, ContentFile(data))


def discard_original(name: str) -> None:
    if name:
        default_storage.delete(name)
