"""What became of one file: ingested, updated, unchanged or failed (with the reason)."""

from __future__ import annotations

from dataclasses import dataclass

from .reasons import Reason

INGESTED, UPDATED, UNCHANGED, FAILED = "ingested", "updated", "unchanged", "failed"
STATUSES = (INGESTED, UPDATED, UNCHANGED, FAILED)


@dataclass
class Outcome:
    status: str
    path: str  # how reports name the file: the path given, or an upload's own name
    document_id: int | None = None
    reason: Reason | None = None

    @classmethod
    def failed(cls, path: str, reason: Reason) -> Outcome:
        return cls(FAILED, path, reason=reason)
