"""Text of scanned pages through OCRmyPDF and tesseract's Vietnamese model (Debian packages
``ocrmypdf`` and ``tesseract-ocr-vie``).

OCRmyPDF straightens the page (--deskew) and runs tesseract; its sidecar file is the text, one
form feed between pages. The confidence is tesseract's mean word confidence, read from the hOCR
files OCRmyPDF keeps (-k) in its working folder, which lives in a temporary folder of ours.
"""

from __future__ import annotations

import logging
import os
import re
import shutil
import statistics
import subprocess
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path

from .base import ReadError, gettext_noop

logger = logging.getLogger(__name__)

OCRMYPDF = "ocrmypdf"
LANGUAGE = "vie"
# Time allowed per page before the file is given up (a page normally takes well under this).
SECONDS_PER_PAGE = 240
_WCONF = re.compile(r"x_wconf (\d+)")
# What OCRmyPDF writes in the sidecar for a page tesseract gave up on (--tesseract-timeout).
_SKIPPED = "[skipped page]"
# tesseract puts a capital inside a lowercase word when it misreads a mark ("cỘt"): a word
# that starts lowercase and has capitals later is lowercased.
_MIXED_CASE = re.compile(r"\b[^\W\d_][^\W\d_]*\b")


@dataclass(frozen=True)
class OcrText:
    pages: list[str]  # one text per page, in order
    confidence: float | None  # mean word confidence 0-100 over all pages


# Told the number of pages when recognition starts: an upload's job shows its file at the OCR
# stage then (a PDF turns out to be a scan only once its pages are looked at); the readers stay
# free of Django and of the job.
_starting: ContextVar[Callable[[int], None] | None] = ContextVar("ocr_starting", default=None)
# Told (pages done, pages) as OCRmyPDF finishes pages: the foreground command's progress line.
_page_done: ContextVar[Callable[[int, int], None] | None] = ContextVar("ocr_page_done", default=None)
# How often a watched OCR looks at how many pages are done.
POLL_SECONDS = 1.0


@contextmanager
def on_start(callback: Callable[[int], None]) -> Iterator[None]:
    """Inside the block, ``callback(pages)`` is called as each OCR of this thread starts."""
    token = _starting.set(callback)
    try:
        yield
    finally:
        _starting.reset(token)


@contextmanager
def on_page(callback: Callable[[int, int], None]) -> Iterator[None]:
    """Inside the block, ``callback(done, pages)`` is called as OCR of this thread finishes pages
    (counted by the per-page hOCR files OCRmyPDF writes in its working folder)."""
    token = _page_done.set(callback)
    try:
        yield
    finally:
        _page_done.reset(token)


def forget_callbacks() -> None:
    """In a forked process: the callbacks set in the parent came with its memory, but what they
    tell (a progress bar, a job's stage) is the parent's to draw, once."""
    _starting.set(None)
    _page_done.set(None)


def _program() -> str | None:
    return shutil.which(OCRMYPDF)


def _fix_case(text: str) -> str:
    def fix(match: re.Match[str]) -> str:
        word = match.group(0)
        if word[0].islower() and any(ch.isupper() for ch in word[1:]):
            return word.lower()
        return word

    return _MIXED_CASE.sub(fix, text)


def _confidence(work: Path) -> float | None:
    values = [
        int(v) for hocr in sorted(work.rglob("*.hocr")) for v in _WCONF.findall(hocr.read_text("utf-8"))
    ]
    return round(statistics.fmean(values), 1) if values else None


def _timed_out(timeout: int) -> ReadError:
    return ReadError(gettext_noop("nhận dạng chữ (OCR) quá %(seconds)s giây nên đã dừng"), seconds=timeout)


