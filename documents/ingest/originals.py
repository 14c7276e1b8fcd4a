"""Original files kept for download, stored once per content hash.

Written to a temporary name and renamed into place, so an interrupted ingest never leaves a
half-written original behind.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from django.conf import settings


def original_relative_path(digest: str, extension: str) -> str:
    return f"originals/{digest[:2]}/{digest}{extension}"


def store_original(data: bytes, digest: str, extension: str) -> str:
    """Save the bytes under MEDIA_ROOT; return the FileField name. Idempotent."""
    relative = original_relative_path(digest, extension)
    target = Path(settings.MEDIA_ROOT) / relative
    if target.exists() and target.stat().st_size == len(data):
        return relative
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(dir=target.parent, prefix=".partial-")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    return relative


def discard_original(relative: str) -> None:
    if relative:
        (Path(settings.MEDIA_ROOT) / relative).unlink(missing_ok=True)
