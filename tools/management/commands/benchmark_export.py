"""manage.py benchmark_export [--docs N] [--query QS] [--formats csv,xlsx,json,ris,bib,csl.json] [--keep]

Run it with a scratch PORTAL_DATA_DIR: it holds the database's write lock while it runs.

Creates N synthetic documents at once (bulk insert, one indexing batch into a temporary index),
then streams each export format end to end through its view and prints one JSON line per format:
rows, seconds, rows/s, bytes, peak RSS during the export and how much it rose, and the peak of
Python allocations (tracemalloc, measured in a second pass since tracing slows the run).
Everything happens in one transaction that is rolled back (unless --keep), in a throwaway index:
the portal's own data and index are untouched.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import logging
import random
import resource
import shutil
import tempfile
import time
import tracemalloc
from contextlib import contextmanager
from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.core.signals import request_finished
from django.db import close_old_connections, transaction
from django.test import RequestFactory, override_settings

from documents.models import Appearance, Document, Official, Province

logger = logging.getLogger(__name__)

FORMATS = ("csv", "xlsx", "json")
# The reference-manager formats are measured when asked for (--formats ris,bib,csl.json).
MEASURABLE = (*FORMATS, "ris", "bib", "csl.json")
BATCH = 2000
PHRASES = (
    "Ban Thường vụ Tỉnh ủy kết luận về công tác giải phóng mặt bằng các dự án trọng điểm",
    "Hội nghị Ban Chấp hành Đảng bộ tỉnh lần thứ mười lăm khóa XIX",
    "đẩy mạnh chuyển đổi số trong cơ quan Đảng, chính quyền",
    "cải cách hành chính, nâng cao chỉ số năng lực cạnh tranh cấp tỉnh",
    "xây dựng nông thôn mới nâng cao, nông thôn mới kiểu mẫu",
    "bảo đảm quốc phòng, an ninh, giữ vững trật tự an toàn xã hội",
    "Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành phối hợp chặt chẽ",
    "thu ngân sách nhà nước đạt và vượt dự toán được giao",
    "công tác cán bộ, kiểm tra, giám sát và thi hành kỷ luật đảng",
    "đồng chí Bí thư Tỉnh ủy phát biểu kết luận hội nghị",
    "tập trung tháo gỡ khó khăn, vướng mắc cho doanh nghiệp",
    "phát triển du lịch, dịch vụ và thu hút đầu tư",
)
NAMES = ("Nguyễn Văn", "Trần Thị", "Lê Quang", "Phạm Minh", "Hoàng Đức", "Đỗ Trọng", "Vũ Hồng", "Bùi Thanh")
MEETINGS = ("ban_chap_hanh", "ban_thuong_vu", "thuong_truc", "lam_viec", "dai_hoi", None)
DOC_TYPES = ("thong_bao_ket_luan", "ket_luan", "news", "news", "bao_cao", None)


def _rss_mb(field: str) -> float:
    """VmRSS or VmHWM (peak) of this process in MB, from /proc; ru_maxrss where /proc is absent."""
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith(field + ":"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _reset_peak_rss() -> bool:
    """Linux lets a process reset its peak RSS (VmHWM) by writing 5 to clear_refs."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


@contextmanager
def _temporary_index():
    from haystack import connections

    folder = tempfile.mkdtemp(prefix="benchmark-export-index-")
    original = connections.connections_info["default"]
    connections.connections_info["default"] = {**original, "PATH": folder}
    connections.reload("default")
    try:
        yield folder
    finally:
        connections.connections_info["default"] = original
        connections.reload("default")
        shutil.rmtree(folder, ignore_errors=True)


def create_documents(count: int, text_chars: int, seed: int = 1) -> None:
    """``count`` documents with officials, bulk-inserted, then indexed in one batch."""
    from haystack import connections

    rng = random.Random(seed)  # noqa: S311 - synthetic test data, not secrets
    provinces = list(Province.objects.filter(before_2025=True)) or list(Province.objects.all())
    if not provinces:
        raise CommandError("No provinces in the database: run manage.py migrate first.")
    run = f"{time.time_ns():x}"
    officials = Official.objects.bulk_create(
        Official(name=f"{first} {chr(65 + i % 26)}{i}", key=f"bench-{run}-{i}", slug=f"bench-{run}-{i}")
        for i, first in enumerate(NAMES * 25)
    )
    first_id = None
    for start in range(0, count, BATCH):
        documents = []
        for n in range(start, min(count, start + BATCH)):
            words = []
            while sum(len(w) + 2 for w in words) < text_chars:
                words.append(rng.choice(PHRASES))
            text = ". ".join(words) + "."
            day = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(3650))
            precision = rng.choice(("day", "day", "day", "month", "year"))
            documents.append(
                Document(
                    title=f"Văn bản thử nghiệm số {n}: {rng.choice(PHRASES)[:60]}",
                    raw_text=text,
                    text=text,
                    segmented=text,
                    content_hash=hashlib.sha256(f"bench-{run}-{n}".encode()).hexdigest(),
                    original_name=f"bench-{n}.txt",
                    source=f"benchmark:{run}/{n}",
                    province=rng.choice(provinces),
                    date=day,
                    date_precision=precision,
                    meeting_type=rng.choice(MEETINGS),
                    doc_type=rng.choice(DOC_TYPES),
                    number=f"{n}-KL/TU" if n % 3 == 0 else None,
                    level="province",
                )
            )
        created = Document.objects.bulk_create(documents)
        if first_id is None:
            first_id = created[0].pk
        Appearance.objects.bulk_create(
            Appearance(official=official, document=document, position=position)
            for document in created
            for position, official in enumerate(rng.sample(officials, 2))
        )
    backend = connections["default"].get_backend()
    index = connections["default"].get_unified_index().get_index(Document)
    queryset = index.index_queryset().filter(source__startswith=f"benchmark:{run}/")
    backend.update(index, queryset.iterator(chunk_size=1000))


