"""Scans made in the test: a printed page rasterised at 200 dpi by Debian's pdftoppm, then
turned a little and blurred with Pillow, as a page comes out of an office scanner."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from PIL import Image, ImageFilter

from tools.readers.printed import print_text, sample_texts

DPI = 200
ROTATION = 1.5  # degrees: a sheet fed slightly askew
BLUR = 0.8


def short_text(words: int = 90) -> str:
    """The first sentences of the first sample, about ``words`` long: one small page."""
    text = " ".join(next(iter(sample_texts().values())).split()[:words])
    return text[: text.rfind(",") + 1] if "," in text else text


def available() -> bool:
    return shutil.which("pdftoppm") is not None


def rasterise(pdf: Path, work: Path) -> Image.Image:
    """The PDF's first page as a skewed, blurred grey image."""
    stem = work / f"{pdf.stem}-raster"
    subprocess.run(  # noqa: S603 - Debian's pdftoppm on a PDF we printed
        [
            shutil.which("pdftoppm") or "/usr/bin/pdftoppm",
            "-r",
            str(DPI),
            "-f",
            "1",
            "-l",
            "1",
            "-singlefile",
            "-gray",
            "-png",
            pdf,
            stem,
        ],
        check=True,
        capture_output=True,
    )
    page = Image.open(f"{stem}.png").convert("L")
    turned = page.rotate(ROTATION, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=255)
    return turned.filter(ImageFilter.GaussianBlur(BLUR))


def scan_of(pdf: Path, work: Path) -> tuple[Path, str]:
    """A PNG scan of the PDF's first page, and that page's text (its text layer)."""
    from documents.readers import read_bytes

    image = rasterise(pdf, work)
    out = work / f"{pdf.stem}.png"
    image.save(out, dpi=(DPI, DPI))
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(pdf)
    first = pdfium.PdfDocument.new()
    first.import_pages(document, [0])
    target = work / f"{pdf.stem}-first.pdf"
    first.save(target)
    return out, read_bytes(target.read_bytes(), ".pdf").text


def scanned_page(text: str, work: Path, name: str = "scan") -> Image.Image:
    """``text`` printed on an A5 page in a serif font with fallback glyphs, then scanned."""
    pdf = print_text(text, "serif_fallback", work / f"{name}.pdf", page="A5")
    return rasterise(pdf, work)