def _run(
    arguments: list[str], timeout: int, env: dict[str, str], watch: Callable[[], None] | None = None
) -> subprocess.CompletedProcess[str]:
    """Run OCRmyPDF; ``watch`` is called every POLL_SECONDS while it works."""
    if watch is None:
        try:
            return subprocess.run(  # noqa: S603 - a fixed program with our own arguments
                arguments, capture_output=True, text=True, timeout=timeout, env=env, check=False
            )
        except subprocess.TimeoutExpired:
            raise _timed_out(timeout) from None
    deadline = time.monotonic() + timeout
    process = subprocess.Popen(  # noqa: S603 - a fixed program with our own arguments
        arguments, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env
    )
    while True:
        try:
            out, err = process.communicate(timeout=POLL_SECONDS)
            return subprocess.CompletedProcess(arguments, process.returncode, out, err)
        except subprocess.TimeoutExpired:
            if time.monotonic() > deadline:
                process.kill()
                process.communicate()
                raise _timed_out(timeout) from None
            watch()


def _page_watcher(work: Path, pages: int) -> Callable[[], None] | None:
    """A watch for _run telling the page callback each newly finished page, or None."""
    told = _page_done.get()
    if told is None:
        return None
    seen = 0

    def watch() -> None:
        nonlocal seen
        done = min(sum(1 for _ in work.rglob("*.hocr")), pages)
        if done > seen:
            seen = done
            told(done, pages)

    return watch


def ocr(data: bytes, suffix: str, pages: int) -> OcrText:
    """OCR every page of a PDF (``suffix`` ".pdf") or an image (".png", ".jpg", ".tif"...)."""
    program = _program()
    if program is None:
        raise ReadError(
            gettext_noop("máy chủ chưa cài ocrmypdf nên không nhận dạng được chữ (OCR) trong bản quét")
        )
    with tempfile.TemporaryDirectory(prefix="ocr-") as folder:
        work = Path(folder)
        source, sidecar = work / f"input{suffix}", work / "text.txt"
        source.write_bytes(data)
        (work / "tmp").mkdir()
        env = {**os.environ, "TMPDIR": str(work / "tmp")}
        arguments = [
            program, "-q", "-l", LANGUAGE, "--deskew", "--force-ocr", "--pdf-renderer", "hocr",
            "--tesseract-timeout", str(SECONDS_PER_PAGE),
            "--output-type", "none", "--keep-temporary-files", "--sidecar", str(sidecar),
        ]  # fmt: skip
        timeout = 60 + SECONDS_PER_PAGE * max(pages, 1)
        starting = _starting.get()
        if starting is not None:
            starting(pages)
        watch = _page_watcher(work / "tmp", pages)
        done = _run([*arguments, str(source), "-"], timeout, env, watch)
        if done.returncode != 0 and "--image-dpi" in done.stderr:
            # An image that does not say its resolution: scans are usually 200-300 dpi.
            done = _run([*arguments, "--image-dpi", "300", str(source), "-"], timeout, env, watch)
        if watch is not None and done.returncode == 0:
            watch()  # the last pages, finished since the last look
        if done.returncode != 0 or not sidecar.exists():
            detail = (done.stderr.strip().splitlines() or [f"exit {done.returncode}"])[-1]
            logger.warning("ocrmypdf failed (%s): %s", done.returncode, done.stderr[-2000:])
            raise ReadError(gettext_noop("nhận dạng chữ (OCR) thất bại: %(detail)s"), detail=detail)
        texts = sidecar.read_text("utf-8").split("\f")
        confidence = _confidence(work / "tmp")
    skipped = sum(1 for text in texts if text.strip() == _SKIPPED)
    if skipped:
        # tesseract ran out of time on these pages (a very busy server): saying so, not "no text".
        raise ReadError(
            gettext_noop(
                "nhận dạng chữ (OCR) không xong %(skipped)s trang trong %(seconds)s giây mỗi trang "
                "(máy chủ quá bận?); hãy tải lại sau"
            ),
            skipped=skipped,
            seconds=SECONDS_PER_PAGE,
        )
    return OcrText(pages=[_fix_case(text) for text in texts], confidence=confidence)
