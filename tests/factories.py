"""One factory_boy factory per model, and PreparedDocumentFactory for what ingestion's store step takes.

A document is written the way ingestion leaves it: the text as read (``raw_text``), normalized
(``text``) and segmented (``segmented``), its officials as appearances in the order given, its
original file kept. A factory writes its row (with a document's appearances) in one transaction,
and the search index is updated when that transaction ends, in a test's transaction too: see
``as_if_committed``.

Provinces are reference data loaded by migration 0002: ProvinceFactory(name="Thanh Hóa") gives
that row, never a second Thanh Hóa. Officials are one row per person key, as ingestion makes them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import logging
import time
from collections.abc import Iterator
from contextlib import contextmanager

import factory
from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone
from factory.django import DjangoModelFactory

from documents.alerts.models import AnnouncedDocument, SavedSearch
from documents.ingest.citations import parse_cited
from documents.ingest.prepare import PreparedDocument
from documents.models import (
    Appearance,
    Citation,
    Document,
    IngestFailure,
    IngestFile,
    IngestRun,
    Official,
    Province,
    RateCounter,
)
from documents.slugs import vietnamese_slug
from documents.vietnamese.names import person_key
from documents.vietnamese.normalize import normalize_text
from documents.vietnamese.segment import segment

logger = logging.getLogger(__name__)


@contextmanager
def as_if_committed(using: str = "default") -> Iterator[None]:
    """Run the on-commit callbacks (indexing) the block queues when it ends, as a commit would.

    In a test marked ``django_db`` without ``transaction=True`` the test's own transaction wraps
    everything and is rolled back, so callbacks queued by a write would never run. When the only
    open atomic blocks are the test case's (the block would be outermost outside a test: Django's
    rule for durable blocks), they run when the block ends. In autocommit (transactional tests)
    each commit runs them; inside a caller's own transaction they wait for its commit.
    """
    connection = transaction.get_connection(using)
    wrapped_by_test = connection.in_atomic_block and all(
        getattr(block, "_from_testcase", False) for block in connection.atomic_blocks
    )
    start = len(connection.run_on_commit)
    yield
    if not wrapped_by_test:
        return
    # A callback may queue more; a commit runs those too.
    while len(connection.run_on_commit) > start:
        queued = connection.run_on_commit[start:]
        del connection.run_on_commit[start:]
        for _savepoints, callback, robust in queued:
            if not robust:
                callback()
                continue
            try:
                callback()
            except Exception:
                logger.exception("on-commit callback %s failed", callback)


@contextmanager
def committed(using: str = "default") -> Iterator[None]:
    """The block as one transaction, whose on-commit callbacks have run when it ends."""
    with as_if_committed(using), transaction.atomic(using=using):
        yield


def partial_date(value: str | None) -> tuple[dt.date | None, str | None]:
    """ "2023-04-04" / "2023-04" / "2023" → (first day, precision), as extraction gives dates."""
    if not value:
        return None, None
    parts = [int(part) for part in value.split("-")]
    precision = (Document.DatePrecision.YEAR, Document.DatePrecision.MONTH, Document.DatePrecision.DAY)
    return dt.date(*parts, *[1] * (3 - len(parts))), precision[len(parts) - 1]


class CommittedFactory(DjangoModelFactory):
    """Creates its row inside ``committed``: written in one transaction and, after it, indexed."""

    class Meta:
        abstract = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        with committed():
            return super()._create(model_class, *args, **kwargs)


class ProvinceFactory(CommittedFactory):
    """A province by name: the migration's row when there is one, else a new pre-2025 province."""

    class Meta:
        model = Province
        django_get_or_create = ("name",)

    name = factory.Sequence(lambda n: f"Tỉnh Thử Nghiệm {n}")
    slug = factory.LazyAttributeSequence(lambda o, n: f"{vietnamese_slug(o.name)}-{n}")
    kind = "province"
    before_2025 = True


class OfficialFactory(CommittedFactory):
    """A person: one row per person key, so another spelling of a name is the same official."""

    class Meta:
        model = Official
        django_get_or_create = ("key",)

    name = factory.Sequence(lambda n: f"Nguyễn Văn Thử {n}")
    key = factory.LazyAttribute(lambda o: person_key(o.name))
    slug = factory.LazyAttributeSequence(lambda o, n: f"{vietnamese_slug(o.name)}-{n}")


