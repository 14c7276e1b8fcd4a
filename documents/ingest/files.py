"""Finding the files to ingest and reading their bytes, with reasons for every refusal."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from documents.readers.base import read_at_most

from . import reasons
from .reasons import FileRefused, Reason


@dataclass(frozen=True)
class Candidate:
    """A path found under what the user named; ``problem`` when it cannot even be listed."""

    path: Path
    problem: Reason | None = None
    display_name: str | None = None  # the name a person gave (an upload's), when not the path's

    @property
    def label(self) -> str:
        """How reports name the file."""
        return self.display_name or str(self.path)

    @property
    def original_name(self) -> str:
        return self.display_name or self.path.name


_MB = 1024 * 1024


def iter_candidates(paths: Iterable[str | Path]) -> Iterator[Candidate]:
    """Every regular file under ``paths`` (folders recursively, sorted), hidden files skipped."""
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            yield from _walk(path)
        elif path.exists():
            yield Candidate(path)
        else:
            yield Candidate(path, Reason(reasons.NO_SUCH_PATH))


def _walk(folder: Path) -> Iterator[Candidate]:
    errors: list[OSError] = []
    for root, dirs, files in os.walk(folder, onerror=errors.append):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if not name.startswith("."):
                yield Candidate(Path(root) / name)
    for error in errors:
        problem = Reason(reasons.CANNOT_LIST, {"error": str(error.strerror or error)})
        yield Candidate(Path(error.filename or folder), problem)


def read_limited(path: Path, max_bytes: int) -> bytes:
    """The file's bytes, refusing what is empty, too large or unreadable."""
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise FileRefused(reasons.TOO_LARGE, size=f"{size / _MB:.1f}", limit=f"{max_bytes / _MB:.0f}")
        with path.open("rb") as handle:
            data = read_at_most(handle, max_bytes)
    except OSError as error:
        raise FileRefused(reasons.CANNOT_READ, error=error.strerror or error) from error
    if len(data) > max_bytes:
        raise FileRefused(reasons.GREW_TOO_LARGE, limit=f"{max_bytes / _MB:.0f}")
    if not data:
        raise FileRefused(reasons.EMPTY)
    return data


def content_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()
