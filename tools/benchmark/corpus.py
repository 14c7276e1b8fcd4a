"""A realistic corpus of N documents assembled from the sample documents' sentences.

Each distinct sentence is segmented once (underthesea) and its segmentation reused, so 100,000
documents build in minutes; provinces, dates (some only to the month or year), meeting types,
document types, levels and officials vary with a fixed seed, so two runs build the same corpus.
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

logger = logging.getLogger(__name__)

SAMPLES_DIR = Path(settings.BASE_DIR) / "samples"
_SENTENCE_END = re.compile(r"(?<=[.!?;])\s+|\n+")
SENTENCES_PER_DOCUMENT = (25, 55)
BATCH = 2000
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
        if not self.with_segmentation:
            return ""
        if text not in self.segmented:
            self.segmented.update(segment_all([text]))
        return self.segmented[text]

    def texts(self, count: int, provinces: list[str]):
        """(title, text, segmented, province, date, precision, meeting, doc_type, level, officials) tuples."""
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
            segmented = " ".join(self._segmented(s) for s in [title + ".", opening, *chosen])
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
    """Bulk-creates ``count`` documents with their officials, one committed transaction per
    ``BATCH``, in memory that does not grow with ``count``; returns the number created."""
    builder = builder or CorpusBuilder()
    if not builder.segmented:
        builder.segment()
    provinces = {p.name: p for p in Province.objects.filter(before_2025=True)}
    names = sorted(provinces)
    officials: dict[str, Official] = {}
    created = 0
    batch: list[tuple] = []

    def flush() -> None:
        nonlocal created
        with transaction.atomic():
            documents = Document.objects.bulk_create([_document(row, provinces) for row in batch])
            missing = {n for row in batch for n in row[9]} - set(officials)
            if missing:
                new = [
                    Official(name=n, key=n.lower(), slug=f"bench-{_digest(n)[:16]}") for n in sorted(missing)
                ]
                Official.objects.bulk_create(new, ignore_conflicts=True)
                officials.update({o.name: o for o in Official.objects.filter(name__in=missing)})
            Appearance.objects.bulk_create(
                [
                    Appearance(official=officials[name], document=document, position=position)
                    for document, row in zip(documents, batch, strict=True)
                    for position, name in enumerate(row[9])
                ]
            )
        created += len(batch)
        batch.clear()
        # With DEBUG on, Django keeps every query's SQL (the documents' whole texts) in memory:
        # without this, the build's memory grows with the corpus instead of staying one batch.
        reset_queries()
        logger.info("corpus: %d documents", created)

    for row in builder.texts(count, names):
        batch.append(row)
        if len(batch) >= BATCH:
            flush()
    if batch:
        flush()
    return created


def _digest(value: str) -> str:
    return hashlib.sha256(value.encode()).hexdigest()


def _document(row: tuple, provinces: dict[str, Province]) -> Document:
    title, text, segmented, province, date, precision, meeting, doc_type, level, _people, number = row
    return Document(
        title=title,
        raw_text=text,
        text=text,
        segmented=segmented,
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


def write_files(count: int, directory: Path, builder: CorpusBuilder | None = None) -> list[Path]:
    """``count`` documents of the same kind as text files, for timing the real ingest command."""
    builder = builder or CorpusBuilder(seed=7)
    builder.segmented = dict.fromkeys(builder.sentences, "")  # only texts are needed here
    builder._segmented = lambda text: ""
    directory.mkdir(parents=True, exist_ok=True)
    paths = []
    for row in builder.texts(count, ["Thanh Hóa", "Nghệ An", "Hà Tĩnh", "Lai Châu", "Long An"]):
        path = directory / f"ingest-{row[10]:05d}.txt"
        date = row[4]
        head = f" date {date.isoformat()}\n" if date else ""
        path.write_text(head + row[1], encoding="utf-8")
        paths.append(path)
    return paths