class DocumentFactory(CommittedFactory):
    """A stored document.

    ``raw_text`` is the text as a reader returned it; ``text`` and ``segmented`` follow from it.
    ``dated`` takes a date as extraction writes it ("2023", "2023-06", "2023-06-01");
    ``province_name`` and ``chair_name`` name a province and an official; ``officials`` lists the
    officials in order of mention, each a name or a dict with ``name``, ``titles`` and ``roles``;
    ``cited`` lists the numbers the document cites ("18-NQ/TW"), in order.
    """

    class Meta:
        model = Document
        exclude = ("parsed_date",)

    class Params:
        dated = None
        province_name = None
        chair_name = None

    raw_text = factory.Sequence(lambda n: f"Hội nghị lần thứ {n} của Ban Thường vụ Tỉnh ủy.")
    text = factory.LazyAttribute(lambda o: normalize_text(o.raw_text))
    segmented = factory.LazyAttribute(lambda o: segment(o.text))
    original_name = factory.Sequence(lambda n: f"doc-{n}.txt")
    # Ingestion titles a document without one by its file name.
    title = factory.SelfAttribute("original_name")
    source = factory.LazyAttribute(lambda o: f"/tests/{o.original_name}")
    content_hash = factory.LazyAttributeSequence(
        lambda o, n: hashlib.sha256(f"{n}:{o.original_name}:{o.raw_text}".encode()).hexdigest()
    )
    original_file = factory.django.FileField(
        data=factory.LazyAttribute(lambda file: file.factory_parent.raw_text.encode()),
        filename=factory.SelfAttribute("..original_name"),
    )
    parsed_date = factory.LazyAttribute(lambda o: partial_date(o.dated))
    date = factory.LazyAttribute(lambda o: o.parsed_date[0])
    date_precision = factory.LazyAttribute(lambda o: o.parsed_date[1])
    province = factory.Maybe(
        "province_name",
        yes_declaration=factory.SubFactory(ProvinceFactory, name=factory.SelfAttribute("..province_name")),
        no_declaration=None,
    )
    chair = factory.Maybe(
        "chair_name",
        yes_declaration=factory.SubFactory(OfficialFactory, name=factory.SelfAttribute("..chair_name")),
        no_declaration=None,
    )
    officials = ()
    cited = ()

    @classmethod
    def _build(cls, model_class, *args, officials=(), cited=(), **kwargs):
        if officials or cited:
            raise ValueError("officials and citations are rows that need a saved document (use create)")
        return super()._build(model_class, *args, **kwargs)

    @classmethod
    def _create(cls, model_class, *args, officials=(), cited=(), **kwargs):
        # The document and its appearances in one transaction: indexed once, officials included.
        with committed():
            document = super()._create(model_class, *args, **kwargs)
            for position, mention in enumerate(officials):
                mention = {"name": mention} if isinstance(mention, str) else mention
                AppearanceFactory(
                    document=document,
                    official__name=mention["name"],
                    titles=list(mention.get("titles") or []),
                    roles=list(mention.get("roles") or []),
                    position=position,
                )
            for position, number in enumerate(cited):
                CitationFactory(document=document, number=number, position=position)
        return document


class AppearanceFactory(CommittedFactory):
    class Meta:
        model = Appearance

    official = factory.SubFactory(OfficialFactory)
    document = factory.SubFactory(DocumentFactory)
    titles = factory.LazyFunction(list)
    roles = factory.LazyFunction(list)
    position = 0


class CitationFactory(CommittedFactory):
    """A number a document cites, split into kind and issuer as ingestion splits it."""

    class Meta:
        model = Citation

    document = factory.SubFactory(DocumentFactory)
    number = factory.Sequence(lambda n: f"{n + 1}-NQ/TU")
    kind = factory.LazyAttribute(lambda o: parse_cited(o.number).kind)
    issuer = factory.LazyAttribute(lambda o: parse_cited(o.number).issuer)


class IngestRunFactory(CommittedFactory):
    """A finished run of the ingest command."""

    class Meta:
        model = IngestRun

    status = IngestRun.Status.DONE
    origin = "command"
    arguments = factory.LazyFunction(lambda: ["/tests"])
    finished_at = factory.LazyFunction(timezone.now)


class IngestFailureFactory(CommittedFactory):
    class Meta:
        model = IngestFailure

    run = factory.SubFactory(IngestRunFactory, failed=1)
    path = factory.Sequence(lambda n: f"/tests/hong-{n}.pdf")
    reason = "không phải tệp PDF"


class IngestFileFactory(CommittedFactory):
    """One file of an upload, queued for its background job."""

    class Meta:
        model = IngestFile

    run = factory.SubFactory(
        IngestRunFactory, origin="upload", status=IngestRun.Status.RUNNING, finished_at=None
    )
    position = factory.Sequence(lambda n: n)
    name = factory.Sequence(lambda n: f"tai-len-{n}.pdf")


class RateCounterFactory(CommittedFactory):
    """One client's requests to one rate-limited path, in a window that ends a minute from now."""

    class Meta:
        model = RateCounter

    key = factory.Sequence(lambda n: f"test:client-{n}")
    count = 1
    expires = factory.LazyFunction(lambda: int(time.time()) + 60)


class UserFactory(CommittedFactory):
    """A portal user (the users a saved search belongs to)."""

    class Meta:
        model = get_user_model()

    username = factory.Sequence(lambda n: f"nguoi-dung-{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.django.Password("mat-khau-dai-123")


class SavedSearchFactory(CommittedFactory):
    """A user's saved search: ``query`` is the search page's query string without its paging."""

    class Meta:
        model = SavedSearch

    user = factory.SubFactory(UserFactory)
    name = factory.Sequence(lambda n: f"Tìm kiếm {n}")
    query = ""


class AnnouncedDocumentFactory(CommittedFactory):
    """A document an alert has already mailed for a saved search."""

    class Meta:
        model = AnnouncedDocument

    saved_search = factory.SubFactory(SavedSearchFactory)
    document = factory.SubFactory(DocumentFactory)


class PreparedDocumentFactory(factory.Factory):
    """What ingestion's prepare step hands to its store step, with exactly the metadata given
    (as extraction writes it: names, "2023-06" dates, officials as dicts); no reader runs."""

    class Meta:
        model = PreparedDocument

    original_name = factory.Sequence(lambda n: f"doc-{n}.txt")
    extension = ".txt"
    raw_text = factory.Sequence(lambda n: f"Hội nghị lần thứ {n} của Ban Thường vụ Tỉnh ủy.")
    text = factory.SelfAttribute("raw_text")
    segmented = factory.SelfAttribute("text")
    content_hash = factory.LazyAttributeSequence(
        lambda o, n: hashlib.sha256(f"prepared:{n}:{o.original_name}:{o.raw_text}".encode()).hexdigest()
    )
    metadata = factory.LazyFunction(lambda: {"officials": [], "references": []})
