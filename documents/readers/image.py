"""Scanned pages sent as images (.png, .jpg, .tif): OCR, refused when no text is found."""

from __future__ import annotations

from . import ocr
from .base import OCR, ReadError, ReadResult, gettext_noop
from .pdf import ocr_paragraphs

_MAGIC = {
    b"\x89PNG\r\n\x1a\n": ".png",
    b"\xff\xd8\xff": ".jpg",
    b"II*\x00": ".tif",
    b"MM\x00*": ".tif",
}
# Fewer words than this, or a lower mean confidence, and the picture holds no readable text
# (a photo, a logo, noise): tesseract still "reads" a few letters in any picture.
MIN_WORDS = 5
MIN_CONFIDENCE = 40.0


def read_image(data: bytes) -> ReadResult:
    suffix = next((suffix for magic, suffix in _MAGIC.items() if data.startswith(magic)), None)
    if suffix is None:
        raise ReadError(gettext_noop("không phải tệp ảnh PNG, JPEG hay TIFF"))
    scanned = ocr.ocr(data, suffix, pages=1)
    text = "\n\n".join(block for page in scanned.pages for block in ocr_paragraphs(page))
    words = len(text.split())
    if words < MIN_WORDS or (scanned.confidence or 0) < MIN_CONFIDENCE:
        raise ReadError(
            gettext_noop(
                "ảnh không chứa chữ đọc được (nhận dạng được %(words)s từ, độ tin cậy %(confidence)s%%)"
            ),
            words=words,
            confidence=round(scanned.confidence or 0),
        )
    return ReadResult(
        text=text,
        text_source=OCR,
        ocr_confidence=scanned.confidence,
        ocr_pages=len([page for page in scanned.pages if page.strip()]),
        warnings=[f"read by OCR (confidence {scanned.confidence})"],
    )
