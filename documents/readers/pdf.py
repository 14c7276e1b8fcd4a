"""PDF files: the text layer through PDFium (pypdfium2), scanned pages through OCR.

PDFium was chosen by measurement on PDFs printed from the project's sample texts in four
layouts (manage.py measure_readers prints the table): it keeps the syllables whole where
the glyphs come from a fallback font, which pypdf did not, and it is the fastest of the three
engines measured. Pages without a text layer are OCRed unless they are blank; a file with more
such pages than ``MAX_OCR_PAGES`` is refused rather than occupying the OCR worker for hours.
"""

from __future__ import annotations

import io
import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from . import ocr
from .base import OCR, TEXT_LAYER, ReadError, ReadResult, gettext_noop
from .html_hints import normalize_date
from .pdf_layout import Line, Placed, join_lines, page_flow, paragraphs

MAX_OCR_PAGES = 50
MAX_PAGES = 2000
# A page is blank when almost none of its pixels, rendered small, are dark.
_BLANK_RENDER_DPI = 24
_BLANK_DARK_SHARE = 0.001
_DARK_BELOW = 160  # grey level (0 black, 255 white)


def _open(data: bytes) -> pdfium.PdfDocument:
    if b"%PDF-" not in data[:1024]:
        raise ReadError(gettext_noop("không phải tệp PDF: thiếu phần đầu %PDF"))
    try:
        document = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as exc:
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD:
            raise ReadError(gettext_noop("PDF được mã hóa: cần mật khẩu để mở")) from None
        if getattr(exc, "err_code", None) == pdfium_c.FPDF_ERR_SECURITY:
            raise ReadError(gettext_noop("PDF được mã hóa theo cách không mở được ở đây")) from None
        raise ReadError(gettext_noop("PDF bị hỏng hoặc bị cắt cụt: %(error)s"), error=exc) from None
    if len(document) == 0:
        raise ReadError(gettext_noop("PDF bị hỏng hoặc bị cắt cụt: không có trang nào"))
    if len(document) > MAX_PAGES:
        raise ReadError(
            gettext_noop("PDF có %(pages)s trang, vượt giới hạn %(limit)s trang"),
            pages=len(document),
            limit=MAX_PAGES,
        )
    return document


def _lines(textpage: pdfium.PdfTextPage) -> list[Line]:
    """The page's lines as PDFium breaks them, with the boxes of their first and last glyphs."""
    count = textpage.count_chars()
    text = textpage.get_text_range(0, count) if count else ""
    lines: list[Line] = []
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        chunk = text[start:end].rstrip("\r")
        first = start + len(chunk) - len(chunk.lstrip())
        last = start + len(chunk.rstrip()) - 1
        if last >= first:
            left, bottom, _, top = textpage.get_charbox(first)
            space = chunk.find(" ", first - start)
            word_end = start + space - 1 if space > 0 else last
            first_word_right = textpage.get_charbox(word_end)[2]
            right = textpage.get_charbox(last)[2]
            lines.append(Line(chunk.strip(), left, right, bottom, top, first_word_right))
        start = end + 1
    return lines


def _is_blank(page: pdfium.PdfPage) -> bool:
    bitmap = page.render(scale=_BLANK_RENDER_DPI / 72, grayscale=True)
    width, height, stride = bitmap.width, bitmap.height, bitmap.stride
    raw = bytes(bitmap.buffer)
    pixels = (
        raw
        if stride == width
        else b"".join(raw[row * stride : row * stride + width] for row in range(height))
    )
    dark = sum(pixels.count(value) for value in range(_DARK_BELOW))
    return dark <= width * height * _BLANK_DARK_SHARE


def _metadata(document: pdfium.PdfDocument) -> tuple[str | None, str | None]:
    """Title and creation date from the document information dictionary, when usable."""
    try:
        info = document.get_metadata_dict(skip_empty=True)
    except pdfium.PdfiumError:
        return None, None
    title = (info.get("Title") or "").strip() or None
    digits = (info.get("CreationDate") or "").removeprefix("D:")[:8]
    date = normalize_date(f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}") if digits.isdigit() else None
    return (None if title and _is_file_name(title) else title), date


