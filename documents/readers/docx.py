"""Word .docx files through python-docx: paragraphs and table cells in document order."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.table import Table
from docx.text.paragraph import Paragraph

from .base import ReadError, ReadResult

# A .docx is a zip: refuse archives that would expand to something huge before python-docx
# inflates them (zip bombs). Real documents stay far below both limits.
MAX_UNCOMPRESSED = 200 * 1024 * 1024
MAX_RATIO = 100
# Ratios are only meaningful for big members: a tiny XML part may compress very well.
_RATIO_MIN_SIZE = 1024 * 1024
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _check_archive(data: bytes) -> None:
    if data.startswith(_OLE_MAGIC):
        raise ReadError("not a .docx (Word) file: this is an old Word 97-2003 .doc; save it as .docx")
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise ReadError("not a .docx (Word) file: it is not a zip archive")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ReadError(f"not a .docx (Word) file: damaged zip archive ({exc})") from None
    names = {member.filename for member in members}
    if "word/document.xml" not in names:
        raise ReadError("not a .docx (Word) file: zip archive without word/document.xml")
    total = sum(member.file_size for member in members)
    packed = sum(member.compress_size for member in members)
    if total > MAX_UNCOMPRESSED:
        raise ReadError(
            f"refused: the .docx would expand to {total / 2**20:.0f} MB "
            f"(limit {MAX_UNCOMPRESSED / 2**20:.0f} MB; possible zip bomb)"
        )
    for member in members:
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size >= _RATIO_MIN_SIZE and ratio > MAX_RATIO:
            raise ReadError(
                f"refused: {member.filename} in the .docx is compressed {ratio:.0f}:1 "
                f"(limit {MAX_RATIO}:1; possible zip bomb)"
            )
    if total >= _RATIO_MIN_SIZE and total / max(packed, 1) > MAX_RATIO:
        ratio = total / max(packed, 1)
        raise ReadError(f"refused: the .docx is compressed {ratio:.0f}:1 (possible zip bomb)")


def _table_lines(table: Table) -> list[str]:
    """One line per row, cells separated by " | "; merged cells (repeated by python-docx) once."""
    lines = []
    for row in table.rows:
        seen: set[int] = set()
        cells = []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            text = "\n".join(p.text for p in cell.paragraphs).strip()
            # A table nested in a cell: flatten its rows into the cell.
            nested = [line for inner in cell.tables for line in _table_lines(inner)]
            cells.append(" ".join([text, *nested]).strip())
        if any(cells):
            lines.append(" | ".join(cells))
    return lines


def read_docx(data: bytes) -> ReadResult:
    _check_archive(data)
    try:
        document = docx.Document(io.BytesIO(data))
        blocks: list[str] = []
        for item in document.iter_inner_content():
            if isinstance(item, Paragraph):
                blocks.append(item.text)
            elif isinstance(item, Table):
                blocks.append("\n".join(_table_lines(item)))
        title = (document.core_properties.title or "").strip() or None
    except ReadError:
        raise
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(f"not a .docx (Word) file: {exc}") from None
    except Exception as exc:  # lxml/python-docx raise many types on damaged parts
        raise ReadError(f"damaged .docx file: {type(exc).__name__}: {exc}") from None
    text = "\n".join(block.strip() for block in blocks).strip()
    if not text:
        raise ReadError("the .docx contains no text")
    return ReadResult(text=text, title=title)
