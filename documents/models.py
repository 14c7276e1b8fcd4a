"""The portal's data: documents, the provinces they belong to, the officials they name, the
numbers they cite, and the record of every ingest run and uploaded file."""

from __future__ import annotations

import datetime

from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from .display import display_title, is_file_name, role_labels
from .labels import DOC_TYPE_LABELS, LEVEL_LABELS, MEETING_TYPE_LABELS
from .metadata.roles import normalise_titles
from .metadata.schema import DOC_TYPES, LEVELS, MEETING_TYPES


def _choices(codes: tuple[str, ...], labels: dict[str, str]) -> list[tuple[str, str]]:
    return [(code, labels.get(code, code)) for code in codes]


class Province(models.Model):
    """A province or centrally-run city, of the 63 before the 2025 reorganisation or the 34 since.

    A unit that kept its name (Cao Bằng) is one row in both sets; a merged one points to its
    successor.
    """

    name = models.CharField(_("tên"), max_length=100, unique=True)
    slug = models.SlugField(max_length=100, unique=True)
    kind = models.CharField(
        _("loại đơn vị"), max_length=20, choices=[("province", _("tỉnh")), ("city", _("thành phố"))]
    )
    before_2025 = models.BooleanField(_("thuộc 63 tỉnh, thành trước 2025"), default=False)
    since_2025 = models.BooleanField(_("thuộc 34 tỉnh, thành từ 2025"), default=False)
    successor = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="predecessors",
        verbose_name=_("hợp nhất vào"),
        help_text=_("Đơn vị mà nó thuộc về từ khi sắp xếp lại năm 2025."),
    )
    successor_since = models.DateField(_("hợp nhất từ ngày"), null=True, blank=True)
    aliases = models.JSONField(_("tên khác"), default=list, blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name = _("tỉnh, thành phố")
        verbose_name_plural = _("tỉnh, thành phố")

    def __str__(self) -> str:
        return self.name

    @property
    def current(self) -> Province:
        return self.successor or self

    @property
    def full_name(self) -> str:
        """ "Tỉnh Thanh Hóa", "Thành phố Hà Nội"; a name that already says what it is ("Thành phố
        Hồ Chí Minh") is not prefixed a second time."""
        if self.name.startswith(("Thành phố ", "Tỉnh ")):
            return self.name
        if self.kind == "city":
            return gettext("Thành phố %(name)s") % {"name": self.name}
        return gettext("Tỉnh %(name)s") % {"name": self.name}


class Official(models.Model):
    """A person named in documents. ``key`` makes spelling variants of one name one person."""

    name = models.CharField(_("tên"), max_length=200)
    key = models.CharField(
        _("khóa"), max_length=200, unique=True, help_text=_("Tên đã chuẩn hóa: mỗi người một khóa.")
    )
    slug = models.SlugField(max_length=220, unique=True)
    # Set when staff merged or split this person in the admin: a new mention then joins the row
    # that served where it places the person, not the first row it does not contradict
    # (documents/ingest/identity.py).
    checked = models.BooleanField(
        _("đã được người kiểm tra"),
        default=False,
        help_text=_("Biên tập viên đã gộp hoặc tách người này: lần nhập sau giữ nguyên quyết định."),
    )

    class Meta:
        ordering = ["name"]
        verbose_name = _("cán bộ")
        verbose_name_plural = _("cán bộ")

    def __str__(self) -> str:
        return self.name


def date_display(date: datetime.date | None, precision: str) -> str:
    """``date`` to the precision known: "04/04/2023", "04/2023" or "2023" ("" for none)."""
    if not date:
        return ""
    if precision == Document.DatePrecision.YEAR:
        return f"{date.year}"
    if precision == Document.DatePrecision.MONTH:
        return f"{date.month:02d}/{date.year}"
    return f"{date.day:02d}/{date.month:02d}/{date.year}"


def date_iso(date: datetime.date | None, precision: str) -> str | None:
    """``date`` as the metadata schema writes it: "2023-04-04", "2023-04" or "2023"."""
    if not date:
        return None
    if precision == Document.DatePrecision.YEAR:
        return f"{date.year:04d}"
    if precision == Document.DatePrecision.MONTH:
        return f"{date.year:04d}-{date.month:02d}"
    return date.isoformat()


def published(through: str = "") -> Q:
    """The rule that makes a document public (published, not held for review) as a filter: on
    documents themselves, or with ``through`` on a model that reaches them by that path
    ("appearances__document", "documents"), for the counts and joins a manager cannot filter."""
    return Q(**{f"{through}__published_at__isnull" if through else "published_at__isnull": False})


class PublishedDocuments(models.Manager):
    """Documents the public may see: every query that does not ask for held ones by name (pages,
    the search index, feeds, exports, research counts, the API) sees these alone."""

    def get_queryset(self):
        return super().get_queryset().filter(published())


class Document(models.Model):
    """One ingested document. An upload is held for staff review (``published_at`` empty) until
    published, unless PORTAL_UPLOADS_REQUIRE_REVIEW is off; a held document is visible to staff
    only and absent from the search index."""

    class DatePrecision(models.TextChoices):
        DAY = "day", _("đủ ngày")
        MONTH = "month", _("chỉ rõ tháng")
        YEAR = "year", _("chỉ rõ năm")

    title = models.CharField(_("tiêu đề"), max_length=500, blank=True)
    doc_type = models.CharField(
        _("loại văn bản"), max_length=30, choices=_choices(DOC_TYPES, DOC_TYPE_LABELS), null=True, blank=True
    )
    number = models.CharField(_("số ký hiệu"), max_length=60, null=True, blank=True, db_index=True)
    # A partial date ("2023-04") is stored as its first day with its precision, so it sorts and
    # filters by range while the page still shows only what is known.
    date = models.DateField(_("ngày"), null=True, blank=True, db_index=True)
    date_precision = models.CharField(
        _("độ chính xác của ngày"), max_length=5, choices=DatePrecision.choices, null=True, blank=True
    )
    province = models.ForeignKey(
        Province,
        null=True,
        blank=True,
        on_delete=models.PROTECT,
        related_name="documents",
        verbose_name=_("tỉnh, thành phố"),
    )
    level = models.CharField(
        _("cấp"), max_length=20, choices=_choices(LEVELS, LEVEL_LABELS), null=True, blank=True
    )
    meeting_type = models.CharField(
        _("loại hội nghị"),
        max_length=30,
        choices=_choices(MEETING_TYPES, MEETING_TYPE_LABELS),
        null=True,
        blank=True,
    )
    term = models.CharField(_("khóa"), max_length=20, null=True, blank=True)
    session_no = models.CharField(_("hội nghị lần thứ"), max_length=20, null=True, blank=True)
    period = models.CharField(_("kỳ"), max_length=100, null=True, blank=True)
    chair = models.ForeignKey(
        Official,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="chaired",
        verbose_name=_("chủ trì"),
    )
    signer = models.ForeignKey(
        Official,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="signed",
        verbose_name=_("người ký"),
    )
    raw_text = models.TextField(_("văn bản gốc"), help_text=_("Văn bản đúng như bộ đọc trả về."))
    text = models.TextField(
        _("nội dung"), help_text=_("Văn bản đã chuẩn hóa: NFC, dấu thanh đặt chuẩn, khoảng trắng gọn.")
    )
    segmented = models.TextField(
        _("văn bản đã tách từ"),
        blank=True,
        help_text=_("Từ theo underthesea, từ ghép nối bằng '_'; tính một lần khi nạp."),
    )
    content_hash = models.CharField(
        _("mã băm nội dung"), max_length=64, unique=True, help_text=_("SHA-256 của tệp gốc.")
    )
    original_name = models.CharField(_("tên tệp"), max_length=255)
    source = models.CharField(
        _("nguồn"),
        max_length=1000,
        db_index=True,
        help_text=_("Đường dẫn nơi tệp được nạp, hoặc địa chỉ URL của nó."),
    )
    source_url = models.URLField(_("địa chỉ nguồn"), max_length=1000, null=True, blank=True)
    original_file = models.FileField(_("tệp gốc"), upload_to="originals/", max_length=300, blank=True)
    metadata_evidence = models.JSONField(_("căn cứ trích xuất"), default=dict, blank=True)
    # field -> how far extraction trusts it (documents.metadata.confidence), and the doubtful
    # fields no person has checked yet: the admin's review list shows documents that have some.
    metadata_confidence = models.JSONField(_("độ tin cậy của trích xuất"), default=dict, blank=True)
    review_fields = models.JSONField(_("trường cần xem lại"), default=list, blank=True)
    # Where the text came from (documents.readers.base): the file's own text, OCR of a scan, or
    # a legacy TCVN3/VNI font converted; the page says so for the last two.
    text_source = models.CharField(
        _("nguồn chữ"),
        max_length=20,
        choices=[
            ("text_layer", _("văn bản trong tệp")),
            ("ocr", _("nhận dạng chữ từ bản quét (OCR)")),
            ("legacy_converted", _("chuyển từ phông chữ cũ (TCVN3/VNI)")),
        ],
        default="text_layer",
    )
    ocr_confidence = models.FloatField(
        _("độ tin cậy OCR"),
        null=True,
        blank=True,
        help_text=_("Độ tin cậy trung bình các từ của tesseract, 0-100."),
    )
    # Fields a person corrected in the admin; re-ingesting the file keeps them.
    edited_fields = models.JSONField(_("trường đã sửa tay"), default=list, blank=True)

    # Empty while the document waits for staff review (documents/publication.py).
    published_at = models.DateTimeField(
        _("công bố lúc"),
        null=True,
        blank=True,
        default=timezone.now,
        db_index=True,
        help_text=_("Để trống: văn bản chờ cán bộ xem lại, công chúng chưa thấy."),
    )

    created_at = models.DateTimeField(_("nạp lúc"), auto_now_add=True)
    updated_at = models.DateTimeField(_("cập nhật lúc"), auto_now=True)

    # The first manager filters (the fail-safe for public code); the admin, ingest and
    # validation use the default one, which sees held documents too.
    objects = PublishedDocuments()
    with_held = models.Manager()  # noqa: DJ012 (a manager, which ruff takes for a field)

    class Meta:
        default_manager_name = "with_held"
        ordering = ["-date", "-id"]
        verbose_name = _("văn bản")
        verbose_name_plural = _("văn bản")
        indexes = [models.Index(fields=["province", "date"]), models.Index(fields=["meeting_type"])]

    def __str__(self) -> str:
        return self.display_title

    def get_absolute_url(self) -> str:
        return reverse("documents:detail", args=[self.pk])

    @property
    def display_title(self) -> str:
        """What every page, feed, export and citation calls the document (documents.display)."""
        if self.title and not is_file_name(self.title, self.original_name):
            return " ".join(self.title.split())
        # Only now is the text read: lists that defer it pay for it on untitled documents alone.
        return display_title(self.title, self.text, self.original_name)

    @property
    def title_extracted(self) -> str | None:
        """The title extraction found; None when it found none (older rows hold the file name)."""
        title = " ".join((self.title or "").split())
        return title if title and not is_file_name(title, self.original_name) else None

    @property
    def is_published(self) -> bool:
        return self.published_at is not None

    @property
    def source_link(self) -> str | None:
        """source_url when it is safe to link (http or https); ``manage.py ingest --source-url``
        takes any text, and a "javascript:" address must not become a link."""
        url = (self.source_url or "").strip()
        return url if url.lower().startswith(("http://", "https://")) else None

    def metadata_names(self) -> list[str]:
        """Names the metadata knows but the text may not say (the number, the province named only
        in the URL, the officials), searched with the text: the index holds them, and what says
        which query words a result lacks reads them too. Not the province's 2025 successor: the
        document never says it, so a search for it, or one excluding it, would judge the document
        by a word it does not hold (the successor is a facet: province_current)."""
        names = [self.number or ""]
        if self.province_id:
            names.append(self.province.name)
        names += [appearance.official.name for appearance in self.appearances.all()]
        return list(dict.fromkeys(name for name in names if name))

    @property
    def province_current(self) -> Province | None:
        return self.province.current if self.province_id else None

    @property
    def date_display(self) -> str:
        """The date to the precision known: "04/04/2023", "04/2023" or "2023"."""
        return date_display(self.date, self.date_precision)

    @property
    def date_iso(self) -> str | None:
        """The date as the metadata schema writes it: "2023-04-04", "2023-04" or "2023"."""
        return date_iso(self.date, self.date_precision)


class Appearance(models.Model):
    """An official named in a document, with the titles written there and the roles played."""

    official = models.ForeignKey(
        Official, on_delete=models.CASCADE, related_name="appearances", verbose_name=_("cán bộ")
    )
    document = models.ForeignKey(
        Document,
        on_delete=models.CASCADE,
        related_name="appearances",
        verbose_name=pgettext_lazy("một", "văn bản"),
    )
    titles = models.JSONField(_("chức danh (như văn bản ghi)"), default=list, blank=True)
    roles = models.JSONField(_("vai trò"), default=list, blank=True)
    position = models.PositiveIntegerField(
        _("thứ tự"), default=0, help_text=_("Thứ tự lần nêu tên đầu tiên.")
    )

    class Meta:
        ordering = ["document", "position"]
        verbose_name = _("lần được nêu tên")
        verbose_name_plural = _("cán bộ được nêu tên")
        constraints = [
            models.UniqueConstraint(fields=["official", "document"], name="one_appearance_per_document")
        ]

    def __str__(self) -> str:
        return f"{self.official} in {self.document_id}"

    @property
    def role_labels(self) -> list[str]:
        """The roles in the interface's language ("chủ trì" reads "chaired" in English)."""
        return role_labels(self.roles)

    @property
    def positions(self) -> list[str]:
        """The offices the titles as written hold, named one way ("UVBTV, Trưởng Ban Tổ chức
        Tỉnh uỷ" -> "Ủy viên Ban Thường vụ Tỉnh ủy", "Trưởng ban Tổ chức Tỉnh ủy"). Read from the
        titles each time, so a title staff correct in the admin corrects them too."""
        return normalise_titles(self.titles or [])


class Citation(models.Model):
    """A number a document cites ("18-NQ/TW": a resolution, kind NQ, of the Central Committee,
    issuer TW). Which portal document bears that number is a lookup by Document.number."""

    document = models.ForeignKey(
        Document,
        on_delete=models.CASCADE,
        related_name="citations",
        verbose_name=pgettext_lazy("một", "văn bản"),
    )
    number = models.CharField(_("số được dẫn"), max_length=60, db_index=True)
    kind = models.CharField(_("loại"), max_length=10, blank=True, db_index=True)
    issuer = models.CharField(_("cơ quan ban hành"), max_length=20, blank=True, db_index=True)
    position = models.PositiveIntegerField(_("thứ tự"), default=0, help_text=_("Thứ tự trong văn bản."))

    class Meta:
        ordering = ["document", "position"]
        verbose_name = _("số hiệu được dẫn")
        verbose_name_plural = pgettext_lazy("nhiều", "số hiệu được dẫn")
        constraints = [models.UniqueConstraint(fields=["document", "number"], name="one_citation_per_number")]

    def __str__(self) -> str:
        return self.number


def translated_reason(message: str, params: dict | None) -> str:
    """A stored reason (a Vietnamese message id and its values) in the active language."""
    from django.utils.translation import gettext

    text = gettext(message) if message else ""
    return text % params if params else text


class IngestRun(models.Model):
    class Status(models.TextChoices):
        RUNNING = "running", _("đang chạy")
        DONE = "done", _("xong")
        INTERRUPTED = "interrupted", _("bị ngắt")

    started_at = models.DateTimeField(auto_now_add=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.RUNNING)
    origin = models.CharField(
        _("nguồn gốc"),
        max_length=20,
        default="command",
        help_text=_("nguồn: command, upload hoặc background"),
    )
    arguments = models.JSONField(default=list, blank=True)
    ingested = models.PositiveIntegerField(default=0)
    updated = models.PositiveIntegerField(default=0)
    unchanged = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    # The process running a command's run (ingest.recovery.worker_identity): a run whose
    # process is gone is marked interrupted instead of staying "running" for ever. Empty for
    # an upload, whose files are claimed one by one.
    claimed_by = models.CharField(max_length=200, blank=True)
    # When ingest.run.record_outcome last saved the counters (time.monotonic()); it saves them at
    # most once a second while a run goes on. Not a database field.
    counters_saved_at: float = 0.0

    class Meta:
        ordering = ["-started_at"]

    def __str__(self) -> str:
        return f"Ingest {self.pk} ({self.status})"

    @property
    def summary(self) -> str:
        return (
            f"ingested {self.ingested}, updated {self.updated}, "
            f"unchanged {self.unchanged}, failed {self.failed}"
        )

    @property
    def settled(self) -> int:
        return self.ingested + self.updated + self.unchanged + self.failed


class IngestFailure(models.Model):
    run = models.ForeignKey(IngestRun, on_delete=models.CASCADE, related_name="failures")
    path = models.CharField(max_length=1000)
    # A Vietnamese message id with %(name)s placeholders filled from reason_params, so the
    # reason is shown in the language of whoever reads it (see documents.ingest.reasons).
    reason = models.TextField()
    reason_params = models.JSONField(default=dict, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["run", "id"]

    def __str__(self) -> str:
        return f"{self.path}: {self.message}"

    @property
    def message(self) -> str:
        return translated_reason(self.reason, self.reason_params)


class IngestFile(models.Model):
    """One file of an upload, from the moment it arrives to its outcome: the upload's status
    page follows these rows while background jobs work through them."""

    class Stage(models.TextChoices):
        QUEUED = "queued", _("đang chờ")
        READING = "reading", _("đang đọc")
        OCR = "ocr", _("đang nhận dạng chữ (OCR)")
        STORING = "storing", _("đang lưu và lập chỉ mục")
        INDEXED = "indexed", _("đã lập chỉ mục")
        FAILED = "failed", _("lỗi")

    run = models.ForeignKey(IngestRun, on_delete=models.CASCADE, related_name="files")
    position = models.PositiveIntegerField(default=0)
    name = models.CharField(_("tên tệp"), max_length=255)
    # Where the uploaded bytes wait for their job, under the data dir; emptied once settled.
    spool = models.CharField(max_length=500, blank=True)
    stage = models.CharField(max_length=10, choices=Stage.choices, default=Stage.QUEUED)
    status = models.CharField(
        max_length=10, blank=True, help_text=_("kết quả: ingested, updated, unchanged hoặc failed")
    )
    document = models.ForeignKey(Document, null=True, blank=True, on_delete=models.SET_NULL, related_name="+")
    reason = models.TextField(blank=True)
    reason_params = models.JSONField(default=dict, blank=True)
    # The job process working on the file (ingest.recovery.worker_identity), when it last said
    # so, and how many times a job took it: recovery requeues the file of a process that died,
    # once, and fails it with the reason the second time (the file itself may be what kills).
    claimed_by = models.CharField(max_length=200, blank=True)
    heartbeat = models.DateTimeField(null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(default=0)
    # Pages read by optical character recognition (a scan, or a PDF's pages without text).
    ocr_pages = models.PositiveIntegerField(default=0)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["run", "position"]

    def __str__(self) -> str:
        return self.name

    @property
    def settled(self) -> bool:
        return self.stage in (self.Stage.INDEXED, self.Stage.FAILED)

    @property
    def message(self) -> str:
        return translated_reason(self.reason, self.reason_params)


class RateCounter(models.Model):
    """Requests one client sent to one rate-limited path in one window (portal/ratelimit.py).

    A row a window, counted by one atomic upsert, so every server process shares the count
    exactly; rows are deleted once their window is over, never to make room.
    """

    key = models.CharField(max_length=255, unique=True)
    count = models.PositiveIntegerField(default=0)
    # Unix time at which the window ends and the row may go.
    expires = models.BigIntegerField(db_index=True)

    def __str__(self) -> str:
        return f"{self.key}: {self.count}"
