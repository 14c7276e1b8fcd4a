"""A realistic corpus of N documents assembled from the sample documents' sentences.

Each distinct sentence (and each title and opening line) is segmented once (underthesea) and its
segmentation reused; provinces, dates (some only to the month or year), meeting types, document
types, levels and officials vary with a fixed seed, so two runs build the same corpus. A child
process makes the rows while this one writes them (tools/benchmark/rows.py).
"""

from __future__ import annotations

import datetime
import hashlib
import logging
import random
import re
from pathlib import Path

from django.conf import settings
from django.db import reset_queries, transaction

from documents.metadata.schema import DOC_TYPES, LEVELS, MEETING_TYPES
from documents.models import Appearance, Document, Official, Province
from documents.vietnamese.normalize import normalize_text

from .rows import RowWriter, batches_made_aside, sqlite_for_bulk_writing

logger = logging.getLogger(__name__)

SAMPLES_DIR = Path(settings.BASE_DIR) / "samples"
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
SENTENCES_PER_DOCUMENT = (25, 55)
BATCH = 2000
# SQLite page cache while building: the unique and date indexes take rows in random order.
MB_OF_PAGE_CACHE = 256
_SURNAMES = ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ", "Đỗ", "Bùi", "Đặng", "Ngô", "Dương", "Lý")
_MIDDLES = ("Văn", "Thị", "Đức", "Minh", "Trọng", "Quốc", "Hồng", "Doãn", "Thanh", "Xuân")
_GIVEN = (
    "An",
    "Bình",
    "Cường",
    "Dũng",
    "Hưng",
    "Hùng",
    "Lan",
    "Mai",
    "Nam",
    "Phong",
    "Quang",
    "Sơn",
    "Tâm",
    "Thắng",
    "Tuấn",
    "Việt",
    "Hà",
    "Long",
    "Hải",
    "Khánh",
)
_TITLES = (
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh {p} lần thứ {n}",
    "Ban Thường vụ Tỉnh ủy {p} họp phiên thường kỳ tháng {m}",
    "Thông báo kết luận của Ban Thường vụ Tỉnh ủy {p} số {n}-KL/TU",
    "Đoàn công tác làm việc với Đảng bộ tỉnh {p}",
    "Đại hội đại biểu Đảng bộ tỉnh {p} lần thứ {n}",
)


def sample_sentences(samples_dir: Path = SAMPLES_DIR) -> list[str]:
    sentences: dict[str, None] = {}
    for path in sorted(samples_dir.glob("*.txt")):
        text = normalize_text(path.read_text(encoding="utf-8"))
        for sentence in _SENTENCE_END.split(text):
            sentence = sentence.strip()
            if len(sentence) >= 20 and not sentence.startswith("date "):
                sentences[sentence] = None
    return list(sentences)


def segment_all(texts: list[str]) -> dict[str, str]:
    from documents.vietnamese.segment import segment

    return {text: segment(text) for text in texts}


def _official_names(count: int, rng: random.Random) -> list[str]:
    names: dict[str, None] = {}
    while len(names) < count:
        names[f"{rng.choice(_SURNAMES)} {rng.choice(_MIDDLES)} {rng.choice(_GIVEN)}"] = None
    return list(names)


def _date(rng: random.Random) -> tuple[datetime.date | None, str | None]:
    roll = rng.random()
    if roll < 0.03:
        return None, None
    day = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(3830))
    if roll < 0.08:
        return day.replace(month=1, day=1), "year"
    if roll < 0.2:
        return day.replace(day=1), "month"
    return day, "day"


