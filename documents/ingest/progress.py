"""What ``manage.py ingest`` shows while it works: files done out of the total and, while a scan
is recognised in this process, its OCR pages. On a terminal one line redrawn in place (tqdm);
elsewhere (a log file, CI, a pipe) plain lines, one per file and per OCR page, so the log says
what happened without carriage returns."""

from __future__ import annotations

from typing import TextIO

from tqdm import tqdm

from .outcomes import Outcome


class Bar(tqdm):
    # tqdm's monitor thread would be running when the ingest workers are forked, and processes
    # forked from a multi-threaded one segment slower (see documents.ingest.parallel.fork_workers).
    monitor_interval = 0


class TerminalProgress:
    def __init__(self, total: int, stream: TextIO):
        self.bar = Bar(total=total, unit="file", file=stream, desc="ingest", dynamic_ncols=True)

    def file_done(self, outcome: Outcome) -> None:
        self.bar.set_postfix_str("")
        self.bar.update(1)

    def ocr_page(self, done: int, pages: int) -> None:
        self.bar.set_postfix_str(f"OCR {done}/{pages}")

    def say(self, line: str) -> None:
        self.bar.clear()  # not drawn over the bar
        self.bar.write(line, file=self.bar.fp)
        self.bar.refresh()

    def close(self) -> None:
        self.bar.close()


class LineProgress:
    def __init__(self, total: int, stream: TextIO):
        self.total, self.done, self.stream = total, 0, stream

    def file_done(self, outcome: Outcome) -> None:
        self.done += 1
        self.say(f"ingest {self.done}/{self.total}: {outcome.path} ({outcome.status})")

    def ocr_page(self, done: int, pages: int) -> None:
        self.say(f"ingest {self.done + 1}/{self.total}: OCR {done}/{pages}")

    def say(self, line: str) -> None:
        self.stream.write(line + "\n")
        self.stream.flush()

    def close(self) -> None:
        pass


def progress_for(total: int, stream: TextIO, *, terminal: bool) -> TerminalProgress | LineProgress:
    return TerminalProgress(total, stream) if terminal else LineProgress(total, stream)
