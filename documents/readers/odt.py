"""OpenDocument text (.odt): paragraphs and headings of content.xml in document order."""

from __future__ import annotations

import io
import zipfile

from lxml import etree

from .archive import check_archive
from .base import ReadError, ReadResult, gettext_noop

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_BLOCKS = {f"{{{_TEXT}}}p", f"{{{_TEXT}}}h"}
_SPACE, _TAB, _BREAK = f"{{{_TEXT}}}s", f"{{{_TEXT}}}tab", f"{{{_TEXT}}}line-break"


def _block_text(element: etree._Element) -> str:
    """A paragraph's text with ODF's encoded spaces, tabs and line breaks, without its notes."""
    parts = [element.text or ""]
    for child in element:
        if child.tag == _SPACE:
            parts.append(" " * int(child.get(f"{{{_TEXT}}}c", "1")))
        elif child.tag == _TAB:
            parts.append("\t")
        elif child.tag == _BREAK:
            parts.append("\n")
        elif child.tag != f"{{{_TEXT}}}note":
            parts.append(_block_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def read_odt(data: bytes) -> ReadResult:
    check_archive(data, ".odt (OpenDocument)", "content.xml")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            content = archive.read("content.xml")
        parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
        root = etree.fromstring(content, parser)
    except (zipfile.BadZipFile, KeyError, OSError, etree.XMLSyntaxError) as exc:
        raise ReadError(gettext_noop("tệp .odt bị hỏng: %(error)s"), error=exc) from None
    # Paragraphs nested in a paragraph (a frame, a note) are read with their outer one.
    blocks = [
        _block_text(element).strip()
        for element in root.iter(*_BLOCKS)
        if not any(parent.tag in _BLOCKS for parent in element.iterancestors())
    ]
    text = "\n".join(block for block in blocks if block)
    if not text:
        raise ReadError(gettext_noop("tệp .odt không có chữ nào"))
    return ReadResult(text=text)
