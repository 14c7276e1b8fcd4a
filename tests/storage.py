"""The files in the portal's storage, listed through the storage API (whatever the backend)."""

from __future__ import annotations

from django.core.files.storage import default_storage


def stored_names(folder: str = "originals") -> list[str]:
    """Every file under ``folder``, as storage names; none if the folder is not there."""
    try:
        folders, files = default_storage.listdir(folder)
    except FileNotFoundError:
        return []
    names = [f"{folder}/{name}" for name in files if not name.startswith(".")]
    for sub in folders:
        names += stored_names(f"{folder}/{sub}")
    return sorted(names)
