"""What every reader returns and raises."""

from __future__ import annotations

from dataclasses import dataclass, field


class ReadError(Exception):
    """A file that cannot be read as a document; the message says why (without the path:
    the caller names the file)."""


@dataclass(frozen=True)
class ReadResult:
    """Plain text of a document plus hints the format itself carries for metadata extraction."""

    text: str
    # Hints found by the reader, each optional: a headline (<title>, docx core title), the page's
    # canonical URL, a date from a header or the file's metadata ("2023-04-04" or "2023-04").
    title: str | None = None
    url: str | None = None
    date: str | None = None
    encoding: str | None = None  # what a text reader detected, for the ingest report
    warnings: list[str] = field(default_factory=list)
