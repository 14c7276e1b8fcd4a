"""Staff review of uploaded documents before the public sees them: the held documents of an
upload (what extraction found for each is documents.extraction_review's table), the actions
that publish them (one or all, from the report or a document's page), and recovery of dead
workers asked for by a button rather than run by looking at the page (a GET changes nothing)."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_POST

from documents.models import Document, IngestRun
from documents.publication import publish
from documents.tasks import recover_abandoned

from .access import staff_required


def _held(run: IngestRun):
    """This upload's documents that wait for review."""
    uploaded = run.files.exclude(document=None).values("document_id")
    return Document.with_held.filter(pk__in=uploaded, published_at__isnull=True)


def held_documents(run: IngestRun) -> list[Document]:
    """The documents of this upload that wait for review, in file order (the text as read and its
    segmentation left unread: the report, refreshed while the upload runs, never shows them)."""
    held = _held(run).select_related("province", "chair", "signer").defer("raw_text", "segmented")
    by_pk = {document.pk: document for document in held}
    order = run.files.exclude(document=None).order_by("position").values_list("document_id", flat=True)
    return [by_pk.pop(pk) for pk in order if pk in by_pk]


@require_POST
@staff_required
def publish_uploaded(request, run_id: int):
    """Publish the held documents of an upload: those named (``document``), or all (``all``).
    An id that is not a number, or not a held document of this upload, publishes nothing."""
    run = get_object_or_404(IngestRun, pk=run_id)
    held = set(_held(run).values_list("pk", flat=True))
    if request.POST.get("all"):
        chosen = held
    else:
        asked = {value.strip() for value in request.POST.getlist("document")}
        chosen = {int(value) for value in asked if value.isdigit()} & held
    if not chosen:
        messages.error(request, _("Không có văn bản nào đang chờ công bố trong số đã chọn."))
    else:
        count = publish(chosen)
        messages.success(
            request,
            ngettext("Đã công bố %(n)d văn bản.", "Đã công bố %(n)d văn bản.", count) % {"n": count},
        )
    return redirect("documents:upload_report", run_id=run.pk)


@require_POST
@staff_required
def publish_document(request, pk: int):
    """Publish one held document from its own page (the page then has no banner)."""
    document = get_object_or_404(Document.with_held, pk=pk)
    if publish([document.pk]):
        messages.success(request, _("Đã công bố văn bản: công chúng đã tìm thấy và xem được nó."))
    else:
        messages.info(request, _("Văn bản này đã được công bố từ trước."))
    return redirect(document)


@require_POST
@staff_required
def recover_upload(request, run_id: int):
    """Requeue or settle the files of this upload whose worker died (documents.ingest.recovery)."""
    run = get_object_or_404(IngestRun, pk=run_id)
    done = recover_abandoned(run.pk) if run.status == IngestRun.Status.RUNNING else []
    if done:
        message = _("Đã tiếp nhận lại việc của tiến trình đã dừng: %(n)d mục.") % {"n": len(done)}
        messages.warning(request, message)
    else:
        messages.info(request, _("Không có tiến trình nào đã dừng."))
    return redirect("documents:upload_report", run_id=run.pk)
