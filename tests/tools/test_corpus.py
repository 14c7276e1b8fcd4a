"""The benchmark's generated corpus: written fast, and still the rows a seed always gave.

build_corpus makes its rows in a child process and writes them with one INSERT a table and
batch (tools/benchmark/rows.py); before, it made them in its own process and wrote them with
bulk_create, segmenting each sentence where it came. Benchmark figures of different days compare
only if a seed still gives those rows: here the same seed is written both ways and compared.
"""

from __future__ import annotations

import pytest
from django.forms.models import model_to_dict

from documents.models import Appearance, Document, Official, Province
from documents.vietnamese.segment import segment
from tests.factories import DocumentFactory
from tools.benchmark.corpus import CorpusBuilder, _digest, build_corpus
from tools.benchmark.rows import RowWriter, batches_made_aside

DOCS = 24
VOLATILE = ("id", "created_at", "updated_at", "published_at")


def _written_with_bulk_create(count: int) -> None:
    """The corpus as the build wrote it before: model instances through bulk_create, each
    sentence segmented where it comes (no memory of earlier ones)."""
    builder = CorpusBuilder()
    builder.with_segmentation = False
    provinces = {p.name: p for p in Province.objects.filter(before_2025=True)}
    rows = list(builder.texts(count, sorted(provinces)))
    documents = Document.objects.bulk_create(
        [
            Document(
                title=title,
                raw_text=text,
                text=text,
                segmented=" ".join(segment(sentence) for sentence in text.split("\n")),
                content_hash=_digest(f"benchmark-{number}"),
                original_name=f"bench-{number:06d}.txt",
                source=f"benchmark/bench-{number:06d}.txt",
                province=provinces[province],
                date=date,
                date_precision=precision,
                meeting_type=meeting,
                doc_type=doc_type,
                level=level,
            )
            for title, text, _, province, date, precision, meeting, doc_type, level, _, number in rows
        ]
    )
    names = sorted({name for row in rows for name in row[9]})
    Official.objects.bulk_create(
        [Official(name=n, key=n.lower(), slug=f"bench-{_digest(n)[:16]}") for n in names]
    )
    officials = {o.name: o for o in Official.objects.filter(name__in=names)}
    Appearance.objects.bulk_create(
        [
            Appearance(official=officials[name], document=document, position=position)
            for document, row in zip(documents, rows, strict=True)
            for position, name in enumerate(row[9])
        ]
    )


def _snapshot() -> dict:
    """Every row's values but keys and timestamps, officials by name, documents by hash."""
    documents = {
        d.content_hash: {k: v for k, v in model_to_dict(d).items() if k not in VOLATILE}
        for d in Document.with_held.order_by("pk")
    }
    officials = {
        o.name: {k: v for k, v in model_to_dict(o).items() if k != "id"} for o in Official.objects.all()
    }
    appearances = sorted(
        (a.official.name, a.document.content_hash, a.position, a.titles, a.roles)
        for a in Appearance.objects.select_related("official", "document")
    )
    return {"documents": documents, "officials": officials, "appearances": appearances}


@pytest.mark.django_db
def test_a_seed_gives_the_rows_bulk_create_wrote():
    assert build_corpus(DOCS) == DOCS
    fast = _snapshot()
    assert Document.objects.count() == DOCS  # published, as the old rows were
    assert not Document.with_held.filter(published_at__isnull=True).exists()
    Appearance.objects.all().delete()
    Document.with_held.all().delete()
    Official.objects.all().delete()

    _written_with_bulk_create(DOCS)
    before = _snapshot()
    assert len(fast["documents"]) == DOCS
    assert fast["appearances"] and fast["officials"]
    assert fast == before
    # Order too: the n-th document of a seed keeps its place (primary key order).
    assert list(fast["documents"]) == list(before["documents"])


@pytest.mark.django_db
def test_the_writer_returns_the_new_rows_keys_in_order_after_existing_rows():
    existing = DocumentFactory()
    province = Province.objects.filter(before_2025=True).first()
    values = [
        ("Một", "văn bản", "văn_bản", f"{n:064d}", "a.txt", f"s/{n}", province.pk, None, None)
        for n in range(3)
    ]
    writer = RowWriter(
        Document,
        (
            "title",
            "text",
            "segmented",
            "content_hash",
            "original_name",
            "source",
            "province",
            "date",
            "date_precision",
        ),
    )
    pks = writer.insert(values)
    assert len(pks) == 3 and min(pks) > existing.pk
    assert [Document.with_held.get(pk=pk).source for pk in pks] == ["s/0", "s/1", "s/2"]
    row = Document.with_held.get(pk=pks[0])
    # Every column not given holds what a document saved through the model would.
    assert (row.metadata_evidence, row.review_fields, row.raw_text, row.original_file.name) == (
        {},
        [],
        "",
        "",
    )
    assert row.created_at and row.published_at


def _failing():
    yield 1
    raise ValueError("no more sentences")


def test_a_failure_while_making_rows_is_raised_here_with_its_cause():
    made = batches_made_aside(_failing, size=10)
    with pytest.raises(RuntimeError, match="no more sentences"):
        list(made)


def test_rows_made_aside_come_in_order_and_in_batches():
    assert list(batches_made_aside(lambda: iter(range(7)), size=3)) == [[0, 1, 2], [3, 4, 5], [6]]


def test_the_writer_refuses_to_leave_out_a_unique_column():
    # One default a batch: every row would get the same content hash.
    with pytest.raises(ValueError, match="content_hash must be unique"):
        RowWriter(Document, ("title", "text", "segmented", "original_name", "source"))
