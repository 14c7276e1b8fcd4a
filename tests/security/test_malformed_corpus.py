"""A folder of broken and hostile files, one per reader and kind, ingested with the good ones.

Every bad file is named in the command's stderr with a reason and kept as an IngestFailure;
none becomes a Document; the good files are ingested and, the second time, "unchanged".
"""

from __future__ import annotations

import io
import random
import zipfile
from pathlib import Path

import pytest

from documents.models import Document, IngestFailure, IngestRun
from tests.commands import run_ingest

pytestmark = pytest.mark.django_db

MAX_FILE_BYTES = 1024 * 1024  # small enough for a "huge" file, large enough for the zip bomb
SENTENCE = (
    "Ngày {n}/9/2023, Ban Thường vụ Tỉnh ủy Thanh Hóa họp phiên thứ {n} bàn về công tác giải "
    "phóng mặt bằng, cải cách hành chính và chuyển đổi số trong toàn tỉnh."
)

# File name → what the reason must mention (lower case): each is a different way of being broken.
BAD_FILES = {
    "cat-ngang.pdf": "bị cắt cụt",
    "that-ra-la-html.pdf": "không phải tệp pdf",
    "bom-zip.docx": "zip bomb",
    "khong-phai-zip.docx": "không phải tệp nén zip",
    "tron-ma.txt": "không phải văn bản",
    "ngau-nhien.txt": "không phải văn bản",
    "qua-lon.txt": "vượt giới hạn",
    "rong.html": "tệp rỗng",
    "chuong-trinh.exe": "không nhận loại tệp",
}
GOOD_FILES = (
    "bai-1.txt",
    "bai-2.txt",
    "bai-3.txt",
    "Báo cáo hội nghị tháng 9 (bản cuối).txt",
    "long-sau.html",
)


def zip_bomb() -> bytes:
    """A few hundred KB of zip whose single member inflates to 210 MB of zeros."""
    buffer = io.BytesIO()
    with (
        zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive,
        archive.open("word/document.xml", "w", force_zip64=True) as member,
    ):
        zeros = b"\0" * (1 << 20)
        for _ in range(210):
            member.write(zeros)
    data = buffer.getvalue()
    assert len(data) < 1024 * 1024
    return data


def write_corpus(folder: Path) -> None:
    folder.mkdir()
    text = " ".join(SENTENCE.format(n=n) for n in range(1, 6))
    for n, name in enumerate(GOOD_FILES[:3], start=1):
        (folder / name).write_text(SENTENCE.format(n=n) + "\n", encoding="utf-8")
    (folder / GOOD_FILES[3]).write_text("Báo cáo.\n" + SENTENCE.format(n=9), encoding="utf-8")
    # 20,000 nested elements: the HTML reader copes (its text is recovered), so it is a good file.
    depth = 20_000
    (folder / GOOD_FILES[4]).write_text(
        "<html><body>"
        + "<div>" * depth
        + f"<p>{SENTENCE.format(n=20)}</p>"
        + "</div>" * depth
        + "</body></html>",
        encoding="utf-8",
    )

    (folder / "cat-ngang.pdf").write_bytes(
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pa"
    )
    (folder / "that-ra-la-html.pdf").write_bytes(f"<html><body><p>{text}</p></body></html>".encode())
    (folder / "bom-zip.docx").write_bytes(zip_bomb())
    (folder / "khong-phai-zip.docx").write_bytes(text.encode())
    # Half UTF-8, half Windows-1258: neither decoding reads as Vietnamese.
    (folder / "tron-ma.txt").write_bytes(text.encode("utf-8") + text.encode("cp1258", errors="replace"))
    (folder / "ngau-nhien.txt").write_bytes(random.Random(1258).randbytes(20_000))
    (folder / "qua-lon.txt").write_bytes((text + "\n").encode() * (2 * MAX_FILE_BYTES // len(text)))
    (folder / "rong.html").write_bytes(b"")
    (folder / "chuong-trinh.exe").write_bytes(b"MZ\x90\x00" + bytes(500))


def test_malformed_files_fail_with_reasons_and_the_good_ones_are_kept(tmp_path, settings):
    settings.PORTAL_MAX_FILE_BYTES = MAX_FILE_BYTES
    folder = tmp_path / "hon-tap"
    write_corpus(folder)

    code, out, err = run_ingest(str(folder))

    assert code == 1
    assert (
        out.strip().splitlines()[-1]
        == f"ingested {len(GOOD_FILES)}, updated 0, unchanged 0, failed {len(BAD_FILES)}"
    )
    failed_lines = [line for line in err.splitlines() if line.startswith("FAILED ")]
    assert len(failed_lines) == len(BAD_FILES), err
    for name, reason in BAD_FILES.items():
        [line] = [line for line in failed_lines if f"{name}: " in line]
        assert reason in line.lower(), line
    run = IngestRun.objects.get()
    failures = {Path(f.path).name: f.message for f in IngestFailure.objects.filter(run=run)}
    assert set(failures) == set(BAD_FILES)
    for name, reason in failures.items():
        assert reason.strip() and BAD_FILES[name] in reason.lower(), (name, reason)

    assert sorted(Document.objects.values_list("original_name", flat=True)) == sorted(GOOD_FILES)
    deep = Document.objects.get(original_name="long-sau.html")
    assert "giải phóng mặt bằng" in deep.text and "<div>" not in deep.text
    vietnamese = Document.objects.get(original_name=GOOD_FILES[3])
    assert vietnamese.original_file and vietnamese.original_file.read().decode().startswith("Báo cáo.")

    before = {d.pk: (d.content_hash, d.updated_at) for d in Document.objects.all()}
    code, out, err = run_ingest(str(folder))
    assert code == 1
    assert (
        out.strip().splitlines()[-1]
        == f"ingested 0, updated 0, unchanged {len(GOOD_FILES)}, failed {len(BAD_FILES)}"
    )
    assert {d.pk: (d.content_hash, d.updated_at) for d in Document.objects.all()} == before
    assert IngestFailure.objects.filter(run=IngestRun.objects.latest("pk")).count() == len(BAD_FILES)


def test_a_mostly_utf8_file_with_a_few_cp1258_bytes_is_kept_with_a_warning(tmp_path):
    """The other mixed encoding: one stray Windows-1258 byte in a long UTF-8 text is a bad copy,
    not a reason to lose the document; the reader replaces it and says so."""
    from documents.readers import read_bytes

    text = " ".join(SENTENCE.format(n=n) for n in range(1, 20))
    data = text.encode("utf-8") + " Thanh Hóa".encode("cp1258")
    result = read_bytes(data, ".txt")
    assert result.encoding == "utf-8" and result.warnings
    path = tmp_path / "gan-dung.txt"
    path.write_bytes(data)
    code, _, err = run_ingest(str(path))
    assert code == 0, err
    assert Document.objects.get().text.startswith("Ngày 1/9/2023")
