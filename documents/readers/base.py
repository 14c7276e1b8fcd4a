"""What every reader returns and raises."""

from __future__ import annotations

import io
import os
from dataclasses import dataclass, field
from typing import BinaryIO

READ_CHUNK = 1 << 20


class ReadError(Exception):
    """A file that cannot be read as a document; the message says why (without the path:
    the caller names the file).

    New reasons are Vietnamese msgids marked with ``gettext_noop`` (this module's, so readers
    stay usable without Django settings; makemessages finds the calls by that name) and
    formatted with ``params``; ``str()`` translates them into the active language when it is
    shown (a worker may raise in Vietnamese, the page may show English). Outside Django the
    msgid itself is the message.
    """

    def __init__(self, message: str, **params: object) -> None:
        super().__init__(message)
        self.message = message
        self.params = params

    def __str__(self) -> str:
        text = _translate(self.message)
        return text % self.params if self.params else text


def gettext_noop(message: str) -> str:
    """Marks a Vietnamese msgid for makemessages; ``ReadError`` translates it when shown."""
    return message


def _translate(message: str) -> str:
    from django.conf import settings

    if not settings.configured:
        return message
    from django.utils.translation import gettext

    return gettext(message)


# Where a document's text came from: the file's own text, tesseract, or a legacy 8-bit font
# (TCVN3, VNI) converted to Unicode. The document page shows the last two.
TEXT_LAYER = "text_layer"
OCR = "ocr"
LEGACY_CONVERTED = "legacy_converted"


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
    text_source: str = TEXT_LAYER
    # tesseract's mean word confidence (0-100) over the pages it read, when text_source is OCR.
    ocr_confidence: float | None = None
    ocr_pages: int = 0
    # The file's own creation date (PDF /CreationDate): when it was printed or scanned, not the
    # meeting's date, so it is kept apart from ``date`` and is at most a last resort.
    file_date: str | None = None


def read_at_most(handle: BinaryIO, max_bytes: int) -> bytes:
    """The file's bytes, up to one past ``max_bytes`` (so a caller can tell the file is over it).

    Not ``handle.read(max_bytes + 1)``: that maps the whole limit (50 MB) for every file and
    unmaps it again, which in a process with threads (the search index writer's) measurably
    slowed what came after it too, the ingest writer's main thread included. The first read is
    sized by the file's length; a file that grew since is read on in chunks.
    """
    try:
        expected = os.fstat(handle.fileno()).st_size
    except (AttributeError, OSError, io.UnsupportedOperation):  # not a file on disk
        expected = READ_CHUNK
    chunks = []
    remaining = max_bytes + 1
    want = min(expected, max_bytes) + 1
    while remaining > 0:
        chunk = handle.read(min(want, remaining))
        if chunk:
            chunks.append(chunk)
            remaining -= len(chunk)
        if len(chunk) < want:  # short: the end of the file
            break
        want = READ_CHUNK
    return chunks[0] if len(chunks) == 1 else b"".join(chunks)