class CorpusBuilder:
    def __init__(self, seed: int = 20260101):
        self.rng = random.Random(seed)  # noqa: S311 - a reproducible corpus, not a secret
        self.sentences = sample_sentences()
        self.segmented: dict[str, str] = {}
        self.with_segmentation = True

    def segment(self) -> None:
        """Segments every distinct sentence once (and every title as it first appears)."""
        self.segmented = segment_all(self.sentences)

    def _segmented(self, text: str) -> str:
        if text not in self.segmented:
            self.segmented.update(segment_all([text]))
        return self.segmented[text]

    def _segmented_text(self, title: str, opening: str, chosen: list[str]) -> str:
        """A document's segmentation, sentence by sentence. The sample sentences were segmented
        up front (segment()); a title or an opening line is segmented the first time it comes."""
        if not self.with_segmentation:
            return ""
        return " ".join(
            [self._segmented(title), self._segmented(opening), *map(self.segmented.__getitem__, chosen)]
        )

    def texts(self, count: int, provinces: list[str]):
        """(title, text, segmented, province, date, precision, meeting, doc_type, level, officials) tuples."""
        if self.with_segmentation and not self.segmented:
            self.segment()
        rng = self.rng
        officials = _official_names(min(2000, max(20, count // 20)), rng)
        for number in range(count):
            province = rng.choice(provinces)
            meeting = rng.choice(MEETING_TYPES)
            title = _TITLES[rng.randrange(len(_TITLES))].format(
                p=province, n=rng.randrange(1, 40), m=rng.randrange(1, 13)
            )
            chosen = rng.sample(self.sentences, rng.randint(*SENTENCES_PER_DOCUMENT))
            people = rng.sample(officials, rng.randint(1, 4))
            opening = f"Đồng chí {people[0]}, Bí thư Tỉnh ủy {province} chủ trì hội nghị."
            text = "\n".join([title + ".", opening, *chosen])
            segmented = self._segmented_text(title + ".", opening, chosen)
            date, precision = _date(rng)
            yield (
                title,
                text,
                segmented,
                province,
                date,
                precision,
                meeting,
                rng.choice(DOC_TYPES),
                rng.choice(LEVELS),
                people,
                number,
            )


def build_corpus(count: int, builder: CorpusBuilder | None = None) -> int:
    """Writes ``count`` documents with their officials, one committed transaction per ``BATCH``,
    in memory that does not grow with ``count``; returns the number created.

    The rows are those ``bulk_create`` wrote (tests/tools/test_corpus.py compares the two), but
    written by one parameterised INSERT a table and batch (tools/benchmark/rows.py): compiling
    ``bulk_create``'s SQL, value by value, and building a model instance a row cost more than the
    database's own work."""
    builder = builder or CorpusBuilder()
    provinces = {p.name: p.pk for p in Province.objects.filter(before_2025=True)}
    names = sorted(provinces)
    officials: dict[str, int] = {}
    documents = RowWriter(Document, DOCUMENT_COLUMNS)
    appearances = RowWriter(Appearance, ("official", "document", "position"))
    created = 0
    batch: list[tuple] = []

    def flush() -> None:
        nonlocal created
        with transaction.atomic():
            missing = {n for row in batch for n in row[9]} - set(officials)
            if missing:
                new = [
                    Official(name=n, key=n.lower(), slug=f"bench-{_digest(n)[:16]}") for n in sorted(missing)
                ]
                Official.objects.bulk_create(new, ignore_conflicts=True)
                officials.update(Official.objects.filter(name__in=missing).values_list("name", "pk"))
            pks = documents.insert([_document_values(row, provinces) for row in batch])
            appearances.insert(
                [
                    (officials[name], pk, position)
                    for pk, row in zip(pks, batch, strict=True)
                    for position, name in enumerate(row[9])
                ],
                returning=False,
            )
        created += len(batch)
        batch.clear()
        # With DEBUG on, Django keeps every query's SQL in memory: without this, the build's
        # memory would grow with the corpus instead of staying one batch.
        reset_queries()
        logger.info("corpus: %d documents", created)

    # Making the rows (segmenting new titles and opening lines, the random choices) costs about
    # as much as writing them: a child process makes the next batch while this one writes.
    with sqlite_for_bulk_writing(MB_OF_PAGE_CACHE):
        for made in batches_made_aside(lambda: builder.texts(count, names), BATCH):
            batch.extend(made)
            flush()
    return created


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


# The columns a generated document sets; every other column takes the model's default.
DOCUMENT_COLUMNS = (
    "title",
    "raw_text",
    "text",
    "segmented",
    "content_hash",
    "original_name",
    "source",
    "province",
    "date",
    "date_precision",
    "meeting_type",
    "doc_type",
    "level",
)


def _document_values(row: tuple, provinces: dict[str, int]) -> tuple:
    """A row's values in DOCUMENT_COLUMNS' order."""
    title, text, segmented, province, date, precision, meeting, doc_type, level, _people, number = row
    return (
        title,
        text,
        text,
        segmented,
        _digest(f"benchmark-{number}"),
        f"bench-{number:06d}.txt",
        f"benchmark/bench-{number:06d}.txt",
        provinces[province],
        date,
        precision,
        meeting,
        doc_type,
        level,
    )


def write_files(count: int, directory: Path, builder: CorpusBuilder | None = None) -> list[Path]:
    """``count`` documents of the same kind as text files, for timing the real ingest command."""
    builder = builder or CorpusBuilder(seed=7)
    builder.with_segmentation = False  # only texts are needed here
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for row in builder.texts(count, ["Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Lai Châu", "Long An"]):
        path = directory / f"ingest-{row[10]:05d}.txt"
        date = row[4]
        head = f" date {date.isoformat()}\n" if date else ""
        path.write_text(head + row[1], encoding="utf-8")
        paths.append(path)
    return paths
