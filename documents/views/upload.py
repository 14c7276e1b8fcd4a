"""Staff upload files from the browser: /upload/ (the form) and /upload/<run_id>/ (the status).

The request only receives: each file is spooled and one background job per file is queued
(documents.tasks), so the answer comes at once however many files there are. The status page
follows the files through queued → reading (OCR) → indexed, refreshing itself while any is
still in the queue. A file larger than PORTAL_MAX_FILE_BYTES is cut off while it arrives (an
upload handler of this view only, not a global setting) and fails alone; so does an empty or
unreadable file, in its job.
"""

from __future__ import annotations

import logging

from django import forms
from django.conf import settings
from django.core.files.uploadhandler import SkipFile, TemporaryFileUploadHandler
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from documents.extraction_review import field_rows
from documents.models import Document, IngestFile, IngestRun
from documents.readers import SUPPORTED_EXTENSIONS
from documents.tasks import queue_upload

from .access import staff_required
from .review import held_documents

logger = logging.getLogger(__name__)

MAX_FILES = 50
# How often the status page reloads itself while files are still being worked on.
REFRESH_SECONDS = 2
# A file's steps, for its own progress bar (a failed file has none).
STEPS = {
    IngestFile.Stage.QUEUED: 0,
    IngestFile.Stage.READING: 1,
    IngestFile.Stage.OCR: 2,
    IngestFile.Stage.STORING: 3,
    IngestFile.Stage.INDEXED: 4,
}


class LimitedUploadHandler(TemporaryFileUploadHandler):
    """Writes uploads to disk; a file growing past the limit is dropped and its name remembered."""

    def __init__(self, request=None, limit: int = 0):
        super().__init__(request)
        self.limit = limit
        self.refused: list[str] = []
        self.received = 0

    def new_file(self, *args, **kwargs):
        super().new_file(*args, **kwargs)
        self.received = 0

    def receive_data_chunk(self, raw_data, start):
        self.received += len(raw_data)
        if self.received > self.limit:
            self.refused.append(self.file_name)
            self.file.close()
            raise SkipFile()
        return super().receive_data_chunk(raw_data, start)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    widget = MultipleFileInput

    def __init__(self, *args, **kwargs):
        # An empty file is the pipeline's to refuse, naming it, while the others go on; the
        # form would reject the whole upload for it.
        super().__init__(*args, allow_empty_file=True, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class UploadForm(forms.Form):
    files = MultipleFileField(
        label=gettext_lazy(
            "Tệp văn bản: .pdf (cả bản quét), ảnh quét .png, .jpg, .tif, Word .doc, .docx, "
            ".rtf, .odt, .txt, .html"
        ),
        required=False,
        help_text=gettext_lazy("Chọn một hoặc nhiều tệp."),
    )

    def __init__(self, *args, refused: list[str] | None = None, **kwargs):
        super().__init__(*args, **kwargs)
        self.refused = refused or []

    def clean_files(self):
        files = self.cleaned_data.get("files") or []
        if not files and not self.refused:
            raise forms.ValidationError(_("Hãy chọn ít nhất một tệp."))
        if len(files) + len(self.refused) > MAX_FILES:
            raise forms.ValidationError(_("Mỗi lần tải tối đa %(n)d tệp.") % {"n": MAX_FILES})
        return files


@csrf_exempt  # the upload handler must be set before the CSRF check reads the body
@staff_required
def upload(request):
    if request.method == "POST":
        if _declared_length(request) > MAX_FILES * settings.PORTAL_MAX_FILE_BYTES + 1024 * 1024:
            # Far more than any allowed upload: refused before a byte of it is read.
            message = _("Tải lên quá lớn: mỗi lần tối đa %(n)d tệp.") % {"n": MAX_FILES}
            return _upload_page(request, UploadForm(), status=413, message=message)
        handler = LimitedUploadHandler(request, limit=settings.PORTAL_MAX_FILE_BYTES)
        request.upload_handlers = [handler]
        return _upload_post(request, handler)
    return _upload_page(request, UploadForm())


def _declared_length(request) -> int:
    try:
        return int(request.META.get("CONTENT_LENGTH") or 0)
    except ValueError:
        return 0


def _upload_page(request, form, status=200, message=""):
    context = {
        "form": form,
        "message": message,
        "max_bytes": settings.PORTAL_MAX_FILE_BYTES,
        "max_files": MAX_FILES,
        "accept": ",".join(SUPPORTED_EXTENSIONS),
        "recent": IngestRun.objects.filter(origin="upload")[:10],
        # Held documents of every upload, also those whose report staff closed.
        "held_count": Document.with_held.filter(published_at=None).count(),
    }
    return render(request, "documents/upload.html", context, status=status)


@csrf_protect
def _upload_post(request, handler: LimitedUploadHandler):
    form = UploadForm(request.POST, request.FILES, refused=handler.refused)
    if not form.is_valid():
        return _upload_page(request, form, status=400)
    run = queue_upload(form.cleaned_data["files"], handler.refused)
    logger.info("upload run %s: %d files queued", run.pk, len(form.cleaned_data["files"]))
    return redirect("documents:upload_report", run_id=run.pk)


def _to_review(document: Document | None) -> list[str]:
    """The names of the fields whose extraction is doubtful: staff check them in the admin (with
    their evidence), where a correction survives re-ingestion."""
    if document is None:
        return []
    return [str(Document._meta.get_field(name).verbose_name) for name in document.review_fields or []]


@staff_required
def upload_report(request, run_id: int):
    # A GET changes nothing: dead workers are recovered by the worker (at its start and before
    # each job) or by this page's button (review.recover_upload).
    run = get_object_or_404(IngestRun, pk=run_id)
    files = list(run.files.select_related("document"))
    if files:
        total = len(files)
        settled = sum(1 for f in files if f.settled)
        rows = [
            {
                "name": f.name,
                "stage": f.stage,
                "stage_label": f.get_stage_display(),
                "step": STEPS.get(f.stage),
                "ocr_pages": f.ocr_pages,
                "status": f.status,
                "document": f.document,
                "review": _to_review(f.document),
                "reason": f.message,
            }
            for f in files
        ]
    else:  # a run of the command: what the database kept (counts and failures)
        total = settled = run.settled
        rows = [
            {
                "name": f.path,
                "stage": "failed",
                "stage_label": "",
                "step": None,
                "ocr_pages": 0,
                "status": "failed",
                "document": None,
                "review": [],
                "reason": f.message,
            }
            for f in run.failures.all()
        ]
    context = {
        "run": run,
        "held": [(document, field_rows(document)) for document in held_documents(run)],
        "rows": rows,
        "total": total,
        "settled": settled,
        "steps": len(STEPS) - 1,
        "refresh": REFRESH_SECONDS if run.status == IngestRun.Status.RUNNING else None,
    }
    return render(request, "documents/upload_report.html", context)
