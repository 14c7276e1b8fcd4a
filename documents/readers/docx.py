"""Word .docx files through python-docx: paragraphs and table cells in document order."""

from __future__ import annotations

import io
import zipfile

import docx
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph

from .archive import check_archive
from .base import LEGACY_CONVERTED, ReadError, ReadResult, gettext_noop
from .legacy import capitals_font, decode_font_text, font_encoding


def _check_archive(data: bytes) -> None:
    check_archive(data, ".docx (Word)", "word/document.xml")


def _style_font(style) -> str | None:
    """The font a paragraph style sets, or the one it inherits from its base styles."""
    while style is not None:
        if style.font.name:
            return style.font.name
        style = style.base_style
    return None


def _default_font(document) -> str | None:
    fonts = document.styles.element.find(qn("w:docDefaults") + "/" + qn("w:rPrDefault") + "/" + qn("w:rPr"))
    found = fonts.find(qn("w:rFonts")) if fonts is not None else None
    return found.get(qn("w:ascii")) if found is not None else None


class _Fonts:
    """Paragraph text with runs typed in TCVN3 or VNI fonts (.VnTime, VNI-Times) converted."""

    def __init__(self, document) -> None:
        self.default = _default_font(document)
        self.converted: set[str] = set()

    def text(self, paragraph: Paragraph) -> str:
        base = _style_font(paragraph.style) if paragraph.style is not None else None
        base = base or self.default
        parts = []
        for item in paragraph.iter_inner_content():
            for run in getattr(item, "runs", [item]):
                font = run.font.name or base
                encoding = font_encoding(font)
                if encoding is None:
                    parts.append(run.text)
                    continue
                self.converted.add(encoding)
                parts.append(decode_font_text(run.text, encoding, capitals=capitals_font(font)))
        return "".join(parts)


def _uses_legacy_fonts(data: bytes) -> bool:
    """Whether any part names a legacy font: only then are runs read one by one."""
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        for name in ("word/document.xml", "word/styles.xml"):
            if name in archive.namelist():
                xml = archive.read(name).lower()
                if b'".vn' in xml or b'"vni-' in xml:
                    return True
    return False


def _table_lines(table: Table, paragraph_text=lambda p: p.text) -> list[str]:
    """One line per row, cells separated by " | "; merged cells (repeated by python-docx) once."""
    lines = []
    for row in table.rows:
        seen: set[int] = set()
        cells = []
        for cell in row.cells:
            if id(cell._tc) in seen:
                continue
            seen.add(id(cell._tc))
            text = "\n".join(paragraph_text(p) for p in cell.paragraphs).strip()
            # A table nested in a cell: flatten its rows into the cell.
            nested = [line for inner in cell.tables for line in _table_lines(inner, paragraph_text)]
            cells.append(" ".join([text, *nested]).strip())
        if any(cells):
            lines.append(" | ".join(cells))
    return lines


def read_docx(data: bytes) -> ReadResult:
    _check_archive(data)
    try:
        document = docx.Document(io.BytesIO(data))
        fonts = _Fonts(document) if _uses_legacy_fonts(data) else None
        paragraph_text = fonts.text if fonts else (lambda p: p.text)
        blocks: list[str] = []
        for item in document.iter_inner_content():
            if isinstance(item, Paragraph):
                blocks.append(paragraph_text(item))
            elif isinstance(item, Table):
                blocks.append("\n".join(_table_lines(item, paragraph_text)))
        title = (document.core_properties.title or "").strip() or None
    except ReadError:
        raise
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise ReadError(gettext_noop("không phải tệp .docx (Word): %(error)s"), error=exc) from None
    except Exception as exc:  # lxml/python-docx raise many types on damaged parts
        raise ReadError(
            gettext_noop("tệp .docx bị hỏng: %(error)s"), error=f"{type(exc).__name__}: {exc}"
        ) from None
    text = "\n".join(block.strip() for block in blocks).strip()
    if not text:
        raise ReadError(gettext_noop("tệp .docx không có chữ nào"))
    if fonts and fonts.converted:
        encoding = "+".join(sorted(fonts.converted))
        warnings = [f"runs typed in legacy {encoding} fonts converted to Unicode"]
        return ReadResult(
            text=text, title=title, encoding=encoding, text_source=LEGACY_CONVERTED, warnings=warnings
        )
    return ReadResult(text=text, title=title)
