"""``manage.py measure_readers [--samples N] [--ocr]``: the readers measured on files made from
the project's own sample texts; prints Markdown tables.

PDF engines: each sample printed by Chromium in each layout (tests/readers/printed.py), read by
pypdf, pdfminer.six, pypdfium2 (raw text) and the portal's PDF reader (pypdfium2 + re-flow);
"match" is the word-sequence similarity to the sample text, "ms/page" the reading time.
.doc tools: the Word 97-2003 fixtures (Unicode, TCVN3, VNI) read by antiword, catdoc and the
portal's reader, each followed by the portal's legacy-font conversion.
--ocr: one page of a sample, rasterised at 200 dpi, rotated and blurred, read by OCR.
"""

from __future__ import annotations

import io
import logging
import shutil
import subprocess
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand

from documents.readers import read_bytes
from documents.readers.legacy import convert_legacy, detect_legacy
from tools.readers.printed import LAYOUTS, print_text, sample_texts, word_match

FIXTURES = Path(settings.BASE_DIR) / "tests" / "readers" / "fixtures"


def _pypdf(data: bytes) -> str:
    from pypdf import PdfReader

    return "\n".join(page.extract_text() or "" for page in PdfReader(io.BytesIO(data)).pages)


def _pdfminer(data: bytes) -> str:
    from pdfminer.high_level import extract_text

    return extract_text(io.BytesIO(data))


def _pdfium_raw(data: bytes) -> str:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    text = "\n".join(document[i].get_textpage().get_text_range() for i in range(len(document)))
    document.close()
    return text


def _portal(extension: str) -> Callable[[bytes], str]:
    return lambda data: read_bytes(data, extension).text


PDF_ENGINES = {
    "pypdf": _pypdf,
    "pdfminer.six": _pdfminer,
    "pypdfium2 (raw)": _pdfium_raw,
    "portal (pypdfium2 + re-flow)": _portal(".pdf"),
}


def _pages(data: bytes) -> int:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(data)
    count = len(document)
    document.close()
    return count


def measure_pdf(count: int, out: Callable[[str], object]) -> None:
    texts = list(sample_texts().items())[:count]
    out("| layout | engine | match (min) | match (mean) | ms/page |\n|---|---|---|---|---|")
    with tempfile.TemporaryDirectory() as work:
        for layout in LAYOUTS:
            printed = [
                (print_text(text, layout, Path(work) / f"{stem}.{layout}.pdf").read_bytes(), text)
                for stem, text in texts
            ]
            pages = sum(_pages(data) for data, _ in printed)
            for name, engine in PDF_ENGINES.items():
                scores, seconds = [], 0.0
                for data, source in printed:
                    start = time.perf_counter()
                    text = engine(data)
                    seconds += time.perf_counter() - start
                    scores.append(word_match(text, source))
                mean = sum(scores) / len(scores)
                out(f"| {layout} | {name} | {min(scores):.3f} | {mean:.3f} | {1000 * seconds / pages:.1f} |")


def _tool(arguments: list[str]) -> Callable[[bytes], str]:
    def run(data: bytes) -> str:
        done = subprocess.run(arguments, input=data, capture_output=True, check=False)  # noqa: S603
        text = done.stdout.decode("utf-8", errors="replace")
        encoding = detect_legacy(text)
        return convert_legacy(text, encoding) if encoding else text

    return run


def measure_doc(out: Callable[[str], object]) -> None:
    source = next(iter(sample_texts().values()))
    tools = {"portal (piece table)": _portal(".doc")}
    if shutil.which("antiword"):
        tools["antiword 0.37"] = _tool(["antiword", "-m", "UTF-8.txt", "-w", "0", "-"])
    if shutil.which("catdoc"):
        tools["catdoc 0.95"] = _tool(["catdoc", "-w", "-d", "utf-8"])
    out("\n| .doc fixture | tool | match | ms |\n|---|---|---|---|")
    for fixture in ("unicode.doc", "tcvn3.doc", "vni.doc"):
        data = (FIXTURES / fixture).read_bytes()
        for name, tool in tools.items():
            start = time.perf_counter()
            text = tool(data)
            elapsed = 1000 * (time.perf_counter() - start)
            out(f"| {fixture} | {name} | {word_match(text, source):.3f} | {elapsed:.0f} |")


def measure_ocr(out: Callable[[str], object]) -> None:
    from tools.readers.scans import scan_of

    text = next(iter(sample_texts().values()))
    with tempfile.TemporaryDirectory() as work:
        pdf = print_text(text, "serif_fallback", Path(work) / "page.pdf")
        image, page_text = scan_of(pdf, Path(work))
        start = time.perf_counter()
        result = read_bytes(image.read_bytes(), ".png")
        elapsed = time.perf_counter() - start
    out(
        f"\nOCR, one 200-dpi page (rotated 1.5°, blurred): match {word_match(result.text, page_text):.3f}, "
        f"confidence {result.ocr_confidence}, {elapsed:.1f} s"
    )


class Command(BaseCommand):
    help = "Measure the PDF engines, the .doc tools and OCR on files made from the sample texts."

    def add_arguments(self, parser) -> None:
        parser.add_argument("--samples", type=int, default=5, help="sample texts printed per layout")
        parser.add_argument("--ocr", action="store_true", help="also OCR one scanned page (slow)")

    def handle(self, *args, **options) -> None:
        for name in ("pdfminer", "pypdf"):
            logging.getLogger(name).setLevel(logging.ERROR)
        out = self.stdout.write
        measure_pdf(options["samples"], out)
        measure_doc(out)
        if options["ocr"]:
            measure_ocr(out)