_FILE_NAME = re.compile(r"(?i)^microsoft word\b|\.(docx?|odt|rtf|html?|pdf|txt)$|^\S+\.\w{2,4}$")


def _is_file_name(title: str) -> bool:
    """Authoring tools fill Title with file names ("Microsoft Word - qd123.doc", a browser's
    "page.html"): not a headline."""
    return bool(_FILE_NAME.search(title.strip()))


def _scanned_pages(document: pdfium.PdfDocument, numbers: list[int]) -> bytes:
    """A new PDF of just the pages to OCR."""
    scans = pdfium.PdfDocument.new()
    scans.import_pages(document, numbers)
    out = io.BytesIO()
    scans.save(out)
    scans.close()
    return out.getvalue()


def read_pdf(data: bytes) -> ReadResult:
    document = _open(data)
    try:
        return _read(document)
    finally:
        document.close()


def _read(document: pdfium.PdfDocument) -> ReadResult:
    laid_out: dict[int, list[Placed]] = {}
    to_ocr: list[int] = []
    blank = 0
    for number in range(len(document)):
        page = document[number]
        lines = _lines(page.get_textpage())
        if lines:
            laid_out[number] = page_flow(lines, page.get_width())
        elif _is_blank(page):
            blank += 1
        else:
            to_ocr.append(number)
    total = len(document)
    if not laid_out and not to_ocr:
        raise ReadError(gettext_noop("PDF gồm %(pages)s trang trắng, không có chữ"), pages=total)
    if len(to_ocr) > MAX_OCR_PAGES:
        raise ReadError(
            gettext_noop(
                "bản quét có %(pages)s trang cần nhận dạng chữ (OCR), vượt giới hạn %(limit)s trang "
                "một tệp; hãy tách thành các tệp nhỏ hơn"
            ),
            pages=len(to_ocr),
            limit=MAX_OCR_PAGES,
        )
    warnings = [f"{blank} of {total} page(s) are blank"] if blank else []
    recognised: dict[int, str] = {}
    confidence = None
    if to_ocr:
        scanned = ocr.ocr(_scanned_pages(document, to_ocr), ".pdf", len(to_ocr))
        recognised = dict(zip(to_ocr, scanned.pages, strict=False))
        confidence = scanned.confidence
        warnings.append(f"{len(to_ocr)} of {total} page(s) read by OCR (confidence {confidence})")
    text = "\n\n".join(block for block in _in_page_order(laid_out, recognised) if block)
    if not text.strip():
        raise ReadError(gettext_noop("không nhận dạng được chữ nào trong PDF (%(pages)s trang)"), pages=total)
    title, date = _metadata(document)
    return ReadResult(
        text=text,
        title=title,
        file_date=date,
        warnings=warnings,
        text_source=OCR if to_ocr else TEXT_LAYER,
        ocr_confidence=confidence,
        ocr_pages=len(to_ocr),
    )


def _in_page_order(laid_out: dict[int, list[Placed]], recognised: dict[int, str]) -> list[str]:
    """Paragraphs page by page: the lines of consecutive text-layer pages are re-flowed together
    (a paragraph may run on to the next page); an OCRed page between them ends the run."""
    blocks: list[str] = []
    run: list[Placed] = []
    for number in sorted({*laid_out, *recognised}):
        if number in recognised:
            blocks += paragraphs(run) + ocr_paragraphs(recognised[number])
            run = []
        else:
            run += laid_out[number]
    return blocks + paragraphs(run)


def ocr_paragraphs(text: str) -> list[str]:
    """tesseract's lines joined into paragraphs: its blank lines separate blocks, and within a
    block a line ending a sentence well short of the longest line ends a paragraph."""
    out: list[str] = []
    for block in text.split("\n\n"):
        lines = [" ".join(line.split()) for line in block.splitlines() if line.strip()]
        if not lines:
            continue
        longest = max(len(line) for line in lines)
        current = ""
        for line in lines:
            current = join_lines(current, line) if current else line
            if line.endswith((".", ":", ";", "!", "?")) and len(line) < 0.8 * longest:
                out.append(current)
                current = ""
        if current:
            out.append(current)
    return out
