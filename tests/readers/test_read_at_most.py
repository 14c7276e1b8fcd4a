"""read_at_most: a file's bytes up to one past the limit, without allocating the limit."""

from __future__ import annotations

import io

import pytest

from documents.readers import base
from documents.readers.base import read_at_most


@pytest.mark.parametrize("size", [0, 1, 99, 100, 101, 5000])
def test_reads_the_whole_file_or_one_byte_past_the_limit(tmp_path, size):
    path = tmp_path / "f.bin"
    path.write_bytes(bytes(range(256)) * (size // 256) + bytes(range(size % 256)))
    with path.open("rb") as handle:
        data = read_at_most(handle, 100)
    assert data == path.read_bytes()[:101]


def test_a_file_that_grew_after_its_size_was_taken_is_read_on(tmp_path, monkeypatch):
    path = tmp_path / "growing.txt"
    path.write_bytes(b"a" * 10)
    monkeypatch.setattr(base, "READ_CHUNK", 4)
    real_fstat = base.os.fstat

    class Shrunk:  # the size stat() saw before the file grew
        def __init__(self, fd):
            self.st_size = real_fstat(fd).st_size - 7

    monkeypatch.setattr(base.os, "fstat", Shrunk)
    with path.open("rb") as handle:
        assert read_at_most(handle, 100) == b"a" * 10
    with path.open("rb") as handle:
        assert read_at_most(handle, 5) == b"a" * 6  # over the limit: the caller refuses it


def test_reads_in_file_sized_pieces_not_limit_sized(tmp_path):
    path = tmp_path / "small.txt"
    path.write_bytes(b"x" * 300)
    sizes = []

    class Recording(io.FileIO):
        def read(self, size=-1):
            sizes.append(size)
            return super().read(size)

    with Recording(path, "rb") as handle:
        assert read_at_most(handle, 50 * 1024 * 1024) == b"x" * 300
    assert sizes == [301]


def test_a_stream_without_a_file_is_read_in_chunks():
    stream = io.BytesIO(b"y" * 3000)
    assert read_at_most(stream, 2000) == b"y" * 2001
    assert read_at_most(io.BytesIO(b"z" * 10), 2000) == b"z" * 10
