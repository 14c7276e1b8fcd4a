"""The run lifecycle: counters, failures with their reasons, finishing and interrupting."""

from __future__ import annotations

import pytest
from django.utils import translation

from documents.ingest import reasons, run
from documents.ingest.outcomes import FAILED, INGESTED, UNCHANGED, Outcome
from documents.ingest.reasons import Reason
from documents.models import IngestFailure, IngestRun

pytestmark = pytest.mark.django_db


def test_run_counters_reach_the_database_at_most_once_a_second_failures_and_the_end_at_once(monkeypatch):
    clock = [1000.0]
    monkeypatch.setattr(run.time, "monotonic", lambda: clock[0])
    started = run.start_run("command", ["folder"])

    def stored() -> tuple[int, int, int]:
        saved = IngestRun.objects.get(pk=started.pk)
        return saved.ingested, saved.unchanged, saved.failed

    run.record_outcome(started, Outcome(INGESTED, "a.txt", 1))
    assert stored() == (1, 0, 0)  # the first outcome is saved
    clock[0] += 0.5
    run.record_outcome(started, Outcome(UNCHANGED, "b.txt", 1))
    assert stored() == (1, 0, 0)  # half a second later: not yet
    run.record_outcome(started, Outcome.failed("c.txt", Reason(reasons.EMPTY)))
    assert stored() == (1, 1, 1)  # a failure at once, with the counts so far
    clock[0] += 0.9
    run.record_outcome(started, Outcome(INGESTED, "d.txt", 2))
    assert stored() == (1, 1, 1)
    clock[0] += 0.2
    run.record_outcome(started, Outcome(INGESTED, "e.txt", 3))
    assert stored() == (3, 1, 1)  # over a second since the last save
    run.record_outcome(started, Outcome(UNCHANGED, "f.txt", 3))
    run.finish_run(started)
    assert stored() == (3, 2, 1)
    assert IngestRun.objects.get(pk=started.pk).status == IngestRun.Status.DONE


def test_a_failure_reason_is_shown_in_the_language_of_its_reader():
    started = run.start_run("command", ["lon.txt"])
    too_large = Reason(reasons.TOO_LARGE, {"size": "60.0", "limit": "50"})
    run.record_outcome(started, Outcome.failed("lon.txt", too_large))
    failure = IngestFailure.objects.get()
    with translation.override("vi"):
        assert failure.message == "tệp nặng 60.0 MB, vượt giới hạn 50 MB (PORTAL_MAX_UPLOAD_MB)"
    with translation.override("en"):
        assert failure.message == "the file is 60.0 MB, over the limit of 50 MB (PORTAL_MAX_UPLOAD_MB)"


def test_shared_runs_count_in_the_database_and_finish_once():
    started = run.start_run("upload", ["a.txt", "b.txt"])
    stale = IngestRun.objects.get(pk=started.pk)  # as a second worker read it
    run.record_shared_outcome(started, Outcome(INGESTED, "a.txt", None))
    run.record_shared_outcome(stale, Outcome.failed("b.txt", Reason(reasons.EMPTY)))
    saved = IngestRun.objects.get(pk=started.pk)
    assert (saved.ingested, saved.failed) == (1, 1)  # neither increment lost
    assert run.finish_shared_run(started) is True
    assert run.finish_shared_run(stale) is False  # already finished by the other
    assert IngestRun.objects.get(pk=started.pk).status == IngestRun.Status.DONE


def test_an_interrupt_marks_the_run_and_goes_on_up():
    started = run.start_run("command", ["folder"])
    with pytest.raises(KeyboardInterrupt), run.running(started):
        run.record_outcome(started, Outcome(INGESTED, "a.txt", None))
        raise KeyboardInterrupt
    saved = IngestRun.objects.get(pk=started.pk)
    assert saved.status == IngestRun.Status.INTERRUPTED and saved.finished_at is not None
    assert saved.ingested == 1  # what was counted before the interrupt is kept


def test_ingest_file_outside_a_run_returns_the_failure(tmp_path):
    empty = tmp_path / "rong.txt"
    empty.write_bytes(b"")
    outcome = run.ingest_file(empty, display_name="Rỗng.txt")
    assert outcome.status == FAILED and outcome.path == "Rỗng.txt"
    assert outcome.reason == Reason(reasons.EMPTY)
    assert not IngestRun.objects.exists()
