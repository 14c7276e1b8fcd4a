"""GET /search/export.csv, .xlsx, .json, and the reference-manager formats .ris, .bib, .csl.json:
the whole filtered result list of the search page's parameters, in its order, streamed in
constant memory."""

from __future__ import annotations

import logging
import tempfile

from django.http import FileResponse, HttpResponse, JsonResponse, StreamingHttpResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from documents.export import bibtex, csl, ris
from documents.export import csv as csv_export
from documents.export import json as json_export
from documents.export import xlsx as xlsx_export
from documents.export.job import ExportJob, TooManyRows, prepare_export
from documents.search import ParamError, SearchParams

logger = logging.getLogger(__name__)

FORMATS = {"csv": csv_export, "xlsx": xlsx_export, "json": json_export}
# Formats of references (one per document) rather than of rows: they read job.references().
CITATION_FORMATS = {"ris": ris, "bib": bibtex, "csl.json": csl}
JSON_FORMATS = ("json", "csl.json")


def _filename(extension: str) -> str:
    return f"van-ban-{timezone.localtime():%Y%m%d-%H%M}.{extension}"


def _error(fmt: str, status: int, message: str, **fields) -> HttpResponse:
    if fmt in JSON_FORMATS:
        return JsonResponse({"error": {"message": message, **fields}}, status=status)
    return HttpResponse(f"{message}\n", status=status, content_type="text/plain; charset=utf-8")


def _attachment(response, job: ExportJob, extension: str):
    # The count is known before the first row: a client can show progress.
    response["X-Result-Count"] = str(job.count)
    response["Content-Disposition"] = f'attachment; filename="{_filename(extension)}"'
    response["X-Content-Type-Options"] = "nosniff"
    return response


def _stream_xlsx(job: ExportJob) -> FileResponse:
    # openpyxl's write-only workbook writes to a file: a temporary one on disk, then streamed
    # out in blocks, keeps memory constant however long the list.
    spool = tempfile.TemporaryFile(suffix=".xlsx")  # noqa: SIM115 - FileResponse closes it
    try:
        xlsx_export.write(job.rows(), job.record, spool)
        spool.seek(0)
    except BaseException:
        spool.close()
        raise
    response = FileResponse(spool, content_type=xlsx_export.CONTENT_TYPE)
    return _attachment(response, job, xlsx_export.EXTENSION)


@require_safe
def export(request, fmt: str):
    renderer = FORMATS.get(fmt) or CITATION_FORMATS.get(fmt)
    if renderer is None:
        return _error("json", 404, f"Unknown export format: {fmt}.")
    try:
        params = SearchParams.from_querydict(request.GET)
    except ParamError as error:
        if fmt in JSON_FORMATS:
            return _error(fmt, 400, error.message, param=error.param)
        return _error(
            fmt,
            400,
            _("Tham số “%(param)s” không hợp lệ: %(message)s")
            % {"param": error.param, "message": error.message},
        )
    try:
        job = prepare_export(request, params)
    except TooManyRows as error:
        return _error(fmt, 400, error.message, count=error.count, limit=error.limit)
    if request.method == "HEAD":
        # Headers only (the count among them): a HEAD must not run the whole export.
        return _attachment(HttpResponse(content_type=renderer.CONTENT_TYPE), job, renderer.EXTENSION)
    logger.info("export of %d rows as %s", job.count, fmt)
    if fmt == "xlsx":
        return _stream_xlsx(job)
    if fmt in CITATION_FORMATS:
        chunks = renderer.stream(job.references())
    elif fmt == "csv":
        chunks = renderer.stream(job.rows())
    else:
        chunks = renderer.stream(job.rows(), job.record)
    response = StreamingHttpResponse(chunks, content_type=renderer.CONTENT_TYPE)
    return _attachment(response, job, renderer.EXTENSION)