def measure_export(fmt: str, query: str, *, trace: bool = False) -> dict:
    """Stream one export through its view; rows, time, bytes and memory."""
    from documents.views.export import export

    request = RequestFactory().get(f"/search/export.{fmt}?{query}", HTTP_HOST="localhost")
    rss_before = _rss_mb("VmRSS")
    peak_resettable = _reset_peak_rss()
    if trace:
        tracemalloc.start()
    started = time.perf_counter()
    response = export(request, fmt=fmt)
    if response.status_code != 200:
        raise CommandError(f"{fmt} export answered {response.status_code}: {response.content[:300]!r}")
    size = 0
    peak_anon = _rss_mb("RssAnon")
    for number, chunk in enumerate(response.streaming_content):
        size += len(chunk)
        if number % 20 == 0:
            peak_anon = max(peak_anon, _rss_mb("RssAnon"))
    response.close()
    seconds = time.perf_counter() - started
    rows = int(response["X-Result-Count"])
    result = {"format": fmt, "rows": rows, "seconds": round(seconds, 3), "bytes": size}
    result["rows_per_s"] = round(rows / seconds) if seconds else None
    if trace:
        result["tracemalloc_peak_mb"] = round(tracemalloc.get_traced_memory()[1] / 2**20, 1)
        tracemalloc.stop()
        return result
    result.update(
        {
            "peak_rss_mb": round(_rss_mb("VmHWM"), 1),
            # RSS counts the pages of the index files Whoosh maps into memory; anonymous memory
            # (sampled while streaming) is what the process itself allocated.
            "peak_anon_rss_mb": round(max(peak_anon, _rss_mb("RssAnon")), 1),
            "rss_before_mb": round(rss_before, 1),
            "peak_is_of_this_export": peak_resettable,
        }
    )
    return result


class Command(BaseCommand):
    help = "Measure export speed (rows/s) and peak memory for each format on N synthetic documents."

    def add_arguments(self, parser):
        parser.add_argument("--docs", type=int, default=10_000, help="documents to create (default 10000)")
        parser.add_argument("--query", default="", help="search parameters, e.g. 'q=chuyển đổi số'")
        parser.add_argument(
            "--formats", default=",".join(FORMATS), help=f"comma-separated, among {','.join(MEASURABLE)}"
        )
        parser.add_argument("--text-chars", type=int, default=2000, help="characters of text per document")
        parser.add_argument("--no-tracemalloc", action="store_true", help="skip the tracemalloc pass")
        parser.add_argument("--keep", action="store_true", help="commit the documents (default: roll back)")

    def handle(self, *args, docs: int, query: str, formats: str, text_chars: int, **options):
        wanted = [f.strip() for f in formats.split(",") if f.strip()]
        unknown = set(wanted) - set(MEASURABLE)
        if unknown or docs < 1:
            raise CommandError(f"--docs must be positive and --formats among {', '.join(MEASURABLE)}")
        # Closing a response signals the end of a request, which closes the database connection:
        # that would end the transaction holding the synthetic documents.
        request_finished.disconnect(close_old_connections)
        try:
            self._run(docs, query, wanted, text_chars, options)
        finally:
            request_finished.connect(close_old_connections)

    def _run(self, docs: int, query: str, wanted: list[str], text_chars: int, options: dict) -> None:
        with _temporary_index(), transaction.atomic(), override_settings(PORTAL_EXPORT_MAX_ROWS=docs + 1):
            started = time.perf_counter()
            create_documents(docs, text_chars)
            elapsed = time.perf_counter() - started
            self.stderr.write(f"created and indexed {docs} documents in {elapsed:.1f} s")
            for fmt in wanted:
                result = {"docs": docs, "query": query, **measure_export(fmt, query)}
                if not options["no_tracemalloc"]:
                    traced = measure_export(fmt, query, trace=True)
                    result["tracemalloc_peak_mb"] = traced["tracemalloc_peak_mb"]
                self.stdout.write(json.dumps(result, ensure_ascii=False))
            if not options["keep"]:
                transaction.set_rollback(True)
