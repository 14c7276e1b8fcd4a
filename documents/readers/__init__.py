"""Readers turn an uploaded or harvested file into plain text plus metadata hints.

One entry point per source: ``read_file`` for a path on disk (management commands, the seed
import) and ``read_bytes`` for data already in memory (the browser upload). Both dispatch by
extension and raise ``ReadError`` whose message says why, never naming the file: the caller
does that, so the same message works for a path, an upload name or a URL.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

from .archive import OLE_MAGIC
from .base import LEGACY_CONVERTED, TEXT_LAYER, ReadError, ReadResult, gettext_noop, read_at_most
from .legacy import DECODERS, convert_legacy, decode_font_text, detect_legacy
from .txt import read_txt

__all__ = ["DEFAULT_MAX_BYTES", "SUPPORTED_EXTENSIONS", "ReadError", "ReadResult", "read_bytes", "read_file"]

Reader = Callable[[bytes], ReadResult]


def _imported_on_first_use(module: str, name: str) -> Reader:
    """The reader ``name`` of ``module``, imported when a file of its type first comes: the HTML
    and PDF libraries are slow to import, which every ingest of plain text files paid at start."""

    def read(data: bytes) -> ReadResult:
        return getattr(importlib.import_module(module, __package__), name)(data)

    read.__name__ = read.__qualname__ = name
    return read


# Extension (lowercase, with the dot) → reader of the whole file's bytes.
READERS: dict[str, Reader] = {
    ".txt": read_txt,
    ".html": _imported_on_first_use(".html", "read_html"),
    ".htm": _imported_on_first_use(".html", "read_html"),
    ".pdf": _imported_on_first_use(".pdf", "read_pdf"),
    ".docx": _imported_on_first_use(".docx", "read_docx"),
    ".doc": _imported_on_first_use(".doc", "read_doc"),
    ".odt": _imported_on_first_use(".odt", "read_odt"),
    ".rtf": _imported_on_first_use(".doc", "read_rtf"),
    ".png": _imported_on_first_use(".image", "read_image"),
    ".jpg": _imported_on_first_use(".image", "read_image"),
    ".jpeg": _imported_on_first_use(".image", "read_image"),
    ".tif": _imported_on_first_use(".image", "read_image"),
    ".tiff": _imported_on_first_use(".image", "read_image"),
}
SUPPORTED_EXTENSIONS: tuple[str, ...] = tuple(sorted(READERS))
_read_doc = READERS[".doc"]
DEFAULT_MAX_BYTES = 50 * 1024 * 1024
_MB = 1024 * 1024


def _normalize_extension(extension: str) -> str:
    extension = extension.strip().lower()
    return extension if extension.startswith(".") else f".{extension}"


def _reader_for(extension: str) -> Reader:
    reader = READERS.get(_normalize_extension(extension))
    if reader is None:
        supported = ", ".join(SUPPORTED_EXTENSIONS)
        if not extension:
            raise ReadError(
                gettext_noop("tệp không có phần mở rộng: chỉ nhận %(supported)s"), supported=supported
            )
        raise ReadError(
            gettext_noop("không nhận loại tệp '%(extension)s': chỉ nhận %(supported)s"),
            extension=extension,
            supported=supported,
        )
    return reader


def _too_large(size: int, max_bytes: int) -> ReadError:
    return ReadError(
        gettext_noop("tệp quá lớn: %(size)s MB, giới hạn %(limit)s MB"),
        size=f"{size / _MB:.1f}",
        limit=f"{max_bytes / _MB:.0f}",
    )


def read_bytes(data: bytes, extension: str, max_bytes: int = DEFAULT_MAX_BYTES) -> ReadResult:
    """Read a document held in memory; ``extension`` is like ".pdf" or "pdf" (any case)."""
    reader = _reader_for(extension)
    if not data:
        raise ReadError(gettext_noop("tệp rỗng (0 byte)"))
    if len(data) > max_bytes:
        raise _too_large(len(data), max_bytes)
    if reader is READERS[".docx"] and data.startswith(OLE_MAGIC):
        # A Word 97-2003 file renamed .docx (offices do): read as what it is.
        result = _read_doc(data)
        result = replace(result, warnings=[*result.warnings, "a Word 97-2003 .doc named .docx, read as .doc"])
        return _legacy_fonts_converted(result)
    try:
        result = reader(data)
    except RecursionError:
        # Last line of defence: a reader library recursing on a pathological file.
        raise ReadError(gettext_noop("cấu trúc văn bản lồng nhau quá sâu, không đọc được")) from None
    return _legacy_fonts_converted(result)


def _legacy_fonts_converted(result: ReadResult) -> ReadResult:
    """Every format may carry text typed in a TCVN3 or VNI font: found here by its letters (a
    reader that knows the fonts, as the .docx one does, has converted it already)."""
    if result.encoding in DECODERS:
        return result if result.text_source != TEXT_LAYER else replace(result, text_source=LEGACY_CONVERTED)
    if result.text_source != TEXT_LAYER:
        return result
    encoding = detect_legacy(result.text)
    if encoding is None:
        return result
    title = decode_font_text(result.title, encoding) if result.title else result.title
    return replace(
        result,
        text=convert_legacy(result.text, encoding),
        title=title,
        encoding=encoding,
        text_source=LEGACY_CONVERTED,
        warnings=[*result.warnings, f"text typed in a legacy {encoding} font, converted to Unicode"],
    )


def read_file(path: str | Path, max_bytes: int = DEFAULT_MAX_BYTES) -> ReadResult:
    """Read the document at ``path``, chosen by its extension (case-insensitive)."""
    path = Path(path)
    reader_extension = path.suffix
    _reader_for(reader_extension)  # refuse unknown types before touching the disk
    try:
        if path.is_dir():
            raise ReadError(gettext_noop("là thư mục, không phải tệp"))
        size = path.stat().st_size
        if size > max_bytes:
            raise _too_large(size, max_bytes)
        with path.open("rb") as handle:
            # Read one byte past the limit: the file may have grown since stat().
            data = read_at_most(handle, max_bytes)
    except FileNotFoundError:
        raise ReadError(gettext_noop("không có tệp này")) from None
    except PermissionError:
        raise ReadError(gettext_noop("không có quyền đọc tệp")) from None
    except OSError as exc:
        raise ReadError(gettext_noop("không đọc được tệp: %(error)s"), error=exc.strerror or exc) from None
    return read_bytes(data, reader_extension, max_bytes=max_bytes)
