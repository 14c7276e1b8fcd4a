"""Running a management command as a test sees it: exit code, standard output, standard error."""

from __future__ import annotations

import io

from django.core.management import call_command


def run_command(name: str, *args) -> tuple[int, str, str]:
    """(exit code, stdout, stderr) of ``manage.py name args``; a command that exits with
    SystemExit (ingest and check_index do on failure) gives its code instead of raising."""
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command(name, *args, stdout=out, stderr=err)
        code = 0
    except SystemExit as stop:
        code = stop.code
    return code, out.getvalue(), err.getvalue()


def run_ingest(*args) -> tuple[int, str, str]:
    return run_command("ingest", *args)
