"""read_file / read_bytes: dispatch by extension and refusal of unusable paths."""

from __future__ import annotations

from pathlib import Path

import pytest

from documents.readers import SUPPORTED_EXTENSIONS, ReadError, read_bytes, read_file

SENTENCE = "Ban Thường vụ Tỉnh ủy đã chỉ đạo các cấp ủy tổ chức học tập nghị quyết."


def test_supported_extensions() -> None:
    assert set(SUPPORTED_EXTENSIONS) == {
        *(".txt", ".html", ".htm", ".pdf", ".docx", ".doc", ".odt", ".rtf"),
        *(".png", ".jpg", ".jpeg", ".tif", ".tiff"),
    }


def test_extension_is_case_insensitive(tmp_path) -> None:
    path = tmp_path / "VAN-BAN.TXT"
    path.write_text(SENTENCE, encoding="utf-8")
    assert read_file(path).text == SENTENCE
    assert read_file(str(path)).text == SENTENCE  # str paths too


@pytest.mark.parametrize("extension", ["txt", ".txt", "TXT", ".Txt"])
def test_read_bytes_accepts_extension_spellings(extension: str) -> None:
    assert read_bytes(SENTENCE.encode(), extension).text == SENTENCE


def test_unknown_extension_lists_supported(tmp_path) -> None:
    path = tmp_path / "bang.xlsx"
    path.write_bytes(b"PK\x03\x04")
    with pytest.raises(ReadError) as info:
        read_file(path)
    message = str(info.value)
    assert "'.xlsx'" in message
    assert all(ext in message for ext in SUPPORTED_EXTENSIONS)
    assert str(tmp_path) not in message  # the caller names the file, not the reader


def test_no_extension(tmp_path) -> None:
    path = tmp_path / "README"
    path.write_text(SENTENCE, encoding="utf-8")
    with pytest.raises(ReadError, match="tệp không có phần mở rộng"):
        read_file(path)


def test_unknown_extension_in_read_bytes() -> None:
    with pytest.raises(ReadError, match=r"không nhận loại tệp '\.xls'"):
        read_bytes(b"x", ".xls")


def test_missing_path(tmp_path) -> None:
    with pytest.raises(ReadError, match="không có tệp này") as info:
        read_file(tmp_path / "khong-co.txt")
    assert "khong-co" not in str(info.value)


def test_directory(tmp_path) -> None:
    folder = tmp_path / "thu-muc.txt"
    folder.mkdir()
    with pytest.raises(ReadError, match="là thư mục"):
        read_file(folder)


def test_unreadable_file(tmp_path, monkeypatch) -> None:
    # chmod 000 does not stop root (CI runs as root), so the refusal is simulated where it happens.
    path = tmp_path / "khoa.txt"
    path.write_text(SENTENCE, encoding="utf-8")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(ReadError, match="không có quyền đọc"):
        read_file(path)


def test_empty_file(tmp_path) -> None:
    path = tmp_path / "rong.pdf"
    path.write_bytes(b"")
    with pytest.raises(ReadError, match="tệp rỗng"):
        read_file(path)


def test_empty_bytes() -> None:
    with pytest.raises(ReadError, match="tệp rỗng"):
        read_bytes(b"", ".docx")


def test_over_size_limit_names_size_and_limit(tmp_path) -> None:
    path = tmp_path / "lon.txt"
    path.write_bytes(b"a" * (3 * 1024 * 1024 + 1024 * 200))
    with pytest.raises(ReadError) as info:
        read_file(path, max_bytes=2 * 1024 * 1024)
    assert "3.2 MB" in str(info.value)
    assert "2 MB" in str(info.value)


def test_over_size_limit_in_read_bytes() -> None:
    with pytest.raises(ReadError, match="tệp quá lớn"):
        read_bytes(b"a" * 2048, ".txt", max_bytes=1024)


def test_default_limit_is_50_mb(tmp_path) -> None:
    path = tmp_path / "vua.txt"
    path.write_bytes(SENTENCE.encode())
    assert read_file(path).encoding == "utf-8"
    with pytest.raises(ReadError, match="giới hạn 50 MB"):
        read_bytes(b" " * (50 * 1024 * 1024 + 1), ".txt")


def test_the_html_pdf_doc_and_docx_libraries_load_only_when_such_a_file_comes():
    import subprocess
    import sys

    probe = (
        "import sys; import documents.readers as r; "
        "print(sorted(m for m in ('bs4', 'pypdfium2', 'docx', 'olefile') if m in sys.modules)); "
        "r.read_bytes(b'<html><body><p>Xin ch\\xc3\\xa0o</p></body></html>', '.html'); "
        "print('bs4' in sys.modules)"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.split("\n")[:2] == ["[]", "True"]
