"""Ingest workers are forked while the writer has no other thread (they segment ~10% slower
otherwise: see documents.ingest.parallel.fork_workers)."""

from __future__ import annotations

import io
import logging
import multiprocessing
import threading

from documents.ingest.parallel import fork_workers, threads_in_process
from documents.ingest.progress import Bar as Progress


def test_the_progress_bar_starts_no_thread(monkeypatch):
    # As in a fresh process: tqdm starts its monitor only when no bar of the class has one yet.
    monkeypatch.setattr(Progress, "monitor", None)
    before = threads_in_process()
    bar = Progress(total=3, file=io.StringIO())
    bar.update(3)
    assert threads_in_process() == before
    bar.close()


def test_threads_in_process_counts_a_new_thread():
    before = threads_in_process()
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        assert threads_in_process() == before + 1
    finally:
        release.set()
        thread.join()


def test_the_workers_are_forked_before_fork_workers_returns():
    before = len(multiprocessing.active_children())
    with fork_workers(2, {}) as pool:
        assert len(multiprocessing.active_children()) == before + 2
        assert pool.submit(len, "abc").result() == 3


def test_forking_beside_another_thread_is_reported(caplog):
    release = threading.Event()
    thread = threading.Thread(target=release.wait)
    thread.start()
    try:
        with caplog.at_level(logging.INFO, logger="documents"), fork_workers(1, {}):
            pass
    finally:
        release.set()
        thread.join()
    assert any("from a process with" in r.getMessage() and "slower" in r.getMessage() for r in caplog.records)


def _told_of_ocr_pages() -> bool:
    from pathlib import Path

    from documents.readers import ocr

    return ocr._page_watcher(Path("."), 1) is not None


def test_the_workers_do_not_inherit_the_ocr_page_callback():
    from documents.readers import ocr

    # The ingest command sets it for its progress bar whatever the number of workers.
    with ocr.on_page(lambda done, pages: None):
        assert _told_of_ocr_pages()
        with fork_workers(1, {}) as pool:
            assert pool.submit(_told_of_ocr_pages).result() is False
        assert _told_of_ocr_pages()
