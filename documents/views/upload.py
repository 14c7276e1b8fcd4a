"""Staff upload files from the browser: /upload/ (the form) and /upload/<run_id>/ (the report).

Each file goes to a temporary folder under its own name (readers are chosen by extension), is
ingested like a file named on the command line, and the folder is removed. A file larger than
PORTAL_MAX_FILE_BYTES is cut off while it arrives (an upload handler of this view only, not a
global setting) and reported as refused; the others go on.
"""

from __future__ import annotations

import logging
import tempfile
from functools import wraps
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.core.files.uploadhandler import SkipFile, TemporaryFileUploadHandler
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import filesizeformat
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.csrf import csrf_exempt, csrf_protect

from documents import services
from documents.ingest.references import References
from documents.models import Document, IngestRun
from documents.search import batched_indexing

logger = logging.getLogger(__name__)

MAX_FILES = 50
SESSION_KEY = "upload_outcomes"


def staff_required(view):
    """Anonymous visitors go to the login page; a logged-in non-staff user gets 403."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if not request.user.is_authenticated:
            return redirect_to_login(request.get_full_path())
        if not request.user.is_staff:
            raise PermissionDenied(_("Chỉ cán bộ quản trị được tải tệp lên."))
        return view(request, *args, **kwargs)

    return wrapper


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

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else [data] if data else []
        return [super(MultipleFileField, self).clean(item, initial) for item in files]


class UploadForm(forms.Form):
    files = MultipleFileField(
        label=gettext_lazy("Tệp văn bản (.txt, .html, .pdf, .docx)"),
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


def _safe_name(name: str) -> str:
    base = Path(name.replace("\\", "/")).name.strip() or "tep"
    return base[:200]


def _ingest(files, refused: list[str]) -> tuple[IngestRun, list[dict]]:
    names = [f.name for f in files] + refused
    run = services.start_run("upload", names)
    outcomes: list[dict] = []
    limit = filesizeformat(settings.PORTAL_MAX_FILE_BYTES)
    for name in refused:
        reason = _("Tệp lớn hơn giới hạn %(limit)s.") % {"limit": limit}
        outcome = services.IngestOutcome(services.FAILED, name, reason=reason)
        services.record_outcome(run, outcome)
        outcomes.append({"name": name, "status": outcome.status, "reason": reason, "document_id": None})
    try:
        known = services.known_officials_by_province()  # once per upload, not per file
        references = References()
        with tempfile.TemporaryDirectory(prefix="portal-upload-") as folder, batched_indexing():
            for index, uploaded in enumerate(files):
                target = Path(folder) / str(index)
                target.mkdir()
                path = target / _safe_name(uploaded.name)
                with path.open("wb") as handle:
                    for chunk in uploaded.chunks():
                        handle.write(chunk)
                outcome = services.ingest_file(
                    path, run=run, display_name=uploaded.name, known_officials=known, references=references
                )
                outcomes.append(
                    {
                        "name": uploaded.name,
                        "status": outcome.status,
                        "reason": outcome.reason,
                        "document_id": outcome.document_id,
                    }
                )
    except BaseException:
        services.finish_run(run, IngestRun.Status.INTERRUPTED)
        raise
    services.finish_run(run)
    logger.info("upload run %s: %s", run.pk, run.summary)
    return run, outcomes


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
        "recent": IngestRun.objects.filter(origin="upload")[:10],
    }
    return render(request, "documents/upload.html", context, status=status)


@csrf_protect
def _upload_post(request, handler: LimitedUploadHandler):
    form = UploadForm(request.POST, request.FILES, refused=handler.refused)
    if not form.is_valid():
        return _upload_page(request, form, status=400)
    run, outcomes = _ingest(form.cleaned_data["files"], handler.refused)
    stored = request.session.get(SESSION_KEY, {})
    stored = dict(list(stored.items())[-9:])  # the last few reports are enough
    stored[str(run.pk)] = outcomes
    request.session[SESSION_KEY] = stored
    return redirect("documents:upload_report", run_id=run.pk)


@staff_required
def upload_report(request, run_id: int):
    run = get_object_or_404(IngestRun, pk=run_id)
    outcomes = request.session.get(SESSION_KEY, {}).get(str(run.pk))
    if outcomes is None:
        # Another browser or an old run: what the database kept (counts and failures).
        outcomes = [
            {"name": f.path, "status": services.FAILED, "reason": f.reason, "document_id": None}
            for f in run.failures.all()
        ]
    documents = Document.objects.in_bulk([o["document_id"] for o in outcomes if o["document_id"]])
    rows = [{**o, "document": documents.get(o["document_id"])} for o in outcomes]
    return render(request, "documents/upload_report.html", {"run": run, "rows": rows})
