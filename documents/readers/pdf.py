"""PDF files through pypdf's text layer; scans without one are refused (OCR is out of scope)."""

from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import DependencyError, FileNotDecryptedError, PdfReadError, PyPdfError

from .base import ReadError, ReadResult
from .html_hints import normalize_date

# pypdf logs every recoverable oddity of real-world PDFs; the reader reports what matters.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def _open(data: bytes) -> PdfReader:
    if b"%PDF-" not in data[:1024]:
        raise ReadError("not a PDF file: no %PDF header")
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            # Many "protected" PDFs only restrict printing and open with an empty password.
            try:
                opened = reader.decrypt("")
            except (DependencyError, NotImplementedError) as exc:
                raise ReadError(f"encrypted PDF that cannot be decrypted here: {exc}") from None
            if not opened:
                raise ReadError("encrypted PDF: it needs a password to open")
        len(reader.pages)  # forces the page tree to load, so a broken one fails here
    except ReadError:
        raise
    except FileNotDecryptedError:
        raise ReadError("encrypted PDF: it needs a password to open") from None
    except (PdfReadError, PyPdfError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise ReadError(f"corrupt or truncated PDF: {exc or type(exc).__name__}") from None
    return reader


def _metadata(reader: PdfReader) -> tuple[str | None, str | None]:
    """Title and creation date from the document information dictionary, when usable."""
    try:
        info = reader.metadata
        if info is None:
            return None, None
        title = (info.title or "").strip() or None
        raw_date = str(info.get("/CreationDate") or "")
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError):
        return None, None
    date = None
    if raw_date:
        digits = raw_date.removeprefix("D:")[:8]
        date = normalize_date(f"{digits[:4]}-{digits[4:6]}-{digits[6:8]}") if digits.isdigit() else None
    # Authoring tools fill Title with file names ("Microsoft Word - qd123.doc"): not a headline.
    if title and (title.lower().startswith("microsoft word") or title.lower().endswith((".doc", ".docx"))):
        title = None
    return title, date


def read_pdf(data: bytes) -> ReadResult:
    reader = _open(data)
    pages: list[str] = []
    warnings: list[str] = []
    try:
        page_list = list(reader.pages)
    except (PyPdfError, ValueError, KeyError, TypeError, AttributeError) as exc:
        raise ReadError(f"corrupt or truncated PDF: {exc}") from None
    for number, page in enumerate(page_list, start=1):
        try:
            text = page.extract_text() or ""
        except RecursionError:
            raise
        except Exception as exc:  # pypdf raises many types on damaged pages
            warnings.append(f"page {number}: text could not be extracted ({type(exc).__name__})")
            continue
        if text.strip():
            pages.append(text.strip())
    if not pages:
        if warnings:
            raise ReadError(f"corrupt or truncated PDF: no page could be read ({warnings[0]})")
        raise ReadError(
            f"no text layer in this PDF ({len(page_list)} page(s)): probably a scan; OCR it first"
        )
    empty = len(page_list) - len(pages) - len(warnings)
    if empty:
        warnings.append(f"{empty} of {len(page_list)} page(s) have no text layer")
    title, date = _metadata(reader)
    return ReadResult(text="\n\n".join(pages), title=title, date=date, warnings=warnings)
