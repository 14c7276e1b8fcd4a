"""PDFs as offices make them, built from the project's own sample texts.

Each layout is an HTML page printed to PDF by Debian's Chromium (headless), the way a document
printed from a word processor or a browser comes out: real fonts, justified lines, hyphen-free
wrapping, page breaks. The serif layouts use URW fonts (Nimbus Roman, C059) that lack most
Vietnamese letters with two marks, so Chromium draws those from a fallback font, as Word does
with office fonts; that is what made pypdf split syllables ("nhi ệ m v ụ").

Also scoring: the word-sequence similarity between a stored text and its source.
"""

from __future__ import annotations

import difflib
import html
import re
import shutil
import subprocess
import tempfile
from pathlib import Path

SAMPLES = Path(__file__).resolve().parents[2] / "samples"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"

# name → CSS for the body; each is a way offices lay out a conclusion or a report.
LAYOUTS: dict[str, str] = {
    "sans": "font: 12pt 'DejaVu Sans'; text-align: left;",
    "serif_fallback": "font: 13pt 'Nimbus Roman'; text-align: justify; text-indent: 1cm;",
    "two_columns": "font: 11pt 'C059'; text-align: justify; column-count: 2; column-gap: 1cm;",
    "narrow_serif": "font: 14pt 'Nimbus Roman'; text-align: justify; margin: 0 3cm;",
}


def sample_texts() -> dict[str, str]:
    """The bundled samples by file stem (their own text, never the devset's)."""
    return {path.stem: path.read_text(encoding="utf-8") for path in sorted(SAMPLES.glob("*.txt"))}


def paragraphs(text: str) -> list[str]:
    return [line.strip() for line in text.splitlines() if line.strip()]


def as_html(text: str, layout: str, title: str | None = None, page: str = "A4") -> str:
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paragraphs(text))
    head = f"<title>{html.escape(title)}</title>" if title else ""
    css = f"@page {{ size: {page}; margin: 2cm; }} body {{ {LAYOUTS[layout]} }} p {{ margin: 0 0 0.5em; }}"
    head = f'<meta charset="utf-8">{head}<style>{css}</style>'
    return f'<!doctype html><html lang="vi"><head>{head}</head><body>{body}</body></html>'


def print_html(page: str, out: Path) -> Path:
    """``page`` printed to ``out`` by Chromium; raises when Chromium writes nothing."""
    with tempfile.TemporaryDirectory(prefix="print-") as work:
        source = Path(work) / "page.html"
        source.write_text(page, encoding="utf-8")
        subprocess.run(  # noqa: S603 - Debian's Chromium on a page we wrote
            [
                CHROMIUM,
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--user-data-dir={work}/profile",
                f"--print-to-pdf={out}",
                source.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=120,
        )
    if not out.exists() or out.stat().st_size == 0:
        raise RuntimeError(f"chromium wrote no PDF to {out}")
    return out


def print_text(text: str, layout: str, out: Path, page: str = "A4") -> Path:
    return print_html(as_html(text, layout, page=page), out)


_WORD = re.compile(r"\w+(?:[-/.]\w+)*")


def words(text: str) -> list[str]:
    return _WORD.findall(text.lower())


def word_match(stored: str, source: str) -> float:
    """Similarity of the two texts' word sequences (1.0 = the same words in the same order)."""
    return difflib.SequenceMatcher(None, words(stored), words(source), autojunk=False).ratio()
